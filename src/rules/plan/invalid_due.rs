//! KD007 `invalid-due`: A task's `due` is not a date, a month or a quarter

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static INVALID_DUE: Rule = Rule {
    code: "KD007",
    slug: "invalid-due",
    severity: Severity::Error,
    summary: "A task's `due` is not a date, a month or a quarter",
    doc: "Deadlines are written `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Qn` so they can be sorted and \
          compared with the plan year. Documents say \"quý II/2024\"; write it `2024-Q2`.",
    example: "due = \"quý II/2024\"",
    fix: "due = \"2024-Q2\"",
    summary_vi: "Thời hạn `due` của nhiệm vụ không phải là ngày, tháng hoặc quý",
    doc_vi: "Thời hạn được ghi dạng `YYYY-MM-DD`, `YYYY-MM` hoặc `YYYY-Qn` để sắp xếp được và \
          so sánh được với năm kế hoạch. Văn bản thường ghi \"quý II/2024\"; trong kế hoạch \
          hãy ghi `2024-Q2`.",
    fix_vi: "due = \"2024-Q2\"",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "invalid-due" {
        "the deadline {value} is not a date, a month or a quarter",
        "thời hạn {value} không phải là ngày, tháng hoặc quý",
    }
    pub(crate) HELP = "invalid-due-help" {
        "write \"2024-06-30\", \"2024-06\" or \"2024-Q2\" (quý II/2024)",
        "ghi \"2024-06-30\", \"2024-06\" hoặc \"2024-Q2\" (quý II/2024)",
    }
}
