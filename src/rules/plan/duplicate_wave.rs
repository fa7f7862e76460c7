//! KD009 `duplicate-wave`: Two `[[wave]]` tables with the same number

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Plan, Wave};
use crate::msg;

pub static DUPLICATE_WAVE: Rule = Rule {
    code: "KD009",
    slug: "duplicate-wave",
    severity: Severity::Error,
    summary: "Two `[[wave]]` tables with the same number",
    doc: "Schools name their wave by number; two waves with one number make it impossible to \
          tell which one a school belongs to.",
    example: "[[wave]]\nnumber = 1\n[[wave]]\nnumber = 1",
    fix: "[[wave]]\nnumber = 1\n[[wave]]\nnumber = 2",
    summary_vi: "Hai mục `[[wave]]` cùng số thứ tự",
    doc_vi: "Các trường ghi đợt theo số thứ tự; hai đợt cùng số thì không xác định được \
          trường thuộc đợt nào.",
    fix_vi: "[[wave]]\nnumber = 1\n[[wave]]\nnumber = 2",
    ..Rule::DEFAULT
};

/// A `[[wave]]` whose number an earlier one (`first`) already declares.
pub fn check(plan: &Plan, first: &Wave, wave: &Wave, sink: &mut Sink) {
    let file = &plan.file;
    let (line, _) = file.line_col(first.number.span.start);
    sink.push(
        Diagnostic::new(
            &DUPLICATE_WAVE,
            msg!(MESSAGE, number = wave.number.value, first_line = line),
        )
        .at(file, wave.number.span.clone()),
    );
}

crate::texts! {
    pub(crate) MESSAGE = "duplicate-wave" {
        "wave {number} is declared twice (first on line {first_line})",
        "đợt {number} được khai báo hai lần (lần đầu ở dòng {first_line})",
    }
}
