//! `kdcl report [PATH] --year Y`: the year's report for the level above as
//! one self-contained HTML page, to open, print on A4 and attach.

use std::path::PathBuf;

use crate::commands::common;
use crate::commands::output::{FORCE_VI, OUTPUT_VI, Output, made};
use crate::commands::summary::{SUMMARY_NO_PERIOD, parse_period, year_asked};
use crate::msg;
use crate::report::summary;

#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    /// Plan files or folders [default: ./plans]
    paths: Vec<PathBuf>,
    /// The plan year [default: the latest year present]
    #[arg(long)]
    year: Option<i32>,
    /// A period, e.g. 2026-2030: its period plans added year by year
    #[arg(long, value_parser = parse_period)]
    period: Option<(i64, i64)>,
    /// The date the report says it was made, YYYY-MM-DD [default: KDCL_TODAY, else today]
    #[arg(long, value_parser = parse_date)]
    date: Option<chrono::NaiveDate>,
    #[command(flatten)]
    output: Output,
}

/// The Vietnamese of the help above (places as in the command line's table).
#[rustfmt::skip]
pub(crate) const HELP_VI: &[(&str, &str)] = &[
    ("report", "Báo cáo của một năm gửi cấp trên: một trang HTML (số liệu, biểu đồ, kết quả kiểm tra) để mở, in và đính kèm"),
    ("report.paths", "Tệp kế hoạch hoặc thư mục (mặc định: ./plans)"),
    ("report.year", "Năm kế hoạch (mặc định: năm gần nhất có kế hoạch)"),
    ("report.period", "Giai đoạn, ví dụ 2026-2030: thêm số liệu các kế hoạch giai đoạn theo từng năm"),
    ("report.date", "Ngày lập báo cáo ghi trên trang, dạng YYYY-MM-DD (mặc định: biến KDCL_TODAY, nếu không có thì ngày hôm nay)"),
    ("report.output", OUTPUT_VI),
    ("report.force", FORCE_VI),
];

fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| msg!(REPORT_BAD_DATE, value = text).render())
}

pub fn run(args: ReportArgs) -> i32 {
    let date = match args.date.map_or_else(made, Ok) {
        Ok(date) => date,
        Err(status) => return status,
    };
    let report = match common::load_given(args.paths, "report") {
        Ok(report) => report,
        Err(status) => return status,
    };
    let year = match year_asked(&report, args.year) {
        Ok(year) => year,
        Err(status) => return status,
    };
    if let Some(period) = args.period
        && !summary::period::periods(&report).contains(&period)
    {
        let period = format!("{}-{}", period.0, period.1);
        eprintln!("{}", msg!(SUMMARY_NO_PERIOD, period = period).render());
        return common::CANNOT;
    }
    let built = crate::report::annual::build(&report, year, args.period, date);
    if let Err(status) = args.output.text(&crate::render::html::page(&built)) {
        return status;
    }
    common::unread(&built.summary.unread, 0)
}

crate::texts! {
    pub(crate) REPORT_BAD_DATE = "report-bad-date" {
        "\"{value}\" is not a date: write it as YYYY-MM-DD, such as 2026-01-15",
        "\"{value}\" không phải là ngày: hãy ghi theo dạng YYYY-MM-DD, ví dụ 2026-01-15",
    }
}
