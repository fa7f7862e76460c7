//! What a self-evaluation file holds once read: its rows, every cell with
//! its span. `load::evaluation` reads it; the evaluation rules judge it.

use std::sync::Arc;

use crate::text::source::{Loc, SourceFile, Span};

/// One row: a school's result for one criterion (or Mức-4 item).
#[derive(Debug, Clone)]
pub struct Row {
    /// The whole row.
    pub span: Span,
    pub code: Loc<String>,
    /// As written, trimmed ("1.1", "M4.2").
    pub criterion: Loc<String>,
    pub level: Loc<u8>,
    pub year: Option<Loc<i32>>,
}

#[derive(Debug)]
pub struct EvaluationFile {
    pub file: Arc<SourceFile>,
    /// Usable rows in file order; a repeated row is reported and left out.
    pub rows: Vec<Row>,
}
