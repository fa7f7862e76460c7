//! Stated counts against the listed schools and the roster: KD101–KD104,
//! KD108–KD110.

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::model::kind::Kind;
use crate::model::matching::entry_kind;
use crate::model::plan::{Action, Entry, Plan, Target};
use crate::model::roster::Roster;
use crate::msg;
use crate::rules;
use crate::rules::checks::PlanContext;

/// The roster and which school each entry named, when the plan has a roster.
struct Matched<'a> {
    roster: &'a Roster,
    schools: &'a [Option<usize>],
}

pub fn check(ctx: &PlanContext<'_>, sink: &mut Sink) {
    let plan = ctx.plan;
    let matched = ctx.roster.map(|roster| Matched {
        roster,
        schools: ctx.schools,
    });
    let matched = matched.as_ref();
    if plan.schools.is_empty() {
        if plan.targets.any_count() {
            let span = plan
                .targets_span
                .clone()
                .unwrap_or(plan.header_span.clone());
            sink.push(
                Diagnostic::new(&rules::SCHOOL_LIST_MISSING, msg!(SCHOOL_LIST_MISSING))
                    .at(&plan.file, span)
                    .help(msg!(SCHOOL_LIST_MISSING_HELP)),
            );
        }
        parts_add_up(plan, sink);
    } else {
        counts_match_list(plan, matched, sink);
    }
    after_state(plan, matched, sink);
}

/// "MN Hoa Sen (line 30), TH Số 2 (line 36)", at most twenty named.
pub fn entry_list(plan: &Plan, entries: &[&Entry]) -> String {
    const SHOWN: usize = 20;
    if entries.is_empty() {
        return msg!(ENTRIES_NONE).render();
    }
    let mut parts: Vec<String> = entries
        .iter()
        .take(SHOWN)
        .map(|e| {
            let line = plan.file.line_col(e.school.span.start).0;
            msg!(ENTRY_AT_LINE, school = e.school.value, line = line).render()
        })
        .collect();
    if entries.len() > SHOWN {
        parts.push(msg!(ENTRIES_MORE, count = entries.len() - SHOWN).render());
    }
    parts.join(", ")
}

/// A stated number that differs from the entries counted: on the number,
/// with the count under it and the counted entries as help.
pub fn count_mismatch(
    rule: &'static crate::diag::rule::Rule,
    plan: &Plan,
    stated_span: crate::text::source::Span,
    message: Message,
    counted: &[&Entry],
    help: Message,
) -> Diagnostic {
    Diagnostic::new(rule, message)
        .at(&plan.file, stated_span)
        .label(msg!(COUNTED_LABEL, counted = counted.len()))
        .help(help)
}

fn mismatch(plan: &Plan, target: &Target, message: Message, entries: &[&Entry]) -> Diagnostic {
    let help = msg!(COUNTED_FROM, entries = entry_list(plan, entries));
    let span = target.value.span.clone();
    count_mismatch(
        &rules::TARGET_COUNT_MISMATCH,
        plan,
        span,
        message,
        entries,
        help,
    )
}

fn counts_match_list(plan: &Plan, matched: Option<&Matched<'_>>, sink: &mut Sink) {
    let t = &plan.targets;
    let all: Vec<&Entry> = plan.schools.iter().collect();
    if let Some(total) = &t.total
        && total.value.value != all.len() as i64
    {
        sink.push(mismatch(
            plan,
            total,
            msg!(COUNT_TOTAL, stated = total.value.value, counted = all.len()),
            &all,
        ));
    }
    for action in Action::ALL {
        let Some(target) = t.action(action) else {
            continue;
        };
        let with: Vec<&Entry> = all
            .iter()
            .copied()
            .filter(|e| e.action.as_ref().is_some_and(|a| a.value == action))
            .collect();
        if target.value.value != with.len() as i64 {
            sink.push(mismatch(
                plan,
                target,
                msg!(
                    COUNT_ACTION,
                    key = target.key,
                    stated = target.value.value,
                    counted = with.len(),
                    action = action.key()
                ),
                &with,
            ));
        }
    }
    if t.by_kind.is_empty() {
        return;
    }
    let kinds: Vec<Option<Kind>> = plan
        .schools
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let school = matched.and_then(|m| m.schools[i].map(|s| &m.roster.schools[s]));
            entry_kind(e, school)
        })
        .collect();
    let unknown: Vec<&Entry> = all
        .iter()
        .zip(&kinds)
        .filter(|(_, k)| k.is_none())
        .map(|(e, _)| *e)
        .collect();
    if !unknown.is_empty() {
        let (_, first) = &t.by_kind[0];
        sink.push(
            Diagnostic::new(
                &rules::KIND_UNKNOWN,
                msg!(KIND_UNKNOWN, entries = entry_list(plan, &unknown)),
            )
            .at(&plan.file, first.key_span.clone())
            .help(msg!(KIND_UNKNOWN_HELP)),
        );
        return;
    }
    for (key, target) in &t.by_kind {
        let of_kind: Vec<&Entry> = all
            .iter()
            .zip(&kinds)
            .filter(|(_, k)| k.as_ref().is_some_and(|k| k.counted_under(key)))
            .map(|(e, _)| *e)
            .collect();
        if target.value.value != of_kind.len() as i64 {
            let help = if *key == Kind::parse("MN").expect("MN is a kind") {
                msg!(COUNTED_FROM_PRESCHOOL, entries = entry_list(plan, &of_kind))
            } else {
                msg!(COUNTED_FROM, entries = entry_list(plan, &of_kind))
            };
            let message = msg!(
                COUNT_KIND,
                key = target.key,
                stated = target.value.value,
                counted = of_kind.len()
            );
            let span = target.value.span.clone();
            let rule = &rules::TARGET_KIND_MISMATCH;
            sink.push(count_mismatch(rule, plan, span, message, &of_kind, help));
        }
    }
}

/// Without a list, the stated parts must still make the stated whole.
fn parts_add_up(plan: &Plan, sink: &mut Sink) {
    let t = &plan.targets;
    let Some(total) = &t.total else { return };
    let actions: Vec<&Target> = Action::ALL.iter().filter_map(|a| t.action(*a)).collect();
    let kinds: Vec<&Target> = t.by_kind.iter().map(|(_, target)| target).collect();
    for parts in [actions, kinds] {
        let sum: i64 = parts.iter().map(|p| p.value.value).sum();
        // One part alone may be only a share of the total; two or more are the breakdown.
        if (parts.len() >= 2 && sum != total.value.value) || sum > total.value.value {
            sink.push(parts_mismatch(plan, total, &parts, sum));
        }
    }
}

fn parts_mismatch(plan: &Plan, whole: &Target, parts: &[&Target], sum: i64) -> Diagnostic {
    let written = parts
        .iter()
        .map(|p| format!("{} {}", p.key, p.value.value))
        .collect::<Vec<_>>()
        .join(" + ");
    Diagnostic::new(
        &rules::TARGET_PARTS_MISMATCH,
        msg!(
            PARTS_SUM,
            whole = whole.key,
            stated = whole.value.value,
            parts = written,
            sum = sum
        ),
    )
    .at(&plan.file, whole.value.span.clone())
    .label(msg!(PARTS_SUM_LABEL, sum = sum))
}

fn after_state(plan: &Plan, matched: Option<&Matched<'_>>, sink: &mut Sink) {
    let t = &plan.targets;
    let stated = [
        &t.kept,
        &t.recognised_after,
        &t.level2_after,
        &t.schools_total,
    ];
    if stated.iter().all(|s| s.is_none()) {
        return;
    }
    // Orderings that hold whatever the roster says.
    let pairs = [
        (&t.level2_after, &t.recognised_after),
        (&t.recognised_after, &t.schools_total),
        (&t.kept, &t.schools_total),
    ];
    for (part, whole) in pairs {
        if let (Some(part), Some(whole)) = (part, whole)
            && part.value.value > whole.value.value
        {
            sink.push(
                Diagnostic::new(
                    &rules::TARGET_PARTS_MISMATCH,
                    msg!(
                        PART_EXCEEDS_WHOLE,
                        part = part.key,
                        part_value = part.value.value,
                        whole = whole.key,
                        whole_value = whole.value.value
                    ),
                )
                .at(&plan.file, part.value.span.clone()),
            );
        }
    }
    let unchecked = |sink: &mut Sink, reason: Message| {
        let first = stated
            .iter()
            .flat_map(|s| s.as_ref())
            .min_by_key(|s| s.key_span.start);
        if let Some(first) = first {
            sink.push(
                Diagnostic::new(&rules::AFTER_STATE_UNCHECKED, reason)
                    .at(&plan.file, first.key_span.clone()),
            );
        }
    };
    let (Some(year), Some(m)) = (&plan.year, matched) else {
        // Without a roster only the document's own arithmetic can be checked.
        if let (Some(kept), Some(new), Some(after)) = (&t.kept, &t.new, &t.recognised_after)
            && kept.value.value + new.value.value != after.value.value
        {
            sink.push(parts_mismatch(
                plan,
                after,
                &[kept, new],
                kept.value.value + new.value.value,
            ));
        }
        if t.kept.is_some()
            || t.recognised_after.is_some()
            || t.level2_after.is_some()
            || t.schools_total.is_some()
        {
            unchecked(sink, msg!(AFTER_STATE_NO_ROSTER));
        }
        return;
    };
    let unmatched = m.schools.iter().filter(|s| s.is_none()).count();
    if unmatched > 0 {
        unchecked(sink, msg!(AFTER_STATE_UNMATCHED, count = unmatched));
        return;
    }
    let year = year.value as i32;
    let roster = m.roster;
    let state = crate::model::afterstate::compute(plan, roster, m.schools, year);
    let (kept, after, level2) = (state.kept, state.recognised_after, state.level2_after);
    let (dropped, added) = (state.dropped, state.added);
    let (level2_kept, level2_plan) = (state.level2_kept, state.level2_plan);
    let computed = [
        (
            &t.kept,
            kept,
            msg!(
                KEPT_HOW,
                count = kept,
                year = year,
                first = year - 5,
                last = year - 1
            ),
        ),
        (
            &t.recognised_after,
            after,
            msg!(
                AFTER_HOW,
                kept = kept,
                dropped = dropped,
                added = added,
                after = after,
                year = year
            ),
        ),
        (
            &t.level2_after,
            level2,
            msg!(
                LEVEL2_HOW,
                from_roster = level2_kept,
                from_plan = level2_plan,
                total = level2
            ),
        ),
        (
            &t.schools_total,
            roster.schools.len(),
            msg!(
                SCHOOLS_TOTAL_HOW,
                roster = roster.file.path,
                count = roster.schools.len()
            ),
        ),
    ];
    for (target, value, how) in computed {
        let Some(target) = target else { continue };
        if target.value.value != value as i64 {
            sink.push(
                Diagnostic::new(
                    &rules::AFTER_STATE_MISMATCH,
                    msg!(
                        AFTER_STATE,
                        key = target.key,
                        stated = target.value.value,
                        computed = value
                    ),
                )
                .at(&plan.file, target.value.span.clone())
                .label(msg!(COMPUTED_LABEL, computed = value))
                .help(how),
            );
        }
    }
}

crate::texts! {
    pub(crate) COUNT_TOTAL = "count-total" {
        "targets.total says {stated} but {counted} {counted:school is/schools are} listed",
        "targets.total ghi {stated} nhưng kế hoạch liệt kê {counted} trường",
    }
    pub(crate) COUNT_ACTION = "count-action" {
        "targets.{key} says {stated} but {counted} {counted:school is/schools are} listed with action `{action}`",
        "targets.{key} ghi {stated} nhưng có {counted} trường ghi action `{action}`",
    }
    pub(crate) COUNT_KIND = "count-kind" {
        "targets.by_kind.{key} says {stated} but {counted} {counted:school/schools} of that type {counted:is/are} listed",
        "targets.by_kind.{key} ghi {stated} nhưng kế hoạch liệt kê {counted} trường thuộc loại này",
    }
    pub(crate) COUNTED_LABEL = "counted-label" {
        "counted {counted}",
        "đếm được {counted}",
    }
    pub(crate) COUNTED_FROM = "counted-from" {
        "counted: {entries}",
        "đã đếm: {entries}",
    }
    pub(crate) ENTRY_AT_LINE = "entry-at-line" {
        "{school} (line {line})",
        "{school} (dòng {line})",
    }
    pub(crate) ENTRIES_NONE = "entries-none" {
        "none",
        "không có",
    }
    pub(crate) ENTRIES_MORE = "entries-more" {
        "… {count} more",
        "… và {count} trường khác",
    }
    pub(crate) COUNTED_FROM_PRESCHOOL = "counted-from-preschool" {
        "counted (MN, MG and NT together): {entries}",
        "đã đếm (gộp MN, MG và NT): {entries}",
    }
    pub(crate) KIND_UNKNOWN = "kind-unknown" {
        "the school type of {entries} is not known, so the per-type counts are not checked",
        "chưa xác định được loại trường của {entries}, nên không kiểm tra chỉ tiêu theo loại trường",
    }
    pub(crate) KIND_UNKNOWN_HELP = "kind-unknown-help" {
        "write the type in the name (\"MN …\", \"TH …\", \"THCS …\") or give the plan a roster",
        "ghi loại trường trong tên (\"MN …\", \"TH …\", \"THCS …\") hoặc khai báo danh sách trường (`roster`) cho kế hoạch",
    }
    pub(crate) SCHOOL_LIST_MISSING = "school-list-missing" {
        "the plan states targets but lists no schools, so the counts cannot be checked against schools",
        "kế hoạch nêu chỉ tiêu nhưng không liệt kê trường nào, nên không đối chiếu được số liệu với danh sách trường",
    }
    pub(crate) SCHOOL_LIST_MISSING_HELP = "school-list-missing-help" {
        "transcribe the attached list (danh sách kèm theo) as [[school]] entries",
        "chép danh sách kèm theo kế hoạch thành các mục [[school]]",
    }
    pub(crate) PARTS_SUM = "parts-sum" {
        "targets.{whole} says {stated} but {parts} = {sum}",
        "targets.{whole} ghi {stated} nhưng {parts} = {sum}",
    }
    pub(crate) PARTS_SUM_LABEL = "parts-sum-label" {
        "the parts add up to {sum}",
        "cộng các thành phần được {sum}",
    }
    pub(crate) PART_EXCEEDS_WHOLE = "part-exceeds-whole" {
        "targets.{part} ({part_value}) is more than targets.{whole} ({whole_value})",
        "targets.{part} ({part_value}) lớn hơn targets.{whole} ({whole_value})",
    }
    pub(crate) AFTER_STATE = "after-state" {
        "targets.{key} says {stated} but the roster and the plan give {computed}",
        "targets.{key} ghi {stated} nhưng tính theo danh sách trường và kế hoạch là {computed}",
    }
    pub(crate) COMPUTED_LABEL = "computed-label" {
        "computed {computed}",
        "tính được {computed}",
    }
    pub(crate) KEPT_HOW = "kept-how" {
        "{count} roster {count:school holds/schools hold} a recognition at the start of {year} (made {first}–{last})",
        "{count} trường trong danh sách trường đang được công nhận đạt chuẩn đầu năm {year} (công nhận trong các năm {first}–{last})",
    }
    pub(crate) AFTER_HOW = "after-how" {
        "{kept} held at the start of {year} − {dropped} whose term ends in {year} without renewal + {added} recognised by this plan = {after}",
        "{kept} trường đạt chuẩn đầu năm {year} − {dropped} trường hết thời hạn trong năm {year} mà không được công nhận lại + {added} trường được công nhận theo kế hoạch này = {after}",
    }
    pub(crate) LEVEL2_HOW = "level2-how" {
        "{from_roster} kept at level 2 from the roster + {from_plan} at level 2 through this plan = {total}",
        "{from_roster} trường giữ mức độ 2 theo danh sách trường + {from_plan} trường đạt mức độ 2 theo kế hoạch này = {total}",
    }
    pub(crate) SCHOOLS_TOTAL_HOW = "schools-total-how" {
        "{roster} lists {count} {count:school/schools}",
        "{roster} có {count} trường",
    }
    pub(crate) AFTER_STATE_NO_ROSTER = "after-state-no-roster" {
        "there is no roster to read, so kept, recognised_after, level2_after and schools_total are not checked against schools",
        "không có danh sách trường để đối chiếu, nên các chỉ tiêu kept, recognised_after, level2_after và schools_total không được kiểm tra",
    }
    pub(crate) AFTER_STATE_UNMATCHED = "after-state-unmatched" {
        "{count} listed {count:school is/schools are} not found in the roster, so the after-state figures are not checked",
        "{count} trường trong kế hoạch không có trong danh sách trường, nên các số liệu sau kế hoạch không được kiểm tra",
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::rules::checks::schools::match_entries;
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
            roster: roster.as_ref(),
            schools: &schools,
            evaluation: None,
        };
        check(&ctx, &mut sink);
        sink.iter().map(|d| d.rule.code).collect()
    }

    fn without_list(targets: &str) -> Vec<&'static str> {
        let mut found = codes(&format!("[targets]\n{targets}"), None);
        found.retain(|c| *c != "KD104" && *c != "KD110");
        found
    }

    #[test]
    fn parts_must_make_the_whole_without_a_list() {
        assert!(without_list("total = 7\nnew = 2\nrenew = 4\nraise = 1").is_empty());
        assert_eq!(
            without_list("total = 7\nnew = 2\nrenew = 4\nraise = 2"),
            ["KD103"]
        );
        // One part alone may be only a share of the total …
        assert!(without_list("total = 7\nnew = 2").is_empty());
        // … but never more than it.
        assert_eq!(without_list("total = 7\nnew = 8"), ["KD103"]);
        assert!(without_list("total = 3\n[targets.by_kind]\nMN = 2\nTH = 0\nTHCS = 1").is_empty());
        assert_eq!(
            without_list("total = 4\n[targets.by_kind]\nMN = 2\nTH = 0\nTHCS = 1"),
            ["KD103"]
        );
    }

    #[test]
    fn after_state_arithmetic_without_a_roster() {
        assert!(
            without_list(
                "new = 6\nkept = 22\nrecognised_after = 28\nschools_total = 28\nlevel2_after = 19"
            )
            .is_empty()
        );
        assert_eq!(
            without_list("new = 6\nkept = 22\nrecognised_after = 27"),
            ["KD103"]
        );
        assert_eq!(
            without_list("recognised_after = 20\nlevel2_after = 21"),
            ["KD103"]
        );
        assert_eq!(
            without_list("recognised_after = 29\nschools_total = 28"),
            ["KD103"]
        );
    }

    #[test]
    fn counts_follow_the_list_and_types() {
        let list = "[[school]]\nschool = \"MG Bình An\"\naction = \"accredit\"\n\
                    [[school]]\nschool = \"TH&THCS Sùng Phài\"\naction = \"new\"\n\
                    [[school]]\nschool = \"THCS Mỹ Thạnh\"\naction = \"maintain\"\n";
        let with = |targets: &str| codes(&format!("[targets]\n{targets}\n{list}"), None);
        assert!(with("total = 3\nnew = 1\nrenew = 1\naccredit = 1\nraise = 0").is_empty());
        assert_eq!(with("total = 2"), ["KD101"]);
        assert_eq!(with("maintain = 2"), ["KD101"]);
        // MN counts the MG school; the multi-level school counts only under its own key.
        assert!(with("[targets.by_kind]\nMN = 1\nTH = 0\nTHCS = 1\n\"TH&THCS\" = 1").is_empty());
        assert_eq!(with("[targets.by_kind]\nTH = 1"), ["KD102"]);
    }

    const ROSTER: &str = "code,name,kind,standard_level,standard_year\n\
        A,TH A,TH,1,2019\nB,TH B,TH,2,2019\nC,TH C,TH,1,2017\nD,TH D,TH,1,2021\nE,TH E,TH,,\n";

    fn after(plan: &str) -> Vec<&'static str> {
        codes(plan, Some(ROSTER))
    }

    #[test]
    fn after_state_from_the_roster() {
        // Held at the start of 2024: A, B (terms end in 2024) and D; C lapsed in 2022.
        // Nothing done: A and B drop out during 2024, D stays.
        assert!(
            after("[targets]\nkept = 3\nrecognised_after = 1\nlevel2_after = 0\nschools_total = 5")
                .is_empty()
        );
        assert_eq!(after("[targets]\nkept = 4"), ["KD108"]);
        // Renewing A, renewing the lapsed C, raising D to level 2, recognising E at level 1;
        // B's term ends unrenewed.
        let plan = "[targets]\nkept = 3\nrecognised_after = 4\nlevel2_after = 1\n\
            [[school]]\nschool = \"TH A\"\naction = \"renew\"\n\
            [[school]]\nschool = \"TH C\"\naction = \"renew\"\n\
            [[school]]\nschool = \"D\"\naction = \"raise\"\n\
            [[school]]\nschool = \"TH E\"\naction = \"new\"\nlevel = 1\n";
        assert!(after(plan).is_empty(), "{:?}", after(plan));
        assert_eq!(
            after(&plan.replace("level2_after = 1", "level2_after = 2")),
            ["KD108"]
        );
        // An unknown school leaves the after-state unchecked rather than wrong.
        assert_eq!(
            after("[targets]\nkept = 9\n[[school]]\nschool = \"TH Z\"\naction = \"new\"\n"),
            ["KD201", "KD110"]
        );
    }

    /// Every prefix of the real plans and rosters goes through loading and
    /// checking without a panic: whatever a half-saved file holds.
    #[test]
    fn no_prefix_of_a_real_file_panics() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("plans/lai-chau/thanh-pho-lai-chau");
        let plan = std::fs::read_to_string(dir.join("2024.toml")).unwrap();
        let roster = std::fs::read_to_string(dir.join("roster.csv")).unwrap();
        let cut = |text: &str, n: usize| -> String {
            text.char_indices()
                .take_while(|(i, _)| *i < n)
                .map(|(_, c)| c)
                .collect()
        };
        for n in (0..plan.len()).step_by(7) {
            let file = Arc::new(SourceFile::new("p.toml", cut(&plan, n)));
            let mut sink = Vec::new();
            if let Some(p) = crate::load::plan::load(&file, &mut sink) {
                let r = crate::load::roster::load(
                    &Arc::new(SourceFile::new("r.csv", roster.clone())),
                    &mut sink,
                )
                .unwrap();
                let schools = match_entries(&p, &r, &mut sink);
                let ctx = PlanContext {
                    plan: &p,
                    file_year: Some(2024),
                    roster: Some(&r),
                    schools: &schools,
                    evaluation: None,
                };
                crate::rules::checks::run(&ctx, &mut sink);
            }
            for d in &sink {
                let _ = (d.message.render(), d.location());
            }
        }
        for n in (0..roster.len()).step_by(5) {
            let mut sink = Vec::new();
            crate::load::roster::load(
                &Arc::new(SourceFile::new("r.csv", cut(&roster, n))),
                &mut sink,
            );
            for d in &sink {
                let _ = (d.message.render(), d.location());
            }
        }
    }
}
