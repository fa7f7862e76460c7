//! SARIF 2.1.0 (OASIS), the format code-scanning dashboards read: one run,
//! the rules of the registry as the tool's rules, one result per finding.

use serde_json::{Value, json};

use crate::diag::severity::Severity;
use crate::model::report::Report;
use crate::msg;
use crate::render::human::LABEL_HELP;
use crate::rules;

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

pub fn render(report: &Report) -> String {
    let rule_list: Vec<Value> = rules::ALL
        .iter()
        .map(|r| {
            let text = r.localized();
            let mut help = format!(
                "{}\n\n{}\n{}\n\n{}\n{}",
                text.doc,
                msg!(SARIF_EXAMPLE).render(),
                text.example,
                msg!(EXPLAIN_FIX).render(),
                text.fix
            );
            if let Some(reference) = r.reference {
                let line = msg!(EXPLAIN_REFERENCE, reference = reference).render();
                help.push_str(&format!("\n\n{line}"));
            }
            json!({
                "id": r.code,
                "name": r.slug,
                "shortDescription": { "text": text.summary },
                "fullDescription": { "text": text.doc },
                "help": { "text": help },
                "defaultConfiguration": { "level": level(r.severity) },
            })
        })
        .collect();
    let results: Vec<Value> = report
        .diagnostics
        .iter()
        .map(|d| {
            let mut text = d.message.render();
            let label = msg!(LABEL_HELP).render();
            for help in &d.help {
                text.push_str(&format!("\n{label}: "));
                text.push_str(&help.render());
            }
            let mut location =
                json!({ "artifactLocation": { "uri": crate::text::clean::uri_path(d.path()) } });
            if let Some(((line, col), (end_line, end_col))) = d.location() {
                location["region"] = json!({
                    "startLine": line,
                    "startColumn": col,
                    "endLine": end_line,
                    "endColumn": end_col,
                });
            }
            let mut result = json!({
                "ruleId": d.rule.code,
                "ruleIndex": rules::ALL.iter().position(|r| std::ptr::eq(*r, d.rule)),
                "level": level(d.severity),
                "message": { "text": text },
                "locations": [{ "physicalLocation": location }],
            });
            let mut properties = serde_json::Map::new();
            if let Some(school) = &d.school {
                properties.insert("school".into(), json!(school));
            }
            if let Some(reference) = &d.reference {
                properties.insert("reference".into(), json!(reference));
            }
            if !properties.is_empty() {
                result["properties"] = Value::Object(properties);
            }
            result
        })
        .collect();
    let sarif = json!({
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "kdcl",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rule_list,
            }},
            // kdcl counts columns in characters, not UTF-16 code units.
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut text = serde_json::to_string_pretty(&sarif).expect("plain data");
    text.push('\n');
    text
}

crate::texts! {
    pub(crate) EXPLAIN_REFERENCE = "explain-reference" {
        "Reference: {reference}",
        "Căn cứ: {reference}",
    }
    pub(crate) EXPLAIN_FIX = "explain-fix" {
        "Fix:",
        "Cách sửa:",
    }
    pub(crate) SARIF_EXAMPLE = "sarif-example" {
        "Example:",
        "Ví dụ:",
    }
}
