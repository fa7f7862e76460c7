//! Excel workbooks (rust_xlsxwriter): each report as sheets of typed cells.
//! Numbers are numbers, a share is a formula over the counts of its row
//! (with its value cached for readers without a calculation engine), the
//! header row is bold, frozen and filtered, columns are sized to their text.
//! Text from plans stays text: a name that starts with `=` is a string cell,
//! never a formula, and characters a terminal or XML would act on are
//! replaced as in every other format.

mod check;
mod diff;
mod due;
pub(crate) mod summary;

pub use check::check;
pub use diff::diff;
pub use due::due;
pub use summary::{period, summary};

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Formula, Workbook, Worksheet};

/// One cell of a sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    /// A share in percent of two cells of the same row (columns `of` / `among`),
    /// written as their quotient by a formula; `value` is the cached fraction.
    Share {
        of: u16,
        among: u16,
        value: f64,
    },
    /// A share without the counts beside it (a fraction, shown in percent).
    Fraction(f64),
    Empty,
}

impl Value {
    pub fn text(text: impl Into<String>) -> Value {
        Value::Text(text.into())
    }

    /// A count, or an empty cell when it is unknown.
    pub fn count(n: Option<i64>) -> Value {
        n.map_or(Value::Empty, |n| Value::Number(n as f64))
    }

    /// Text, or an empty cell.
    pub fn maybe(text: Option<&str>) -> Value {
        text.map_or(Value::Empty, Value::text)
    }
}

/// One table on its own sheet; `header` is its first row.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Sheet {
    pub fn new(name: impl Into<String>, header: Vec<String>) -> Sheet {
        Sheet {
            name: name.into(),
            header,
            rows: Vec::new(),
        }
    }
}

/// Excel refuses sheet names longer than 31 characters, with any of
/// `[]:*?/\`, starting or ending with `'`, or equal to another's up to case.
const SHEET_NAME_MAX: usize = 31;

/// `wanted` as a sheet name Excel accepts, unlike every name in `taken`.
pub fn sheet_name(wanted: &str, taken: &[String]) -> String {
    let cleaned: String = crate::text::clean::for_terminal(wanted)
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' | '\u{fffd}' => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let base = cleaned.trim_matches(|c: char| c == '\'' || c.is_whitespace());
    let base = if base.is_empty() { "-" } else { base };
    let clash = |name: &str| {
        taken
            .iter()
            .any(|t| t.to_lowercase() == name.to_lowercase())
    };
    let mut n = 1;
    loop {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!(" ({n})")
        };
        let room = SHEET_NAME_MAX - suffix.chars().count();
        let stem: String = base.chars().take(room).collect();
        let name = format!("{}{suffix}", stem.trim_end_matches('\''));
        if !clash(&name) {
            return name;
        }
        n += 1;
    }
}

/// The longest text a cell holds (Excel's limit).
const CELL_MAX: usize = 32_767;

/// Plan text as a cell holds it: no character a terminal acts on, only
/// characters XML allows, within Excel's length.
fn cell_text(text: &str) -> String {
    let clean = crate::text::clean::for_terminal(text);
    let xml = crate::text::clean::for_xml(&clean);
    xml.chars().take(CELL_MAX).collect()
}

/// A column's width in Excel's units (characters), from its longest line.
fn width(sheet: &Sheet, column: usize) -> f64 {
    let longest = |t: &str| t.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    let header = sheet.header.get(column).map_or(0, |h| longest(h));
    let cells = sheet
        .rows
        .iter()
        .filter_map(|r| r.get(column))
        .map(|v| match v {
            Value::Text(t) => longest(t),
            Value::Number(n) => n.to_string().len(),
            Value::Share { .. } | Value::Fraction(_) => 6,
            Value::Empty => 0,
        })
        .max()
        .unwrap_or(0);
    // The filter button takes about two characters of the header.
    (header + 3).max(cells + 1).clamp(6, 60) as f64
}

/// "C" for column 2: the letters of a zero-based column.
fn column_letters(mut column: u16) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push((b'A' + (column % 26) as u8) as char);
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    letters.iter().rev().collect()
}

/// The workbook's bytes; `made` is its creation date (so that the same
/// input gives the same file).
pub fn write(sheets: &[Sheet], made: chrono::NaiveDate) -> Result<Vec<u8>, String> {
    use chrono::Datelike;
    let mut book = Workbook::new();
    let date = ExcelDateTime::from_ymd(made.year() as u16, made.month() as u8, made.day() as u8)
        .map_err(|e| e.to_string())?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&date));
    let mut taken: Vec<String> = Vec::new();
    for sheet in sheets {
        let name = sheet_name(&sheet.name, &taken);
        let page = book.add_worksheet();
        page.set_name(name.as_str()).map_err(|e| e.to_string())?;
        taken.push(name);
        fill(page, sheet).map_err(|e| e.to_string())?;
    }
    book.save_to_buffer().map_err(|e| e.to_string())
}

fn fill(page: &mut Worksheet, sheet: &Sheet) -> Result<(), rust_xlsxwriter::XlsxError> {
    let bold = Format::new().set_bold().set_text_wrap();
    let percent = Format::new().set_num_format("0.0%");
    let wrap = Format::new().set_text_wrap();
    for (c, head) in sheet.header.iter().enumerate() {
        page.write_string_with_format(0, c as u16, cell_text(head), &bold)?;
        page.set_column_width(c as u16, width(sheet, c))?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, value) in row.iter().enumerate() {
            let c = c as u16;
            match value {
                Value::Text(t) if t.contains('\n') => {
                    page.write_string_with_format(r, c, cell_text(t), &wrap)?;
                }
                Value::Text(t) => {
                    page.write_string(r, c, cell_text(t))?;
                }
                Value::Number(n) => {
                    page.write_number(r, c, *n)?;
                }
                Value::Share { of, among, value } => {
                    let (of, among, row) = (column_letters(*of), column_letters(*among), r + 1);
                    let formula =
                        Formula::new(format!("=IF({among}{row}=0,\"\",{of}{row}/{among}{row})"))
                            .set_result(value.to_string());
                    page.write_formula_with_format(r, c, formula, &percent)?;
                }
                Value::Fraction(f) => {
                    page.write_number_with_format(r, c, *f, &percent)?;
                }
                Value::Empty => {}
            }
        }
    }
    page.set_freeze_panes(1, 0)?;
    if let Some(last) = sheet.header.len().checked_sub(1) {
        page.autofilter(0, 0, sheet.rows.len() as u32, last as u16)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_short_clean_and_unique() {
        let mut taken = Vec::new();
        let long = "thị trấn Nông trường Mộc Châu [Sơn La]: 2026/2030?";
        let first = sheet_name(long, &taken);
        assert!(first.chars().count() <= 31, "{first}");
        assert!(
            !first.contains(['[', ']', ':', '*', '?', '/', '\\']),
            "{first}"
        );
        taken.push(first.clone());
        let second = sheet_name(long, &taken);
        assert_ne!(first.to_lowercase(), second.to_lowercase());
        assert!(second.chars().count() <= 31, "{second}");
        assert!(second.ends_with(" (2)"), "{second}");
        assert_eq!(sheet_name("'quoted'", &[]), "quoted");
        assert_eq!(sheet_name("", &[]), "-");
        assert_eq!(sheet_name("XÃ A", &["xã a".into()]), "XÃ A (2)");
    }

    #[test]
    fn column_letters_count_as_excel_does() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn cells_hold_no_escape_and_no_more_than_excel_allows() {
        assert_eq!(
            cell_text("a\u{1b}[31mb\u{202e}c"),
            "a\u{fffd}[31mb\u{fffd}c"
        );
        assert_eq!(cell_text(&"x".repeat(40_000)).len(), CELL_MAX);
        assert_eq!(cell_text("=1+1"), "=1+1");
    }
}
