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
          recognition at level 1 (the original circulars). Circular 22/2024 shortened the wait for \
          a higher accreditation level to 1 year from 25/01/2025; whether it also changed this wait \
          is not known, so kdcl keeps 2 years and reports a warning, not an error. The waiting time \
          is kept in data/circulars.toml.",
    example: "[plan]\nyear = 2024\n[[school]]\nschool = \"TH Kim Đồng\"   # roster: level 1 since 2023\naction = \"raise\"",
    fix: "Plan the raise for 2025 or later.",
    summary_vi: "Đề nghị nâng mức độ (`raise`) khi trường đạt mức độ 1 chưa đủ thời gian",
    doc_vi: "Trường đề nghị nâng từ đạt chuẩn quốc gia mức độ 1 lên mức độ 2 sau ít nhất 2 \
          năm kể từ khi được công nhận mức độ 1 (theo văn bản gốc của các thông tư). Thông tư \
          22/2024 rút ngắn thời gian chờ để đăng ký cấp độ kiểm định cao hơn xuống 1 năm kể \
          từ ngày 25/01/2025; chưa rõ thông tư này có thay đổi thời gian chờ nâng mức độ hay \
          không, nên kdcl giữ 2 năm và chỉ báo cảnh báo, không báo lỗi. Thời gian chờ được \
          ghi trong data/circulars.toml.",
    example_vi: "[plan]\nyear = 2024\n[[school]]\nschool = \"TH Kim Đồng\"   # danh sách trường: mức độ 1 từ năm 2023\naction = \"raise\"",
    fix_vi: "Đề nghị nâng mức độ từ năm 2025 trở đi.",
    reference: Some("Thông tư 19/2018/TT-BGDĐT (2 năm); Thông tư 22/2024/TT-BGDĐT"),
    confidence: Some(Confidence::Recalled),
};

/// An entry listed `raise` whose school has held level 1 for less than the
/// wait on `on`, the date the plan is judged at.
pub fn check(at: &At<'_>, year: i32, on: NaiveDate, sink: &mut Sink) {
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
    if on < ready {
        let message = msg!(
            MESSAGE,
            school = at.name(),
            made = made.year,
            wait = raise.standard_wait_years,
            ready = ready.format("%d/%m/%Y")
        );
        let d = at.finding(
            &RAISE_TOO_SOON,
            at.action_span(),
            message,
            &raise.standard_reference,
        );
        sink.push(d.help(msg!(HELP)));
    }
}

crate::texts! {
    pub(crate) MESSAGE = "raise-too-soon" {
        "{school} has held level 1 since {made}; a raise to level 2 waits {wait} years, until {ready}",
        "{school} được công nhận mức độ 1 từ năm {made}; chỉ được đề nghị nâng lên mức độ 2 sau {wait} năm, tức là từ ngày {ready}",
    }
    pub(crate) HELP = "raise-too-soon-help" {
        "the 2-year wait comes from the original circulars; whether Circular 22/2024 shortened it is not confirmed (see `kdcl explain KD406`)",
        "thời gian 2 năm theo văn bản gốc của các thông tư; chưa xác nhận Thông tư 22/2024 có rút ngắn hay không (xem `kdcl explain KD406`)",
    }
}
