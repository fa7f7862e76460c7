//! GitHub Actions workflow commands: one `::error file=…,line=…::message`
//! line per finding, shown as annotations on the pull request. GitHub shows
//! only the first 10 error annotations of a step (50 of a job) and drops the
//! rest silently, so the most severe come first; the step summary lists all.

use crate::diag::diagnostic::{Diagnostic, Severity};
use crate::model::report::Report;
use crate::render::human::LABEL_HELP;

/// Escaping of workflow-command data and property values (from @actions/core).
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

fn by_severity(report: &Report) -> Vec<&Diagnostic> {
    let mut all: Vec<&Diagnostic> = report.diagnostics.iter().collect();
    // Stable: file order is kept within each severity.
    all.sort_by_key(|d| d.severity);
    all
}

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for d in by_severity(report) {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let mut props = vec![format!("file={}", property(d.path()))];
        if let Some(((line, col), (end_line, end_col))) = d.location() {
            props.push(format!(
                "line={line},col={col},endLine={end_line},endColumn={end_col}"
            ));
        }
        props.push(format!(
            "title={}",
            property(&format!("{} {}", d.rule.code, d.rule.slug))
        ));
        let mut message = match d.cell() {
            Some(cell) => format!("{}:{cell}: {}", d.path(), d.message.render()),
            None => d.message.render(),
        };
        let label = crate::msg!(LABEL_HELP).render();
        for help in &d.help {
            message.push_str(&format!("\n{label}: "));
            message.push_str(&help.render());
        }
        out.push_str(&format!(
            "::{command} {}::{}\n",
            props.join(","),
            data(&message)
        ));
    }
    out
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// Every finding as a Markdown table, for the job's summary page, where
/// nothing is dropped.
pub fn step_summary(report: &Report) -> String {
    let summary = crate::render::human::summary(report);
    let mut out = format!("### kdcl: {summary}\n\n");
    if report.diagnostics.is_empty() {
        return out;
    }
    out.push_str(&crate::msg!(STEP_SUMMARY_COLUMNS).render());
    out.push_str("\n|---|---|---|---|\n");
    for d in by_severity(report) {
        let place = match d.location() {
            Some(((line, col), _)) => format!("{}:{line}:{col}", d.path()),
            None => d.path().to_string(),
        };
        out.push_str(&format!(
            "| {} | {} {} | `{}` | {} |\n",
            d.severity.name(),
            d.rule.code,
            d.rule.slug,
            cell(&place),
            cell(&d.message.render())
        ));
    }
    out.push('\n');
    out
}

/// With `--format github` inside GitHub Actions, appends the summary to the
/// file GitHub names in `GITHUB_STEP_SUMMARY` (GitHub's file, not the user's).
pub fn write_step_summary(report: &Report) {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return;
    };
    use std::io::Write;
    let written = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&path)
        .and_then(|mut f| f.write_all(step_summary(report).as_bytes()));
    if let Err(e) = written {
        eprintln!(
            "kdcl: {}",
            crate::msg!(STEP_SUMMARY_FAILED, reason = e).render()
        );
    }
}

crate::texts! {
    pub(crate) STEP_SUMMARY_COLUMNS = "step-summary-columns" {
        "| severity | code | place | message |",
        "| loại | mã | vị trí | nội dung |",
    }
    pub(crate) STEP_SUMMARY_FAILED = "step-summary-failed" {
        "cannot write the GitHub step summary: {reason}",
        "không ghi được bảng tóm tắt của bước (GitHub step summary): {reason}",
    }
}
