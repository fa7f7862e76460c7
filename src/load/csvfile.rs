//! CSV as offices save it: with or without a BOM, `,`, `;` or tab
//! separated, LF or CRLF; every cell with its span in the file's text.

use crate::text::source::{SourceFile, Span};

/// One row as read from a CSV file or a sheet: its cells' values and the
/// span of each cell in the file's text.
#[derive(Debug, Clone)]
pub struct Record {
    pub values: csv::StringRecord,
    pub spans: Vec<Span>,
    /// Where the record starts in the file's text.
    pub start: usize,
}

impl Record {
    pub fn span(&self) -> Span {
        let start = self.spans.first().map_or(0, |s| s.start);
        let end = self.spans.last().map_or(start, |s| s.end.max(start));
        start..end
    }

    /// From the first cell to the last one holding something.
    pub fn filled_span(&self) -> Span {
        let start = self.spans.first().map_or(0, |s| s.start);
        let last = (0..self.values.len())
            .rev()
            .find(|&i| !self.values[i].trim().is_empty())
            .unwrap_or(self.spans.len().saturating_sub(1));
        let end = self.spans.get(last).map_or(start, |s| s.end.max(start));
        start..end
    }

    pub fn is_blank(&self) -> bool {
        self.values.iter().all(|v| v.trim().is_empty())
    }

    pub fn first_text(&self) -> Option<&str> {
        self.values.iter().map(str::trim).find(|v| !v.is_empty())
    }
}

/// The separator of a CSV file: `,` unless the header row holds more `;`
/// (Excel on a Windows whose list separator is `;`) or tabs (Excel's
/// "Unicode Text").
pub fn delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts[i], std::cmp::Reverse(i)))
        .unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// A syntax error that ended the file: where, and the csv crate's words.
pub struct Syntax {
    pub at: usize,
    pub detail: csv::Error,
}

/// Every record of a CSV text, each cell with its span, split on
/// `delimiter` (detected from the header row when `None`); a syntax error
/// ends the file and is returned with the records before it.
pub fn records(file: &SourceFile, delimiter: Option<u8>) -> (Vec<Record>, Option<Syntax>) {
    let bom = if file.text.starts_with('\u{feff}') {
        3
    } else {
        0
    };
    let body = &file.text[bom..];
    let delimiter = delimiter.unwrap_or_else(|| self::delimiter(body));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(body.as_bytes());
    let mut records = Vec::new();
    for result in reader.records() {
        match result {
            Ok(values) => {
                let mut start = bom + values.position().map_or(0, |p| p.byte() as usize);
                // With CRLF the csv crate counts the record from the previous line's '\n'.
                while matches!(file.text.as_bytes().get(start), Some(b'\r' | b'\n')) {
                    start += 1;
                }
                let spans = cell_spans(&file.text, start, values.len(), delimiter);
                records.push(Record {
                    values,
                    spans,
                    start,
                });
            }
            Err(detail) => {
                let at = bom + detail.position().map_or(0, |p| p.byte() as usize);
                return (records, Some(Syntax { at, detail }));
            }
        }
    }
    (records, None)
}

/// Byte spans of the first `count` fields of the CSV record starting at
/// `start`. The csv crate gives field contents without their place in the
/// file, so the raw text is scanned again, honouring quotes.
pub fn cell_spans(text: &str, start: usize, count: usize, delimiter: u8) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut spans = Vec::with_capacity(count);
    let mut pos = start;
    while spans.len() < count {
        let begin = pos;
        if bytes.get(pos) == Some(&b'"') {
            pos += 1;
            while pos < bytes.len() {
                if bytes[pos] == b'"' {
                    if bytes.get(pos + 1) == Some(&b'"') {
                        pos += 2;
                        continue;
                    }
                    pos += 1;
                    break;
                }
                pos += 1;
            }
        }
        while pos < bytes.len() && !matches!(bytes[pos], b'\n' | b'\r') && bytes[pos] != delimiter {
            pos += 1;
        }
        spans.push(begin..pos);
        if bytes.get(pos) == Some(&delimiter) {
            pos += 1;
        } else {
            break;
        }
    }
    while spans.len() < count {
        spans.push(pos..pos);
    }
    spans
}
