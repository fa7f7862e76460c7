//! Findings across an area's years (KD501–KD505): renewals that fall due and
//! are not planned, schools listed new while a term runs, levels that go
//! down, schools that leave the roster, results not recorded. `kdcl diff` reports them for the
//! years it compares; `kdcl check` for each area's latest plan.

pub mod level_lowered;
pub mod new_while_recognised;
pub mod recognition;
pub mod renewal_not_planned;
pub mod result_not_recorded;
pub mod school_left_roster;

use std::sync::Arc;

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::model::history::{self, Area};
use crate::model::matching::{Found, Index};
use crate::model::report::{CheckedPlan, Report};
use crate::model::roster::Roster;

/// A finding and the plan year it concerns.
pub struct Finding {
    pub year: i32,
    pub diagnostic: Diagnostic,
}

/// Findings about the plans of `area` whose year `wanted` accepts.
pub fn check_area(area: &Area<'_>, wanted: impl Fn(i32) -> bool) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, plan) in area.plans.iter().enumerate() {
        let Some(year) = plan.year() else { continue };
        if !wanted(year) {
            continue;
        }
        let mut sink = Vec::new();
        renewal_not_planned::check(area, plan, year, &mut sink);
        result_not_recorded::check(area, plan, year, &mut sink);
        new_while_recognised::check(area, plan, year, &mut sink);
        level_lowered::in_plan(area, plan, year, &mut sink);
        // The roster of the latest earlier plan that has one, if it is another file.
        let before = area.plans[..i]
            .iter()
            .rev()
            .find_map(|p| p.roster.as_ref().map(|r| (*p, r)));
        if let (Some((earlier, old)), Some(new)) = (before, &plan.roster)
            && !Arc::ptr_eq(old, new)
        {
            roster_changes(area, earlier, old, plan, new, year, &mut sink);
        }
        out.extend(
            sink.into_iter()
                .map(|diagnostic| Finding { year, diagnostic }),
        );
    }
    out
}

/// The continuity findings `kdcl check` adds about each area's latest plan,
/// the one still being written (earlier plans are issued documents; `kdcl
/// diff` shows their findings): all of them in areas with plans of several
/// years; in an area with one plan, the renewals its roster shows due
/// (KD501), since the other rules on one year are the circular family's.
pub fn latest_plans(report: &Report) -> Sink {
    latest_plans_of(&history::areas(report))
}

/// [`latest_plans`] of areas already made.
pub fn latest_plans_of(areas: &[Area<'_>]) -> Sink {
    areas
        .iter()
        .flat_map(|area| {
            let latest = area.plans.last().and_then(|p| p.year());
            if area.plans.len() > 1 {
                return check_area(area, move |y| Some(y) == latest);
            }
            let mut sink = Vec::new();
            if let (Some(plan), Some(year)) = (area.plans.last(), latest) {
                renewal_not_planned::check(area, plan, year, &mut sink);
            }
            sink.into_iter()
                .map(|diagnostic| Finding {
                    year: latest.unwrap_or_default(),
                    diagnostic,
                })
                .collect()
        })
        .map(|f| f.diagnostic)
        .collect()
}

/// KD503 and KD504 between two years' rosters: each school of the earlier
/// roster, found in the later one or not.
fn roster_changes(
    area: &Area<'_>,
    earlier: &CheckedPlan,
    old: &Roster,
    plan: &CheckedPlan,
    new: &Roster,
    year: i32,
    sink: &mut Sink,
) {
    let noted = area.noted(plan);
    let index = Index::new(new);
    let earlier_year = earlier.year().unwrap_or(year);
    for school in &old.schools {
        let id = Area::id_of_school(school);
        let found = history::find_in(new, &id).or_else(|| match index.find(&school.name) {
            Found::Exact(i) => Some(&new.schools[i]),
            _ => None,
        });
        let explained = school.note.is_some() || noted.contains(&id);
        match found {
            None if !explained => {
                school_left_roster::check(old, new, school, year, earlier_year, sink);
            }
            Some(now) => level_lowered::in_roster(old, new, school, now, noted.contains(&id), sink),
            None => {}
        }
    }
}
