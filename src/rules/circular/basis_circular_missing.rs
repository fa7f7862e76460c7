//! KD401 `basis-circular-missing`: The plan's basis cites circulars but not the one governing a listed school

use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static BASIS_CIRCULAR_MISSING: Rule = Rule {
    code: "KD401",
    slug: "basis-circular-missing",
    severity: Severity::Warning,
    summary: "The plan's basis cites circulars but not the one governing a listed school",
    doc: "Each school is governed by one circular: preschools (MN, MG, NT) by Circular 19/2018, \
          primary schools (TH) by 17/2018, secondary and multi-level schools (THCS, THPT, TH-THCS, \
          THCS-THPT, PTDTNT) by 18/2018. When the plan's `basis` cites circulars (in any spelling: \
          \"Thông tư 18/2018/TT-BGDĐT\", \"TT18/2018\", \"18/2018/TT-BGDĐT\") and a listed school's \
          circular is not among them, the plan rests on the wrong rules for that school.",
    example: "basis = [\"Thông tư số 18/2018/TT-BGDĐT\"]\n[[school]]\nschool = \"TH Đoàn Kết\"   # primary: Circular 17",
    fix: "basis = [\"Thông tư số 17/2018/TT-BGDĐT\", \"Thông tư số 18/2018/TT-BGDĐT\"]",
    summary_vi: "Phần căn cứ có dẫn thông tư nhưng thiếu thông tư áp dụng cho một trường trong kế hoạch",
    doc_vi: "Mỗi trường thuộc phạm vi điều chỉnh của một thông tư: trường mầm non (MN, MG, \
          NT) theo Thông tư 19/2018, trường tiểu học (TH) theo Thông tư 17/2018, trường trung \
          học và trường có nhiều cấp học (THCS, THPT, TH-THCS, THCS-THPT, PTDTNT) theo Thông \
          tư 18/2018. Khi `basis` của kế hoạch có dẫn thông tư (với bất kỳ cách viết nào: \
          \"Thông tư 18/2018/TT-BGDĐT\", \"TT18/2018\", \"18/2018/TT-BGDĐT\") mà không có \
          thông tư áp dụng cho một trường trong kế hoạch, kế hoạch đang căn cứ sai văn bản \
          đối với trường đó.",
    example_vi: "basis = [\"Thông tư số 18/2018/TT-BGDĐT\"]\n[[school]]\nschool = \"TH Đoàn Kết\"   # trường tiểu học: Thông tư 17",
    fix_vi: "basis = [\"Thông tư số 17/2018/TT-BGDĐT\", \"Thông tư số 18/2018/TT-BGDĐT\"]",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 1 (phạm vi điều chỉnh)"),
    confidence: Some(Confidence::Confirmed),
};
