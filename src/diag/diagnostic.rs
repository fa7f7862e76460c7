//! A finding: which rule, where, what is wrong and what to write instead.

use std::sync::Arc;

pub use crate::diag::messages::Message;
pub use crate::diag::severity::Severity;

use unicode_normalization::UnicodeNormalization;

use crate::diag::rule::Rule;
use crate::text::source::{SourceFile, Span};

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub file: Option<Arc<SourceFile>>,
    pub span: Option<Span>,
    pub message: Message,
    /// Short text under the underlined span.
    pub label: Option<Message>,
    /// What to write instead, or how the figure was reached.
    pub help: Vec<Message>,
    pub school: Option<String>,
    pub reference: Option<String>,
}

impl Diagnostic {
    pub fn new(rule: &'static Rule, message: Message) -> Self {
        Diagnostic {
            rule,
            severity: rule.severity,
            file: None,
            span: None,
            message,
            label: None,
            help: Vec::new(),
            school: None,
            reference: rule.reference.map(str::to_string),
        }
    }

    pub fn at(mut self, file: &Arc<SourceFile>, span: Span) -> Self {
        self.file = Some(file.clone());
        self.span = Some(span);
        self
    }

    /// A finding about a whole file, with no place inside it.
    pub fn in_file(mut self, file: &Arc<SourceFile>) -> Self {
        self.file = Some(file.clone());
        self
    }

    pub fn label(mut self, label: Message) -> Self {
        self.label = Some(label);
        self
    }

    pub fn help(mut self, help: Message) -> Self {
        self.help.push(help);
        self
    }

    /// Cites a text other than the rule's own (a school's governing circular).
    pub fn reference(mut self, reference: impl Into<String>) -> Self {
        self.reference = Some(reference.into());
        self
    }

    pub fn school(mut self, school: impl AsRef<str>) -> Self {
        self.school = Some(school.as_ref().nfc().collect());
        self
    }

    pub fn path(&self) -> &str {
        self.file.as_deref().map_or("", |f| f.path.as_str())
    }

    /// 1-based (line, column) of the start and the (exclusive) end of the span.
    /// In a sheet, the line is the row and the column the cell's column number.
    pub fn location(&self) -> Option<((usize, usize), (usize, usize))> {
        let file = self.file.as_deref()?;
        let span = self.span.as_ref()?;
        if file.grid.is_some() {
            let start = file.cell_at(span.start)?;
            let (row, column) = file.cell_at(span.end.saturating_sub(1).max(span.start))?;
            return Some((start, (row, column + 1)));
        }
        Some((file.line_col(span.start), file.line_col(span.end)))
    }

    /// In a sheet, the cell the finding starts at: `Sheet1!C7`.
    pub fn cell(&self) -> Option<String> {
        let file = self.file.as_deref()?;
        let grid = file.grid.as_ref()?;
        let (row, column) = file.cell_at(self.span.as_ref()?.start)?;
        Some(grid.reference(row, column))
    }

    /// Order of output: file, the findings that cause others first, line,
    /// column, then the most severe first.
    pub fn sort_key(&self) -> (String, bool, usize, usize, Severity, &'static str, String) {
        let (line, col) = self.location().map_or((0, 0), |(start, _)| start);
        (
            self.path().to_string(),
            !CAUSES.contains(&self.rule.code),
            line,
            col,
            self.severity,
            self.rule.code,
            self.message.render(),
        )
    }
}

/// Rules whose finding explains others in the same file, shown before
/// them so the reader meets the cause first: an unknown key (KD002) is
/// often a key missing under another name (KD004), and an entry without
/// its school or a school listed twice (KD203) makes the counts wrong
/// (KD101, KD102, KD105), which then say so ("counted twice, see line N").
const CAUSES: [&str; 3] = ["KD002", "KD004", "KD203"];

/// Where loaders and checks put their findings.
pub type Sink = Vec<Diagnostic>;
