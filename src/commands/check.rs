//! `kdcl check [PATHS]…`: checks plans and rosters and prints the findings
//! in the chosen format; with a kdcl.toml's settings, a baseline, and
//! `--deny warnings`.

use std::path::{Path, PathBuf};

use crate::commands::check_document;
use crate::commands::common::{self, Color, Deny, emit};
use crate::commands::output::{FORCE_VI, OUTPUT_VI, Output};
use crate::engine::{check, fix, suppress};
use crate::load::settings::{self, Settings};
use crate::model::report::Report;
use crate::msg;
use crate::render::{self, Format};

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Plan files, roster files or folders to check, or plan documents (.docx, .odt, .txt, .md, .html, .pdf) [default: ./plans]
    paths: Vec<PathBuf>,
    /// The roster to check the plan documents named against [default: roster-<year>.csv or roster.csv beside each]
    #[arg(long, value_name = "FILE")]
    roster: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Make warnings fail the check too (exit status 1)
    #[arg(long, value_enum, value_name = "LEVEL")]
    deny: Option<Deny>,
    /// Colour in human output [default: auto: only on a terminal, never with NO_COLOR]
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Report only findings not recorded in this baseline file
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record the current findings in this file (keyed by file, rule and school) and exit 0
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    write_baseline: Option<PathBuf>,
    /// Largest plan, roster or evaluation file read, in MiB; larger files are reported, not read
    #[arg(long, value_name = "MIB", default_value_t = crate::load::limits::DEFAULT_MAX_FILE_SIZE >> 20, value_parser = mebibytes)]
    max_file_size: u64,
    /// Make the fixes that cannot change what a plan says (quotes, numbers, dates, a misspelt action), list them, then check
    #[arg(long)]
    fix: bool,
    /// Show the fixes --fix would make, as a diff, without writing anything (exit 1 if there are some)
    #[arg(long)]
    diff: bool,
    /// With --fix or --diff: also write school names whose tone marks are placed otherwise than in the roster ("Hoà" → "Hòa") as the roster does
    #[arg(long)]
    fix_names: bool,
    /// Also show, in human output, the notes on roster rows skipped as a title above the header
    #[arg(long)]
    verbose: bool,
    #[command(flatten)]
    output: Output,
}

/// The Vietnamese of the help above: `(place, text)` as in the command
/// line's own table.
#[rustfmt::skip]
pub(crate) const HELP_VI: &[(&str, &str)] = &[
    ("check.paths", "Tệp kế hoạch, tệp danh sách trường hoặc thư mục cần kiểm tra, hoặc văn bản kế hoạch (.docx, .odt, .txt, .md, .html, .pdf) (mặc định: ./plans)"),
    ("check.roster", "Danh sách trường dùng để kiểm tra các văn bản kế hoạch đã nêu (mặc định: roster-<năm>.csv hoặc roster.csv cạnh mỗi văn bản)"),
    ("check.format", "Định dạng kết quả"),
    ("check.format=human", "Trích đoạn văn bản, gạch chân chỗ có vấn đề (để người đọc)"),
    ("check.format=json", "Một đối tượng JSON, phiên bản 1 (cho phần mềm khác)"),
    ("check.format=github", "Lệnh workflow của GitHub Actions (chú thích trên pull request)"),
    ("check.format=sarif", "SARIF 2.1.0, cho bảng theo dõi code scanning"),
    ("check.format=junit", "JUnit XML, cho báo cáo kiểm thử của CI"),
    ("check.format=xlsx", "Bảng tính Excel, mỗi phát hiện một dòng (cần -o TỆP)"),
    ("check.verbose", "Hiện cả lưu ý về các dòng tiêu đề phía trên dòng tên cột của danh sách trường đã được bỏ qua (kết quả dạng human)"),
    ("check.output", OUTPUT_VI),
    ("check.force", FORCE_VI),
    ("check.deny", "Coi cả cảnh báo là không đạt (mã thoát 1)"),
    ("check.color", "Tô màu kết quả dạng human (auto: chỉ khi in ra terminal và không có biến NO_COLOR)"),
    ("check.max_file_size", "Dung lượng tối đa của tệp kế hoạch, danh sách trường hoặc kết quả tự đánh giá được đọc, tính bằng MiB; tệp lớn hơn được báo, không đọc"),
    ("check.baseline", "Chỉ báo các phát hiện chưa ghi trong tệp đường cơ sở này"),
    ("check.fix", "Sửa những lỗi sửa được mà không đổi nội dung kế hoạch (dấu ngoặc kép, số, ngày tháng, action viết sai), liệt kê các chỗ đã sửa rồi kiểm tra"),
    ("check.fix_names", "Dùng cùng --fix hoặc --diff: sửa cả tên trường bỏ dấu thanh khác với danh sách trường (\"Hoà\" → \"Hòa\") theo cách viết của danh sách trường"),
    ("check.diff", "Hiện các chỗ --fix sẽ sửa dưới dạng diff, không ghi tệp nào (mã thoát 1 nếu có chỗ cần sửa)"),
    ("check.write_baseline", "Ghi các phát hiện hiện có vào tệp này (theo tệp, quy tắc và trường) rồi kết thúc với mã 0"),
];

/// `--max-file-size`: a number of MiB whose bytes fit in 64 bits.
fn mebibytes(value: &str) -> Result<u64, String> {
    let mib: u64 = value.trim().parse().map_err(|e| format!("{e}"))?;
    crate::load::limits::mib_to_bytes(mib)
        .map(|_| mib)
        .ok_or_else(|| msg!(MAX_FILE_SIZE_OVERFLOWS).render())
}

pub fn run(args: CheckArgs) -> i32 {
    // A KDCL_TODAY that is not a date is refused, never ignored.
    let today = match suppress::today_or_refusal() {
        Ok(today) => today,
        Err(why) => return common::refuse(why),
    };
    let max_file_size = crate::load::limits::mib_to_bytes(args.max_file_size).unwrap_or(u64::MAX);
    // Repository settings: the nearest kdcl.toml at or above the current folder.
    let mut settings_findings = Vec::new();
    let settings = match std::env::current_dir()
        .ok()
        .and_then(|d| settings::find(&d))
    {
        Some(path) => {
            let shown = pathdiff_or_full(&path);
            settings::load_within(&path, &shown, max_file_size, &mut settings_findings)
        }
        None => Settings::default(),
    };
    // Documents named on the command line are read and checked apart (never found in folders).
    let (documents, named): (Vec<PathBuf>, Vec<PathBuf>) = args
        .paths
        .into_iter()
        .partition(|p| check_document::is_document(p));
    let documented =
        match check_document::check_documents(&documents, args.roster.as_deref(), max_file_size) {
            Ok(findings) => findings,
            Err(status) => return status,
        };
    let paths = if !documents.is_empty() && named.is_empty() {
        Vec::new()
    } else if named.is_empty() && !settings.paths.is_empty() {
        settings.paths.clone()
    } else {
        match common::paths_or_default(named, "check") {
            Ok(paths) => paths,
            Err(status) => return status,
        }
    };
    if args.diff {
        return match fix::plans(&paths, max_file_size, args.fix_names) {
            Ok(fixed) => show_diff(&fixed),
            Err(bad) => common::cannot_read(bad),
        };
    }
    if args.fix {
        match fix::plans(&paths, max_file_size, args.fix_names) {
            Ok(fixed) => {
                if let Err(status) = write_fixes(&fixed, args.format == Format::Human) {
                    return status;
                }
            }
            Err(bad) => return common::cannot_read(bad),
        }
    }
    // Findings are all check needs: continuity and [[allow]] are settled an
    // area at a time inside, and the plans let go.
    let options = check::Options {
        max_file_size,
        keep_plans: false,
        allows_on: Some(today),
        history_of_named: true,
    };
    let mut report = if paths.is_empty() {
        Report::default()
    } else {
        match check::check_paths_with(&paths, &options) {
            Ok(report) => report,
            Err(bad) => return common::cannot_read(bad),
        }
    };
    report.files_checked += documents.len();
    report.diagnostics.extend(documented);
    report.diagnostics.extend(settings_findings);
    report.diagnostics.sort_by_cached_key(|d| d.sort_key());
    suppress::override_severities(&mut report, &settings.severities);
    if let Some(path) = &args.write_baseline {
        return write_baseline(&report, path);
    }
    if let Some(path) = &args.baseline
        && let Err(status) = apply_baseline(&mut report, path, max_file_size)
    {
        return status;
    }
    // A title above a roster's header is how offices write rosters: people
    // see that note only when they ask; tools always get it.
    if args.format == Format::Human && !args.verbose {
        let title = &crate::rules::roster::roster_rows_skipped::ROWS_SKIPPED_TITLE;
        report
            .diagnostics
            .retain(|d| !std::ptr::eq(d.message.text, title));
    }
    // Past a bound, one finding says how many more a file has.
    crate::load::limits::cap_each_file(&mut report.diagnostics);
    // Colour only on the terminal, never into a file.
    let color = common::color(args.color) && args.output.output.is_none();
    let deny_warnings = args.deny == Some(Deny::Warnings) || settings.deny_warnings;
    let written = if args.format == Format::Xlsx {
        args.output.workbook(&render::xlsx::check(&report))
    } else {
        args.output.text(&render::render(
            &report,
            args.format,
            render::Options {
                color,
                deny_warnings,
            },
        ))
    };
    if let Err(status) = written {
        return status;
    }
    if args.format == Format::Github {
        render::github::write_step_summary(&report);
    }
    common::status(&report, deny_warnings)
}

/// `--write-baseline FILE`: records the findings and exits 0; never over a
/// file kdcl reads or a file that is not a baseline (exit 2, saying why).
fn write_baseline(report: &Report, path: &Path) -> i32 {
    let baseline = suppress::Baseline::of(report);
    if let Err(why) = baseline.write(path) {
        return common::refuse(why);
    }
    let (count, path) = (report.diagnostics.len(), crate::text::path::display(path));
    emit(&format!(
        "{}\n",
        msg!(BASELINE_WRITTEN, count = count, path = path).render()
    ));
    0
}

/// `--baseline FILE`: hides the findings it records. The file is read as
/// plans are: a regular file within the size limit, never a pipe.
fn apply_baseline(report: &mut Report, path: &Path, max_file_size: u64) -> Result<(), i32> {
    match suppress::Baseline::read(path, max_file_size) {
        Ok(baseline) => {
            report.suppressed += baseline.apply(report);
            Ok(())
        }
        Err(reason) => {
            let path = crate::text::path::display(path);
            Err(common::refuse(msg!(
                BASELINE_UNREADABLE,
                path = path,
                reason = reason
            )))
        }
    }
}

/// `--diff`: each change as the lines before and after; exit 1 when there is one.
fn show_diff(fixed: &[fix::Fixed]) -> i32 {
    let mut out = String::new();
    for file in fixed {
        out.push_str(&format!("--- {}\n+++ {}\n", file.shown, file.shown));
        for (line, before, after) in file.lines() {
            out.push_str(&format!(
                "@@ {} @@\n-{before}\n+{after}\n",
                msg!(DIFF_LINE, line = line).render()
            ));
        }
    }
    let changes: usize = fixed.iter().map(|f| f.changes.len()).sum();
    let said = match changes {
        0 => msg!(NOTHING_TO_FIX),
        _ => msg!(FIXES_PENDING, count = changes, files = fixed.len()),
    };
    out.push_str(&format!("{}\n", said.render()));
    emit(&out);
    i32::from(changes > 0)
}

/// `--fix`: writes each fixed plan and says what changed (on stdout before a
/// human report, else on stderr, so JSON and SARIF stay whole).
fn write_fixes(fixed: &[fix::Fixed], human: bool) -> Result<(), i32> {
    let mut out = String::new();
    for file in fixed {
        if let Err(e) = file.write() {
            let (path, reason) = (file.shown.clone(), e.to_string());
            return Err(common::refuse(msg!(
                FIX_UNWRITABLE,
                path = path,
                reason = reason
            )));
        }
        for c in &file.changes {
            let place = format!("{}:{}", file.shown, c.line);
            let (before, after, why) = (&c.before, &c.after, c.why.render());
            out.push_str(&format!(
                "{}\n",
                msg!(
                    FIXED,
                    place = place,
                    before = before,
                    after = after,
                    why = why
                )
                .render()
            ));
        }
    }
    let changes: usize = fixed.iter().map(|f| f.changes.len()).sum();
    let said = match changes {
        0 => msg!(NOTHING_TO_FIX),
        _ => msg!(FIXES_MADE, count = changes, files = fixed.len()),
    };
    out.push_str(&format!("{}\n\n", said.render()));
    if human {
        emit(&out);
    } else {
        eprint!("{out}");
    }
    Ok(())
}

/// A path relative to the current folder when it is below it, as findings show paths.
fn pathdiff_or_full(path: &Path) -> String {
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|d| std::fs::canonicalize(d).ok());
    let shown = cwd
        .and_then(|c| path.strip_prefix(&c).ok().map(|p| p.to_path_buf()))
        .unwrap_or_else(|| path.to_path_buf());
    crate::text::path::display(&shown)
}

crate::texts! {
    pub(crate) MAX_FILE_SIZE_OVERFLOWS = "max-file-size-overflows" {
        "that many MiB is more bytes than kdcl can count; give at most 17592186044415",
        "số MiB này vượt quá số byte kdcl có thể đếm; hãy ghi tối đa 17592186044415",
    }
    pub(crate) BASELINE_WRITTEN = "baseline-written" {
        "recorded {count} {count:finding/findings} in {path}; check with --baseline {path} to see only new ones",
        "đã ghi {count} phát hiện vào {path}; kiểm tra với --baseline {path} để chỉ thấy phát hiện mới",
    }
    pub(crate) FIXED = "fixed" {
        "fixed {place}: {before} → {after} ({why})",
        "đã sửa {place}: {before} → {after} ({why})",
    }
    pub(crate) FIXES_MADE = "fixes-made" {
        "{count} {count:fix/fixes} made in {files} {files:file/files}",
        "đã sửa {count} chỗ trong {files} tệp",
    }
    pub(crate) FIXES_PENDING = "fixes-pending" {
        "{count} {count:fix/fixes} to make in {files} {files:file/files} (kdcl check --fix makes them)",
        "có {count} chỗ cần sửa trong {files} tệp (lệnh kdcl check --fix sẽ sửa)",
    }
    pub(crate) NOTHING_TO_FIX = "nothing-to-fix" {
        "nothing to fix",
        "không có chỗ nào cần sửa",
    }
    pub(crate) DIFF_LINE = "diff-line" {
        "line {line}",
        "dòng {line}",
    }
    pub(crate) FIX_UNWRITABLE = "fix-unwritable" {
        "cannot write the fixes to {path}: {reason}",
        "không ghi được các chỗ sửa vào {path}: {reason}",
    }
    pub(crate) BASELINE_UNREADABLE = "baseline-unreadable" {
        "cannot read the baseline {path}: {reason}",
        "không đọc được tệp đường cơ sở {path}: {reason}",
    }
}
