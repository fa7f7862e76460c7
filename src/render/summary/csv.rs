//! The summary as CSV for spreadsheets: long headers, plain numbers, and
//! the marks of each row in words in its last column.

use crate::diag::diagnostic::Message;
use crate::msg;
use crate::render::summary::grid::{
    SUMMARY_COL_ACCREDIT, SUMMARY_COL_LEVEL2, SUMMARY_COL_LISTED, SUMMARY_COL_NEW,
    SUMMARY_COL_RAISE, SUMMARY_COL_RENEW, SUMMARY_COL_SCHOOLS, SUMMARY_COL_WAVES, format_percent,
    label_columns,
};
use crate::render::table::Grid;
use crate::report::summary::{By, Cell, Row, Summary};

pub(super) fn csv(summary: &Summary) -> String {
    let mut header = label_columns(summary.by);
    header.extend([
        msg!(SUMMARY_COL_SCHOOLS),
        msg!(SUMMARY_COL_LISTED),
        msg!(SUMMARY_COL_NEW),
        msg!(SUMMARY_COL_RENEW),
        msg!(SUMMARY_COL_RAISE),
        msg!(SUMMARY_COL_ACCREDIT),
        msg!(SUMMARY_COL_BEFORE),
        msg!(SUMMARY_COL_AFTER),
        msg!(SUMMARY_COL_LEVEL2),
        msg!(SUMMARY_COL_SHARE_PERCENT),
        msg!(SUMMARY_COL_WAVES),
        msg!(SUMMARY_COL_NOTES),
    ]);
    let header: Vec<String> = header.iter().map(Message::render).collect();
    let numeric = vec![false; header.len()];
    let mut grid = Grid::new(header, numeric);
    let value = |c: &Cell| c.value.map(|v| v.to_string()).unwrap_or_default();
    for row in summary.rows.iter().chain([&summary.total]) {
        let mut cells = vec![row.label.clone()];
        match summary.by {
            By::Area => cells.push(row.province.clone().unwrap_or_default()),
            By::Kind => cells.push(row.circular.unwrap_or("").to_string()),
            By::Province => {}
        }
        cells.extend([
            value(&row.schools),
            value(&row.listed),
            value(&row.new),
            value(&row.renew),
            value(&row.raise),
            value(&row.accredit),
            value(&row.before),
            value(&row.after),
            value(&row.level2),
            row.share.percent().map(format_percent).unwrap_or_default(),
            if summary.by == By::Kind {
                String::new()
            } else {
                value(&row.waves)
            },
        ]);
        cells.push(csv_notes(summary, row));
        grid.rows.push(cells);
    }
    grid.to_csv()
}

/// The marks of a row in words, for the CSV's last column.
fn csv_notes(summary: &Summary, row: &Row) -> String {
    let mut parts = Vec::new();
    let stated = row.stated_only();
    if !stated.is_empty() {
        parts.push(msg!(SUMMARY_CSV_STATED, figures = stated.join(", ")).render());
    }
    let partial = row.partial();
    if !partial.is_empty() {
        parts.push(msg!(SUMMARY_CSV_PARTIAL, figures = partial.join(", ")).render());
    }
    for n in row.all_notes() {
        if let Some(note) = summary.notes.iter().find(|x| x.number == n) {
            parts.push(format!(
                "[{n}] {} {}:{}: {}",
                note.code.unwrap_or(""),
                note.file,
                note.line.unwrap_or(0),
                note.message
            ));
        }
    }
    parts.join("; ")
}

crate::texts! {
    pub(crate) SUMMARY_COL_NOTES = "summary-col-notes" {
        "Notes (ghi chú)",
        "Ghi chú",
    }
    pub(crate) SUMMARY_COL_SHARE_PERCENT = "summary-col-share-percent" {
        "Share recognised after, % (tỷ lệ)",
        "Tỷ lệ đạt chuẩn cuối năm (%)",
    }
    pub(crate) SUMMARY_COL_AFTER = "summary-col-after" {
        "Recognised after (đạt chuẩn cuối năm)",
        "Đạt chuẩn cuối năm",
    }
    pub(crate) SUMMARY_COL_BEFORE = "summary-col-before" {
        "Recognised before (đạt chuẩn đầu năm)",
        "Đạt chuẩn đầu năm",
    }
    pub(crate) SUMMARY_CSV_STATED = "summary-csv-stated" {
        "stated by the plan, not counted: {figures}",
        "số liệu theo kế hoạch, không đếm được: {figures}",
    }
    pub(crate) SUMMARY_CSV_PARTIAL = "summary-csv-partial" {
        "total over the plans kdcl could count: {figures}",
        "tổng của các kế hoạch kdcl đếm được: {figures}",
    }
}
