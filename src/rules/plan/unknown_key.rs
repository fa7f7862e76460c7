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
    doc_vi: "Mỗi mục của kế hoạch đều có ý nghĩa trong định dạng kế hoạch; mục mà kdcl \
          không biết thường là do viết sai, và mục viết sai nếu không được báo sẽ bị bỏ qua \
          mà không ai hay (một chỉ tiêu không bao giờ được kiểm tra). kdcl gợi ý mục hợp lệ \
          gần nhất.",
    fix_vi: "action = \"new\"",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "unknown-key" {
        "`{key}` is not a key of the plan format",
        "`{key}` không phải là mục của định dạng kế hoạch",
    }
    pub(crate) KNOWN_KEYS = "known-keys" {
        "the keys allowed here are: {keys}",
        "các mục được dùng ở đây: {keys}",
    }
    pub(crate) UNKNOWN_SETTINGS_KEY = "unknown-settings-key" {
        "`{key}` is not a setting of kdcl.toml",
        "`{key}` không phải là thiết lập của kdcl.toml",
    }
}
