//! KD402 `new-but-recognised`: `new` for a school that already holds a valid recognition

use crate::diag::diagnostic::Sink;
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::circular::facts;
use crate::msg;
use crate::rules::circular::entry::At;

pub static NEW_BUT_RECOGNISED: Rule = Rule {
    code: "KD402",
    slug: "new-but-recognised",
    severity: Severity::Error,
    summary: "`new` for a school that already holds a valid recognition",
    doc: "A first recognition (công nhận mới) is for a school that holds no valid national-standard \
          recognition at the start of the plan year. A school that holds one (its 5-year term has \
          not ended before the plan year) is renewed (công nhận lại) when the term ends, or raised \
          (nâng mức độ) from level 1 to level 2.",
    example: "[[school]]\nschool = \"TH Số 2\"   # roster: level 1, recognised 2021\naction = \"new\"",
    fix: "action = \"raise\"   # or renew when the term ends",
    summary_vi: "Đề nghị công nhận mới (`new`) cho trường đang có quyết định công nhận còn hiệu lực",
    doc_vi: "Công nhận mới dành cho trường chưa có quyết định công nhận đạt chuẩn quốc gia \
          còn hiệu lực vào đầu năm kế hoạch. Trường đang được công nhận (thời hạn 5 năm chưa \
          kết thúc trước năm kế hoạch) thì được công nhận lại khi hết thời hạn, hoặc được \
          nâng từ mức độ 1 lên mức độ 2.",
    example_vi: "[[school]]\nschool = \"TH Số 2\"   # danh sách trường: mức độ 1, công nhận năm 2021\naction = \"new\"",
    fix_vi: "action = \"raise\"   # hoặc công nhận lại khi hết thời hạn",
    reference: Some(
        "Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 38 khoản 2: bằng công nhận có giá trị 5 năm",
    ),
    confidence: Some(Confidence::Confirmed),
};

/// An entry listed `new` whose school holds a recognition at the start of `year`.
pub fn check(at: &At<'_>, year: i32, sink: &mut Sink) {
    let (Some(level), Some(made)) = (
        at.school.standard_held_at_start(year),
        at.school.standard_year,
    ) else {
        return;
    };
    let ends = made.year + facts().term.years;
    let help = if level == 1 && at.entry.level.as_ref().is_some_and(|l| l.value == 2) {
        msg!(NEW_BUT_RECOGNISED_RAISE)
    } else if ends <= year {
        msg!(NEW_BUT_RECOGNISED_RENEW, ends = ends)
    } else {
        msg!(NEW_BUT_RECOGNISED_LATER, ends = ends)
    };
    let message = msg!(
        MESSAGE,
        school = at.name(),
        level = level,
        made = made.year,
        ends = ends
    );
    sink.push(
        at.finding(
            &NEW_BUT_RECOGNISED,
            at.action_span(),
            message,
            &facts().term.reference,
        )
        .help(help),
    );
}

crate::texts! {
    pub(crate) MESSAGE = "new-but-recognised" {
        "{school} already holds a national-standard recognition at level {level} (made {made}, its term ends in {ends}), so it is not a first recognition",
        "{school} đang được công nhận đạt chuẩn quốc gia mức độ {level} (công nhận năm {made}, hết thời hạn năm {ends}), nên không phải công nhận mới",
    }
    pub(crate) NEW_BUT_RECOGNISED_RAISE = "new-but-recognised-raise" {
        "to go from level 1 to level 2 write action = \"raise\"",
        "để nâng từ mức độ 1 lên mức độ 2, ghi action = \"raise\"",
    }
    pub(crate) NEW_BUT_RECOGNISED_RENEW = "new-but-recognised-renew" {
        "its term ends in {ends}: write action = \"renew\"",
        "trường hết thời hạn công nhận trong năm {ends}: ghi action = \"renew\"",
    }
    pub(crate) NEW_BUT_RECOGNISED_LATER = "new-but-recognised-later" {
        "its term runs until {ends}: renew it then, or raise it to level 2 with action = \"raise\"",
        "thời hạn công nhận còn đến năm {ends}: đề nghị công nhận lại vào năm đó, hoặc nâng lên mức độ 2 với action = \"raise\"",
    }
}
