//! KD103 `target-parts-mismatch`: Stated parts do not add up to the stated whole

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Action, Plan, Target, shown_range};
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

/// Without a list, the stated parts must still make the stated whole, end
/// by end when they are ranges: the minimums make the whole's minimum and
/// the maximums its maximum.
pub fn without_list(plan: &Plan, sink: &mut Sink) {
    let t = &plan.targets;
    let actions: Vec<&Target> = Action::ALL.iter().filter_map(|a| t.action(*a)).collect();
    let kinds: Vec<&Target> = t.by_kind.iter().map(|(_, target)| target).collect();
    if let Some(total) = &t.total {
        for parts in [&actions, &kinds] {
            check_parts(plan, total, parts, true, sink);
        }
    } else if let ([whole], false) = (actions.as_slice(), kinds.is_empty()) {
        // Version 2: per-type counts split the one action a plan states.
        if plan.period.is_some() || kinds.iter().any(|k| k.is_range()) || whole.is_range() {
            check_parts(plan, whole, &kinds, true, sink);
        }
    }
}

/// `[targets.by_year]` against `new`: when every year of the period is
/// given they add up to it, otherwise they stay within it.
pub fn by_year(plan: &Plan, sink: &mut Sink) {
    let t = &plan.targets;
    let (Some(new), false) = (&t.new, t.by_year.is_empty()) else {
        return;
    };
    let every_year = plan.period.as_ref().is_some_and(|p| {
        let (from, to) = p.value;
        (from..=to).all(|y| t.by_year.iter().any(|(year, _)| year.value == y))
    });
    let parts: Vec<&Target> = t.by_year.iter().map(|(_, target)| target).collect();
    check_parts(plan, new, &parts, every_year, sink);
}

/// The parts against the whole, end by end. `complete`: the parts are the
/// whole breakdown (two or more), so they must make it; otherwise they
/// must only stay within it.
fn check_parts(plan: &Plan, whole: &Target, parts: &[&Target], complete: bool, sink: &mut Sink) {
    let lo: i64 = parts.iter().map(|p| p.lo()).sum();
    let hi: i64 = parts.iter().map(|p| p.hi()).sum();
    // One part alone may be only a share of the total; two or more are the breakdown.
    let breakdown = complete && parts.len() >= 2;
    // Parts of single numbers make a counted value, which a range holds.
    let made = if lo == hi {
        whole.holds(lo)
    } else {
        lo == whole.lo() && hi == whole.hi()
    };
    if (breakdown && !made) || hi > whole.hi() {
        sink.push(parts_mismatch(plan, whole, parts, lo, hi));
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
            && part.lo() > whole.hi()
        {
            sink.push(
                Diagnostic::new(
                    &TARGET_PARTS_MISMATCH,
                    msg!(
                        PART_EXCEEDS_WHOLE,
                        part = part.key,
                        part_value = part.shown(),
                        whole = whole.key,
                        whole_value = whole.shown()
                    ),
                )
                .at(&plan.file, part.value.span.clone()),
            );
        }
    }
}

/// Without a roster, kept and new must make recognised_after (version 1's
/// `kept`; `recognised_before` allows for lapses: KD111).
pub fn kept_and_new(plan: &Plan, sink: &mut Sink) {
    let t = &plan.targets;
    if let (Some(kept), Some(new), Some(after)) = (&t.kept, &t.new, &t.recognised_after)
        && kept.key == "kept"
        && (kept.lo() + new.lo() != after.lo() || kept.hi() + new.hi() != after.hi())
    {
        let (lo, hi) = (kept.lo() + new.lo(), kept.hi() + new.hi());
        sink.push(parts_mismatch(plan, after, &[kept, new], lo, hi));
    }
}

fn parts_mismatch(plan: &Plan, whole: &Target, parts: &[&Target], lo: i64, hi: i64) -> Diagnostic {
    let written = parts
        .iter()
        .map(|p| format!("{} {}", p.key, p.shown()))
        .collect::<Vec<_>>()
        .join(" + ");
    let sum = shown_range(lo, hi);
    Diagnostic::new(
        &TARGET_PARTS_MISMATCH,
        msg!(
            PARTS_SUM,
            whole = whole.key,
            stated = whole.shown(),
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
        "chỉ tiêu targets.{whole} ghi {stated} nhưng {parts} = {sum}",
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
    fn ranges_add_up_end_by_end() {
        let head = "total = [120, 150]\n[targets.by_kind]\n";
        assert!(
            without_list(&format!(
                "{head}MN = [40, 50]\nTH = [45, 55]\nTHCS = [35, 45]"
            ))
            .is_empty()
        );
        // The minimums make 121: one end is wrong.
        assert_eq!(
            without_list(&format!(
                "{head}MN = [41, 50]\nTH = [45, 55]\nTHCS = [35, 45]"
            )),
            ["KD103"]
        );
        // The maximums make 151.
        assert_eq!(
            without_list(&format!(
                "{head}MN = [40, 51]\nTH = [45, 55]\nTHCS = [35, 45]"
            )),
            ["KD103"]
        );
        // A single number is a range of one value.
        assert!(without_list("total = [2, 2]\nnew = 1\nrenew = 1").is_empty());
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
