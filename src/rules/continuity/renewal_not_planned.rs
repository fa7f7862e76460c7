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
          unless the plan says why in a `[[note]]` (closure, merger, renewal postponed). An \
          accreditation certificate also lasts five years: one made in Y whose school the plan \
          of Y+5 does not list at all (any action goes through an external evaluation) is \
          reported too, unless the school's national-standard recognition already is. The \
          roster alone knows it: reported for each area's latest plan, an area with one plan \
          included, once per school when the roster and earlier plans both show it. Reported \
          by `kdcl diff` and `kdcl check`.",
    example: "# roster-2025.csv: HN-02,Trường Tiểu học Hoà Ninh,TH,…,1,2020\n# 2025.toml lists no entry for HN-02",
    fix: "[[school]]\nschool = \"TH Hòa Ninh\"\naction = \"renew\"\nlevel  = 1\n\n# or, if it is not renewed on purpose:\n[[note]]\nschool = \"TH Hòa Ninh\"\ntext   = \"sáp nhập vào TH Hoa Sen từ 2025\"",
    summary_vi: "Quyết định công nhận hết thời hạn trong năm kế hoạch nhưng kế hoạch không đề nghị công nhận lại hay nâng mức độ",
    doc_vi: "Quyết định công nhận đạt chuẩn quốc gia năm Y có thời hạn 5 năm: hết thời hạn \
          trong năm Y+5, khi trường phải được công nhận lại. kdcl biết năm công nhận của từng \
          trường từ danh sách trường (`standard_year`) và từ các kế hoạch trước (trường được \
          công nhận mới, công nhận lại hoặc nâng mức độ trong kế hoạch năm Y). Nếu kế hoạch \
          năm Y+5 không có trường đó với `action` là `renew` hoặc `raise`, kết quả công nhận \
          sẽ hết hiệu lực, trừ khi kế hoạch giải trình lý do trong một `[[note]]` (giải thể, \
          sáp nhập, lùi thời gian công nhận lại). Giấy chứng nhận kiểm định cũng có giá trị \
          5 năm: kiểm định năm Y mà kế hoạch năm Y+5 không có trường đó (với bất kỳ `action` \
          nào, vì mọi đề nghị đều qua đánh giá ngoài) cũng được báo, trừ khi trường đã được báo \
          về chuẩn quốc gia. Danh sách trường tự nó đã đủ để biết: được báo cho kế hoạch mới \
          nhất của mỗi địa bàn, kể cả địa bàn chỉ có một kế hoạch, và mỗi trường chỉ một lần \
          dù danh sách trường và kế hoạch trước cùng cho thấy. Được báo bởi `kdcl diff` và \
          `kdcl check`.",
    example_vi: "# roster-2025.csv: HN-02,Trường Tiểu học Hoà Ninh,TH,…,1,2020\n# 2025.toml không có mục nào cho HN-02",
    fix_vi: "[[school]]\nschool = \"TH Hòa Ninh\"\naction = \"renew\"\nlevel  = 1\n\n# hoặc, nếu có lý do không đề nghị công nhận lại:\n[[note]]\nschool = \"TH Hòa Ninh\"\ntext   = \"sáp nhập vào TH Hoa Sen từ 2025\"",
    reference: Some(
        "Thông tư 17/2018/TT-BGDĐT, Điều 38 khoản 2 (bằng công nhận), Điều 35 khoản 2 (giấy chứng nhận kiểm định): có giá trị 5 năm",
    ),
    confidence: Some(crate::diag::rule::Confidence::Confirmed),
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
    let entries = area.entries_by_id(plan);
    let noted = area.noted(plan);
    let mut reported = Vec::new();
    for of in [Of::Standard, Of::Accreditation] {
        for (id, last) in due(area, plan, year, of) {
            let acted = entries.get(&id).is_some_and(|e| {
                e.action
                    .as_ref()
                    .is_some_and(|a| of == Of::Accreditation || a.value != Action::Accredit)
            });
            if acted || noted.contains(&id) || reported.contains(&id) {
                continue;
            }
            push(area, plan, year, &id, last, of, sink);
            reported.push(id);
        }
    }
}

/// Each school whose recognition of `of` ends in `year`, still in the
/// roster, with the recognition that ends.
fn due(
    area: &Area<'_>,
    plan: &CheckedPlan,
    year: i32,
    of: Of,
) -> Vec<(SchoolId, history::Recognition)> {
    let mut out = Vec::new();
    for (id, list) in area.recognitions(year, of).iter() {
        let Some(last) = history::latest_before(list, year) else {
            continue;
        };
        if last.ends() != year || list.iter().any(|r| r.year == year) {
            continue;
        }
        let gone = plan
            .roster
            .as_ref()
            .is_some_and(|r| history::find_in(r, id).is_none() && matches!(id, SchoolId::Code(_)));
        if !gone {
            out.push((id.clone(), last.clone()));
        }
    }
    out
}

/// The finding for one school whose recognition `last` ends in `year`.
fn push(
    area: &Area<'_>,
    plan: &CheckedPlan,
    year: i32,
    id: &SchoolId,
    last: history::Recognition,
    of: Of,
    sink: &mut Sink,
) {
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
            .map_or(code.to_string(), |s| s.name.clone()),
        SchoolId::Name(_) => school.clone(),
    };
    let level = level_text(last.level);
    let (message, help) = match of {
        Of::Standard => (
            msg!(
                MESSAGE,
                school = school,
                level = level,
                made = last.year,
                year = year
            ),
            msg!(HELP, written = written, level = level, year = year),
        ),
        Of::Accreditation => (
            msg!(
                ACCREDITATION,
                school = school,
                level = level,
                made = last.year,
                year = year
            ),
            msg!(
                ACCREDITATION_HELP,
                written = written,
                level = level,
                year = year
            ),
        ),
    };
    sink.push(
        Diagnostic::new(&RENEWAL_NOT_PLANNED, message)
            .at(&plan.plan.file, span)
            .label(msg!(LABEL, year = year))
            .help(msg!(
                RECOGNISED_AT,
                made = last.year,
                place = last.source.place()
            ))
            .help(help)
            .school(&written),
    );
}

crate::texts! {
    pub(crate) MESSAGE = "renewal-not-planned" {
        "the national-standard recognition of {school} (level {level}, made in {made}) ends in {year}, and this plan neither renews nor raises it",
        "quyết định công nhận đạt chuẩn quốc gia của {school} (mức độ {level}, công nhận năm {made}) hết thời hạn trong năm {year}, nhưng kế hoạch này không đề nghị công nhận lại hay nâng mức độ",
    }
    pub(crate) ACCREDITATION = "renewal-not-planned-accreditation" {
        "the accreditation of {school} (level {level}, made in {made}) ends in {year}, and this plan does not list the school for an external evaluation",
        "giấy chứng nhận kiểm định chất lượng giáo dục của {school} (cấp độ {level}, công nhận năm {made}) hết thời hạn trong năm {year}, nhưng kế hoạch này không đưa trường vào đánh giá ngoài",
    }
    pub(crate) ACCREDITATION_HELP = "renewal-not-planned-accreditation-help" {
        "add [[school]] with school = \"{written}\", action = \"accredit\", accreditation = {level}; or a [[note]] for it saying why not",
        "bổ sung [[school]] với school = \"{written}\", action = \"accredit\", accreditation = {level}; hoặc một [[note]] giải trình lý do",
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
