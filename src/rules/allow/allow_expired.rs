//! KD012 `allow-expired`: An `[[allow]]` whose `until` date has passed

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static ALLOW_EXPIRED: Rule = Rule {
    code: "KD012",
    slug: "allow-expired",
    severity: Severity::Warning,
    summary: "An `[[allow]]` whose `until` date has passed",
    doc: "An `[[allow]]` with `until` accepts a finding only until that date; after it the finding \
          is reported again, and this warning says why, so the authors decide whether to fix the \
          plan or extend the date.",
    example: "[[allow]]\nrule = \"KD409\"\nreason = \"…\"\nuntil = 2025-12-31",
    fix: "Fix what the finding says, or write a later `until` with a new reason.",
    summary_vi: "Mục `[[allow]]` đã quá ngày `until`",
    doc_vi: "Mục `[[allow]]` có `until` chỉ chấp nhận phát hiện đến ngày đó; sau đó phát hiện được báo lại, kèm cảnh báo này để người soạn quyết định sửa kế hoạch hay gia hạn.",
    fix_vi: "Sửa theo nội dung phát hiện, hoặc ghi ngày `until` muộn hơn kèm lý do mới.",
    ..Rule::DEFAULT
};
