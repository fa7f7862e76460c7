//! KD107 `wave-outside-year`: A wave's month is outside the plan year

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

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
