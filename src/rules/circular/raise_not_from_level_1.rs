//! KD405 `raise-not-from-level-1`: `raise` for a school that does not hold a valid level 1, or not to level 2

use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static RAISE_NOT_LEVEL_1: Rule = Rule {
    code: "KD405",
    slug: "raise-not-from-level-1",
    severity: Severity::Error,
    summary: "`raise` for a school that does not hold a valid level 1, or not to level 2",
    doc: "Raising (nâng mức độ) takes a school from national-standard level 1 to level 2; there is \
          no level 3. The school must hold a valid level-1 recognition at the start of the plan \
          year: without one it asks for `new` (or `renew`), and a school at level 2 has nothing to \
          raise.",
    example: "[[school]]\nschool = \"MN Hoa Sen\"   # roster: never recognised\naction = \"raise\"",
    fix: "action = \"new\"\nlevel = 2",
    summary_vi: "Đề nghị nâng mức độ (`raise`) cho trường không có mức độ 1 còn hiệu lực, hoặc không phải lên mức độ 2",
    doc_vi: "Nâng mức độ là đưa trường từ đạt chuẩn quốc gia mức độ 1 lên mức độ 2; không có \
          mức độ 3. Vào đầu năm kế hoạch, trường phải có quyết định công nhận mức độ 1 còn \
          hiệu lực: nếu không có thì đề nghị công nhận mới (`new`) hoặc công nhận lại \
          (`renew`); trường đã đạt mức độ 2 thì không còn mức để nâng.",
    example_vi: "[[school]]\nschool = \"MN Hoa Sen\"   # danh sách trường: chưa từng được công nhận\naction = \"raise\"",
    fix_vi: "action = \"new\"\nlevel = 2",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT (mức độ 1 và mức độ 2)"),
    confidence: Some(Confidence::Confirmed),
};
