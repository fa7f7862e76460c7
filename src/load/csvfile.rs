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
    with_reader(delimiter, body, |reader| {
        read_all(reader, file, bom, delimiter)
    })
}

/// The text a reused reader reads: one file's body at a time.
#[derive(Default)]
struct Feed {
    data: Vec<u8>,
    pos: usize,
}

impl std::io::Read for Feed {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let rest = self.data.get(self.pos..).unwrap_or_default();
        let n = rest.len().min(buf.len());
        buf[..n].copy_from_slice(&rest[..n]);
        self.pos += n;
        Ok(n)
    }
}

impl std::io::Seek for Feed {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        let pos = match to {
            std::io::SeekFrom::Start(n) => n as i64,
            std::io::SeekFrom::End(n) => self.data.len() as i64 + n,
            std::io::SeekFrom::Current(n) => self.pos as i64 + n,
        };
        self.pos = usize::try_from(pos).map_err(std::io::Error::other)?;
        Ok(self.pos as u64)
    }
}

thread_local! {
    /// One CSV reader per separator and thread, reused: building a reader's
    /// automaton costs more than reading a commune's roster.
    static READERS: std::cell::RefCell<Vec<(u8, csv::Reader<Feed>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` with a reader of `body` split on `delimiter`, without headers
/// and flexible, at its start as a new reader would be.
fn with_reader<T>(delimiter: u8, body: &str, f: impl FnOnce(&mut csv::Reader<Feed>) -> T) -> T {
    let fresh = || {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(Feed::default())
    };
    READERS.with(|readers| {
        let Ok(mut readers) = readers.try_borrow_mut() else {
            // Only if reading one CSV text ever read another inside it.
            let mut reader = fresh();
            reader.get_mut().data.extend_from_slice(body.as_bytes());
            return f(&mut reader);
        };
        let at = match readers.iter().position(|(d, _)| *d == delimiter) {
            Some(at) => at,
            None => {
                readers.push((delimiter, fresh()));
                readers.len() - 1
            }
        };
        let reader = &mut readers[at].1;
        let feed = reader.get_mut();
        feed.data.clear();
        feed.data.extend_from_slice(body.as_bytes());
        feed.pos = 0;
        // Back to the start, as a reader built for this text: position, line,
        // parser state and end of input reset.
        if reader
            .seek_raw(std::io::SeekFrom::Start(0), csv::Position::new())
            .is_err()
        {
            let mut reader = fresh();
            reader.get_mut().data.extend_from_slice(body.as_bytes());
            return f(&mut reader);
        }
        let out = f(reader);
        // Let a large file's bytes go.
        let feed = reader.get_mut();
        if feed.data.capacity() > 1 << 20 {
            *feed = Feed::default();
        }
        out
    })
}

fn read_all(
    reader: &mut csv::Reader<Feed>,
    file: &SourceFile,
    bom: usize,
    delimiter: u8,
) -> (Vec<Record>, Option<Syntax>) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Records as a reader built for the one text reads them.
    fn fresh(text: &str, delimiter: u8) -> Vec<(Vec<String>, u64, u64, u64)> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| {
                let r = r.unwrap();
                let p = r.position().unwrap();
                let values = r.iter().map(str::to_string).collect();
                (values, p.byte(), p.line(), p.record())
            })
            .collect()
    }

    #[test]
    fn a_reused_reader_reads_as_a_new_one() {
        let texts = [
            (
                "code,name,kind\r\nA,\"MN A, cơ sở 2\",MN\r\n\r\nB,TH B,TH",
                b',',
            ),
            ("code;name;kind\nA;\"x\"\"y\";MN\n", b';'),
            ("\"unterminated,a\nb", b','),
            ("", b','),
            ("a\tb\n1\t2\n", b'\t'),
            ("x,y\n", b','),
        ];
        // Twice over, so that every reader is reused after every other text.
        for (text, delimiter) in texts.iter().chain(texts.iter()) {
            let file = SourceFile::new("r.csv", *text);
            let (records, error) = records(&file, Some(*delimiter));
            assert!(error.is_none());
            let got: Vec<_> = records
                .iter()
                .map(|r| {
                    let p = r.values.position().unwrap();
                    let values = r.values.iter().map(str::to_string).collect();
                    (values, p.byte(), p.line(), p.record())
                })
                .collect();
            assert_eq!(got, fresh(text, *delimiter), "{text:?}");
        }
    }
}
