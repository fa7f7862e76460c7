//! KD411 `renewal-registration-late`: A renewal's wave is less than 5 months before the recognition expires

use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static RENEWAL_REGISTRATION_LATE: Rule = Rule {
    code: "KD411",
    slug: "renewal-registration-late",
    severity: Severity::Note,
    summary: "A renewal's wave is less than 5 months before the recognition expires",
    doc: "To be recognised again a school registers for external evaluation at least 5 months \
          before its recognition expires. A wave closer to the expiry than that leaves too little \
          time for the self-evaluation and the registration.",
    example: "# roster: standard_year = 2019-10-15\n[[wave]]\nnumber = 2\nmonth = \"2024-09\"",
    fix: "Register in an earlier wave (by 05/2024).",
    summary_vi: "Đợt đề nghị công nhận lại cách ngày hết hạn công nhận chưa đến 5 tháng",
    doc_vi: "Để được công nhận lại, trường phải đăng ký đánh giá ngoài ít nhất 5 tháng trước \
          khi quyết định công nhận hết hạn. Đợt đề nghị sát ngày hết hạn hơn thế thì không đủ \
          thời gian cho tự đánh giá và đăng ký.",
    example_vi: "# danh sách trường: standard_year = 2019-10-15\n[[wave]]\nnumber = 2\nmonth = \"2024-09\"",
    fix_vi: "Đăng ký trong một đợt sớm hơn (chậm nhất tháng 05/2024).",
    reference: Some("Thông tư 17/2018/TT-BGDĐT, Điều 35 khoản 2"),
    confidence: Some(Confidence::Confirmed),
};
