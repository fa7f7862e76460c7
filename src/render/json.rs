//! The machine-readable report, version 1 (`shared/spec/json-output.md`).

use serde::Serialize;

use crate::diag::severity::Severity;
use crate::model::report::Report;

/// The check report as JSON data; other commands' JSON embeds it.
#[derive(Serialize)]
pub struct Json<'a> {
    version: u32,
    files_checked: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'static str,
    rule: &'static str,
    severity: Severity,
    message: String,
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
    /// Added to version 1: in a workbook, the cell (`Sheet1!C7`); `line` is
    /// then its row and `column` its column number.
    #[serde(skip_serializing_if = "Option::is_none")]
    cell: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    school: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<&'a str>,
    /// Added to version 1 (fields may be added): what to write instead.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    help: Vec<String>,
}

#[derive(Serialize)]
struct Summary {
    errors: usize,
    warnings: usize,
    notes: usize,
    /// Added to version 1: findings left out by `[[allow]]` or `--baseline`.
    suppressed: usize,
}

pub fn render(report: &Report) -> String {
    let mut text =
        serde_json::to_string_pretty(&document(report)).expect("the report is plain data");
    text.push('\n');
    text
}

/// The report's fields: version, files_checked, diagnostics, summary.
pub fn document(report: &Report) -> Json<'_> {
    let diagnostics = report
        .diagnostics
        .iter()
        .map(|d| {
            let place = d.location();
            JsonDiagnostic {
                code: d.rule.code,
                rule: d.rule.slug,
                severity: d.severity,
                message: d.message.render(),
                file: d.path(),
                line: place.map(|p| p.0.0),
                column: place.map(|p| p.0.1),
                end_line: place.map(|p| p.1.0),
                end_column: place.map(|p| p.1.1),
                cell: d.cell(),
                school: d.school.as_deref(),
                reference: d.reference.as_deref(),
                help: d.help.iter().map(|h| h.render()).collect(),
            }
        })
        .collect();
    Json {
        version: 1,
        files_checked: report.files_checked,
        diagnostics,
        summary: Summary {
            errors: report.count(Severity::Error),
            warnings: report.count(Severity::Warning),
            notes: report.count(Severity::Note),
            suppressed: report.suppressed,
        },
    }
}
