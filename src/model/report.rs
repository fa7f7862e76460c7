//! What a check of a repository leaves: the findings, and every plan it
//! read with its roster, matches and self-evaluation.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::diagnostic::Diagnostic;
use crate::diag::severity::Severity;
use crate::model::evaluation::Evaluation;
use crate::model::plan::Plan;
use crate::model::roster::Roster;

#[derive(Debug, Default)]
pub struct Report {
    pub files_checked: usize,
    pub diagnostics: Vec<Diagnostic>,
    /// Every plan that could be read, in path order.
    pub plans: Vec<CheckedPlan>,
    /// Findings left out by `[[allow]]` or a baseline.
    pub suppressed: usize,
}

/// A plan as loaded and matched against its roster.
#[derive(Debug)]
pub struct CheckedPlan {
    pub path: PathBuf,
    pub plan: Plan,
    pub roster: Option<Arc<Roster>>,
    /// The roster school each `[[school]]` entry names (empty without a roster).
    pub schools: Vec<Option<usize>>,
    /// The plan's self-evaluation results, when it names a readable file.
    pub evaluation: Option<Arc<Evaluation>>,
    /// A plan directly in a province folder: the province's own plan.
    pub province: bool,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// The folder of a plan: an area's plans of every year live in one.
pub fn area_dir(plan: &CheckedPlan) -> PathBuf {
    plan.path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// The area's name as the plan writes it, else its folder.
pub fn area_name(plan: &CheckedPlan) -> String {
    plan.plan
        .area
        .as_ref()
        .map(|a| a.value.clone())
        .unwrap_or_else(|| crate::text::path::display(&area_dir(plan)))
}

/// The province as the plan writes it.
pub fn province_name(plan: &CheckedPlan) -> String {
    plan.plan
        .province
        .as_ref()
        .map(|a| a.value.clone())
        .unwrap_or_default()
}
