//! Finding each `[[school]]` in the roster: KD201–KD204.

use std::collections::HashMap;

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::model::kind::Kind;
use crate::model::matching::{Found, Index};
use crate::model::name::{self};
use crate::model::plan::{Entry, Plan};
use crate::model::roster::Roster;
use crate::msg;
use crate::rules;

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
