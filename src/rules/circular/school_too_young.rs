//! KD409 `school-too-young`: The school has not run long enough to be recognised

use crate::diag::diagnostic::Sink;
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::circular::{self, facts};
use crate::model::kind::Kind;
use crate::msg;
use crate::rules::circular::entry::At;

pub static SCHOOL_TOO_YOUNG: Rule = Rule {
    code: "KD409",
    slug: "school-too-young",
    severity: Severity::Warning,
    summary: "The school has not run long enough to be recognised",
    doc: "A preschool needs 5 years of operation; a primary or secondary school needs one cohort to \
          have completed its programme (primary 5 years, lower secondary 4, upper secondary 3); a \
          multi-level school qualifies through any of its levels. Counted from the roster's \
          `founded` to the plan year, in calendar years: the roster gives a year only, so a \
          school founded late in its year may be proposed a few months early (decided in \
          docs/circulars-decisions.md). Mergers can carry a school's history: the roster's \
          `note` is shown so the reader can judge. How sure: the conditions are confirmed (Art. \
          34 k1 a, to which Art. 37 k1 refers: 5 years for a preschool, Circular 19; one cohort \
          for primary and secondary schools, Circulars 17 and 18); the years that stand for a \
          cohort are inferred.",
    example: "[plan]\nyear = 2024\n[[school]]\nschool = \"THCS Quyết Tiến\"   # roster: founded 2022\naction = \"new\"",
    fix: "Plan the recognition for 2026, or correct `founded` (and explain a merger in `note`).",
    summary_vi: "Trường chưa hoạt động đủ thời gian để được công nhận",
    doc_vi: "Trường mầm non cần hoạt động ít nhất 5 năm; trường tiểu học và trường trung học \
          cần có ít nhất một khóa học sinh hoàn thành chương trình (tiểu học 5 năm, trung học \
          cơ sở 4 năm, trung học phổ thông 3 năm); trường có nhiều cấp học đủ điều kiện theo \
          bất kỳ cấp học nào của trường. Thời gian được tính từ năm thành lập (`founded`) \
          trong danh sách trường đến năm kế hoạch, theo năm dương lịch: danh sách trường chỉ \
          ghi năm, nên trường thành lập vào cuối năm có thể được đề nghị sớm vài tháng. Trường \
          sáp nhập có thể được kế thừa quá trình hoạt động: kdcl hiển thị ghi chú (`note`) \
          trong danh sách trường để người đọc xem xét. Mức độ tin cậy: điều kiện đã được xác \
          nhận (Điều 34 khoản 1 điểm a, Điều 37 khoản 1 dẫn chiếu: mầm non 5 năm theo Thông tư \
          19; tiểu học, trung học có một khóa học sinh hoàn thành chương trình theo Thông tư \
          17, 18); số năm tương ứng với một khóa học là suy luận.",
    example_vi: "[plan]\nyear = 2024\n[[school]]\nschool = \"THCS Quyết Tiến\"   # danh sách trường: thành lập năm 2022\naction = \"new\"",
    fix_vi: "Đề nghị công nhận vào năm 2026, hoặc sửa `founded` (và ghi rõ việc sáp nhập trong `note`).",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 34 khoản 1 điểm a; Điều 37 khoản 1"),
    confidence: Some(Confidence::Inferred),
};

/// The school's years of operation in `year` against what its type needs.
pub fn check(at: &At<'_>, kind: &Kind, year: i32, sink: &mut Sink) {
    let Some(founded) = at.school.founded else {
        return;
    };
    let needed = circular::operation_years(kind);
    if year - founded >= needed {
        return;
    }
    let message = msg!(
        MESSAGE,
        school = at.name(),
        founded = founded,
        years = year - founded,
        needed = needed,
        kind = kind
    );
    let mut d = at.finding(
        &SCHOOL_TOO_YOUNG,
        at.entry.school.span.clone(),
        message,
        &facts().operation.reference,
    );
    d = match &at.school.note {
        Some(note) => d.help(msg!(NOTE, note = note)),
        None => d.help(msg!(HELP, ready = founded + needed)),
    };
    sink.push(d);
}

crate::texts! {
    pub(crate) MESSAGE = "school-too-young" {
        "{school} was founded in {founded}: {years} {years:year/years} of operation, but a {kind} school needs {needed}",
        "{school} thành lập năm {founded}: mới hoạt động {years} năm, nhưng trường {kind} cần ít nhất {needed} năm",
    }
    pub(crate) HELP = "school-too-young-help" {
        "plan its recognition for {ready} or later, or correct `founded` in the roster",
        "đề nghị công nhận từ năm {ready} trở đi, hoặc sửa `founded` trong danh sách trường",
    }
    pub(crate) NOTE = "school-too-young-note" {
        "the roster's note says: \"{note}\"; if a merger carries the school's history, this finding can be accepted",
        "ghi chú trong danh sách trường: \"{note}\"; nếu trường được sáp nhập và kế thừa quá trình hoạt động thì có thể chấp nhận phát hiện này",
    }
}
