//! KD423 `evaluation-unknown-school`: An evaluation row names a school code that is not in the roster

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::evaluation::file::{EvaluationFile, Row};
use crate::model::roster::{Roster, School};
use crate::msg;

pub static EVALUATION_UNKNOWN_SCHOOL: Rule = Rule {
    code: "KD423",
    slug: "evaluation-unknown-school",
    severity: Severity::Error,
    summary: "An evaluation row names a school code that is not in the roster",
    doc: "The `code` column of an evaluation file takes the roster's code of the school. A code \
          the roster does not have cannot be tied to a school, a type or a circular; the \
          nearest roster codes are suggested. It is reported once per code.",
    example: "code,criterion,level\nDK-20,1.1,3     # the roster has DK-02",
    fix: "DK-02,1.1,3",
    summary_vi: "Dòng kết quả tự đánh giá ghi mã trường không có trong danh sách trường",
    doc_vi: "Cột `code` của tệp kết quả tự đánh giá ghi mã trường theo danh sách trường. Mã \
          không có trong danh sách trường thì không gắn được với trường, loại trường hay \
          thông tư áp dụng; kdcl gợi ý các mã gần nhất trong danh sách trường. Mỗi mã chỉ \
          được báo một lần.",
    example_vi: "code,criterion,level\nDK-20,1.1,3     # danh sách trường có DK-02",
    fix_vi: "DK-02,1.1,3",
    ..Rule::DEFAULT
};

/// A row whose code is no school of the roster; the closest codes as help.
pub fn check(file: &EvaluationFile, row: &Row, roster: &Roster, sink: &mut Sink) {
    let written = row.code.value.to_uppercase();
    let mut near: Vec<(usize, &School)> = roster
        .schools
        .iter()
        .map(|s| {
            (
                strsim::damerau_levenshtein(&written, &s.code.to_uppercase()),
                s,
            )
        })
        .filter(|(d, s)| *d <= (s.code.chars().count() / 3).max(1))
        .collect();
    near.sort_by_key(|(d, _)| *d);
    let d = Diagnostic::new(
        &EVALUATION_UNKNOWN_SCHOOL,
        msg!(MESSAGE, code = row.code.value, roster = roster.file.path),
    )
    .at(&file.file, row.code.span.clone());
    sink.push(if near.is_empty() {
        d.help(msg!(HELP))
    } else {
        let labels: Vec<String> = near.iter().take(3).map(|(_, s)| s.label()).collect();
        d.help(msg!(
            EVALUATION_NEAREST_CODES,
            candidates = labels.join("; ")
        ))
    });
}

crate::texts! {
    pub(crate) MESSAGE = "evaluation-unknown-school" {
        "{code} is not a school code of the roster {roster}",
        "{code} không phải là mã trường trong danh sách trường {roster}",
    }
    pub(crate) HELP = "evaluation-unknown-school-help" {
        "the `code` column takes the school's code exactly as the roster's `code` column writes it",
        "cột `code` ghi mã trường đúng như cột `code` của danh sách trường",
    }
    pub(crate) EVALUATION_NEAREST_CODES = "evaluation-nearest-codes" {
        "the nearest roster codes are: {candidates}",
        "các mã gần nhất trong danh sách trường: {candidates}",
    }
}
