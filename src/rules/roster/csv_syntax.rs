//! KD303 `csv-syntax`: A roster row is not valid CSV or has the wrong number of fields

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static CSV_SYNTAX: Rule = Rule {
    code: "KD303",
    slug: "csv-syntax",
    severity: Severity::Error,
    summary: "A roster row is not valid CSV or has the wrong number of fields",
    doc: "Rosters are comma-separated UTF-8 with one header row. A row with more or fewer fields \
          than the header (often a name with a comma that is not in quotes) cannot be read.",
    example: "TPLC-01,Trường Mầm non Hoa Sen, Tân Phong,MN",
    fix: "TPLC-01,\"Trường Mầm non Hoa Sen, Tân Phong\",MN",
    summary_vi: "Dòng trong danh sách trường không đúng định dạng CSV hoặc sai số ô",
    doc_vi: "Danh sách trường là tệp UTF-8, các giá trị cách nhau bằng dấu phẩy, có một dòng \
          tiêu đề. Dòng có nhiều hoặc ít ô hơn dòng tiêu đề (thường do tên trường có dấu phẩy \
          mà không đặt trong dấu ngoặc kép) thì không đọc được.",
    fix_vi: "TPLC-01,\"Trường Mầm non Hoa Sen, Tân Phong\",MN",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "csv-syntax" {
        "this roster is not valid CSV: {detail}",
        "danh sách trường này không đúng định dạng CSV: {detail}",
    }
    pub(crate) FIELD_COUNT_HELP = "field-count-help" {
        "a name containing a comma must be in double quotes: \"Trường Mầm non Hoa Sen, phường Tân Phong\"",
        "tên có dấu phẩy phải đặt trong dấu ngoặc kép: \"Trường Mầm non Hoa Sen, phường Tân Phong\"",
    }
}
