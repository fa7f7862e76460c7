//! What a school's recognitions are, as the area's history
//! (model/history.rs) knows them: its identity across years, what
//! a recognition is of, and where it is known from.

use std::sync::Arc;

use crate::model::roster::{Roster, School};
use crate::text::source::{SourceFile, Span};

/// A school's identity across years.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SchoolId {
    /// The roster code, upper-cased.
    Code(String),
    /// The matching key of a name no roster holds.
    Name(String),
}

/// What a recognition is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Of {
    /// National standard (chuẩn quốc gia), level 1–2.
    Standard,
    /// Accreditation (kiểm định), level 1–4.
    Accreditation,
}

/// Where a recognition is known from.
#[derive(Debug, Clone)]
pub struct Source {
    pub file: Arc<SourceFile>,
    pub span: Span,
    /// From a plan (an intention) rather than a roster (a record).
    pub plan: bool,
}

impl Source {
    /// "plans/a/roster-2024.csv:3".
    pub fn place(&self) -> String {
        format!(
            "{}:{}",
            self.file.path,
            self.file.line_col(self.span.start).0
        )
    }
}

#[derive(Debug, Clone)]
pub struct Recognition {
    pub year: i32,
    pub level: Option<u8>,
    pub source: Source,
}

impl Recognition {
    /// The year its five-year term ends.
    pub fn ends(&self) -> i32 {
        self.year + crate::model::circular::term_years()
    }
}

/// The roster row of a school, by identity.
pub fn find_in<'r>(roster: &'r Roster, id: &SchoolId) -> Option<&'r School> {
    match id {
        SchoolId::Code(code) => roster
            .schools
            .iter()
            .find(|s| crate::text::case::upper_is(&s.code, code)),
        SchoolId::Name(_) => None,
    }
}

/// The latest recognition made before `year`.
pub fn latest_before(list: &[Recognition], year: i32) -> Option<&Recognition> {
    list.iter().rev().find(|r| r.year < year)
}
