//! The figures offices report upward, as data: summary, diff, due,
//! assess, and the draft of next year's plan. Nothing here is drawn:
//! `render/` writes these as text.

pub mod annual;
pub mod assess;
pub mod diff;
pub mod due;
pub mod new_plan;
pub mod summary;

use serde::Serialize;

/// An area and the years of its plans: one without a plan in the year a
/// summary is of, or one `kdcl diff` could not compare.
#[derive(Debug, Clone, Serialize)]
pub struct AreaYears {
    pub area: String,
    pub province: String,
    pub years: Vec<i32>,
}

/// A file that should have been a plan of the report but could not be
/// read (or a folder that could not be walked), and why: a report says so
/// rather than leave the area out silently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unread {
    pub file: String,
    pub reason: String,
}

/// The plans `report` could not read: every file named like a plan with a
/// finding but no plan read, and every path the reader refused that is not
/// a roster (a roster that cannot be read leaves its plans read).
pub fn unread(report: &crate::model::report::Report) -> Vec<Unread> {
    let read: std::collections::HashSet<String> = report
        .plans
        .iter()
        .map(|p| crate::text::path::display(&p.path))
        .collect();
    let mut out: Vec<Unread> = Vec::new();
    for d in &report.diagnostics {
        let path = std::path::Path::new(d.path());
        let plan_named = crate::model::plan::plan_year(path).is_some();
        let refused = std::ptr::eq(d.rule, &crate::rules::UNREADABLE_FILE)
            && !path
                .extension()
                .is_some_and(|e| matches!(e.to_str(), Some("csv" | "xlsx" | "ods" | "xls")))
            && d.path() != "kdcl.toml";
        if d.path().is_empty() || read.contains(d.path()) || !(plan_named || refused) {
            continue;
        }
        if out.last().is_some_and(|u| u.file == d.path()) {
            continue;
        }
        out.push(Unread {
            file: d.path().to_string(),
            reason: d.message.render(),
        });
    }
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out.dedup_by(|a, b| a.file == b.file);
    out
}
