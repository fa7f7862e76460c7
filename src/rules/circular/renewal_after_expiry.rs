//! KD410 `renewal-after-expiry`: A renewal's wave comes after the recognition expires

use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

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
