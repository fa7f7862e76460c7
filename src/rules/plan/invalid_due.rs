//! KD007 `invalid-due`: A task's `due` is not a date, a month or a quarter

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static INVALID_DUE: Rule = Rule {
    code: "KD007",
    slug: "invalid-due",
    severity: Severity::Error,
    summary: "A task's `due` is not a date, a month or a quarter",
    doc: "Deadlines are written as documents write them, day first (`\"30/6/2024\"`, \
          `\"tháng 6/2024\"`, `\"quý II/2024\"`), or `YYYY-MM-DD`, `YYYY-MM`, `YYYY-Qn`, so they \
          can be sorted and compared with the plan year. A value that is none of these is \
          reported, with the value converted when its meaning is plain.",
    example: "due = \"quý 5/2024\"",
    fix: "due = \"quý II/2024\"",
    summary_vi: "Thời hạn `due` của nhiệm vụ không phải là ngày, tháng hoặc quý",
    doc_vi: "Thời hạn được ghi như văn bản vẫn ghi, ngày trước (`\"30/6/2024\"`, \
          `\"tháng 6/2024\"`, `\"quý II/2024\"`), hoặc dạng `YYYY-MM-DD`, `YYYY-MM`, `YYYY-Qn`, để \
          sắp xếp được và so sánh được với năm kế hoạch. Giá trị không thuộc dạng nào trong số \
          đó được báo, kèm giá trị đã chuyển đổi khi ý nghĩa của nó rõ ràng.",
    fix_vi: "due = \"quý II/2024\"",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "invalid-due" {
        "the deadline {value} is not a date, a month or a quarter",
        "thời hạn {value} không phải là ngày, tháng hoặc quý",
    }
    pub(crate) HELP = "invalid-due-help" {
        "write a day, a month or a quarter: \"30/6/{year}\", \"tháng 6/{year}\", \"quý II/{year}\" (or \"{year}-06-30\", \"{year}-06\", \"{year}-Q2\")",
        "ghi một ngày, một tháng hoặc một quý: \"30/6/{year}\", \"tháng 6/{year}\", \"quý II/{year}\" (hoặc \"{year}-06-30\", \"{year}-06\", \"{year}-Q2\")",
    }
    pub(crate) CONVERTED = "invalid-due-converted" {
        "write \"{due}\"",
        "hãy ghi \"{due}\"",
    }
}
