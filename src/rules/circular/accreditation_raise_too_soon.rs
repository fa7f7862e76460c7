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
    doc: "A school registers for a higher accreditation level (cấp độ) only after holding its \
          current one for 2 years; from 25/01/2025 Circular 22/2024 shortened this to 1 year. \
          kdcl uses the plan's `issued` date (without one, 1 January of the plan year) to choose \
          the rule in force.",
    example: "[plan]\nyear = 2025\nissued = 2025-01-10\n[[school]]\nschool = \"TH Số 2\"   # roster: accreditation 2 in 2024\naction = \"accredit\"\naccreditation = 3",
    fix: "Plan it for 2026 (or, if the plan is issued from 25/01/2025, from one year after the last accreditation).",
    summary_vi: "Đề nghị cấp độ kiểm định cao hơn khi chưa đủ thời gian chờ",
    doc_vi: "Trường chỉ đăng ký kiểm định ở cấp độ cao hơn sau khi đạt cấp độ hiện tại được 2 \
          năm; từ ngày 25/01/2025, Thông tư 22/2024 rút ngắn thời gian này xuống 1 năm. kdcl \
          dùng ngày ban hành `issued` của kế hoạch (nếu không có thì lấy ngày 01/01 của năm \
          kế hoạch) để xác định quy định đang có hiệu lực.",
    example_vi: "[plan]\nyear = 2025\nissued = 2025-01-10\n[[school]]\nschool = \"TH Số 2\"   # danh sách trường: kiểm định cấp độ 2 năm 2024\naction = \"accredit\"\naccreditation = 3",
    fix_vi: "Đề nghị vào năm 2026 (hoặc, nếu kế hoạch ban hành từ ngày 25/01/2025, sau một năm kể từ lần kiểm định gần nhất).",
    reference: Some("Thông tư 19/2018/TT-BGDĐT; Thông tư 22/2024/TT-BGDĐT (hiệu lực 25/01/2025)"),
    confidence: Some(Confidence::Confirmed),
};

/// A higher accreditation level asked for before the wait since the
/// school's current one has passed, on `on`, the date the plan is judged at.
pub fn check(at: &At<'_>, on: NaiveDate, sink: &mut Sink) {
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
    let wait = circular::accreditation_wait(on);
    let since = made
        .date
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(made.year, 1, 1).unwrap_or_default());
    let ready = since + Months::new(12 * wait as u32);
    if on < ready {
        let r = &facts().raise;
        let message = msg!(
            MESSAGE,
            school = at.name(),
            held = held,
            made = made.year,
            asked = asked.value,
            wait = wait,
            ready = ready.format("%d/%m/%Y"),
            on = on.format("%d/%m/%Y")
        );
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
        "{school} holds accreditation level {held} since {made}; level {asked} can be asked for after {wait} {wait:year/years}, from {ready} (rule in force on {on})",
        "{school} đạt kiểm định cấp độ {held} từ năm {made}; chỉ được đề nghị cấp độ {asked} sau {wait} năm, tức là từ ngày {ready} (theo quy định có hiệu lực tại ngày {on})",
    }
    pub(crate) HELP = "accreditation-raise-too-soon-help" {
        "the wait is 2 years for plans dated before {amended} and 1 year from then (Circular 22/2024)",
        "thời gian chờ là 2 năm đối với kế hoạch ban hành trước ngày {amended} và 1 năm kể từ ngày đó (Thông tư 22/2024)",
    }
}
