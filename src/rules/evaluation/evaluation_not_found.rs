//! KD427 `evaluation-not-found`: The evaluation file named by the plan is missing or cannot be read

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static EVALUATION_NOT_FOUND: Rule = Rule {
    code: "KD427",
    slug: "evaluation-not-found",
    severity: Severity::Error,
    summary: "The evaluation file named by the plan is missing or cannot be read",
    doc: "The `evaluation` key names a file that does not exist, cannot be opened or is not \
          UTF-8 text. The finding stands on the key and says why the file could not be read.",
    example: "evaluation = \"evaluation.cvs\"",
    fix: "evaluation = \"evaluation.csv\"",
    summary_vi: "Không có hoặc không đọc được tệp kết quả tự đánh giá mà kế hoạch khai báo",
    doc_vi: "Khóa `evaluation` ghi một tệp không tồn tại, không mở được hoặc không phải văn \
          bản UTF-8. Phát hiện được báo tại mục này và nêu lý do không đọc được tệp.",
    fix_vi: "evaluation = \"evaluation.csv\"",
    ..Rule::DEFAULT
};
