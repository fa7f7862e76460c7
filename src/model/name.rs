//! Keys for comparing Vietnamese school names as people write them.
//!
//! Two spellings of one school differ in Unicode form (NFC/NFD), case,
//! spacing, the word "Trường", the spelling of the type ("MN" = "Mầm non") and
//! the placement of the tone mark ("hoà" = "hòa", "Thuỵ" = "Thụy"). The key
//! ignores all of these but keeps the type, so "TH Đoàn Kết" and "THCS Đoàn
//! Kết" stay apart. A looser key also drops the tone marks themselves: a
//! match only under it ("Nậm Loong" / "Nậm Loỏng") is worth a warning.

use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use crate::model::kind::{Kind, Level};

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
    fn is(&self, other: &Word) -> bool {
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

struct Phrases {
    levels: Vec<(Level, Vec<Word>)>,
    truong: Word,
    va: Word,
    boarding: Vec<Vec<Word>>,
}

static PHRASES: LazyLock<Phrases> = LazyLock::new(|| {
    let p = |s: &str| words(s);
    let mut levels = Vec::new();
    for (level, spellings) in [
        (Level::Mn, ["mn", "mầm non"]),
        (Level::Mg, ["mg", "mẫu giáo"]),
        (Level::Nt, ["nt", "nhà trẻ"]),
        (Level::Th, ["th", "tiểu học"]),
        (Level::Thcs, ["thcs", "trung học cơ sở"]),
        (Level::Thpt, ["thpt", "trung học phổ thông"]),
    ] {
        for s in spellings {
            levels.push((level, p(s)));
        }
    }
    // Longest first, so "trung học cơ sở" is not read as a shorter phrase.
    levels.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
    Phrases {
        levels,
        truong: p("trường").remove(0),
        va: p("và").remove(0),
        boarding: [
            "ptdtbt",
            "ptdtnt",
            "pt dtbt",
            "pt dtnt",
            "phổ thông dân tộc bán trú",
            "phổ thông dân tộc nội trú",
        ]
        .iter()
        .map(|s| p(s))
        .collect(),
    }
});

fn starts_with(words: &[Word], phrase: &[Word]) -> bool {
    words.len() >= phrase.len() && words.iter().zip(phrase).all(|(a, b)| a.is(b))
}

fn leading_level(words: &[Word]) -> Option<(Level, usize)> {
    PHRASES
        .levels
        .iter()
        .find(|(_, phrase)| starts_with(words, phrase))
        .map(|(level, phrase)| (*level, phrase.len()))
}

/// The school type a run of words starts with ("TH&THCS …", "Tiểu học và
/// Trung học cơ sở …") and how many words it took.
pub fn leading_kind(words: &[Word]) -> Option<(Kind, usize)> {
    let (first, mut used) = leading_level(words)?;
    let mut levels = vec![first];
    loop {
        let rest = &words[used..];
        let joiner = match rest.first() {
            Some(w) if w.connector || w.is(&PHRASES.va) => 1,
            _ => break,
        };
        match leading_level(&rest[joiner..]) {
            Some((level, n)) => {
                levels.push(level);
                used += joiner + n;
            }
            None => break,
        }
    }
    Kind::from_levels(levels).map(|k| (k, used))
}

fn skip_boarding(words: &[Word]) -> usize {
    PHRASES
        .boarding
        .iter()
        .find(|p| starts_with(words, p))
        .map_or(0, |p| p.len())
}

/// The comparable form of a school name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameKey {
    /// The type the name states, if it states one.
    pub kind: Option<Kind>,
    /// The rest of the name, tones kept (placement-independent).
    pub exact: String,
    /// The rest of the name without tone marks.
    pub loose: String,
    /// The rest folded to plain letters, for measuring near misses.
    pub bare: String,
}

pub fn key(name: &str) -> NameKey {
    let all = words(name);
    let mut rest: &[Word] = &all;
    if rest.first().is_some_and(|w| w.is(&PHRASES.truong)) {
        rest = &rest[1..];
    }
    rest = &rest[skip_boarding(rest)..];
    let kind = leading_kind(rest).map(|(kind, used)| {
        rest = &rest[used..];
        kind
    });
    rest = &rest[skip_boarding(rest)..];
    // Numbers lose their leading zeros ("Số 02" = "Số 2").
    let (mut exact, mut loose) = (String::with_capacity(32), String::with_capacity(32));
    for (i, w) in rest.iter().filter(|w| !w.connector).enumerate() {
        if i > 0 {
            exact.push(' ');
            loose.push(' ');
        }
        let plain = if w.toneless.bytes().all(|b| b.is_ascii_digit()) {
            match w.toneless.trim_start_matches('0') {
                "" => "0",
                t => t,
            }
        } else {
            &w.toneless
        };
        loose.push_str(plain);
        match w.tone {
            None => exact.push_str(plain),
            Some(t) => {
                exact.push_str(&w.toneless);
                exact.push('#');
                exact.push(t);
            }
        }
    }
    NameKey {
        kind,
        exact,
        bare: fold(&loose),
        loose,
    }
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

    fn same(a: &str, b: &str) -> bool {
        let (a, b) = (key(a), key(b));
        a.kind == b.kind && a.exact == b.exact
    }

    #[test]
    fn normal_form_case_spacing_and_truong_are_ignored() {
        let nfd: String = "MN Nậm Loỏng".nfd().collect();
        assert!(same("MN Nậm Loỏng", &nfd));
        assert!(same("MN Nậm Loỏng", "  trường  mn   NẬM loỏng "));
        assert!(same("Trường Mầm non Nậm Loỏng", "MN Nậm Loỏng"));
    }

    #[test]
    fn tone_mark_placement_is_ignored() {
        assert!(same("MN Thanh Hoà", "MN Thanh Hòa"));
        assert!(same("MN xã Thuỵ Hùng", "MN xã Thụy Hùng"));
        assert!(same("THCS Hiệp Hoà", "Trung học cơ sở Hiệp Hòa"));
    }

    #[test]
    fn type_prefixes_expand_and_stay_part_of_the_key() {
        assert!(same(
            "TH&THCS Sùng Phài",
            "Trường Tiểu học và Trung học cơ sở Sùng Phài"
        ));
        assert!(same("TH và THCS Sùng Phài", "TH-THCS Sùng Phài"));
        assert!(same("MG Bình Thạnh", "Trường Mẫu giáo Bình Thạnh"));
        assert!(same("Nhà trẻ Hoa Hồng", "NT Hoa Hồng"));
        assert!(same(
            "THPT Lê Quý Đôn",
            "Trường Trung học phổ thông Lê Quý Đôn"
        ));
        assert!(!same("TH Đoàn Kết", "THCS Đoàn Kết"));
        assert!(!same("TH&THCS Sùng Phài", "TH Sùng Phài"));
        assert!(!same("MN Hoa Sen", "MG Hoa Sen"));
        assert_eq!(key("Trường Tiểu học Số 2").kind.unwrap().to_string(), "TH");
    }

    #[test]
    fn boarding_prefixes_and_leading_zeros() {
        assert!(same("PTDTBT TH Sùng Phài", "TH Sùng Phài"));
        assert!(same("Trường PTDTBT Tiểu học Sùng Phài", "TH Sùng Phài"));
        assert!(same("TH Số 02", "TH Số 2"));
    }

    #[test]
    fn different_tones_differ_exactly_but_not_loosely() {
        let (a, b) = (key("MN Nậm Loong"), key("MN Nậm Loỏng"));
        assert_ne!(a.exact, b.exact);
        assert_eq!(a.loose, b.loose);
        // Truong inside a name is part of the name.
        assert!(!same("TH Trường Sơn", "TH Sơn"));
    }

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
