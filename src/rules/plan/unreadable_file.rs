//! KD010 `unreadable-file`: A plan or roster file found under the given folder cannot be read

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static UNREADABLE_FILE: Rule = Rule {
    code: "KD010",
    slug: "unreadable-file",
    severity: Severity::Error,
    summary: "A plan or roster file found under the given folder cannot be read",
    doc: "The file exists but cannot be opened or is not UTF-8 text. It is reported and the \
          other files are still checked.",
    example: "plans/lang-son/van-quan/2025.toml saved in a legacy encoding",
    fix: "Save the file as UTF-8 (in Excel or Notepad: \"Save as\" → encoding UTF-8).",
    summary_vi: "Không đọc được tệp kế hoạch hoặc danh sách trường trong thư mục đã chỉ định",
    doc_vi: "Tệp có tồn tại nhưng không mở được hoặc không phải văn bản UTF-8. Tệp này được \
          báo lỗi và các tệp khác vẫn được kiểm tra.",
    example_vi: "plans/lang-son/van-quan/2025.toml được lưu bằng bảng mã cũ (TCVN3, VNI)",
    fix_vi: "Lưu lại tệp với bảng mã UTF-8 (trong Excel hoặc Notepad: \"Save As\" (Lưu thành) → bảng mã UTF-8).",
    ..Rule::DEFAULT
};
