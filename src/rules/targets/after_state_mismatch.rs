//! KD108 `after-state-mismatch`: A stated after-state figure differs from the roster and the plan

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static AFTER_STATE_MISMATCH: Rule = Rule {
    code: "KD108",
    slug: "after-state-mismatch",
    severity: Severity::Error,
    summary: "A stated after-state figure differs from the roster and the plan",
    doc: "`kept` is the number of roster schools holding a valid national-standard recognition at \
          the start of the plan year; `recognised_after` adds the schools the plan recognises \
          (new, renewed after lapsing) and drops those whose term ends in the plan year without \
          being renewed; `level2_after` counts those at level 2 afterwards; `schools_total` is \
          the number of roster rows. A recognition made in year Y is held until its 5-year term \
          ends during year Y+5.",
    example: "[targets]\nrecognised_after = 28\n# roster: 22 recognised, plan: 5 new",
    fix: "recognised_after = 27   # or list the missing school",
    summary_vi: "Số liệu sau kế hoạch khác với kết quả tính từ danh sách trường và kế hoạch",
    doc_vi: "`kept` là số trường trong danh sách có quyết định công nhận đạt chuẩn quốc gia \
          còn hiệu lực vào đầu năm kế hoạch; `recognised_after` cộng thêm các trường được kế \
          hoạch công nhận (công nhận mới, công nhận lại sau khi đã hết hạn) và trừ các trường \
          hết thời hạn trong năm kế hoạch mà không được công nhận lại; `level2_after` là số \
          trường đạt mức độ 2 sau kế hoạch; `schools_total` là số dòng của danh sách trường. \
          Quyết định công nhận năm Y có hiệu lực đến khi hết thời hạn 5 năm, trong năm Y+5.",
    example_vi: "[targets]\nrecognised_after = 28\n# danh sách trường: 22 trường đạt chuẩn; kế hoạch: 5 trường công nhận mới",
    fix_vi: "recognised_after = 27   # hoặc bổ sung trường còn thiếu vào kế hoạch",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: thời hạn công nhận 5 năm"),
    ..Rule::DEFAULT
};
