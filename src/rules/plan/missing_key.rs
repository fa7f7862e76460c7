//! KD004 `missing-key`: A required key is missing

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static MISSING_KEY: Rule = Rule {
    code: "KD004",
    slug: "missing-key",
    severity: Severity::Error,
    summary: "A required key is missing",
    doc: "A plan needs its `[plan]` header (title, issuer, area, province, year); every \
          `[[school]]` needs `school` and `action`, every `[[wave]]` its `number`, every \
          `[[task]]` its `what`. Without them the plan cannot be checked.",
    example: "[[school]]\nschool = \"MN Hoa Sen\"",
    fix: "[[school]]\nschool = \"MN Hoa Sen\"\naction = \"new\"",
    summary_vi: "Thiếu mục bắt buộc",
    doc_vi: "Kế hoạch cần có phần `[plan]` (title, issuer, area, province, year); mỗi \
          `[[school]]` cần có `school` và `action`, mỗi `[[wave]]` cần có `number`, mỗi \
          `[[task]]` cần có `what`. Thiếu các mục này thì không kiểm tra được kế hoạch.",
    fix_vi: "[[school]]\nschool = \"MN Hoa Sen\"\naction = \"new\"",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "missing-key" {
        "`{key}` is missing",
        "thiếu `{key}`",
    }
    pub(crate) MISSING_PLAN_TABLE = "missing-plan-table" {
        "the plan has no `[plan]` table",
        "kế hoạch không có phần `[plan]`",
    }
    pub(crate) MISSING_PLAN_TABLE_HELP = "missing-plan-table-help" {
        "start the file with `[plan]` and its title, issuer, area, province and year",
        "mở đầu tệp bằng `[plan]` với tên văn bản (title), cơ quan ban hành (issuer), địa bàn (area), tỉnh (province) và năm (year)",
    }
}
