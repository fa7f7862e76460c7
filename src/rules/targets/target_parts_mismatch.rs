//! KD103 `target-parts-mismatch`: Stated parts do not add up to the stated whole

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static TARGET_PARTS_MISMATCH: Rule = Rule {
    code: "KD103",
    slug: "target-parts-mismatch",
    severity: Severity::Error,
    summary: "Stated parts do not add up to the stated whole",
    doc: "When a plan states a total and its parts (\"07 trường = 02 mới + 04 duy trì + 01 nâng \
          mức\"), the parts must add up even if no school list is attached: new + renew + raise \
          + accredit = total, the per-type counts sum to total, kept + new = recognised_after, \
          and level2_after ≤ recognised_after ≤ schools_total.",
    example: "[targets]\ntotal = 7\nnew = 2\nrenew = 4\nraise = 2",
    fix: "raise = 1   # or total = 8",
    summary_vi: "Các thành phần của chỉ tiêu cộng lại không bằng tổng",
    doc_vi: "Khi kế hoạch nêu tổng số và các thành phần (\"07 trường = 02 mới + 04 duy trì + \
          01 nâng mức\"), các thành phần phải cộng lại đúng bằng tổng, kể cả khi không có \
          danh sách kèm theo: new + renew + raise + accredit = total, tổng các chỉ tiêu theo \
          loại trường bằng total, kept + new = recognised_after, và level2_after ≤ \
          recognised_after ≤ schools_total.",
    fix_vi: "raise = 1   # hoặc total = 8",
    ..Rule::DEFAULT
};
