//! KD010 `unreadable-file`: A plan or roster file found under the given folder cannot be read

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static UNREADABLE_FILE: Rule = Rule {
    code: "KD010",
    slug: "unreadable-file",
    severity: Severity::Error,
    summary: "A plan or roster file found under the given folder cannot be read",
    doc: "The file exists but cannot be opened or is not UTF-8 text. It is reported and the \
          other files are still checked. The same finding reports what kdcl refuses to read: \
          a symbolic link leading outside the plan repository (plan, roster, folder, \
          kdcl.toml), a folder it cannot enter, a named pipe or device named like a plan, a \
          file over --max-file-size, and a plan with more tables, array values or keys than \
          any plan needs.",
    example: "plans/lang-son/van-quan/2025.toml saved in a legacy encoding",
    fix: "Save the file as UTF-8 (in Excel or Notepad: \"Save as\" → encoding UTF-8).",
    summary_vi: "Không đọc được tệp kế hoạch hoặc danh sách trường trong thư mục đã chỉ định",
    doc_vi: "Tệp có tồn tại nhưng không mở được hoặc không phải văn bản UTF-8. Tệp này được \
          báo lỗi và các tệp khác vẫn được kiểm tra. Phát hiện này cũng báo những gì kdcl từ \
          chối đọc: liên kết tượng trưng (symbolic link) trỏ ra ngoài kho kế hoạch (kế hoạch, \
          danh sách trường, thư mục, kdcl.toml), thư mục không vào được, đường ống hay thiết \
          bị mang tên như một kế hoạch, tệp vượt --max-file-size, và kế hoạch có số phần, số \
          giá trị trong mảng hoặc số mục nhiều hơn mức bất kỳ kế hoạch nào cần.",
    example_vi: "plans/lang-son/van-quan/2025.toml được lưu bằng bảng mã cũ (TCVN3, VNI)",
    fix_vi: "Lưu lại tệp với bảng mã UTF-8 (trong Excel hoặc Notepad: \"Save As\" (Lưu thành) → bảng mã UTF-8).",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "unreadable-file" {
        "this file cannot be read: {reason}",
        "không đọc được tệp này: {reason}",
    }
    pub(crate) FOLDER = "unreadable-folder" {
        "this folder cannot be read: {reason}",
        "không đọc được thư mục này: {reason}",
    }
    pub(crate) NOT_UTF8 = "not-utf8" {
        "this file is not UTF-8 text (the first bad byte is on line {line})",
        "tệp này không phải văn bản UTF-8 (byte lỗi đầu tiên ở dòng {line})",
    }
    pub(crate) NOT_UTF8_HELP = "not-utf8-help" {
        "save it as UTF-8: in Excel \"Save As\" → \"CSV UTF-8\", in Notepad \"Save As\" → Encoding \"UTF-8\"",
        "lưu lại tệp với bảng mã UTF-8: trong Excel chọn \"Save As\" (Lưu thành) → \"CSV UTF-8\"; trong Notepad chọn \"Save As\" → Encoding \"UTF-8\"",
    }
    pub(crate) WORKBOOK_UNREADABLE = "workbook-unreadable" {
        "this workbook cannot be read: {reason}",
        "không đọc được tệp bảng tính này: {reason}",
    }
    pub(crate) WORKBOOK_UNREADABLE_HELP = "workbook-unreadable-help" {
        "open it in Excel or LibreOffice and save it again as .xlsx, or save the sheet as CSV UTF-8",
        "mở tệp bằng Excel hoặc LibreOffice rồi lưu lại thành .xlsx, hoặc lưu trang tính thành CSV UTF-8",
    }
    pub(crate) WORKBOOK_AS_TEXT = "workbook-as-text" {
        "this file is {kind}, not CSV text",
        "tệp này là {kind}, không phải văn bản CSV",
    }
    pub(crate) WORKBOOK_AS_TEXT_HELP = "workbook-as-text-help" {
        "name it with the extension of its type (roster.xlsx, roster.ods), or save the sheet as CSV UTF-8",
        "đặt tên tệp theo đúng loại (roster.xlsx, roster.ods), hoặc lưu trang tính thành CSV UTF-8",
    }
    pub(crate) BINARY_FILE = "binary-file" {
        "this file is not text",
        "tệp này không phải văn bản",
    }
    pub(crate) NOT_IN_ENCODING = "not-in-encoding" {
        "this file is not valid {encoding} text (the first bad byte is on line {line})",
        "tệp này không phải văn bản {encoding} hợp lệ (byte lỗi đầu tiên ở dòng {line})",
    }
    pub(crate) NOT_IN_ENCODING_HELP = "not-in-encoding-help" {
        "save it as CSV UTF-8, or correct `roster_encoding` in the plan",
        "lưu thành CSV UTF-8, hoặc sửa `roster_encoding` trong kế hoạch",
    }
}
