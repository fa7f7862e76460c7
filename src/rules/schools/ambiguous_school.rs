//! KD204 `ambiguous-school`: A name matches several roster schools

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Entry, Plan};
use crate::model::roster::Roster;
use crate::msg;
use crate::rules::schools::labels::labels;

pub static AMBIGUOUS_SCHOOL: Rule = Rule {
    code: "KD204",
    slug: "ambiguous-school",
    severity: Severity::Error,
    summary: "A name matches several roster schools",
    doc: "A name without its type (\"Đoàn Kết\") can match more than one school (TH Đoàn Kết, \
          THCS Đoàn Kết). Write the type or use the roster code.",
    example: "school = \"Đoàn Kết\"",
    fix: "school = \"THCS Đoàn Kết\"",
    summary_vi: "Tên trường trùng với nhiều trường trong danh sách trường",
    doc_vi: "Tên không ghi loại trường (\"Đoàn Kết\") có thể trùng với nhiều trường (TH Đoàn \
          Kết, THCS Đoàn Kết). Hãy ghi loại trường hoặc dùng mã trường.",
    fix_vi: "school = \"THCS Đoàn Kết\"",
    ..Rule::DEFAULT
};

/// An entry whose name fits several roster schools (`candidates`).
pub fn check(plan: &Plan, roster: &Roster, entry: &Entry, candidates: &[usize], sink: &mut Sink) {
    let written = &entry.school.value;
    sink.push(
        Diagnostic::new(&AMBIGUOUS_SCHOOL, msg!(MESSAGE, written = written))
            .at(&plan.file, entry.school.span.clone())
            .help(msg!(HELP, candidates = labels(roster, candidates)))
            .school(written.clone()),
    );
}

crate::texts! {
    pub(crate) MESSAGE = "ambiguous-school" {
        "\"{written}\" matches more than one roster school",
        "\"{written}\" trùng với nhiều trường trong danh sách trường",
    }
    pub(crate) HELP = "ambiguous-school-help" {
        "write the type or the code of one of: {candidates}",
        "ghi rõ loại trường hoặc mã của một trong các trường: {candidates}",
    }
}
