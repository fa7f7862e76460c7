//! KD408 `accreditation-below-standard`: The stated accreditation level is below what the national-standard level needs

use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static ACCREDITATION_BELOW_STANDARD: Rule = Rule {
    code: "KD408",
    slug: "accreditation-below-standard",
    severity: Severity::Error,
    summary: "The stated accreditation level is below what the national-standard level needs",
    doc: "National-standard level 1 needs an evaluation at Mức 2 or higher, level 2 needs Mức 3 or \
          higher (accreditation levels 1–4 are the external evaluation's Mức). A plan asking for \
          level 2 with accreditation 2 cannot be granted.",
    example: "[[school]]\nschool = \"TH Đoàn Kết\"\naction = \"new\"\nlevel = 2\naccreditation = 2",
    fix: "accreditation = 3   # or level = 1",
    summary_vi: "Cấp độ kiểm định ghi trong kế hoạch thấp hơn yêu cầu của mức độ đạt chuẩn quốc gia",
    doc_vi: "Đạt chuẩn quốc gia mức độ 1 cần kết quả đánh giá đạt Mức 2 trở lên, mức độ 2 cần \
          đạt Mức 3 trở lên (cấp độ kiểm định 1–4 tương ứng với Mức 1–4 của đánh giá ngoài). \
          Kế hoạch đề nghị mức độ 2 với kiểm định cấp độ 2 thì không thể được công nhận.",
    fix_vi: "accreditation = 3   # hoặc level = 1",
    reference: Some("Thông tư 17/2018/TT-BGDĐT, Điều 6 (tương tự Thông tư 18, 19)"),
    confidence: Some(Confidence::Inferred),
    ..Rule::DEFAULT
};
