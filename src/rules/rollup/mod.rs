//! Plans above one area and one year (version 2): an area's annual plans
//! against its period plan (KD601, KD602), and a province's plan against
//! the sum of its areas' plans of the same year or period (KD603).

pub mod annual_outside_period;
pub mod period_new_mismatch;
pub mod province_areas_mismatch;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diag::diagnostic::Sink;
use crate::model::plan::{Plan, Target, shown_range};
use crate::model::report::{CheckedPlan, Report, area_dir};
use crate::model::rollup::Figures;

/// The new recognitions of an annual plan: stated, or else counted from
/// its list; `None` when it does neither.
pub fn new_of(plan: &Plan) -> Option<(i64, i64)> {
    if let Some(new) = &plan.targets.new {
        return Some((new.lo(), new.hi()));
    }
    (!plan.schools.is_empty()).then(|| {
        let n = plan
            .schools
            .iter()
            .filter(|e| {
                e.action
                    .as_ref()
                    .is_some_and(|a| a.value == crate::model::plan::Action::New)
            })
            .count() as i64;
        (n, n)
    })
}

/// Whether parts adding up to `(lo, hi)` make what `whole` states: a range
/// holds a counted value; ranges agree end by end.
pub fn makes(whole: &Target, (lo, hi): (i64, i64)) -> bool {
    if lo == hi {
        whole.holds(lo)
    } else {
        (lo, hi) == (whole.lo(), whole.hi())
    }
}

/// `name 3, name [2, 4]`, the parts as a finding lists them.
pub fn parts_list(parts: &[(String, (i64, i64))]) -> String {
    parts
        .iter()
        .map(|(name, (lo, hi))| format!("{name} {}", shown_range(*lo, *hi)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// KD601 and KD602 for every folder of `report` that holds a period plan
/// (a folder's plans are always checked in the same chunk).
pub fn periods(report: &Report) -> Sink {
    if !report.plans.iter().any(|p| p.plan.period.is_some()) {
        return Vec::new();
    }
    let mut by_dir: BTreeMap<PathBuf, Vec<&CheckedPlan>> = BTreeMap::new();
    for plan in &report.plans {
        by_dir.entry(area_dir(plan)).or_default().push(plan);
    }
    let mut sink = Vec::new();
    for plans in by_dir.values() {
        let annual: Vec<&Plan> = plans
            .iter()
            .filter_map(|p| p.plan.year.as_ref().map(|_| &p.plan))
            .collect();
        for period in plans.iter().filter(|p| p.plan.period.is_some()) {
            let period = &period.plan;
            annual_outside_period::check(period, &annual, &mut sink);
            period_new_mismatch::check(period, &annual, &mut sink);
        }
    }
    sink
}

/// KD603: each province plan against its areas' plans.
pub fn provinces(
    province_plans: &[(PathBuf, Plan)],
    figures: &[Figures],
    areas_of: &BTreeMap<PathBuf, BTreeSet<PathBuf>>,
) -> Sink {
    let mut sink = Vec::new();
    for (dir, plan) in province_plans {
        let Some(areas) = areas_of.get(dir) else {
            continue;
        };
        let areas: Vec<(&Path, Option<&Figures>)> = areas
            .iter()
            .map(|a| {
                let f = figures.iter().find(|f| {
                    f.dir == *a
                        && Some(f.years) == plan.years()
                        && f.period == plan.period.is_some()
                });
                (a.as_path(), f)
            })
            .collect();
        province_areas_mismatch::check(plan, &areas, &mut sink);
    }
    sink
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::source::Loc;

    fn target(lo: i64, hi: i64) -> Target {
        Target {
            key: "new".into(),
            key_span: 0..0,
            value: Loc::new(lo, 0..0),
            max: hi,
        }
    }

    #[test]
    fn a_range_holds_a_sum_and_ranges_agree_end_by_end() {
        assert!(makes(&target(8, 8), (8, 8)));
        assert!(!makes(&target(10, 10), (8, 8)));
        // A counted sum at both ends of a range, and just outside.
        assert!(makes(&target(120, 150), (120, 120)));
        assert!(makes(&target(120, 150), (150, 150)));
        assert!(!makes(&target(120, 150), (119, 119)));
        assert!(!makes(&target(120, 150), (151, 151)));
        // Parts that are ranges make the whole's ends.
        assert!(makes(&target(120, 150), (120, 150)));
        assert!(!makes(&target(120, 150), (121, 150)));
        assert!(!makes(&target(120, 150), (120, 149)));
    }

    #[test]
    fn parts_as_findings_list_them() {
        let parts = vec![
            ("Đoàn Kết".to_string(), (3, 3)),
            ("Tân Phong".to_string(), (2, 4)),
        ];
        assert_eq!(parts_list(&parts), "Đoàn Kết 3, Tân Phong [2, 4]");
    }
}
