//! KD110 `after-state-unchecked`: After-state figures cannot be checked without a complete roster match

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static AFTER_STATE_UNCHECKED: Rule = Rule {
    code: "KD110",
    slug: "after-state-unchecked",
    severity: Severity::Note,
    summary: "After-state figures cannot be checked without a complete roster match",
    doc: "`kept`, `recognised_after`, `level2_after` and `schools_total` are computed from the \
          roster. Without a roster, or when a listed school is not found in it, kdcl says so \
          instead of guessing.",
    example: "[targets]\nrecognised_after = 28\n# no roster",
    fix: "roster = \"roster.csv\"",
    summary_vi: "Không kiểm tra được số liệu sau kế hoạch vì chưa khớp đủ với danh sách trường",
    doc_vi: "`kept`, `recognised_after`, `level2_after` và `schools_total` được tính từ danh \
          sách trường. Khi không có danh sách trường, hoặc có trường trong kế hoạch không tìm \
          thấy trong danh sách trường, kdcl thông báo như vậy thay vì phỏng đoán.",
    example_vi: "[targets]\nrecognised_after = 28\n# không có danh sách trường",
    fix_vi: "roster = \"roster.csv\"",
    ..Rule::DEFAULT
};
