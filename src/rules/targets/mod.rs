//! Counting targets against the schools a plan lists, its waves, and the
//! after-state.

pub mod after_state_mismatch;
pub mod after_state_unchecked;
pub mod before_and_after;
pub mod counted;
pub mod school_kind_unknown;
pub mod school_list_missing;
pub mod share_mismatch;
pub mod target_count_mismatch;
pub mod target_kind_mismatch;
pub mod target_parts_mismatch;
pub mod unknown_wave;
pub mod wave_count_mismatch;
pub mod wave_outside_year;

use std::collections::HashMap;

use crate::diag::diagnostic::Sink;
use crate::model::kind::Kind;
use crate::model::matching::entry_kind;
use crate::model::plan::{Target, Wave};
use crate::rules::context::PlanContext;
use crate::rules::plan::duplicate_wave;
use crate::rules::targets::counted::Listed;

/// The waves (KD009, KD105–KD107), then the stated counts against the
/// listed schools and the roster (KD101–KD104, KD108–KD110).
pub fn check(ctx: &PlanContext<'_>, sink: &mut Sink) {
    let plan = ctx.plan;
    let listed = Listed::new(plan, ctx.schools);
    waves(&listed, sink);
    if plan.schools.is_empty() {
        // A period or province plan's lists live in the annual area plans.
        if plan.period.is_none() && !ctx.province {
            school_list_missing::check(plan, sink);
        }
        target_parts_mismatch::without_list(plan, sink);
    } else {
        target_count_mismatch::check(&listed, sink);
        if !plan.targets.by_kind.is_empty() {
            let kinds: Vec<Option<Kind>> = ctx.entries().map(|(e, s)| entry_kind(e, s)).collect();
            if kinds.iter().any(Option::is_none) {
                school_kind_unknown::check(&listed, &kinds, sink);
            } else {
                target_kind_mismatch::check(&listed, &kinds, sink);
            }
        }
    }
    target_parts_mismatch::by_year(plan, sink);
    share_mismatch::check(plan, ctx.roster.map(|r| r.schools.len()), sink);
    after_state(ctx, sink);
}

/// Each wave number declared once: a repeat is KD009 and otherwise ignored;
/// the first declaration is the wave the schools and counts refer to.
fn waves(listed: &Listed<'_>, sink: &mut Sink) {
    let plan = listed.plan;
    let mut declared: HashMap<i64, &Wave> = HashMap::new();
    for wave in &plan.waves {
        if let Some(first) = declared.get(&wave.number.value) {
            duplicate_wave::check(plan, first, wave, sink);
            continue;
        }
        declared.insert(wave.number.value, wave);
        wave_outside_year::check(plan, wave, sink);
    }
    unknown_wave::check(plan, &declared, sink);
    wave_count_mismatch::check(listed, &declared, sink);
}

/// The targets after the plan (kept, recognised_after, level2_after,
/// schools_total): their own order, then against the roster when every
/// listed school is found in it.
fn after_state(ctx: &PlanContext<'_>, sink: &mut Sink) {
    let plan = ctx.plan;
    let t = &plan.targets;
    let stated: [&Option<Target>; 4] = [
        &t.kept,
        &t.recognised_after,
        &t.level2_after,
        &t.schools_total,
    ];
    if stated.iter().all(|s| s.is_none()) {
        return;
    }
    target_parts_mismatch::after_state(plan, sink);
    let period = plan.year.is_none() && plan.period.is_some();
    let (Some((year, _)), Some(roster)) = (plan.years(), ctx.roster) else {
        // Without a roster only the document's own arithmetic can be checked.
        target_parts_mismatch::kept_and_new(plan, sink);
        before_and_after::check(plan, sink);
        after_state_unchecked::without_roster(plan, &stated, sink);
        return;
    };
    if period {
        // A period's end is the plan's arithmetic, its start the roster's.
        target_parts_mismatch::kept_and_new(plan, sink);
        before_and_after::check(plan, sink);
    }
    let unmatched = ctx.schools.iter().filter(|s| s.is_none()).count();
    if unmatched > 0 {
        after_state_unchecked::unmatched(plan, &stated, unmatched, sink);
        return;
    }
    after_state_mismatch::check(
        plan,
        roster,
        ctx.schools,
        (year as i32, period),
        ctx.starts,
        sink,
    );
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::rules::context::PlanContext;
    use crate::rules::schools::match_entries;
    use crate::text::source::SourceFile;

    const HEAD: &str =
        "[plan]\ntitle = \"T\"\nissuer = \"I\"\narea = \"A\"\nprovince = \"P\"\nyear = 2024\n";

    /// Runs the counting rules on in-memory texts and returns the codes found.
    pub(crate) fn codes(plan: &str, roster: Option<&str>) -> Vec<&'static str> {
        let file = Arc::new(SourceFile::new("p.toml", format!("{HEAD}{plan}")));
        let mut sink = Vec::new();
        let Some(plan) = crate::load::plan::load(&file, &mut sink) else {
            return sink.iter().map(|d| d.rule.code).collect();
        };
        let roster = roster.and_then(|r| {
            crate::load::roster::load(&Arc::new(SourceFile::new("r.csv", r)), &mut sink)
        });
        let schools = match &roster {
            Some(roster) => match_entries(&plan, roster, &mut sink),
            None => Vec::new(),
        };
        let ctx = PlanContext {
            plan: &plan,
            file_year: None,
            file_period: None,
            province: false,
            roster: roster.as_ref(),
            schools: &schools,
            evaluation: None,
            starts: None,
        };
        super::check(&ctx, &mut sink);
        sink.iter().map(|d| d.rule.code).collect()
    }

    /// [`codes`] of a plan with `targets` and three schools: an MG school
    /// to accredit, a TH&THCS school new, a THCS school to maintain.
    pub(crate) fn with_list(targets: &str) -> Vec<&'static str> {
        let list = "[[school]]\nschool = \"MG Bình An\"\naction = \"accredit\"\n\
                    [[school]]\nschool = \"TH&THCS Sùng Phài\"\naction = \"new\"\n\
                    [[school]]\nschool = \"THCS Mỹ Thạnh\"\naction = \"maintain\"\n";
        codes(&format!("[targets]\n{targets}\n{list}"), None)
    }
}
