//! `kdcl summary --format xlsx`: the rows and the total on one sheet, the
//! notes, the areas without a plan, the merged provinces and the province
//! plans each on their own.

use crate::msg;
use crate::render::summary::grid::{
    SUMMARY_COL_ACCREDIT, SUMMARY_COL_AREA, SUMMARY_COL_LEVEL2, SUMMARY_COL_LISTED,
    SUMMARY_COL_NEW, SUMMARY_COL_PROVINCE, SUMMARY_COL_RAISE, SUMMARY_COL_RENEW,
    SUMMARY_COL_SCHOOLS, SUMMARY_COL_SHARE, SUMMARY_COL_WAVES, label_columns,
};
use crate::render::xlsx::{Sheet, Value};
use crate::report::summary::period::PeriodSummary;
use crate::report::summary::{By, Row, Summary};

/// The sheets of a summary.
pub fn summary(summary: &Summary) -> Vec<Sheet> {
    let mut sheets = vec![figures(summary)];
    if !summary.notes.is_empty() {
        let mut sheet = Sheet::new(
            msg!(XLSX_NOTES).render(),
            [
                msg!(XLSX_NOTE_NUMBER),
                msg!(SUMMARY_COL_AREA),
                msg!(XLSX_YEAR),
                msg!(XLSX_NOTE_TARGET),
                msg!(XLSX_NOTE_STATED),
                msg!(XLSX_NOTE_COMPUTED),
                msg!(XLSX_CODE),
                msg!(XLSX_FILE),
                msg!(XLSX_LINE),
                msg!(XLSX_COLUMN),
                msg!(XLSX_MESSAGE),
            ]
            .iter()
            .map(|m| m.render())
            .collect(),
        );
        for n in &summary.notes {
            sheet.rows.push(vec![
                Value::Number(n.number as f64),
                Value::text(&n.area),
                Value::Number(f64::from(n.year)),
                Value::text(&n.target),
                Value::Number(n.stated as f64),
                Value::count(n.computed),
                Value::maybe(n.code),
                Value::text(&n.file),
                Value::count(n.line.map(|l| l as i64)),
                Value::count(n.column.map(|c| c as i64)),
                Value::text(&n.message),
            ]);
        }
        sheets.push(sheet);
    }
    if !summary.absent.is_empty() {
        let mut sheet = Sheet::new(
            msg!(XLSX_WITHOUT_PLAN, year = summary.year).render(),
            vec![
                msg!(SUMMARY_COL_AREA).render(),
                msg!(SUMMARY_COL_PROVINCE).render(),
                msg!(XLSX_YEARS).render(),
            ],
        );
        for a in &summary.absent {
            let years: Vec<String> = a.years.iter().map(i32::to_string).collect();
            sheet.rows.push(vec![
                Value::text(&a.area),
                Value::text(&a.province),
                Value::text(years.join(", ")),
            ]);
        }
        sheets.push(sheet);
    }
    if !summary.merged.is_empty() {
        let mut sheet = Sheet::new(
            msg!(XLSX_MERGED).render(),
            vec![
                msg!(XLSX_MERGED_OLD).render(),
                msg!(XLSX_MERGED_NEW).render(),
            ],
        );
        for (old, new) in &summary.merged {
            sheet.rows.push(vec![Value::text(old), Value::text(new)]);
        }
        sheets.push(sheet);
    }
    if !summary.provinces.is_empty() {
        let mut sheet = Sheet::new(
            msg!(XLSX_PROVINCE_PLANS).render(),
            [
                msg!(SUMMARY_COL_PROVINCE),
                msg!(XLSX_FILE),
                msg!(XLSX_NOTE_TARGET),
                msg!(XLSX_PROVINCE_STATED),
                msg!(XLSX_PROVINCE_AREAS),
                msg!(XLSX_PROVINCE_WITHOUT),
            ]
            .iter()
            .map(|m| m.render())
            .collect(),
        );
        for p in &summary.provinces {
            for f in &p.figures {
                sheet.rows.push(vec![
                    Value::text(&p.province),
                    Value::text(&p.file),
                    Value::text(&f.key),
                    number_or_text(&f.stated),
                    number_or_text(&f.areas),
                    Value::text(f.without.join(", ")),
                ]);
            }
        }
        sheets.push(sheet);
    }
    sheets
}

/// A figure written as text (`10`, `[120, 150]`): a number when it is one.
fn number_or_text(text: &str) -> Value {
    text.trim()
        .parse::<i64>()
        .map_or_else(|_| Value::text(text), |n| Value::Number(n as f64))
}

/// The main sheet: one row per area, province or school type, then the total.
fn figures(summary: &Summary) -> Sheet {
    let mut header = label_columns(summary.by);
    let first = header.len() as u16;
    header.extend([
        msg!(SUMMARY_COL_SCHOOLS),
        msg!(SUMMARY_COL_LISTED),
        msg!(SUMMARY_COL_NEW),
        msg!(SUMMARY_COL_RENEW),
        msg!(SUMMARY_COL_RAISE),
        msg!(SUMMARY_COL_ACCREDIT),
        msg!(XLSX_BEFORE),
        msg!(XLSX_AFTER),
        msg!(SUMMARY_COL_LEVEL2),
        msg!(SUMMARY_COL_SHARE),
    ]);
    if summary.by != By::Kind {
        header.push(msg!(SUMMARY_COL_WAVES));
    }
    header.extend([msg!(XLSX_STATED_ONLY), msg!(XLSX_PARTIAL), msg!(XLSX_NOTES)]);
    let name = msg!(XLSX_SUMMARY_SHEET, year = summary.year).render();
    let mut sheet = Sheet::new(name, header.iter().map(|m| m.render()).collect());
    for row in summary.rows.iter().chain([&summary.total]) {
        let mut cells = vec![Value::text(&row.label)];
        match summary.by {
            By::Area => cells.push(Value::maybe(row.province.as_deref())),
            By::Kind => cells.push(Value::maybe(row.circular)),
            By::Province => {}
        }
        cells.extend(
            [
                &row.schools,
                &row.listed,
                &row.new,
                &row.renew,
                &row.raise,
                &row.accredit,
                &row.before,
                &row.after,
                &row.level2,
            ]
            .map(|c| Value::count(c.value)),
        );
        // Schools is the first figure, recognised after the eighth.
        cells.push(share(row, first, first + 7));
        if summary.by != By::Kind {
            cells.push(Value::count(row.waves.value));
        }
        let notes: Vec<String> = row.all_notes().iter().map(usize::to_string).collect();
        cells.extend([
            Value::text(row.stated_only().join(", ")),
            Value::text(row.partial().join(", ")),
            Value::text(notes.join(", ")),
        ]);
        sheet.rows.push(cells);
    }
    sheet
}

/// The share: a formula over the row's own cells when they are its counts;
/// its value alone when it is over fewer plans than the row's figures.
fn share(row: &Row, schools: u16, after: u16) -> Value {
    let Some(percent) = row.share.percent() else {
        return Value::Empty;
    };
    let value = row.share.recognised as f64 / row.share.schools as f64;
    let own = row.after.value == Some(row.share.recognised)
        && row.schools.value == Some(row.share.schools);
    if own {
        Value::Share {
            of: after,
            among: schools,
            value,
        }
    } else {
        Value::Fraction(percent / 100.0)
    }
}

/// `kdcl summary --period`: its table, numbers as numbers.
pub fn period(summary: &PeriodSummary) -> Vec<Sheet> {
    let grid = crate::render::summary::period::grid(summary);
    let mut sheet = Sheet::new(summary.period.clone(), grid.header.clone());
    for row in &grid.rows {
        sheet
            .rows
            .push(row.iter().map(|c| number_or_text(c)).collect());
    }
    vec![sheet]
}

crate::texts! {
    pub(crate) XLSX_SUMMARY_SHEET = "xlsx-summary-sheet" {
        "Summary {year}",
        "Tổng hợp {year}",
    }
    pub(crate) XLSX_BEFORE = "xlsx-before" {
        "Recognised before (đạt chuẩn đầu năm)",
        "Đạt chuẩn đầu năm",
    }
    pub(crate) XLSX_AFTER = "xlsx-after" {
        "Recognised after (đạt chuẩn cuối năm)",
        "Đạt chuẩn cuối năm",
    }
    pub(crate) XLSX_STATED_ONLY = "xlsx-stated-only" {
        "As the plan states (not counted)",
        "Số liệu theo kế hoạch (không đếm được)",
    }
    pub(crate) XLSX_PARTIAL = "xlsx-partial" {
        "Counted for some plans only",
        "Chỉ đếm được một số kế hoạch",
    }
    pub(crate) XLSX_NOTES = "xlsx-notes" {
        "Notes",
        "Ghi chú",
    }
    pub(crate) XLSX_NOTE_NUMBER = "xlsx-note-number" {
        "Note",
        "Ghi chú số",
    }
    pub(crate) XLSX_YEAR = "xlsx-year" {
        "Year",
        "Năm",
    }
    pub(crate) XLSX_YEARS = "xlsx-years" {
        "Years of its plans",
        "Các năm có kế hoạch",
    }
    pub(crate) XLSX_NOTE_TARGET = "xlsx-note-target" {
        "Figure",
        "Chỉ tiêu",
    }
    pub(crate) XLSX_NOTE_STATED = "xlsx-note-stated" {
        "Stated",
        "Kế hoạch ghi",
    }
    pub(crate) XLSX_NOTE_COMPUTED = "xlsx-note-computed" {
        "Counted by kdcl",
        "kdcl đếm được",
    }
    pub(crate) XLSX_CODE = "xlsx-code" {
        "Rule",
        "Quy tắc",
    }
    pub(crate) XLSX_FILE = "xlsx-file" {
        "File",
        "Tệp",
    }
    pub(crate) XLSX_LINE = "xlsx-line" {
        "Line",
        "Dòng",
    }
    pub(crate) XLSX_COLUMN = "xlsx-column" {
        "Column",
        "Cột",
    }
    pub(crate) XLSX_MESSAGE = "xlsx-message" {
        "Message",
        "Nội dung",
    }
    pub(crate) XLSX_WITHOUT_PLAN = "xlsx-without-plan" {
        "No plan for {year}",
        "Không có kế hoạch {year}",
    }
    pub(crate) XLSX_MERGED = "xlsx-merged" {
        "Merged provinces",
        "Tỉnh hợp nhất",
    }
    pub(crate) XLSX_MERGED_OLD = "xlsx-merged-old" {
        "Province as the plans write it",
        "Tỉnh theo kế hoạch ghi",
    }
    pub(crate) XLSX_MERGED_NEW = "xlsx-merged-new" {
        "Counted in",
        "Được tính vào tỉnh",
    }
    pub(crate) XLSX_PROVINCE_PLANS = "xlsx-province-plans" {
        "Province plans",
        "Kế hoạch cấp tỉnh",
    }
    pub(crate) XLSX_PROVINCE_STATED = "xlsx-province-stated" {
        "Province plan states",
        "Tỉnh ghi",
    }
    pub(crate) XLSX_PROVINCE_AREAS = "xlsx-province-areas" {
        "Areas' plans add up to",
        "Các địa bàn cộng lại",
    }
    pub(crate) XLSX_PROVINCE_WITHOUT = "xlsx-province-without" {
        "Areas without a plan or a figure",
        "Địa bàn chưa có kế hoạch hoặc chỉ tiêu",
    }
}
