//! School types (loại hình / cấp học) as rosters and plans write them.

use std::fmt;
use std::sync::LazyLock;

use crate::text::words::{Word, WordLike, starts_with, words};

/// A level of schooling. Preschools come in three types; the others are the
/// three levels of general education.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Mn,
    Mg,
    Nt,
    Th,
    Thcs,
    Thpt,
}

impl Level {
    pub fn code(self) -> &'static str {
        match self {
            Level::Mn => "MN",
            Level::Mg => "MG",
            Level::Nt => "NT",
            Level::Th => "TH",
            Level::Thcs => "THCS",
            Level::Thpt => "THPT",
        }
    }

    pub fn is_preschool(self) -> bool {
        matches!(self, Level::Mn | Level::Mg | Level::Nt)
    }
}

/// A school's type: one preschool type, or one or more general-education
/// levels (a multi-level school such as TH-THCS is one school with one result).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Kind(Vec<Level>);

impl Kind {
    /// Builds a kind from its levels; `None` for mixtures no school has
    /// (a preschool type joined with anything else).
    pub fn from_levels(mut levels: Vec<Level>) -> Option<Kind> {
        levels.sort();
        levels.dedup();
        let preschools = levels.iter().filter(|l| l.is_preschool()).count();
        if levels.is_empty() || (preschools > 0 && levels.len() > 1) {
            return None;
        }
        Some(Kind(levels))
    }

    pub fn single(level: Level) -> Kind {
        Kind(vec![level])
    }

    /// Reads a roster `kind` cell or a `[targets.by_kind]` key: codes joined by
    /// `-`, `&`, `+`, `,` or ` và ` (`TH-THCS`, `TH&THCS`, `TH và THCS`), or the
    /// full Vietnamese words ("Tiểu học", "Mầm non").
    pub fn parse(text: &str) -> Option<Kind> {
        // As rosters mostly write them: one code, as is.
        let level = match text {
            "MN" => Some(Level::Mn),
            "MG" => Some(Level::Mg),
            "NT" => Some(Level::Nt),
            "TH" => Some(Level::Th),
            "THCS" => Some(Level::Thcs),
            "THPT" => Some(Level::Thpt),
            _ => None,
        };
        if let Some(level) = level {
            return Some(Kind::single(level));
        }
        let words = words(text);
        let (kind, used) = leading_kind(&words)?;
        (used == words.len()).then_some(kind)
    }

    pub fn levels(&self) -> &[Level] {
        &self.0
    }

    pub fn is_preschool(&self) -> bool {
        self.0.iter().any(|l| l.is_preschool())
    }

    pub fn is_multi_level(&self) -> bool {
        self.0.len() > 1
    }

    /// Whether a `[targets.by_kind]` key counts a school of this kind: `MN`
    /// counts every preschool; every other key counts exactly its own kind.
    pub fn counted_under(&self, key: &Kind) -> bool {
        if key == &Kind::single(Level::Mn) {
            self.is_preschool()
        } else {
            self == key
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let codes: Vec<_> = self.0.iter().map(|l| l.code()).collect();
        f.write_str(&codes.join("-"))
    }
}

/// How names and rosters spell each type, and the "và" that joins types.
struct Phrases {
    levels: Vec<(Level, Vec<Word>)>,
    va: Word,
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
        va: p("và").remove(0),
    }
});

fn leading_level<W: WordLike>(words: &[W]) -> Option<(Level, usize)> {
    PHRASES
        .levels
        .iter()
        .find(|(_, phrase)| starts_with(words, phrase))
        .map(|(level, phrase)| (*level, phrase.len()))
}

/// The school type a run of words starts with ("TH&THCS …", "Tiểu học và
/// Trung học cơ sở …") and how many words it took.
pub fn leading_kind<W: WordLike>(words: &[W]) -> Option<(Kind, usize)> {
    let (first, mut used) = leading_level(words)?;
    let mut levels = vec![first];
    loop {
        let rest = &words[used..];
        let joiner = match rest.first() {
            Some(w) if w.connector() || w.is(&PHRASES.va) => 1,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_roster_spellings() {
        let th_thcs = Kind::from_levels(vec![Level::Th, Level::Thcs]).unwrap();
        for s in [
            "TH-THCS",
            "TH&THCS",
            "TH và THCS",
            "th & thcs",
            "Tiểu học và Trung học cơ sở",
        ] {
            assert_eq!(Kind::parse(s), Some(th_thcs.clone()), "{s}");
        }
        assert_eq!(Kind::parse("Mầm non"), Some(Kind::single(Level::Mn)));
        assert_eq!(Kind::parse("THPT"), Some(Kind::single(Level::Thpt)));
        assert_eq!(Kind::parse("THCS-THPT").unwrap().to_string(), "THCS-THPT");
        assert_eq!(Kind::parse("XYZ"), None);
        assert_eq!(Kind::parse("MN-TH"), None);
        assert_eq!(Kind::parse("TH Đoàn Kết"), None);
    }

    #[test]
    fn mn_counts_every_preschool_but_multi_level_counts_alone() {
        let mn = Kind::parse("MN").unwrap();
        assert!(Kind::parse("MG").unwrap().counted_under(&mn));
        assert!(Kind::parse("NT").unwrap().counted_under(&mn));
        let th = Kind::parse("TH").unwrap();
        let th_thcs = Kind::parse("TH-THCS").unwrap();
        assert!(!th_thcs.counted_under(&th));
        assert!(th_thcs.counted_under(&th_thcs));
        assert!(
            !Kind::parse("MG")
                .unwrap()
                .counted_under(&Kind::parse("NT").unwrap())
        );
    }
}
