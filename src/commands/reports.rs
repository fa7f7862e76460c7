//! The commands that read a repository's plans across areas and years:
//! `kdcl summary`, `kdcl diff` and `kdcl due`. Each loads the plans as
//! `kdcl check` does and goes on from the checked plans.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::commands::{emit, load, paths_or_default};
use crate::diag::severity::Severity;
use crate::msg;
use crate::render::table::{DEFAULT_WIDTH, Layout};
use crate::report::diff;
use crate::report::summary;

#[derive(clap::Args, Debug)]
pub struct SummaryArgs {
    /// Plan files or folders [default: ./plans]
    paths: Vec<PathBuf>,
    /// The plan year [default: the latest year present]
    #[arg(long)]
    year: Option<i32>,
    /// One row per area, per province or per school type (with its circular)
    #[arg(long, value_enum, default_value_t = summary::By::Area)]
    by: summary::By,
    /// Output format
    #[arg(long, value_enum, default_value_t = crate::render::summary::Format::Table)]
    format: crate::render::summary::Format,
    /// Plain ASCII table borders even on a terminal
    #[arg(long)]
    ascii: bool,
}

/// The Vietnamese of the help above (see [`crate::commands::HELP_VI`]).
#[rustfmt::skip]
pub(crate) const SUMMARY_HELP_VI: &[(&str, &str)] = &[
    ("summary.paths", "Tệp kế hoạch hoặc thư mục (mặc định: ./plans)"),
    ("summary.year", "Năm kế hoạch (mặc định: năm gần nhất có kế hoạch)"),
    ("summary.by", "Mỗi dòng một địa bàn, một tỉnh hoặc một loại trường (kèm thông tư áp dụng)"),
    ("summary.format", "Định dạng kết quả"),
    ("summary.format=table", "Bảng có đường kẻ (ký tự ASCII khi không in ra terminal)"),
    ("summary.format=markdown", "Bảng Markdown để dán vào báo cáo"),
    ("summary.format=csv", "CSV cho bảng tính (UTF-8 có BOM)"),
    ("summary.format=json", "Một đối tượng JSON cho phần mềm khác"),
    ("summary.ascii", "Kẻ bảng bằng ký tự ASCII, kể cả khi in ra terminal"),
];

/// Table layout: box drawing and the terminal's width on a terminal; plain
/// ASCII at a fixed width otherwise (files, pipes, snapshots) or with `--ascii`.
pub(crate) fn layout(ascii: bool) -> Layout {
    let terminal = std::io::stdout().is_terminal();
    Layout {
        ascii: ascii || !terminal,
        width: (!terminal).then_some(DEFAULT_WIDTH),
    }
}

pub fn summary(args: SummaryArgs) -> i32 {
    let paths = match paths_or_default(args.paths, "summary") {
        Ok(paths) => paths,
        Err(status) => return status,
    };
    let report = match load(&paths) {
        Ok(report) => report,
        Err(status) => return status,
    };
    let years = summary::years(&report);
    let Some(latest) = years.last().copied() else {
        eprintln!("{}", msg!(SUMMARY_NOTHING).render());
        return 2;
    };
    let year = args.year.unwrap_or(latest);
    if !years.contains(&year) {
        let present: Vec<String> = years.iter().map(i32::to_string).collect();
        eprintln!(
            "{}",
            msg!(SUMMARY_NO_PLANS, year = year, years = present.join(", ")).render()
        );
        return 2;
    }
    let built = summary::build(&report, year, args.by);
    emit(&crate::render::summary::render(
        &built,
        args.format,
        layout(args.ascii),
    ));
    0
}

#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    /// Folders [default: ./plans], or two plan files OLD.toml NEW.toml
    paths: Vec<PathBuf>,
    /// The earlier year [default: each area's year before --to]
    #[arg(long)]
    from: Option<i32>,
    /// The later year [default: each area's latest year]
    #[arg(long)]
    to: Option<i32>,
    /// Output format (the findings as `kdcl check` prints them)
    #[arg(long, value_enum, default_value_t = crate::render::Format::Human)]
    format: crate::render::Format,
    /// Make warnings fail too (exit status 1)
    #[arg(long, value_enum, value_name = "LEVEL")]
    deny: Option<Deny>,
    /// Colour in human output [default: auto: only on a terminal, never with NO_COLOR]
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

/// The Vietnamese of the help above (see [`crate::commands::HELP_VI`]).
#[rustfmt::skip]
pub(crate) const DIFF_HELP_VI: &[(&str, &str)] = &[
    ("diff.paths", "Thư mục (mặc định: ./plans), hoặc hai tệp kế hoạch cũ và mới OLD.toml NEW.toml"),
    ("diff.from", "Năm so sánh trước (mặc định: với từng địa bàn, năm có kế hoạch liền trước năm --to)"),
    ("diff.to", "Năm so sánh sau (mặc định: năm gần nhất có kế hoạch của từng địa bàn)"),
    ("diff.format", "Định dạng kết quả (các phát hiện được in như `kdcl check`)"),
    ("diff.format=human", "Trích đoạn văn bản, gạch chân chỗ có vấn đề (để người đọc)"),
    ("diff.format=json", "Một đối tượng JSON, phiên bản 1 (cho phần mềm khác)"),
    ("diff.format=github", "Lệnh workflow của GitHub Actions (chú thích trên pull request)"),
    ("diff.format=sarif", "SARIF 2.1.0, cho bảng theo dõi code scanning"),
    ("diff.format=junit", "JUnit XML, cho báo cáo kiểm thử của CI"),
    ("diff.deny", "Coi cả cảnh báo là không đạt (mã thoát 1)"),
    ("diff.color", "Tô màu kết quả dạng human (auto: chỉ khi in ra terminal và không có biến NO_COLOR)"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Deny {
    Warnings,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

fn color(choice: Color) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// Two files, each a plan: `kdcl diff OLD.toml NEW.toml`.
fn is_pair(paths: &[PathBuf]) -> bool {
    paths.len() == 2
        && paths
            .iter()
            .all(|p| p.is_file() && p.extension().is_some_and(|e| e == "toml"))
}

pub fn diff(args: DiffArgs) -> i32 {
    let pair = is_pair(&args.paths);
    if pair && (args.from.is_some() || args.to.is_some()) {
        eprintln!("{}", msg!(DIFF_PAIR_YEARS).render());
        return 2;
    }
    let paths = match paths_or_default(args.paths, "diff") {
        Ok(paths) => paths,
        Err(status) => return status,
    };
    let report = match load(&paths) {
        Ok(report) => report,
        Err(status) => return status,
    };
    let result = if pair {
        match diff::pair(&report) {
            Some(result) => result,
            None => {
                eprintln!("{}", msg!(DIFF_PAIR_UNREADABLE).render());
                return 2;
            }
        }
    } else {
        diff::areas(
            &report,
            diff::Years {
                from: args.from,
                to: args.to,
            },
        )
    };
    let findings = diff::report(&result);
    let options = crate::render::Options {
        color: color(args.color),
        deny_warnings: args.deny == Some(Deny::Warnings),
    };
    let text = match args.format {
        crate::render::Format::Human => crate::render::diff::human(&result, options.color),
        crate::render::Format::Json => crate::render::diff::json(&result),
        format => crate::render::render(&findings, format, options),
    };
    emit(&text);
    if args.format == crate::render::Format::Github {
        crate::render::github::write_step_summary(&findings);
    }
    let failing = findings.count(Severity::Error) > 0
        || (args.deny == Some(Deny::Warnings) && findings.count(Severity::Warning) > 0);
    i32::from(failing)
}

#[derive(clap::Args, Debug)]
pub struct DueArgs {
    /// Plan files or folders [default: ./plans]
    paths: Vec<PathBuf>,
    /// The year whose renewals to list
    #[arg(long)]
    year: i32,
    /// Output format
    #[arg(long, value_enum, default_value_t = crate::render::due::Format::Table)]
    format: crate::render::due::Format,
    /// Plain ASCII table borders even on a terminal
    #[arg(long)]
    ascii: bool,
}

/// The Vietnamese of the help above (see [`crate::commands::HELP_VI`]).
#[rustfmt::skip]
pub(crate) const DUE_HELP_VI: &[(&str, &str)] = &[
    ("due.paths", "Tệp kế hoạch hoặc thư mục (mặc định: ./plans)"),
    ("due.year", "Năm cần liệt kê các trường đến hạn công nhận lại"),
    ("due.format", "Định dạng kết quả"),
    ("due.format=table", "Mỗi địa bàn một bảng (ký tự ASCII khi không in ra terminal)"),
    ("due.format=markdown", "Markdown, mỗi địa bàn một bảng"),
    ("due.format=csv", "CSV cho bảng tính (UTF-8 có BOM)"),
    ("due.format=json", "Một đối tượng JSON cho phần mềm khác"),
    ("due.format=toml", "Các mục `[[school]]` để dán vào kế hoạch của năm đó"),
    ("due.ascii", "Kẻ bảng bằng ký tự ASCII, kể cả khi in ra terminal"),
];

pub fn due(args: DueArgs) -> i32 {
    let paths = match paths_or_default(args.paths, "due") {
        Ok(paths) => paths,
        Err(status) => return status,
    };
    let report = match load(&paths) {
        Ok(report) => report,
        Err(status) => return status,
    };
    let due = crate::report::due::build(&report, args.year);
    emit(&crate::render::due::render(
        &due,
        args.format,
        layout(args.ascii),
    ));
    0
}

crate::texts! {
    pub(crate) SUMMARY_NO_PLANS = "summary-no-plans" {
        "kdcl: there is no plan of {year} under the given paths; the plans found are of {years}",
        "kdcl: không có kế hoạch năm {year} trong các đường dẫn đã ghi; các kế hoạch tìm thấy thuộc năm {years}",
    }
    pub(crate) SUMMARY_NOTHING = "summary-nothing" {
        "kdcl: no plan could be read under the given paths; `kdcl check` says why",
        "kdcl: không đọc được kế hoạch nào trong các đường dẫn đã ghi; chạy `kdcl check` để biết lý do",
    }
    pub(crate) DIFF_PAIR_YEARS = "diff-pair-years" {
        "kdcl: give either two plan files or --from/--to with folders, not both",
        "kdcl: ghi hai tệp kế hoạch, hoặc ghi --from/--to với các thư mục; không dùng đồng thời cả hai cách",
    }
    pub(crate) DIFF_PAIR_UNREADABLE = "diff-pair-unreadable" {
        "kdcl: the two plans cannot both be read; `kdcl check` says why",
        "kdcl: không đọc được cả hai kế hoạch; chạy `kdcl check` để biết lý do",
    }
}
