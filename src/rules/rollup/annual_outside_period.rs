//! KD601 `annual-outside-period`: An annual plan's new recognitions fall outside its period plan's figure for that year

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Plan, shown_range};
use crate::msg;

pub static ANNUAL_OUTSIDE_PERIOD: Rule = Rule {
    code: "KD601",
    slug: "annual-outside-period",
    severity: Severity::Warning,
    summary: "An annual plan's new recognitions fall outside its period plan's figure for that year",
    doc: "A period plan may give the new recognitions of each year (\"năm 2027 tăng thêm 5 \
          trường; năm 2028 tăng thêm 4 trường\", `[targets.by_year]`). The same area's plan of \
          one of those years (in the same folder) implements it: its new recognitions, stated \
          (`new`) or listed (`action = \"new\"`), should lie in the period plan's figure for the \
          year. A difference is a warning on the annual plan's `new` (or its `[targets]` when \
          it lists schools without stating a count): one of the two documents needs a word.",
    example: "# 2026-2030.toml: [targets.by_year] 2027 = 5\n# 2027.toml:\n[targets]\nnew = 3",
    fix: "new = 5   # or amend the period plan's by_year",
    summary_vi: "Số công nhận mới của kế hoạch năm nằm ngoài chỉ tiêu năm đó của kế hoạch giai \
          đoạn",
    doc_vi: "Kế hoạch giai đoạn có thể nêu số trường công nhận mới từng năm (\"năm 2027 tăng \
          thêm 5 trường; năm 2028 tăng thêm 4 trường\", `[targets.by_year]`). Kế hoạch năm của \
          cùng địa bàn (cùng thư mục) là bước thực hiện: số trường công nhận mới, nêu bằng số \
          (`new`) hoặc theo danh sách (`action = \"new\"`), cần nằm trong chỉ tiêu năm đó của \
          kế hoạch giai đoạn. Chênh lệch được cảnh báo tại `new` của kế hoạch năm (hoặc tại \
          `[targets]` khi kế hoạch chỉ liệt kê trường mà không nêu số): cần điều chỉnh hoặc \
          giải trình một trong hai văn bản.",
    example_vi: "# 2026-2030.toml: [targets.by_year] 2027 = 5\n# 2027.toml:\n[targets]\nnew = 3",
    fix_vi: "new = 5   # hoặc điều chỉnh by_year của kế hoạch giai đoạn",
    ..Rule::DEFAULT
};

/// Each annual plan of the folder whose year the period plan's `by_year` gives.
pub fn check(period: &Plan, annual: &[&Plan], sink: &mut Sink) {
    let Some(p) = &period.period else { return };
    for plan in annual {
        let Some(year) = &plan.year else { continue };
        if year.value < p.value.0 || year.value > p.value.1 {
            continue;
        }
        let Some((_, wanted)) = period
            .targets
            .by_year
            .iter()
            .find(|(y, _)| y.value == year.value)
        else {
            continue;
        };
        let Some((lo, hi)) = super::new_of(plan) else {
            continue;
        };
        if super::makes(wanted, (lo, hi)) {
            continue;
        }
        let span = match &plan.targets.new {
            Some(new) => new.value.span.clone(),
            None => plan
                .targets_span
                .clone()
                .unwrap_or(plan.header_span.clone()),
        };
        let period_name = format!("{}-{}", p.value.0, p.value.1);
        sink.push(
            Diagnostic::new(
                &ANNUAL_OUTSIDE_PERIOD,
                msg!(
                    MESSAGE,
                    year = year.value,
                    new = shown_range(lo, hi),
                    period = period_name,
                    wanted = wanted.shown()
                ),
            )
            .at(&plan.file, span)
            .help(msg!(HELP, file = period.file.path, period = period_name)),
        );
    }
}

crate::texts! {
    pub(crate) MESSAGE = "annual-outside-period" {
        "the plan of {year} has new = {new}, but the period plan {period} gives {wanted} for {year}",
        "kế hoạch năm {year} có số trường công nhận mới là {new}, nhưng kế hoạch giai đoạn {period} giao chỉ tiêu năm {year} là {wanted}",
    }
    pub(crate) HELP = "annual-outside-period-help" {
        "see [targets.by_year] in {file}; amend one of the two plans or explain the difference",
        "xem [targets.by_year] trong {file}; điều chỉnh một trong hai kế hoạch hoặc giải trình chênh lệch",
    }
}
