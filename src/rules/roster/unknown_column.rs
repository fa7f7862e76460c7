//! KD307 `unknown-column`: A roster column name looks like a misspelt known column

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static UNKNOWN_COLUMN: Rule = Rule {
    code: "KD307",
    slug: "unknown-column",
    severity: Severity::Warning,
    summary: "A roster column name looks like a misspelt known column",
    doc: "Extra columns are allowed and ignored, but one that is one or two letters away from a \
          known column is probably a misspelling, and its data would be ignored.",
    example: "code,name,kind,standard_levle",
    fix: "code,name,kind,standard_level",
    summary_vi: "Tên cột trong danh sách trường có vẻ là tên một cột kdcl đọc nhưng bị viết sai",
    doc_vi: "Được phép thêm cột, kdcl bỏ qua các cột này; nhưng cột có tên chỉ khác tên một \
          cột kdcl đọc một, hai chữ cái thì nhiều khả năng là viết sai, và dữ liệu của cột đó \
          sẽ bị bỏ qua.",
    fix_vi: "code,name,kind,standard_level",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "unknown-column" {
        "the column `{column}` is not one kdcl reads; its values are ignored",
        "kdcl không đọc cột `{column}`; các giá trị của cột này được bỏ qua",
    }
}
