//! PDFs with a text layer (exported from Word or LibreOffice, as offices
//! publish signed plans): the characters of each page, placed by the
//! extractor (pdf-extract, on lopdf), laid out again here into lines and
//! paragraphs. A line that reaches the right margin goes on in the next
//! one, as the paragraph it was wrapped from; a wide gap inside a line (a
//! table's columns, the two halves of a heading) is a tab; a mark that
//! only adds a tone to the letter before it is joined to it, and the text
//! is NFC. A PDF with no text (a scan) is refused: it needs OCR.
//!
//! The extractor runs on a thread of its own with a time budget
//! ([`MAX_SECONDS`]), behind a bound on pages: a hostile PDF can make it
//! loop or panic, and then the document is refused while kdcl goes on.

use std::sync::{Once, mpsc};
use std::time::Duration;

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use crate::diag::diagnostic::Message;
use crate::msg;

/// Pages a plan's PDF may have: plans have a few dozen.
pub const MAX_PAGES: usize = 2_000;
/// Seconds the extractor may take: a 50-page plan takes well under one.
pub const MAX_SECONDS: u64 = 20;
/// Characters read at most (a few MiB of text; a plan has a few hundred KiB).
const MAX_GLYPHS: usize = 8_000_000;
const THREAD: &str = "kdcl-pdf";

/// One character as the page shows it: its place, size and text.
#[derive(Debug, Clone)]
struct Glyph {
    x: f64,
    y: f64,
    end: f64,
    size: f64,
    text: String,
}

/// The characters of every page, in the order the PDF draws them.
#[derive(Default)]
struct Pages {
    pages: Vec<Vec<Glyph>>,
    flip: f64,
    glyphs: usize,
}

impl OutputDev for Pages {
    fn begin_page(
        &mut self,
        _: u32,
        media: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.flip = media.ury - media.lly;
        self.pages.push(Vec::new());
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        self.glyphs += 1;
        if self.glyphs > MAX_GLYPHS {
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        // The side of a square as large as the glyph's box once transformed.
        let sx = font_size * (trm.m11 + trm.m21);
        let sy = font_size * (trm.m12 + trm.m22);
        let size = (sx * sy).abs().sqrt().max(0.1);
        let glyph = Glyph {
            x: trm.m31,
            y: self.flip - trm.m32,
            end: trm.m31 + width * size,
            size,
            text: text.to_string(),
        };
        if let Some(page) = self.pages.last_mut() {
            page.push(glyph);
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// A line of a page: where it starts and ends, its height, its text.
#[derive(Debug)]
struct Line {
    x: f64,
    end: f64,
    y: f64,
    size: f64,
    text: String,
    cells: bool,
}

/// Whether a character only marks the letter before it (a combining tone
/// or vowel mark, as some fonts draw Vietnamese).
fn is_mark(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| matches!(c as u32, 0x0300..=0x036F | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF))
}

/// The lines of a page, top to bottom, each one's characters left to
/// right (writers draw a line's characters of a second font after the
/// first font's), joined with the spaces and tabs their gaps say.
fn lines(page: &[Glyph]) -> Vec<Line> {
    let mut glyphs: Vec<&Glyph> = page.iter().collect();
    glyphs.sort_by(|a, b| a.y.total_cmp(&b.y));
    let mut rows: Vec<Vec<&Glyph>> = Vec::new();
    for g in glyphs {
        match rows.last_mut() {
            Some(row) if g.y - row[0].y <= row[0].size.min(g.size) * 0.35 => row.push(g),
            _ => rows.push(vec![g]),
        }
    }
    // A row of small raised digits just above a line holds its footnote
    // marks: the marks are not text (the notes themselves are read).
    let marks = |row: &[&Glyph], next: &[&Glyph]| {
        let size = next[0].size;
        row.iter().all(|g| {
            g.size < size * 0.8
                && next[0].y - g.y < size
                && g.text
                    .chars()
                    .all(|c| c.is_ascii_digit() || c.is_whitespace())
        })
    };
    let rows: Vec<Vec<&Glyph>> = (0..rows.len())
        .filter(|&i| !rows.get(i + 1).is_some_and(|next| marks(&rows[i], next)))
        .map(|i| rows[i].clone())
        .collect();
    let mut lines = Vec::new();
    for mut row in rows {
        row.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut line: Option<Line> = None;
        for g in row {
            let Some(line) = line.as_mut() else {
                if !g.text.trim().is_empty() {
                    line = Some(Line {
                        x: g.x,
                        end: g.end,
                        y: g.y,
                        size: g.size,
                        text: g.text.clone(),
                        cells: false,
                    });
                }
                continue;
            };
            let gap = g.x - line.end;
            if g.text.trim().is_empty() && line.text.ends_with(char::is_whitespace) {
                continue;
            }
            if !is_mark(&g.text) && !line.text.ends_with(char::is_whitespace) {
                if gap > line.size * 2.5 {
                    line.text.push('\t');
                    line.cells = true;
                } else if gap > line.size * 0.15 && !g.text.starts_with(char::is_whitespace) {
                    // A comma or stop after a small gap follows a footnote
                    // mark that was dropped, not a space.
                    let stop = g.text.starts_with([',', '.', ';', ':']) && gap < line.size * 0.6;
                    if !stop {
                        line.text.push(' ');
                    }
                }
            }
            line.text.push_str(&g.text);
            line.end = line.end.max(g.end);
            line.size = line.size.max(g.size);
        }
        lines.extend(line);
    }
    lines
}

/// The text of every page: wrapped lines joined into their paragraphs, a
/// wider gap between lines an empty line.
fn layout(pages: &[Vec<Glyph>]) -> String {
    let mut out = String::new();
    let mut last: Option<Line> = None;
    for page in pages {
        let page_lines = lines(page);
        let left = page_lines.iter().map(|l| l.x).fold(f64::INFINITY, f64::min);
        let right = page_lines.iter().map(|l| l.end).fold(0.0, f64::max);
        let width = right - left;
        for (i, line) in page_lines.into_iter().enumerate() {
            if let Some(prev) = &last {
                let gap = line.y - prev.y;
                let near = i == 0 || gap < prev.size * 1.8;
                let starts_left = line.x <= left + line.size * 1.5;
                let joined = near && starts_left && !prev.cells && !line.cells;
                if joined && wraps(prev, &line, right - width * 0.15, right - width * 0.4) {
                    // A line broken after a hyphen ("TT-" / "BGDĐT") is one word.
                    let text = prev.text.trim_end();
                    if !text.ends_with('-') || text.ends_with(" -") {
                        out.push(' ');
                    }
                } else {
                    out.push('\n');
                    if i > 0 && gap > prev.size * 2.2 {
                        out.push('\n');
                    }
                }
            }
            out.push_str(line.text.trim());
            last = Some(line);
        }
    }
    out.push('\n');
    out
}

/// Whether `next` goes on with the paragraph of `line`: `line` reaches the
/// right margin (`full` or beyond) and `next` does not begin an item of its
/// own (a dash, a number, a heading's numeral), or `line` reaches most of
/// the way (`most`) without ending a sentence and `next` goes on in lower case.
fn wraps(line: &Line, next: &Line, full: f64, most: f64) -> bool {
    let text = next.text.trim_start();
    let first = text.chars().next().unwrap_or(' ');
    let marker: String = text.chars().take_while(|c| !c.is_whitespace()).collect();
    let numbered = marker.len() <= 6
        && (marker.ends_with('.') || marker.ends_with(')'))
        && marker[..marker.len() - 1]
            .chars()
            .all(|c| c.is_ascii_digit() || "IVXLivxabcdđefgh.".contains(c));
    let bullet = matches!(first, '-' | '+' | '•' | '–' | '*') && marker.len() == first.len_utf8();
    let item = bullet || first == '#' || numbered;
    let ended = line.text.trim_end().ends_with(['.', ':', ';', '!', '?']);
    (line.end >= full && !item) || (line.end >= most && !ended && first.is_lowercase())
}

/// Keeps the extractor's panics, on its own thread, off the terminal: the
/// document is then refused with a sentence instead.
fn quiet_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() != Some(THREAD) {
                previous(info);
            }
        }));
    });
}

/// Whether a page's content gives some of its letters as ActualText
/// (LibreOffice also gives no-break spaces so, which lose nothing).
fn replaces_letters(content: &[u8]) -> bool {
    const KEY: &[u8] = b"/ActualText";
    let mut rest = content;
    while let Some(at) = rest.windows(KEY.len()).position(|w| w == KEY) {
        rest = &rest[at + KEY.len()..];
        let value = rest.trim_ascii_start();
        let Some(hex) = value.strip_prefix(b"<") else {
            // A literal string: its text is not looked into.
            return true;
        };
        let end = hex.iter().position(|&b| b == b'>').unwrap_or(hex.len());
        let digits: Vec<u8> = hex[..end]
            .iter()
            .copied()
            .filter(u8::is_ascii_hexdigit)
            .collect();
        let units: Vec<u16> = digits
            .chunks(4)
            .filter_map(|c| u16::from_str_radix(std::str::from_utf8(c).ok()?, 16).ok())
            .collect();
        if char::decode_utf16(units).any(|c| c.is_ok_and(char::is_alphanumeric)) {
            return true;
        }
    }
    false
}

/// Why [`bounded`] gave no answer.
#[derive(Debug, PartialEq, Eq)]
enum Stop {
    /// The budget ran out; the thread is left to end on its own.
    Slow,
    /// The thread panicked, or could not be started.
    Failed,
}

/// Runs `work` on a thread of its own, waiting for it at most `budget`.
fn bounded<T: Send + 'static>(
    budget: Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Stop> {
    quiet_panics();
    let (send, receive) = mpsc::channel();
    std::thread::Builder::new()
        .name(THREAD.to_string())
        .spawn(move || {
            let _ = send.send(work());
        })
        .map_err(|_| Stop::Failed)?;
    receive.recv_timeout(budget).map_err(|e| match e {
        mpsc::RecvTimeoutError::Timeout => Stop::Slow,
        // The thread ended without an answer: it panicked.
        mpsc::RecvTimeoutError::Disconnected => Stop::Failed,
    })
}

/// Reads the text of `bytes` on the extractor's thread.
fn extract(bytes: Vec<u8>) -> Result<(Vec<Vec<Glyph>>, bool), Message> {
    let mut doc = pdf_extract::Document::load_mem(&bytes)
        .map_err(|e| msg!(DAMAGED, reason = e.to_string()))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(msg!(ENCRYPTED));
    }
    let pages = doc.get_pages().len();
    if pages > MAX_PAGES {
        return Err(msg!(TOO_MANY_PAGES, count = pages, max = MAX_PAGES));
    }
    // LibreOffice draws a letter its font lacks from two glyphs and gives
    // the letter as ActualText, which the extractor does not read.
    let actual_text = doc.get_pages().values().any(|&page| {
        doc.get_page_content(page)
            .is_ok_and(|content| replaces_letters(&content))
    });
    let mut out = Pages::default();
    match pdf_extract::output_doc(&doc, &mut out) {
        Ok(()) => Ok((out.pages, actual_text)),
        Err(_) if out.glyphs > MAX_GLYPHS => {
            Err(msg!(super::xmlwalk::TOO_MUCH_TEXT, max = MAX_GLYPHS))
        }
        Err(e) => Err(msg!(DAMAGED, reason = e.to_string())),
    }
}

/// The text layer of a PDF.
pub(super) fn read(bytes: &[u8]) -> Result<(String, Vec<Message>), Message> {
    if bytes.is_empty() {
        return Err(msg!(SCAN));
    }
    let owned = bytes.to_vec();
    let (pages, actual_text) =
        match bounded(Duration::from_secs(MAX_SECONDS), move || extract(owned)) {
            Ok(read) => read?,
            Err(Stop::Slow) => return Err(msg!(TOO_SLOW, seconds = MAX_SECONDS)),
            Err(Stop::Failed) => return Err(msg!(FAILED)),
        };
    let text = layout(&pages);
    if text.trim().is_empty() {
        return Err(msg!(SCAN));
    }
    let notes = if actual_text {
        vec![msg!(NOTE_ACTUAL_TEXT)]
    } else {
        Vec::new()
    };
    Ok((text, notes))
}

crate::texts! {
    pub(crate) SCAN = "document-pdf-scan" {
        "this PDF is a scan: kdcl needs its text (OCR); it holds no text layer (a scanned or empty file). Read it with OCR (for example ocrmypdf), or send the original .docx instead",
        "tệp PDF này là bản quét: kdcl cần phần chữ của nó (OCR); tệp không có lớp chữ (bản quét hoặc tệp rỗng). Hãy nhận dạng chữ bằng OCR (ví dụ ocrmypdf), hoặc dùng tệp .docx gốc",
    }
    pub(crate) DAMAGED = "document-pdf-damaged" {
        "this PDF cannot be read ({reason}): export it again from Word or LibreOffice (File › Export as PDF), or use the original .docx",
        "không đọc được tệp PDF này ({reason}): hãy xuất lại từ Word hoặc LibreOffice (Tệp › Xuất ra PDF), hoặc dùng tệp .docx gốc",
    }
    pub(crate) FAILED = "document-pdf-failed" {
        "this PDF made the text extractor fail (the file may be damaged): export it again from Word or LibreOffice, or use the original .docx",
        "tệp PDF này làm trình đọc chữ gặp lỗi (tệp có thể bị hỏng): hãy xuất lại từ Word hoặc LibreOffice, hoặc dùng tệp .docx gốc",
    }
    pub(crate) ENCRYPTED = "document-pdf-encrypted" {
        "this PDF is protected by a password: use the original .docx, or a copy of the PDF without a password",
        "tệp PDF này được bảo vệ bằng mật khẩu: hãy dùng tệp .docx gốc, hoặc bản PDF không đặt mật khẩu",
    }
    pub(crate) TOO_MANY_PAGES = "document-pdf-too-many-pages" {
        "this PDF has {count} pages, more than the {max} any plan needs, so it is not read",
        "tệp PDF này có {count} trang, nhiều hơn {max} trang mà mọi kế hoạch cần, nên không được đọc",
    }
    pub(crate) NOTE_ACTUAL_TEXT = "document-pdf-actual-text" {
        "some letters of this PDF are drawn from two pieces and their text is given apart (ActualText), which kdcl does not read: letters such as 'ế' may come out wrong, so check the names kdcl quotes, or use the original .docx",
        "một số chữ trong tệp PDF này được vẽ từ hai phần và chữ thật được ghi riêng (ActualText), kdcl không đọc phần này: các chữ như 'ế' có thể bị sai, hãy kiểm tra các tên kdcl trích dẫn, hoặc dùng tệp .docx gốc",
    }
    pub(crate) TOO_SLOW = "document-pdf-too-slow" {
        "reading this PDF's text took more than {seconds} seconds, so it was stopped (the file may be damaged or built to stall readers): use the original .docx",
        "việc đọc chữ trong tệp PDF này quá {seconds} giây nên đã dừng (tệp có thể bị hỏng hoặc cố ý làm treo chương trình đọc): hãy dùng tệp .docx gốc",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The glyphs of `lines` (left edge, text), 10 pt, a line every 14 pt,
    /// each character 5 pt wide.
    fn page(lines: &[(f64, &str)]) -> Vec<Glyph> {
        let mut glyphs = Vec::new();
        for (i, (x, text)) in lines.iter().enumerate() {
            let y = 100.0 + 14.0 * i as f64;
            for (j, c) in text.chars().enumerate() {
                let x = x + 5.0 * j as f64;
                glyphs.push(Glyph {
                    x,
                    y,
                    end: x + 5.0,
                    size: 10.0,
                    text: c.to_string(),
                });
            }
        }
        glyphs
    }

    #[test]
    fn wrapped_lines_make_one_paragraph_and_items_stay_apart() {
        let full = "Công nhận mới 02 trường và công nhận lại";
        let pages = [page(&[
            (50.0, full),
            (50.0, "04 trường TH-"),
            (50.0, "THCS như sau:"),
            (50.0, full),
            (50.0, "- MN Hoa Sen;"),
            (50.0, full),
            (50.0, "1. Mục đích"),
        ])];
        assert_eq!(
            layout(&pages),
            format!(
                "{full} 04 trường TH-\nTHCS như sau:\n{full}\n- MN Hoa Sen;\n{full}\n1. Mục đích\n"
            )
        );
    }

    #[test]
    fn characters_drawn_out_of_order_are_put_back_in_place() {
        let mut glyphs = page(&[(50.0, "Tr ng"), (50.0, "x")]);
        // "ườ" drawn last, from a second font, at its place in the line.
        glyphs.push(Glyph {
            x: 60.0,
            y: 100.0,
            end: 65.0,
            size: 10.0,
            text: "ườ".to_string(),
        });
        glyphs.retain(|g| g.text != " ");
        glyphs.push(Glyph {
            x: 62.0,
            y: 100.0,
            end: 62.0,
            size: 10.0,
            text: "\u{300}".to_string(),
        });
        let lines = lines(&glyphs);
        assert_eq!(lines[0].text, "Trườ\u{300}ng");
        assert_eq!(lines[1].text, "x");
    }

    #[test]
    fn gaps_are_spaces_and_wide_gaps_are_tabs() {
        let mut glyphs = page(&[(50.0, "UBND")]);
        glyphs.extend(page(&[(300.0, "CỘNG HÒA")]));
        glyphs.extend(page(&[(345.0, "X")]));
        glyphs.extend(page(&[(353.0, ",")]));
        assert_eq!(lines(&glyphs)[0].text, "UBND\tCỘNG HÒA X,");
    }

    #[test]
    fn work_that_hangs_or_panics_gives_up_in_time() {
        let start = std::time::Instant::now();
        let slow = bounded(Duration::from_millis(50), || {
            std::thread::sleep(Duration::from_secs(5));
        });
        assert_eq!(slow, Err(Stop::Slow));
        assert!(start.elapsed() < Duration::from_secs(2));
        let panicked: Result<(), Stop> = bounded(Duration::from_secs(5), || panic!("broken font"));
        assert_eq!(panicked, Err(Stop::Failed));
        assert_eq!(bounded(Duration::from_secs(5), || 42), Ok(42));
    }

    #[test]
    fn actual_text_matters_only_when_it_gives_letters() {
        assert!(!replaces_letters(b"/Span<</ActualText<FEFF00A0>>> BDC"));
        assert!(replaces_letters(b"/Span<</ActualText<FEFF1EBF>>> BDC"));
        assert!(replaces_letters(b"/Span<</ActualText(x)>> BDC"));
        assert!(!replaces_letters(b"BT (abc) Tj ET"));
    }
}
