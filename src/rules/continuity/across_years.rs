//! Findings across an area's years (KD501–KD504): renewals that fall due and
//! are not planned, schools listed new while a term runs, levels that go
//! down, schools that leave the roster. `kdcl diff` reports them for the
//! years it compares; `kdcl check` for each area's latest plan.

use std::sync::Arc;

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::model::history::{self, Area, Of, SchoolId};
use crate::model::matching::{Found, Index};
use crate::model::plan::Action;
use crate::model::report::{CheckedPlan, Report};
use crate::model::roster::Roster;
use crate::msg;
use crate::rules;

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
        renewals(area, plan, year, &mut sink);
        new_while_recognised(area, plan, year, &mut sink);
        lowered_in_plan(area, plan, year, &mut sink);
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

/// The continuity findings `kdcl check` adds: in areas with plans of
/// several years, those about the latest plan, the one still being written
/// (earlier plans are issued documents; `kdcl diff` shows their findings).
pub fn latest_plans(report: &Report) -> Sink {
    history::areas(report)
        .iter()
        .filter(|area| area.plans.len() > 1)
        .flat_map(|area| {
            let latest = area.plans.last().and_then(|p| p.year());
            check_area(area, move |y| Some(y) == latest)
        })
        .map(|f| f.diagnostic)
        .collect()
}

fn level_text(level: Option<u8>) -> String {
    level.map_or_else(|| "?".to_string(), |l| l.to_string())
}

/// KD501: a term that ends in the plan year, not renewed, raised or explained.
fn renewals(area: &Area<'_>, plan: &CheckedPlan, year: i32, sink: &mut Sink) {
    // A listed school not found in the roster (KD201) may be the one due:
    // say nothing until kdcl knows which school each entry is.
    // Without a list (KD104) nothing can be said about what the plan renews.
    if (plan.roster.is_some() && plan.schools.iter().any(Option::is_none))
        || plan.plan.schools.is_empty()
    {
        return;
    }
    let known = area.recognitions(year, Of::Standard);
    let entries = area.entries_by_id(plan);
    let noted = area.noted(plan);
    for (id, list) in &known {
        let Some(last) = history::latest_before(list, year) else {
            continue;
        };
        if last.ends() != year || list.iter().any(|r| r.year == year) {
            continue;
        }
        let acted = entries.get(id).is_some_and(|e| {
            e.action
                .as_ref()
                .is_some_and(|a| a.value != Action::Accredit)
        });
        let gone = plan
            .roster
            .as_ref()
            .is_some_and(|r| history::find_in(r, id).is_none() && matches!(id, SchoolId::Code(_)));
        if acted || gone || noted.contains(id) {
            continue;
        }
        let school = area.display(id, None);
        let span = plan
            .plan
            .year
            .as_ref()
            .map_or(plan.plan.header_span.clone(), |y| y.span.clone());
        let written = match id {
            SchoolId::Code(code) => plan
                .roster
                .as_ref()
                .and_then(|r| history::find_in(r, id))
                .map_or(code.clone(), |s| s.name.clone()),
            SchoolId::Name(_) => school.clone(),
        };
        sink.push(
            Diagnostic::new(
                &rules::RENEWAL_NOT_PLANNED,
                msg!(
                    RENEWAL_NOT_PLANNED,
                    school = school,
                    level = level_text(last.level),
                    made = last.year,
                    year = year
                ),
            )
            .at(&plan.plan.file, span)
            .label(msg!(RENEWAL_NOT_PLANNED_LABEL, year = year))
            .help(msg!(
                RECOGNISED_AT,
                made = last.year,
                place = last.source.place()
            ))
            .help(msg!(
                RENEWAL_NOT_PLANNED_HELP,
                written = written,
                level = level_text(last.level),
                year = year
            ))
            .school(&written),
        );
    }
}

/// KD502: listed `new` while an earlier recognition's term runs.
fn new_while_recognised(area: &Area<'_>, plan: &CheckedPlan, year: i32, sink: &mut Sink) {
    let known = area.recognitions(year, Of::Standard);
    for (i, entry) in plan.plan.schools.iter().enumerate() {
        let Some(action) = &entry.action else {
            continue;
        };
        if action.value != Action::New {
            continue;
        }
        let id = area.id_of_entry(plan, i);
        let Some(last) = known
            .get(&id)
            .and_then(|list| history::latest_before(list, year))
        else {
            continue;
        };
        if last.ends() <= year {
            continue;
        }
        sink.push(
            Diagnostic::new(
                &rules::NEW_WHILE_RECOGNISED,
                msg!(
                    NEW_WHILE_RECOGNISED,
                    school = entry.school.value,
                    made = last.year,
                    level = level_text(last.level),
                    ends = last.ends()
                ),
            )
            .at(&plan.plan.file, action.span.clone())
            .label(msg!(NEW_WHILE_RECOGNISED_LABEL, ends = last.ends()))
            .help(msg!(
                RECOGNISED_AT,
                made = last.year,
                place = last.source.place()
            ))
            .help(msg!(NEW_WHILE_RECOGNISED_HELP, ends = last.ends()))
            .school(&entry.school.value),
        );
    }
}

/// KD503 in a plan: renewed (or recognised) at a lower level than held.
fn lowered_in_plan(area: &Area<'_>, plan: &CheckedPlan, year: i32, sink: &mut Sink) {
    let known = area.recognitions(year, Of::Standard);
    let noted = area.noted(plan);
    for (i, entry) in plan.plan.schools.iter().enumerate() {
        let (Some(action), Some(level)) = (&entry.action, &entry.level) else {
            continue;
        };
        if !matches!(action.value, Action::New | Action::Renew) || entry.note.is_some() {
            continue;
        }
        let id = area.id_of_entry(plan, i);
        let Some(last) = known
            .get(&id)
            .and_then(|list| history::latest_before(list, year))
        else {
            continue;
        };
        let Some(held) = last.level else { continue };
        if last.ends() < year || level.value >= i64::from(held) || noted.contains(&id) {
            continue;
        }
        sink.push(
            Diagnostic::new(
                &rules::LEVEL_LOWERED,
                msg!(
                    LEVEL_LOWERED_PLAN,
                    school = entry.school.value,
                    level = level.value,
                    held = held,
                    made = last.year
                ),
            )
            .at(&plan.plan.file, level.span.clone())
            .label(msg!(LEVEL_LOWERED_LABEL, held = held))
            .help(msg!(
                RECOGNISED_AT,
                made = last.year,
                place = last.source.place()
            ))
            .help(msg!(LEVEL_LOWERED_HELP, held = held))
            .school(&entry.school.value),
        );
    }
}

/// KD503 and KD504 between two years' rosters.
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
            None if !explained => sink.push(
                Diagnostic::new(
                    &rules::SCHOOL_LEFT_ROSTER,
                    msg!(
                        SCHOOL_LEFT_ROSTER,
                        school = school.label(),
                        old = old.file.path,
                        new = new.file.path,
                        year = year
                    ),
                )
                .at(&old.file, old.cell(school, "code"))
                .help(msg!(
                    SCHOOL_LEFT_ROSTER_HELP,
                    new = new.file.path,
                    year = year,
                    earlier = earlier_year
                ))
                .school(&school.name),
            ),
            Some(now) => {
                if let (Some(before), Some(after)) = (school.standard_level, now.standard_level)
                    && after < before
                    && now.note.is_none()
                    && !noted.contains(&id)
                {
                    sink.push(
                        Diagnostic::new(
                            &rules::LEVEL_LOWERED,
                            msg!(
                                LEVEL_LOWERED_ROSTER,
                                school = now.label(),
                                level = after,
                                held = before,
                                old = old.file.path
                            ),
                        )
                        .at(&new.file, new.cell(now, "standard_level"))
                        .label(msg!(LEVEL_LOWERED_LABEL, held = before))
                        .help(msg!(LEVEL_LOWERED_ROSTER_HELP))
                        .school(&now.name),
                    );
                }
            }
            None => {}
        }
    }
}

crate::texts! {
    pub(crate) RENEWAL_NOT_PLANNED = "renewal-not-planned" {
        "the national-standard recognition of {school} (level {level}, made in {made}) ends in {year}, and this plan neither renews nor raises it",
        "quyết định công nhận đạt chuẩn quốc gia của {school} (mức độ {level}, công nhận năm {made}) hết thời hạn trong năm {year}, nhưng kế hoạch này không đề nghị công nhận lại hay nâng mức độ",
    }
    pub(crate) RENEWAL_NOT_PLANNED_LABEL = "renewal-not-planned-label" {
        "a term ends in {year}",
        "hết thời hạn công nhận trong năm {year}",
    }
    pub(crate) RECOGNISED_AT = "recognised-at" {
        "recognised in {made}: {place}",
        "công nhận năm {made}: {place}",
    }
    pub(crate) RENEWAL_NOT_PLANNED_HELP = "renewal-not-planned-help" {
        "add [[school]] with school = \"{written}\", action = \"renew\", level = {level}; or a [[note]] for it saying why not (`kdcl due --year {year} --format toml` prints the entries)",
        "bổ sung [[school]] với school = \"{written}\", action = \"renew\", level = {level}; hoặc một [[note]] giải trình lý do (`kdcl due --year {year} --format toml` in sẵn các mục này)",
    }
    pub(crate) NEW_WHILE_RECOGNISED = "new-while-recognised" {
        "{school} is listed `new`, but it was recognised in {made} (level {level}) and that term runs until {ends}",
        "{school} được ghi là `new`, nhưng trường đã được công nhận năm {made} (mức độ {level}) và thời hạn công nhận còn đến năm {ends}",
    }
    pub(crate) NEW_WHILE_RECOGNISED_LABEL = "new-while-recognised-label" {
        "recognised until {ends}",
        "được công nhận đến năm {ends}",
    }
    pub(crate) NEW_WHILE_RECOGNISED_HELP = "new-while-recognised-help" {
        "write action = \"raise\" to go from level 1 to 2, or leave the school out until its renewal in {ends}; if the earlier recognition did not happen, a later roster should show the school without it",
        "ghi action = \"raise\" để nâng từ mức độ 1 lên mức độ 2, hoặc chưa đưa trường vào kế hoạch cho đến khi công nhận lại vào năm {ends}; nếu lần công nhận trước thực tế không có, danh sách trường của năm sau cần thể hiện trường chưa được công nhận",
    }
    pub(crate) LEVEL_LOWERED_PLAN = "level-lowered-plan" {
        "{school} is put at level {level}, but it holds level {held} (recognised in {made})",
        "{school} được ghi mức độ {level}, nhưng trường đang đạt mức độ {held} (công nhận năm {made})",
    }
    pub(crate) LEVEL_LOWERED_LABEL = "level-lowered-label" {
        "held: level {held}",
        "đang đạt: mức độ {held}",
    }
    pub(crate) LEVEL_LOWERED_HELP = "level-lowered-help" {
        "write level = {held}, or say why in this entry's `note`",
        "ghi level = {held}, hoặc giải trình lý do trong `note` của mục này",
    }
    pub(crate) LEVEL_LOWERED_ROSTER = "level-lowered-roster" {
        "{school} is at level {level} in this roster but at level {held} in {old}",
        "{school} ở mức độ {level} trong danh sách trường này nhưng ở mức độ {held} trong {old}",
    }
    pub(crate) LEVEL_LOWERED_ROSTER_HELP = "level-lowered-roster-help" {
        "say why in this row's `note` column, or in a [[note]] of the plan",
        "giải trình lý do trong cột `note` của dòng này, hoặc trong một [[note]] của kế hoạch",
    }
    pub(crate) SCHOOL_LEFT_ROSTER = "school-left-roster" {
        "{school} is in {old} but not in {new}, the roster of {year}",
        "{school} có trong {old} nhưng không có trong {new}, danh sách trường năm {year}",
    }
    pub(crate) SCHOOL_LEFT_ROSTER_HELP = "school-left-roster-help" {
        "if it closed, merged or was renamed, say so in this row's `note` column or in a [[note]] of the {year} plan; otherwise add it to {new} (it was in the roster of {earlier})",
        "nếu trường đã giải thể, sáp nhập hoặc đổi tên, ghi rõ trong cột `note` của dòng này hoặc trong một [[note]] của kế hoạch năm {year}; nếu không, bổ sung trường vào {new} (trường có trong danh sách trường năm {earlier})",
    }
}
