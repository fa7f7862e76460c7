//! The state of an area's schools after a year's plan: which school holds a
//! national-standard recognition (and at which level) at the start of the
//! plan year and at its end. One computation serves `kdcl check` (KD108),
//! `kdcl summary` and `kdcl diff`.

use std::collections::HashMap;

use crate::model::history::{Area, Of, latest_before};
use crate::model::plan::{Action, Entry, Plan};
use crate::model::report::{CheckedPlan, Report};
use crate::model::roster::Roster;

/// What a roster school holds of the national standard as a year starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Start {
    /// Level held at the start of the year (`None`: not recognised).
    pub held: Option<u8>,
    /// The term of the recognition held ends during the year.
    pub ends: bool,
    /// The level of the latest recognition, held or not: what a renewal
    /// that states none renews.
    pub level: Option<u8>,
}

/// Each roster school's start of `year` as the roster alone records it.
pub fn roster_starts(roster: &Roster, year: i32) -> Vec<Start> {
    roster
        .schools
        .iter()
        .map(|s| Start {
            held: s.standard_held_at_start(year),
            ends: s.standard_ends_in(year),
            level: s.standard_level,
        })
        .collect()
}

/// One roster school in the plan year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SchoolYear {
    /// Level held at the start of the year (`None`: not recognised).
    pub held: Option<u8>,
    /// The plan entry naming the school (the first one), if any.
    pub entry: Option<usize>,
    /// The entry's action when it concerns the national standard (not `accredit`).
    pub acted: Option<Action>,
    /// Level held at the end of the year.
    pub after: Option<u8>,
}

/// Every roster school after one plan, with the counts the plan format names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AfterState {
    pub year: i32,
    /// Parallel to the roster's schools.
    pub schools: Vec<SchoolYear>,
    /// Held at the start of the year (`targets.kept`).
    pub kept: usize,
    /// Held at the end of the year (`targets.recognised_after`).
    pub recognised_after: usize,
    /// At level 2 at the end of the year (`targets.level2_after`).
    pub level2_after: usize,
    /// Held at the start, not at the end: terms ending without renewal.
    pub dropped: usize,
    /// Not held at the start, held at the end: recognised through the plan.
    pub added: usize,
    /// Of `level2_after`: schools the plan does not act on.
    pub level2_kept: usize,
    /// Of `level2_after`: schools the plan puts at level 2.
    pub level2_plan: usize,
}

/// The after-state of `plan` for `year`, with `schools` the roster school each
/// entry names and `starts` what each roster school holds as the year starts
/// ([`roster_starts`], or [`Area::starts`]). Entries naming no roster school
/// are left out: callers that need exact figures check first that every
/// entry was found.
pub fn compute(
    plan: &Plan,
    roster: &Roster,
    schools: &[Option<usize>],
    year: i32,
    starts: &[Start],
) -> AfterState {
    let mut by_school: Vec<Option<(usize, &Entry)>> = vec![None; roster.schools.len()];
    for (i, (entry, school)) in plan.schools.iter().zip(schools).enumerate() {
        if let Some(s) = school {
            by_school[*s].get_or_insert((i, entry));
        }
    }
    let mut state = AfterState {
        year,
        schools: Vec::with_capacity(roster.schools.len()),
        kept: 0,
        recognised_after: 0,
        level2_after: 0,
        dropped: 0,
        added: 0,
        level2_kept: 0,
        level2_plan: 0,
    };
    for (start, entry) in starts.iter().zip(&by_school) {
        let held = start.held;
        let acted = entry
            .and_then(|(i, e)| e.action.as_ref().map(|a| (i, e, a.value)))
            .filter(|(_, _, a)| *a != Action::Accredit);
        let after = match acted {
            Some((_, e, action)) => Some(match action {
                Action::Raise => e.level.as_ref().map_or(2, |l| l.value as u8),
                _ => e
                    .level
                    .as_ref()
                    .map(|l| l.value as u8)
                    .or(held)
                    .or(start.level)
                    .unwrap_or(1),
            }),
            None if start.ends => None,
            None => held,
        };
        state.kept += usize::from(held.is_some());
        state.recognised_after += usize::from(after.is_some());
        state.dropped += usize::from(held.is_some() && after.is_none());
        state.added += usize::from(held.is_none() && after.is_some());
        if after == Some(2) {
            state.level2_after += 1;
            if acted.is_some() {
                state.level2_plan += 1;
            } else {
                state.level2_kept += 1;
            }
        }
        state.schools.push(SchoolYear {
            held,
            entry: entry.map(|(i, _)| i),
            acted: acted.map(|(_, _, a)| a),
            after,
        });
    }
    state
}

impl CheckedPlan {
    /// The plan's year: `plan.year`, else the year in the file name.
    pub fn year(&self) -> Option<i32> {
        self.plan
            .year
            .as_ref()
            .map(|y| y.value as i32)
            .or_else(|| crate::model::plan::plan_year(&self.path).map(|y| y as i32))
    }

    /// The after-state from the roster alone, when it can be computed
    /// exactly: the plan has a year and a roster, and every listed school
    /// was found in it. [`Area::after_state`] adds what earlier plans did.
    pub fn after_state(&self) -> Option<AfterState> {
        let (roster, year) = self.exact()?;
        Some(compute(
            &self.plan,
            roster,
            &self.schools,
            year,
            &roster_starts(roster, year),
        ))
    }

    fn exact(&self) -> Option<(&Roster, i32)> {
        let roster = self.roster.as_deref()?;
        let year = self.plan.year.as_ref()?.value as i32;
        let all_found = self.schools.len() == self.plan.schools.len()
            && self.schools.iter().all(Option::is_some);
        all_found.then_some((roster, year))
    }
}

impl Area<'_> {
    /// What each school of `roster` holds as `year` starts, as the area's
    /// history has it: the roster's records, and the actions of earlier
    /// plans no later roster contradicts (the roster not updated after a
    /// plan's year: the plan is believed, as KD505 says).
    pub fn starts(&self, roster: &Roster, year: i32) -> Vec<Start> {
        let known = self.recognitions(year, Of::Standard);
        let ids = self.school_ids(roster);
        roster
            .schools
            .iter()
            .zip(ids.iter())
            .map(|(school, id)| {
                let list = known.get(id).map_or(&[][..], Vec::as_slice);
                let before = latest_before(list, year);
                let current = before.filter(|r| r.ends() >= year);
                Start {
                    held: current.and_then(|r| r.level),
                    ends: current.is_some_and(|r| r.ends() == year),
                    level: list.last().and_then(|r| r.level).or(school.standard_level),
                }
            })
            .collect()
    }

    /// Whether a plan of the area before `year` acts on a school: only then
    /// can the history say more than the roster read in `year`.
    fn acted_before(&self, year: i32) -> bool {
        self.plans.iter().any(|p| {
            p.year().is_some_and(|y| y < year) && p.plan.schools.iter().any(|e| e.action.is_some())
        })
    }

    /// The after-state of one of the area's plans, each school starting the
    /// year as the history has it ([`Area::starts`]).
    pub fn after_state(&self, plan: &CheckedPlan) -> Option<AfterState> {
        let (roster, year) = plan.exact()?;
        let starts = if self.acted_before(year) {
            self.starts(roster, year)
        } else {
            roster_starts(roster, year)
        };
        Some(compute(&plan.plan, roster, &plan.schools, year, &starts))
    }
}

/// Each plan's area in the history, found by plan: made once for a report
/// (`kdcl summary`), so that every plan's figures follow the history.
pub struct Histories<'r> {
    areas: Vec<Area<'r>>,
    index: HashMap<*const CheckedPlan, usize>,
}

impl<'r> Histories<'r> {
    pub fn of(report: &'r Report) -> Self {
        let areas = crate::model::history::areas(report);
        let index = areas
            .iter()
            .enumerate()
            .flat_map(|(i, a)| a.plans.iter().map(move |p| (std::ptr::from_ref(*p), i)))
            .collect();
        Histories { areas, index }
    }

    fn area(&self, plan: &CheckedPlan) -> Option<&Area<'r>> {
        let i = self.index.get(&std::ptr::from_ref(plan))?;
        self.areas.get(*i)
    }

    /// What each school of the plan's roster holds as `year` starts.
    pub fn starts(&self, plan: &CheckedPlan, year: i32) -> Option<Vec<Start>> {
        let roster = plan.roster.as_deref()?;
        Some(match self.area(plan) {
            Some(area) if area.acted_before(year) => area.starts(roster, year),
            _ => roster_starts(roster, year),
        })
    }

    /// The plan's after-state ([`Area::after_state`]).
    pub fn after_state(&self, plan: &CheckedPlan) -> Option<AfterState> {
        match self.area(plan) {
            Some(area) => area.after_state(plan),
            None => plan.after_state(),
        }
    }
}

impl Area<'_> {
    /// The starts of one of the area's plans as the history has them, for
    /// KD108: only when the plan states a figure they count, every entry
    /// names a roster school, and an earlier plan acted; `None` otherwise
    /// (the roster's), and for a plan of another area.
    pub fn starts_for(&self, plan: &CheckedPlan) -> Option<Vec<Start>> {
        if !self.plans.iter().any(|p| std::ptr::eq(*p, plan)) {
            return None;
        }
        let t = &plan.plan.targets;
        let counted = [&t.kept, &t.recognised_after, &t.level2_after];
        if counted.iter().all(|t| t.is_none()) {
            return None;
        }
        let (roster, year) = plan.exact()?;
        self.acted_before(year).then(|| self.starts(roster, year))
    }
}
