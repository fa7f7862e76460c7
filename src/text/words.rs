//! Vietnamese text as words: lower-cased, in NFC, each word's tone mark
//! kept apart so that where a writer put it inside the syllable does not
//! matter; and folding to plain letters.

use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

/// One word of a name, lower-cased and in NFC, its tone kept apart so that
/// where a writer put the mark inside the syllable does not matter.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Word {
    /// The word without its tone mark.
    pub toneless: String,
    /// The tone as its Telex letter (f s r x j), if any.
    pub tone: Option<char>,
    /// `&`, `-`, `+`, `,` or `/` between types ("TH&THCS").
    pub connector: bool,
}

impl Word {
    pub fn is(&self, other: &Word) -> bool {
        self.toneless == other.toneless && self.tone == other.tone
    }
}

fn tone_of(c: char) -> Option<char> {
    Some(match c {
        '\u{0300}' | '\u{0340}' => 'f',
        '\u{0301}' | '\u{0341}' => 's',
        '\u{0309}' => 'r',
        '\u{0303}' => 'x',
        '\u{0323}' => 'j',
        _ => return None,
    })
}

/// For each character of the Latin range Vietnamese uses (U+00C0–U+1EFF):
/// the letter without its tone mark and the tone, when the character
/// decomposes into exactly that. Saves normalising every word twice.
type ToneSplit = Option<(char, Option<char>)>;

static TONE_SPLIT: LazyLock<Vec<ToneSplit>> = LazyLock::new(|| {
    ('\u{C0}'..='\u{1EFF}')
        .map(|c| {
            let parts: Vec<char> = c.nfd().collect();
            let tone = parts.iter().copied().find_map(tone_of);
            let rest: String = parts.iter().filter(|p| tone_of(**p).is_none()).collect();
            let rest: Vec<char> = rest.nfc().collect();
            match rest.as_slice() {
                [base] if parts.iter().filter(|p| tone_of(**p).is_some()).count() <= 1 => {
                    Some((*base, tone))
                }
                _ => None,
            }
        })
        .collect()
});

/// Splits a name into words. Separators are spacing and punctuation; the
/// connectors that join school types are kept as words of their own.
pub fn words(text: &str) -> Vec<Word> {
    // Composed text (as nearly all is) is split without normalising each
    // word; beyond the table's range only characters that do not decompose
    // qualify.
    let tabled = |c: char| match (c as u32).checked_sub(0xC0) {
        None => true,
        Some(i) if (i as usize) < TONE_SPLIT.len() => TONE_SPLIT[i as usize].is_some(),
        Some(_) => {
            let mut parts = 0;
            unicode_normalization::char::decompose_canonical(c, |_| parts += 1);
            parts == 1
        }
    };
    if unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
        && text.chars().all(tabled)
    {
        return words_nfc(text);
    }
    words_any(text)
}

fn words_nfc(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut tone = None;
    let flush = |current: &mut String, tone: &mut Option<char>, out: &mut Vec<Word>| {
        if !current.is_empty() {
            out.push(Word {
                toneless: std::mem::take(current),
                tone: tone.take(),
                connector: false,
            });
        }
        *tone = None;
    };
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = if c == 'ð' { 'đ' } else { c };
        let (base, t) = match (c as u32)
            .checked_sub(0xC0)
            .and_then(|i| TONE_SPLIT.get(i as usize).copied().flatten())
        {
            Some(split) => split,
            None => (c, tone_of(c)),
        };
        // As the decomposed text would be read: the base, then its tone mark.
        if t.is_some() && base == c {
            // A lone combining tone mark.
            tone = t;
            continue;
        }
        if base.is_alphanumeric() || unicode_normalization::char::is_combining_mark(base) {
            current.push(base);
        } else {
            flush(&mut current, &mut tone, &mut out);
            out.extend(connector(base));
        }
        if t.is_some() {
            tone = t;
        }
    }
    flush(&mut current, &mut tone, &mut out);
    out
}

/// A mark that joins words in school names ("TH&THCS", "Tiểu học - THCS").
fn connector(c: char) -> Option<Word> {
    matches!(c, '&' | '-' | '+' | ',' | '/' | '–').then(|| Word {
        toneless: c.to_string(),
        tone: None,
        connector: true,
    })
}

fn words_any(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut tone = None;
    let flush = |current: &mut String, tone: &mut Option<char>, out: &mut Vec<Word>| {
        if !current.is_empty() {
            out.push(Word {
                toneless: current.nfc().collect(),
                tone: tone.take(),
                connector: false,
            });
            current.clear();
        }
        *tone = None;
    };
    for c in text.nfd().flat_map(char::to_lowercase) {
        // Legacy text sometimes has the Icelandic eth where đ is meant.
        let c = if c == 'ð' { 'đ' } else { c };
        if let Some(t) = tone_of(c) {
            tone = Some(t);
        } else if c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) {
            current.push(c);
        } else {
            flush(&mut current, &mut tone, &mut out);
            out.extend(connector(c));
        }
    }
    flush(&mut current, &mut tone, &mut out);
    out
}

/// Whether `words` begins with `phrase`.
pub fn starts_with(words: &[Word], phrase: &[Word]) -> bool {
    words.len() >= phrase.len() && words.iter().zip(phrase).all(|(a, b)| a.is(b))
}

/// For each character of U+00C0–U+1EFF, the plain letter it folds to when
/// that is one ASCII letter.
static FOLDED: LazyLock<Vec<Option<char>>> = LazyLock::new(|| {
    ('\u{C0}'..='\u{1EFF}')
        .map(|c| match fold_slow(&c.to_string()).as_str() {
            one if one.len() == 1 && one.is_ascii() => one.chars().next(),
            _ => None,
        })
        .collect()
});

/// Plain letters: no diacritics at all, đ as d.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if let Some(plain) = (c as u32)
            .checked_sub(0xC0)
            .and_then(|i| FOLDED.get(i as usize).copied().flatten())
        {
            out.push(plain);
        } else if unicode_normalization::char::is_combining_mark(c) {
            continue;
        } else {
            // Anything else decomposes as it will.
            out.push_str(&fold_slow(&c.to_string()));
        }
    }
    out
}

fn fold_slow(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn composed_and_decomposed_text_split_alike() {
        for text in [
            "Trường Tiểu học và THCS Sùng Phài",
            "MN xã Thuỵ Hùng, Đắk R'lấp – PTDTBT",
            "Ðoàn Kết TH&THCS Nậm Loỏng Ứng Hòa ỹ",
            "Trường Mầm non Hoa Sen (cơ sở 2)",
        ] {
            let nfc: String = text.nfc().collect();
            assert_eq!(words_nfc(&nfc), words_any(&nfc), "{text}");
            assert_eq!(
                words(&text.nfd().collect::<String>()),
                words_any(&nfc),
                "{text}"
            );
        }
    }

    #[test]
    fn fast_fold_is_the_slow_fold() {
        for text in [
            "đoàn kết nậm loỏng Ứng Hòa ỹ Đ",
            "Ðoàn Kết (cơ sở 2) – Sùng Phài",
            "한국 Ελληνικά ﬁ ½ e\u{301}",
        ] {
            assert_eq!(fold(text), fold_slow(text), "{text}");
        }
    }

    #[test]
    fn fold_removes_every_diacritic() {
        assert_eq!(fold("đoàn kết nậm loỏng"), "doan ket nam loong");
    }
}
