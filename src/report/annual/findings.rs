//! The findings of the check grouped by the area whose plan or roster they
//! are in, each with the line of the file it points at.

use std::collections::BTreeMap;

use crate::diag::diagnostic::Diagnostic;
use crate::model::report::{Report, area_name};
use crate::text::collate;

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub code: &'static str,
    pub severity: &'static str,
    /// The severity's word in the chosen language.
    pub severity_word: String,
    pub message: String,
    /// "plans/…/2024.toml:12:5", or the file alone.
    pub place: String,
    /// The line the finding points at, as the file writes it.
    pub excerpt: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AreaFindings {
    /// The area's name; empty for files of no area (kdcl.toml, a lone roster).
    pub area: String,
    pub findings: Vec<Finding>,
}

/// The longest excerpt shown, in characters.
const EXCERPT_MAX: usize = 200;

fn finding(d: &Diagnostic) -> Finding {
    let place = match d.location() {
        Some(((line, column), _)) => format!("{}:{line}:{column}", d.path()),
        None => d.path().to_string(),
    };
    let excerpt = d.file.as_ref().zip(d.span.as_ref()).map(|(file, span)| {
        let (line, _) = file.line_col(span.start.min(file.text.len()));
        let start = file.line_start(line);
        let rest = &file.text[start..];
        let text = rest.lines().next().unwrap_or("");
        text.chars().take(EXCERPT_MAX).collect::<String>()
    });
    Finding {
        code: d.rule.code,
        severity: d.severity.as_str(),
        severity_word: d.severity.name(),
        message: d.message.render(),
        place,
        excerpt: excerpt.filter(|e| !e.trim().is_empty()),
    }
}

pub(super) fn build(report: &Report) -> Vec<AreaFindings> {
    // Each plan's file and roster belong to its area.
    let mut owner: BTreeMap<String, String> = BTreeMap::new();
    for plan in &report.plans {
        let area = area_name(plan);
        owner.insert(crate::text::path::display(&plan.path), area.clone());
        if let Some(roster) = &plan.roster {
            owner.entry(roster.file.path.clone()).or_insert(area);
        }
    }
    let mut groups: BTreeMap<String, Vec<Finding>> = BTreeMap::new();
    for d in &report.diagnostics {
        let area = owner.get(d.path()).cloned().unwrap_or_default();
        groups.entry(area).or_default().push(finding(d));
    }
    let mut out: Vec<AreaFindings> = groups
        .into_iter()
        .map(|(area, findings)| AreaFindings { area, findings })
        .collect();
    // Areas in collation order; files of no area last.
    out.sort_by(|a, b| {
        a.area
            .is_empty()
            .cmp(&b.area.is_empty())
            .then_with(|| collate::compare(&a.area, &b.area))
    });
    out
}
