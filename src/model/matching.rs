//! Finding a school of a plan in a roster: by code, by name up to form,
//! case, type spelling and tone placement, or loosely. One index per roster,
//! shared by every plan and report that reads it.

use crate::model::kind::Kind;
use crate::model::name::{self, NameKey};
use crate::model::plan::Entry;
use crate::model::roster::{Maps, Roster, School, family, same_family};

/// How an entry was found in the roster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// By code or by the same name (up to form, case, type spelling and tone placement).
    Exact(usize),
    /// Only when tone marks are ignored or one preschool type stands for another.
    Variant(usize),
    Ambiguous(Vec<usize>),
    /// Not at all; the nearest roster schools, best first.
    Missing(Vec<usize>),
}

pub struct Index<'r> {
    roster: &'r Roster,
    /// Maps for a large roster; a small one (a commune's) is scanned.
    maps: Option<&'r Maps>,
}

/// Rosters up to this many schools are scanned rather than indexed.
const SCAN: usize = 64;

impl<'r> Index<'r> {
    pub fn new(roster: &'r Roster) -> Self {
        let maps =
            (roster.schools.len() > SCAN).then(|| roster.index.get_or_init(|| Maps::build(roster)));
        Index { roster, maps }
    }

    fn by_code(&self, code: &str) -> Option<usize> {
        match self.maps {
            Some(m) => m.by_code.get(code).copied(),
            None => self
                .roster
                .schools
                .iter()
                .rposition(|s| crate::text::case::upper_is(&s.code, code)),
        }
    }

    /// Schools whose key matches, in roster order: exactly (tones kept) or loosely.
    fn matching(&self, key: &NameKey, loose: bool) -> Option<Vec<usize>> {
        if let Some(m) = self.maps {
            let found = match (&key.kind, loose) {
                (Some(_), false) => m.exact.get(&(key.kind.clone(), key.exact.clone())),
                (None, false) => m.exact_any_kind.get(&key.exact),
                (Some(_), true) => m.loose.get(&(family(&key.kind), key.loose.clone())),
                (None, true) => m.loose_any_kind.get(&key.loose),
            };
            return found.cloned();
        }
        let hits: Vec<usize> = self
            .roster
            .schools
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                let k = &s.key;
                match (&key.kind, loose) {
                    (Some(_), false) => k.kind == key.kind && k.exact == key.exact,
                    (None, false) => k.exact == key.exact,
                    (Some(_), true) => same_family(&k.kind, &key.kind) && k.loose == key.loose,
                    (None, true) => k.loose == key.loose,
                }
            })
            .map(|(i, _)| i)
            .collect();
        (!hits.is_empty()).then_some(hits)
    }

    pub fn find(&self, written: &str) -> Found {
        let key = name::key(written);
        self.close(written, &key)
            .unwrap_or_else(|| Found::Missing(self.nearest(&key)))
    }

    /// [`find`](Self::find) without looking for the nearest names when
    /// there is no match: `None` then.
    pub fn find_close(&self, written: &str) -> Option<Found> {
        self.close(written, &name::key(written))
    }

    fn close(&self, written: &str, key: &NameKey) -> Option<Found> {
        if let Some(i) = self.by_code(&crate::text::case::upper(written.trim())) {
            return Some(Found::Exact(i));
        }
        let exact = self.matching(key, false);
        match exact.as_deref() {
            Some([i]) => return Some(Found::Exact(*i)),
            Some(many @ [_, _, ..]) => return Some(Found::Ambiguous(many.to_vec())),
            _ => {}
        }
        let loose = self.matching(key, true);
        match loose.as_deref() {
            Some([i]) => return Some(Found::Variant(*i)),
            Some(many @ [_, _, ..]) => return Some(Found::Ambiguous(many.to_vec())),
            _ => {}
        }
        match self.unmarked(written).as_slice() {
            [i] => Some(Found::Variant(*i)),
            [] => None,
            many => Some(Found::Ambiguous(many.to_vec())),
        }
    }

    /// Schools whose name a name typed without diacritics spells, the
    /// type kept apart: a last resort, so every school is looked at.
    fn unmarked(&self, written: &str) -> Vec<usize> {
        let Some(key) = name::plain_key(written) else {
            return Vec::new();
        };
        let bare = key.bare();
        self.roster
            .schools
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                (key.kind.is_none() || same_family(&s.key.kind, &key.kind)) && s.key.bare() == bare
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// Up to three roster schools whose names are a few letters away, the
    /// same type first.
    fn nearest(&self, key: &NameKey) -> Vec<usize> {
        let bare = key.bare();
        let limit = (bare.chars().count() / 3).max(2);
        let mut scored: Vec<(usize, usize)> = self
            .roster
            .schools
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let distance = strsim::levenshtein(&bare, &s.key.bare());
                let kind_penalty =
                    usize::from(key.kind.is_some() && !same_family(&key.kind, &s.key.kind));
                (distance <= limit).then_some((distance * 2 + kind_penalty, i))
            })
            .collect();
        scored.sort();
        scored.into_iter().take(3).map(|(_, i)| i).collect()
    }
}

/// The type of the school an entry names: the roster's when matched, else what its name says.
pub fn entry_kind(entry: &Entry, school: Option<&School>) -> Option<Kind> {
    school
        .and_then(|s| s.kind.clone())
        .or_else(|| name::key(&entry.school.value).kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::source::SourceFile;
    use std::sync::Arc;

    fn roster() -> Roster {
        let text = "code,name,kind\n\
            A1,Trường Mầm non Nậm Loỏng,MN\n\
            A2,Trường Tiểu học Đoàn Kết,TH\n\
            A3,Trường THCS Đoàn Kết,THCS\n\
            A4,Trường Mẫu giáo Bình Thạnh,MG\n\
            A5,Trường Mầm non xã Thuỵ Hùng,MN\n\
            A6,Trường Tiểu học và THCS Sùng Phài,TH-THCS\n";
        let file = Arc::new(SourceFile::new("r.csv", text));
        crate::load::roster::load(&file, &mut Vec::new()).unwrap()
    }

    #[test]
    fn finds_by_code_name_and_variants() {
        let r = roster();
        let idx = Index::new(&r);
        assert_eq!(idx.find("a2"), Found::Exact(1));
        assert_eq!(idx.find("TH Đoàn Kết"), Found::Exact(1));
        assert_eq!(idx.find("THCS Đoàn Kết"), Found::Exact(2));
        assert_eq!(idx.find("MN xã Thụy Hùng"), Found::Exact(4));
        assert_eq!(idx.find("TH&THCS Sùng Phài"), Found::Exact(5));
        assert_eq!(idx.find("MN Nậm Loong"), Found::Variant(0));
        assert_eq!(idx.find("MN Bình Thạnh"), Found::Variant(3));
        assert_eq!(idx.find("Đoàn Kết"), Found::Ambiguous(vec![1, 2]));
        // A type the roster does not have for that name is not a match.
        assert!(matches!(idx.find("THPT Đoàn Kết"), Found::Missing(_)));
        assert!(matches!(idx.find("TH Sùng Phài"), Found::Missing(_)));
        // Typed without any diacritic: found when one school fits.
        assert_eq!(idx.find("Truong Tieu hoc Doan Ket"), Found::Variant(1));
        assert_eq!(idx.find("THCS Doan Ket"), Found::Variant(2));
        assert_eq!(idx.find("Doan Ket"), Found::Ambiguous(vec![1, 2]));
    }

    #[test]
    fn scanning_and_indexing_find_the_same_schools() {
        let r = roster();
        let maps = Maps::build(&r);
        let (scan, indexed) = (
            Index {
                roster: &r,
                maps: None,
            },
            Index {
                roster: &r,
                maps: Some(&maps),
            },
        );
        for written in [
            "a2",
            "A5",
            "TH Đoàn Kết",
            "Đoàn Kết",
            "MN Nậm Loong",
            "MN Bình Thạnh",
            "THPT Đoàn Kết",
            "TH&THCS Sùng Phài",
            "Sùng Phài",
            "MN Hoa Sen",
        ] {
            assert_eq!(scan.find(written), indexed.find(written), "{written}");
        }
    }

    #[test]
    fn near_misses_are_suggested_same_type_first() {
        let r = roster();
        let idx = Index::new(&r);
        match idx.find("THCS Doan Kiet") {
            Found::Missing(near) => assert_eq!(near.first(), Some(&2)),
            other => panic!("{other:?}"),
        }
        assert_eq!(idx.find("MN Hoa Sen"), Found::Missing(vec![]));
    }
}
