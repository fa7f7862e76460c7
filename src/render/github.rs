//! GitHub Actions workflow commands: one `::error file=…,line=…::message`
//! line per finding, shown as annotations on the pull request.

use crate::check::Report;
use crate::diagnostic::Severity;

/// Escaping of workflow-command data and property values (from @actions/core).
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
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
        for help in &d.help {
            message.push_str("\nhelp: ");
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
