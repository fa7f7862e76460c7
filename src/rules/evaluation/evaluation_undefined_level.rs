//! KD422 `evaluation-undefined-level`: An evaluation row gives a level the criterion does not define

use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;

pub static EVALUATION_UNDEFINED_LEVEL: Rule = Rule {
    // severity: Severity::Error, the default (a rule stating every field trips clippy::needless_update)
    code: "KD422",
    slug: "evaluation-undefined-level",
    summary: "An evaluation row gives a level the criterion does not define",
    doc: "A criterion is assessed at Mức 1, 2 or 3 (Art. 6); `level` is the highest level it \
          reaches, 0 when it does not reach level 1. Mức 4 is not a level of a criterion but \
          of the school, through the items of Art. 22, each written 1 (met) or 0 (not met). \
          Which criteria define no Mức 3 requirement is not confirmed: kdcl's data gives \
          every criterion levels 1–3, marked as recalled, so that a correction is one edit in \
          data/criteria/.",
    example: "DK-02,3.2,4",
    fix: "DK-02,3.2,3\nDK-02,M4.3,1",
    summary_vi: "Dòng kết quả tự đánh giá ghi mức mà tiêu chí không có",
    doc_vi: "Tiêu chí được đánh giá ở Mức 1, 2 hoặc 3 (Điều 6); `level` là mức cao nhất tiêu \
          chí đạt được, ghi 0 nếu chưa đạt mức 1. Mức 4 không phải mức của một tiêu chí mà là \
          mức của nhà trường, xét theo các yêu cầu của Điều 22, mỗi yêu cầu ghi 1 (đạt) hoặc \
          0 (không đạt). Chưa xác nhận được tiêu chí nào không có yêu cầu ở Mức 3: dữ liệu \
          của kdcl coi mọi tiêu chí đều có mức 1–3, đánh dấu là ghi theo trí nhớ, để khi cần \
          chỉ phải sửa một chỗ trong data/criteria/.",
    fix_vi: "DK-02,3.2,3\nDK-02,M4.3,1",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 6; Điều 22 (Mức 4)"),
    confidence: Some(Confidence::Recalled),
    ..Rule::DEFAULT
};
