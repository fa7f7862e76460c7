//! KD503 `level-lowered`: A school's national-standard level goes down from one year to the next without a note

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::history::{self, Area, Of};
use crate::model::plan::Action;
use crate::model::report::CheckedPlan;
use crate::model::roster::{Roster, School};
use crate::msg;
use crate::rules::continuity::recognition::RECOGNISED_AT;

pub static LEVEL_LOWERED: Rule = Rule {
    code: "KD503",
    slug: "level-lowered",
    severity: Severity::Warning,
    summary: "A school's national-standard level goes down from one year to the next without a note",
    doc: "A school at level 2 that a plan renews at level 1, or whose level is 2 in one year's \
          roster and 1 in the next, has lost a level. That happens, but a plan should say why: \
          write it in the entry's `note`, in a `[[note]]` of the plan, or in the `note` column \
          of the later roster.",
    example: "# roster: TH Số 2 holds level 2 (2020)\n[[school]]\nschool = \"TH Số 2\"\naction = \"renew\"\nlevel  = 1",
    fix: "level = 2   # or note = \"không duy trì được tiêu chuẩn mức độ 2: …\"",
    summary_vi: "Mức độ đạt chuẩn quốc gia của trường giảm từ năm này sang năm sau mà không có giải trình",
    doc_vi: "Trường đang đạt mức độ 2 mà kế hoạch đề nghị công nhận lại ở mức độ 1, hoặc danh \
          sách trường năm này ghi mức độ 2 còn năm sau ghi mức độ 1, là trường đã bị giảm mức \
          độ. Điều này có thể xảy ra, nhưng kế hoạch cần nêu lý do: ghi trong `note` của mục \
          đó, trong một `[[note]]` của kế hoạch, hoặc trong cột `note` của danh sách trường \
          năm sau.",
    example_vi: "# danh sách trường: TH Số 2 đạt mức độ 2 (năm 2020)\n[[school]]\nschool = \"TH Số 2\"\naction = \"renew\"\nlevel  = 1",
    fix_vi: "level = 2   # hoặc note = \"không duy trì được tiêu chuẩn mức độ 2: …\"",
    ..Rule::DEFAULT
};

/// An entry renewed (or recognised) at a lower level than its school holds.
pub fn in_plan(area: &Area<'_>, plan: &CheckedPlan, year: i32, sink: &mut Sink) {
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
                &LEVEL_LOWERED,
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

/// A school (`before` in `old`, `now` in `new`) whose level goes down from
/// one year's roster to the next without a note; `noted` when a plan's
/// `[[note]]` explains it.
pub fn in_roster(
    old: &Roster,
    new: &Roster,
    before: &School,
    now: &School,
    noted: bool,
    sink: &mut Sink,
) {
    if let (Some(held), Some(after)) = (before.standard_level, now.standard_level)
        && after < held
        && now.note.is_none()
        && !noted
    {
        sink.push(
            Diagnostic::new(
                &LEVEL_LOWERED,
                msg!(
                    LEVEL_LOWERED_ROSTER,
                    school = now.label(),
                    level = after,
                    held = held,
                    old = old.file.path
                ),
            )
            .at(&new.file, new.cell(now, "standard_level"))
            .label(msg!(LEVEL_LOWERED_LABEL, held = held))
            .help(msg!(LEVEL_LOWERED_ROSTER_HELP))
            .school(&now.name),
        );
    }
}

crate::texts! {
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
}
