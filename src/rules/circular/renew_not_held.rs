//! KD403 `renew-not-held`: `renew` for a school never recognised, or at another level

use crate::diag::diagnostic::Sink;
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::circular::facts;
use crate::msg;
use crate::rules::circular::entry::At;

pub static RENEW_NOT_HELD: Rule = Rule {
    code: "KD403",
    slug: "renew-not-held",
    severity: Severity::Error,
    summary: "`renew` for a school never recognised, or at another level",
    doc: "A renewal (công nhận lại, duy trì) recognises a school again at the level it holds or \
          held. A school the roster shows as never recognised asks for a first recognition \
          (`new`); one asking for a higher level than it holds asks for a raise (`raise`).",
    example: "[[school]]\nschool = \"MN Bình Minh\"   # roster: never recognised\naction = \"renew\"",
    fix: "action = \"new\"",
    summary_vi: "Đề nghị công nhận lại (`renew`) cho trường chưa từng được công nhận, hoặc ở mức độ khác",
    doc_vi: "Công nhận lại (duy trì) là công nhận lần nữa ở mức độ trường đang đạt hoặc đã \
          đạt. Trường mà danh sách trường cho thấy chưa từng được công nhận thì đề nghị công \
          nhận mới (`new`); trường đề nghị mức độ cao hơn mức đang đạt thì đề nghị nâng mức \
          độ (`raise`).",
    example_vi: "[[school]]\nschool = \"MN Bình Minh\"   # danh sách trường: chưa từng được công nhận\naction = \"renew\"",
    fix_vi: "action = \"new\"",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: công nhận lại sau 5 năm"),
    confidence: Some(Confidence::Confirmed),
};

/// An entry listed `renew` whose school never held a recognition, or asks
/// for a higher level than it holds.
pub fn check(at: &At<'_>, sink: &mut Sink) {
    let term = &facts().term;
    let (Some(_), Some(held_level)) = (at.school.standard_year, at.school.standard_level) else {
        let texts = (&RENEW_MISPLACED_LEVEL, &RENEW_UNREADABLE);
        if at.unreadable_standard(&RENEW_NOT_HELD, &term.reference, texts, sink) {
            return;
        }
        let message = msg!(RENEW_NEVER_RECOGNISED, school = at.name());
        let d = at.finding(&RENEW_NOT_HELD, at.action_span(), message, &term.reference);
        sink.push(d.help(msg!(RENEW_NEVER_RECOGNISED_HELP)));
        return;
    };
    if let Some(level) = &at.entry.level
        && level.value > i64::from(held_level)
    {
        let message = msg!(
            RENEW_OTHER_LEVEL,
            school = at.name(),
            asked = level.value,
            held = held_level
        );
        let d = at.finding(
            &RENEW_NOT_HELD,
            level.span.clone(),
            message,
            &term.reference,
        );
        sink.push(d.help(msg!(RENEW_OTHER_LEVEL_HELP)));
    }
}

crate::texts! {
    pub(crate) RENEW_UNREADABLE = "renew-unreadable" {
        "the roster's column \"{column}\" (line {line}) for {school} is unreadable, so kdcl cannot tell whether it holds a recognition to renew",
        "không đọc được cột \"{column}\" (dòng {line}) của {school} trong danh sách trường, nên kdcl không biết trường có đang được công nhận để công nhận lại hay không",
    }
    pub(crate) RENEW_MISPLACED_LEVEL = "renew-misplaced-level" {
        "the roster's column \"{column}\" (line {line}) gives {school} level {level}, not a national-standard level (1 or 2; {level} is likely an accreditation level), so kdcl cannot tell whether it holds a recognition to renew",
        "cột \"{column}\" (dòng {line}) của {school} trong danh sách trường ghi {level}, không phải mức độ đạt chuẩn quốc gia (1 hoặc 2; {level} có lẽ là cấp độ kiểm định), nên kdcl không biết trường có đang được công nhận để công nhận lại hay không",
    }
    pub(crate) RENEW_NEVER_RECOGNISED = "renew-never-recognised" {
        "{school} has never been recognised (the roster has no national-standard level for it), so it cannot be recognised again",
        "{school} chưa từng được công nhận (danh sách trường không ghi mức độ đạt chuẩn quốc gia của trường), nên không thể công nhận lại",
    }
    pub(crate) RENEW_NEVER_RECOGNISED_HELP = "renew-never-recognised-help" {
        "write action = \"new\" for a first recognition, or add its recognition to the roster",
        "ghi action = \"new\" nếu là công nhận lần đầu, hoặc bổ sung thông tin công nhận vào danh sách trường",
    }
    pub(crate) RENEW_OTHER_LEVEL = "renew-other-level" {
        "{school} asks to be renewed at level {asked}, but it holds level {held}",
        "{school} đề nghị công nhận lại mức độ {asked}, nhưng trường đang đạt mức độ {held}",
    }
    pub(crate) RENEW_OTHER_LEVEL_HELP = "renew-other-level-help" {
        "a renewal keeps the level; to go from level 1 to level 2 write action = \"raise\", which in the year the term ends renews it too (công nhận lại và nâng mức độ)",
        "công nhận lại giữ nguyên mức độ; để nâng từ mức độ 1 lên mức độ 2, ghi action = \"raise\"; trong năm hết thời hạn, đề nghị nâng mức độ đồng thời là công nhận lại (công nhận lại và nâng mức độ)",
    }
}
