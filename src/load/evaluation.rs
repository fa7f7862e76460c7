//! A self-evaluation file (kết quả tự đánh giá) read from CSV: one row per
//! school and criterion, every cell with its span so findings point at it.
//! Only the file's own shape is judged here (KD425, KD426); what the rows say
//! about schools and criteria is judged against the roster and the catalogue
//! in `rules::evaluation`.

use std::collections::HashMap;
use std::sync::Arc;

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::load::csvfile::cell_spans;
use crate::load::tomlwalk::closest;
use crate::msg;
use crate::rules;
use crate::text::source::{Loc, SourceFile, Span};

use crate::load::roster::FIELD_COUNT;
use crate::model::evaluation::catalogue::normalize_id;
use crate::model::evaluation::file::{EvaluationFile, Row};

pub const REQUIRED: &[&str] = &["code", "criterion", "level"];
pub const COLUMNS: &[&str] = &["code", "criterion", "level", "year"];

fn invalid(
    file: &Arc<SourceFile>,
    span: Span,
    message: crate::diag::diagnostic::Message,
) -> Diagnostic {
    Diagnostic::new(&rules::EVALUATION_INVALID, message).at(file, span)
}

/// Reads an evaluation file; `None` when it has no usable header.
pub fn load(file: &Arc<SourceFile>, sink: &mut Sink) -> Option<EvaluationFile> {
    // Evaluation files are written by kdcl's users to its format: commas only.
    let (records, error) = crate::load::csvfile::records(file, Some(b','));
    if let Some(error) = error {
        sink.push(invalid(
            file,
            error.at..error.at,
            msg!(EVALUATION_CSV_SYNTAX, detail = error.detail),
        ));
    }
    let records: Vec<(usize, csv::StringRecord)> =
        records.into_iter().map(|r| (r.start, r.values)).collect();
    let Some((header_start, header)) = records.first() else {
        sink.push(
            Diagnostic::new(&rules::EVALUATION_INVALID, msg!(EVALUATION_EMPTY)).in_file(file),
        );
        return None;
    };
    let mut columns: HashMap<&'static str, usize> = HashMap::new();
    let mut others = Vec::new();
    for (i, raw) in header.iter().enumerate() {
        let col = raw.trim().trim_start_matches('\u{feff}').to_lowercase();
        match COLUMNS.iter().find(|c| **c == col) {
            Some(known) => {
                columns.entry(*known).or_insert(i);
            }
            None => others.push(col),
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
            let mut d = invalid(
                file,
                *header_start..line_end,
                msg!(EVALUATION_MISSING_COLUMN, column = column),
            );
            if let Some(near) = others.iter().find(|o| closest(o, &[column]).is_some()) {
                d = d.help(msg!(
                    EVALUATION_MISSPELT_COLUMN,
                    written = near,
                    column = column
                ));
            }
            sink.push(d.help(msg!(EVALUATION_COLUMNS_HELP)));
        }
        return None;
    }

    let mut out = EvaluationFile {
        file: file.clone(),
        rows: Vec::new(),
    };
    let mut first_line: HashMap<(String, String, Option<i32>), usize> = HashMap::new();
    for (start, record) in &records[1..] {
        let cells = cell_spans(&file.text, *start, record.len(), b',');
        let end = cells.last().map_or(*start, |c| c.end);
        if record.len() != header.len() {
            sink.push(
                invalid(
                    file,
                    *start..end,
                    msg!(FIELD_COUNT, found = record.len(), expected = header.len()),
                )
                .help(msg!(EVALUATION_FIELD_COUNT_HELP)),
            );
            continue;
        }
        let cell = |column: &str| {
            let i = columns[column];
            (record[i].trim().to_string(), cells[i].clone())
        };
        let mut usable = true;
        let mut text = |column: &str, sink: &mut Sink| {
            let (value, span) = cell(column);
            if value.is_empty() {
                sink.push(invalid(
                    file,
                    span.clone(),
                    msg!(EVALUATION_EMPTY_CELL, column = column),
                ));
                usable = false;
            }
            Loc::new(value, span)
        };
        let code = text("code", sink);
        let criterion = text("criterion", sink);
        let (level_text, level_span) = cell("level");
        let level = level_text.parse::<u8>().ok();
        if level.is_none() {
            sink.push(invalid(
                file,
                level_span.clone(),
                msg!(EVALUATION_LEVEL_NOT_NUMBER, value = level_text),
            ));
        }
        let year = match columns.contains_key("year").then(|| cell("year")) {
            Some((value, span)) if !value.is_empty() => {
                let year = value
                    .parse::<i32>()
                    .ok()
                    .filter(|y| value.len() == 4 && (1900..=2200).contains(y));
                if year.is_none() {
                    sink.push(invalid(
                        file,
                        span.clone(),
                        msg!(EVALUATION_YEAR_INVALID, value = value),
                    ));
                    usable = false;
                }
                year.map(|y| Loc::new(y, span))
            }
            _ => None,
        };
        let Some(level) = level.filter(|_| usable) else {
            continue;
        };
        let key = (
            code.value.to_uppercase(),
            normalize_id(&criterion.value),
            year.as_ref().map(|y| y.value),
        );
        if let Some(&line) = first_line.get(&key) {
            sink.push(
                Diagnostic::new(
                    &rules::EVALUATION_DUPLICATE_ROW,
                    msg!(
                        EVALUATION_DUPLICATE_ROW,
                        code = code.value,
                        criterion = criterion.value,
                        first_line = line
                    ),
                )
                .at(file, criterion.span.clone())
                .help(msg!(EVALUATION_DUPLICATE_ROW_HELP)),
            );
            continue;
        }
        first_line.insert(key, file.line_col(*start).0);
        out.rows.push(Row {
            span: *start..end,
            code,
            criterion,
            level: Loc::new(level, level_span),
            year,
        });
    }
    Some(out)
}

crate::texts! {
    pub(crate) EVALUATION_CSV_SYNTAX = "evaluation-csv-syntax" {
        "this evaluation file is not valid CSV: {detail}",
        "tệp kết quả tự đánh giá này không đúng định dạng CSV: {detail}",
    }
    pub(crate) EVALUATION_EMPTY = "evaluation-empty" {
        "this evaluation file is empty: it needs a header row (code,criterion,level) and one row per school and criterion",
        "tệp kết quả tự đánh giá này trống: cần một dòng tiêu đề (code,criterion,level) và mỗi trường, mỗi tiêu chí một dòng",
    }
    pub(crate) EVALUATION_MISSING_COLUMN = "evaluation-missing-column" {
        "the evaluation file has no `{column}` column",
        "tệp kết quả tự đánh giá không có cột `{column}`",
    }
    pub(crate) EVALUATION_MISSPELT_COLUMN = "evaluation-misspelt-column" {
        "the column `{written}` is probably `{column}` misspelt",
        "cột `{written}` có lẽ là `{column}` bị viết sai",
    }
    pub(crate) EVALUATION_COLUMNS_HELP = "evaluation-columns-help" {
        "the header row must include code,criterion,level (year is optional)",
        "dòng tiêu đề phải có code,criterion,level (cột year không bắt buộc)",
    }
    pub(crate) EVALUATION_FIELD_COUNT_HELP = "evaluation-field-count-help" {
        "each row is a school code, a criterion and a level (and the year, if the header has it), separated by commas",
        "mỗi dòng gồm mã trường, tiêu chí và mức đạt (và năm, nếu dòng tiêu đề có cột year), cách nhau bằng dấu phẩy",
    }
    pub(crate) EVALUATION_EMPTY_CELL = "evaluation-empty-cell" {
        "`{column}` is empty on this row",
        "`{column}` để trống ở dòng này",
    }
    pub(crate) EVALUATION_LEVEL_NOT_NUMBER = "evaluation-level-not-number" {
        "`level` is \"{value}\", but it must be a whole number: 0–3 for a criterion, 1 (met) or 0 (not met) for a Mức-4 item",
        "`level` là \"{value}\", nhưng phải là số nguyên: 0–3 đối với tiêu chí, 1 (đạt) hoặc 0 (không đạt) đối với yêu cầu của Mức 4",
    }
    pub(crate) EVALUATION_YEAR_INVALID = "evaluation-year-invalid" {
        "`year` is \"{value}\", but it must be a year such as 2024",
        "`year` là \"{value}\", nhưng phải là một năm, ví dụ 2024",
    }
    pub(crate) EVALUATION_DUPLICATE_ROW = "evaluation-duplicate-row" {
        "criterion {criterion} of {code} is given a second time for the same year (first on line {first_line}); this row is ignored",
        "tiêu chí {criterion} của {code} được ghi lần thứ hai trong cùng một năm (lần đầu ở dòng {first_line}); dòng này được bỏ qua",
    }
    pub(crate) EVALUATION_DUPLICATE_ROW_HELP = "evaluation-duplicate-row-help" {
        "keep one row per school, criterion and year",
        "mỗi trường, mỗi tiêu chí, mỗi năm chỉ ghi một dòng",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Option<EvaluationFile>, Vec<String>) {
        let file = Arc::new(SourceFile::new("e.csv", text));
        let mut sink = Vec::new();
        let loaded = load(&file, &mut sink);
        let found = sink
            .iter()
            .map(|d| {
                let ((line, col), _) = d.location().unwrap_or(((0, 0), (0, 0)));
                format!("{} {line}:{col} {}", d.rule.code, d.message.render())
            })
            .collect();
        (loaded, found)
    }

    #[test]
    fn rows_with_spans_bom_and_crlf() {
        let (e, found) =
            read("\u{feff}code,criterion,level,year\r\nA,1.1,3,2024\r\nA, m4.1 ,1,\r\n");
        assert!(found.is_empty(), "{found:?}");
        let e = e.unwrap();
        assert_eq!(e.rows.len(), 2);
        let row = &e.rows[1];
        assert_eq!(row.criterion.value, "m4.1");
        assert_eq!(e.file.line_col(row.level.span.start), (3, 10));
        assert_eq!(e.rows[0].year.as_ref().map(|y| y.value), Some(2024));
        assert!(row.year.is_none());
    }

    #[test]
    fn bad_cells_and_repeated_rows_are_located() {
        let (e, found) = read("code,criterion,level\nA,1.1,ba\nA,1.2,2\nA,1.2,3\nA,,1\nA,1.3\n");
        assert_eq!(e.unwrap().rows.len(), 1);
        assert_eq!(
            found,
            [
                "KD425 2:7 `level` is \"ba\", but it must be a whole number: 0–3 for a criterion, 1 (met) or 0 (not met) for a Mức-4 item",
                "KD426 4:3 criterion 1.2 of A is given a second time for the same year (first on line 3); this row is ignored",
                "KD425 5:3 `criterion` is empty on this row",
                "KD425 6:1 this row has 2 fields but the header has 3",
            ]
        );
    }

    #[test]
    fn a_missing_column_suggests_the_misspelt_one() {
        let (e, found) = read("code,criterion,levle\nA,1.1,2\n");
        assert!(e.is_none());
        assert_eq!(
            found,
            ["KD425 1:1 the evaluation file has no `level` column"]
        );
    }
}
