//! An area's school roster (danh sách trường) read from CSV, every cell with
//! its span so findings point at the row and column.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use crate::diagnostic::{Diagnostic, Message, Sink};
use crate::kind::Kind;
use crate::msg;
use crate::name::{self, NameKey};
use crate::rules;
use crate::source::{SourceFile, Span};
use crate::tomlwalk::closest;

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

/// Reads a roster; `None` when it has no usable header.
pub fn load(file: &Arc<SourceFile>, sink: &mut Sink) -> Option<Roster> {
    let bom = if file.text.starts_with('\u{feff}') {
        3
    } else {
        0
    };
    let body = &file.text[bom..];
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes());

    let mut records = Vec::new();
    for result in reader.records() {
        match result {
            Ok(record) => {
                let mut start = bom + record.position().map_or(0, |p| p.byte() as usize);
                // With CRLF the csv crate counts the record from the previous line's '\n'.
                while matches!(file.text.as_bytes().get(start), Some(b'\r' | b'\n')) {
                    start += 1;
                }
                records.push((start, record));
            }
            Err(err) => {
                let at = bom + err.position().map_or(0, |p| p.byte() as usize);
                sink.push(
                    Diagnostic::new(&rules::CSV_SYNTAX, msg!("csv-syntax", detail = err))
                        .at(file, at..at),
                );
                break;
            }
        }
    }
    let Some((header_start, header)) = records.first() else {
        sink.push(
            Diagnostic::new(&rules::ROSTER_MISSING_COLUMN, msg!("roster-empty")).in_file(file),
        );
        return None;
    };
    let header_spans = cell_spans(&file.text, *header_start, header.len());
    let mut columns = HashMap::new();
    for (i, raw) in header.iter().enumerate() {
        let col = raw.trim().trim_start_matches('\u{feff}').to_lowercase();
        if let Some(known) = COLUMNS.iter().find(|c| **c == col) {
            columns.entry(*known).or_insert(i);
        } else if let Some(near) = closest(&col, COLUMNS) {
            sink.push(
                Diagnostic::new(
                    &rules::UNKNOWN_COLUMN,
                    msg!("unknown-column", column = raw.trim()),
                )
                .at(file, header_spans[i].clone())
                .help(msg!("did-you-mean", suggestion = near)),
            );
        }
    }
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|c| !columns.contains_key(c))
        .collect();
    if !missing.is_empty() {
        let line_end = file.text[*header_start..]
            .find(['\r', '\n'])
            .map_or(file.text.len(), |e| header_start + e);
        for column in missing {
            sink.push(
                Diagnostic::new(
                    &rules::ROSTER_MISSING_COLUMN,
                    msg!("missing-column", column = column),
                )
                .at(file, *header_start..line_end)
                .help(msg!("required-columns-help", columns = REQUIRED.join(","))),
            );
        }
        return None;
    }

    let mut roster = Roster {
        file: file.clone(),
        schools: Vec::new(),
        columns,
    };
    let mut first_row_of_code: HashMap<String, usize> = HashMap::new();
    for (start, record) in &records[1..] {
        let cells = cell_spans(&file.text, *start, record.len());
        if record.len() != header.len() {
            let end = cells.last().map_or(*start, |c| c.end);
            sink.push(
                Diagnostic::new(
                    &rules::CSV_SYNTAX,
                    msg!("field-count", found = record.len(), expected = header.len()),
                )
                .at(file, *start..end)
                .help(msg!("field-count-help")),
            );
            continue;
        }
        let mut row = RowReader {
            record,
            cells: &cells,
            columns: &roster.columns,
            file,
            sink,
        };
        let Some(school) = row.school() else { continue };
        let code_key = school.code.to_uppercase();
        if let Some(&first) = first_row_of_code.get(&code_key) {
            let (line, _) = file.line_col(roster.schools[first].cells[0].start);
            sink.push(
                Diagnostic::new(
                    &rules::DUPLICATE_CODE,
                    msg!("duplicate-code", code = school.code, first_line = line),
                )
                .at(file, roster.cell(&school, "code"))
                .school(school.name.clone()),
            );
            continue;
        }
        first_row_of_code.insert(code_key, roster.schools.len());
        roster.schools.push(school);
    }
    Some(roster)
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
                "roster-invalid",
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
                self.invalid(column, &text, msg!("expect-level", max = max));
                None
            }
        }
    }

    fn year(&mut self, column: &str, dates: bool) -> Option<Made> {
        let text = self.text(column)?;
        let made = if dates {
            NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                .ok()
                // Dates far outside the circulars' era are typing slips (and would overflow date arithmetic).
                .filter(|d| (1900..=2200).contains(&d.year()))
                .map(|d| Made {
                    year: d.year(),
                    date: Some(d),
                })
        } else {
            None
        };
        let made = made.or_else(|| {
            let year: i32 = text.parse().ok()?;
            (text.len() == 4 && (1900..=2200).contains(&year)).then_some(Made { year, date: None })
        });
        if made.is_none() {
            let expected = if dates {
                msg!("expect-year-or-date")
            } else {
                msg!("expect-year")
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
                self.invalid(column, "", msg!("expect-value"));
            }
        }
        let kind_text = self.text("kind").unwrap_or_default();
        let kind = Kind::parse(&kind_text);
        if kind.is_none() {
            self.invalid("kind", &kind_text, msg!("expect-kind"));
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
                    msg!("level-without-year", level = level_col, year = year_col),
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

/// Byte spans of the first `count` fields of the CSV record starting at
/// `start`. The csv crate gives field contents without their place in the
/// file, so the raw text is scanned again, honouring quotes.
pub(crate) fn cell_spans(text: &str, start: usize, count: usize) -> Vec<Span> {
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
        while pos < bytes.len() && !matches!(bytes[pos], b',' | b'\n' | b'\r') {
            pos += 1;
        }
        spans.push(begin..pos);
        if bytes.get(pos) == Some(&b',') {
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

    #[test]
    fn cell_spans_follow_quotes() {
        let text = "a,\"b, \"\"c\"\"\",d\r\nx";
        let spans = cell_spans(text, 0, 3);
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
