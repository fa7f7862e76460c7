//! `kdcl due --year Y [PATHS]…`: the schools whose recognition or
//! accreditation ends in year Y, ready to paste into its plan.

use std::path::PathBuf;

use crate::commands::common::{self, Formats, Offered};
use crate::commands::output::{FORCE_VI, OUTPUT_VI, Output};
use crate::render::table::Format;

#[derive(clap::Args, Debug)]
pub struct DueArgs {
    /// Plan files or folders [default: ./plans]
    paths: Vec<PathBuf>,
    /// The year whose renewals to list
    #[arg(long)]
    year: i32,
    /// Output format
    #[arg(long, default_value = "table", value_parser = Formats(FORMATS))]
    format: Format,
    /// Plain ASCII table borders even on a terminal
    #[arg(long)]
    ascii: bool,
    #[command(flatten)]
    output: Output,
}

/// The formats `kdcl due` writes.
#[rustfmt::skip]
const FORMATS: Offered = &[
    ("table", Format::Table, "A table per area (plain ASCII when not on a terminal)"),
    ("markdown", Format::Markdown, "Markdown, a table per area"),
    ("csv", Format::Csv, "CSV for spreadsheets (UTF-8 with BOM)"),
    ("json", Format::Json, "One JSON object for tools"),
    ("toml", Format::Toml, "`[[school]]` entries to paste into the plan of the year"),
    ("xlsx", Format::Xlsx, "An Excel workbook, a sheet per area (with -o FILE)"),
];

/// The Vietnamese of the help above (places as in the command line's table).
#[rustfmt::skip]
pub(crate) const HELP_VI: &[(&str, &str)] = &[
    ("due.paths", "Tệp kế hoạch hoặc thư mục (mặc định: ./plans)"),
    ("due.year", "Năm cần liệt kê các trường đến hạn công nhận lại"),
    ("due.format", "Định dạng kết quả"),
    ("due.format=table", "Mỗi địa bàn một bảng (ký tự ASCII khi không in ra terminal)"),
    ("due.format=markdown", "Markdown, mỗi địa bàn một bảng"),
    ("due.format=csv", "CSV cho bảng tính (UTF-8 có BOM)"),
    ("due.format=json", "Một đối tượng JSON cho phần mềm khác"),
    ("due.format=toml", "Các mục `[[school]]` để dán vào kế hoạch của năm đó"),
    ("due.format=xlsx", "Bảng tính Excel, mỗi địa bàn một trang tính (cần -o TỆP)"),
    ("due.ascii", "Kẻ bảng bằng ký tự ASCII, kể cả khi in ra terminal"),
    ("due.output", OUTPUT_VI),
    ("due.force", FORCE_VI),
];

pub fn run(args: DueArgs) -> i32 {
    let report = match common::load_given(args.paths, "due") {
        Ok(report) => report,
        Err(status) => return status,
    };
    let due = crate::report::due::build(&report, args.year);
    let written = if args.format == Format::Xlsx {
        args.output.workbook(&crate::render::xlsx::due(&due))
    } else {
        args.output.text(&crate::render::due::render(
            &due,
            args.format,
            common::layout(args.ascii),
        ))
    };
    if let Err(status) = written {
        return status;
    }
    common::unread(&due.unread, 0)
}
