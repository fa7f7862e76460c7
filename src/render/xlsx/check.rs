//! `kdcl check --format xlsx`: one row per finding, as the JSON lists them.

use crate::model::report::Report;
use crate::msg;
use crate::render::xlsx::summary::{XLSX_CODE, XLSX_COLUMN, XLSX_FILE, XLSX_LINE, XLSX_MESSAGE};
use crate::render::xlsx::{Sheet, Value};

/// The findings sheet of a check (and of `kdcl diff`).
pub(super) fn findings(report: &Report) -> Sheet {
    let header = [
        msg!(XLSX_CODE),
        msg!(XLSX_RULE),
        msg!(XLSX_SEVERITY),
        msg!(XLSX_FILE),
        msg!(XLSX_LINE),
        msg!(XLSX_COLUMN),
        msg!(XLSX_CELL),
        msg!(XLSX_SCHOOL),
        msg!(XLSX_MESSAGE),
        msg!(XLSX_HELP),
        msg!(XLSX_REFERENCE),
    ];
    let mut sheet = Sheet::new(
        msg!(XLSX_FINDINGS).render(),
        header.iter().map(|m| m.render()).collect(),
    );
    for d in &report.diagnostics {
        let place = d.location();
        let help: Vec<String> = d.help.iter().map(|h| h.render()).collect();
        sheet.rows.push(vec![
            Value::text(d.rule.code),
            Value::text(d.rule.slug),
            Value::text(d.severity.as_str()),
            Value::text(d.path()),
            Value::count(place.map(|p| p.0.0 as i64)),
            Value::count(place.map(|p| p.0.1 as i64)),
            Value::maybe(d.cell().as_deref()),
            Value::maybe(d.school.as_deref()),
            Value::text(d.message.render()),
            Value::text(help.join("\n")),
            Value::maybe(d.reference.as_deref()),
        ]);
    }
    sheet
}

/// The workbook of `kdcl check`.
pub fn check(report: &Report) -> Vec<Sheet> {
    vec![findings(report)]
}

crate::texts! {
    pub(crate) XLSX_FINDINGS = "xlsx-findings" {
        "Findings",
        "Phát hiện",
    }
    pub(crate) XLSX_RULE = "xlsx-rule" {
        "Rule name",
        "Tên quy tắc",
    }
    pub(crate) XLSX_SEVERITY = "xlsx-severity" {
        "Severity",
        "Mức",
    }
    pub(crate) XLSX_CELL = "xlsx-cell" {
        "Cell",
        "Ô",
    }
    pub(crate) XLSX_SCHOOL = "xlsx-school" {
        "School",
        "Trường",
    }
    pub(crate) XLSX_HELP = "xlsx-help" {
        "What to write",
        "Cách sửa",
    }
    pub(crate) XLSX_REFERENCE = "xlsx-reference" {
        "Reference",
        "Căn cứ",
    }
}
