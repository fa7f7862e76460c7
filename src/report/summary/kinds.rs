//! `kdcl summary --by kind`: one row per school type, each school counted
//! under its own type from the roster and the list, and what kdcl cannot
//! put under a type in a row of its own.

use std::collections::BTreeMap;

use crate::model::afterstate::Histories;
use crate::model::circular::governing;
use crate::model::kind::{Kind, Level};
use crate::model::matching::entry_kind;
use crate::model::plan::Action;
use crate::model::report::{CheckedPlan, Report};
use crate::msg;
use crate::report::summary::plan::PlanFigures;
use crate::report::summary::row::{Cell, Note, Row, Share};

/// Where a type's row stands: see [`kind_order`].
type Key = (u8, bool, Option<Kind>);

/// The rows of one plan, or of all, by type.
type Rows = BTreeMap<Key, Row>;

/// The order of school types: preschools, primary schools, then the rest
/// (the order of their circulars: 19, 17, 18), single levels before
/// multi-level schools, the unknown type last.
fn kind_order(kind: &Option<Kind>) -> Key {
    match kind {
        None => (9, false, None),
        Some(k) => (level_rank(k), k.is_multi_level(), Some(k.clone())),
    }
}

fn level_rank(kind: &Kind) -> u8 {
    if kind.is_preschool() {
        0
    } else if kind.levels() == [Level::Th] {
        1
    } else {
        2
    }
}

/// The short name of the circular that governs a school type, "17/2018",
/// from its title in data/circulars.toml ("Thông tư 17/2018/TT-BGDĐT").
fn circular(kind: &Kind) -> &'static str {
    let title = governing(kind).title.as_str();
    let number = title.rsplit(' ').next().unwrap_or(title);
    number.rsplit_once('/').map_or(number, |(short, _)| short)
}

/// The row of a type, made when it is not there yet.
fn row_for<'r>(rows: &'r mut Rows, kind: &Option<Kind>) -> &'r mut Row {
    rows.entry(kind_order(kind)).or_insert_with(|| Row {
        label: match kind {
            Some(k) => k.to_string(),
            None => msg!(SUMMARY_KIND_UNKNOWN).render(),
        },
        kind: kind.clone(),
        circular: kind.as_ref().map(circular),
        ..Row::default()
    })
}

/// One row per school type over the plans, in [`kind_order`].
pub(super) fn kind_rows(
    plans: &[&CheckedPlan],
    report: (&Report, &Histories<'_>),
    year: i32,
    notes: &mut Vec<Note>,
) -> Vec<Row> {
    let mut rows = Rows::new();
    for plan in plans {
        let f = PlanFigures::new(plan, report, year);
        let mut part = Rows::new();
        count_roster(&mut part, &f);
        count_listed(&mut part, plan);
        stated_without_type(&mut part, &f, notes);
        by_kind_notes(&mut part, &f, notes);
        for (key, row) in settle(part, plan) {
            rows.entry(key)
                .or_insert_with(|| Row {
                    label: row.label.clone(),
                    kind: row.kind.clone(),
                    circular: row.circular,
                    ..Row::default()
                })
                .add(&row);
        }
    }
    rows.into_values().collect()
}

/// The roster's schools under their types: how many, recognised at the
/// start of the year, and after the plan where that is known.
fn count_roster(part: &mut Rows, f: &PlanFigures<'_>) {
    let plan = f.plan;
    let Some(roster) = plan.roster.as_deref() else {
        return;
    };
    let has_list = !plan.plan.schools.is_empty();
    let state = f
        .state
        .as_ref()
        .filter(|_| has_list || !plan.plan.targets.any_count());
    let starts = f.starts.as_deref().unwrap_or_default();
    for (i, school) in roster.schools.iter().enumerate() {
        let row = row_for(part, &school.kind);
        row.schools.add(&Cell::known(1));
        let held = starts.get(i).is_some_and(|s| s.held.is_some());
        row.before.add(&Cell::known(i64::from(held)));
        match &state {
            Some(s) => {
                let after = s.schools[i].after;
                row.after.add(&Cell::known(i64::from(after.is_some())));
                row.level2.add(&Cell::known(i64::from(after == Some(2))));
            }
            None => {
                row.after.add(&Cell::unknown());
                row.level2.add(&Cell::unknown());
            }
        }
    }
}

/// The plan's list under the schools' types, by action.
fn count_listed(part: &mut Rows, plan: &CheckedPlan) {
    let roster = plan.roster.as_deref();
    for (i, entry) in plan.plan.schools.iter().enumerate() {
        let school = roster
            .zip(plan.schools.get(i).copied().flatten())
            .map(|(r, s)| &r.schools[s]);
        let row = row_for(part, &entry_kind(entry, school));
        row.listed.add(&Cell::known(1));
        for (action, cell) in [
            (Action::New, &mut row.new),
            (Action::Renew, &mut row.renew),
            (Action::Raise, &mut row.raise),
            (Action::Accredit, &mut row.accredit),
        ] {
            let n = entry.action.as_ref().is_some_and(|a| a.value == action);
            cell.add(&Cell::known(i64::from(n)));
        }
    }
}

/// Stated numbers kdcl cannot put under a type, in the unknown type's row:
/// a plan without a list, or without a roster.
fn stated_without_type(part: &mut Rows, f: &PlanFigures<'_>, notes: &mut Vec<Note>) {
    let p = &f.plan.plan;
    let t = &p.targets;
    if p.schools.is_empty() && t.any_count() {
        let row = row_for(part, &None);
        row.listed
            .add(&f.figure(None, t.total.as_ref(), "total", notes));
        row.new.add(&f.figure(None, t.new.as_ref(), "new", notes));
        row.renew
            .add(&f.figure(None, t.renew.as_ref(), "renew", notes));
        row.raise
            .add(&f.figure(None, t.raise.as_ref(), "raise", notes));
        row.accredit
            .add(&f.figure(None, t.accredit.as_ref(), "accredit", notes));
    }
    if f.plan.roster.is_none() {
        let row = row_for(part, &None);
        row.schools
            .add(&f.figure(None, t.schools_total.as_ref(), "schools_total", notes));
        row.before
            .add(&f.figure(None, t.kept.as_ref(), "kept", notes));
        row.after
            .add(&f.figure(None, t.recognised_after.as_ref(), "recognised_after", notes));
        row.level2
            .add(&f.figure(None, t.level2_after.as_ref(), "level2_after", notes));
    }
}

/// Notes on the stated per-type counts that the list does not bear out,
/// on the row of that type (or of a type counted under it).
fn by_kind_notes(part: &mut Rows, f: &PlanFigures<'_>, notes: &mut Vec<Note>) {
    for (key, target) in &f.plan.plan.targets.by_kind {
        let findings = f.findings_at(target);
        if findings.is_empty() {
            continue;
        }
        let found = part
            .keys()
            .find(|(_, _, k)| k.as_ref() == Some(key))
            .or_else(|| {
                part.keys()
                    .find(|(_, _, k)| k.as_ref().is_some_and(|k| k.counted_under(key)))
            })
            .cloned();
        let row = match found {
            Some(found) => part.get_mut(&found).expect("found above"),
            None => row_for(part, &Some(key.clone())),
        };
        for d in findings {
            let n = f.note(
                target,
                &format!("by_kind.{}", target.key),
                None,
                Some(d),
                notes,
            );
            row.listed.notes.push(n);
        }
    }
}

/// One plan's rows made whole: with a list, a type it lists no school of
/// has counted 0 of each action; each row names the plan and has its share.
fn settle(mut part: Rows, plan: &CheckedPlan) -> Rows {
    let has_list = !plan.plan.schools.is_empty();
    let shown = crate::text::path::display(&plan.path);
    for row in part.values_mut() {
        if has_list {
            for cell in [
                &mut row.listed,
                &mut row.new,
                &mut row.renew,
                &mut row.raise,
                &mut row.accredit,
            ] {
                if cell.known == 0 {
                    cell.add(&Cell::known(0));
                }
            }
        }
        row.plans.push(shown.clone());
        row.share = Share::of(&row.after, &row.schools);
    }
    part
}

crate::texts! {
    pub(crate) SUMMARY_KIND_UNKNOWN = "summary-kind-unknown" {
        "type unknown (chưa rõ loại)",
        "chưa rõ loại trường",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The circulars' short names come from data/circulars.toml.
    #[test]
    fn each_type_names_its_circular() {
        for (kind, short) in [
            ("MN", "19/2018"),
            ("TH", "17/2018"),
            ("THCS", "18/2018"),
            ("THPT", "18/2018"),
        ] {
            assert_eq!(circular(&Kind::parse(kind).expect(kind)), short);
        }
        let multi = Kind::from_levels(vec![Level::Th, Level::Thcs]).expect("TH&THCS");
        assert_eq!(circular(&multi), "18/2018");
    }
}
