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

crate::texts! {
    pub(crate) ROSTER_INVALID = "roster-invalid" {
        "column \"{column}\" is \"{value}\", but it must be {expected}",
        "cột \"{column}\" ghi \"{value}\", nhưng phải là {expected}",
    }
    pub(crate) STANDARD_LEVEL_IS_ACCREDITATION = "standard-level-is-accreditation" {
        "column \"{column}\" is \"{value}\", but national-standard levels (mức độ) are 1 and 2: {level} is not one",
        "cột \"{column}\" ghi \"{value}\", nhưng mức độ đạt chuẩn quốc gia chỉ có 1 và 2: {level} không phải là mức độ",
    }
    pub(crate) ACCREDITATION_COLUMN_HELP = "accreditation-column-help" {
        "an accreditation level (cấp độ, 1–4) such as {level} goes in the column \"{column}\"; here write the national-standard level, or leave the cell empty",
        "cấp độ kiểm định chất lượng giáo dục (1–4) như {level} được ghi ở cột \"{column}\"; ở cột này hãy ghi mức độ đạt chuẩn quốc gia, hoặc để trống",
    }
    pub(crate) EXPECT_LEVEL = "expect-level" {
        "a level from 1 to {max} (2, \"Mức độ 2\" or \"II\" are read alike)",
        "một mức từ 1 đến {max} (ghi 2, \"Mức độ 2\" hay \"II\" đều được)",
    }
    pub(crate) EXPECT_YEAR_OR_DATE = "expect-year-or-date" {
        "a year (2019) or a date (2019-10-15 or 15/10/2019)",
        "một năm (2019) hoặc một ngày (2019-10-15 hoặc 15/10/2019)",
    }
    pub(crate) EXPECT_YEAR = "expect-year" {
        "a year such as 1998",
        "một năm, ví dụ 1998",
    }
    pub(crate) EXPECT_VALUE = "expect-value" {
        "a value; it must not be empty",
        "một giá trị; ô này không được để trống",
    }
    pub(crate) EXPECT_KIND = "expect-kind" {
        "MN, MG, NT, TH, THCS, THPT or a multi-level type such as TH-THCS",
        "MN, MG, NT, TH, THCS, THPT hoặc loại trường có nhiều cấp học như TH-THCS",
    }
    pub(crate) LEVEL_WITHOUT_YEAR = "level-without-year" {
        "column \"{level}\" is set but \"{year}\" is empty: the year is needed to know when the 5-year term ends",
        "cột \"{level}\" có giá trị nhưng cột \"{year}\" để trống: cần năm công nhận để biết khi nào hết thời hạn 5 năm",
    }
}
