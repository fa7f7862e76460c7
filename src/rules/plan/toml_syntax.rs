//! KD001 `toml-syntax`: The plan file is not valid TOML

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static TOML_SYNTAX: Rule = Rule {
    code: "KD001",
    slug: "toml-syntax",
    severity: Severity::Error,
    summary: "The plan file is not valid TOML",
    doc: "A plan must be valid TOML before anything in it can be checked. Habits of word \
          processors are recognised and said with what to write: curly quotes, text without \
          quotes, a decimal comma, a count written 07; each is put right in a copy of the file \
          so that the following errors are found in the same run. The rest of that file is not \
          checked until it reads, but every other file is.",
    example: "total = 07        # a leading zero is not allowed in TOML",
    fix: "total = 7",
    summary_vi: "Tệp kế hoạch không đúng cú pháp TOML",
    doc_vi: "Kế hoạch phải đúng cú pháp TOML thì mới kiểm tra được nội dung. Các thói quen của \
          trình soạn thảo văn bản được nhận ra và báo kèm cách ghi đúng: dấu ngoặc kép cong, chữ \
          không có dấu ngoặc kép, dấu phẩy thập phân, số ghi 07; mỗi lỗi được sửa tạm trong một \
          bản sao của tệp để tìm tiếp các lỗi sau trong cùng một lần chạy. Phần còn lại của tệp \
          đó chưa được kiểm tra cho đến khi đọc được, nhưng các tệp khác vẫn được kiểm tra bình \
          thường.",
    example_vi: "total = 07        # TOML không cho phép chữ số 0 ở đầu",
    fix_vi: "total = 7",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "toml-syntax" {
        "this file is not valid TOML: {detail}",
        "tệp này không đúng cú pháp TOML: {detail}",
    }
    pub(crate) CURLY_QUOTES = "curly-quotes" {
        "`{key}` is written in curly quotes (“ ”), as a word processor types them; TOML reads only straight quotes (\")",
        "`{key}` được viết trong dấu ngoặc kép cong (“ ”) như trình soạn thảo văn bản tự gõ; TOML chỉ đọc dấu ngoặc kép thẳng (\")",
    }
    pub(crate) CURLY_QUOTES_HELP = "curly-quotes-help" {
        "write it with straight quotes: `{fixed}`",
        "hãy ghi bằng dấu ngoặc kép thẳng: `{fixed}`",
    }
    pub(crate) UNQUOTED = "unquoted-text" {
        "the value of `{key}` is text without quotes",
        "giá trị của `{key}` là chữ nhưng không nằm trong dấu ngoặc kép",
    }
    pub(crate) DECIMAL_COMMA = "decimal-comma" {
        "`{key}` is written {written}, with a decimal comma; a number in TOML has no comma",
        "`{key}` được ghi {written}, có dấu phẩy thập phân; số trong TOML không có dấu phẩy",
    }
    pub(crate) LEADING_ZERO = "leading-zero" {
        "`{key}` is written {written}, with a leading zero",
        "`{key}` được ghi {written}, có chữ số 0 ở đầu",
    }
    pub(crate) WRITE_HELP = "write-help" {
        "write `{fixed}`",
        "hãy ghi `{fixed}`",
    }
    pub(crate) LEADING_ZERO_HELP = "leading-zero-help" {
        "TOML numbers have no leading zeros: write {plain}, not {written}",
        "số trong TOML không được viết chữ số 0 ở đầu: ghi {plain}, không ghi {written}",
    }
}
