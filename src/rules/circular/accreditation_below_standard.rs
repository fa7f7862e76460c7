//! KD408 `accreditation-below-standard`: The stated accreditation level is below what the national-standard level needs

use crate::diag::diagnostic::Sink;
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::circular::{self, facts};
use crate::model::plan::Action;
use crate::msg;
use crate::rules::circular::entry::At;

pub static ACCREDITATION_BELOW_STANDARD: Rule = Rule {
    code: "KD408",
    slug: "accreditation-below-standard",
    severity: Severity::Error,
    summary: "The stated accreditation level is below what the national-standard level needs",
    doc: "National-standard level 1 needs an evaluation at Mức 2 or higher, level 2 needs Mức 3 or \
          higher (accreditation levels 1–4 are the external evaluation's Mức). A plan asking for \
          level 2 with accreditation 2 cannot be granted. Confirmed: Art. 37 k2 of Circulars 17 \
          and 19 is quoted word for word; Circular 18's Art. 37 k1 (\"Mức 2 or more\") is \
          confirmed and its split into the two levels is inferred from the other two.",
    example: "[[school]]\nschool = \"TH Đoàn Kết\"\naction = \"new\"\nlevel = 2\naccreditation = 2",
    fix: "accreditation = 3   # or level = 1",
    summary_vi: "Cấp độ kiểm định ghi trong kế hoạch thấp hơn yêu cầu của mức độ đạt chuẩn quốc gia",
    doc_vi: "Đạt chuẩn quốc gia mức độ 1 cần kết quả đánh giá đạt Mức 2 trở lên, mức độ 2 cần \
          đạt Mức 3 trở lên (cấp độ kiểm định 1–4 tương ứng với Mức 1–4 của đánh giá ngoài). \
          Kế hoạch đề nghị mức độ 2 với kiểm định cấp độ 2 thì không thể được công nhận. Mức \
          độ tin cậy: đã xác nhận theo nguyên văn Điều 37 khoản 2 Thông tư 17 và Thông tư 19; \
          Điều 37 khoản 1 Thông tư 18 (\"đạt Mức 2 trở lên\") đã xác nhận, việc chia hai mức \
          độ là suy luận từ hai thông tư kia.",
    fix_vi: "accreditation = 3   # hoặc level = 1",
    reference: Some(
        "Thông tư 17, 19/2018/TT-BGDĐT, Điều 37 khoản 2; Thông tư 18/2018/TT-BGDĐT, Điều 37",
    ),
    confidence: Some(Confidence::Confirmed),
    ..Rule::DEFAULT
};

/// The accreditation level an entry asks for against the national-standard
/// level it aims at, stated or implied by a raise.
pub fn check(at: &At<'_>, sink: &mut Sink) {
    let Some(asked) = &at.entry.accreditation else {
        return;
    };
    let target = at
        .entry
        .level
        .as_ref()
        .map(|l| l.value)
        .or(match &at.entry.action {
            Some(a) if a.value == Action::Raise => Some(2),
            _ => None,
        });
    let Some(target) = target else { return };
    let needed = circular::muc_needed(target);
    if asked.value < needed {
        let message = msg!(
            MESSAGE,
            asked = asked.value,
            level = target,
            needed = needed
        );
        let d = at.finding(
            &ACCREDITATION_BELOW_STANDARD,
            asked.span.clone(),
            message,
            &facts().standard_level.reference,
        );
        sink.push(d.help(msg!(HELP, needed = needed, level = target)));
    }
}

crate::texts! {
    pub(crate) MESSAGE = "accreditation-below-standard" {
        "accreditation level {asked} is below what national-standard level {level} needs (Mức {needed} or higher)",
        "kiểm định cấp độ {asked} chưa đủ cho đạt chuẩn quốc gia mức độ {level} (cần đạt Mức {needed} trở lên)",
    }
    pub(crate) HELP = "accreditation-below-standard-help" {
        "write accreditation = {needed} or higher, or lower the national-standard level",
        "ghi accreditation = {needed} trở lên, hoặc hạ mức độ đạt chuẩn quốc gia đề nghị",
    }
}
