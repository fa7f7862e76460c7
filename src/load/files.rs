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
pub fn read_text(
    path: &Path,
    shown: &str,
    max_file_size: u64,
) -> Result<Arc<SourceFile>, Box<Diagnostic>> {
    let bytes = limits::read_file(path, max_file_size).map_err(|reason| {
        Box::new(unreadable(
            shown,
            msg!(unreadable_file::MESSAGE, reason = reason),
        ))
    })?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Arc::new(SourceFile::new(shown, text))),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(Box::new(
                unreadable(shown, msg!(NOT_UTF8, line = line)).help(msg!(NOT_UTF8_HELP)),
            ))
        }
    }
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
/// produce, or a workbook's sheet. Findings inside it go to `sink`.
pub fn load_roster(
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
