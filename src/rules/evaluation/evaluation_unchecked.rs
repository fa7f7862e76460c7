//! KD429 `evaluation-unchecked`: A target cannot be checked against the self-evaluation

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static EVALUATION_UNCHECKED: Rule = Rule {
    code: "KD429",
    slug: "evaluation-unchecked",
    severity: Severity::Note,
    summary: "A target cannot be checked against the self-evaluation",
    doc: "The plan names an evaluation file but a target cannot be checked against it: the plan \
          has no roster (evaluation rows name schools by roster code), the school has no rows \
          in the file, or the roster gives no type for the school (so its circular is \
          unknown). kdcl says so instead of guessing.",
    example: "[[school]]\nschool = \"TH Đoàn Kết\"   # no row for DK-02 in evaluation.csv\naction = \"new\"",
    fix: "Add the school's self-evaluation results to evaluation.csv.",
    summary_vi: "Không đối chiếu được chỉ tiêu với kết quả tự đánh giá",
    doc_vi: "Kế hoạch có khai báo tệp kết quả tự đánh giá nhưng một chỉ tiêu không đối chiếu \
          được: kế hoạch không có danh sách trường (các dòng kết quả ghi trường theo mã trong \
          danh sách), trường không có dòng nào trong tệp, hoặc danh sách trường không ghi \
          loại của trường (nên không biết thông tư áp dụng). kdcl thông báo như vậy thay vì \
          phỏng đoán.",
    example_vi: "[[school]]\nschool = \"TH Đoàn Kết\"   # evaluation.csv không có dòng nào của DK-02\naction = \"new\"",
    fix_vi: "Bổ sung kết quả tự đánh giá của trường vào evaluation.csv.",
    ..Rule::DEFAULT
};
