//! The state of an area's schools after a year's plan: which school holds a
//! national-standard recognition (and at which level) at the start of the
//! plan year and at its end. One computation serves `kdcl check` (KD108),
//! `kdcl summary` and `kdcl diff`.

use crate::model::plan::{Action, Entry, Plan};
use crate::model::report::CheckedPlan;
use crate::model::roster::Roster;

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
/// entry names. Entries naming no roster school are left out: callers that
/// need exact figures check first that every entry was found.
pub fn compute(plan: &Plan, roster: &Roster, schools: &[Option<usize>], year: i32) -> AfterState {
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
    for (school, entry) in roster.schools.iter().zip(&by_school) {
        let held = school.standard_held_at_start(year);
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
                    .or(school.standard_level)
                    .unwrap_or(1),
            }),
            None if school.standard_ends_in(year) => None,
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

    /// The after-state, when it can be computed exactly: the plan has a year
    /// and a roster, and every listed school was found in it.
    pub fn after_state(&self) -> Option<AfterState> {
        let roster = self.roster.as_deref()?;
        let year = self.plan.year.as_ref()?.value as i32;
        if self.schools.iter().any(Option::is_none) || self.schools.len() != self.plan.schools.len()
        {
            return None;
        }
        Some(compute(&self.plan, roster, &self.schools, year))
    }
}
