//! KD501 `renewal-not-planned`: A recognition ends in the plan year and the plan neither renews nor raises it

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::history::{self, Area, Of, SchoolId};
use crate::model::plan::Action;
use crate::model::report::CheckedPlan;
use crate::msg;
use crate::rules::continuity::recognition::{RECOGNISED_AT, level_text};

pub static RENEWAL_NOT_PLANNED: Rule = Rule {
    code: "KD501",
    slug: "renewal-not-planned",
    severity: Severity::Warning,
    summary: "A recognition ends in the plan year and the plan neither renews nor raises it",
    doc: "A national-standard recognition made in year Y lasts five years: its term ends during \
          Y+5, when the school must be recognised again (công nhận lại). kdcl knows when each \
          recognition was made from the rosters (`standard_year`) and from earlier plans (a \
          school recognised, renewed or raised in the plan of year Y). When the plan of Y+5 \
          does not list the school with action `renew` or `raise`, the recognition lapses \
          unless the plan says why in a `[[note]]` (closure, merger, renewal postponed). \
          Reported by `kdcl diff` and, for each area's latest plan, by `kdcl check`.",
    example: "# roster-2025.csv: HN-02,Trường Tiểu học Hoà Ninh,TH,…,1,2020\n# 2025.toml lists no entry for HN-02",
    fix: "[[school]]\nschool = \"TH Hòa Ninh\"\naction = \"renew\"\nlevel  = 1\n\n# or, if it is not renewed on purpose:\n[[note]]\nschool = \"TH Hòa Ninh\"\ntext   = \"sáp nhập vào TH Hoa Sen từ 2025\"",
    summary_vi: "Quyết định công nhận hết thời hạn trong năm kế hoạch nhưng kế hoạch không đề nghị công nhận lại hay nâng mức độ",
    doc_vi: "Quyết định công nhận đạt chuẩn quốc gia năm Y có thời hạn 5 năm: hết thời hạn \
          trong năm Y+5, khi trường phải được công nhận lại. kdcl biết năm công nhận của từng \
          trường từ danh sách trường (`standard_year`) và từ các kế hoạch trước (trường được \
          công nhận mới, công nhận lại hoặc nâng mức độ trong kế hoạch năm Y). Nếu kế hoạch \
          năm Y+5 không có trường đó với `action` là `renew` hoặc `raise`, kết quả công nhận \
          sẽ hết hiệu lực, trừ khi kế hoạch giải trình lý do trong một `[[note]]` (giải thể, \
          sáp nhập, lùi thời gian công nhận lại). Được báo bởi `kdcl diff` và, đối với kế \
          hoạch mới nhất của mỗi địa bàn, bởi `kdcl check`.",
    example_vi: "# roster-2025.csv: HN-02,Trường Tiểu học Hoà Ninh,TH,…,1,2020\n# 2025.toml không có mục nào cho HN-02",
    fix_vi: "[[school]]\nschool = \"TH Hòa Ninh\"\naction = \"renew\"\nlevel  = 1\n\n# hoặc, nếu có lý do không đề nghị công nhận lại:\n[[note]]\nschool = \"TH Hòa Ninh\"\ntext   = \"sáp nhập vào TH Hoa Sen từ 2025\"",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: thời hạn công nhận 5 năm"),
    ..Rule::DEFAULT
};

/// A term that ends in the plan year, not renewed, raised or explained.
pub fn check(area: &Area<'_>, plan: &CheckedPlan, year: i32, sink: &mut Sink) {
    // A listed school not found in the roster (KD201) may be the one due:
    // say nothing until kdcl knows which school each entry is.
    // Without a list (KD104) nothing can be said about what the plan renews.
    if (plan.roster.is_some() && plan.schools.iter().any(Option::is_none))
        || plan.plan.schools.is_empty()
    {
        return;
    }
    let known = area.recognitions(year, Of::Standard);
    let entries = area.entries_by_id(plan);
    let noted = area.noted(plan);
    for (id, list) in &known {
        let Some(last) = history::latest_before(list, year) else {
            continue;
        };
        if last.ends() != year || list.iter().any(|r| r.year == year) {
            continue;
        }
        let acted = entries.get(id).is_some_and(|e| {
            e.action
                .as_ref()
                .is_some_and(|a| a.value != Action::Accredit)
        });
        let gone = plan
            .roster
            .as_ref()
            .is_some_and(|r| history::find_in(r, id).is_none() && matches!(id, SchoolId::Code(_)));
        if acted || gone || noted.contains(id) {
            continue;
        }
        let school = area.display(id, None);
        let span = plan
            .plan
            .year
            .as_ref()
            .map_or(plan.plan.header_span.clone(), |y| y.span.clone());
        let written = match id {
            SchoolId::Code(code) => plan
                .roster
                .as_ref()
                .and_then(|r| history::find_in(r, id))
                .map_or(code.clone(), |s| s.name.clone()),
            SchoolId::Name(_) => school.clone(),
        };
        sink.push(
            Diagnostic::new(
                &RENEWAL_NOT_PLANNED,
                msg!(
                    MESSAGE,
                    school = school,
                    level = level_text(last.level),
                    made = last.year,
                    year = year
                ),
            )
            .at(&plan.plan.file, span)
            .label(msg!(LABEL, year = year))
            .help(msg!(
                RECOGNISED_AT,
                made = last.year,
                place = last.source.place()
            ))
            .help(msg!(
                HELP,
                written = written,
                level = level_text(last.level),
                year = year
            ))
            .school(&written),
        );
    }
}

crate::texts! {
    pub(crate) MESSAGE = "renewal-not-planned" {
        "the national-standard recognition of {school} (level {level}, made in {made}) ends in {year}, and this plan neither renews nor raises it",
        "quyết định công nhận đạt chuẩn quốc gia của {school} (mức độ {level}, công nhận năm {made}) hết thời hạn trong năm {year}, nhưng kế hoạch này không đề nghị công nhận lại hay nâng mức độ",
    }
    pub(crate) LABEL = "renewal-not-planned-label" {
        "a term ends in {year}",
        "hết thời hạn công nhận trong năm {year}",
    }
    pub(crate) HELP = "renewal-not-planned-help" {
        "add [[school]] with school = \"{written}\", action = \"renew\", level = {level}; or a [[note]] for it saying why not (`kdcl due --year {year} --format toml` prints the entries)",
        "bổ sung [[school]] với school = \"{written}\", action = \"renew\", level = {level}; hoặc một [[note]] giải trình lý do (`kdcl due --year {year} --format toml` in sẵn các mục này)",
    }
}
