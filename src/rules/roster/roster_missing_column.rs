//! KD304 `roster-missing-column`: A required roster column is missing

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static ROSTER_MISSING_COLUMN: Rule = Rule {
    code: "KD304",
    slug: "roster-missing-column",
    severity: Severity::Error,
    summary: "A required roster column is missing",
    doc: "A roster needs the columns `code`, `name` and `kind`.",
    example: "code,name,commune",
    fix: "code,name,kind,commune",
    summary_vi: "Danh sách trường thiếu cột bắt buộc",
    doc_vi: "Danh sách trường cần có các cột `code` (mã trường), `name` (tên trường) và \
          `kind` (loại trường).",
    fix_vi: "code,name,kind,commune",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) ROSTER_EMPTY = "roster-empty" {
        "this roster is empty: it needs a header row (code,name,kind,…) and one row per school",
        "danh sách trường này trống: cần một dòng tiêu đề (code,name,kind,…) và mỗi trường một dòng",
    }
    pub(crate) MISSING_COLUMN = "missing-column" {
        "the roster has no `{column}` column",
        "danh sách trường không có cột `{column}`",
    }
    pub(crate) REQUIRED_COLUMNS_HELP = "required-columns-help" {
        "the header row must include {columns}",
        "dòng tiêu đề phải có {columns}",
    }
}
