//! KD103 `target-parts-mismatch`: Stated parts do not add up to the stated whole

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Action, Plan, Target};
use crate::msg;

pub static TARGET_PARTS_MISMATCH: Rule = Rule {
    code: "KD103",
    slug: "target-parts-mismatch",
    severity: Severity::Error,
    summary: "Stated parts do not add up to the stated whole",
    doc: "When a plan states a total and its parts (\"07 trường = 02 mới + 04 duy trì + 01 nâng \
          mức\"), the parts must add up even if no school list is attached: new + renew + raise \
          + accredit = total, the per-type counts sum to total, kept + new = recognised_after, \
          and level2_after ≤ recognised_after ≤ schools_total.",
    example: "[targets]\ntotal = 7\nnew = 2\nrenew = 4\nraise = 2",
    fix: "raise = 1   # or total = 8",
    summary_vi: "Các thành phần của chỉ tiêu cộng lại không bằng tổng",
    doc_vi: "Khi kế hoạch nêu tổng số và các thành phần (\"07 trường = 02 mới + 04 duy trì + \
          01 nâng mức\"), các thành phần phải cộng lại đúng bằng tổng, kể cả khi không có \
          danh sách kèm theo: new + renew + raise + accredit = total, tổng các chỉ tiêu theo \
          loại trường bằng total, kept + new = recognised_after, và level2_after ≤ \
          recognised_after ≤ schools_total.",
    fix_vi: "raise = 1   # hoặc total = 8",
    ..Rule::DEFAULT
};

/// Without a list, the stated parts must still make the stated whole.
pub fn without_list(plan: &Plan, sink: &mut Sink) {
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

/// Orderings of the after-state targets that hold whatever the roster says.
pub fn after_state(plan: &Plan, sink: &mut Sink) {
    let t = &plan.targets;
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
                    &TARGET_PARTS_MISMATCH,
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
}

/// Without a roster, kept and new must make recognised_after.
pub fn kept_and_new(plan: &Plan, sink: &mut Sink) {
    let t = &plan.targets;
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
}

fn parts_mismatch(plan: &Plan, whole: &Target, parts: &[&Target], sum: i64) -> Diagnostic {
    let written = parts
        .iter()
        .map(|p| format!("{} {}", p.key, p.value.value))
        .collect::<Vec<_>>()
        .join(" + ");
    Diagnostic::new(
        &TARGET_PARTS_MISMATCH,
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

crate::texts! {
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
}

#[cfg(test)]
mod tests {
    use crate::rules::targets::tests::codes;

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
}
