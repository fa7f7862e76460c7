//! KD011 `allow-without-reason`: An `[[allow]]` without a reason

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static ALLOW_WITHOUT_REASON: Rule = Rule {
    code: "KD011",
    slug: "allow-without-reason",
    severity: Severity::Error,
    summary: "An `[[allow]]` without a reason",
    doc: "A plan may accept a finding with `[[allow]]` (rule, optionally school, reason, optionally \
          until). The reason is required: a suppression nobody can explain hides a problem from \
          the next reader. Without one the `[[allow]]` suppresses nothing.",
    example: "[[allow]]\nrule = \"KD202\"\nschool = \"MN Nậm Loong\"",
    fix: "reason = \"Tên trường ghi theo văn bản đã ban hành; danh sách trường ghi Nậm Loỏng\"",
    summary_vi: "Mục `[[allow]]` không ghi lý do",
    doc_vi: "Kế hoạch có thể chấp nhận một phát hiện bằng mục `[[allow]]` (quy tắc, có thể kèm trường, lý do, có thể kèm hạn). Lý do là bắt buộc: bỏ qua mà không ai giải thích được sẽ che vấn đề khỏi người đọc sau. Không có lý do thì mục `[[allow]]` không có hiệu lực.",
    fix_vi: "reason = \"Tên trường ghi theo văn bản đã ban hành; danh sách trường ghi Nậm Loỏng\"",
    ..Rule::DEFAULT
};
