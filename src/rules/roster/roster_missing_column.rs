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
