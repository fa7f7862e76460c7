//! An area's school roster (danh sách trường): each school with its type,
//! its recognitions and the span of its row.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::model::circular;
use crate::model::kind::Kind;
use crate::model::name::NameKey;
use crate::text::source::{SourceFile, Span};

/// When a recognition was made: a year, or a full date when the roster knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Made {
    pub year: i32,
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub struct School {
    pub code: String,
    pub name: String,
    pub kind: Option<Kind>,
    pub school_type: Option<String>,
    pub founded: Option<i32>,
    pub accreditation_level: Option<u8>,
    pub accreditation_year: Option<Made>,
    pub standard_level: Option<u8>,
    pub standard_year: Option<Made>,
    /// National-standard columns whose cell is written but could not be
    /// read, as the file names them, with the row's line: the school's
    /// recognition is unknown, not absent.
    pub unreadable: Vec<(String, usize)>,
    /// A level 3 or 4 written in the national-standard level column: not a
    /// national-standard level (1–2), most likely an accreditation level.
    pub standard_level_misplaced: Option<u8>,
    pub note: Option<String>,
    /// Span of each cell, in header order.
    pub cells: Vec<Span>,
    pub key: NameKey,
}

impl School {
    /// The national-standard level held at the start of `year`: a recognition
    /// made in year Y is held from Y until its 5-year term ends during Y+5.
    /// Recognitions dated in or after `year` say nothing about its start.
    pub fn standard_held_at_start(&self, year: i32) -> Option<u8> {
        let made = self.standard_year?;
        (made.year < year && made.year + circular::term_years() >= year)
            .then_some(self.standard_level)
            .flatten()
    }

    /// Whether the term of the recognition held at the start of `year` ends during it.
    pub fn standard_ends_in(&self, year: i32) -> bool {
        self.standard_year
            .is_some_and(|m| m.year + circular::term_years() == year)
    }

    /// The name as the roster writes it, with the code: "Trường Mầm non Hoa Sen (TPLC-01)".
    pub fn label(&self) -> String {
        format!("{} ({})", self.name, self.code)
    }
}

#[derive(Debug)]
pub struct Roster {
    pub file: Arc<SourceFile>,
    pub schools: Vec<School>,
    pub columns: HashMap<&'static str, usize>,
    /// The schools by code and name, built by the first plan that looks one up.
    pub index: std::sync::OnceLock<Maps>,
}

impl Roster {
    /// Span of a school's cell in `column`, or of its first cell when the roster has no such column.
    pub fn cell(&self, school: &School, column: &str) -> Span {
        self.columns
            .get(column)
            .and_then(|&i| school.cells.get(i))
            .or(school.cells.first())
            .cloned()
            .unwrap_or(0..0)
    }
}

pub const REQUIRED: &[&str] = &["code", "name", "kind"];
pub const COLUMNS: &[&str] = &[
    "code",
    "name",
    "kind",
    "type",
    "commune",
    "ownership",
    "founded",
    "accreditation_level",
    "accreditation_year",
    "standard_level",
    "standard_year",
    "note",
];

/// Same family for comparing loosely: the three preschool types are one.
pub(crate) fn family(kind: &Option<Kind>) -> Option<String> {
    kind.as_ref().map(|k| {
        if k.is_preschool() {
            "MN".to_string()
        } else {
            k.to_string()
        }
    })
}

/// `family(a) == family(b)`, without making either.
pub(crate) fn same_family(a: &Option<Kind>, b: &Option<Kind>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => match (a.is_preschool(), b.is_preschool()) {
            (true, true) => true,
            (false, false) => a == b,
            // "MN" is no kind of general education.
            _ => false,
        },
        _ => false,
    }
}

/// A roster's schools by code, name key and loose name key; built once per
/// roster and shared by every plan that reads it.
#[derive(Debug, Default)]
pub struct Maps {
    pub(crate) by_code: HashMap<String, usize>,
    pub(crate) exact: HashMap<(Option<Kind>, String), Vec<usize>>,
    pub(crate) exact_any_kind: HashMap<String, Vec<usize>>,
    pub(crate) loose: HashMap<(Option<String>, String), Vec<usize>>,
    pub(crate) loose_any_kind: HashMap<String, Vec<usize>>,
}

impl Maps {
    pub(crate) fn build(roster: &Roster) -> Maps {
        let mut index = Maps::default();
        for (i, s) in roster.schools.iter().enumerate() {
            let k = &s.key;
            index.by_code.insert(crate::text::case::upper(&s.code), i);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_family_is_family_compared() {
        let kinds: Vec<Option<Kind>> = [None, Some("MN"), Some("MG"), Some("NT"), Some("TH")]
            .into_iter()
            .chain([Some("THCS"), Some("TH-THCS"), Some("THCS-THPT")])
            .map(|k| k.and_then(Kind::parse))
            .collect();
        for a in &kinds {
            for b in &kinds {
                assert_eq!(same_family(a, b), family(a) == family(b), "{a:?} {b:?}");
            }
        }
    }
}
