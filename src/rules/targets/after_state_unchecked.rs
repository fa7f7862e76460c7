//! KD110 `after-state-unchecked`: After-state figures cannot be checked without a complete roster match

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Plan, Target};
use crate::msg;

pub static AFTER_STATE_UNCHECKED: Rule = Rule {
    code: "KD110",
    slug: "after-state-unchecked",
    severity: Severity::Note,
    summary: "After-state figures cannot be checked without a complete roster match",
    doc: "`kept`, `recognised_after`, `level2_after` and `schools_total` are computed from the \
          roster. Without a roster, or when a listed school is not found in it, kdcl says so \
          instead of guessing.",
    example: "[targets]\nrecognised_after = 28\n# no roster",
    fix: "roster = \"roster.csv\"",
    summary_vi: "Không kiểm tra được số liệu sau kế hoạch vì chưa khớp đủ với danh sách trường",
    doc_vi: "`kept`, `recognised_after`, `level2_after` và `schools_total` được tính từ danh \
          sách trường. Khi không có danh sách trường, hoặc có trường trong kế hoạch không tìm \
          thấy trong danh sách trường, kdcl thông báo như vậy thay vì phỏng đoán.",
    example_vi: "[targets]\nrecognised_after = 28\n# không có danh sách trường",
    fix_vi: "roster = \"roster.csv\"",
    ..Rule::DEFAULT
};

/// No roster (or no year) to compute the after-state from.
pub fn without_roster(plan: &Plan, stated: &[&Option<Target>], sink: &mut Sink) {
    if stated.iter().any(|s| s.is_some()) {
        unchecked(plan, stated, msg!(AFTER_STATE_NO_ROSTER), sink);
    }
}

/// `count` listed schools not found in the roster.
pub fn unmatched(plan: &Plan, stated: &[&Option<Target>], count: usize, sink: &mut Sink) {
    unchecked(
        plan,
        stated,
        msg!(AFTER_STATE_UNMATCHED, count = count),
        sink,
    );
}

/// On the first after-state target written.
fn unchecked(plan: &Plan, stated: &[&Option<Target>], reason: Message, sink: &mut Sink) {
    let first = stated
        .iter()
        .flat_map(|s| s.as_ref())
        .min_by_key(|s| s.key_span.start);
    if let Some(first) = first {
        sink.push(
            Diagnostic::new(&AFTER_STATE_UNCHECKED, reason).at(&plan.file, first.key_span.clone()),
        );
    }
}

crate::texts! {
    pub(crate) AFTER_STATE_NO_ROSTER = "after-state-no-roster" {
        "there is no roster to read, so kept, recognised_after, level2_after and schools_total are not checked against schools",
        "không có danh sách trường để đối chiếu, nên các chỉ tiêu kept, recognised_after, level2_after và schools_total không được kiểm tra",
    }
    pub(crate) AFTER_STATE_UNMATCHED = "after-state-unmatched" {
        "{count} listed {count:school is/schools are} not found in the roster, so the after-state figures are not checked",
        "{count} trường trong kế hoạch không có trong danh sách trường, nên các số liệu sau kế hoạch không được kiểm tra",
    }
}
