//! KD305 `duplicate-code`: Two roster rows share a school code

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static DUPLICATE_CODE: Rule = Rule {
    code: "KD305",
    slug: "duplicate-code",
    severity: Severity::Error,
    summary: "Two roster rows share a school code",
    doc: "A school code identifies one school; plans may name schools by code.",
    example: "TPLC-01,Trường Mầm non Hoa Sen,MN\nTPLC-01,Trường Tiểu học Số 2,TH",
    fix: "TPLC-02,Trường Tiểu học Số 2,TH",
    summary_vi: "Hai dòng trong danh sách trường trùng mã trường",
    doc_vi: "Mỗi mã trường chỉ xác định một trường; kế hoạch có thể ghi trường theo mã.",
    fix_vi: "TPLC-02,Trường Tiểu học Số 2,TH",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "duplicate-code" {
        "the code {code} is already used on line {first_line}",
        "mã {code} đã được dùng ở dòng {first_line}",
    }
}
