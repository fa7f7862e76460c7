//! KD423 `evaluation-unknown-school`: An evaluation row names a school code that is not in the roster

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static EVALUATION_UNKNOWN_SCHOOL: Rule = Rule {
    code: "KD423",
    slug: "evaluation-unknown-school",
    severity: Severity::Error,
    summary: "An evaluation row names a school code that is not in the roster",
    doc: "The `code` column of an evaluation file takes the roster's code of the school. A code \
          the roster does not have cannot be tied to a school, a type or a circular; the \
          nearest roster codes are suggested. It is reported once per code.",
    example: "code,criterion,level\nDK-20,1.1,3     # the roster has DK-02",
    fix: "DK-02,1.1,3",
    summary_vi: "Dòng kết quả tự đánh giá ghi mã trường không có trong danh sách trường",
    doc_vi: "Cột `code` của tệp kết quả tự đánh giá ghi mã trường theo danh sách trường. Mã \
          không có trong danh sách trường thì không gắn được với trường, loại trường hay \
          thông tư áp dụng; kdcl gợi ý các mã gần nhất trong danh sách trường. Mỗi mã chỉ \
          được báo một lần.",
    example_vi: "code,criterion,level\nDK-20,1.1,3     # danh sách trường có DK-02",
    fix_vi: "DK-02,1.1,3",
    ..Rule::DEFAULT
};
