//! What every rule sees of one plan: the plan, its roster, which roster
//! school each entry names, and its self-evaluation.

use crate::model::afterstate::Start;
use crate::model::plan::{Entry, Plan};
use crate::model::report::CheckedPlan;
use crate::model::roster::{Roster, School};

/// What every rule family sees of one plan.
pub struct PlanContext<'a> {
    pub plan: &'a Plan,
    /// The year in the file name (`2025.toml`), if it has one.
    pub file_year: Option<i64>,
    /// The period in the file name (`2026-2030.toml`), if it has one.
    pub file_period: Option<(i64, i64)>,
    /// A plan directly in a province folder (its areas are the subfolders).
    pub province: bool,
    pub roster: Option<&'a Roster>,
    /// The roster school each entry names; empty without a roster.
    pub schools: &'a [Option<usize>],
    /// The plan's self-evaluation results, judged against its roster.
    pub evaluation: Option<&'a crate::model::evaluation::Evaluation>,
    /// What each roster school holds as the year starts, when the area's
    /// earlier plans acted ([`crate::model::history::Area::starts_for`]);
    /// `None`: as the roster records it.
    pub starts: Option<&'a [Start]>,
}

impl<'a> PlanContext<'a> {
    pub fn of(checked: &'a CheckedPlan) -> Self {
        PlanContext {
            plan: &checked.plan,
            file_year: crate::model::plan::plan_year(&checked.path),
            file_period: crate::model::plan::plan_period(&checked.path),
            province: checked.province,
            roster: checked.roster.as_deref(),
            schools: &checked.schools,
            evaluation: checked.evaluation.as_deref(),
            starts: None,
        }
    }

    /// Each entry with the roster school it names, if any.
    pub fn entries(&self) -> impl Iterator<Item = (&'a Entry, Option<&'a School>)> + '_ {
        self.plan.schools.iter().enumerate().map(move |(i, e)| {
            let school = self
                .roster
                .zip(self.schools.get(i).copied().flatten())
                .map(|(r, s)| &r.schools[s]);
            (e, school)
        })
    }
}
