//! KD009 `duplicate-wave`: Two `[[wave]]` tables with the same number

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static DUPLICATE_WAVE: Rule = Rule {
    code: "KD009",
    slug: "duplicate-wave",
    severity: Severity::Error,
    summary: "Two `[[wave]]` tables with the same number",
    doc: "Schools name their wave by number; two waves with one number make it impossible to \
          tell which one a school belongs to.",
    example: "[[wave]]\nnumber = 1\n[[wave]]\nnumber = 1",
    fix: "[[wave]]\nnumber = 1\n[[wave]]\nnumber = 2",
    summary_vi: "Hai bảng `[[wave]]` cùng số thứ tự",
    doc_vi: "Các trường ghi đợt theo số thứ tự; hai đợt cùng số thì không xác định được \
          trường thuộc đợt nào.",
    fix_vi: "[[wave]]\nnumber = 1\n[[wave]]\nnumber = 2",
    ..Rule::DEFAULT
};
