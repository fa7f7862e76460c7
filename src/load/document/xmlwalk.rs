//! One walk over the XML of a word-processing document (.docx or .odt):
//! each format says what its elements are ([`Role`]), and the walk lays
//! their text out through [`Lines`]. Text boxes are read after the paragraph
//! they are anchored to; notes written inside the text (ODF) are kept aside
//! and read after the body; what is skipped on purpose is counted, so that
//! the document can say so.

use quick_xml::events::{BytesStart, Event};

use super::lines::Lines;
use super::package::{self, Depth};
use crate::diag::diagnostic::Message;
use crate::msg;

/// What an element of a document is, for its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// A paragraph or heading; `text` when text is written directly in it
    /// (ODF), not only in runs (Word's `w:t`).
    Paragraph {
        text: bool,
    },
    /// An element whose text is the document's text (Word's `w:t`).
    Run,
    Table,
    Row,
    Cell,
    Tab,
    Break,
    /// A run of spaces written as one element (ODF's `text:s`).
    Spaces,
    /// A hyphen written as an element (Word's `w:noBreakHyphen`).
    Hyphen,
    /// A text box or frame's text: read after its paragraph.
    TextBox,
    /// A footnote or endnote; `aside` when it is written inside the text
    /// (ODF) and so kept aside until the body has been read.
    Note {
        aside: bool,
    },
    /// A comment: not read, counted.
    Comment,
    /// The level of a list item (Word's `w:ilvl`), before its list.
    ListLevel(u8),
    /// The list a paragraph is an item of (Word's `w:numId`): its label is
    /// written before the paragraph's text.
    ListNumber(u32),
    /// Not text, or not the text as it reads now (deleted text, field
    /// codes, alternative renderings of a shape already read, styles).
    Skip,
    /// Anything else: its children are read.
    Other,
}

/// What the walk met beyond the text.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Met {
    pub notes: usize,
    pub boxes: usize,
    pub comments: usize,
}

struct Walk<'l> {
    lines: &'l mut Lines,
    label: &'l mut dyn FnMut(u32, u8) -> Option<String>,
    level: u8,
    boxes: Lines,
    notes: Lines,
    in_box: usize,
    in_note: usize,
    /// Open elements that hold text (paragraphs with text, runs).
    holding: usize,
    stack: Vec<Role>,
    /// The depth of the element being skipped, while inside it.
    skip: Option<usize>,
    met: Met,
}

impl Walk<'_> {
    fn out(&mut self) -> &mut Lines {
        if self.in_note > 0 {
            &mut self.notes
        } else if self.in_box > 0 {
            &mut self.boxes
        } else {
            self.lines
        }
    }

    fn open(&mut self, role: Role) {
        match role {
            Role::Paragraph { text: true } | Role::Run => self.holding += 1,
            Role::Table => self.out().start_table(),
            Role::TextBox => {
                self.in_box += 1;
                self.met.boxes += 1;
            }
            Role::Note { aside } => {
                self.met.notes += 1;
                if aside {
                    self.in_note += 1;
                }
            }
            Role::Comment => self.met.comments += 1,
            _ => {}
        }
        self.stack.push(role);
    }

    fn close(&mut self) {
        let Some(role) = self.stack.pop() else {
            return;
        };
        match role {
            Role::Paragraph { text } => {
                if text {
                    self.holding -= 1;
                }
                self.out().end_paragraph();
                if self.in_box == 0 && self.in_note == 0 {
                    let boxes = std::mem::take(&mut self.boxes).finish();
                    self.lines.block(&boxes);
                }
            }
            Role::Run => self.holding -= 1,
            Role::Cell => self.out().end_cell(),
            Role::Row => self.out().end_row(),
            Role::Table => self.out().end_table(),
            Role::TextBox => {
                self.boxes.end_paragraph();
                self.in_box -= 1;
            }
            Role::Note { aside: true } => {
                self.notes.end_paragraph();
                self.in_note -= 1;
            }
            _ => {}
        }
    }

    /// An element with no content.
    fn empty(&mut self, role: Role) {
        match role {
            Role::Tab => self.out().tab(),
            Role::Break => self.out().line_break(),
            Role::Spaces => self.out().spaces(1),
            Role::Hyphen => self.out().text("-"),
            Role::Paragraph { .. } => self.out().end_paragraph(),
            Role::Cell => self.out().end_cell(),
            Role::Comment => self.met.comments += 1,
            Role::ListLevel(level) => self.level = level,
            Role::ListNumber(list) => {
                if let Some(label) = (self.label)(list, std::mem::take(&mut self.level)) {
                    self.out().text(&label);
                    self.out().text(" ");
                }
            }
            _ => {}
        }
    }
}

/// Reads the XML part `xml` into `lines`, each element's role told by
/// `role` and each list item's label by `label`; notes kept aside come
/// after the part's text.
pub(super) fn walk(
    xml: &str,
    lines: &mut Lines,
    role: fn(&BytesStart) -> Role,
    label: &mut dyn FnMut(u32, u8) -> Option<String>,
) -> Result<Met, Message> {
    let mut reader = package::xml(xml);
    let mut depth = Depth::default();
    let mut walk = Walk {
        lines,
        label,
        level: 0,
        boxes: Lines::default(),
        notes: Lines::default(),
        in_box: 0,
        in_note: 0,
        holding: 0,
        stack: Vec::new(),
        skip: None,
        met: Met::default(),
    };
    loop {
        match package::next(&mut reader)? {
            Event::Start(e) => {
                depth.open()?;
                if walk.skip.is_some() {
                    walk.stack.push(Role::Skip);
                    continue;
                }
                let role = role(&e);
                if matches!(role, Role::Skip | Role::Comment) {
                    walk.skip = Some(walk.stack.len());
                }
                walk.open(role);
            }
            Event::End(_) => {
                depth.close();
                if walk.skip == Some(walk.stack.len().saturating_sub(1)) {
                    walk.skip = None;
                    walk.stack.pop();
                } else if walk.skip.is_some() {
                    walk.stack.pop();
                } else {
                    walk.close();
                }
            }
            Event::Empty(e) if walk.skip.is_none() => walk.empty(role(&e)),
            Event::Text(t) if walk.skip.is_none() && walk.holding > 0 => {
                walk.out().text(&t.xml10_content());
            }
            Event::GeneralRef(r) if walk.skip.is_none() && walk.holding > 0 => {
                if let Some(text) = package::reference(&r) {
                    walk.out().text(&text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        if walk.lines.full() || walk.boxes.full() || walk.notes.full() {
            return Err(msg!(
                TOO_MUCH_TEXT,
                max = crate::text::size::mib(super::lines::MAX_TEXT as u64)
            ));
        }
    }
    let boxes = std::mem::take(&mut walk.boxes).finish();
    walk.lines.block(&boxes);
    let notes = std::mem::take(&mut walk.notes).finish();
    walk.lines.block(&notes);
    Ok(walk.met)
}

/// The local name of an element (without its prefix).
pub(super) fn local<'e>(e: &'e BytesStart) -> &'e str {
    e.local_name().into_inner()
}

crate::texts! {
    pub(crate) TOO_MUCH_TEXT = "document-too-much-text" {
        "the document's text is larger than {max}, more than any plan needs, so it is not read",
        "văn bản này dài hơn {max}, nhiều hơn mọi kế hoạch cần, nên không được đọc",
    }
}
