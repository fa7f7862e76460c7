//! KD404 `renew-too-early`: `renew` while the recognition's term runs beyond the plan year

use crate::diag::diagnostic::Sink;
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::circular::facts;
use crate::msg;
use crate::rules::circular::entry::At;

pub static RENEW_TOO_EARLY: Rule = Rule {
    code: "KD404",
    slug: "renew-too-early",
    severity: Severity::Warning,
    summary: "`renew` while the recognition's term runs beyond the plan year",
    doc: "A recognition lasts 5 years: one made in year Y ends during Y+5, the year it is renewed. \
          A renewal planned while the term still runs past the plan year is early; the school \
          probably belongs to a later year's plan, or the roster's year is out of date.",
    example: "[plan]\nyear = 2024\n[[school]]\nschool = \"TH Tân Phong\"   # roster: recognised 2021\naction = \"renew\"",
    fix: "Move the school to the plan of 2026, or correct the roster's standard_year.",
    summary_vi: "Đề nghị công nhận lại (`renew`) khi thời hạn công nhận còn kéo dài sau năm kế hoạch",
    doc_vi: "Quyết định công nhận có thời hạn 5 năm: công nhận năm Y thì hết thời hạn trong \
          năm Y+5, là năm công nhận lại. Đề nghị công nhận lại khi thời hạn còn kéo dài sau \
          năm kế hoạch là quá sớm; nhiều khả năng trường thuộc kế hoạch của năm sau, hoặc năm \
          công nhận trong danh sách trường chưa được cập nhật.",
    example_vi: "[plan]\nyear = 2024\n[[school]]\nschool = \"TH Tân Phong\"   # danh sách trường: công nhận năm 2021\naction = \"renew\"",
    fix_vi: "Chuyển trường sang kế hoạch năm 2026, hoặc sửa standard_year trong danh sách trường.",
    reference: Some(
        "Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 38 khoản 2: bằng công nhận có giá trị 5 năm",
    ),
    confidence: Some(Confidence::Confirmed),
};

/// An entry listed `renew` whose school's term runs past `year`.
pub fn check(at: &At<'_>, year: i32, sink: &mut Sink) {
    // A school never recognised is KD403.
    let (Some(made), Some(_)) = (at.school.standard_year, at.school.standard_level) else {
        return;
    };
    let term = &facts().term;
    let ends = made.year + term.years;
    if ends > year {
        let message = msg!(
            MESSAGE,
            school = at.name(),
            made = made.year,
            ends = ends,
            year = year
        );
        let d = at.finding(&RENEW_TOO_EARLY, at.action_span(), message, &term.reference);
        sink.push(d.help(msg!(HELP, ends = ends)));
    }
}

crate::texts! {
    pub(crate) MESSAGE = "renew-too-early" {
        "{school} was recognised in {made}; its term runs until {ends}, after the plan year {year}",
        "{school} được công nhận năm {made}; thời hạn công nhận còn đến năm {ends}, sau năm kế hoạch {year}",
    }
    pub(crate) HELP = "renew-too-early-help" {
        "renew it in the plan of {ends}, or correct standard_year in the roster",
        "đưa trường vào kế hoạch năm {ends}, hoặc sửa standard_year trong danh sách trường",
    }
}
