//! What the circulars allow each action: basis, levels, terms, waits, ages,
//! issuers, given the roster and the plan's year (KD401–KD413). The facts
//! (terms, waiting times, levels, dates) come from `data/circulars.toml`.

pub mod accreditation_below_standard;
pub mod accreditation_raise_too_soon;
pub mod basis_circular_missing;
pub mod district_issuer_after_reform;
pub mod entry;
pub mod new_but_recognised;
pub mod province_merged;
pub mod raise_not_from_level_1;
pub mod raise_too_soon;
pub mod renew_not_held;
pub mod renew_too_early;
pub mod renewal_after_expiry;
pub mod renewal_registration_late;
pub mod school_too_young;

use crate::diag::diagnostic::Sink;
use crate::model::circular;
use crate::model::plan::Action;
use crate::rules::context::PlanContext;
use entry::At;

/// The plan's issuer and basis, then each entry found in the roster: what
/// its action asks, its accreditation, its school's age and, for a
/// renewal, its wave.
pub fn check(ctx: &PlanContext<'_>, sink: &mut Sink) {
    let plan = ctx.plan;
    district_issuer_after_reform::check(plan, sink);
    province_merged::check(plan, sink);
    basis_circular_missing::check(ctx, sink);
    let Some(year) = plan.year.as_ref().map(|y| y.value as i32) else {
        return;
    };
    for (entry, school) in ctx.entries() {
        let (Some(school), Some(action)) = (school, &entry.action) else {
            continue;
        };
        let Some(kind) = &school.kind else { continue };
        let at = At {
            plan,
            entry,
            school,
            circular: circular::governing(kind),
        };
        match action.value {
            Action::New => new_but_recognised::check(&at, year, sink),
            Action::Renew => {
                renew_not_held::check(&at, sink);
                renew_too_early::check(&at, year, sink);
            }
            Action::Raise => {
                raise_not_from_level_1::check(&at, year, sink);
                raise_too_soon::check(&at, year, sink);
            }
            Action::Accredit => {}
        }
        accreditation_below_standard::check(&at, sink);
        accreditation_raise_too_soon::check(&at, sink);
        school_too_young::check(&at, kind, year, sink);
        if action.value == Action::Renew {
            renewal_after_expiry::check(&at, year, sink);
            renewal_registration_late::check(&at, sink);
        }
    }
}
