//! KD424 `evaluation-below-target`: The plan proposes more than the school's self-evaluation supports

use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;

pub static EVALUATION_BELOW_TARGET: Rule = Rule {
    // severity: Severity::Error, the default (a rule stating every field trips clippy::needless_update)
    code: "KD424",
    slug: "evaluation-below-target",
    summary: "The plan proposes more than the school's self-evaluation supports",
    doc: "A school is at Mức k only when every criterion meets every requirement up to Mức k \
          (cumulative: one criterion at level 1 keeps it at Mức 1 however many others reach \
          level 3; a criterion without a Mức 3 requirement only needs its highest level); Mức \
          4 is Mức 3 plus every item of Art. 22. National-standard level 1 needs Mức 2 and \
          level 2 needs Mức 3; accreditation level k needs Mức k. An entry whose `level` or \
          `accreditation` needs more than the school's computed Mức is reported on that \
          value, naming the criteria that hold it back. Without `level`, `raise` asks for \
          level 2, `new` for at least level 1 and `renew` for the roster's level; `accredit` \
          without `accreditation` for at least accreditation level 1. The cumulative rule is \
          inferred from Art. 2 and 6; the level mapping is confirmed for Circular 17 and \
          inferred for 18 and 19; that every criterion has a Mức 3 requirement is kdcl's \
          unconfirmed default, and the finding says when it matters.",
    example: "[[school]]\nschool = \"MN Hoa Sen\"\naction = \"raise\"\nlevel  = 2      # evaluation: 3.2 and 5.4 at level 2 → Mức 2",
    fix: "level = 1   # or update the evaluation once 3.2 and 5.4 reach level 3",
    summary_vi: "Kế hoạch đề nghị cao hơn mức mà kết quả tự đánh giá của trường cho phép",
    doc_vi: "Trường chỉ đạt Mức k khi mọi tiêu chí đáp ứng mọi yêu cầu đến Mức k (tính lũy \
          tiến: chỉ một tiêu chí ở mức 1 thì trường ở Mức 1, dù bao nhiêu tiêu chí khác đạt \
          mức 3; tiêu chí không có yêu cầu ở Mức 3 chỉ cần đạt mức cao nhất của tiêu chí đó); \
          Mức 4 là Mức 3 và đạt mọi yêu cầu của Điều 22. Đạt chuẩn quốc gia mức độ 1 cần Mức \
          2, mức độ 2 cần Mức 3; kiểm định cấp độ k cần Mức k. Mục nào có `level` hoặc \
          `accreditation` đòi hỏi cao hơn Mức tính được của trường thì bị báo tại giá trị đó, \
          kèm các tiêu chí chưa đạt. Khi không ghi `level`: `raise` là đề nghị mức độ 2, \
          `new` ít nhất mức độ 1 và `renew` mức độ ghi trong danh sách trường; `accredit` \
          không ghi `accreditation` là đề nghị ít nhất cấp độ 1. Nguyên tắc tính lũy tiến \
          được suy ra từ Điều 2 và Điều 6; tương quan giữa mức độ và Mức đã được đối chiếu \
          đối với Thông tư 17, suy ra đối với Thông tư 18 và 19; việc mọi tiêu chí đều có yêu \
          cầu ở Mức 3 là giả định mặc định của kdcl, chưa được xác nhận, và phát hiện sẽ nêu \
          rõ khi giả định này ảnh hưởng đến kết quả.",
    example_vi: "[[school]]\nschool = \"MN Hoa Sen\"\naction = \"raise\"\nlevel  = 2      # tự đánh giá: 3.2 và 5.4 đạt mức 2 → Mức 2",
    fix_vi: "level = 1   # hoặc cập nhật kết quả tự đánh giá khi 3.2 và 5.4 đạt mức 3",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 6; Điều 22 (Mức 4)"),
    confidence: Some(Confidence::Inferred),
    ..Rule::DEFAULT
};
