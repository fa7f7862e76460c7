//! KD109 `school-kind-unknown`: Per-type counts cannot be checked: a school's type is unknown

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static KIND_UNKNOWN: Rule = Rule {
    code: "KD109",
    slug: "school-kind-unknown",
    severity: Severity::Note,
    summary: "Per-type counts cannot be checked: a school's type is unknown",
    doc: "Without a roster, a school's type is read from its name (\"MN …\", \"Trường Tiểu học …\"). \
          When a name carries no type and no roster tells it, `[targets.by_kind]` cannot be \
          checked.",
    example: "[[school]]\nschool = \"Hoa Sen\"   # MN? TH?",
    fix: "school = \"MN Hoa Sen\"   # or add a roster",
    summary_vi: "Không kiểm tra được chỉ tiêu theo loại trường vì chưa rõ loại của một trường",
    doc_vi: "Khi không có danh sách trường, loại trường được xác định từ tên (\"MN …\", \
          \"Trường Tiểu học …\"). Nếu tên không cho biết loại và không có danh sách trường, \
          `[targets.by_kind]` không kiểm tra được.",
    example_vi: "[[school]]\nschool = \"Hoa Sen\"   # MN? TH?",
    fix_vi: "school = \"MN Hoa Sen\"   # hoặc khai báo danh sách trường",
    ..Rule::DEFAULT
};
