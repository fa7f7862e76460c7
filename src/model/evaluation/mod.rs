//! Self-evaluation results (kết quả tự đánh giá) and the levels they support:
//! the criteria catalogue of each circular (`catalogue`), the cumulative Mức
//! computation (`engine`), the CSV reader (`load`), and here what one file
//! says about each roster school, loaded once per file for every plan naming it.

pub mod catalogue;
pub mod engine;
pub mod file;

use std::sync::Arc;

use crate::text::source::{SourceFile, Span};

use catalogue::{Catalogue, Circular};
use engine::{Blocker, Scores};

/// A result the evaluation file gives, with the row it stands on.
#[derive(Debug, Clone)]
pub struct Given {
    pub level: u8,
    /// The row, for line numbers in messages.
    pub row: Span,
}

/// One roster school's self-evaluation: its latest year's rows, laid out in
/// the order of its circular's catalogue.
#[derive(Debug)]
pub struct SchoolEvaluation {
    /// Index of the school in the roster.
    pub school: usize,
    pub circular: Circular,
    /// The year of the rows used (the latest the file gives for the school).
    pub year: Option<i32>,
    /// Per criterion of the catalogue; `None` where no usable row gives it.
    pub criteria: Vec<Option<Given>>,
    /// Per Mức-4 item; a missing row counts as not met.
    pub items: Vec<Option<Given>>,
}

/// A requirement of the next level the school does not meet, with the line
/// of its result in the evaluation file.
pub enum Blocking {
    Criterion {
        /// The criterion's place in its catalogue.
        index: usize,
        id: &'static str,
        name: &'static str,
        reached: u8,
        needed: u8,
        line: usize,
    },
    /// `line` is `None` when the file has no row for it.
    Item {
        id: &'static str,
        name: &'static str,
        line: Option<usize>,
    },
}

impl SchoolEvaluation {
    /// What a blocker is, in the school's catalogue and rows.
    pub fn blocking(&self, evaluation: &Evaluation, blocker: Blocker) -> Blocking {
        let cat = self.catalogue();
        match blocker {
            Blocker::Criterion {
                index,
                reached,
                needed,
            } => Blocking::Criterion {
                index,
                id: &cat.criteria[index].id,
                name: &cat.criteria[index].name,
                reached,
                needed,
                line: self.criteria[index]
                    .as_ref()
                    .map_or(0, |g| evaluation.line(&g.row)),
            },
            Blocker::Item { index } => Blocking::Item {
                id: &cat.level4.items[index].id,
                name: &cat.level4.items[index].name,
                line: self.items[index].as_ref().map(|g| evaluation.line(&g.row)),
            },
        }
    }

    pub fn catalogue(&self) -> &'static Catalogue {
        self.circular.catalogue()
    }

    /// The criteria without a usable result.
    pub fn missing(&self) -> Vec<usize> {
        (0..self.criteria.len())
            .filter(|&i| self.criteria[i].is_none())
            .collect()
    }

    /// The scores to compute a level from; `None` unless every criterion has a result.
    pub fn scores(&self) -> Option<Scores> {
        let criteria = self
            .criteria
            .iter()
            .map(|g| g.as_ref().map(|g| g.level))
            .collect::<Option<Vec<u8>>>()?;
        let items = self
            .items
            .iter()
            .map(|g| g.as_ref().is_some_and(|g| g.level == 1))
            .collect();
        Some(Scores { criteria, items })
    }
}

/// What an evaluation file says about the schools of one roster.
#[derive(Debug)]
pub struct Evaluation {
    pub file: Arc<SourceFile>,
    /// In the order the schools first appear in the file.
    pub schools: Vec<SchoolEvaluation>,
}

impl Evaluation {
    /// The evaluation of roster school `index`, if the file has rows for it.
    pub fn school(&self, index: usize) -> Option<&SchoolEvaluation> {
        self.schools.iter().find(|s| s.school == index)
    }

    /// 1-based line of a row, for messages.
    pub fn line(&self, row: &Span) -> usize {
        self.file.line_col(row.start).0
    }
}
