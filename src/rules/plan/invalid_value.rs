//! KD003 `invalid-value`: A value of the wrong type or outside its allowed values

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static INVALID_VALUE: Rule = Rule {
    code: "KD003",
    slug: "invalid-value",
    severity: Severity::Error,
    summary: "A value of the wrong type or outside its allowed values",
    doc: "Each key takes one kind of value: a number for targets and levels, a text for names, \
          a date for `issued`, one of the listed words for `action`. A value of another kind or \
          out of range cannot be checked and is reported where it stands.",
    example: "level = 3          # national-standard levels are 1 and 2",
    fix: "level = 2",
    summary_vi: "Giá trị sai kiểu hoặc nằm ngoài phạm vi cho phép",
    doc_vi: "Mỗi khóa nhận một loại giá trị: số đối với chỉ tiêu và mức độ, chuỗi ký tự đối \
          với tên, ngày đối với `issued`, một trong các từ quy định đối với `action`. Giá trị \
          sai kiểu hoặc ngoài phạm vi thì không kiểm tra được và được báo ngay tại chỗ.",
    example_vi: "level = 3          # mức độ đạt chuẩn quốc gia chỉ có 1 và 2",
    fix_vi: "level = 2",
    ..Rule::DEFAULT
};
