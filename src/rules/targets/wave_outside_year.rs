//! KD107 `wave-outside-year`: A wave's month is outside the plan year

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Plan, Wave};
use crate::msg;

pub static WAVE_OUTSIDE_YEAR: Rule = Rule {
    code: "KD107",
    slug: "wave-outside-year",
    severity: Severity::Warning,
    summary: "A wave's month is outside the plan year",
    doc: "A wave of proposals belongs to its plan's year; a month in another year is usually a \
          date copied from last year's plan.",
    example: "[plan]\nyear = 2024\n[[wave]]\nnumber = 1\nmonth = \"2023-03\"",
    fix: "month = \"2024-03\"",
    summary_vi: "Tháng của đợt nằm ngoài năm kế hoạch",
    doc_vi: "Một đợt đề nghị thuộc năm của kế hoạch; tháng thuộc năm khác thường là do sao \
          chép từ kế hoạch năm trước.",
    fix_vi: "month = \"2024-03\"",
    ..Rule::DEFAULT
};

/// A wave's month against the plan year.
pub fn check(plan: &Plan, wave: &Wave, sink: &mut Sink) {
    if let (Some(month), Some(year)) = (&wave.month, &plan.year)
        && i64::from(month.value.0) != year.value
    {
        sink.push(
            Diagnostic::new(
                &WAVE_OUTSIDE_YEAR,
                msg!(
                    MESSAGE,
                    number = wave.number.value,
                    month = format!("{:02}/{}", month.value.1, month.value.0),
                    year = year.value
                ),
            )
            .at(&plan.file, month.span.clone()),
        );
    }
}

crate::texts! {
    pub(crate) MESSAGE = "wave-outside-year" {
        "wave {number} is in {month}, outside the plan year {year}",
        "đợt {number} vào tháng {month}, ngoài năm kế hoạch {year}",
    }
}
