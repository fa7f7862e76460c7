//! KD006 `year-mismatch`: `plan.year` differs from the file name

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static YEAR_MISMATCH: Rule = Rule {
    code: "KD006",
    slug: "year-mismatch",
    severity: Severity::Warning,
    summary: "`plan.year` differs from the file name",
    doc: "Plans are stored as `<year>.toml`; a file `2025.toml` whose `year` says 2024 is \
          usually last year's plan copied and not updated, and every year-dependent check \
          (terms, renewals, waves) would use the wrong year.",
    example: "# file 2025.toml\n[plan]\nyear = 2024",
    fix: "year = 2025   # or rename the file to 2024.toml",
    summary_vi: "`plan.year` khác với năm trong tên tệp",
    doc_vi: "Kế hoạch được lưu với tên `<năm>.toml`; tệp `2025.toml` mà `year` ghi 2024 \
          thường là kế hoạch năm trước được sao chép nhưng chưa sửa, và mọi nội dung kiểm tra \
          phụ thuộc vào năm (thời hạn công nhận, công nhận lại, đợt) sẽ dùng sai năm.",
    example_vi: "# tệp 2025.toml\n[plan]\nyear = 2024",
    fix_vi: "year = 2025   # hoặc đổi tên tệp thành 2024.toml",
    ..Rule::DEFAULT
};
