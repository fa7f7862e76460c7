//! KD201 `unknown-school`: A listed school is not in the area's roster

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static UNKNOWN_SCHOOL: Rule = Rule {
    code: "KD201",
    slug: "unknown-school",
    severity: Severity::Error,
    summary: "A listed school is not in the area's roster",
    doc: "Every `[[school]]` must name a school of the roster, by code or by name. Names are \
          compared ignoring case, Unicode form, spacing, the word \"Trường\", old or new \
          tone-mark placement and the spelling of the type (MN = Mầm non …); the type itself \
          must agree (\"TH Đoàn Kết\" is not \"THCS Đoàn Kết\"). The nearest roster names are \
          suggested.",
    example: "school = \"TH Doan Ket\"",
    fix: "school = \"TH Đoàn Kết\"",
    summary_vi: "Trường trong kế hoạch không có trong danh sách trường của địa bàn",
    doc_vi: "Mỗi `[[school]]` phải ghi một trường có trong danh sách trường, theo mã hoặc \
          theo tên. Khi so tên, kdcl không phân biệt chữ hoa, chữ thường, dạng Unicode, \
          khoảng trắng, từ \"Trường\", cách đặt dấu thanh kiểu cũ hay kiểu mới và cách viết \
          loại trường (MN = Mầm non …); nhưng loại trường phải trùng nhau (\"TH Đoàn Kết\" \
          khác \"THCS Đoàn Kết\"). kdcl gợi ý các tên gần nhất trong danh sách trường.",
    fix_vi: "school = \"TH Đoàn Kết\"",
    ..Rule::DEFAULT
};
