//! KD407 `accreditation-raise-too-soon`: A higher accreditation level asked for before the waiting time

use crate::diag::diagnostic::Sink;
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::circular::{self, facts};
use crate::msg;
use crate::rules::circular::entry::At;
use chrono::{Months, NaiveDate};

pub static ACCREDITATION_RAISE_TOO_SOON: Rule = Rule {
    code: "KD407",
    slug: "accreditation-raise-too-soon",
    severity: Severity::Error,
    summary: "A higher accreditation level asked for before the waiting time",
    doc: "A school registers for external evaluation at a higher accreditation level (cấp độ) \
          only after holding its current one for 2 years; Circular 22/2024, in force 25/01/2025, \
          shortened this to 1 year for what is registered from that day. How sure: confirmed \
          (government portal on Circular 22/2024: \"after at least 1 year (previous regulation \
          was 2 years) from the date of recognition\"; in force 25/01/2025). Both the wait in \
          force and whether it has passed are judged at the date the school is proposed: the \
          first day of its wave's month when it is in a wave with a month, else the plan's \
          `issued` date (else 1 January of the plan year). A plan issued 10/01/2025 with a wave \
          in 03/2025 is judged by the 1-year rule for that wave.",
    example: "[plan]\nyear = 2025\nissued = 2025-01-10\n[[school]]\nschool = \"TH Số 2\"   # roster: accreditation 2 in 2024\naction = \"accredit\"\naccreditation = 3",
    fix: "Put the school in a wave from 25/01/2025 that is at least one year after the last accreditation, or plan it for 2026.",
    summary_vi: "Đề nghị cấp độ kiểm định cao hơn khi chưa đủ thời gian chờ",
    doc_vi: "Trường chỉ đăng ký đánh giá ngoài để được công nhận cấp độ kiểm định cao hơn sau \
          khi đạt cấp độ hiện tại được 2 năm; Thông tư 22/2024 (hiệu lực từ ngày 25/01/2025) \
          rút ngắn thời gian này xuống 1 năm đối với việc đăng ký từ ngày đó. Mức độ tin cậy: \
          đã xác nhận (Cổng thông tin Chính phủ về Thông tư 22/2024: sau ít nhất 1 năm, quy \
          định trước đây là 2 năm, kể từ ngày được công nhận; hiệu lực 25/01/2025). Quy định \
          áp dụng và việc đã đủ thời gian hay chưa đều được xét tại ngày trường được đề nghị: \
          ngày đầu tháng của đợt có ghi tháng, nếu không thì ngày ban hành `issued` của kế \
          hoạch (nếu không có thì ngày 01/01 của năm kế hoạch). Kế hoạch ban hành ngày \
          10/01/2025 có đợt vào tháng 03/2025 thì đợt đó được xét theo quy định 1 năm.",
    example_vi: "[plan]\nyear = 2025\nissued = 2025-01-10\n[[school]]\nschool = \"TH Số 2\"   # danh sách trường: kiểm định cấp độ 2 năm 2024\naction = \"accredit\"\naccreditation = 3",
    fix_vi: "Xếp trường vào một đợt từ ngày 25/01/2025 và sau ít nhất một năm kể từ lần kiểm định gần nhất, hoặc đề nghị vào năm 2026.",
    reference: Some(
        "Thông tư 17, 18, 19/2018/TT-BGDĐT (2 năm); Thông tư 22/2024/TT-BGDĐT (1 năm, hiệu lực 25/01/2025)",
    ),
    confidence: Some(Confidence::Confirmed),
};

/// A higher accreditation level asked for before the wait since the
/// school's current one has passed, on the date the school is proposed.
pub fn check(at: &At<'_>, sink: &mut Sink) {
    let Some(asked) = &at.entry.accreditation else {
        return;
    };
    let (Some(held), Some(made)) = (at.school.accreditation_level, at.school.accreditation_year)
    else {
        return;
    };
    if asked.value <= i64::from(held) {
        return;
    }
    let proposed = at.proposed();
    let on = proposed.on;
    let wait = circular::accreditation_wait(on);
    let since = made
        .date
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(made.year, 1, 1).unwrap_or_default());
    let ready = since + Months::new(12 * wait as u32);
    if on < ready {
        let r = &facts().raise;
        let ready = ready.format("%d/%m/%Y").to_string();
        let (school, made, asked_level) = (at.name(), made.year, asked.value);
        let message = match &proposed.wave {
            Some((wave, month)) => msg!(
                IN_WAVE,
                school = school,
                held = held,
                made = made,
                asked = asked_level,
                wait = wait,
                ready = ready,
                wave = wave,
                month = month
            ),
            None => msg!(
                MESSAGE,
                school = school,
                held = held,
                made = made,
                asked = asked_level,
                wait = wait,
                ready = ready,
                on = proposed.shown()
            ),
        };
        let d = at.finding(
            &ACCREDITATION_RAISE_TOO_SOON,
            asked.span.clone(),
            message,
            &r.accreditation_reference,
        );
        sink.push(d.help(msg!(
            HELP,
            amended = circular::date(&r.amended_from).format("%d/%m/%Y")
        )));
    }
}

crate::texts! {
    pub(crate) MESSAGE = "accreditation-raise-too-soon" {
        "{school} holds accreditation level {held} since {made}; level {asked} can be asked for after {wait} {wait:year/years}, from {ready}, and the plan proposes it on {on} (the rule in force that day)",
        "{school} đạt kiểm định cấp độ {held} từ năm {made}; chỉ được đề nghị cấp độ {asked} sau {wait} năm, tức là từ ngày {ready}, nhưng kế hoạch đề nghị ngày {on} (theo quy định có hiệu lực tại ngày đó)",
    }
    pub(crate) IN_WAVE = "accreditation-raise-too-soon-in-wave" {
        "{school} holds accreditation level {held} since {made}; level {asked} can be asked for after {wait} {wait:year/years}, from {ready}, and the plan proposes it in wave {wave} ({month}; the rule in force then)",
        "{school} đạt kiểm định cấp độ {held} từ năm {made}; chỉ được đề nghị cấp độ {asked} sau {wait} năm, tức là từ ngày {ready}, nhưng kế hoạch đề nghị trong đợt {wave} (tháng {month}; theo quy định có hiệu lực khi đó)",
    }
    pub(crate) HELP = "accreditation-raise-too-soon-help" {
        "the wait is 2 years for what is proposed before {amended} and 1 year from then (Circular 22/2024); a school is proposed in its wave's month, else on the plan's date",
        "thời gian chờ là 2 năm đối với đề nghị trước ngày {amended} và 1 năm kể từ ngày đó (Thông tư 22/2024); thời điểm đề nghị là tháng của đợt, nếu không có đợt thì là ngày ban hành kế hoạch",
    }
}
