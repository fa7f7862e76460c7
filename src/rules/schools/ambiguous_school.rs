//! KD204 `ambiguous-school`: A name matches several roster schools

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static AMBIGUOUS_SCHOOL: Rule = Rule {
    code: "KD204",
    slug: "ambiguous-school",
    severity: Severity::Error,
    summary: "A name matches several roster schools",
    doc: "A name without its type (\"Đoàn Kết\") can match more than one school (TH Đoàn Kết, \
          THCS Đoàn Kết). Write the type or use the roster code.",
    example: "school = \"Đoàn Kết\"",
    fix: "school = \"THCS Đoàn Kết\"",
    summary_vi: "Tên trường trùng với nhiều trường trong danh sách trường",
    doc_vi: "Tên không ghi loại trường (\"Đoàn Kết\") có thể trùng với nhiều trường (TH Đoàn \
          Kết, THCS Đoàn Kết). Hãy ghi loại trường hoặc dùng mã trường.",
    fix_vi: "school = \"THCS Đoàn Kết\"",
    ..Rule::DEFAULT
};
