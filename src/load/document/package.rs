//! The zip packages .docx and .odt files are, opened with the guards the
//! workbook reader has and more: a bounded count of entries, a bounded size
//! of every part read (counted as it is inflated, never trusting the sizes
//! the archive declares), a bounded compression ratio (zip bombs), and XML
//! parts refused when they declare a DTD (no entity is ever expanded, so a
//! "billion laughs" cannot grow) or nest absurdly deep.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesRef, Event};

use crate::diag::diagnostic::Message;
use crate::msg;
use crate::text::size;

/// Entries a package may hold: a Word document with many images has a few
/// hundred.
pub const MAX_ENTRIES: usize = 10_000;
/// The parts read from one package, uncompressed, in all.
pub const MAX_UNPACKED: u64 = 128 << 20;
/// How much larger than its compressed size a part may inflate, once it is
/// larger than [`RATIO_FROM`]: XML compresses about ten times, a zip bomb a
/// thousand times.
pub const MAX_RATIO: u64 = 100;
const RATIO_FROM: u64 = 1 << 20;
/// Elements nested deeper than this make a part damaged: Word nests about
/// twenty, tables in tables a few more.
pub const MAX_XML_DEPTH: usize = 256;

/// An opened package and what has been inflated from it so far.
pub(super) struct Package<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    unpacked: u64,
}

impl<'a> Package<'a> {
    pub fn open(bytes: &'a [u8]) -> Result<Self, Message> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| msg!(REASON_DAMAGED, reason = e.to_string()))?;
        if zip.len() > MAX_ENTRIES {
            return Err(msg!(REASON_ENTRIES, count = zip.len(), max = MAX_ENTRIES));
        }
        Ok(Package { zip, unpacked: 0 })
    }

    /// The names of the entries, in the archive's order.
    pub fn names(&self) -> Vec<String> {
        self.zip
            .file_names()
            .filter_map(|name| name.ok().map(|n| n.into_owned()))
            .collect()
    }

    /// The part `name` as text, `None` when the package has no such part.
    pub fn part(&mut self, name: &str) -> Result<Option<String>, Message> {
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        let mut entry = self
            .zip
            .by_index(index)
            .map_err(|e| msg!(REASON_DAMAGED, reason = e.to_string()))?;
        let compressed = entry.compressed_size();
        let room = MAX_UNPACKED - self.unpacked;
        let mut bytes = Vec::new();
        (&mut entry)
            .take(room + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| msg!(REASON_DAMAGED, reason = e.to_string()))?;
        let len = bytes.len() as u64;
        if len > room {
            return Err(msg!(REASON_UNPACKED, limit = size::mib(MAX_UNPACKED)));
        }
        if len > RATIO_FROM && len / compressed.max(1) > MAX_RATIO {
            return Err(msg!(REASON_RATIO, name = name.to_string(), max = MAX_RATIO));
        }
        self.unpacked += len;
        let text =
            String::from_utf8(bytes).map_err(|_| msg!(REASON_NOT_UTF8, name = name.to_string()))?;
        Ok(Some(text))
    }
}

/// A reader of one XML part: text kept as written (no trimming).
pub(super) fn xml(text: &str) -> quick_xml::Reader<&[u8]> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = quick_xml::Reader::from_reader(text.as_bytes());
    let config = reader.config_mut();
    config.trim_text(false);
    config.expand_empty_elements = false;
    reader
}

/// Depth of the elements open while walking a part, refusing a part that
/// nests deeper than [`MAX_XML_DEPTH`].
#[derive(Default)]
pub(super) struct Depth(usize);

impl Depth {
    pub fn open(&mut self) -> Result<(), Message> {
        self.0 += 1;
        if self.0 > MAX_XML_DEPTH {
            return Err(msg!(REASON_DEEP, max = MAX_XML_DEPTH));
        }
        Ok(())
    }

    pub fn close(&mut self) {
        self.0 = self.0.saturating_sub(1);
    }
}

/// The next event of a part, refusing a DTD (Word and LibreOffice never
/// write one; one that declares entities is how "billion laughs" attacks
/// begin) and turning an XML error into the sentence of a damaged file.
pub(super) fn next<'x>(reader: &mut quick_xml::Reader<&'x [u8]>) -> Result<Event<'x>, Message> {
    match reader.read_event() {
        Ok(Event::DocType(_)) => Err(msg!(REASON_DTD)),
        Ok(event) => Ok(event),
        Err(e) => Err(msg!(REASON_DAMAGED, reason = e.to_string())),
    }
}

/// The text a reference stands for: a character (`&#7843;`) or one of the
/// five entities XML predefines. Any other name was never declared (a DTD
/// is refused), so it stands for nothing.
pub(super) fn reference(r: &BytesRef) -> Option<String> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c.to_string());
    }
    let text = match &*r.xml10_content() {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => return None,
    };
    Some(text.to_string())
}

/// The value of attribute `name` of an element, if it has it.
pub(super) fn attribute(e: &quick_xml::events::BytesStart, name: &str) -> Option<String> {
    let attr = e.try_get_attribute(name).ok()??;
    let value = attr
        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
        .ok()?;
    Some(value.into_owned())
}

crate::texts! {
    pub(crate) REASON_DAMAGED = "document-damaged" {
        "the file is damaged ({reason}): open it in Word or LibreOffice and save it again",
        "tệp bị hỏng ({reason}): hãy mở bằng Word hoặc LibreOffice rồi lưu lại",
    }
    pub(crate) REASON_ENTRIES = "document-too-many-parts" {
        "the file holds {count} parts, more than the {max} any document needs, so it is not read",
        "tệp chứa {count} phần, nhiều hơn {max} phần mà bất kỳ văn bản nào cần, nên không được đọc",
    }
    pub(crate) REASON_UNPACKED = "document-unpacks-too-large" {
        "the file unpacks to more than {limit}, more than any plan needs (it may be a zip bomb), so it is not read",
        "tệp giải nén ra hơn {limit}, lớn hơn mọi kế hoạch cần (có thể là bom zip), nên không được đọc",
    }
    pub(crate) REASON_RATIO = "document-compression-ratio" {
        "the part {name} inflates more than {max} times its packed size, as only a zip bomb does, so it is not read",
        "phần {name} giải nén lớn gấp hơn {max} lần kích thước nén, điều chỉ bom zip mới có, nên không được đọc",
    }
    pub(crate) REASON_NOT_UTF8 = "document-part-not-utf8" {
        "the part {name} is not UTF-8 text: open the document in Word or LibreOffice and save it again",
        "phần {name} không phải văn bản UTF-8: hãy mở văn bản bằng Word hoặc LibreOffice rồi lưu lại",
    }
    pub(crate) REASON_DEEP = "document-too-deep" {
        "its XML nests more than {max} levels deep, as no real document does, so it is not read",
        "XML của tệp lồng nhau sâu hơn {max} cấp, điều không văn bản thật nào có, nên không được đọc",
    }
    pub(crate) REASON_DTD = "document-dtd" {
        "its XML declares a DTD, which Word and LibreOffice never write (it can hide an entity bomb), so it is not read: save the document again from Word or LibreOffice",
        "XML của tệp khai báo DTD, điều Word và LibreOffice không bao giờ ghi (có thể chứa bom thực thể), nên không được đọc: hãy lưu lại văn bản từ Word hoặc LibreOffice",
    }
}

/// A package of `parts`, each deflated: the documents of the readers' tests.
#[cfg(test)]
pub(super) fn zipped(parts: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(xml: &str) -> Result<usize, Message> {
        let mut reader = super::xml(xml);
        let mut count = 0;
        loop {
            if let Event::Eof = next(&mut reader)? {
                return Ok(count);
            }
            count += 1;
        }
    }

    #[test]
    fn a_dtd_is_refused_and_references_resolve_without_one() {
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b \"c\">]><a>&b;</a>";
        assert_eq!(events(laughs).unwrap_err().text.id, "document-dtd");
        let mut reader = xml("<a>&#7871;&amp;&lt;&unknown;</a>");
        let mut text = String::new();
        loop {
            match next(&mut reader).unwrap() {
                Event::GeneralRef(r) => text.push_str(&reference(&r).unwrap_or_default()),
                Event::Eof => break,
                _ => {}
            }
        }
        assert_eq!(text, "ế&<");
    }

    #[test]
    fn parts_are_read_within_the_limits() {
        let bytes = zipped(&[("a.xml", "<a/>"), ("big.xml", &" ".repeat(3 << 20))]);
        let mut package = Package::open(&bytes).unwrap();
        assert_eq!(package.part("a.xml").unwrap().as_deref(), Some("<a/>"));
        assert_eq!(package.part("missing.xml").unwrap(), None);
        assert_eq!(
            package.part("big.xml").unwrap_err().text.id,
            "document-compression-ratio"
        );
        assert_eq!(
            Package::open(b"PK\x03\x04 not a zip")
                .err()
                .map(|m| m.text.id),
            Some("document-damaged")
        );
        let mut depth = Depth::default();
        for _ in 0..MAX_XML_DEPTH {
            depth.open().unwrap();
        }
        assert_eq!(depth.open().unwrap_err().text.id, "document-too-deep");
    }
}
