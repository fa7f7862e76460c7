//! Documents offices publish, read into one text: the input of `kdcl import`
//! and of `kdcl check DOCUMENT` (`../shared/spec/documents.md`).
//!
//! Every format comes out the same way, so the reader of plans in
//! `load::reading` never knows where a text came from: NFC, `\n` line ends,
//! one paragraph a line, a table row one line with its cells separated by a
//! tab. Each format has its own file here.

use std::path::Path;

use unicode_normalization::UnicodeNormalization;

use crate::diag::diagnostic::Message;
use crate::load::limits;
use crate::msg;
use crate::text::encoding;

/// The kinds of document kdcl knows, by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// .txt
    Text,
    /// .md: emphasis (`**07**`) is kept as text.
    Markdown,
    Docx,
    Odt,
    Html,
    Pdf,
    /// .doc, .rtf: known, never read ("save it as .docx").
    Legacy,
}

impl Format {
    /// The format a file's extension names, if it is a document at all.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" => Format::Text,
            "md" => Format::Markdown,
            "docx" => Format::Docx,
            "odt" => Format::Odt,
            "html" | "htm" => Format::Html,
            "pdf" => Format::Pdf,
            "doc" | "rtf" => Format::Legacy,
            _ => return None,
        })
    }
}

/// A document's text, as the plan reader sees it.
#[derive(Debug, Clone)]
pub struct Document {
    pub format: Format,
    /// NFC, `\n` line ends, a table row a line with tab-separated cells.
    pub text: String,
}

/// Why a document cannot be read: the command exits 2 with this sentence,
/// which says what to do (save it as .docx, it needs OCR, …).
#[derive(Debug, Clone)]
pub struct Unreadable {
    pub message: Message,
}

fn unreadable(message: Message) -> Unreadable {
    Unreadable { message }
}

/// Reads the document at `path`, at most `max_size` bytes.
pub fn read(path: &Path, max_size: u64) -> Result<Document, Unreadable> {
    let format = Format::of(path).ok_or_else(|| unreadable(msg!(NOT_A_DOCUMENT)))?;
    let bytes = limits::read_file(path, max_size)
        .map_err(|reason| unreadable(msg!(CANNOT_READ, reason = reason)))?;
    match format {
        Format::Text | Format::Markdown => plain(format, &bytes),
        _ => Err(unreadable(msg!(NOT_READ_YET))),
    }
}

/// Plain text in the encodings rosters come in (UTF-8 with or without BOM,
/// UTF-16 with BOM, Windows-1258).
fn plain(format: Format, bytes: &[u8]) -> Result<Document, Unreadable> {
    let decoded = encoding::decode(bytes, None).map_err(|_| unreadable(msg!(NOT_TEXT)))?;
    let text = decoded.text.replace("\r\n", "\n").replace('\r', "\n");
    Ok(Document {
        format,
        text: text.nfc().collect(),
    })
}

crate::texts! {
    pub(crate) NOT_A_DOCUMENT = "document-unknown-type" {
        "kdcl reads plan documents saved as .docx, .odt, .txt, .md, .html or .pdf",
        "kdcl đọc văn bản kế hoạch lưu dưới dạng .docx, .odt, .txt, .md, .html hoặc .pdf",
    }
    pub(crate) CANNOT_READ = "document-unreadable" {
        "this document cannot be read: {reason}",
        "không đọc được văn bản này: {reason}",
    }
    pub(crate) NOT_READ_YET = "document-format-not-read" {
        "kdcl does not read this kind of document yet: save it as .txt",
        "kdcl chưa đọc được loại văn bản này: hãy lưu thành .txt",
    }
    pub(crate) NOT_TEXT = "document-not-text" {
        "this file is not text: save the document again as .txt (UTF-8)",
        "tệp này không phải văn bản thuần: hãy lưu lại văn bản thành .txt (UTF-8)",
    }
}
