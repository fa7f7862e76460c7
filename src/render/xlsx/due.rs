//! `kdcl due --format xlsx`: one sheet per area, levels and years as numbers.

use crate::msg;
use crate::render::due::{DUE_COL_CODE, DUE_COL_KIND, DUE_COL_PLANNED, DUE_COL_SCHOOL, DUE_NONE};
use crate::render::xlsx::{Sheet, Value};
use crate::report::due::{Due, Term};

/// The sheets of `kdcl due`: one per area (named after it), or one saying
/// that nothing is due.
pub fn due(due: &Due) -> Vec<Sheet> {
    let header: Vec<String> = [
        msg!(DUE_COL_SCHOOL),
        msg!(DUE_COL_CODE),
        msg!(DUE_COL_KIND),
        msg!(XLSX_STANDARD_LEVEL),
        msg!(XLSX_STANDARD_MADE),
        msg!(XLSX_STANDARD_SOURCE),
        msg!(XLSX_ACCREDITATION_LEVEL),
        msg!(XLSX_ACCREDITATION_MADE),
        msg!(XLSX_ACCREDITATION_SOURCE),
        msg!(DUE_COL_PLANNED, year = due.year),
    ]
    .iter()
    .map(|m| m.render())
    .collect();
    if due.areas.is_empty() {
        let mut sheet = Sheet::new(due.year.to_string(), vec![header[0].clone()]);
        let none = msg!(DUE_NONE, year = due.year).render();
        sheet.rows.push(vec![Value::text(none)]);
        return vec![sheet];
    }
    let mut sheets = Vec::new();
    for area in &due.areas {
        let mut sheet = Sheet::new(area.area.clone(), header.clone());
        for s in &area.schools {
            let mut row = vec![
                Value::text(&s.school),
                Value::maybe(s.code.as_deref()),
                Value::maybe(s.kind.as_deref()),
            ];
            row.extend(term(&s.standard));
            row.extend(term(&s.accreditation));
            row.push(Value::maybe(s.planned.as_deref()));
            sheet.rows.push(row);
        }
        sheets.push(sheet);
    }
    sheets
}

/// A term's level, the year it was made and where kdcl read it.
fn term(t: &Option<Term>) -> [Value; 3] {
    match t {
        Some(t) => [
            Value::count(t.level.map(i64::from)),
            Value::Number(f64::from(t.made)),
            Value::text(&t.source),
        ],
        None => [Value::Empty, Value::Empty, Value::Empty],
    }
}

crate::texts! {
    pub(crate) XLSX_STANDARD_LEVEL = "xlsx-standard-level" {
        "National standard: level (chuẩn quốc gia: mức độ)",
        "Chuẩn quốc gia: mức độ",
    }
    pub(crate) XLSX_STANDARD_MADE = "xlsx-standard-made" {
        "National standard: recognised in",
        "Chuẩn quốc gia: năm công nhận",
    }
    pub(crate) XLSX_STANDARD_SOURCE = "xlsx-standard-source" {
        "National standard: read from",
        "Chuẩn quốc gia: nguồn",
    }
    pub(crate) XLSX_ACCREDITATION_LEVEL = "xlsx-accreditation-level" {
        "Accreditation: level (kiểm định: cấp độ)",
        "Kiểm định: cấp độ",
    }
    pub(crate) XLSX_ACCREDITATION_MADE = "xlsx-accreditation-made" {
        "Accreditation: recognised in",
        "Kiểm định: năm công nhận",
    }
    pub(crate) XLSX_ACCREDITATION_SOURCE = "xlsx-accreditation-source" {
        "Accreditation: read from",
        "Kiểm định: nguồn",
    }
}
