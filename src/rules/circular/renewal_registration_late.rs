//! KD411 `renewal-registration-late`: A renewal's wave is less than 5 months before the recognition expires

use crate::diag::diagnostic::Sink;
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::circular::facts;
use crate::msg;
use crate::rules::circular::entry::At;
use chrono::Months;

pub static RENEWAL_REGISTRATION_LATE: Rule = Rule {
    code: "KD411",
    slug: "renewal-registration-late",
    severity: Severity::Note,
    summary: "A renewal's wave is less than 5 months before the recognition expires",
    doc: "To be recognised again a school registers for external evaluation at least 5 months \
          before its recognition expires. A wave closer to the expiry than that leaves too little \
          time for the self-evaluation and the registration. How sure: confirmed for Circular 17 \
          (Art. 38 k2 for the national-standard recognition and Art. 35 k2 for the accreditation \
          certificate are quoted); the same article numbers are assumed for Circulars 18 and 19.",
    example: "# roster: standard_year = 2019-10-15\n[[wave]]\nnumber = 2\nmonth = \"2024-09\"",
    fix: "Register in an earlier wave (by 05/2024).",
    summary_vi: "Đợt đề nghị công nhận lại cách ngày hết hạn công nhận chưa đến 5 tháng",
    doc_vi: "Để được công nhận lại, trường phải đăng ký đánh giá ngoài ít nhất 5 tháng trước \
          khi quyết định công nhận hết hạn. Đợt đề nghị sát ngày hết hạn hơn thế thì không đủ \
          thời gian cho tự đánh giá và đăng ký. Mức độ tin cậy: đã xác nhận đối với Thông tư \
          17 (trích dẫn Điều 38 khoản 2 về bằng công nhận đạt chuẩn quốc gia và Điều 35 khoản 2 \
          về giấy chứng nhận kiểm định); Thông tư 18, 19 được coi là có cùng số điều.",
    example_vi: "# danh sách trường: standard_year = 2019-10-15\n[[wave]]\nnumber = 2\nmonth = \"2024-09\"",
    fix_vi: "Đăng ký trong một đợt sớm hơn (chậm nhất tháng 05/2024).",
    reference: Some(
        "Thông tư 17/2018/TT-BGDĐT, Điều 38 khoản 2 (bằng công nhận đạt chuẩn quốc gia), Điều 35 khoản 2 (giấy chứng nhận kiểm định); tương tự Thông tư 18, 19",
    ),
    confidence: Some(Confidence::Confirmed),
};

/// A renewal put in a wave before its recognition expires, but too close
/// to the expiry to register for the external evaluation in time.
pub fn check(at: &At<'_>, sink: &mut Sink) {
    let Some(renewal) = at.renewal_wave() else {
        return;
    };
    let ahead = facts().renewal.registration_months_before_expiry as i32;
    let months = renewal.months_before_expiry();
    // After the expiry is KD410.
    if (0..ahead).contains(&months) {
        let latest = renewal.expires - Months::new(ahead as u32);
        let message = msg!(
            MESSAGE,
            school = at.name(),
            wave = renewal.wave,
            month = renewal.month_shown(),
            expires = renewal.expires_shown(),
            months = ahead
        );
        let d = at.finding(
            &RENEWAL_REGISTRATION_LATE,
            renewal.month.span.clone(),
            message,
            &facts().renewal.reference,
        );
        sink.push(d.help(msg!(HELP, months = ahead, latest = latest.format("%m/%Y"))));
    }
}

crate::texts! {
    pub(crate) MESSAGE = "renewal-registration-late" {
        "{school} is renewed in wave {wave} ({month}), less than {months} months before its recognition expires on {expires}",
        "{school} được đề nghị công nhận lại trong đợt {wave} ({month}), chưa đến {months} tháng trước khi quyết định công nhận hết hạn ngày {expires}",
    }
    pub(crate) HELP = "renewal-registration-late-help" {
        "registration for external evaluation is due {months} months ahead, by {latest}",
        "phải đăng ký đánh giá ngoài trước ít nhất {months} tháng, chậm nhất trong tháng {latest}",
    }
}
