//! JUnit XML, which most CI systems show as a test report: one test suite per
//! file with findings, one test case per finding. Errors are failures;
//! warnings too under `--deny warnings`; other findings pass with their text.

use std::collections::BTreeMap;

use crate::diag::diagnostic::{Diagnostic, Severity};
use crate::model::report::Report;
use crate::render::human::LABEL_HELP;

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Characters XML 1.0 cannot hold at all (C0 controls, U+FFFE, U+FFFF) are dropped.
    for c in crate::text::clean::for_xml(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

pub fn render(report: &Report, deny_warnings: bool) -> String {
    let fails = |d: &Diagnostic| {
        d.severity == Severity::Error || (deny_warnings && d.severity == Severity::Warning)
    };
    let mut by_file: BTreeMap<&str, Vec<&Diagnostic>> = BTreeMap::new();
    for d in &report.diagnostics {
        by_file.entry(d.path()).or_default().push(d);
    }
    let total = report.diagnostics.len().max(1);
    let failures = report.diagnostics.iter().filter(|d| fails(d)).count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"kdcl\" tests=\"{total}\" failures=\"{failures}\">\n"
    ));
    if report.diagnostics.is_empty() {
        out.push_str(&format!(
            "  <testsuite name=\"kdcl check\" tests=\"1\" failures=\"0\">\n    <testcase classname=\"kdcl\" name=\"{}\"/>\n  </testsuite>\n",
            escape(&crate::render::human::summary(report))
        ));
    }
    for (file, findings) in by_file {
        let file_failures = findings.iter().filter(|d| fails(d)).count();
        out.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{file_failures}\">\n",
            escape(file),
            findings.len()
        ));
        for d in findings {
            let place = d
                .location()
                .map_or(String::new(), |((l, c), _)| format!(" at {l}:{c}"));
            let name = format!("{} {}{place}", d.rule.code, d.rule.slug);
            let mut body = d.message.render();
            let label = crate::msg!(LABEL_HELP).render();
            for help in &d.help {
                body.push_str(&format!("\n{label}: "));
                body.push_str(&help.render());
            }
            out.push_str(&format!(
                "    <testcase classname=\"{}\" name=\"{}\">\n",
                escape(file),
                escape(&name)
            ));
            if fails(d) {
                out.push_str(&format!(
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                    d.severity.as_str(),
                    escape(&d.message.render()),
                    escape(&body)
                ));
            } else {
                out.push_str(&format!(
                    "      <system-out>{}: {}</system-out>\n",
                    d.severity.as_str(),
                    escape(&body)
                ));
            }
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}
