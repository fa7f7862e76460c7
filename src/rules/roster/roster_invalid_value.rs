//! KD306 `roster-invalid-value`: A roster cell holds a value kdcl cannot use

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static ROSTER_INVALID_VALUE: Rule = Rule {
    code: "KD306",
    slug: "roster-invalid-value",
    severity: Severity::Error,
    summary: "A roster cell holds a value kdcl cannot use",
    doc: "`kind` must be a school type (MN, MG, NT, TH, THCS, THPT or a multi-level type such as \
          TH-THCS); `standard_level` 1–2; `accreditation_level` 1–4; years four digits (or a \
          date YYYY-MM-DD for the recognition years); a level needs its year.",
    example: "TPLC-03,Trường Tiểu học Số 2,TH,,,,,,,3,2019",
    fix: "TPLC-03,Trường Tiểu học Số 2,TH,,,,,,,2,2019",
    summary_vi: "Ô trong danh sách trường có giá trị kdcl không dùng được",
    doc_vi: "`kind` phải là loại trường (MN, MG, NT, TH, THCS, THPT hoặc loại trường có nhiều \
          cấp học như TH-THCS); `standard_level` từ 1 đến 2; `accreditation_level` từ 1 đến \
          4; năm ghi đủ bốn chữ số (năm công nhận có thể ghi ngày đầy đủ YYYY-MM-DD); đã ghi \
          mức độ thì phải ghi năm.",
    fix_vi: "TPLC-03,Trường Tiểu học Số 2,TH,,,,,,,2,2019",
    ..Rule::DEFAULT
};
