//! Reading a file kdcl was given: size-limited, decoded, and when it cannot
//! be read, the finding that says why.

use std::path::Path;
use std::sync::Arc;

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::load::limits;
use crate::load::spreadsheet::{self, SheetError};
use crate::model::roster::Roster;
use crate::msg;
use crate::rules;
use crate::rules::plan::unreadable_file::{
    self, BINARY_FILE, NOT_IN_ENCODING, NOT_IN_ENCODING_HELP, NOT_UTF8, NOT_UTF8_HELP,
    WORKBOOK_AS_TEXT, WORKBOOK_AS_TEXT_HELP, WORKBOOK_UNREADABLE, WORKBOOK_UNREADABLE_HELP,
};
use crate::text::encoding::{self, Encoding, Undecodable};
use crate::text::source::SourceFile;

pub fn unreadable(shown: &str, message: Message) -> Diagnostic {
    let file = Arc::new(SourceFile::new(shown, ""));
    Diagnostic::new(&rules::UNREADABLE_FILE, message).in_file(&file)
}

/// Reads a plan (or any UTF-8 file) as text, or returns the finding that says why it cannot.
/// Line endings of old Macs (a lone CR) are read as line ends.
pub fn read_text(
    path: &Path,
    shown: &str,
    max_file_size: u64,
) -> Result<Arc<SourceFile>, Box<Diagnostic>> {
    let bytes = limits::read_file(path, max_file_size).map_err(|reason| {
        // A path handed on by the walk may be a folder it could not enter.
        let finding = match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => msg!(unreadable_file::FOLDER, reason = reason),
            _ => msg!(unreadable_file::MESSAGE, reason = reason),
        };
        Box::new(unreadable(shown, finding))
    })?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Arc::new(SourceFile::new(shown, lone_cr_as_lf(text)))),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            // Shown with the bad bytes replaced; the text before them is unchanged.
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            let file = Arc::new(SourceFile::new(shown, text));
            Err(Box::new(
                Diagnostic::new(&rules::UNREADABLE_FILE, msg!(NOT_UTF8, line = line))
                    .at(&file, at..end)
                    .help(msg!(NOT_UTF8_HELP)),
            ))
        }
    }
}

/// A lone CR (the line end of old Macs) as LF: the same length, so every
/// place in the text stays where it was.
fn lone_cr_as_lf(text: String) -> String {
    let bytes = text.as_bytes();
    // Nearly always: no carriage return at all (a fast search of the bytes).
    if !bytes.contains(&b'\r') {
        return text;
    }
    let lone = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    if !(0..bytes.len()).any(lone) {
        return text;
    }
    let mut out = text.into_bytes();
    for i in 0..out.len() {
        if out[i] == b'\r' && out.get(i + 1) != Some(&b'\n') {
            out[i] = b'\n';
        }
    }
    String::from_utf8(out).expect("one ASCII byte for another")
}

/// How a plan asks for its roster to be read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RosterOptions {
    pub encoding: Option<Encoding>,
    pub sheet: Option<String>,
}

/// A roster as far as it could be read.
#[derive(Clone)]
pub enum Loaded {
    /// Read; `None` when it has no usable header (already reported).
    Read(Option<Arc<Roster>>),
    /// Not readable at all: the finding about the file, for the caller to place.
    Unreadable(Box<Diagnostic>),
    /// A workbook without the sheet `roster_sheet` names: the sheets it has.
    NoSheet(Vec<String>),
}

/// Reads and loads one roster: CSV text in any of the encodings offices
/// produce, or a workbook's sheet. Findings inside it go to `sink`, at most
/// [`limits::MAX_FINDINGS_PER_FILE`] and one that says how many more.
pub fn load_roster(
    path: &Path,
    shown: &str,
    how: &RosterOptions,
    max_file_size: u64,
    sink: &mut Sink,
) -> Loaded {
    let from = sink.len();
    let loaded = load_roster_uncapped(path, shown, how, max_file_size, sink);
    limits::cap_findings(sink, from);
    loaded
}

fn load_roster_uncapped(
    path: &Path,
    shown: &str,
    how: &RosterOptions,
    max_file_size: u64,
    sink: &mut Sink,
) -> Loaded {
    let bytes = match limits::read_file(path, max_file_size) {
        Ok(bytes) => bytes,
        Err(reason) => {
            return Loaded::Unreadable(Box::new(unreadable(
                shown,
                msg!(unreadable_file::MESSAGE, reason = reason),
            )));
        }
    };
    if spreadsheet::is_workbook(path) {
        return match spreadsheet::read(bytes, shown, how.sheet.as_deref()) {
            Ok((file, records)) => {
                Loaded::Read(crate::load::roster::from_records(&file, records, sink).map(Arc::new))
            }
            Err(SheetError::NoSuchSheet { sheets, .. }) => Loaded::NoSheet(sheets),
            Err(SheetError::Unreadable(reason) | SheetError::TooLarge(reason)) => {
                Loaded::Unreadable(Box::new(
                    unreadable(shown, msg!(WORKBOOK_UNREADABLE, reason = reason))
                        .help(msg!(WORKBOOK_UNREADABLE_HELP)),
                ))
            }
        };
    }
    match encoding::decode(&bytes, how.encoding) {
        Ok(decoded) => {
            let file = Arc::new(SourceFile::new(shown, decoded.text));
            Loaded::Read(crate::load::roster::load(&file, sink).map(Arc::new))
        }
        Err(Undecodable::Workbook(kind)) => Loaded::Unreadable(Box::new(
            unreadable(shown, msg!(WORKBOOK_AS_TEXT, kind = kind))
                .help(msg!(WORKBOOK_AS_TEXT_HELP)),
        )),
        Err(Undecodable::Binary) => Loaded::Unreadable(Box::new(
            unreadable(shown, msg!(BINARY_FILE)).help(msg!(NOT_UTF8_HELP)),
        )),
        Err(Undecodable::Invalid { encoding, line }) => Loaded::Unreadable(Box::new(
            unreadable(
                shown,
                msg!(NOT_IN_ENCODING, encoding = encoding.name(), line = line),
            )
            .help(msg!(NOT_IN_ENCODING_HELP)),
        )),
    }
}
