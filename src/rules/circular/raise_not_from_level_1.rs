//! KD405 `raise-not-from-level-1`: `raise` for a school that does not hold a valid level 1, or not to level 2

use crate::diag::diagnostic::Sink;
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::circular::facts;
use crate::msg;
use crate::rules::circular::entry::At;

pub static RAISE_NOT_LEVEL_1: Rule = Rule {
    code: "KD405",
    slug: "raise-not-from-level-1",
    severity: Severity::Error,
    summary: "`raise` for a school that does not hold a valid level 1, or not to level 2",
    doc: "Raising (nâng mức độ) takes a school from national-standard level 1 to level 2; there is \
          no level 3. The school must hold a valid level-1 recognition at the start of the plan \
          year: without one it asks for `new` (or `renew`), and a school at level 2 has nothing to \
          raise.",
    example: "[[school]]\nschool = \"MN Hoa Sen\"   # roster: never recognised\naction = \"raise\"",
    fix: "action = \"new\"\nlevel = 2",
    summary_vi: "Đề nghị nâng mức độ (`raise`) cho trường không có mức độ 1 còn hiệu lực, hoặc không phải lên mức độ 2",
    doc_vi: "Nâng mức độ là đưa trường từ đạt chuẩn quốc gia mức độ 1 lên mức độ 2; không có \
          mức độ 3. Vào đầu năm kế hoạch, trường phải có quyết định công nhận mức độ 1 còn \
          hiệu lực: nếu không có thì đề nghị công nhận mới (`new`) hoặc công nhận lại \
          (`renew`); trường đã đạt mức độ 2 thì không còn mức để nâng.",
    example_vi: "[[school]]\nschool = \"MN Hoa Sen\"   # danh sách trường: chưa từng được công nhận\naction = \"raise\"",
    fix_vi: "action = \"new\"\nlevel = 2",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT (mức độ 1 và mức độ 2)"),
    confidence: Some(Confidence::Confirmed),
};

/// An entry listed `raise` that asks for another level than 2, or whose
/// school does not hold level 1 at the start of `year`.
pub fn check(at: &At<'_>, year: i32, sink: &mut Sink) {
    let raise = &facts().raise;
    if let Some(level) = &at.entry.level
        && level.value != 2
    {
        let message = msg!(RAISE_TO_LEVEL_2, school = at.name(), asked = level.value);
        sink.push(at.finding(
            &RAISE_NOT_LEVEL_1,
            level.span.clone(),
            message,
            &raise.standard_reference,
        ));
    }
    let message = match (
        at.school.standard_held_at_start(year),
        at.school.standard_year,
    ) {
        // Held at level 1: when it may be raised is KD406.
        (Some(1), Some(_)) => return,
        (Some(level), _) => msg!(RAISE_ALREADY_LEVEL_2, school = at.name(), level = level),
        (None, _) => {
            let texts = (&RAISE_MISPLACED_LEVEL, &RAISE_UNREADABLE);
            if at.unreadable_standard(&RAISE_NOT_LEVEL_1, &raise.standard_reference, texts, sink) {
                return;
            }
            msg!(RAISE_WITHOUT_LEVEL_1, school = at.name())
        }
    };
    let d = at.finding(
        &RAISE_NOT_LEVEL_1,
        at.action_span(),
        message,
        &raise.standard_reference,
    );
    sink.push(d.help(msg!(RAISE_NOT_LEVEL_1_HELP)));
}

crate::texts! {
    pub(crate) RAISE_UNREADABLE = "raise-unreadable" {
        "the roster's column \"{column}\" (line {line}) for {school} is unreadable, so kdcl cannot tell whether it holds level 1",
        "không đọc được cột \"{column}\" (dòng {line}) của {school} trong danh sách trường, nên kdcl không biết trường có đang đạt mức độ 1 hay không",
    }
    pub(crate) RAISE_MISPLACED_LEVEL = "raise-misplaced-level" {
        "the roster's column \"{column}\" (line {line}) gives {school} level {level}, not a national-standard level (1 or 2; {level} is likely an accreditation level), so kdcl cannot tell whether it holds level 1",
        "cột \"{column}\" (dòng {line}) của {school} trong danh sách trường ghi {level}, không phải mức độ đạt chuẩn quốc gia (1 hoặc 2; {level} có lẽ là cấp độ kiểm định), nên kdcl không biết trường có đang đạt mức độ 1 hay không",
    }
    pub(crate) RAISE_TO_LEVEL_2 = "raise-to-level-2" {
        "{school} is raised to level {asked}, but a raise goes from level 1 to level 2",
        "{school} được đề nghị nâng lên mức độ {asked}, nhưng nâng mức độ là từ mức độ 1 lên mức độ 2",
    }
    pub(crate) RAISE_ALREADY_LEVEL_2 = "raise-already-level-2" {
        "{school} already holds level {level}; there is no higher national-standard level",
        "{school} đã đạt mức độ {level}; không có mức độ đạt chuẩn quốc gia cao hơn",
    }
    pub(crate) RAISE_WITHOUT_LEVEL_1 = "raise-without-level-1" {
        "{school} holds no valid level-1 recognition at the start of the plan year, so it cannot be raised",
        "{school} không có quyết định công nhận mức độ 1 còn hiệu lực vào đầu năm kế hoạch, nên không thể nâng mức độ",
    }
    pub(crate) RAISE_NOT_LEVEL_1_HELP = "raise-not-level-1-help" {
        "for a school without a valid recognition write action = \"new\" (or \"renew\" if its term has ended) with the level it asks for",
        "với trường không có quyết định công nhận còn hiệu lực, ghi action = \"new\" (hoặc \"renew\" nếu đã hết thời hạn) kèm mức độ đề nghị",
    }
}
