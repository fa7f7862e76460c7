//! The rules drawn: `kdcl rules` as text or as the rule reference's Markdown table,
//! and `kdcl explain`'s page for one rule.

use crate::diag::rule::Rule;
use crate::msg;
use crate::render::sarif::{EXPLAIN_FIX, EXPLAIN_REFERENCE};
use crate::rules;

/// One line per rule: code, slug, severity, what it checks.
pub fn text() -> String {
    let mut out = String::new();
    let width = rules::ALL.iter().map(|r| r.slug.len()).max().unwrap_or(0);
    for r in rules::ALL {
        out.push_str(&format!(
            "{}  {:<width$} {:<8} {}\n",
            r.code,
            r.slug,
            r.severity.name(),
            r.localized().summary
        ));
    }
    out
}

/// The rule table of docs/reference/rules.md, generated so it never drifts.
pub fn markdown() -> String {
    let mut out = msg!(RULES_COLUMNS).render();
    out.push_str("\n|---|---|---|---|---|\n");
    for r in rules::ALL {
        out.push_str(&format!(
            "| {} | `{}` | {} | {} | {} |\n",
            r.code,
            r.slug,
            r.severity.name(),
            r.localized().summary,
            r.reference.unwrap_or("")
        ));
    }
    out
}

/// A rule's documentation: what it checks, its reference and confidence,
/// an example finding and the fix.
pub fn explain(r: &Rule) -> String {
    let indent = |s: &str| s.lines().map(|l| format!("    {l}\n")).collect::<String>();
    let text = r.localized();
    let mut out = format!(
        "{} {} ({})\n\n{}\n\n{}\n",
        r.code,
        r.slug,
        r.severity.name(),
        text.summary,
        text.doc
    );
    if let Some(reference) = r.reference {
        let line = msg!(EXPLAIN_REFERENCE, reference = reference).render();
        out.push_str(&format!("\n{line}\n"));
    }
    if let Some(confidence) = r.confidence {
        let line = msg!(EXPLAIN_CONFIDENCE, confidence = confidence.describe()).render();
        out.push_str(&format!("{line}\n"));
    }
    out.push_str(&format!(
        "\n{}\n\n{}\n{}\n\n{}",
        msg!(EXPLAIN_EXAMPLE).render(),
        indent(text.example),
        msg!(EXPLAIN_FIX).render(),
        indent(text.fix)
    ));
    out
}

crate::texts! {
    pub(crate) RULES_COLUMNS = "rules-columns" {
        "| code | rule | severity | what it checks | reference |",
        "| mã | quy tắc | loại | nội dung kiểm tra | căn cứ |",
    }
    pub(crate) EXPLAIN_CONFIDENCE = "explain-confidence" {
        "Confidence: {confidence}",
        "Độ tin cậy: {confidence}",
    }
    pub(crate) EXPLAIN_EXAMPLE = "explain-example" {
        "Example of a finding:",
        "Ví dụ:",
    }
}
