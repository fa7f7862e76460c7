//! Keys for comparing Vietnamese school names as people write them.
//!
//! Two spellings of one school differ in Unicode form (NFC/NFD), case,
//! spacing, the word "Trường", the spelling of the type ("MN" = "Mầm non") and
//! the placement of the tone mark ("hoà" = "hòa", "Thuỵ" = "Thụy"). The key
//! ignores all of these but keeps the type, so "TH Đoàn Kết" and "THCS Đoàn
//! Kết" stay apart. A looser key also drops the tone marks themselves: a
//! match only under it ("Nậm Loong" / "Nậm Loỏng") is worth a warning.

use std::sync::LazyLock;

use crate::model::kind::{Kind, leading_kind};
use crate::text::words::{Word, WordLike, WordRef, fold, starts_with, words, words_in};

/// Words a name may start with that are not its own: "Trường", and the
/// boarding-school prefixes.
struct Phrases {
    truong: Word,
    boarding: Vec<Vec<Word>>,
}

static PHRASES: LazyLock<Phrases> = LazyLock::new(|| {
    let p = |s: &str| words(s);
    Phrases {
        truong: p("trường").remove(0),
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

fn skip_boarding<W: WordLike>(words: &[W]) -> usize {
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
}

impl NameKey {
    /// The rest folded to plain letters, for measuring near misses.
    pub fn bare(&self) -> String {
        fold(&self.loose)
    }
}

pub fn key(name: &str) -> NameKey {
    let mut buf = String::new();
    let all = words_in(name, &mut buf);
    let mut rest: &[WordRef<'_>] = &all;
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
            w.toneless
        };
        loose.push_str(plain);
        match w.tone {
            None => exact.push_str(plain),
            Some(t) => {
                exact.push_str(w.toneless);
                exact.push('#');
                exact.push(t);
            }
        }
    }
    NameKey { kind, exact, loose }
}

/// The key of a name typed without any diacritic ("Truong THCS Yen
/// Thanh", from a phone or an old keyboard), its type words given back
/// their marks so that the type is read; `None` when the name has any
/// letter beyond ASCII (it was typed with diacritics: the other keys judge).
/// Compared with [`NameKey::bare`] of the roster's names.
pub fn plain_key(name: &str) -> Option<NameKey> {
    if !name.is_ascii() {
        return None;
    }
    // The words of the types and of "Trường", as a plan writes them bare.
    const MARKED: [(&str, &str); 8] = [
        ("truong", "trường"),
        ("trung hoc co so", "trung học cơ sở"),
        ("trung hoc pho thong", "trung học phổ thông"),
        ("tieu hoc", "tiểu học"),
        ("mam non", "mầm non"),
        ("mau giao", "mẫu giáo"),
        ("nha tre", "nhà trẻ"),
        ("va", "và"),
    ];
    let lower = name.to_ascii_lowercase();
    let mut out: Vec<&str> = Vec::new();
    let mut rest: Vec<&str> = lower.split_whitespace().collect();
    // Only the leading words name the type; the school's own name stays bare.
    'words: while !rest.is_empty() {
        for (bare, marked) in MARKED {
            let n = bare.split(' ').count();
            if rest.len() > n && rest[..n].join(" ") == bare {
                out.push(marked);
                rest.drain(..n);
                continue 'words;
            }
        }
        break;
    }
    out.extend(rest);
    Some(key(&out.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

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
    fn names_typed_without_diacritics_keep_their_type() {
        let plain = plain_key("Truong Tieu hoc Yen Hoa").unwrap();
        let roster = key("Trường Tiểu học Yên Hòa");
        assert_eq!((&plain.kind, plain.bare()), (&roster.kind, roster.bare()));
        let plain = plain_key("truong THCS yen thanh").unwrap();
        assert_eq!(plain.kind, key("THCS Yên Thành").kind);
        assert_eq!(plain.bare(), "yen thanh");
        // The school's own name is not given marks: "Va" stays a name.
        assert_eq!(plain_key("TH Hoa Va").unwrap().bare(), "hoa va");
        assert_eq!(plain_key("TH Yên Hòa"), None);
    }

    #[test]
    fn different_tones_differ_exactly_but_not_loosely() {
        let (a, b) = (key("MN Nậm Loong"), key("MN Nậm Loỏng"));
        assert_ne!(a.exact, b.exact);
        assert_eq!(a.loose, b.loose);
        // Truong inside a name is part of the name.
        assert!(!same("TH Trường Sơn", "TH Sơn"));
    }
}
