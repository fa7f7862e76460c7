//! One roster row read into a school: each cell checked, each problem a
//! finding on that cell.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::model::kind::Kind;
use crate::model::name;
use crate::model::roster::*;
use crate::msg;
use crate::rules;
use crate::rules::roster::code_scientific_notation;
use crate::rules::roster::roster_invalid_value::{
    ACCREDITATION_COLUMN_HELP, EXPECT_KIND, EXPECT_LEVEL, EXPECT_VALUE, EXPECT_YEAR,
    EXPECT_YEAR_OR_DATE, LEVEL_WITHOUT_YEAR, ROSTER_INVALID, STANDARD_LEVEL_IS_ACCREDITATION,
};
use crate::text::source::{SourceFile, Span};

/// Where each column kdcl reads is in a roster's rows, found once per
/// roster, and its header as the file writes it ("Mức độ"): in [`COLUMNS`]
/// order.
pub(super) struct Columns(Vec<Option<(usize, String)>>);

impl Columns {
    pub(super) fn of(columns: &HashMap<&'static str, usize>, header: &csv::StringRecord) -> Self {
        Columns(
            COLUMNS
                .iter()
                .map(|c| {
                    let i = *columns.get(c)?;
                    let written = header
                        .get(i)
                        .map(|h| h.trim().trim_start_matches('\u{feff}').trim())
                        .filter(|h| !h.is_empty())
                        .unwrap_or(c);
                    let written = crate::text::clean::for_terminal(written).into_owned();
                    Some((i, written))
                })
                .collect(),
        )
    }

    fn at(&self, column: &str) -> Option<&(usize, String)> {
        let at = COLUMNS.iter().position(|c| *c == column)?;
        self.0[at].as_ref()
    }

    fn get(&self, column: &str) -> Option<usize> {
        self.at(column).map(|(i, _)| *i)
    }

    /// The column's header as the file writes it, else kdcl's name for it.
    fn written(&self, column: &str) -> String {
        self.at(column)
            .map_or_else(|| column.to_string(), |(_, w)| w.clone())
    }
}

pub(super) struct RowReader<'a> {
    pub(super) record: &'a csv::StringRecord,
    pub(super) cells: &'a [Span],
    pub(super) columns: &'a Columns,
    pub(super) file: &'a Arc<SourceFile>,
    pub(super) sink: &'a mut Sink,
}

impl RowReader<'_> {
    /// The cell of `column`, trimmed, when it holds something.
    fn cell(&self, column: &str) -> Option<&str> {
        let i = self.columns.get(column)?;
        let value = self.record.get(i)?.trim();
        (!value.is_empty()).then_some(value)
    }

    /// The cell of `column` as kept and shown: characters a terminal would
    /// obey are shown as �, in every report.
    fn text(&self, column: &str) -> Option<String> {
        self.cell(column)
            .map(|value| crate::text::clean::for_terminal(value).into_owned())
    }

    fn span(&self, column: &str) -> Span {
        self.columns
            .get(column)
            .and_then(|i| self.cells.get(i))
            .cloned()
            .unwrap_or(0..0)
    }

    fn invalid(&mut self, column: &str, value: &str, expected: Message) {
        let d = Diagnostic::new(
            &rules::ROSTER_INVALID_VALUE,
            msg!(
                ROSTER_INVALID,
                column = self.columns.written(column),
                value = value,
                expected = expected.render()
            ),
        )
        .at(self.file, self.span(column));
        self.sink.push(d);
    }

    fn level(&mut self, column: &str, max: u8) -> Option<u8> {
        let text = self.cell(column)?;
        match parse_level(text) {
            Some(n) if (1..=max).contains(&n) => Some(n),
            Some(n @ 3..=4) if column == "standard_level" => {
                // An accreditation level (cấp độ) in the national-standard column.
                let d = Diagnostic::new(
                    &rules::ROSTER_INVALID_VALUE,
                    msg!(
                        STANDARD_LEVEL_IS_ACCREDITATION,
                        column = self.columns.written(column),
                        value = crate::text::clean::for_terminal(text),
                        level = n
                    ),
                )
                .at(self.file, self.span(column))
                .help(msg!(
                    ACCREDITATION_COLUMN_HELP,
                    level = n,
                    column = self.columns.written("accreditation_level")
                ));
                self.sink.push(d);
                None
            }
            _ => {
                let text = crate::text::clean::for_terminal(text).into_owned();
                self.invalid(column, &text, msg!(EXPECT_LEVEL, max = max));
                None
            }
        }
    }

    fn year(&mut self, column: &str, dates: bool) -> Option<Made> {
        let text = self.cell(column)?;
        // Four digits are never a date (nor a serial of the dates read): a year.
        let plain_year = text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit());
        let made = if dates && !plain_year {
            parse_date(text).map(|d| Made {
                year: d.year(),
                date: Some(d),
            })
        } else {
            None
        };
        let made = made.or_else(|| {
            // A year column formatted as a number in a sheet reads "2019.0".
            let text = text.strip_suffix(".0").unwrap_or(text);
            let year: i32 = text.parse().ok()?;
            (text.len() == 4 && (1900..=2200).contains(&year)).then_some(Made { year, date: None })
        });
        if made.is_none() {
            let text = crate::text::clean::for_terminal(text).into_owned();
            let expected = if dates {
                msg!(EXPECT_YEAR_OR_DATE)
            } else {
                msg!(EXPECT_YEAR)
            };
            self.invalid(column, &text, expected);
        }
        made
    }

    pub(super) fn school(&mut self) -> Option<School> {
        let code = self.text("code");
        let name = self.text("name");
        for (column, value) in [("code", &code), ("name", &name)] {
            if value.is_none() {
                self.invalid(column, "", msg!(EXPECT_VALUE));
            }
        }
        if let Some(code) = code.as_deref().filter(|c| is_scientific(c)) {
            let d = Diagnostic::new(
                &rules::CODE_SCIENTIFIC,
                msg!(code_scientific_notation::MESSAGE, code = code),
            )
            .at(self.file, self.span("code"))
            .help(msg!(code_scientific_notation::HELP));
            self.sink.push(d);
        }
        let kind_text = self.cell("kind").unwrap_or_default();
        let kind = Kind::parse(kind_text);
        if kind.is_none() {
            let kind_text = crate::text::clean::for_terminal(kind_text).into_owned();
            self.invalid("kind", &kind_text, msg!(EXPECT_KIND));
        }
        let founded = self.year("founded", false).map(|m| m.year);
        let accreditation_level = self.level("accreditation_level", 4);
        let accreditation_year = self.year("accreditation_year", true);
        let standard_level = self.level("standard_level", 2);
        let standard_level_misplaced = self
            .cell("standard_level")
            .and_then(parse_level)
            .filter(|n| (3..=4).contains(n));
        let standard_year = self.year("standard_year", true);
        // A cell written but unread: later findings must not take it for empty.
        let unreadable = [
            ("standard_level", standard_level.is_none()),
            ("standard_year", standard_year.is_none()),
        ]
        .into_iter()
        .filter(|(column, unread)| *unread && self.cell(column).is_some())
        .map(|(column, _)| {
            let line = self.file.line_col(self.span(column).start).0;
            (self.columns.written(column), line)
        })
        .collect();
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
            if level && !year && self.cell(year_col).is_none() {
                let d = Diagnostic::new(
                    &rules::ROSTER_INVALID_VALUE,
                    msg!(
                        LEVEL_WITHOUT_YEAR,
                        level = self.columns.written(level_col),
                        year = self.columns.written(year_col)
                    ),
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
            unreadable,
            standard_level_misplaced,
            note: self.text("note"),
            cells: self.cells.to_vec(),
            key,
            name,
        })
    }
}

/// A level as people write it in a level column: "2", "2,0" or "2.0" (a
/// number cell), "Mức độ 2", "mức 2", "Cấp độ 3", "cấp 3", or in Roman
/// numerals ("II"), as documents number levels.
pub fn parse_level(text: &str) -> Option<u8> {
    let lower = text.trim().to_lowercase();
    let folded = crate::text::words::fold(&lower);
    let mut rest = folded.as_str();
    for word in ["muc do", "cap do", "muc", "cap", "level"] {
        if let Some(after) = rest.strip_prefix(word) {
            rest = after.trim_start();
            break;
        }
    }
    let rest = rest.trim();
    let number = rest
        .strip_suffix(",0")
        .or_else(|| rest.strip_suffix(".0"))
        .unwrap_or(rest);
    if let Ok(n) = number.parse::<u8>() {
        return Some(n);
    }
    Some(match rest {
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        _ => return None,
    })
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

#[cfg(test)]
mod tests {
    use super::parse_level;

    #[test]
    fn levels_are_read_as_people_write_them() {
        for (text, level) in [
            ("2", Some(2)),
            ("Mức độ 1", Some(1)),
            ("mức 1", Some(1)),
            ("MỨC ĐỘ 2", Some(2)),
            ("1,0", Some(1)),
            ("2.0", Some(2)),
            ("I", Some(1)),
            ("II", Some(2)),
            ("Cấp độ 3", Some(3)),
            ("cấp độ IV", Some(4)),
            ("Level 2", Some(2)),
            ("đạt", None),
            ("1,5", None),
            ("Mức độ", None),
        ] {
            assert_eq!(parse_level(text), level, "{text}");
        }
    }
}
