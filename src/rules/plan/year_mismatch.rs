//! KD006 `year-mismatch`: `plan.year` differs from the file name

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::Plan;
use crate::msg;

pub static YEAR_MISMATCH: Rule = Rule {
    code: "KD006",
    slug: "year-mismatch",
    severity: Severity::Warning,
    summary: "`plan.year` differs from the file name",
    doc: "Plans are stored as `<year>.toml`; a file `2025.toml` whose `year` says 2024 is \
          usually last year's plan copied and not updated, and every year-dependent check \
          (terms, renewals, waves) would use the wrong year.",
    example: "# file 2025.toml\n[plan]\nyear = 2024",
    fix: "year = 2025   # or rename the file to 2024.toml",
    summary_vi: "`plan.year` khác với năm trong tên tệp",
    doc_vi: "Kế hoạch được lưu với tên `<năm>.toml`; tệp `2025.toml` mà `year` ghi 2024 \
          thường là kế hoạch năm trước được sao chép nhưng chưa sửa, và mọi nội dung kiểm tra \
          phụ thuộc vào năm (thời hạn công nhận, công nhận lại, đợt) sẽ dùng sai năm.",
    example_vi: "# tệp 2025.toml\n[plan]\nyear = 2024",
    fix_vi: "year = 2025   # hoặc đổi tên tệp thành 2024.toml",
    ..Rule::DEFAULT
};

/// The year `plan.year` states against the year in the file's name.
pub fn check(plan: &Plan, file_year: Option<i64>, sink: &mut Sink) {
    let Some(year) = &plan.year else { return };
    if let Some(file_year) = file_year
        && file_year != year.value
    {
        sink.push(
            Diagnostic::new(
                &YEAR_MISMATCH,
                msg!(MESSAGE, year = year.value, file_year = file_year),
            )
            .at(&plan.file, year.span.clone())
            .help(msg!(HELP, year = year.value, file_year = file_year)),
        );
    }
}

crate::texts! {
    pub(crate) MESSAGE = "year-mismatch" {
        "the plan says year {year} but the file is named {file_year}.toml",
        "kế hoạch ghi năm {year} nhưng tệp có tên {file_year}.toml",
    }
    pub(crate) HELP = "year-mismatch-help" {
        "write `year = {file_year}`, or rename the file to {year}.toml",
        "ghi `year = {file_year}`, hoặc đổi tên tệp thành {year}.toml",
    }
}
