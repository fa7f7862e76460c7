//! KD105 `wave-count-mismatch`: A wave's stated number of schools differs from the schools in it

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static WAVE_COUNT_MISMATCH: Rule = Rule {
    code: "KD105",
    slug: "wave-count-mismatch",
    severity: Severity::Error,
    summary: "A wave's stated number of schools differs from the schools in it",
    doc: "`[[wave]] schools` must equal the `[[school]]` entries whose `wave` names that wave \
          (\"Đợt 1 … đề nghị đối với 6 đơn vị\" needs six entries with `wave = 1`).",
    example: "[[wave]]\nnumber = 1\nschools = 6\n# … five entries with wave = 1",
    fix: "schools = 5   # or put the sixth school in wave 1",
    summary_vi: "Số trường ghi cho một đợt khác với số trường xếp vào đợt đó",
    doc_vi: "`schools` của `[[wave]]` phải bằng số mục `[[school]]` có `wave` là đợt đó \
          (\"Đợt 1 … đề nghị đối với 6 đơn vị\" cần sáu mục có `wave = 1`).",
    example_vi: "[[wave]]\nnumber = 1\nschools = 6\n# … năm mục có wave = 1",
    fix_vi: "schools = 5   # hoặc xếp trường thứ sáu vào đợt 1",
    ..Rule::DEFAULT
};
