//! `kdcl diff [PATHS]…`: what changed in each area from one year's plan to
//! another's, and the continuity findings of the years compared.

use std::path::PathBuf;

use crate::commands::common::{self, Color, Deny};
use crate::commands::output::{FORCE_VI, OUTPUT_VI, Output};
use crate::msg;
use crate::render::{self, Format};
use crate::report::diff;

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
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Make warnings fail too (exit status 1)
    #[arg(long, value_enum, value_name = "LEVEL")]
    deny: Option<Deny>,
    /// Colour in human output [default: auto: only on a terminal, never with NO_COLOR]
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    #[command(flatten)]
    output: Output,
}

/// The Vietnamese of the help above (places as in the command line's table).
#[rustfmt::skip]
pub(crate) const HELP_VI: &[(&str, &str)] = &[
    ("diff.paths", "Thư mục (mặc định: ./plans), hoặc hai tệp kế hoạch cũ và mới OLD.toml NEW.toml"),
    ("diff.from", "Năm so sánh trước (mặc định: với từng địa bàn, năm có kế hoạch liền trước năm --to)"),
    ("diff.to", "Năm so sánh sau (mặc định: năm gần nhất có kế hoạch của từng địa bàn)"),
    ("diff.format", "Định dạng kết quả (các phát hiện được in như `kdcl check`)"),
    ("diff.format=human", "Trích đoạn văn bản, gạch chân chỗ có vấn đề (để người đọc)"),
    ("diff.format=json", "Một đối tượng JSON, phiên bản 1 (cho phần mềm khác)"),
    ("diff.format=github", "Lệnh workflow của GitHub Actions (chú thích trên pull request)"),
    ("diff.format=sarif", "SARIF 2.1.0, cho bảng theo dõi code scanning"),
    ("diff.format=junit", "JUnit XML, cho báo cáo kiểm thử của CI"),
    ("diff.format=xlsx", "Bảng tính Excel, mỗi loại thay đổi một trang tính (cần -o TỆP)"),
    ("diff.output", OUTPUT_VI),
    ("diff.force", FORCE_VI),
    ("diff.deny", "Coi cả cảnh báo là không đạt (mã thoát 1)"),
    ("diff.color", "Tô màu kết quả dạng human (auto: chỉ khi in ra terminal và không có biến NO_COLOR)"),
];

/// Two files, each a plan: `kdcl diff OLD.toml NEW.toml`.
fn is_pair(paths: &[PathBuf]) -> bool {
    paths.len() == 2
        && paths
            .iter()
            .all(|p| p.is_file() && p.extension().is_some_and(|e| e == "toml"))
}

pub fn run(args: DiffArgs) -> i32 {
    let pair = is_pair(&args.paths);
    if pair && (args.from.is_some() || args.to.is_some()) {
        eprintln!("{}", msg!(DIFF_PAIR_YEARS).render());
        return common::CANNOT;
    }
    let report = match common::load_given(args.paths, "diff") {
        Ok(report) => report,
        Err(status) => return status,
    };
    let result = if pair {
        match diff::pair(&report) {
            Some(result) => result,
            None => {
                eprintln!("{}", msg!(DIFF_PAIR_UNREADABLE).render());
                return common::unread(&crate::report::unread(&report), common::CANNOT);
            }
        }
    } else {
        let years = diff::Years {
            from: args.from,
            to: args.to,
        };
        diff::areas(&report, years)
    };
    let findings = diff::report(&result);
    let deny_warnings = args.deny == Some(Deny::Warnings);
    let options = render::Options {
        // Colour only on the terminal, never into a file.
        color: common::color(args.color) && args.output.output.is_none(),
        deny_warnings,
    };
    let written = match args.format {
        Format::Xlsx => args.output.workbook(&render::xlsx::diff(&result)),
        Format::Human => args
            .output
            .text(&render::diff::human(&result, options.color)),
        Format::Json => args.output.text(&render::diff::json(&result)),
        format => args
            .output
            .text(&render::render(&findings, format, options)),
    };
    if let Err(status) = written {
        return status;
    }
    if args.format == Format::Github {
        render::github::write_step_summary(&findings);
    }
    common::unread(&result.unread, common::status(&findings, deny_warnings))
}

crate::texts! {
    pub(crate) DIFF_PAIR_YEARS = "diff-pair-years" {
        "kdcl: give either two plan files or --from/--to with folders, not both",
        "kdcl: ghi hai tệp kế hoạch, hoặc ghi --from/--to với các thư mục; không dùng đồng thời cả hai cách",
    }
    pub(crate) DIFF_PAIR_UNREADABLE = "diff-pair-unreadable" {
        "kdcl: the two plans cannot both be read; `kdcl check` says why",
        "kdcl: không đọc được cả hai kế hoạch; chạy `kdcl check` để biết lý do",
    }
}
