//! KD106 `unknown-wave`: A school names a wave that is not declared

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static UNKNOWN_WAVE: Rule = Rule {
    code: "KD106",
    slug: "unknown-wave",
    severity: Severity::Error,
    summary: "A school names a wave that is not declared",
    doc: "An entry's `wave` must be the `number` of a `[[wave]]` of the same plan.",
    example: "[[school]]\nschool = \"TH Số 2\"\naction = \"renew\"\nwave = 3   # only waves 1 and 2 exist",
    fix: "wave = 2",
    summary_vi: "Trường được xếp vào đợt chưa khai báo",
    doc_vi: "`wave` của một mục phải là `number` của một `[[wave]]` trong cùng kế hoạch.",
    example_vi: "[[school]]\nschool = \"TH Số 2\"\naction = \"renew\"\nwave = 3   # kế hoạch chỉ có đợt 1 và đợt 2",
    fix_vi: "wave = 2",
    ..Rule::DEFAULT
};
