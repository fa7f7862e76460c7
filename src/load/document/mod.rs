//! Documents offices publish, read into one text: the input of `kdcl import`
//! and of `kdcl check DOCUMENT` (`../shared/spec/documents.md`).
//!
//! Every format comes out the same way, so the reader of plans in
//! `load::reading` never knows where a text came from: NFC, `\n` line ends,
//! one paragraph a line, a table row one line with its cells separated by a
//! tab. Each format has its own file here.

use std::path::Path;

use unicode_normalization::UnicodeNormalization;

use crate::load::limits;
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

/// Why a document cannot be read: the command exits 2 with this sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub reason: String,
}

/// Reads the document at `path`, at most `max_size` bytes.
pub fn read(path: &Path, max_size: u64) -> Result<Document, Unreadable> {
    let format = Format::of(path).ok_or_else(|| Unreadable {
        reason: "not a document kdcl reads (.docx, .odt, .txt, .md, .html, .pdf)".into(),
    })?;
    let bytes = limits::read_file(path, max_size).map_err(|reason| Unreadable { reason })?;
    match format {
        Format::Text | Format::Markdown => plain(format, &bytes),
        _ => Err(Unreadable {
            reason: "this kind of document is not read yet".into(),
        }),
    }
}

/// Plain text in the encodings rosters come in (UTF-8 with or without BOM,
/// UTF-16 with BOM, Windows-1258).
fn plain(format: Format, bytes: &[u8]) -> Result<Document, Unreadable> {
    let decoded = encoding::decode(bytes, None).map_err(|_| Unreadable {
        reason: "not text".into(),
    })?;
    let text = decoded.text.replace("\r\n", "\n").replace('\r', "\n");
    Ok(Document {
        format,
        text: text.nfc().collect(),
    })
}
