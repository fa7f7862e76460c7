//! KD406 `raise-too-soon`: `raise` before the school has held level 1 for the waiting time

use crate::diag::diagnostic::Sink;
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::circular::facts;
use crate::msg;
use crate::rules::circular::entry::At;
use chrono::{Months, NaiveDate};

pub static RAISE_TOO_SOON: Rule = Rule {
    code: "KD406",
    slug: "raise-too-soon",
    severity: Severity::Warning,
    summary: "`raise` before the school has held level 1 for the waiting time",
    doc: "A school asks to go from national-standard level 1 to level 2 at least 2 years after its \
          recognition at level 1 (Circular 19 as first issued). How sure: recalled, not confirmed. \
          The quoted Art. 37 of Circulars 17 and 19 (conditions and levels) has no clause on this \
          wait; level 2 needs a new external evaluation at Mức 3 (Art. 37 k2 b, confirmed), and \
          the wait for a higher accreditation level became 1 year on 25/01/2025 (Circular \
          22/2024), a reading that would make this wait 1 year too. So kdcl keeps 2 years and \
          reports a warning, not an error. The wait is judged at the date the school is \
          proposed: the first day of its wave's month when it is in a wave with a month, else the \
          plan's `issued` date (else 1 January of the plan year). The waiting time is kept in \
          data/circulars.toml.",
    example: "[plan]\nyear = 2024\n[[school]]\nschool = \"TH Kim Đồng\"   # roster: level 1 since 2023\naction = \"raise\"",
    fix: "Plan the raise for 2025 or later.",
    summary_vi: "Đề nghị nâng mức độ (`raise`) khi trường đạt mức độ 1 chưa đủ thời gian",
    doc_vi: "Trường đề nghị nâng từ đạt chuẩn quốc gia mức độ 1 lên mức độ 2 sau ít nhất 2 \
          năm kể từ khi được công nhận mức độ 1 (theo văn bản gốc của các thông tư). Thông tư \
          22/2024 rút ngắn thời gian chờ để đăng ký cấp độ kiểm định cao hơn xuống 1 năm kể \
          từ ngày 25/01/2025; chưa rõ thông tư này có thay đổi thời gian chờ nâng mức độ hay \
          không. Mức độ tin cậy: chưa xác nhận (theo trí nhớ); Điều 37 của Thông tư 17 và 19 \
          được trích dẫn không có khoản nào về thời gian chờ này; mức độ 2 cần kết quả đánh \
          giá ngoài đạt Mức 3 (Điều 37 khoản 2 điểm b, đã xác nhận), mà thời gian chờ đăng ký \
          cấp độ kiểm định cao hơn là 1 năm từ ngày 25/01/2025. Vì vậy kdcl giữ 2 năm và chỉ \
          báo cảnh báo, không báo lỗi. Thời gian chờ được tính đến ngày trường được đề nghị: \
          ngày đầu tháng của đợt có ghi tháng, nếu không thì ngày ban hành `issued` của kế \
          hoạch (nếu không có thì ngày 01/01 của năm kế hoạch). Thời gian chờ được ghi trong \
          data/circulars.toml.",
    example_vi: "[plan]\nyear = 2024\n[[school]]\nschool = \"TH Kim Đồng\"   # danh sách trường: mức độ 1 từ năm 2023\naction = \"raise\"",
    fix_vi: "Đề nghị nâng mức độ từ năm 2025 trở đi.",
    reference: Some("Thông tư 19/2018/TT-BGDĐT (2 năm); Thông tư 22/2024/TT-BGDĐT"),
    confidence: Some(Confidence::Recalled),
};

/// An entry listed `raise` whose school has held level 1 for less than the
/// wait on the date it is proposed.
pub fn check(at: &At<'_>, year: i32, sink: &mut Sink) {
    let raise = &facts().raise;
    let (Some(1), Some(made)) = (
        at.school.standard_held_at_start(year),
        at.school.standard_year,
    ) else {
        return;
    };
    let since = made
        .date
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(made.year, 1, 1).unwrap_or_default());
    let ready = since + Months::new(12 * raise.standard_wait_years as u32);
    let proposed = at.proposed();
    if proposed.on < ready {
        let ready = ready.format("%d/%m/%Y").to_string();
        let (school, made, wait) = (at.name(), made.year, raise.standard_wait_years);
        let message = match &proposed.wave {
            Some((wave, month)) => msg!(
                IN_WAVE,
                school = school,
                made = made,
                wait = wait,
                ready = ready,
                wave = wave,
                month = month
            ),
            None => msg!(
                MESSAGE,
                school = school,
                made = made,
                wait = wait,
                ready = ready,
                on = proposed.shown()
            ),
        };
        let d = at.finding(
            &RAISE_TOO_SOON,
            at.action_span(),
            message,
            &raise.standard_reference,
        );
        sink.push(d.help(msg!(HELP, ready = ready)));
    }
}

crate::texts! {
    pub(crate) MESSAGE = "raise-too-soon" {
        "{school} has held level 1 since {made}; a raise to level 2 waits {wait} years, until {ready}, and the plan proposes it on {on}",
        "{school} được công nhận mức độ 1 từ năm {made}; chỉ được đề nghị nâng lên mức độ 2 sau {wait} năm, tức là từ ngày {ready}, nhưng kế hoạch đề nghị ngày {on}",
    }
    pub(crate) IN_WAVE = "raise-too-soon-in-wave" {
        "{school} has held level 1 since {made}; a raise to level 2 waits {wait} years, until {ready}, and the plan proposes it in wave {wave} ({month})",
        "{school} được công nhận mức độ 1 từ năm {made}; chỉ được đề nghị nâng lên mức độ 2 sau {wait} năm, tức là từ ngày {ready}, nhưng kế hoạch đề nghị trong đợt {wave} (tháng {month})",
    }
    pub(crate) HELP = "raise-too-soon-help" {
        "the 2-year wait comes from the original circulars; whether Circular 22/2024 shortened it is not confirmed (see `kdcl explain KD406`); a later wave, or a plan issued from {ready}, meets it",
        "thời gian 2 năm theo văn bản gốc của các thông tư; chưa xác nhận Thông tư 22/2024 có rút ngắn hay không (xem `kdcl explain KD406`); xếp vào đợt sau, hoặc kế hoạch ban hành từ ngày {ready}, thì đủ thời gian",
    }
}
