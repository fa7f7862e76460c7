//! Rosters kept as workbooks (.xlsx, .ods; also .xlsm, .xlsb, .xls) read
//! with calamine into the same records as CSV rosters. The sheet becomes a
//! text of one line per row, cells separated by ` │ `, so that findings show
//! the row; their place is the cell (`roster.xlsx:Sheet1!C7`).

use std::io::{Cursor, Read, Seek};
use std::sync::Arc;

use calamine::{Data, DataRef, Reader, Sheets};

use crate::load::csvfile::Record;
use crate::msg;
use crate::text::size;
use crate::text::source::{Grid, SourceFile};

/// Columns beyond this are not part of any roster; they are not read.
pub const MAX_COLUMNS: u32 = 256;
/// Cells read from one sheet at most.
pub const MAX_CELLS: usize = 4_000_000;
/// Rows of a sheet at most (Excel's own limit).
pub const MAX_ROWS: u32 = 1_048_576;
/// A workbook's parts, uncompressed, at most (against zip bombs).
pub const MAX_UNPACKED: u64 = 128 << 20;
/// Text one sheet's cells may expand to, in bytes: repeated spaces
/// (`<text:s text:c="…"/>`), repeated cells and rows, and a shared string
/// named by many cells all count. A roster of every school of a province
/// holds a few MiB.
pub const MAX_SHEET_TEXT: u64 = 32 << 20;

const SEPARATOR: &str = " │ ";

/// Why a workbook gave no sheet to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetError {
    /// Not a workbook calamine can read, or a damaged one.
    Unreadable(String),
    /// `roster_sheet` names no sheet of the workbook.
    NoSuchSheet { wanted: String, sheets: Vec<String> },
    /// More than the limits above.
    TooLarge(String),
}

/// Whether a path is read as a workbook, by its extension. `.xls` and
/// `.xlsb` are recognised in order to say they must be saved as `.xlsx`:
/// their reader lays out the whole grid at once, which a small hostile file
/// can make enormous.
pub fn is_workbook(path: &std::path::Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        matches!(
            e.to_ascii_lowercase().as_str(),
            "xlsx" | "xlsm" | "xlsb" | "xls" | "ods"
        )
    })
}

/// What an OpenDocument sheet would make calamine build, counted from
/// `content.xml` before calamine expands anything.
#[derive(Debug, Default, PartialEq, Eq)]
struct OdsSize {
    /// The box from the first to the last row and column holding a value,
    /// repeats counted (the largest sheet's).
    cells: u64,
    /// The text of the cells once spaces, cells and rows are repeated (all sheets).
    text: u64,
}

/// The value of attribute `name` (written with its `="`) in a tag, if it is a number.
fn number_attribute(tag: &[u8], name: &[u8]) -> Option<u64> {
    let at = tag.windows(name.len()).position(|w| w == name)?;
    let rest = &tag[at + name.len()..];
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    std::str::from_utf8(&rest[..digits]).ok()?.parse().ok()
}

/// Elements nested deeper than this make an ODS file damaged: LibreOffice
/// nests a dozen.
const MAX_XML_DEPTH: usize = 128;

/// An element's name: the tag's text after `<` or `</`, up to a space, `/` or `>`.
fn element_name(rest: &[u8]) -> &[u8] {
    let end = rest
        .iter()
        .position(|b| matches!(b, b'>' | b'/' | b' ' | b'\t' | b'\r' | b'\n'))
        .unwrap_or(rest.len());
    &rest[..end]
}

/// The damage, if any: calamine reads a sheet, a cell or an annotation
/// until it meets its end tag, and at the end of a file where it never
/// comes some of its loops run for ever. So every element must be closed,
/// in order, before calamine reads anything.
fn damaged(open: &[&[u8]], tag: &[u8]) -> bool {
    tag.strip_prefix(b"</")
        .is_some_and(|rest| open.last() != Some(&element_name(rest)))
}

fn unclosed(element: &[u8]) -> SheetError {
    let element = crate::text::clean::for_terminal(&String::from_utf8_lossy(element)).into_owned();
    SheetError::Unreadable(msg!(REASON_UNCLOSED, element = element).render())
}

fn ods_size(bytes: &[u8]) -> Result<OdsSize, SheetError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| SheetError::Unreadable(e.to_string()))?;
    let mut xml = Vec::new();
    zip.by_name("content.xml")
        .map_err(|e| SheetError::Unreadable(e.to_string()))?
        .take(MAX_UNPACKED + 1)
        .read_to_end(&mut xml)
        .map_err(|e| SheetError::Unreadable(e.to_string()))?;
    if xml.len() as u64 > MAX_UNPACKED {
        return Err(SheetError::TooLarge(
            msg!(
                REASON_UNPACKED,
                size = size::mib(xml.len() as u64),
                limit = size::mib(MAX_UNPACKED)
            )
            .render(),
        ));
    }
    let repeat = |tag: &[u8], name: &[u8]| number_attribute(tag, name).unwrap_or(1);
    let (mut row, mut column) = (0u64, 0u64);
    let (mut first_row, mut last_row, mut last_column) = (None::<u64>, 0u64, 0u64);
    let mut size = OdsSize::default();
    let mut open_elements: Vec<&[u8]> = Vec::new();
    let mut row_repeat = 1u64;
    // Inside a cell: how many times its text is laid out (0 outside cells).
    let mut cell_copies = 0u64;
    let mut i = 0;
    while let Some(open) = xml[i..].iter().position(|&b| b == b'<') {
        let start = i + open;
        // Character data before the tag: text of the cell, as many times as it is repeated.
        size.text = size
            .text
            .saturating_add((open as u64).saturating_mul(cell_copies));
        // Comments, CDATA and processing instructions hold no tags.
        if let Some(end) = [
            (&b"<!--"[..], &b"-->"[..]),
            (b"<![CDATA[", b"]]>"),
            (b"<?", b"?>"),
        ]
        .iter()
        .find(|(opening, _)| xml[start..].starts_with(opening))
        .map(|(opening, closing)| {
            xml[start + opening.len()..]
                .windows(closing.len())
                .position(|w| w == *closing)
                .map(|at| start + opening.len() + at + closing.len())
        }) {
            match end {
                Some(end) => {
                    i = end;
                    continue;
                }
                None => break,
            }
        }
        let Some(len) = xml[start..].iter().position(|&b| b == b'>') else {
            break;
        };
        let tag = &xml[start..=start + len];
        i = start + len + 1;
        if damaged(&open_elements, tag) {
            return Err(unclosed(open_elements.last().copied().unwrap_or(b"?")));
        }
        if tag.starts_with(b"</") {
            open_elements.pop();
        } else if !tag.ends_with(b"/>") && !tag.starts_with(b"<!") {
            open_elements.push(element_name(&tag[1..]));
            if open_elements.len() > MAX_XML_DEPTH {
                return Err(unclosed(open_elements[MAX_XML_DEPTH - 1]));
            }
        }
        if tag.starts_with(b"<table:table ") || tag.starts_with(b"<table:table>") {
            // A new sheet: the largest one decides.
            let span = first_row.map_or(0, |f| last_row - f + 1);
            size.cells = size.cells.max(span.saturating_mul(last_column));
            (row, first_row, last_row, last_column) = (0, None, 0, 0);
        } else if tag.starts_with(b"<table:table-row") {
            row_repeat = repeat(tag, b"table:number-rows-repeated=\"").max(1);
            column = 0;
        } else if tag.starts_with(b"</table:table-row") {
            row = row.saturating_add(row_repeat);
        } else if tag.starts_with(b"<table:table-cell")
            || tag.starts_with(b"<table:covered-table-cell")
        {
            let n = repeat(tag, b"table:number-columns-repeated=\"");
            let valued =
                !tag.ends_with(b"/>") || tag.windows(17).any(|w| w == b"office:value-type");
            column = column.saturating_add(n);
            if valued {
                first_row.get_or_insert(row);
                last_row = last_row.max(row.saturating_add(row_repeat - 1));
                last_column = last_column.max(column);
            }
            if !tag.ends_with(b"/>") {
                cell_copies = n.max(1).saturating_mul(row_repeat);
            }
        } else if tag.starts_with(b"</table:table-cell") || tag.starts_with(b"</table:covered") {
            cell_copies = 0;
        } else if tag.starts_with(b"<text:s") && matches!(tag.get(7), Some(b' ' | b'/' | b'>')) {
            let spaces = number_attribute(tag, b"text:c=\"").unwrap_or(1);
            size.text = size.text.saturating_add(spaces.saturating_mul(cell_copies));
        }
    }
    let span = first_row.map_or(0, |f| last_row - f + 1);
    size.cells = size.cells.max(span.saturating_mul(last_column));
    if let Some(last) = open_elements.last() {
        return Err(unclosed(last));
    }
    Ok(size)
}

/// Sheet names compare ignoring case, accents and spacing ("DS Trường" = "ds truong").
fn same_sheet(a: &str, b: &str) -> bool {
    let key = |s: &str| {
        crate::text::words::fold(&s.to_lowercase())
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    key(a) == key(b)
}

/// Sums the sizes a zip archive declares for its parts.
fn unpacked_size(bytes: &[u8]) -> Option<u64> {
    // End of central directory: signature, then entry count and directory offset.
    let tail = bytes.len().saturating_sub(65_557);
    let eocd = (tail..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes[i..].starts_with(b"PK\x05\x06"))?;
    let read16 = |at: usize| -> Option<u64> {
        Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?) as u64)
    };
    let read32 = |at: usize| -> Option<u64> {
        Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as u64)
    };
    let entries = read16(eocd + 10)?;
    let mut at = read32(eocd + 16)? as usize;
    let mut total = 0u64;
    for _ in 0..entries {
        if !bytes.get(at..)?.starts_with(b"PK\x01\x02") {
            return None;
        }
        total = total.saturating_add(read32(at + 24)?);
        let skip = 46 + read16(at + 28)? + read16(at + 30)? + read16(at + 32)?;
        at = at.checked_add(skip as usize)?;
    }
    Some(total)
}

/// Reads the first sheet, or the one `wanted` names, into records.
pub fn read(
    bytes: Vec<u8>,
    shown: &str,
    wanted: Option<&str>,
) -> Result<(Arc<SourceFile>, Vec<Record>), SheetError> {
    if bytes.starts_with(b"PK") {
        match unpacked_size(&bytes) {
            Some(size) if size > MAX_UNPACKED => {
                return Err(SheetError::TooLarge(
                    msg!(
                        REASON_UNPACKED,
                        size = size::mib(size),
                        limit = size::mib(MAX_UNPACKED)
                    )
                    .render(),
                ));
            }
            _ => {}
        }
    }
    if !bytes.starts_with(b"PK") {
        return Err(SheetError::Unreadable(
            "it is an Excel 97-2003 (.xls) workbook, or not a workbook".into(),
        ));
    }
    let head = &bytes[..bytes.len().min(120)];
    if head
        .windows(39)
        .any(|w| w == b"application/vnd.oasis.opendocument.spre")
    {
        let size = ods_size(&bytes)?;
        if size.cells > MAX_CELLS as u64 {
            return Err(too_many_cells(size.cells));
        }
        if size.text > MAX_SHEET_TEXT {
            return Err(too_much_text());
        }
    }
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| SheetError::Unreadable(e.to_string()))?;
    let sheets = workbook.sheet_names();
    let sheet = match wanted {
        Some(wanted) => sheets
            .iter()
            .find(|s| same_sheet(s, wanted))
            .cloned()
            .ok_or_else(|| SheetError::NoSuchSheet {
                wanted: wanted.to_string(),
                sheets: sheets.clone(),
            })?,
        None => sheets
            .first()
            .cloned()
            .ok_or_else(|| SheetError::Unreadable("it has no sheet".into()))?,
    };
    let cells = cells(&mut workbook, &sheet)?;
    // Laid out, every row holding a cell is as wide as the widest: two cells
    // far apart on each of a million rows would be a billion.
    let first_column = cells.iter().map(|c| c.1).min().unwrap_or(0);
    let last_column = cells.iter().map(|c| c.1).max().unwrap_or(0);
    let mut rows: Vec<u32> = cells.iter().map(|c| c.0).collect();
    rows.dedup();
    let laid_out = (rows.len() as u64).saturating_mul(u64::from(last_column - first_column) + 1);
    if laid_out > MAX_CELLS as u64 {
        return Err(too_many_cells(laid_out));
    }
    Ok(layout(shown, &sheet, cells))
}

type Cells = Vec<(u32, u32, String)>;

fn too_many_cells(cells: u64) -> SheetError {
    SheetError::TooLarge(msg!(REASON_CELLS, cells = cells, limit = MAX_CELLS).render())
}

fn too_much_text() -> SheetError {
    SheetError::TooLarge(msg!(REASON_TEXT, limit = size::mib(MAX_SHEET_TEXT)).render())
}

/// The cells read so far and the bytes of text they hold.
#[derive(Default)]
struct Sheet {
    cells: Cells,
    text: u64,
}

impl Sheet {
    fn push(&mut self, row: u32, column: u32, value: String) -> Result<(), SheetError> {
        if value.is_empty() || column >= MAX_COLUMNS || row >= MAX_ROWS {
            return Ok(());
        }
        if self.cells.len() >= MAX_CELLS {
            return Err(too_many_cells(self.cells.len() as u64 + 1));
        }
        self.text += value.len() as u64;
        if self.text > MAX_SHEET_TEXT {
            return Err(too_much_text());
        }
        self.cells.push((row, column, value));
        Ok(())
    }
}

fn cells<RS: Read + Seek>(workbook: &mut Sheets<RS>, sheet: &str) -> Result<Cells, SheetError> {
    let mut out = Sheet::default();
    match workbook {
        // xlsx cells are streamed, so a cell far away does not make a huge grid.
        Sheets::Xlsx(xlsx) => {
            let mut reader = xlsx
                .worksheet_cells_reader(sheet)
                .map_err(|e| SheetError::Unreadable(e.to_string()))?;
            while let Some(cell) = reader
                .next_cell()
                .map_err(|e| SheetError::Unreadable(e.to_string()))?
            {
                let (row, column) = cell.get_position();
                // A shared string is copied for each cell naming it: counted as it is.
                let value = cell.get_value();
                if let DataRef::SharedString(s) = value
                    && out.text.saturating_add(s.len() as u64) > MAX_SHEET_TEXT
                {
                    return Err(too_much_text());
                }
                out.push(row, column, text_ref(value))?;
            }
        }
        Sheets::Ods(_) => {
            let range = workbook
                .worksheet_range(sheet)
                .map_err(|e| SheetError::Unreadable(e.to_string()))?;
            for (row, column, value) in range.used_cells() {
                let (row, column) = (row as u64, column as u64);
                let start = range.start().unwrap_or((0, 0));
                let row = (row + start.0 as u64).min(u32::MAX as u64) as u32;
                let column = (column + start.1 as u64).min(u32::MAX as u64) as u32;
                out.push(row, column, text(value))?;
            }
        }
        // Their readers lay out the whole grid at once: not read.
        Sheets::Xls(_) | Sheets::Xlsb(_) => {
            return Err(SheetError::Unreadable(
                "it is an Excel 97-2003 or binary (.xlsb) workbook".into(),
            ));
        }
    }
    let mut out = out.cells;
    out.sort_by_key(|&(row, column, _)| (row, column));
    Ok(out)
}

fn text_ref(value: &DataRef<'_>) -> String {
    match value {
        DataRef::SharedString(s) => s.to_string(),
        DataRef::String(s) => s.clone(),
        other => text(&Data::from(other.clone())),
    }
}

/// A cell as roster text: numbers without a needless `.0`, dates as `YYYY-MM-DD`.
pub fn text(value: &Data) -> String {
    match value {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => serial_date(dt.as_f64()),
        Data::DateTime(dt) => number(dt.as_f64()),
        Data::DateTimeIso(s) => s.split('T').next().unwrap_or(s).to_string(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

fn serial_date(serial: f64) -> String {
    let days = serial.floor();
    chrono::NaiveDate::from_ymd_opt(1899, 12, 30)
        .filter(|_| (0.0..3_000_000.0).contains(&days))
        .and_then(|d| d.checked_add_days(chrono::Days::new(days as u64)))
        .map_or_else(|| number(serial), |d| d.format("%Y-%m-%d").to_string())
}

/// Lays the cells out as text, one line per sheet row, and makes the records.
fn layout(shown: &str, sheet: &str, cells: Cells) -> (Arc<SourceFile>, Vec<Record>) {
    let first_column = cells.iter().map(|c| c.1).min().unwrap_or(0);
    let last_column = cells.iter().map(|c| c.1).max().unwrap_or(0);
    let width = (last_column - first_column + 1) as usize;
    let mut text = String::new();
    let mut line = 1usize;
    let mut rows = Vec::new();
    let mut records = Vec::new();
    let mut cells = cells.into_iter().peekable();
    while let Some(&(row, _, _)) = cells.peek() {
        let target_line = row as usize + 1;
        while line < target_line {
            text.push('\n');
            line += 1;
        }
        let mut values = vec![String::new(); width];
        while let Some((_, column, value)) = cells.next_if(|c| c.0 == row) {
            values[(column - first_column) as usize] = value;
        }
        let mut starts = Vec::with_capacity(width);
        let mut spans = Vec::with_capacity(width);
        for (k, value) in values.iter().enumerate() {
            if k > 0 {
                text.push_str(SEPARATOR);
            }
            let start = text.len();
            starts.push(start);
            // A line break inside a cell (Alt+Enter) is shown as a space.
            text.extend(
                value
                    .chars()
                    .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
            );
            spans.push(start..text.len());
        }
        rows.push((line, starts));
        records.push(Record {
            values: csv::StringRecord::from(values),
            start: spans.first().map_or(text.len(), |s| s.start),
            spans,
        });
    }
    text.push('\n');
    let grid = Grid {
        sheet: crate::text::clean::for_terminal(sheet).into_owned(),
        first_column: first_column as usize + 1,
        rows,
    };
    let file = Arc::new(SourceFile::new(shown, text).with_grid(grid));
    (file, records)
}

crate::texts! {
    pub(crate) REASON_UNPACKED = "reason-unpacked" {
        "its parts unpack to {size}, more than the limit of {limit}",
        "các phần của tệp khi giải nén có dung lượng {size}, vượt giới hạn {limit}",
    }
    pub(crate) REASON_UNCLOSED = "reason-unclosed" {
        "it is damaged: the element <{element}> is never closed where it should be",
        "tệp bị hỏng: phần tử <{element}> không được đóng đúng chỗ",
    }
    pub(crate) REASON_CELLS = "reason-cells" {
        "its sheet spans {cells} cells, more than the limit of {limit}",
        "trang tính trải trên {cells} ô, vượt giới hạn {limit} ô",
    }
    pub(crate) REASON_TEXT = "reason-text" {
        "its cells would expand to more than {limit} of text, the limit for a sheet (repeated spaces, cells and rows counted)",
        "nội dung các ô khi mở rộng sẽ vượt quá {limit} văn bản, giới hạn cho một trang tính (tính cả khoảng trắng, ô và dòng lặp lại)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(Grid::letters(1), "A");
        assert_eq!(Grid::letters(26), "Z");
        assert_eq!(Grid::letters(27), "AA");
        assert_eq!(Grid::letters(16384), "XFD");
    }

    #[test]
    fn numbers_and_dates_as_text() {
        assert_eq!(text(&Data::Float(2019.0)), "2019");
        assert_eq!(text(&Data::Float(1.5)), "1.5");
        assert_eq!(text(&Data::Int(7)), "7");
        assert_eq!(serial_date(43753.0), "2019-10-15");
        assert_eq!(
            text(&Data::DateTimeIso("2019-10-15T00:00:00".into())),
            "2019-10-15"
        );
    }

    #[test]
    fn sheet_names_ignore_case_and_accents() {
        assert!(same_sheet("DS Trường", "ds  truong"));
        assert!(!same_sheet("Sheet1", "Sheet2"));
    }

    #[test]
    fn not_a_workbook() {
        assert!(matches!(
            read(b"PK\x03\x04garbage".to_vec(), "r.xlsx", None),
            Err(SheetError::Unreadable(_))
        ));
    }
}
