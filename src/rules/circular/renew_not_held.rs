//! KD403 `renew-not-held`: `renew` for a school never recognised, or at another level

use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

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
