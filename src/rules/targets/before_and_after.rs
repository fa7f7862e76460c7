//! KD111 `before-and-after`: The count before the plan and the new recognitions do not make the count after it

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Plan, shown_range};
use crate::msg;

pub static BEFORE_AND_AFTER: Rule = Rule {
    code: "KD111",
    slug: "before-and-after",
    severity: Severity::Warning,
    summary: "The count before the plan and the new recognitions do not make the count after it",
    doc: "A plan that states the schools recognised before it (\"hiện có 14 trường đạt \
          chuẩn\", `recognised_before`), its new recognitions (`new`) and the schools \
          recognised after it (\"nâng tổng số lên 20 trường\", `recognised_after`) says \
          recognised_before + new = recognised_after unless some recognitions lapse. Without \
          a roster kdcl cannot see which do, so a difference is a warning that says how many \
          recognitions the figures imply will lapse (or are missing, when the count after is \
          higher). Ranges are compared end by end. With a roster, `recognised_before` is \
          counted instead (KD108). Version 1's `kept` keeps its stricter check (KD103).",
    example: "[targets]\nrecognised_before = 14\nnew = 6\nrecognised_after = 18",
    fix: "recognised_after = 20   # or say which 2 recognitions lapse",
    summary_vi: "Số trường đạt chuẩn trước kế hoạch cộng số công nhận mới không bằng số trường \
          đạt chuẩn sau kế hoạch",
    doc_vi: "Kế hoạch nêu số trường hiện có đạt chuẩn (\"hiện có 14 trường đạt chuẩn\", \
          `recognised_before`), số trường công nhận mới (`new`) và tổng số trường đạt chuẩn \
          sau kế hoạch (\"nâng tổng số lên 20 trường\", `recognised_after`) thì \
          recognised_before + new = recognised_after, trừ khi có trường hết thời hạn công \
          nhận. Khi không có danh sách trường, kdcl không biết trường nào hết hạn, nên chênh \
          lệch được cảnh báo kèm số trường mà số liệu ngầm cho là sẽ hết hạn công nhận (hoặc \
          còn thiếu, khi số sau kế hoạch lớn hơn). Khoảng được so từng đầu. Khi có danh sách \
          trường, `recognised_before` được đếm từ danh sách (KD108). Khóa `kept` của phiên \
          bản 1 vẫn được kiểm tra chặt như cũ (KD103).",
    example_vi: "[targets]\nrecognised_before = 14\nnew = 6\nrecognised_after = 18",
    fix_vi: "recognised_after = 20   # hoặc nêu rõ 2 trường hết hạn công nhận",
    ..Rule::DEFAULT
};

/// How many recognitions `before + new` and `after` imply will lapse, end
/// by end (negative: missing). `None` when the figures agree.
pub fn implied_lapses(
    before: (i64, i64),
    new: (i64, i64),
    after: (i64, i64),
) -> Option<(i64, i64)> {
    let lo = before.0 + new.0 - after.0;
    let hi = before.1 + new.1 - after.1;
    (lo != 0 || hi != 0).then_some((lo.min(hi), lo.max(hi)))
}

/// Without a roster: `recognised_before` + `new` against `recognised_after`.
pub fn check(plan: &Plan, sink: &mut Sink) {
    let t = &plan.targets;
    let (Some(before), Some(new), Some(after)) = (&t.kept, &t.new, &t.recognised_after) else {
        return;
    };
    if before.key == "kept" {
        return;
    }
    let ends = |t: &crate::model::plan::Target| (t.lo(), t.hi());
    let Some((lo, hi)) = implied_lapses(ends(before), ends(new), ends(after)) else {
        return;
    };
    let sum = shown_range(before.lo() + new.lo(), before.hi() + new.hi());
    let message = msg!(
        MESSAGE,
        before = before.shown(),
        new = new.shown(),
        sum = sum,
        after = after.shown()
    );
    let help = if hi <= 0 {
        msg!(MISSING, count = shown_range(-hi, -lo))
    } else {
        msg!(LAPSES, count = shown_range(lo.max(0), hi))
    };
    sink.push(
        Diagnostic::new(&BEFORE_AND_AFTER, message)
            .at(&plan.file, after.value.span.clone())
            .help(help),
    );
}

crate::texts! {
    pub(crate) MESSAGE = "before-and-after" {
        "recognised_before {before} + new {new} = {sum}, but recognised_after is {after}",
        "recognised_before {before} + new {new} = {sum}, nhưng recognised_after ghi {after}",
    }
    pub(crate) LAPSES = "before-and-after-lapses" {
        "the figures imply that {count} recognitions lapse during the plan; if so, say which, otherwise correct the figures",
        "số liệu ngầm cho rằng {count} trường hết thời hạn công nhận trong kỳ kế hoạch; nếu đúng, nêu rõ các trường đó, nếu không, sửa lại số liệu",
    }
    pub(crate) MISSING = "before-and-after-missing" {
        "the count after is {count} more than before + new: recognitions are missing from the figures",
        "số trường đạt chuẩn sau kế hoạch nhiều hơn số trước kế hoạch cộng công nhận mới {count} trường: số liệu còn thiếu",
    }
}

#[cfg(test)]
mod tests {
    use super::implied_lapses;
    use crate::rules::targets::tests::codes;

    #[test]
    fn lapses_end_by_end() {
        assert_eq!(implied_lapses((14, 14), (6, 6), (20, 20)), None);
        assert_eq!(implied_lapses((14, 14), (6, 6), (18, 18)), Some((2, 2)));
        assert_eq!(implied_lapses((14, 14), (6, 6), (21, 21)), Some((-1, -1)));
        // Ranges at both ends: 14 + [120, 150] = [134, 164].
        assert_eq!(implied_lapses((14, 14), (120, 150), (134, 164)), None);
        assert_eq!(
            implied_lapses((14, 14), (120, 150), (134, 160)),
            Some((0, 4))
        );
    }

    #[test]
    fn a_warning_without_a_roster() {
        let run = |t: &str| {
            let mut c = codes(&format!("[targets]\n{t}"), None);
            c.retain(|c| *c == "KD111" || *c == "KD103");
            c
        };
        assert!(run("recognised_before = 14\nnew = 6\nrecognised_after = 20").is_empty());
        assert_eq!(
            run("recognised_before = 14\nnew = 6\nrecognised_after = 18"),
            ["KD111"]
        );
        // Version 1's kept stays KD103.
        assert_eq!(run("kept = 14\nnew = 6\nrecognised_after = 18"), ["KD103"]);
    }
}
