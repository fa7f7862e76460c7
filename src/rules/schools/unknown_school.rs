//! KD201 `unknown-school`: A listed school is not in the area's roster

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Entry, Plan};
use crate::model::roster::Roster;
use crate::msg;
use crate::rules::schools::labels::labels;

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
    example: "school = \"TH Đoàn Kiết\"",
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

/// An entry that names no roster school; `near` are the closest names.
pub fn check(plan: &Plan, roster: &Roster, entry: &Entry, near: &[usize], sink: &mut Sink) {
    let written = &entry.school.value;
    let mut d = Diagnostic::new(
        &UNKNOWN_SCHOOL,
        msg!(MESSAGE, written = written, roster = roster.file.path),
    )
    .at(&plan.file, entry.school.span.clone())
    .school(written.clone());
    d = if near.is_empty() {
        d.help(msg!(HELP))
    } else {
        d.help(msg!(NEAREST_SCHOOLS, candidates = labels(roster, near)))
    };
    sink.push(d);
}

crate::texts! {
    pub(crate) MESSAGE = "unknown-school" {
        "\"{written}\" is not in the roster {roster}",
        "\"{written}\" không có trong danh sách trường {roster}",
    }
    pub(crate) HELP = "unknown-school-help" {
        "no roster school has a similar name: check the spelling and the type (MN, TH, THCS …), or add the school to the roster",
        "danh sách trường không có trường nào có tên gần giống: kiểm tra lại chính tả và loại trường (MN, TH, THCS …), hoặc bổ sung trường vào danh sách trường",
    }
    pub(crate) NEAREST_SCHOOLS = "nearest-schools" {
        "the nearest roster names are: {candidates}",
        "các tên gần nhất trong danh sách trường: {candidates}",
    }
}
