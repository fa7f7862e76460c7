//! KD402 `new-but-recognised`: `new` for a school that already holds a valid recognition

use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static NEW_BUT_RECOGNISED: Rule = Rule {
    code: "KD402",
    slug: "new-but-recognised",
    severity: Severity::Error,
    summary: "`new` for a school that already holds a valid recognition",
    doc: "A first recognition (công nhận mới) is for a school that holds no valid national-standard \
          recognition at the start of the plan year. A school that holds one (its 5-year term has \
          not ended before the plan year) is renewed (công nhận lại) when the term ends, or raised \
          (nâng mức độ) from level 1 to level 2.",
    example: "[[school]]\nschool = \"TH Số 2\"   # roster: level 1, recognised 2021\naction = \"new\"",
    fix: "action = \"raise\"   # or renew when the term ends",
    summary_vi: "Đề nghị công nhận mới (`new`) cho trường đang có quyết định công nhận còn hiệu lực",
    doc_vi: "Công nhận mới dành cho trường chưa có quyết định công nhận đạt chuẩn quốc gia \
          còn hiệu lực vào đầu năm kế hoạch. Trường đang được công nhận (thời hạn 5 năm chưa \
          kết thúc trước năm kế hoạch) thì được công nhận lại khi hết thời hạn, hoặc được \
          nâng từ mức độ 1 lên mức độ 2.",
    example_vi: "[[school]]\nschool = \"TH Số 2\"   # danh sách trường: mức độ 1, công nhận năm 2021\naction = \"new\"",
    fix_vi: "action = \"raise\"   # hoặc công nhận lại khi hết thời hạn",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: bằng công nhận có giá trị 5 năm"),
    confidence: Some(Confidence::Confirmed),
};
