//! Reading an area's school roster (danh sách trường) from CSV or from the
//! rows of a workbook sheet, every cell with its span so findings point at
//! the row and column.

mod columns;
mod row;

use std::collections::HashMap;
use std::sync::Arc;

use crate::diag::common::DID_YOU_MEAN;
use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::load::csvfile::{self, Record};
use crate::load::tomlwalk::closest;
use crate::model::kind::Kind;
use crate::model::roster::*;
use crate::msg;
use crate::rules;
use crate::rules::roster::csv_syntax::{self, FIELD_COUNT_HELP};
use crate::rules::roster::roster_missing_column::{
    MISSING_COLUMN, REQUIRED_COLUMNS_HELP, ROSTER_EMPTY,
};
use crate::rules::roster::roster_rows_skipped::{
    ROWS_SKIPPED_BLANK, ROWS_SKIPPED_FOOTER, ROWS_SKIPPED_HEADER, ROWS_SKIPPED_TITLE,
};
use crate::rules::roster::{duplicate_code, legacy_font_encoding, unknown_column};
use crate::text::encoding::{self, LegacyText};
use crate::text::source::{SourceFile, Span};

use columns::{column_of, columns_of, header_key};
pub use row::parse_date;
use row::{Columns, RowReader, is_scientific};

/// Every record of a CSV roster, each cell with its span; a syntax error ends the file.
pub fn csv_records(file: &Arc<SourceFile>, sink: &mut Sink) -> Vec<Record> {
    let (records, error) = csvfile::records(file, None);
    if let Some(error) = error {
        sink.push(
            Diagnostic::new(
                &rules::CSV_SYNTAX,
                msg!(csv_syntax::MESSAGE, detail = error.detail),
            )
            .at(file, error.at..error.at),
        );
    }
    records
}

/// Reads a CSV roster; `None` when it has no usable header.
pub fn load(file: &Arc<SourceFile>, sink: &mut Sink) -> Option<Roster> {
    let records = csv_records(file, sink);
    from_records(file, records, sink)
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
    let words: Vec<String> = crate::text::words::fold(&text.to_lowercase())
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
                    msg!(unknown_column::MESSAGE, column = raw.trim()),
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
    let name_col = roster.columns.get("name").copied();
    let row_columns = Columns::of(&roster.columns, &header.values);
    for record in &records[at + 1..] {
        // A BOM inside the text is where a second file was joined on (`cat`).
        let cell = |i: usize| {
            record.values.get(i).map_or("", |v| {
                v.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            })
        };
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
        if let Some(i) = name_col
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
            columns: &row_columns,
            file,
            sink,
        };
        let Some(school) = row.school() else { continue };
        if is_scientific(&school.code) {
            // Kept by name; its code says nothing, so it is not compared with others.
            roster.schools.push(school);
            continue;
        }
        let code_key = crate::text::case::upper(&school.code);
        if let Some(&first) = first_row_of_code.get(&code_key) {
            let (line, _) = file.line_col(roster.schools[first].cells[0].start);
            sink.push(
                Diagnostic::new(
                    &rules::DUPLICATE_CODE,
                    msg!(
                        duplicate_code::MESSAGE,
                        code = school.code,
                        first_line = line
                    ),
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
            legacy_font_encoding::MESSAGE,
            encoding = found.encoding.name(),
            count = count
        ),
    )
    .at(file, span)
    .label(msg!(
        legacy_font_encoding::LABEL,
        converted = found.converted
    ))
    .help(msg!(
        legacy_font_encoding::HELP,
        written = written,
        encoding = found.encoding.name(),
        converted = found.converted
    ))
    .help(msg!(
        legacy_font_encoding::HOW,
        unikey = found.encoding.unikey()
    ))
}

crate::texts! {
    pub(crate) FIELD_COUNT = "field-count" {
        "this row has {found} {found:field/fields} but the header has {expected}",
        "dòng này có {found} ô nhưng dòng tiêu đề có {expected} ô",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::csvfile::cell_spans;

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
            chrono::NaiveDate::from_ymd_opt(2019, 10, 15)
        );
    }
}
