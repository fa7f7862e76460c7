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
          without recognition in between. A renewal of a recognition whose term ended in an \
          earlier year (made in 2014, ended 2019, renewed in 2024) is reported too: the circulars' \
          công nhận lại is registered at least 5 months before the recognition expires (Art. 38 \
          k2, confirmed for Circular 17), so after years without recognition the proposal is in \
          substance a new recognition under Art. 37, whose conditions are the same (an inference; \
          what happens at expiry is not written). It stays a warning: the proposal can be granted.",
    example: "# roster: standard_year = 2019-03-15\n[[wave]]\nnumber = 2\nmonth = \"2024-09\"\n[[school]]\naction = \"renew\"\nwave = 2",
    fix: "Put the school in a wave before 03/2024.",
    summary_vi: "Đợt đề nghị công nhận lại sau ngày quyết định công nhận hết hạn",
    doc_vi: "Khi danh sách trường ghi ngày công nhận đầy đủ (`standard_year = 2019-10-15`), \
          ngày hết hạn được xác định chính xác. Đề nghị công nhận lại trong một đợt sau tháng \
          hết hạn thì trường bị gián đoạn công nhận trong khoảng thời gian đó. Đề nghị công \
          nhận lại một quyết định đã hết thời hạn từ những năm trước (công nhận năm 2014, hết \
          hạn năm 2019, đề nghị công nhận lại năm 2024) cũng được báo: theo thông tư, công nhận \
          lại là việc trường đăng ký ít nhất 5 tháng trước khi hết giá trị (Điều 38 khoản 2, \
          đã xác nhận với Thông tư 17), nên sau nhiều năm không còn được công nhận thì thực chất \
          là công nhận mới theo Điều 37, với cùng điều kiện (suy luận; thông tư không quy định \
          việc gì xảy ra khi hết hạn). Chỉ là cảnh báo: đề nghị vẫn có thể được xem xét.",
    example_vi: "# danh sách trường: standard_year = 2019-03-15\n[[wave]]\nnumber = 2\nmonth = \"2024-09\"\n[[school]]\naction = \"renew\"\nwave = 2",
    fix_vi: "Xếp trường vào một đợt trước tháng 03/2024.",
    reference: Some(
        "Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 38 khoản 2: bằng công nhận có giá trị 5 năm",
    ),
    confidence: Some(Confidence::Confirmed),
};

/// A renewal put in a wave after the recognition it renews expires, or of
/// a recognition whose term ended before the plan year.
pub fn check(at: &At<'_>, year: i32, sink: &mut Sink) {
    let term = &facts().term;
    if let Some(made) = at.school.standard_year
        && made.year + term.years < year
    {
        let ended = made.year + term.years;
        let message = msg!(LAPSED, school = at.name(), made = made.year, ended = ended);
        sink.push(
            at.finding(
                &RENEWAL_AFTER_EXPIRY,
                at.action_span(),
                message,
                &term.reference,
            )
            .help(msg!(LAPSED_HELP)),
        );
        return;
    }
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
        sink.push(
            at.finding(&RENEWAL_AFTER_EXPIRY, span, message, &term.reference)
                .help(msg!(HELP)),
        );
    }
}

crate::texts! {
    pub(crate) LAPSED = "renewal-after-expiry-lapsed" {
        "{school} is renewed, but its recognition (made in {made}) ended in {ended}: after a lapse this is in substance a new recognition",
        "{school} được đề nghị công nhận lại, nhưng quyết định công nhận (năm {made}) đã hết thời hạn từ năm {ended}: sau thời gian gián đoạn, thực chất đây là công nhận mới",
    }
    pub(crate) LAPSED_HELP = "renewal-after-expiry-lapsed-help" {
        "write action = \"new\" (same conditions, Art. 37); công nhận lại is registered at least 5 months before the recognition expires (Art. 38 k2)",
        "ghi action = \"new\" (cùng điều kiện theo Điều 37); công nhận lại phải đăng ký ít nhất 5 tháng trước khi quyết định công nhận hết giá trị (Điều 38 khoản 2)",
    }
    pub(crate) MESSAGE = "renewal-after-expiry" {
        "{school} is renewed in wave {wave} ({month}), after its recognition expires on {expires}",
        "{school} được đề nghị công nhận lại trong đợt {wave} ({month}), sau khi quyết định công nhận hết hạn ngày {expires}",
    }
    pub(crate) HELP = "renewal-after-expiry-help" {
        "put it in a wave before its expiry, or the school is without recognition in between",
        "xếp trường vào một đợt trước ngày hết hạn, nếu không trường sẽ bị gián đoạn công nhận từ khi hết hạn đến khi được công nhận lại",
    }
}
