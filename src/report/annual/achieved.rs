//! Planned against achieved: the recognitions the plan of a year lists
//! (new, renew, raise) and how many of them a later roster records as made
//! in that year. Without a later roster it is not yet known, not zero.

use crate::model::history::{self, Of};
use crate::model::plan::Action;
use crate::model::report::Report;

#[derive(Debug, Clone, PartialEq)]
pub struct Achieved {
    pub area: String,
    pub province: String,
    /// National-standard recognitions the plan lists.
    pub planned: i64,
    /// Of those, recorded as made in the year by a later roster.
    pub achieved: Option<i64>,
    /// The latest roster that says so.
    pub roster: Option<String>,
}

pub(super) fn build(report: &Report, year: i32) -> Vec<Achieved> {
    let mut out = Vec::new();
    for area in history::areas(report) {
        // A province's own plan lists no schools: its areas' plans do.
        let Some(plan) = area.plan_of(year).filter(|p| !p.province) else {
            continue;
        };
        let planned: Vec<history::SchoolId> = area
            .entries_by_id(plan)
            .into_iter()
            .filter(|(_, e)| {
                e.action
                    .as_ref()
                    .is_some_and(|a| matches!(a.value, Action::New | Action::Renew | Action::Raise))
            })
            .map(|(id, _)| id)
            .collect();
        // The roster of the latest plan after the year, if any.
        let later = area
            .plans
            .iter()
            .filter(|p| p.year().is_some_and(|y| y > year))
            .filter_map(|p| p.roster.as_ref())
            .next_back();
        let achieved = later.map(|_| {
            let records = area.recognitions(i32::MAX, Of::Standard);
            planned
                .iter()
                .filter(|id| {
                    records
                        .get(*id)
                        .is_some_and(|list| list.iter().any(|r| r.year == year && !r.source.plan))
                })
                .count() as i64
        });
        out.push(Achieved {
            area: area.name.clone(),
            province: area.province.clone(),
            planned: planned.len() as i64,
            achieved,
            roster: later.map(|r| r.file.path.clone()),
        });
    }
    out
}
