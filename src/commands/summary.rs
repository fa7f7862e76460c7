//! `kdcl summary [PATHS]…`: one year's plans as a table, per area, province
//! or school type.

use std::path::PathBuf;

use crate::commands::common::{self, Formats, Offered};
use crate::commands::output::Output;
use crate::commands::output::{FORCE_VI, OUTPUT_VI};
use crate::msg;
use crate::render::table::Format;
use crate::report::summary::{self, By};

#[derive(clap::Args, Debug)]
pub struct SummaryArgs {
    /// Plan files or folders [default: ./plans]
    paths: Vec<PathBuf>,
    /// The plan year [default: the latest year present]
    #[arg(long, conflicts_with = "period")]
    year: Option<i32>,
    /// A period, e.g. 2026-2030: its period plans rolled up year by year
    #[arg(long, value_parser = parse_period)]
    period: Option<(i64, i64)>,
    /// One row per area, per province or per school type (with its circular)
    #[arg(long, value_enum, default_value_t = By::Area)]
    by: By,
    /// Output format
    #[arg(long, default_value = "table", value_parser = Formats(FORMATS))]
    format: Format,
    /// Plain ASCII table borders even on a terminal
    #[arg(long)]
    ascii: bool,
    #[command(flatten)]
    output: Output,
}

/// The formats `kdcl summary` writes.
#[rustfmt::skip]
const FORMATS: Offered = &[
    ("table", Format::Table, "A table with borders (plain ASCII when not on a terminal)"),
    ("markdown", Format::Markdown, "A Markdown table to paste into a report"),
    ("csv", Format::Csv, "CSV for spreadsheets (UTF-8 with BOM)"),
    ("json", Format::Json, "One JSON object for tools"),
    ("xlsx", Format::Xlsx, "An Excel workbook, a sheet per table (with -o FILE)"),
];

/// The Vietnamese of the help above (places as in the command line's table).
#[rustfmt::skip]
pub(crate) const HELP_VI: &[(&str, &str)] = &[
    ("summary.paths", "Tệp kế hoạch hoặc thư mục (mặc định: ./plans)"),
    ("summary.year", "Năm kế hoạch (mặc định: năm gần nhất có kế hoạch)"),
    ("summary.period", "Giai đoạn, ví dụ 2026-2030: tổng hợp các kế hoạch giai đoạn theo từng năm"),
    ("summary.by", "Mỗi dòng một địa bàn, một tỉnh hoặc một loại trường (kèm thông tư áp dụng)"),
    ("summary.format", "Định dạng kết quả"),
    ("summary.format=table", "Bảng có đường kẻ (ký tự ASCII khi không in ra terminal)"),
    ("summary.format=markdown", "Bảng Markdown để dán vào báo cáo"),
    ("summary.format=csv", "CSV cho bảng tính (UTF-8 có BOM)"),
    ("summary.format=json", "Một đối tượng JSON cho phần mềm khác"),
    ("summary.format=xlsx", "Bảng tính Excel, mỗi bảng một trang tính (cần -o TỆP)"),
    ("summary.ascii", "Kẻ bảng bằng ký tự ASCII, kể cả khi in ra terminal"),
    ("summary.output", OUTPUT_VI),
    ("summary.force", FORCE_VI),
];

pub fn run(args: SummaryArgs) -> i32 {
    let report = match common::load_given(args.paths, "summary") {
        Ok(report) => report,
        Err(status) => return status,
    };
    if let Some(period) = args.period {
        if !summary::period::periods(&report).contains(&period) {
            eprintln!(
                "{}",
                msg!(
                    SUMMARY_NO_PERIOD,
                    period = format!("{}-{}", period.0, period.1)
                )
                .render()
            );
            return common::CANNOT;
        }
        let built = summary::period::build(&report, period);
        let written = if args.format == Format::Xlsx {
            args.output.workbook(&crate::render::xlsx::period(&built))
        } else {
            args.output.text(&crate::render::summary::period::render(
                &built,
                args.format,
                common::layout(args.ascii),
            ))
        };
        return written.err().unwrap_or(0);
    }
    let year = match year_asked(&report, args.year) {
        Ok(year) => year,
        Err(status) => return status,
    };
    let built = summary::build(&report, year, args.by);
    let written = if args.format == Format::Xlsx {
        args.output.workbook(&crate::render::xlsx::summary(&built))
    } else {
        args.output.text(&crate::render::summary::render(
            &built,
            args.format,
            common::layout(args.ascii),
        ))
    };
    if let Err(status) = written {
        return status;
    }
    common::unread(&built.unread, 0)
}

pub(crate) fn parse_period(text: &str) -> Result<(i64, i64), String> {
    crate::model::plan::parse_period(text.trim())
        .ok_or_else(|| msg!(SUMMARY_BAD_PERIOD, value = text).render())
}

/// The year a report is made for: the one asked, else the latest with
/// plans; when there is none, the sentence is said and `Err` is the status.
pub(crate) fn year_asked(
    report: &crate::model::report::Report,
    asked: Option<i32>,
) -> Result<i32, i32> {
    let years = summary::years(report);
    let Some(latest) = years.last().copied() else {
        eprintln!("{}", msg!(SUMMARY_NOTHING).render());
        return Err(common::CANNOT);
    };
    let year = asked.unwrap_or(latest);
    if !years.contains(&year) {
        let present: Vec<String> = years.iter().map(i32::to_string).collect();
        eprintln!(
            "{}",
            msg!(SUMMARY_NO_PLANS, year = year, years = present.join(", ")).render()
        );
        return Err(common::CANNOT);
    }
    Ok(year)
}

crate::texts! {
    pub(crate) SUMMARY_NO_PERIOD = "summary-no-period" {
        "no period plan of {period}",
        "không có kế hoạch giai đoạn {period}",
    }
    pub(crate) SUMMARY_BAD_PERIOD = "summary-bad-period" {
        "\"{value}\" is not a period: write the first and the last year, such as 2026-2030",
        "\"{value}\" không phải là giai đoạn: ghi năm đầu và năm cuối, ví dụ 2026-2030",
    }
    pub(crate) SUMMARY_NO_PLANS = "summary-no-plans" {
        "kdcl: there is no plan of {year} under the given paths; the plans found are of {years}",
        "kdcl: không có kế hoạch năm {year} trong các đường dẫn đã ghi; các kế hoạch tìm thấy thuộc năm {years}",
    }
    pub(crate) SUMMARY_NOTHING = "summary-nothing" {
        "kdcl: no plan could be read under the given paths; `kdcl check` says why",
        "kdcl: không đọc được kế hoạch nào trong các đường dẫn đã ghi; chạy `kdcl check` để biết lý do",
    }
}
