//! KD005 `empty-plan`: The plan file is empty

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static EMPTY_PLAN: Rule = Rule {
    code: "KD005",
    slug: "empty-plan",
    severity: Severity::Error,
    summary: "The plan file is empty",
    doc: "A file named like a plan (`2025.toml`) holds nothing but blanks or comments. It is \
          probably a plan that was never filled in.",
    example: "# kế hoạch 2025",
    fix: "[plan]\ntitle = \"…\"\nyear = 2025\n…",
    summary_vi: "Tệp kế hoạch trống",
    doc_vi: "Tệp có tên như một kế hoạch (`2025.toml`) nhưng chỉ có dòng trống hoặc chú \
          thích. Thường đây là kế hoạch chưa được nhập nội dung.",
    example_vi: "# kế hoạch 2025",
    fix_vi: "[plan]\ntitle = \"…\"\nyear = 2025\n…",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "empty-plan" {
        "this plan file is empty",
        "tệp kế hoạch này trống",
    }
}
