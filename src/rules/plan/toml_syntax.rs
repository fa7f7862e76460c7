//! KD001 `toml-syntax`: The plan file is not valid TOML

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static TOML_SYNTAX: Rule = Rule {
    code: "KD001",
    slug: "toml-syntax",
    severity: Severity::Error,
    summary: "The plan file is not valid TOML",
    doc: "A plan must be valid TOML before anything in it can be checked. The finding points at \
          the first place the TOML reader could not understand; the rest of that file is not \
          checked, but every other file is.",
    example: "total = 07        # a leading zero is not allowed in TOML",
    fix: "total = 7",
    summary_vi: "Tệp kế hoạch không đúng cú pháp TOML",
    doc_vi: "Kế hoạch phải đúng cú pháp TOML thì mới kiểm tra được nội dung. Phát hiện chỉ ra \
          vị trí đầu tiên mà trình đọc TOML không hiểu được; phần còn lại của tệp đó không \
          được kiểm tra, nhưng các tệp khác vẫn được kiểm tra bình thường.",
    example_vi: "total = 07        # TOML không cho phép chữ số 0 ở đầu",
    fix_vi: "total = 7",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "toml-syntax" {
        "this file is not valid TOML: {detail}",
        "tệp này không đúng cú pháp TOML: {detail}",
    }
    pub(crate) LEADING_ZERO_HELP = "leading-zero-help" {
        "TOML numbers have no leading zeros: write {plain}, not {written}",
        "số trong TOML không được viết chữ số 0 ở đầu: ghi {plain}, không ghi {written}",
    }
}
