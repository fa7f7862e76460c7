//! Documents offices publish, read into one text: the input of `kdcl import`
//! and of `kdcl check DOCUMENT` (`../shared/spec/documents.md`).
//!
//! Every format comes out the same way, so the reader of plans in
//! `load::reading` never knows where a text came from: NFC, `\n` line ends,
//! one paragraph a line, a table row one line with its cells separated by a
//! tab. Each format has its own file here; `docs/documents.md` ("Formats")
//! says what each reads and skips, and its limits.

mod docx;
mod html;
mod lines;
mod numbering;
mod odt;
mod package;
mod pdf;
mod xmlwalk;

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
    /// What the text leaves out of the document, or puts elsewhere than
    /// where the document has it (footnotes after the body, comments not
    /// read …): nothing is left out without a word.
    pub notes: Vec<Message>,
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
    from_bytes(format, &bytes)
}

/// What a file's first bytes say it is, whatever its name says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Magic {
    Zip,
    /// An OLE compound file: Word 97-2003 (.doc), or an encrypted .docx.
    Ole,
    Rtf,
    Pdf,
    Other,
}

fn magic(bytes: &[u8]) -> Magic {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Magic::Zip
    } else if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        Magic::Ole
    } else if bytes.starts_with(b"{\\rtf") {
        Magic::Rtf
    } else if bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
    {
        Magic::Pdf
    } else {
        Magic::Other
    }
}

/// Reads a document from its bytes, `format` being what its name says.
/// The bytes decide where they plainly are another kind: a .doc that is
/// really a .docx is read, a .docx that is really a .doc is refused with
/// what to do.
pub fn from_bytes(format: Format, bytes: &[u8]) -> Result<Document, Unreadable> {
    let (format, text, notes) = match (format, magic(bytes)) {
        (Format::Text | Format::Markdown, Magic::Other) => (format, plain(bytes)?, Vec::new()),
        (Format::Text | Format::Markdown, _) => return Err(unreadable(msg!(NOT_TEXT))),
        (Format::Docx | Format::Odt | Format::Legacy, Magic::Zip) => {
            let mut package = package::Package::open(bytes).map_err(unreadable)?;
            let (format, read) = if odt::is_odt(&mut package).map_err(unreadable)? {
                (Format::Odt, odt::read(bytes))
            } else {
                (Format::Docx, docx::read(bytes))
            };
            let (text, notes) = read.map_err(unreadable)?;
            (format, text, notes)
        }
        (_, Magic::Ole) => return Err(unreadable(msg!(LEGACY_WORD))),
        (_, Magic::Rtf) => return Err(unreadable(msg!(RTF))),
        (Format::Pdf, _) => {
            let (text, notes) = pdf::read(bytes).map_err(unreadable)?;
            (format, text, notes)
        }
        (Format::Html, _) => {
            let (text, notes) = html::read(bytes).map_err(unreadable)?;
            (format, text, notes)
        }
        (_, Magic::Pdf) => return Err(unreadable(msg!(PDF_NAMED_OTHERWISE))),
        (Format::Legacy, _) => return Err(unreadable(msg!(LEGACY_WORD))),
        (Format::Docx | Format::Odt, _) if bytes.is_empty() => {
            return Err(unreadable(msg!(EMPTY)));
        }
        (Format::Docx | Format::Odt, _) if plain(bytes).is_ok() => {
            return Err(unreadable(msg!(TEXT_NOT_PACKAGE)));
        }
        (Format::Docx | Format::Odt, _) => return Err(unreadable(msg!(NOT_A_PACKAGE))),
    };
    Ok(Document {
        format,
        text: text.nfc().collect(),
        notes,
    })
}

/// Plain text in the encodings rosters come in (UTF-8 with or without BOM,
/// UTF-16 with BOM, Windows-1258); a file of control characters (a binary
/// file named .txt) is refused.
fn plain(bytes: &[u8]) -> Result<String, Unreadable> {
    let decoded = encoding::decode(bytes, None).map_err(|_| unreadable(msg!(NOT_TEXT)))?;
    let controls = decoded
        .text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
        .count();
    if controls * 100 > decoded.text.chars().count() {
        return Err(unreadable(msg!(NOT_TEXT)));
    }
    Ok(decoded.text.replace("\r\n", "\n").replace('\r', "\n"))
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
    pub(crate) LEGACY_WORD = "document-legacy-word" {
        "this is a Word 97-2003 document (.doc) or an encrypted one, which kdcl does not read: open it in Word or LibreOffice and save it as .docx (File › Save As › Word Document), without a password",
        "đây là văn bản Word 97-2003 (.doc) hoặc văn bản có mật khẩu, kdcl không đọc được: hãy mở bằng Word hoặc LibreOffice rồi lưu thành .docx (Tệp › Lưu thành › Word Document), không đặt mật khẩu",
    }
    pub(crate) RTF = "document-rtf" {
        "this is a Rich Text (.rtf) document, which kdcl does not read: open it in Word or LibreOffice and save it as .docx",
        "đây là văn bản Rich Text (.rtf), kdcl không đọc được: hãy mở bằng Word hoặc LibreOffice rồi lưu thành .docx",
    }
    pub(crate) PDF_NAMED_OTHERWISE = "document-pdf-misnamed" {
        "this file is a PDF with another extension: rename it to .pdf",
        "tệp này là PDF nhưng mang phần mở rộng khác: hãy đổi tên thành .pdf",
    }
    pub(crate) EMPTY = "document-empty" {
        "this file is empty (0 bytes): save the document again",
        "tệp này rỗng (0 byte): hãy lưu lại văn bản",
    }
    pub(crate) TEXT_NOT_PACKAGE = "document-text-not-package" {
        "this file is plain text with a Word or OpenDocument name: rename it to .txt, or open it in Word and save it as .docx",
        "tệp này là văn bản thuần nhưng mang tên tệp Word hoặc OpenDocument: hãy đổi tên thành .txt, hoặc mở bằng Word rồi lưu thành .docx",
    }
    pub(crate) NOT_A_PACKAGE = "document-not-package" {
        "this file is not a Word (.docx) or OpenDocument (.odt) document, or it is damaged: open it in Word or LibreOffice and save it as .docx",
        "tệp này không phải văn bản Word (.docx) hay OpenDocument (.odt), hoặc đã bị hỏng: hãy mở bằng Word hoặc LibreOffice rồi lưu thành .docx",
    }
    pub(crate) NOT_TEXT = "document-not-text" {
        "this file is not text: save the document again as .txt (UTF-8)",
        "tệp này không phải văn bản thuần: hãy lưu lại văn bản thành .txt (UTF-8)",
    }
}
