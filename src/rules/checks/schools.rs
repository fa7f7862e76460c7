//! Finding each `[[school]]` in the roster: KD201–KD204.

use std::collections::HashMap;

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::model::kind::Kind;
use crate::model::name::{self, NameKey};
use crate::model::plan::{Entry, Plan};
use crate::model::roster::{Roster, School};
use crate::msg;
use crate::rules;

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

/// Same family for comparing loosely: the three preschool types are one.
fn family(kind: &Option<Kind>) -> Option<String> {
    kind.as_ref().map(|k| {
        if k.is_preschool() {
            "MN".to_string()
        } else {
            k.to_string()
        }
    })
}

/// A roster's schools by code, name key and loose name key; built once per
/// roster and shared by every plan that reads it.
#[derive(Debug, Default)]
pub struct Maps {
    by_code: HashMap<String, usize>,
    exact: HashMap<(Option<Kind>, String), Vec<usize>>,
    exact_any_kind: HashMap<String, Vec<usize>>,
    loose: HashMap<(Option<String>, String), Vec<usize>>,
    loose_any_kind: HashMap<String, Vec<usize>>,
}

impl Maps {
    fn build(roster: &Roster) -> Maps {
        let mut index = Maps::default();
        for (i, s) in roster.schools.iter().enumerate() {
            let k = &s.key;
            index.by_code.insert(s.code.to_uppercase(), i);
            index
                .exact
                .entry((k.kind.clone(), k.exact.clone()))
                .or_default()
                .push(i);
            index
                .exact_any_kind
                .entry(k.exact.clone())
                .or_default()
                .push(i);
            index
                .loose
                .entry((family(&k.kind), k.loose.clone()))
                .or_default()
                .push(i);
            index
                .loose_any_kind
                .entry(k.loose.clone())
                .or_default()
                .push(i);
        }
        index
    }
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
                .rposition(|s| s.code.chars().flat_map(char::to_uppercase).eq(code.chars())),
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
        let family_wanted = family(&key.kind);
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
                    (Some(_), true) => family(&k.kind) == family_wanted && k.loose == key.loose,
                    (None, true) => k.loose == key.loose,
                }
            })
            .map(|(i, _)| i)
            .collect();
        (!hits.is_empty()).then_some(hits)
    }

    pub fn find(&self, written: &str) -> Found {
        if let Some(i) = self.by_code(&written.trim().to_uppercase()) {
            return Found::Exact(i);
        }
        let key = name::key(written);
        let exact = self.matching(&key, false);
        match exact.as_deref() {
            Some([i]) => return Found::Exact(*i),
            Some(many @ [_, _, ..]) => return Found::Ambiguous(many.to_vec()),
            _ => {}
        }
        let loose = self.matching(&key, true);
        match loose.as_deref() {
            Some([i]) => Found::Variant(*i),
            Some(many @ [_, _, ..]) => Found::Ambiguous(many.to_vec()),
            _ => Found::Missing(self.nearest(&key)),
        }
    }

    /// Up to three roster schools whose names are a few letters away, the
    /// same type first.
    fn nearest(&self, key: &NameKey) -> Vec<usize> {
        let mut scored: Vec<(usize, usize)> = self
            .roster
            .schools
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let distance = strsim::levenshtein(&key.bare, &s.key.bare);
                let limit = (key.bare.chars().count() / 3).max(2);
                let kind_penalty =
                    usize::from(key.kind.is_some() && family(&key.kind) != family(&s.key.kind));
                (distance <= limit).then_some((distance * 2 + kind_penalty, i))
            })
            .collect();
        scored.sort();
        scored.into_iter().take(3).map(|(_, i)| i).collect()
    }
}

/// The roster school each entry names, `None` where it names none. A
/// second entry for a school is reported and still points at the school.
pub fn match_entries(plan: &Plan, roster: &Roster, sink: &mut Sink) -> Vec<Option<usize>> {
    let index = Index::new(roster);
    let file = &plan.file;
    let mut matched = Vec::with_capacity(plan.schools.len());
    let mut first_entry_of: HashMap<usize, &Entry> = HashMap::new();
    for entry in &plan.schools {
        let written = &entry.school.value;
        let span = entry.school.span.clone();
        let found = match index.find(written) {
            Found::Exact(i) => Some(i),
            Found::Variant(i) => {
                let school = &roster.schools[i];
                sink.push(
                    Diagnostic::new(
                        &rules::NAME_VARIANT,
                        msg!(
                            NAME_VARIANT,
                            written = written,
                            roster_name = school.name,
                            code = school.code
                        ),
                    )
                    .at(file, span.clone())
                    .label(msg!(NAME_VARIANT_LABEL, roster_name = school.name))
                    .help(msg!(
                        NAME_VARIANT_HELP,
                        roster_name = school.name,
                        roster = roster.file.path
                    ))
                    .school(written.clone()),
                );
                Some(i)
            }
            Found::Ambiguous(candidates) => {
                sink.push(
                    Diagnostic::new(
                        &rules::AMBIGUOUS_SCHOOL,
                        msg!(AMBIGUOUS_SCHOOL, written = written),
                    )
                    .at(file, span.clone())
                    .help(msg!(
                        AMBIGUOUS_SCHOOL_HELP,
                        candidates = labels(roster, &candidates)
                    ))
                    .school(written.clone()),
                );
                None
            }
            Found::Missing(near) => {
                let mut d = Diagnostic::new(
                    &rules::UNKNOWN_SCHOOL,
                    msg!(UNKNOWN_SCHOOL, written = written, roster = roster.file.path),
                )
                .at(file, span.clone())
                .school(written.clone());
                d = if near.is_empty() {
                    d.help(msg!(UNKNOWN_SCHOOL_HELP))
                } else {
                    d.help(msg!(NEAREST_SCHOOLS, candidates = labels(roster, &near)))
                };
                sink.push(d);
                None
            }
        };
        if let Some(i) = found {
            if let Some(first) = first_entry_of.get(&i) {
                let (line, _) = file.line_col(first.school.span.start);
                sink.push(
                    Diagnostic::new(
                        &rules::DUPLICATE_SCHOOL,
                        msg!(
                            DUPLICATE_SCHOOL,
                            written = written,
                            roster_name = roster.schools[i].name,
                            first_line = line
                        ),
                    )
                    .at(file, span)
                    .help(msg!(DUPLICATE_SCHOOL_HELP))
                    .school(written.clone()),
                );
                // Still found: the counts see the school once, through its first entry.
                matched.push(Some(i));
                continue;
            }
            first_entry_of.insert(i, entry);
        }
        matched.push(found);
    }
    matched
}

/// Without a roster, two entries are the same school when their keys agree.
pub fn duplicates_without_roster(plan: &Plan, sink: &mut Sink) {
    let mut seen: HashMap<(Option<Kind>, String), &Entry> = HashMap::new();
    for entry in &plan.schools {
        let key = name::key(&entry.school.value);
        if let Some(first) = seen.get(&(key.kind.clone(), key.exact.clone())) {
            let (line, _) = plan.file.line_col(first.school.span.start);
            sink.push(
                Diagnostic::new(
                    &rules::DUPLICATE_SCHOOL,
                    msg!(
                        DUPLICATE_SCHOOL,
                        written = entry.school.value,
                        roster_name = first.school.value,
                        first_line = line
                    ),
                )
                .at(&plan.file, entry.school.span.clone())
                .help(msg!(DUPLICATE_SCHOOL_HELP))
                .school(entry.school.value.clone()),
            );
        } else {
            seen.insert((key.kind, key.exact), entry);
        }
    }
}

fn labels(roster: &Roster, indices: &[usize]) -> String {
    indices
        .iter()
        .map(|&i| roster.schools[i].label())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The type of the school an entry names: the roster's when matched, else what its name says.
pub fn entry_kind(entry: &Entry, school: Option<&School>) -> Option<Kind> {
    school
        .and_then(|s| s.kind.clone())
        .or_else(|| name::key(&entry.school.value).kind)
}

crate::texts! {
    pub(crate) UNKNOWN_SCHOOL = "unknown-school" {
        "\"{written}\" is not in the roster {roster}",
        "\"{written}\" không có trong danh sách trường {roster}",
    }
    pub(crate) UNKNOWN_SCHOOL_HELP = "unknown-school-help" {
        "no roster school has a similar name: check the spelling and the type (MN, TH, THCS …), or add the school to the roster",
        "danh sách trường không có trường nào có tên gần giống: kiểm tra lại chính tả và loại trường (MN, TH, THCS …), hoặc bổ sung trường vào danh sách trường",
    }
    pub(crate) NEAREST_SCHOOLS = "nearest-schools" {
        "the nearest roster names are: {candidates}",
        "các tên gần nhất trong danh sách trường: {candidates}",
    }
    pub(crate) NAME_VARIANT = "name-variant" {
        "\"{written}\" is spelt \"{roster_name}\" ({code}) in the roster",
        "\"{written}\" được ghi là \"{roster_name}\" ({code}) trong danh sách trường",
    }
    pub(crate) NAME_VARIANT_LABEL = "name-variant-label" {
        "roster: {roster_name}",
        "danh sách trường: {roster_name}",
    }
    pub(crate) NAME_VARIANT_HELP = "name-variant-help" {
        "use one spelling in documents: write the roster's \"{roster_name}\", or correct {roster}",
        "thống nhất một cách viết trong văn bản: ghi \"{roster_name}\" như danh sách trường, hoặc sửa {roster}",
    }
    pub(crate) AMBIGUOUS_SCHOOL = "ambiguous-school" {
        "\"{written}\" matches more than one roster school",
        "\"{written}\" trùng với nhiều trường trong danh sách trường",
    }
    pub(crate) AMBIGUOUS_SCHOOL_HELP = "ambiguous-school-help" {
        "write the type or the code of one of: {candidates}",
        "ghi rõ loại trường hoặc mã của một trong các trường: {candidates}",
    }
    pub(crate) DUPLICATE_SCHOOL = "duplicate-school" {
        "\"{written}\" is listed a second time: it is the same school as the entry on line {first_line} ({roster_name})",
        "\"{written}\" được ghi lần thứ hai: đây là cùng một trường với mục ở dòng {first_line} ({roster_name})",
    }
    pub(crate) DUPLICATE_SCHOOL_HELP = "duplicate-school-help" {
        "list each school once, with one action",
        "mỗi trường chỉ ghi một lần, với một nội dung đề nghị",
    }
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
        crate::model::roster::load(&file, &mut Vec::new()).unwrap()
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
        match idx.find("THCS Doan Ket") {
            Found::Missing(near) => assert_eq!(near.first(), Some(&2)),
            other => panic!("{other:?}"),
        }
        assert_eq!(idx.find("MN Hoa Sen"), Found::Missing(vec![]));
    }
}
