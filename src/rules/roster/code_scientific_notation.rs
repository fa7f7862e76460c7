//! KD313 `code-scientific-notation`: A school code was turned into a number in scientific notation by Excel

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static CODE_SCIENTIFIC: Rule = Rule {
    code: "KD313",
    slug: "code-scientific-notation",
    severity: Severity::Error,
    summary: "A school code was turned into a number in scientific notation by Excel",
    doc: "Excel reads a long code such as 123456789012 as a number, shows it as 1,23E+11 and, \
          when the sheet is saved as CSV, writes it that way: the digits are lost and plans can \
          no longer name the school by its code. The school is still read by its name; its code \
          must be typed again as text.",
    example: "code,name,kind\n1,23E+11,Trường Mầm non Hoa Sen,MN",
    fix: "In Excel format the column as Text (Định dạng ô → Văn bản), type the codes again, and \
          save as \"CSV UTF-8\"; or keep the roster as .xlsx.",
    summary_vi: "Mã trường bị Excel chuyển thành số dạng khoa học",
    doc_vi: "Excel đọc mã dài như 123456789012 là số, hiển thị thành 1,23E+11 và khi lưu thành CSV thì ghi đúng như vậy: các chữ số bị mất và kế hoạch không còn ghi được trường theo mã. Trường vẫn được đọc theo tên; mã cần nhập lại dưới dạng văn bản.",
    fix_vi: "Trong Excel, định dạng cột là Văn bản (Định dạng ô → Văn bản), nhập lại mã rồi lưu thành \"CSV UTF-8\"; hoặc giữ danh sách ở dạng .xlsx.",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "code-scientific" {
        "the code {code} is a number Excel wrote in scientific notation: its digits are lost",
        "mã {code} đã bị Excel chuyển thành số dạng khoa học: các chữ số đã mất",
    }
    pub(crate) HELP = "code-scientific-help" {
        "in Excel format the code column as Text, type the codes again and save as CSV UTF-8 (or keep the roster as .xlsx); the school is still matched by name",
        "trong Excel, định dạng cột mã là Văn bản (Text), nhập lại mã rồi lưu thành CSV UTF-8 (hoặc giữ danh sách ở dạng .xlsx); trường vẫn được nhận theo tên",
    }
}
