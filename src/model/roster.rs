//! An area's school roster (danh sách trường) read from CSV, every cell with
//! its span so findings point at the row and column.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::load::tomlwalk::closest;
use crate::model::kind::Kind;
use crate::model::name::{self, NameKey};
use crate::msg;
use crate::rules;
use crate::text::encoding::{self, LegacyText};
use crate::text::source::{SourceFile, Span};

/// When a recognition was made: a year, or a full date when the roster knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Made {
    pub year: i32,
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub struct School {
    pub code: String,
    pub name: String,
    pub kind: Option<Kind>,
    pub school_type: Option<String>,
    pub founded: Option<i32>,
    pub accreditation_level: Option<u8>,
    pub accreditation_year: Option<Made>,
    pub standard_level: Option<u8>,
    pub standard_year: Option<Made>,
    pub note: Option<String>,
    /// Span of each cell, in header order.
    pub cells: Vec<Span>,
    pub key: NameKey,
}

impl School {
    /// The national-standard level held at the start of `year`: a recognition
    /// made in year Y is held from Y until its 5-year term ends during Y+5.
    /// Recognitions dated in or after `year` say nothing about its start.
    pub fn standard_held_at_start(&self, year: i32) -> Option<u8> {
        let made = self.standard_year?;
        (made.year < year && made.year + TERM_YEARS >= year)
            .then_some(self.standard_level)
            .flatten()
    }

    /// Whether the term of the recognition held at the start of `year` ends during it.
    pub fn standard_ends_in(&self, year: i32) -> bool {
        self.standard_year
            .is_some_and(|m| m.year + TERM_YEARS == year)
    }

    /// The name as the roster writes it, with the code: "Trường Mầm non Hoa Sen (TPLC-01)".
    pub fn label(&self) -> String {
        format!("{} ({})", self.name, self.code)
    }
}

/// Recognitions and accreditations last five years.
pub const TERM_YEARS: i32 = 5;

#[derive(Debug)]
pub struct Roster {
    pub file: Arc<SourceFile>,
    pub schools: Vec<School>,
    columns: HashMap<&'static str, usize>,
    /// The schools by code and name, built by the first plan that looks one up.
    pub index: std::sync::OnceLock<crate::model::matching::Maps>,
}

impl Roster {
    /// Span of a school's cell in `column`, or of its first cell when the roster has no such column.
    pub fn cell(&self, school: &School, column: &str) -> Span {
        self.columns
            .get(column)
            .and_then(|&i| school.cells.get(i))
            .or(school.cells.first())
            .cloned()
            .unwrap_or(0..0)
    }
}

pub const REQUIRED: &[&str] = &["code", "name", "kind"];
pub const COLUMNS: &[&str] = &[
    "code",
    "name",
    "kind",
    "type",
    "commune",
    "ownership",
    "founded",
    "accreditation_level",
    "accreditation_year",
    "standard_level",
    "standard_year",
    "note",
];

/// One row as read from a CSV file or a sheet: its cells' values and the
/// span of each cell in the file's text.
#[derive(Debug, Clone)]
pub struct Record {
    pub values: csv::StringRecord,
    pub spans: Vec<Span>,
}

impl Record {
    fn span(&self) -> Span {
        let start = self.spans.first().map_or(0, |s| s.start);
        let end = self.spans.last().map_or(start, |s| s.end.max(start));
        start..end
    }

    /// From the first cell to the last one holding something.
    fn filled_span(&self) -> Span {
        let start = self.spans.first().map_or(0, |s| s.start);
        let last = (0..self.values.len())
            .rev()
            .find(|&i| !self.values[i].trim().is_empty())
            .unwrap_or(self.spans.len().saturating_sub(1));
        let end = self.spans.get(last).map_or(start, |s| s.end.max(start));
        start..end
    }

    fn is_blank(&self) -> bool {
        self.values.iter().all(|v| v.trim().is_empty())
    }

    fn first_text(&self) -> Option<&str> {
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

/// Reads a CSV roster; `None` when it has no usable header.
pub fn load(file: &Arc<SourceFile>, sink: &mut Sink) -> Option<Roster> {
    let records = csv_records(file, sink);
    from_records(file, records, sink)
}

/// Every record of a CSV text, each cell with its span; a syntax error ends the file.
pub fn csv_records(file: &Arc<SourceFile>, sink: &mut Sink) -> Vec<Record> {
    let bom = if file.text.starts_with('\u{feff}') {
        3
    } else {
        0
    };
    let body = &file.text[bom..];
    let delimiter = delimiter(body);
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
                records.push(Record { values, spans });
            }
            Err(err) => {
                let at = bom + err.position().map_or(0, |p| p.byte() as usize);
                sink.push(
                    Diagnostic::new(&rules::CSV_SYNTAX, msg!(CSV_SYNTAX, detail = err))
                        .at(file, at..at),
                );
                break;
            }
        }
    }
    records
}

/// A header cell as compared: no accents, lower case, words joined by `_`.
fn header_key(raw: &str) -> String {
    let folded = name::fold(&raw.trim().trim_start_matches('\u{feff}').to_lowercase());
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

/// Vietnamese (and spaced) names of the columns, as [`header_key`] gives them.
const ALIASES: &[(&str, &[&str])] = &[
    (
        "code",
        &["ma", "ma_truong", "ma_so", "ma_don_vi", "ma_co_so"],
    ),
    (
        "name",
        &[
            "ten",
            "ten_truong",
            "ten_don_vi",
            "ten_co_so",
            "ten_co_so_giao_duc",
            "school",
        ],
    ),
    ("kind", &["loai_hinh", "cap_hoc", "loai_truong", "bac_hoc"]),
    ("type", &["phan_loai", "loai_hinh_truong", "mo_hinh"]),
    (
        "commune",
        &[
            "xa_phuong",
            "xa",
            "phuong",
            "phuong_xa",
            "xa_phuong_thi_tran",
            "dia_ban",
        ],
    ),
    (
        "ownership",
        &["cong_lap_tu_thuc", "loai_hinh_so_huu", "so_huu"],
    ),
    ("founded", &["nam_thanh_lap", "thanh_lap"]),
    (
        "accreditation_level",
        &[
            "cap_do",
            "cap_do_kiem_dinh",
            "muc_kiem_dinh",
            "kiem_dinh_cap_do",
        ],
    ),
    (
        "accreditation_year",
        &[
            "nam_kiem_dinh",
            "nam_dat_kiem_dinh",
            "nam_cong_nhan_kiem_dinh",
        ],
    ),
    (
        "standard_level",
        &[
            "muc_do",
            "muc_do_chuan",
            "muc_do_chuan_quoc_gia",
            "muc_chuan",
            "chuan_quoc_gia_muc_do",
            "cqg_muc_do",
        ],
    ),
    (
        "standard_year",
        &[
            "nam_cong_nhan",
            "nam_dat_chuan",
            "nam_cong_nhan_chuan_quoc_gia",
            "nam_cqg",
            "nam_chuan_quoc_gia",
        ],
    ),
    ("note", &["ghi_chu"]),
];

/// The column a header cell names, by name or Vietnamese alias.
fn column_of(key: &str) -> Option<&'static str> {
    COLUMNS.iter().copied().find(|c| *c == key).or_else(|| {
        ALIASES
            .iter()
            .find(|(_, aliases)| aliases.contains(&key))
            .map(|(c, _)| *c)
    })
}

fn columns_of(header: &Record) -> HashMap<&'static str, usize> {
    let mut columns = HashMap::new();
    for (i, raw) in header.values.iter().enumerate() {
        if let Some(known) = column_of(&header_key(raw)) {
            columns.entry(known).or_insert(i);
        }
    }
    columns
}

/// How many of the first rows may be a title above the header.
const TITLE_ROWS: usize = 10;

/// Words that open the signature or total block under a table.
const FOOTER: &[&str] = &[
    "tong cong",
    "tong so",
    "tong",
    "cong",
    "nguoi lap",
    "nguoi lap bieu",
    "hieu truong",
    "thu truong",
    "truong phong",
    "pho truong phong",
    "giam doc",
    "ky ten",
    "xac nhan",
    "t m",
    "tm",
    "noi nhan",
    "ke toan",
];

fn is_footer(text: &str) -> bool {
    let words: Vec<String> = name::fold(&text.to_lowercase())
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let starts = |phrase: &str| {
        let p: Vec<&str> = phrase.split(' ').collect();
        words.len() >= p.len() && words.iter().zip(&p).all(|(a, b)| a == b)
    };
    let dated = words.iter().any(|w| w == "ngay")
        && words.iter().any(|w| w == "thang")
        && words.iter().any(|w| w == "nam");
    dated || FOOTER.iter().any(|p| starts(p))
}

/// Whether a code is a number Excel turned into scientific notation
/// ("1,23E+11"), its digits lost.
pub fn is_scientific(code: &str) -> bool {
    let Some((mantissa, exponent)) = code.trim().split_once(['E', 'e']) else {
        return false;
    };
    let exponent = exponent.strip_prefix('+').unwrap_or(exponent);
    let mut parts = mantissa.splitn(2, [',', '.']);
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next().unwrap_or("0");
    !whole.is_empty()
        && [whole, fraction, exponent]
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Builds a roster from its records (CSV rows or sheet rows); `None` when it
/// has no usable header.
pub fn from_records(
    file: &Arc<SourceFile>,
    records: Vec<Record>,
    sink: &mut Sink,
) -> Option<Roster> {
    if records.iter().all(Record::is_blank) {
        sink.push(Diagnostic::new(&rules::ROSTER_MISSING_COLUMN, msg!(ROSTER_EMPTY)).in_file(file));
        return None;
    }
    // The header is the first row naming every required column; a title above it is skipped.
    let at = records
        .iter()
        .take(TITLE_ROWS)
        .position(|r| {
            // Cheap first: a header row has at least as many cells as required columns.
            r.values.len() >= REQUIRED.len() && {
                let c = columns_of(r);
                REQUIRED.iter().all(|k| c.contains_key(k))
            }
        })
        .unwrap_or_else(|| records.iter().position(|r| !r.is_blank()).unwrap_or(0));
    let header = &records[at];
    if at > 0 && records[..at].iter().any(|r| !r.is_blank()) {
        let first = records[..at]
            .iter()
            .find(|r| !r.is_blank())
            .unwrap_or(header);
        sink.push(
            Diagnostic::new(
                &rules::ROWS_SKIPPED,
                msg!(
                    ROWS_SKIPPED_TITLE,
                    count = records[..at].iter().filter(|r| !r.is_blank()).count()
                ),
            )
            .at(file, first.filled_span()),
        );
    }
    let keys: Vec<String> = header.values.iter().map(header_key).collect();
    let mut columns = HashMap::new();
    for (i, key) in keys.iter().enumerate() {
        if let Some(known) = column_of(key) {
            columns.entry(known).or_insert(i);
        }
    }
    for (i, (raw, key)) in header.values.iter().zip(&keys).enumerate() {
        if column_of(key).is_some() || key.is_empty() {
            continue;
        }
        if let Some(near) = closest(key, COLUMNS) {
            sink.push(
                Diagnostic::new(
                    &rules::UNKNOWN_COLUMN,
                    msg!(UNKNOWN_COLUMN, column = raw.trim()),
                )
                .at(file, header.spans[i].clone())
                .help(msg!(DID_YOU_MEAN, suggestion = near)),
            );
        }
    }
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|c| !columns.contains_key(c))
        .collect();
    if !missing.is_empty() {
        // A header typed in a legacy font names no column: say that, not "missing".
        if let Some((i, legacy)) = header
            .values
            .iter()
            .enumerate()
            .find_map(|(i, v)| encoding::legacy_font(v).map(|l| (i, l)))
        {
            sink.push(legacy_finding(
                file,
                header.spans[i].clone(),
                &header.values[i],
                &legacy,
                1,
            ));
            return None;
        }
        for column in missing {
            sink.push(
                Diagnostic::new(
                    &rules::ROSTER_MISSING_COLUMN,
                    msg!(MISSING_COLUMN, column = column),
                )
                .at(file, header.span())
                .help(msg!(REQUIRED_COLUMNS_HELP, columns = REQUIRED.join(","))),
            );
        }
        return None;
    }

    let mut roster = Roster {
        file: file.clone(),
        schools: Vec::with_capacity(records.len()),
        columns,
        index: std::sync::OnceLock::new(),
    };
    let mut first_row_of_code: HashMap<String, usize> = HashMap::new();
    let mut blank: Option<(Span, usize)> = None;
    let mut footer: Option<(Span, String, usize)> = None;
    let mut legacy: Option<(Span, String, LegacyText, usize)> = None;
    let code_col = roster.columns["code"];
    let kind_col = roster.columns["kind"];
    for record in &records[at + 1..] {
        let cell = |i: usize| record.values.get(i).map_or("", str::trim);
        if record.is_blank() {
            match &mut footer {
                Some((_, _, n)) => *n += 1,
                None => blank.get_or_insert((record.filled_span(), 0)).1 += 1,
            }
            continue;
        }
        if footer.is_some() && cell(code_col).is_empty() {
            if let Some(f) = footer.as_mut() {
                f.2 += 1;
            }
            continue;
        }
        // Codes are single words: a code cell with spaces or letters beyond
        // ASCII may be "Tổng cộng" written in the code column.
        let code = cell(code_col);
        let opens_footer = (code.is_empty() || code.contains(' ') || !code.is_ascii())
            && record.first_text().is_some_and(is_footer)
            && (code.is_empty() || is_footer(code))
            && Kind::parse(cell(kind_col)).is_none();
        if opens_footer {
            flush_footer(file, footer.take(), sink);
            let text = record.first_text().unwrap_or("").to_string();
            footer = Some((record.filled_span(), text, 1));
            continue;
        }
        flush_footer(file, footer.take(), sink);
        let header_code = header.values.get(code_col).map_or("", str::trim);
        if header.values.len() > 1 && code == header_code && columns_of(record) == roster.columns {
            sink.push(
                Diagnostic::new(&rules::ROWS_SKIPPED, msg!(ROWS_SKIPPED_HEADER))
                    .at(file, record.filled_span()),
            );
            continue;
        }
        let cells = &record.spans;
        if record.values.len() != header.values.len() {
            sink.push(
                Diagnostic::new(
                    &rules::CSV_SYNTAX,
                    msg!(
                        FIELD_COUNT,
                        found = record.values.len(),
                        expected = header.values.len()
                    ),
                )
                .at(file, record.span())
                .help(msg!(FIELD_COUNT_HELP)),
            );
            continue;
        }
        // A name in a legacy font is never taken for a school's name.
        if let Some(&i) = roster.columns.get("name")
            && let Some(found) = encoding::legacy_font(cell(i))
        {
            match &mut legacy {
                Some((_, _, _, n)) => *n += 1,
                None => legacy = Some((cells[i].clone(), cell(i).to_string(), found, 1)),
            }
            continue;
        }
        let mut row = RowReader {
            record: &record.values,
            cells,
            columns: &roster.columns,
            file,
            sink,
        };
        let Some(school) = row.school() else { continue };
        if is_scientific(&school.code) {
            // Kept by name; its code says nothing, so it is not compared with others.
            roster.schools.push(school);
            continue;
        }
        let code_key = school.code.to_uppercase();
        if let Some(&first) = first_row_of_code.get(&code_key) {
            let (line, _) = file.line_col(roster.schools[first].cells[0].start);
            sink.push(
                Diagnostic::new(
                    &rules::DUPLICATE_CODE,
                    msg!(DUPLICATE_CODE, code = school.code, first_line = line),
                )
                .at(file, roster.cell(&school, "code"))
                .school(school.name.clone()),
            );
            continue;
        }
        first_row_of_code.insert(code_key, roster.schools.len());
        roster.schools.push(school);
    }
    flush_footer(file, footer, sink);
    if let Some((span, count)) = blank {
        sink.push(
            Diagnostic::new(
                &rules::ROWS_SKIPPED,
                msg!(ROWS_SKIPPED_BLANK, count = count),
            )
            .at(file, span),
        );
    }
    if let Some((span, written, found, count)) = legacy {
        sink.push(legacy_finding(file, span, &written, &found, count));
    }
    Some(roster)
}

fn flush_footer(file: &Arc<SourceFile>, footer: Option<(Span, String, usize)>, sink: &mut Sink) {
    if let Some((span, text, count)) = footer {
        sink.push(
            Diagnostic::new(
                &rules::ROWS_SKIPPED,
                msg!(ROWS_SKIPPED_FOOTER, text = text, count = count),
            )
            .at(file, span),
        );
    }
}

fn legacy_finding(
    file: &Arc<SourceFile>,
    span: Span,
    written: &str,
    found: &LegacyText,
    count: usize,
) -> Diagnostic {
    Diagnostic::new(
        &rules::LEGACY_ENCODING,
        msg!(
            LEGACY_ENCODING,
            encoding = found.encoding.name(),
            count = count
        ),
    )
    .at(file, span)
    .label(msg!(LEGACY_ENCODING_LABEL, converted = found.converted))
    .help(msg!(
        LEGACY_ENCODING_HELP,
        written = written,
        encoding = found.encoding.name(),
        converted = found.converted
    ))
    .help(msg!(LEGACY_ENCODING_HOW, unikey = found.encoding.unikey()))
}

struct RowReader<'a> {
    record: &'a csv::StringRecord,
    cells: &'a [Span],
    columns: &'a HashMap<&'static str, usize>,
    file: &'a Arc<SourceFile>,
    sink: &'a mut Sink,
}

impl RowReader<'_> {
    fn text(&self, column: &str) -> Option<String> {
        let i = *self.columns.get(column)?;
        let value = self.record.get(i)?.trim();
        (!value.is_empty()).then(|| value.to_string())
    }

    fn span(&self, column: &str) -> Span {
        self.columns
            .get(column)
            .and_then(|&i| self.cells.get(i))
            .cloned()
            .unwrap_or(0..0)
    }

    fn invalid(&mut self, column: &str, value: &str, expected: Message) {
        let d = Diagnostic::new(
            &rules::ROSTER_INVALID_VALUE,
            msg!(
                ROSTER_INVALID,
                column = column,
                value = value,
                expected = expected.render()
            ),
        )
        .at(self.file, self.span(column));
        self.sink.push(d);
    }

    fn level(&mut self, column: &str, max: u8) -> Option<u8> {
        let text = self.text(column)?;
        match text.parse::<u8>() {
            Ok(n) if (1..=max).contains(&n) => Some(n),
            _ => {
                self.invalid(column, &text, msg!(EXPECT_LEVEL, max = max));
                None
            }
        }
    }

    fn year(&mut self, column: &str, dates: bool) -> Option<Made> {
        let text = self.text(column)?;
        let made = if dates {
            parse_date(&text).map(|d| Made {
                year: d.year(),
                date: Some(d),
            })
        } else {
            None
        };
        let made = made.or_else(|| {
            // A year column formatted as a number in a sheet reads "2019.0".
            let text = text.strip_suffix(".0").unwrap_or(&text);
            let year: i32 = text.parse().ok()?;
            (text.len() == 4 && (1900..=2200).contains(&year)).then_some(Made { year, date: None })
        });
        if made.is_none() {
            let expected = if dates {
                msg!(EXPECT_YEAR_OR_DATE)
            } else {
                msg!(EXPECT_YEAR)
            };
            self.invalid(column, &text, expected);
        }
        made
    }

    fn school(&mut self) -> Option<School> {
        let code = self.text("code");
        let name = self.text("name");
        for (column, value) in [("code", &code), ("name", &name)] {
            if value.is_none() {
                self.invalid(column, "", msg!(EXPECT_VALUE));
            }
        }
        if let Some(code) = code.as_deref().filter(|c| is_scientific(c)) {
            let d = Diagnostic::new(&rules::CODE_SCIENTIFIC, msg!(CODE_SCIENTIFIC, code = code))
                .at(self.file, self.span("code"))
                .help(msg!(CODE_SCIENTIFIC_HELP));
            self.sink.push(d);
        }
        let kind_text = self.text("kind").unwrap_or_default();
        let kind = Kind::parse(&kind_text);
        if kind.is_none() {
            self.invalid("kind", &kind_text, msg!(EXPECT_KIND));
        }
        let founded = self.year("founded", false).map(|m| m.year);
        let accreditation_level = self.level("accreditation_level", 4);
        let accreditation_year = self.year("accreditation_year", true);
        let standard_level = self.level("standard_level", 2);
        let standard_year = self.year("standard_year", true);
        for (level, year, level_col, year_col) in [
            (
                accreditation_level.is_some(),
                accreditation_year.is_some(),
                "accreditation_level",
                "accreditation_year",
            ),
            (
                standard_level.is_some(),
                standard_year.is_some(),
                "standard_level",
                "standard_year",
            ),
        ] {
            if level && !year && self.text(year_col).is_none() {
                let d = Diagnostic::new(
                    &rules::ROSTER_INVALID_VALUE,
                    msg!(LEVEL_WITHOUT_YEAR, level = level_col, year = year_col),
                )
                .at(self.file, self.span(level_col));
                self.sink.push(d);
            }
        }
        let (code, name) = (code?, name?);
        let mut key = name::key(&name);
        if key.kind.is_none() {
            key.kind = kind.clone();
        }
        Some(School {
            code,
            kind,
            school_type: self.text("type"),
            founded,
            accreditation_level,
            accreditation_year,
            standard_level,
            standard_year,
            note: self.text("note"),
            cells: self.cells.to_vec(),
            key,
            name,
        })
    }
}

/// A recognition date as rosters write it: `2019-10-15`, `15/10/2019`
/// (day first, as in Vietnam), or an Excel date serial (`43753`).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    // Dates far outside the circulars' era are typing slips (and would overflow date arithmetic).
    parse_any_date(text.trim()).filter(|d| (1900..=2200).contains(&d.year()))
}

fn parse_any_date(text: &str) -> Option<NaiveDate> {
    if let Ok(d) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(d);
    }
    if let Ok(d) = NaiveDate::parse_from_str(text, "%d/%m/%Y") {
        return Some(d);
    }
    let serial: f64 = text.parse().ok()?;
    // Serials of 1955–2100; Excel counts days from 1899-12-30.
    if (20_000.0..=73_415.0).contains(&serial) && serial.fract() == 0.0 {
        NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(chrono::Days::new(serial as u64))
    } else {
        None
    }
}

/// Byte spans of the first `count` fields of the CSV record starting at
/// `start`. The csv crate gives field contents without their place in the
/// file, so the raw text is scanned again, honouring quotes.
pub(crate) fn cell_spans(text: &str, start: usize, count: usize, delimiter: u8) -> Vec<Span> {
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

crate::texts! {
    pub(crate) DID_YOU_MEAN = "did-you-mean" {
        "did you mean `{suggestion}`?",
        "có phải là `{suggestion}`?",
    }
    pub(crate) CSV_SYNTAX = "csv-syntax" {
        "this roster is not valid CSV: {detail}",
        "danh sách trường này không đúng định dạng CSV: {detail}",
    }
    pub(crate) ROSTER_EMPTY = "roster-empty" {
        "this roster is empty: it needs a header row (code,name,kind,…) and one row per school",
        "danh sách trường này trống: cần một dòng tiêu đề (code,name,kind,…) và mỗi trường một dòng",
    }
    pub(crate) UNKNOWN_COLUMN = "unknown-column" {
        "the column `{column}` is not one kdcl reads; its values are ignored",
        "kdcl không đọc cột `{column}`; các giá trị của cột này được bỏ qua",
    }
    pub(crate) MISSING_COLUMN = "missing-column" {
        "the roster has no `{column}` column",
        "danh sách trường không có cột `{column}`",
    }
    pub(crate) REQUIRED_COLUMNS_HELP = "required-columns-help" {
        "the header row must include {columns}",
        "dòng tiêu đề phải có {columns}",
    }
    pub(crate) FIELD_COUNT = "field-count" {
        "this row has {found} {found:field/fields} but the header has {expected}",
        "dòng này có {found} ô nhưng dòng tiêu đề có {expected} ô",
    }
    pub(crate) FIELD_COUNT_HELP = "field-count-help" {
        "a name containing a comma must be in double quotes: \"Trường Mầm non Hoa Sen, phường Tân Phong\"",
        "tên có dấu phẩy phải đặt trong dấu ngoặc kép: \"Trường Mầm non Hoa Sen, phường Tân Phong\"",
    }
    pub(crate) DUPLICATE_CODE = "duplicate-code" {
        "the code {code} is already used on line {first_line}",
        "mã {code} đã được dùng ở dòng {first_line}",
    }
    pub(crate) ROSTER_INVALID = "roster-invalid" {
        "`{column}` is \"{value}\", but it must be {expected}",
        "`{column}` là \"{value}\", nhưng phải là {expected}",
    }
    pub(crate) EXPECT_LEVEL = "expect-level" {
        "a level from 1 to {max}",
        "một số từ 1 đến {max}",
    }
    pub(crate) EXPECT_YEAR_OR_DATE = "expect-year-or-date" {
        "a year (2019) or a date (2019-10-15 or 15/10/2019)",
        "một năm (2019) hoặc một ngày (2019-10-15 hoặc 15/10/2019)",
    }
    pub(crate) EXPECT_YEAR = "expect-year" {
        "a year such as 1998",
        "một năm, ví dụ 1998",
    }
    pub(crate) EXPECT_VALUE = "expect-value" {
        "a value; it must not be empty",
        "một giá trị; ô này không được để trống",
    }
    pub(crate) EXPECT_KIND = "expect-kind" {
        "MN, MG, NT, TH, THCS, THPT or a multi-level type such as TH-THCS",
        "MN, MG, NT, TH, THCS, THPT hoặc loại trường có nhiều cấp học như TH-THCS",
    }
    pub(crate) LEVEL_WITHOUT_YEAR = "level-without-year" {
        "`{level}` is set but `{year}` is empty: the year is needed to know when the 5-year term ends",
        "`{level}` có giá trị nhưng `{year}` để trống: cần năm công nhận để biết khi nào hết thời hạn 5 năm",
    }
    pub(crate) LEGACY_ENCODING = "legacy-encoding" {
        "this roster text is typed in the legacy {encoding} font encoding, not Unicode ({count} {count:row/rows}, first here); {count:it was/they were} not read as {count:a school/schools}",
        "danh sách trường này được gõ bằng bảng mã cũ {encoding}, không phải Unicode ({count} dòng, dòng đầu tiên tại đây); các dòng này không được đọc là trường",
    }
    pub(crate) LEGACY_ENCODING_LABEL = "legacy-encoding-label" {
        "reads \"{converted}\"",
        "đọc là \"{converted}\"",
    }
    pub(crate) LEGACY_ENCODING_HELP = "legacy-encoding-help" {
        "\"{written}\" in {encoding} is \"{converted}\" in Unicode",
        "\"{written}\" ở bảng mã {encoding} là \"{converted}\" ở Unicode",
    }
    pub(crate) LEGACY_ENCODING_HOW = "legacy-encoding-how" {
        "convert it with Unikey's Công cụ chuyển mã (source {unikey}, destination Unicode) and save as CSV UTF-8",
        "chuyển mã bằng Công cụ chuyển mã của Unikey (nguồn {unikey}, đích Unicode) rồi lưu thành CSV UTF-8",
    }
    pub(crate) ROWS_SKIPPED_TITLE = "rows-skipped-title" {
        "{count} {count:row/rows} above the header {count:was/were} skipped as a title, not read as schools",
        "đã bỏ qua {count} dòng tiêu đề phía trên dòng tên cột, không đọc là trường",
    }
    pub(crate) ROWS_SKIPPED_HEADER = "rows-skipped-header" {
        "this row repeats the header and was skipped",
        "dòng này lặp lại dòng tên cột nên được bỏ qua",
    }
    pub(crate) ROWS_SKIPPED_BLANK = "rows-skipped-blank" {
        "{count} blank {count:row was/rows were} skipped (the first is here)",
        "đã bỏ qua {count} dòng trống (dòng đầu tiên tại đây)",
    }
    pub(crate) ROWS_SKIPPED_FOOTER = "rows-skipped-footer" {
        "the total or signature block starting here (\"{text}\", {count} {count:row/rows}) was skipped, not read as schools",
        "đã bỏ qua phần tổng cộng hoặc chữ ký bắt đầu từ đây (\"{text}\", {count} dòng), không đọc là trường",
    }
    pub(crate) CODE_SCIENTIFIC = "code-scientific" {
        "the code {code} is a number Excel wrote in scientific notation: its digits are lost",
        "mã {code} đã bị Excel chuyển thành số dạng khoa học: các chữ số đã mất",
    }
    pub(crate) CODE_SCIENTIFIC_HELP = "code-scientific-help" {
        "in Excel format the code column as Text, type the codes again and save as CSV UTF-8 (or keep the roster as .xlsx); the school is still matched by name",
        "trong Excel, định dạng cột mã là Văn bản (Text), nhập lại mã rồi lưu thành CSV UTF-8 (hoặc giữ danh sách ở dạng .xlsx); trường vẫn được nhận theo tên",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_spans_follow_quotes() {
        let text = "a,\"b, \"\"c\"\"\",d\r\nx";
        let spans = cell_spans(text, 0, 3, b',');
        assert_eq!(&text[spans[0].clone()], "a");
        assert_eq!(&text[spans[1].clone()], "\"b, \"\"c\"\"\"");
        assert_eq!(&text[spans[2].clone()], "d");
    }

    #[test]
    fn recognition_held_until_its_term_ends() {
        let file = Arc::new(SourceFile::new(
            "r.csv",
            "code,name,kind,standard_level,standard_year\nA,MN A,MN,1,2019\n",
        ));
        let mut sink = Vec::new();
        let roster = load(&file, &mut sink).unwrap();
        assert!(sink.is_empty());
        let a = &roster.schools[0];
        assert_eq!(a.standard_held_at_start(2019), None);
        assert_eq!(a.standard_held_at_start(2020), Some(1));
        assert_eq!(a.standard_held_at_start(2024), Some(1));
        assert!(a.standard_ends_in(2024));
        assert_eq!(a.standard_held_at_start(2025), None);
    }
}

#[cfg(test)]
mod date_tests {
    use super::*;

    #[test]
    fn dates_far_from_the_circulars_era_are_refused() {
        let file = Arc::new(SourceFile::new(
            "r.csv",
            "code,name,kind,standard_level,standard_year\nA,MN A,MN,1,99999-01-01\nB,MN B,MN,1,2019-10-15\n",
        ));
        let mut sink = Vec::new();
        let roster = load(&file, &mut sink).unwrap();
        assert_eq!(sink.len(), 1, "the bad date, reported once");
        assert_eq!(sink[0].rule.code, "KD306");
        assert_eq!(
            roster.schools[1].standard_year.unwrap().date,
            NaiveDate::from_ymd_opt(2019, 10, 15)
        );
    }
}
