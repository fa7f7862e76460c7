//! KD101 `target-count-mismatch`: A stated count differs from the schools listed

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static TARGET_COUNT_MISMATCH: Rule = Rule {
    code: "KD101",
    slug: "target-count-mismatch",
    severity: Severity::Error,
    summary: "A stated count differs from the schools listed",
    doc: "`targets.total` must equal the number of `[[school]]` entries, and `new`, `renew` \
          (`maintain`), `raise` and `accredit` the number of entries with that action. \
          Hand-written plans often change the list and forget the number in the text; the \
          finding names the entries that were counted.",
    example: "[targets]\nnew = 2\n# … three [[school]] entries with action = \"new\"",
    fix: "new = 3   # or correct the list",
    summary_vi: "Số trường ghi trong chỉ tiêu khác với số trường kế hoạch liệt kê",
    doc_vi: "`targets.total` phải bằng số mục `[[school]]`; `new`, `renew` (`maintain`), \
          `raise` và `accredit` phải bằng số mục có nội dung đề nghị tương ứng. Kế hoạch soạn \
          thủ công thường sửa danh sách đề nghị mà quên sửa con số trong văn bản; phát hiện \
          liệt kê các mục đã được đếm.",
    example_vi: "[targets]\nnew = 2\n# … ba mục [[school]] có action = \"new\"",
    fix_vi: "new = 3   # hoặc sửa lại các mục [[school]]",
    ..Rule::DEFAULT
};
