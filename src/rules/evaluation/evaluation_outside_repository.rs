//! KD428 `evaluation-outside-repository`: The evaluation path leads outside the repository

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static EVALUATION_OUTSIDE: Rule = Rule {
    code: "KD428",
    slug: "evaluation-outside-repository",
    severity: Severity::Error,
    summary: "The evaluation path leads outside the repository",
    doc: "Like a roster, an evaluation file is named relative to its plan and must stay inside \
          the plan repository (the nearest folder holding `kdcl.toml` or `.git`). An absolute \
          path, a `..` that climbs out, or a symbolic link leading out is refused and the file \
          is not read.",
    example: "evaluation = \"../../../../etc/passwd\"",
    fix: "evaluation = \"evaluation.csv\"",
    summary_vi: "Đường dẫn tệp kết quả tự đánh giá trỏ ra ngoài kho kế hoạch",
    doc_vi: "Giống danh sách trường, tệp kết quả tự đánh giá được ghi theo đường dẫn tính từ \
          kế hoạch và phải nằm trong kho kế hoạch (thư mục gần nhất có `kdcl.toml` hoặc \
          `.git`). Đường dẫn tuyệt đối, `..` vượt ra ngoài kho, hoặc liên kết tượng trưng trỏ \
          ra ngoài đều bị từ chối và tệp không được đọc.",
    fix_vi: "evaluation = \"evaluation.csv\"",
    ..Rule::DEFAULT
};
