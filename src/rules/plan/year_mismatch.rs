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

/// The period `plan.period` states against the period in the file's name
/// (`2026-2030.toml`), or the year against a period's file name.
pub fn check_period(plan: &Plan, file_period: Option<(i64, i64)>, sink: &mut Sink) {
    let Some(file) = file_period else { return };
    let file_name = format!("{}-{}", file.0, file.1);
    let (stated, span) = match (&plan.period, &plan.year) {
        (Some(p), _) if p.value != file => (format!("{}-{}", p.value.0, p.value.1), &p.span),
        (None, Some(y)) => (y.value.to_string(), &y.span),
        _ => return,
    };
    sink.push(
        Diagnostic::new(
            &YEAR_MISMATCH,
            msg!(PERIOD_MESSAGE, stated = stated, file_period = file_name),
        )
        .at(&plan.file, span.clone())
        .help(msg!(PERIOD_HELP, stated = stated, file_period = file_name)),
    );
}

/// The year `plan.year` states against the year in the file's name.
pub fn check(plan: &Plan, file_year: Option<i64>, sink: &mut Sink) {
    let Some(year) = &plan.year else {
        // A period plan in a file named for one year.
        if let (Some(p), Some(file_year)) = (&plan.period, file_year) {
            let stated = format!("{}-{}", p.value.0, p.value.1);
            let file_period = file_year.to_string();
            sink.push(
                Diagnostic::new(
                    &YEAR_MISMATCH,
                    msg!(PERIOD_MESSAGE, stated = stated, file_period = file_period),
                )
                .at(&plan.file, p.span.clone())
                .help(msg!(
                    PERIOD_HELP,
                    stated = stated,
                    file_period = file_period
                )),
            );
        }
        return;
    };
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
    pub(crate) PERIOD_MESSAGE = "period-mismatch" {
        "the plan says {stated} but the file is named {file_period}.toml",
        "kế hoạch ghi {stated} nhưng tệp có tên {file_period}.toml",
    }
    pub(crate) PERIOD_HELP = "period-mismatch-help" {
        "rename the file to {stated}.toml, or correct the plan's `period` / `year`",
        "đổi tên tệp thành {stated}.toml, hoặc sửa `period` / `year` của kế hoạch",
    }
    pub(crate) MESSAGE = "year-mismatch" {
        "the plan says year {year} but the file is named {file_year}.toml",
        "kế hoạch ghi năm {year} nhưng tệp có tên {file_year}.toml",
    }
    pub(crate) HELP = "year-mismatch-help" {
        "write `year = {file_year}`, or rename the file to {year}.toml",
        "ghi `year = {file_year}`, hoặc đổi tên tệp thành {year}.toml",
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::text::source::SourceFile;

    fn codes(when: &str, file_year: Option<i64>, file_period: Option<(i64, i64)>) -> usize {
        let text = format!(
            "[plan]\ntitle = \"T\"\nissuer = \"I\"\narea = \"A\"\nprovince = \"P\"\n{when}\n"
        );
        let file = Arc::new(SourceFile::new("p.toml", text));
        let mut sink = Vec::new();
        let plan = crate::load::plan::load(&file, &mut sink).unwrap();
        super::check(&plan, file_year, &mut sink);
        super::check_period(&plan, file_period, &mut sink);
        sink.iter().filter(|d| d.rule.code == "KD006").count()
    }

    #[test]
    fn a_period_plan_agrees_with_its_file_name() {
        let period = "period = \"2026-2030\"";
        assert_eq!(codes(period, None, Some((2026, 2030))), 0);
        assert_eq!(codes(period, None, Some((2021, 2025))), 1);
        // A period plan in a year's file, a year's plan in a period's file.
        assert_eq!(codes(period, Some(2026), None), 1);
        assert_eq!(codes("year = 2026", None, Some((2026, 2030))), 1);
        assert_eq!(codes("year = 2026", Some(2026), None), 0);
    }
}
