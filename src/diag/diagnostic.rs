//! A finding: which rule, where, and a message made of an id plus named
//! arguments, so the words live in the catalogue (`messages`), not in the rules.

use std::sync::Arc;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::diag::messages;
use crate::rules::registry::Rule;
use crate::text::source::{SourceFile, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }

    /// The severity's word in the chosen language, for people (`as_str` is
    /// the stable name for tools).
    pub fn name(self) -> String {
        match self {
            Severity::Error => crate::msg!("severity-error"),
            Severity::Warning => crate::msg!("severity-warning"),
            Severity::Note => crate::msg!("severity-note"),
        }
        .render()
    }
}

/// A message id from the catalogue and the values of its `{placeholders}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    /// The sentence, in NFC whatever form the plan's text was in (the output
    /// contract promises NFC, and terminals draw composed letters best).
    pub fn render(&self) -> String {
        messages::render(self.id, &self.args).nfc().collect()
    }
}

/// `msg!(ID, name = value, …)` builds a [`Message`]; values go through `to_string`.
#[macro_export]
macro_rules! msg {
    ($id:expr $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::diag::diagnostic::Message {
            id: $id,
            args: vec![$((stringify!($k), ($v).to_string())),*],
        }
    };
}

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

    /// Order of output: file, line, column, then the most severe first.
    pub fn sort_key(&self) -> (String, usize, usize, Severity, &'static str, String) {
        let (line, col) = self.location().map_or((0, 0), |(start, _)| start);
        (
            self.path().to_string(),
            line,
            col,
            self.severity,
            self.rule.code,
            self.message.render(),
        )
    }
}

/// Where loaders and checks put their findings.
pub type Sink = Vec<Diagnostic>;
