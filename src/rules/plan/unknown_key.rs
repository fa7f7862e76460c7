//! KD002 `unknown-key`: A key the plan format does not define

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static UNKNOWN_KEY: Rule = Rule {
    code: "KD002",
    slug: "unknown-key",
    severity: Severity::Error,
    summary: "A key the plan format does not define",
    doc: "Every key of a plan has a meaning in the plan format; a key kdcl does not know is \
          usually a misspelling, and a misspelt key would otherwise be silently ignored (a \
          target that is never checked). The closest known key is suggested.",
    example: "[[school]]\nschool = \"MN Hoa Sen\"\nacton = \"new\"",
    fix: "action = \"new\"",
    summary_vi: "Khóa không có trong định dạng kế hoạch",
    doc_vi: "Mỗi khóa của kế hoạch đều có ý nghĩa trong định dạng kế hoạch; khóa mà kdcl \
          không biết thường là do viết sai, và khóa viết sai nếu không được báo sẽ bị bỏ qua \
          mà không ai hay (một chỉ tiêu không bao giờ được kiểm tra). kdcl gợi ý khóa hợp lệ \
          gần nhất.",
    fix_vi: "action = \"new\"",
    ..Rule::DEFAULT
};
