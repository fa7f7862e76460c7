//! KD101 `target-count-mismatch`: A stated count differs from the schools listed

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Action, Entry, Target};
use crate::msg;
use crate::rules::targets::counted::{COUNTED_FROM, Listed, count_mismatch};

pub static TARGET_COUNT_MISMATCH: Rule = Rule {
    code: "KD101",
    slug: "target-count-mismatch",
    severity: Severity::Error,
    summary: "A stated count differs from the schools listed",
    doc: "`targets.total` must equal the number of `[[school]]` entries, and `new`, `renew` \
          (`maintain`), `raise` and `accredit` the number of entries with that action. \
          Hand-written plans often change the list and forget the number in the text; the \
          finding names the entries that were counted.",
    example: "[targets]\nnew = 2\n# … three [[school]] entries with action = \"new\"",
    fix: "new = 3   # or correct the list",
    summary_vi: "Số trường ghi trong chỉ tiêu khác với số trường kế hoạch liệt kê",
    doc_vi: "`targets.total` phải bằng số mục `[[school]]`; `new`, `renew` (`maintain`), \
          `raise` và `accredit` phải bằng số mục có nội dung đề nghị tương ứng. Kế hoạch soạn \
          thủ công thường sửa danh sách đề nghị mà quên sửa con số trong văn bản; phát hiện \
          liệt kê các mục đã được đếm.",
    example_vi: "[targets]\nnew = 2\n# … ba mục [[school]] có action = \"new\"",
    fix_vi: "new = 3   # hoặc sửa lại các mục [[school]]",
    ..Rule::DEFAULT
};

/// `targets.total` and each action's target against the listed schools.
pub fn check(listed: &Listed<'_>, sink: &mut Sink) {
    let plan = listed.plan;
    let t = &plan.targets;
    let all: Vec<&Entry> = plan.schools.iter().collect();
    if let Some(total) = &t.total
        && !total.holds(all.len() as i64)
    {
        sink.push(mismatch(
            listed,
            total,
            msg!(COUNT_TOTAL, stated = total.shown(), counted = all.len()),
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
        if !target.holds(with.len() as i64) {
            sink.push(mismatch(
                listed,
                target,
                msg!(
                    COUNT_ACTION,
                    key = target.key,
                    stated = target.shown(),
                    counted = with.len(),
                    action = action.key()
                ),
                &with,
            ));
        }
    }
}

fn mismatch(
    listed: &Listed<'_>,
    target: &Target,
    message: Message,
    entries: &[&Entry],
) -> Diagnostic {
    let plan = listed.plan;
    let help = msg!(COUNTED_FROM, entries = listed.entries(entries));
    let span = target.value.span.clone();
    count_mismatch(&TARGET_COUNT_MISMATCH, plan, span, message, entries, help)
}

crate::texts! {
    pub(crate) COUNT_TOTAL = "count-total" {
        "targets.total says {stated} but {counted} {counted:school is/schools are} listed",
        "chỉ tiêu tổng số (targets.total) ghi {stated} trường nhưng danh sách có {counted} trường",
    }
    pub(crate) COUNT_ACTION = "count-action" {
        "targets.{key} says {stated} but {counted} {counted:school is/schools are} listed with action `{action}`",
        "chỉ tiêu targets.{key} ghi {stated} trường nhưng danh sách có {counted} trường ghi action `{action}`",
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::targets::tests::with_list;

    #[test]
    fn counts_follow_the_list() {
        assert!(with_list("total = 3\nnew = 1\nrenew = 1\naccredit = 1\nraise = 0").is_empty());
        assert_eq!(with_list("total = 2"), ["KD101"]);
        assert_eq!(with_list("maintain = 2"), ["KD101"]);
    }
}
