//! KD426 `evaluation-duplicate-row`: An evaluation file gives one school's criterion twice for the same year

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static EVALUATION_DUPLICATE_ROW: Rule = Rule {
    code: "KD426",
    slug: "evaluation-duplicate-row",
    severity: Severity::Error,
    summary: "An evaluation file gives one school's criterion twice for the same year",
    doc: "Each school has one result per criterion and year. A second row for the same code, \
          criterion and year is reported and ignored; the first one counts.",
    example: "DK-02,3.2,2\nDK-02,3.2,3",
    fix: "DK-02,3.2,3",
    summary_vi: "Tệp kết quả tự đánh giá ghi hai lần một tiêu chí của một trường trong cùng năm",
    doc_vi: "Mỗi trường có một kết quả cho mỗi tiêu chí trong mỗi năm. Dòng thứ hai có cùng \
          mã trường, tiêu chí và năm được báo và bỏ qua; dòng đầu tiên được tính.",
    fix_vi: "DK-02,3.2,3",
    ..Rule::DEFAULT
};
