//! KD410 `renewal-after-expiry`: A renewal's wave comes after the recognition expires

use crate::diag::diagnostic::Sink;
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::circular::facts;
use crate::msg;
use crate::rules::circular::entry::At;

pub static RENEWAL_AFTER_EXPIRY: Rule = Rule {
    code: "KD410",
    slug: "renewal-after-expiry",
    severity: Severity::Warning,
    summary: "A renewal's wave comes after the recognition expires",
    doc: "With the recognition's full date in the roster (`standard_year = 2019-10-15`), its expiry \
          is known to the day. A renewal proposed in a wave after that month leaves the school \
          without recognition in between.",
    example: "# roster: standard_year = 2019-03-15\n[[wave]]\nnumber = 2\nmonth = \"2024-09\"\n[[school]]\naction = \"renew\"\nwave = 2",
    fix: "Put the school in a wave before 03/2024.",
    summary_vi: "Đợt đề nghị công nhận lại sau ngày quyết định công nhận hết hạn",
    doc_vi: "Khi danh sách trường ghi ngày công nhận đầy đủ (`standard_year = 2019-10-15`), \
          ngày hết hạn được xác định chính xác. Đề nghị công nhận lại trong một đợt sau tháng \
          hết hạn thì trường bị gián đoạn công nhận trong khoảng thời gian đó.",
    example_vi: "# danh sách trường: standard_year = 2019-03-15\n[[wave]]\nnumber = 2\nmonth = \"2024-09\"\n[[school]]\naction = \"renew\"\nwave = 2",
    fix_vi: "Xếp trường vào một đợt trước tháng 03/2024.",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: bằng công nhận có giá trị 5 năm"),
    confidence: Some(Confidence::Confirmed),
};

/// A renewal put in a wave after the recognition it renews expires.
pub fn check(at: &At<'_>, sink: &mut Sink) {
    let Some(renewal) = at.renewal_wave() else {
        return;
    };
    if renewal.months_before_expiry() < 0 {
        let message = msg!(
            MESSAGE,
            school = at.name(),
            wave = renewal.wave,
            month = renewal.month_shown(),
            expires = renewal.expires_shown()
        );
        let span = renewal.month.span.clone();
        let term = &facts().term;
        sink.push(
            at.finding(&RENEWAL_AFTER_EXPIRY, span, message, &term.reference)
                .help(msg!(HELP)),
        );
    }
}

crate::texts! {
    pub(crate) MESSAGE = "renewal-after-expiry" {
        "{school} is renewed in wave {wave} ({month}), after its recognition expires on {expires}",
        "{school} được đề nghị công nhận lại trong đợt {wave} ({month}), sau khi quyết định công nhận hết hạn ngày {expires}",
    }
    pub(crate) HELP = "renewal-after-expiry-help" {
        "put it in a wave before its expiry, or the school is without recognition in between",
        "xếp trường vào một đợt trước ngày hết hạn, nếu không trường sẽ bị gián đoạn công nhận từ khi hết hạn đến khi được công nhận lại",
    }
}
