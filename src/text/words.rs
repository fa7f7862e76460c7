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

/// A word as [`words_in`] gives it: what a [`Word`] holds, its text borrowed
/// from one buffer for the whole name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordRef<'b> {
    pub toneless: &'b str,
    pub tone: Option<char>,
    pub connector: bool,
}

/// What phrases are matched against: a [`Word`] or a [`WordRef`].
pub trait WordLike {
    fn toneless(&self) -> &str;
    fn tone(&self) -> Option<char>;
    fn connector(&self) -> bool;

    /// The same word as `other`, tone included.
    fn is(&self, other: &Word) -> bool {
        self.toneless() == other.toneless && self.tone() == other.tone
    }
}

impl WordLike for Word {
    fn toneless(&self) -> &str {
        &self.toneless
    }
    fn tone(&self) -> Option<char> {
        self.tone
    }
    fn connector(&self) -> bool {
        self.connector
    }
}

impl WordLike for WordRef<'_> {
    fn toneless(&self) -> &str {
        self.toneless
    }
    fn tone(&self) -> Option<char> {
        self.tone
    }
    fn connector(&self) -> bool {
        self.connector
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

fn tone_split(c: char) -> ToneSplit {
    // Most characters of the range do not decompose: settled without
    // normalising (the table is built at every start, and a one-plan check
    // is meant to take milliseconds).
    let mut itself = true;
    unicode_normalization::char::decompose_canonical(c, |p| itself &= p == c);
    if itself {
        return tone_of(c).is_none().then_some((c, None));
    }
    tone_split_normalised(c)
}

fn tone_split_normalised(c: char) -> ToneSplit {
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
}

/// What the split of composed text needs of a character of the range, worked
/// out once: its tone split, whether it settles by itself that a text made
/// of such characters (and ASCII) is composed text the table covers, and
/// the split of its lower case.
#[derive(Clone, Copy)]
struct Letter {
    split: ToneSplit,
    /// A starter, quick-checked NFC, with a tone split: a text of such
    /// characters and ASCII passes the checks of [`words`] without them running.
    plain: bool,
    /// The character's lower case (when one character; ð read as đ) and
    /// its split, when the table has one.
    lower: Option<(char, (char, Option<char>))>,
    /// Whether that split's letter simply joins the word being read (a
    /// letter or a mark, not a lone tone mark): the common case, taken
    /// without asking Unicode's tables for every letter of every name.
    joins: bool,
}

const RANGE: std::ops::RangeInclusive<char> = '\u{C0}'..='\u{1EFF}';

static LETTERS: LazyLock<Vec<Letter>> = LazyLock::new(|| {
    let split = |c: char| {
        if RANGE.contains(&c) {
            tone_split(c)
        } else {
            None
        }
    };
    RANGE
        .map(|c| {
            let mut lower = c.to_lowercase();
            let lower = match (lower.next(), lower.next()) {
                (Some(l), None) => {
                    let l = if l == 'ð' { 'đ' } else { l };
                    if RANGE.contains(&l) {
                        split(l).map(|s| (l, s))
                    } else {
                        // As the general path reads a character beyond the table.
                        Some((l, (l, tone_of(l))))
                    }
                }
                _ => None,
            };
            let joins = lower.is_some_and(|(l, (base, t))| {
                !(t.is_some() && base == l)
                    && (base.is_alphanumeric()
                        || unicode_normalization::char::is_combining_mark(base))
            });
            let split = split(c);
            Letter {
                joins,
                split,
                plain: split.is_some()
                    && unicode_normalization::char::canonical_combining_class(c) == 0
                    && unicode_normalization::is_nfc_quick(std::iter::once(c))
                        == unicode_normalization::IsNormalized::Yes,
                lower,
            }
        })
        .collect()
});

fn letter(c: char) -> Option<&'static Letter> {
    (c as u32)
        .checked_sub(0xC0)
        .and_then(|i| LETTERS.get(i as usize))
}

/// Splits a name into words. Separators are spacing and punctuation; the
/// connectors that join school types are kept as words of their own.
pub fn words(text: &str) -> Vec<Word> {
    let mut buf = String::new();
    words_in(text, &mut buf)
        .into_iter()
        .map(|w| Word {
            toneless: w.toneless.to_string(),
            tone: w.tone,
            connector: w.connector,
        })
        .collect()
}

/// [`words`], each word's text a slice of `buf` (cleared first): one buffer
/// for the name instead of a string per word.
pub fn words_in<'b>(text: &str, buf: &'b mut String) -> Vec<WordRef<'b>> {
    buf.clear();
    buf.reserve(text.len());
    let mut spans: Spans = Vec::with_capacity(8);
    if is_composed(text) {
        split_nfc(text, buf, &mut spans);
    } else {
        for w in words_any(text) {
            let start = buf.len();
            buf.push_str(&w.toneless);
            spans.push((start, buf.len(), w.tone, w.connector));
        }
    }
    let buf: &'b str = buf;
    spans
        .into_iter()
        .map(|(start, end, tone, connector)| WordRef {
            toneless: &buf[start..end],
            tone,
            connector,
        })
        .collect()
}

/// Whether `text` is composed (NFC) and every character is one the table
/// splits, so that it is split without normalising each word; beyond the
/// table's range only characters that do not decompose qualify.
fn is_composed(text: &str) -> bool {
    // Nearly always: ASCII and letters of the table that settle it alone.
    if text
        .chars()
        .all(|c| c.is_ascii() || letter(c).is_some_and(|l| l.plain))
    {
        return true;
    }
    let tabled = |c: char| match (c as u32).checked_sub(0xC0) {
        None => true,
        Some(_) if RANGE.contains(&c) => letter(c).is_some_and(|l| l.split.is_some()),
        Some(_) => {
            let mut parts = 0;
            unicode_normalization::char::decompose_canonical(c, |_| parts += 1);
            parts == 1
        }
    };
    unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
        && text.chars().all(tabled)
}

/// Where [`split_nfc`] is: the start of the word being read and its tone.
struct Reading {
    start: usize,
    tone: Option<char>,
}

type Spans = Vec<(usize, usize, Option<char>, bool)>;

impl Reading {
    fn flush(&mut self, buf: &str, spans: &mut Spans) {
        if buf.len() > self.start {
            spans.push((self.start, buf.len(), self.tone.take(), false));
        }
        self.tone = None;
        self.start = buf.len();
    }

    /// One character `c`, split into its base and tone, read as the
    /// decomposed text would be: the base, then its tone mark.
    fn one(
        &mut self,
        c: char,
        (base, t): (char, Option<char>),
        buf: &mut String,
        spans: &mut Spans,
    ) {
        if t.is_some() && base == c {
            // A lone combining tone mark.
            self.tone = t;
            return;
        }
        if base.is_alphanumeric() || unicode_normalization::char::is_combining_mark(base) {
            buf.push(base);
        } else {
            self.flush(buf, spans);
            if is_connector(base) {
                buf.push(base);
                spans.push((self.start, buf.len(), None, true));
                self.start = buf.len();
            }
        }
        if t.is_some() {
            self.tone = t;
        }
    }
}

/// Splits composed text into `buf`, one `(start, end, tone, connector)` a word.
fn split_nfc(text: &str, buf: &mut String, spans: &mut Spans) {
    let mut at = Reading {
        start: buf.len(),
        tone: None,
    };
    for c in text.chars() {
        if c.is_ascii() {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_alphanumeric() {
                // What `one` does with it, without the call: most of a name.
                buf.push(c);
            } else {
                at.one(c, (c, None), buf, spans);
            }
            continue;
        }
        if let Some(l) = letter(c)
            && let Some((lower, split)) = l.lower
        {
            // What the general path below finds, looked up once.
            if l.joins {
                buf.push(split.0);
                if split.1.is_some() {
                    at.tone = split.1;
                }
            } else {
                at.one(lower, split, buf, spans);
            }
            continue;
        }
        for c in c.to_lowercase() {
            let c = if c == 'ð' { 'đ' } else { c };
            let split = match letter(c).and_then(|l| l.split) {
                Some(split) => split,
                None => (c, tone_of(c)),
            };
            at.one(c, split, buf, spans);
        }
    }
    at.flush(buf, spans);
}

/// A mark that joins words in school names ("TH&THCS", "Tiểu học - THCS").
fn is_connector(c: char) -> bool {
    matches!(c, '&' | '-' | '+' | ',' | '/' | '–')
}

/// A mark that joins words in school names ("TH&THCS", "Tiểu học - THCS").
fn connector(c: char) -> Option<Word> {
    is_connector(c).then(|| Word {
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
pub fn starts_with<W: WordLike>(words: &[W], phrase: &[Word]) -> bool {
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
            assert!(is_composed(&nfc), "{text}");
            assert_eq!(words(&nfc), words_any(&nfc), "{text}");
            assert_eq!(
                words(&text.nfd().collect::<String>()),
                words_any(&nfc),
                "{text}"
            );
        }
    }

    #[test]
    fn the_shortcut_for_characters_that_do_not_decompose_splits_as_normalising_does() {
        for c in RANGE {
            assert_eq!(
                tone_split(c),
                tone_split_normalised(c),
                "U+{:04X}",
                c as u32
            );
        }
    }

    /// The split as it was written before the table of letters: every
    /// character looked up and lower-cased one by one.
    fn reference(text: &str) -> Vec<Word> {
        let split = |c: char| match (c as u32).checked_sub(0xC0) {
            Some(_) if RANGE.contains(&c) => tone_split(c),
            _ => None,
        };
        let tabled = |c: char| match (c as u32).checked_sub(0xC0) {
            None => true,
            Some(_) if RANGE.contains(&c) => split(c).is_some(),
            Some(_) => {
                let mut parts = 0;
                unicode_normalization::char::decompose_canonical(c, |_| parts += 1);
                parts == 1
            }
        };
        if unicode_normalization::is_nfc_quick(text.chars())
            != unicode_normalization::IsNormalized::Yes
            || !text.chars().all(tabled)
        {
            return words_any(text);
        }
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
            let (base, t) = split(c).unwrap_or((c, tone_of(c)));
            if t.is_some() && base == c {
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

    #[test]
    fn the_table_of_letters_splits_as_each_letter_looked_up() {
        let mut texts: Vec<String> = (0u32..0x2100)
            .chain(0x3000..0x3100)
            .chain(0xFB00..0xFB10)
            .filter_map(char::from_u32)
            .flat_map(|c| {
                [
                    format!("Tr{c}ờng A{c} {c}b"),
                    format!("{c}"),
                    format!("MN{c}\u{301}x"),
                ]
            })
            .collect();
        texts.extend(
            [
                "Trường Tiểu học và THCS Sùng Phài",
                "MN xã Thuỵ Hùng, Đắk R'lấp – PTDTBT",
                "Ðoàn Kết TH&THCS Nậm Loỏng Ứng Hòa ỹ",
                "TRƯỜNG MẦM NON HOA SEN (CƠ SỞ 2)",
                "İstanbul ẞ ǅ ﬁ",
            ]
            .map(String::from),
        );
        for text in &texts {
            assert_eq!(words(text), reference(text), "{text:?}");
            let nfd: String = text.nfd().collect();
            assert_eq!(words(&nfd), reference(&nfd), "{nfd:?}");
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
