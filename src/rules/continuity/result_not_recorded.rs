//! KD505 `result-not-recorded`: an earlier plan acted on a school and the roster, not updated since, does not show it

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::history::Area;
use crate::model::report::CheckedPlan;
use crate::msg;

pub static RESULT_NOT_RECORDED: Rule = Rule {
    code: "KD505",
    slug: "result-not-recorded",
    // Nothing in the plan is wrong: kdcl says what it assumed, and where to
    // record the result so that every command reads the same years.
    severity: Severity::Note,
    summary: "An earlier plan acted on a school and the roster, not updated since, does not show it",
    doc: "A plan of year Y proposes to recognise, renew or raise a school; the roster is where \
          the result is recorded (`standard_level`, `standard_year`). When the plan of a later \
          year still reads the same roster and the roster does not show the year-Y result, kdcl \
          cannot know whether the proposal succeeded. It believes the plan (so `kdcl due`, \
          `kdcl new`, `kdcl diff` and `kdcl check` agree on which terms end when) and says so \
          once, in the first later plan: record the result in the roster (or, if the proposal \
          failed, the level the school still holds and a note). A roster that is a record made \
          after year Y (another file read by a later plan, or the same file once it holds \
          results of year Y or later) is believed instead: a proposal it does not show did not \
          happen, and nothing is reported.",
    example: "# 2026.toml: school = \"TH Yên Hòa\", action = \"raise\", level = 2\n# roster.csv (read by 2026.toml and 2027.toml): YT-04,…,standard_level = 1, standard_year = 2022",
    fix: "# roster.csv: the 2026 result recorded\nYT-04,Trường Tiểu học Yên Hòa,TH,…,2,2026",
    summary_vi: "Kế hoạch năm trước đã đề nghị cho một trường nhưng danh sách trường chưa cập nhật kết quả",
    doc_vi: "Kế hoạch năm Y đề nghị công nhận mới, công nhận lại hoặc nâng mức độ cho một \
          trường; kết quả được ghi trong danh sách trường (`standard_level`, `standard_year`). \
          Khi kế hoạch năm sau vẫn dùng danh sách trường đó mà danh sách chưa ghi kết quả năm \
          Y, kdcl không biết đề nghị có được chấp thuận không. kdcl tin theo kế hoạch (để `kdcl \
          due`, `kdcl new`, `kdcl diff` và `kdcl check` thống nhất về năm hết thời hạn) và báo \
          một lần, ở kế hoạch đầu tiên sau năm Y: hãy ghi kết quả vào danh sách trường (hoặc, \
          nếu không được công nhận, mức độ trường vẫn giữ và một ghi chú). Danh sách trường \
          được lập sau năm Y (một tệp khác mà kế hoạch năm sau dùng, hoặc chính tệp đó khi đã \
          ghi kết quả từ năm Y trở đi) thì được coi là hồ sơ: đề nghị không có trong đó là chưa \
          được công nhận, và không báo gì.",
    example_vi: "# 2026.toml: school = \"TH Yên Hòa\", action = \"raise\", level = 2\n# roster.csv (2026.toml và 2027.toml cùng dùng): YT-04,…,standard_level = 1, standard_year = 2022",
    fix_vi: "# roster.csv: ghi kết quả năm 2026\nYT-04,Trường Tiểu học Yên Hòa,TH,…,2,2026",
    reference: Some(
        "Thông tư 17/2018/TT-BGDĐT, Điều 38 khoản 2: quyết định công nhận có giá trị 5 năm kể từ ngày ký",
    ),
    confidence: Some(crate::diag::rule::Confidence::Confirmed),
};

/// The gaps of the plans before `plan`, said in the first plan after each.
pub fn check(area: &Area<'_>, plan: &CheckedPlan, year: i32, sink: &mut Sink) {
    let earlier = |made: i32| {
        area.plans
            .iter()
            .any(|p| p.year().is_some_and(|y| y > made && y < year))
    };
    let span = plan
        .plan
        .roster
        .as_ref()
        .map(|r| r.span.clone())
        .or_else(|| plan.plan.year.as_ref().map(|y| y.span.clone()))
        .unwrap_or(plan.plan.header_span.clone());
    for gap in area.unrecorded(year) {
        if earlier(gap.made) {
            continue;
        }
        sink.push(
            Diagnostic::new(&RESULT_NOT_RECORDED, gap.message())
                .at(&plan.plan.file, span.clone())
                .label(msg!(LABEL, made = gap.made))
                .help(msg!(PLANNED_AT, place = gap.source.place()))
                .help(msg!(HOW, made = gap.made, year = year))
                .school(&gap.school),
        );
    }
}

crate::texts! {
    pub(crate) LABEL = "result-not-recorded-label" {
        "this roster does not show the {made} result",
        "danh sách trường này chưa ghi kết quả năm {made}",
    }
    pub(crate) HOW = "result-not-recorded-how" {
        "to keep the {made} plan's check as it was, copy the roster to roster-{year}.csv, record the results there and write roster = \"roster-{year}.csv\" in this plan",
        "để giữ nguyên kết quả kiểm tra kế hoạch năm {made}, hãy sao chép danh sách trường thành roster-{year}.csv, ghi kết quả vào tệp đó và ghi roster = \"roster-{year}.csv\" trong kế hoạch này",
    }
    pub(crate) PLANNED_AT = "result-not-recorded-planned-at" {
        "proposed in {place}",
        "đề nghị tại {place}",
    }
}
