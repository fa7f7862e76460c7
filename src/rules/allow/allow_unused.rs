//! KD013 `allow-unused`: An `[[allow]]` that no longer suppresses anything

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static ALLOW_UNUSED: Rule = Rule {
    code: "KD013",
    slug: "allow-unused",
    severity: Severity::Warning,
    summary: "An `[[allow]]` that no longer suppresses anything",
    doc: "The finding an `[[allow]]` accepted is gone (the plan was corrected, or the school \
          renamed). A stale suppression would silently hide the next, different problem of the \
          same rule; remove it.",
    example: "[[allow]]\nrule = \"KD202\"\nschool = \"MN Nậm Loong\"   # the plan now writes Nậm Loỏng\nreason = \"…\"",
    fix: "Delete the `[[allow]]` table.",
    summary_vi: "Mục `[[allow]]` không còn bỏ qua phát hiện nào",
    doc_vi: "Phát hiện mà mục `[[allow]]` chấp nhận đã không còn (kế hoạch đã sửa, hoặc trường đã đổi tên). Để lại mục này sẽ che mất vấn đề khác của cùng quy tắc phát sinh sau; hãy xóa đi.",
    fix_vi: "Xóa mục `[[allow]]` này.",
    example_vi: "[[allow]]\nrule = \"KD202\"\nschool = \"MN Nậm Loong\"   # kế hoạch nay đã ghi Nậm Loỏng\nreason = \"…\"",
    ..Rule::DEFAULT
};
