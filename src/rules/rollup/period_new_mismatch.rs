//! KD602 `period-new-mismatch`: A finished period's annual plans do not add up to its new recognitions

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Plan, shown_range};
use crate::msg;

pub static PERIOD_NEW_MISMATCH: Rule = Rule {
    code: "KD602",
    slug: "period-new-mismatch",
    severity: Severity::Warning,
    summary: "A finished period's annual plans do not add up to its new recognitions",
    doc: "A period plan states the new recognitions of the whole period (\"trong giai đoạn \
          2021-2025 có thêm 12 trường được công nhận đạt chuẩn\", `new`). When every year of \
          the period has its annual plan in the same folder, their new recognitions (stated or \
          listed) together should make it: a range holds their sum when the sum lies in it. A \
          difference is a warning on the period plan's `new`, listing each year's part.",
    example: "# 2021-2025.toml\n[targets]\nnew = 12\n# 2021.toml … 2025.toml: new = 2, 3, 2, 2, 1",
    fix: "# amend the period plan, or report why 2 recognitions were not planned",
    summary_vi: "Tổng số công nhận mới của các kế hoạch năm không bằng chỉ tiêu của kế hoạch \
          giai đoạn",
    doc_vi: "Kế hoạch giai đoạn nêu số trường công nhận mới của cả giai đoạn (\"trong giai đoạn \
          2021-2025 có thêm 12 trường được công nhận đạt chuẩn\", `new`). Khi mọi năm của giai \
          đoạn đều có kế hoạch năm trong cùng thư mục, tổng số trường công nhận mới của các kế \
          hoạch năm (nêu bằng số hoặc theo danh sách) phải bằng chỉ tiêu đó; với khoảng, tổng \
          phải nằm trong khoảng. Chênh lệch được cảnh báo tại `new` của kế hoạch giai đoạn, \
          kèm số của từng năm.",
    example_vi: "# 2021-2025.toml\n[targets]\nnew = 12\n# 2021.toml … 2025.toml: new = 2, 3, 2, 2, 1",
    fix_vi: "# điều chỉnh kế hoạch giai đoạn, hoặc giải trình vì sao còn 2 trường chưa đưa vào kế hoạch",
    ..Rule::DEFAULT
};

/// The period's `new` against its annual plans, once every year has one.
pub fn check(period: &Plan, annual: &[&Plan], sink: &mut Sink) {
    let (Some(p), Some(new)) = (&period.period, &period.targets.new) else {
        return;
    };
    let mut parts: Vec<(String, (i64, i64))> = Vec::new();
    for year in p.value.0..=p.value.1 {
        let Some(plan) = annual
            .iter()
            .find(|a| a.year.as_ref().is_some_and(|y| y.value == year))
        else {
            return;
        };
        let Some(part) = super::new_of(plan) else {
            return;
        };
        parts.push((year.to_string(), part));
    }
    let lo = parts.iter().map(|(_, c)| c.0).sum();
    let hi = parts.iter().map(|(_, c)| c.1).sum();
    if super::makes(new, (lo, hi)) {
        return;
    }
    sink.push(
        Diagnostic::new(
            &PERIOD_NEW_MISMATCH,
            msg!(
                MESSAGE,
                period = format!("{}-{}", p.value.0, p.value.1),
                new = new.shown(),
                sum = shown_range(lo, hi)
            ),
        )
        .at(&period.file, new.value.span.clone())
        .label(msg!(LABEL, sum = shown_range(lo, hi)))
        .help(msg!(HELP, parts = super::parts_list(&parts))),
    );
}

crate::texts! {
    pub(crate) MESSAGE = "period-new-mismatch" {
        "the period plan {period} states new = {new}, but its annual plans add up to {sum}",
        "kế hoạch giai đoạn {period} ghi new = {new}, nhưng cộng số công nhận mới của các kế hoạch năm được {sum}",
    }
    pub(crate) LABEL = "period-new-mismatch-label" {
        "the annual plans add up to {sum}",
        "cộng các kế hoạch năm được {sum}",
    }
    pub(crate) HELP = "period-new-mismatch-help" {
        "new recognitions by year: {parts}",
        "số công nhận mới theo từng năm: {parts}",
    }
}
