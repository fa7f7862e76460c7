//! Command-line interface: argument parsing and the exit statuses of the
//! contract (0 clean, 1 findings that fail, 2 kdcl could not do its job).

pub mod init;
pub mod reports;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::diag::messages::{self, Lang};
use crate::diag::severity::Severity;
use crate::engine::check;
use crate::render::sarif::{EXPLAIN_FIX, EXPLAIN_REFERENCE};
use crate::render::{self, Format};
use crate::report::assess;
use crate::rules;

#[derive(Parser, Debug)]
#[command(
    name = "kdcl",
    version,
    about = "Checks school accreditation and national-standard recognition plans (kế hoạch KĐCLGD, trường đạt chuẩn quốc gia)"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of messages and help [default: from KDCL_LANG, else from the locale: LC_ALL, LC_MESSAGES, LANG]
    #[arg(
        long,
        global = true,
        value_enum,
        ignore_case = true,
        value_name = "LANG"
    )]
    lang: Option<LangArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LangArg {
    /// Tiếng Việt
    Vi,
    /// English
    En,
}

/// The language `--lang` asks for, read from the arguments before clap
/// parses them, so that clap's own help is already in that language. The
/// last `--lang` wins, as in clap; `--` ends the options. A value that is not
/// a language is left to clap, which reports it.
pub fn lang_from_args(args: &[std::ffi::OsString]) -> Option<Lang> {
    let mut chosen = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(lang) = value
            .as_deref()
            .and_then(|v| match v.to_ascii_lowercase().as_str() {
                "vi" => Some(Lang::Vi),
                "en" => Some(Lang::En),
                _ => None,
            })
        {
            chosen = Some(lang);
        }
    }
    chosen
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check plans and rosters; exit 1 if any finding fails the check
    Check(CheckArgs),
    /// List every rule: code, slug, severity and what it checks
    Rules {
        /// Output format (markdown: the table of the README)
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// Print a rule's documentation, e.g. `kdcl explain KD101`
    Explain {
        /// A rule code (KD101) or slug (target-count-mismatch)
        rule: String,
    },
    /// Print a school's level (Mức) computed from its self-evaluation, criterion by criterion
    #[command(override_usage = "kdcl assess [PATH] SCHOOL")]
    Assess {
        /// [PATH]: a folder or plan file [default: ./plans]; SCHOOL: the school's roster code or name
        #[arg(value_name = "[PATH] SCHOOL", num_args = 1..=2, required = true)]
        args: Vec<String>,
    },
    /// One year's plans as a table: per area, province or school type
    Summary(crate::commands::reports::SummaryArgs),
    /// What changed in each area from one year's plan to another's, and continuity findings
    Diff(crate::commands::reports::DiffArgs),
    /// Schools whose recognition or accreditation ends in a year, ready to paste into its plan
    Due(crate::commands::reports::DueArgs),
    /// Print a shell completion script: kdcl completions bash > /etc/bash_completion.d/kdcl
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): kdcl man > kdcl.1 && man ./kdcl.1
    Man,
    /// Print the JSON Schema of plan files, for editors (taplo, Tombi)
    Schema,
    /// Draft an area's plan of a year from its roster and earlier plans (renewals due, raise candidates)
    New {
        /// The area's folder, e.g. plans/lam-dong/xa-hoa-ninh
        #[arg(long)]
        area: PathBuf,
        /// The year of the new plan
        #[arg(long)]
        year: i32,
    },
    /// Start a plan repository in DIR: kdcl.toml, an example area, a CI workflow; never overwrites
    Init {
        /// The folder [default: the current folder]
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// Plan files, roster files or folders to check [default: ./plans]
    paths: Vec<PathBuf>,
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
    #[arg(long, value_name = "MIB", default_value_t = crate::load::limits::DEFAULT_MAX_FILE_SIZE >> 20)]
    max_file_size: u64,
}

/// The Vietnamese of the help above, for `--lang vi`: `(place, text)`, where
/// the place is a subcommand's name (`""` for kdcl itself) for its about, then
/// `.argument` for an argument's help (`.lang`: the global flag) and
/// `.argument=value` for a value's. A test keeps every place filled.
#[rustfmt::skip]
pub(crate) const HELP_VI: &[(&str, &str)] = &[
    ("", "Kiểm tra kế hoạch kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia"),
    (".lang", "Ngôn ngữ của thông báo và hướng dẫn (mặc định: theo biến KDCL_LANG, nếu không có thì theo ngôn ngữ hệ thống: LC_ALL, LC_MESSAGES, LANG)"),
    (".lang=vi", "Tiếng Việt"),
    (".lang=en", "Tiếng Anh"),
    ("check", "Kiểm tra kế hoạch và danh sách trường; mã thoát 1 nếu kết quả kiểm tra không đạt"),
    ("check.paths", "Tệp kế hoạch, tệp danh sách trường hoặc thư mục cần kiểm tra (mặc định: ./plans)"),
    ("check.format", "Định dạng kết quả"),
    ("check.format=human", "Trích đoạn văn bản, gạch chân chỗ có vấn đề (để người đọc)"),
    ("check.format=json", "Một đối tượng JSON, phiên bản 1 (cho phần mềm khác)"),
    ("check.format=github", "Lệnh workflow của GitHub Actions (chú thích trên pull request)"),
    ("check.format=sarif", "SARIF 2.1.0, cho bảng theo dõi code scanning"),
    ("check.format=junit", "JUnit XML, cho báo cáo kiểm thử của CI"),
    ("check.deny", "Coi cả cảnh báo là không đạt (mã thoát 1)"),
    ("check.color", "Tô màu kết quả dạng human (auto: chỉ khi in ra terminal và không có biến NO_COLOR)"),
    ("check.max_file_size", "Dung lượng tối đa của tệp kế hoạch, danh sách trường hoặc kết quả tự đánh giá được đọc, tính bằng MiB; tệp lớn hơn được báo, không đọc"),
    ("check.baseline", "Chỉ báo các phát hiện chưa ghi trong tệp đường cơ sở này"),
    ("check.write_baseline", "Ghi các phát hiện hiện có vào tệp này (theo tệp, quy tắc và trường) rồi kết thúc với mã 0"),
    ("rules", "Liệt kê các quy tắc: mã, tên, loại và nội dung kiểm tra"),
    ("rules.format", "Định dạng kết quả (markdown: bảng trong README)"),
    ("explain", "In tài liệu của một quy tắc, ví dụ `kdcl explain KD101`"),
    ("explain.rule", "Mã quy tắc (KD101) hoặc tên quy tắc (target-count-mismatch)"),
    ("assess", "In mức đạt (Mức) của một trường theo kết quả tự đánh giá, từng tiêu chí"),
    ("assess.args", "[PATH]: thư mục hoặc tệp kế hoạch (mặc định: ./plans); SCHOOL: mã hoặc tên trường trong danh sách trường"),
    ("summary", "Tổng hợp kế hoạch của một năm thành bảng: theo địa bàn, tỉnh hoặc loại trường"),
    ("diff", "So sánh kế hoạch của từng địa bàn giữa hai năm, kèm các phát hiện về tính liên tục qua các năm"),
    ("due", "Các trường hết thời hạn công nhận hoặc kiểm định trong một năm, kèm các mục để dán vào kế hoạch"),
    ("completions", "In tập lệnh tự hoàn thành cho shell: kdcl completions bash > /etc/bash_completion.d/kdcl"),
    ("completions.shell", "Loại shell"),
    ("man", "In trang hướng dẫn (định dạng roff): kdcl man > kdcl.1 && man ./kdcl.1"),
    ("schema", "In JSON Schema của tệp kế hoạch, dùng cho trình soạn thảo (taplo, Tombi)"),
    ("new", "Lập dự thảo kế hoạch năm của một địa bàn từ danh sách trường và các kế hoạch trước (trường đến hạn công nhận lại, trường có thể nâng mức độ)"),
    ("new.area", "Thư mục của địa bàn, ví dụ plans/lam-dong/xa-hoa-ninh"),
    ("new.year", "Năm của kế hoạch mới"),
    ("init", "Tạo kho kế hoạch trong DIR: kdcl.toml, một địa bàn mẫu, quy trình CI; không ghi đè tệp đã có"),
    ("init.dir", "Thư mục (mặc định: thư mục hiện tại)"),
    // What clap adds to every command
    ("help", "In hướng dẫn này hoặc hướng dẫn của các lệnh đã nêu"),
    ("help.subcommand", "Lệnh cần xem hướng dẫn"),
    (".help", "In hướng dẫn sử dụng"),
    (".help/short", "In hướng dẫn sử dụng (--help: bản đầy đủ)"),
    (".help/long", "In hướng dẫn sử dụng (-h: bản tóm tắt)"),
    (".version", "In số phiên bản"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Deny {
    Warnings,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RulesFormat {
    Text,
    Markdown,
}

/// Without `--lang`: `KDCL_LANG`, then the repository's kdcl.toml `lang`,
/// then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
fn chosen_lang() -> Lang {
    let kdcl_lang = std::env::var("KDCL_LANG")
        .ok()
        .as_deref()
        .and_then(Lang::parse);
    let repository = || {
        std::env::current_dir()
            .ok()
            .and_then(|d| crate::load::settings::lang_near(&d))
    };
    kdcl_lang
        .or_else(repository)
        .unwrap_or_else(Lang::from_process_env)
}

/// Runs kdcl and returns the process exit status.
pub fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
    let args: Vec<std::ffi::OsString> = args.into_iter().collect();
    messages::set_lang(lang_from_args(&args).unwrap_or_else(chosen_lang));
    let parsed = command()
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Summary(args) => crate::commands::reports::summary(args),
        Command::Diff(args) => crate::commands::reports::diff(args),
        Command::Due(args) => crate::commands::reports::due(args),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut command(), "kdcl", &mut out);
            emit(&String::from_utf8_lossy(&out));
            0
        }
        Command::New { area, year } => run_new(&area, year),
        Command::Init { dir } => match crate::commands::init::init(&dir) {
            Ok(outcome) => {
                let mut out = String::new();
                for path in &outcome.created {
                    let path = crate::text::path::display(path);
                    out.push_str(&format!(
                        "{}\n",
                        crate::msg!(INIT_CREATED, path = path).render()
                    ));
                }
                for path in &outcome.kept {
                    let path = crate::text::path::display(path);
                    out.push_str(&format!(
                        "{}\n",
                        crate::msg!(INIT_KEPT, path = path).render()
                    ));
                }
                out.push_str(&format!("{}\n", crate::msg!(INIT_NEXT).render()));
                emit(&out);
                0
            }
            Err(e) => {
                let dir = dir.display();
                eprintln!(
                    "kdcl: {}",
                    crate::msg!(INIT_FAILED, dir = dir, reason = e).render()
                );
                2
            }
        },
        Command::Schema => {
            emit(&crate::render::schema::render());
            0
        }
        Command::Man => {
            let mut out = Vec::new();
            match clap_mangen::Man::new(command()).render(&mut out) {
                Ok(()) => {
                    emit(&String::from_utf8_lossy(&out));
                    0
                }
                Err(e) => {
                    eprintln!("kdcl: {}", crate::msg!(MAN_FAILED, reason = e).render());
                    2
                }
            }
        }
        Command::Rules { format } => {
            emit(&match format {
                RulesFormat::Text => rules_text(),
                RulesFormat::Markdown => rules_markdown(),
            });
            0
        }
        Command::Assess { args } => run_assess(args),
        Command::Explain { rule } => match rules::find(&rule) {
            Some(rule) => {
                emit(&explain(rule));
                0
            }
            None => {
                eprintln!("kdcl: {}", crate::msg!(NO_SUCH_RULE, rule = rule).render());
                2
            }
        },
    }
}

/// The command line's definition, its help in the chosen language.
pub fn command() -> clap::Command {
    let cmd = Cli::command();
    match messages::lang() {
        Lang::En => cmd,
        Lang::Vi => localize(cmd),
    }
}

/// Every table of Vietnamese help texts: kdcl's own and its commands'.
fn help_tables() -> [&'static [(&'static str, &'static str)]; 4] {
    [
        HELP_VI,
        crate::commands::reports::SUMMARY_HELP_VI,
        crate::commands::reports::DIFF_HELP_VI,
        crate::commands::reports::DUE_HELP_VI,
    ]
}

/// The Vietnamese help text of a place (see [`HELP_VI`]).
pub(crate) fn help_vi(place: &str) -> Option<&'static str> {
    help_tables()
        .into_iter()
        .flatten()
        .find(|(k, _)| *k == place)
        .map(|(_, v)| *v)
}

/// clap's help in Vietnamese: every about and argument help from the
/// tables, and the words clap writes itself (headings, "Usage:", defaults and
/// possible values, the help and version flags, the help subcommand). Done on
/// the built command, so the help flags, the global `--lang` and the help
/// subcommand clap adds are there to be translated. clap's error messages
/// stay in English.
fn localize(mut cmd: clap::Command) -> clap::Command {
    cmd.build();
    localize_command(cmd, "")
}

fn localize_command(mut cmd: clap::Command, place: &str) -> clap::Command {
    // `kdcl help check`: the help subcommand holds copies of the others.
    let own = place.rsplit(' ').next().unwrap_or(place);
    if let Some(about) = help_vi(place).or_else(|| help_vi(own)) {
        cmd = cmd.about(about).long_about(None);
    }
    let usage = cmd.get_styles().get_usage();
    let has_body = cmd.get_arguments().any(|a| !a.is_hide_set()) || cmd.has_subcommands();
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{}Cách dùng:{} {{usage}}",
        usage.render(),
        usage.render_reset()
    );
    if has_body {
        template.push_str("\n\n{all-args}");
    }
    template.push_str("{after-help}");
    cmd = cmd.help_template(template).subcommand_help_heading("Lệnh");
    let ids: Vec<clap::Id> = cmd.get_arguments().map(|a| a.get_id().clone()).collect();
    for id in ids {
        cmd = cmd.mut_arg(id, |arg| localize_arg(arg, own));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let inner = if place.is_empty() {
            name.clone()
        } else {
            format!("{place} {name}")
        };
        cmd = cmd.mut_subcommand(name, |sub| localize_command(sub, &inner));
    }
    cmd
}

fn localize_arg(mut arg: clap::Arg, command: &str) -> clap::Arg {
    let id = arg.get_id().as_str().to_string();
    let find = |suffix: &str| {
        help_vi(&format!("{command}.{id}{suffix}")).or_else(|| help_vi(&format!(".{id}{suffix}")))
    };
    let heading = if arg.is_positional() {
        "Đối số"
    } else {
        "Tùy chọn"
    };
    arg = arg.help_heading(heading);
    if id == "help" && arg.get_long_help().is_some() {
        return arg.help(find("/short")).long_help(find("/long"));
    }
    let mut help = find("").map(str::to_string);
    let takes_values = arg.get_num_args().is_none_or(|n| n.takes_values());
    let mut tail = Vec::new();
    let mut values = Vec::new();
    if takes_values && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        tail.push(format!("[mặc định: {}]", defaults.join(", ")));
        arg = arg.hide_default_value(true);
    }
    if takes_values && !arg.is_hide_possible_values_set() {
        let possible: Vec<_> = arg
            .get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect();
        if !possible.is_empty() {
            let names: Vec<&str> = possible.iter().map(|v| v.get_name()).collect();
            values = possible
                .iter()
                .filter_map(|v| {
                    find(&format!("={}", v.get_name())).map(|h| (v.get_name().to_string(), h))
                })
                .collect();
            if values.len() < possible.len() {
                values.clear();
            }
            tail.push(format!("[giá trị: {}]", names.join(", ")));
            arg = arg.hide_possible_values(true);
        }
    }
    let text = help.take().unwrap_or_default();
    if !values.is_empty() {
        // As clap lays it out: each value with its meaning under `--help`.
        let width = values
            .iter()
            .map(|(v, _)| v.chars().count())
            .max()
            .unwrap_or(0)
            + 1;
        let mut long = format!("{text}\n\nGiá trị:\n");
        for (value, meaning) in &values {
            long.push_str(&format!("- {:<width$} {meaning}\n", format!("{value}:")));
        }
        long.push_str(&format!("\n{}", tail[..tail.len() - 1].join("\n")));
        arg = arg.long_help(long.trim_end().to_string());
    }
    if values.is_empty() && !tail.is_empty() {
        // As clap lays it out: the defaults and values under the text.
        arg = arg.long_help(format!("{text}\n\n{}", tail.join("\n")));
    }
    let short = std::iter::once(text.as_str())
        .chain(tail.iter().map(String::as_str))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if short.is_empty() {
        arg
    } else {
        arg.help(short)
    }
}

/// The paths given, or `./plans`/// The paths given, or `./plans`; `Err(2)` when there is neither.
pub(crate) fn paths_or_default(paths: Vec<PathBuf>, command: &str) -> Result<Vec<PathBuf>, i32> {
    if !paths.is_empty() {
        return Ok(paths);
    }
    let default = PathBuf::from("plans");
    if !default.is_dir() {
        eprintln!(
            "kdcl: {}",
            crate::msg!(NO_PLANS_FOLDER, command = command).render()
        );
        return Err(2);
    }
    Ok(vec![default])
}

/// Loads and checks the paths; `Err(2)` when one cannot be read at all.
pub(crate) fn load(paths: &[PathBuf]) -> Result<crate::model::report::Report, i32> {
    check::check_paths(paths).map_err(|bad| {
        let path = bad.path.display();
        eprintln!(
            "kdcl: {}",
            crate::msg!(CANNOT_READ, path = path, reason = bad.reason).render()
        );
        2
    })
}

fn run_check(args: CheckArgs) -> i32 {
    // Repository settings: the nearest kdcl.toml at or above the current folder.
    let mut settings_findings = Vec::new();
    let settings = match std::env::current_dir()
        .ok()
        .and_then(|d| crate::load::settings::find(&d))
    {
        Some(path) => {
            let shown = pathdiff_or_full(&path);
            crate::load::settings::load(&path, &shown, &mut settings_findings)
        }
        None => crate::load::settings::Settings::default(),
    };
    let paths = if args.paths.is_empty() && !settings.paths.is_empty() {
        settings.paths.clone()
    } else {
        match paths_or_default(args.paths, "check") {
            Ok(paths) => paths,
            Err(status) => return status,
        }
    };
    // Findings are all check needs: continuity and [[allow]] are settled an
    // area at a time inside, and the plans let go.
    let options = check::Options {
        max_file_size: args.max_file_size.saturating_mul(1 << 20),
        keep_plans: false,
        allows_on: Some(crate::engine::suppress::today()),
    };
    let mut report = match check::check_paths_with(&paths, &options) {
        Ok(report) => report,
        Err(bad) => {
            let path = bad.path.display();
            eprintln!(
                "kdcl: {}",
                crate::msg!(CANNOT_READ, path = path, reason = bad.reason).render()
            );
            return 2;
        }
    };
    report.diagnostics.extend(settings_findings);
    report.diagnostics.sort_by_cached_key(|d| d.sort_key());
    crate::engine::suppress::override_severities(&mut report, &settings.severities);
    if let Some(path) = &args.write_baseline {
        let baseline = crate::engine::suppress::Baseline::of(&report);
        if let Err(e) = std::fs::write(path, baseline.to_json()) {
            eprintln!("kdcl: {}: {e}", path.display());
            return 2;
        }
        let (count, path) = (report.diagnostics.len(), crate::text::path::display(path));
        emit(&format!(
            "{}\n",
            crate::msg!(BASELINE_WRITTEN, count = count, path = path).render()
        ));
        return 0;
    }
    if let Some(path) = &args.baseline {
        let text = std::fs::read_to_string(path).map_err(|e| crate::load::discover::io_reason(&e));
        match text.and_then(|t| crate::engine::suppress::Baseline::parse(&t)) {
            Ok(baseline) => report.suppressed += baseline.apply(&mut report),
            Err(reason) => {
                let path = crate::text::path::display(path);
                eprintln!(
                    "kdcl: {}",
                    crate::msg!(BASELINE_UNREADABLE, path = path, reason = reason).render()
                );
                return 2;
            }
        }
    }
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let deny_warnings = args.deny == Some(Deny::Warnings) || settings.deny_warnings;
    emit(&render::render(
        &report,
        args.format,
        render::Options {
            color,
            deny_warnings,
        },
    ));
    if args.format == Format::Github {
        render::github::write_step_summary(&report);
    }
    let failing =
        report.count(Severity::Error) > 0 || (deny_warnings && report.count(Severity::Warning) > 0);
    i32::from(failing)
}

/// A path relative to the current folder when it is below it, as findings show paths.
fn pathdiff_or_full(path: &std::path::Path) -> String {
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|d| std::fs::canonicalize(d).ok());
    let shown = cwd
        .and_then(|c| path.strip_prefix(&c).ok().map(|p| p.to_path_buf()))
        .unwrap_or_else(|| path.to_path_buf());
    crate::text::path::display(&shown)
}

fn run_assess(mut args: Vec<String>) -> i32 {
    let school = args.pop().unwrap_or_default();
    let path = match args.pop() {
        Some(path) => PathBuf::from(path),
        None => {
            let default = PathBuf::from("plans");
            if !default.is_dir() {
                eprintln!("kdcl: {}", crate::msg!(NO_PLANS_FOLDER_ASSESS).render());
                return 2;
            }
            default
        }
    };
    match assess::assess(path, &school, std::io::stdout().is_terminal()) {
        Ok(assessed) => {
            emit(&assessed.text);
            assessed.status
        }
        Err(assess::Refusal(why)) => {
            eprintln!("kdcl: {}", why.render());
            2
        }
    }
}

/// Writes to standard output; a closed pipe (`kdcl check | head`) is not an error.
pub(crate) fn emit(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

fn rules_text() -> String {
    let mut out = String::new();
    let width = rules::ALL.iter().map(|r| r.slug.len()).max().unwrap_or(0);
    for r in rules::ALL {
        out.push_str(&format!(
            "{}  {:<width$} {:<8} {}\n",
            r.code,
            r.slug,
            r.severity.name(),
            r.localized().summary
        ));
    }
    out
}

/// The rule table for the README, generated so it never drifts.
pub fn rules_markdown() -> String {
    let mut out = crate::msg!(RULES_COLUMNS).render();
    out.push_str("\n|---|---|---|---|---|\n");
    for r in rules::ALL {
        out.push_str(&format!(
            "| {} | `{}` | {} | {} | {} |\n",
            r.code,
            r.slug,
            r.severity.name(),
            r.localized().summary,
            r.reference.unwrap_or("")
        ));
    }
    out
}

fn explain(r: &crate::diag::rule::Rule) -> String {
    let indent = |s: &str| s.lines().map(|l| format!("    {l}\n")).collect::<String>();
    let text = r.localized();
    let mut out = format!(
        "{} {} ({})\n\n{}\n\n{}\n",
        r.code,
        r.slug,
        r.severity.name(),
        text.summary,
        text.doc
    );
    if let Some(reference) = r.reference {
        let line = crate::msg!(EXPLAIN_REFERENCE, reference = reference).render();
        out.push_str(&format!("\n{line}\n"));
    }
    if let Some(confidence) = r.confidence {
        let line = crate::msg!(EXPLAIN_CONFIDENCE, confidence = confidence.describe()).render();
        out.push_str(&format!("{line}\n"));
    }
    out.push_str(&format!(
        "\n{}\n\n{}\n{}\n\n{}",
        crate::msg!(EXPLAIN_EXAMPLE).render(),
        indent(text.example),
        crate::msg!(EXPLAIN_FIX).render(),
        indent(text.fix)
    ));
    out
}

fn run_new(area: &std::path::Path, year: i32) -> i32 {
    let report = match load(&[area.to_path_buf()]) {
        Ok(report) => report,
        Err(status) => return status,
    };
    let shown = crate::text::path::display(area);
    match crate::report::new_plan::draft(&report, area, year) {
        Ok(draft) => {
            let (path, text) = (&draft.path, crate::render::new_plan::render(&draft));
            use std::io::Write;
            let written = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .and_then(|mut f| f.write_all(text.as_bytes()));
            if let Err(e) = written {
                eprintln!("kdcl: {}: {e}", path.display());
                return 2;
            }
            let renewals = draft.renewals();
            let path = crate::text::path::display(path);
            emit(&format!(
                "{}\n",
                crate::msg!(NEW_WRITTEN, path = path, renewals = renewals).render()
            ));
            0
        }
        Err(crate::report::new_plan::Refusal::Exists(path)) => {
            let path = crate::text::path::display(&path);
            eprintln!("kdcl: {}", crate::msg!(NEW_EXISTS, path = path).render());
            2
        }
        Err(crate::report::new_plan::Refusal::NoEarlierPlan) => {
            eprintln!(
                "kdcl: {}",
                crate::msg!(NEW_NO_EARLIER_PLAN, year = year, dir = shown).render()
            );
            2
        }
    }
}

crate::texts! {
    pub INTERNAL_ERROR = "internal-error" {
        "internal error{place}; please report it with the files that caused it",
        "lỗi nội bộ{place}; đề nghị báo lỗi kèm theo các tệp đã gây ra lỗi",
    }
    pub(crate) CANNOT_READ = "cannot-read" {
        "cannot read {path}: {reason}",
        "không đọc được {path}: {reason}",
    }
    pub(crate) NO_PLANS_FOLDER = "no-plans-folder" {
        "there is no ./plans folder here; name the plans to {command}: kdcl {command} PATH…",
        "thư mục hiện tại không có thư mục ./plans; hãy ghi đường dẫn đến các kế hoạch: kdcl {command} PATH…",
    }
    pub(crate) NO_PLANS_FOLDER_ASSESS = "no-plans-folder-assess" {
        "there is no ./plans folder here; name the plans: kdcl assess PATH SCHOOL",
        "thư mục hiện tại không có thư mục ./plans; hãy ghi đường dẫn đến các kế hoạch: kdcl assess PATH SCHOOL",
    }
    pub(crate) NO_SUCH_RULE = "no-such-rule" {
        "there is no rule `{rule}`; `kdcl rules` lists them",
        "không có quy tắc `{rule}`; lệnh `kdcl rules` liệt kê các quy tắc",
    }
    pub(crate) MAN_FAILED = "man-failed" {
        "cannot write the manual page: {reason}",
        "không ghi được trang hướng dẫn (man page): {reason}",
    }
    pub(crate) RULES_COLUMNS = "rules-columns" {
        "| code | rule | severity | what it checks | reference |",
        "| mã | quy tắc | loại | nội dung kiểm tra | căn cứ |",
    }
    pub(crate) EXPLAIN_CONFIDENCE = "explain-confidence" {
        "Confidence: {confidence}",
        "Độ tin cậy: {confidence}",
    }
    pub(crate) EXPLAIN_EXAMPLE = "explain-example" {
        "Example of a finding:",
        "Ví dụ:",
    }
    pub(crate) INIT_CREATED = "init-created" {
        "created {path}",
        "đã tạo     {path}",
    }
    pub(crate) INIT_KEPT = "init-kept" {
        "kept    {path} (already there, not changed)",
        "giữ nguyên {path} (đã có, không thay đổi)",
    }
    pub(crate) INIT_NEXT = "init-next" {
        "next: edit the example area under plans/, then run `kdcl check`",
        "tiếp theo: sửa địa bàn mẫu trong plans/, rồi chạy `kdcl check`",
    }
    pub(crate) INIT_FAILED = "init-failed" {
        "cannot create the repository in {dir}: {reason}",
        "không tạo được kho kế hoạch trong {dir}: {reason}",
    }
    pub(crate) NEW_EXISTS = "new-exists" {
        "{path} exists already; kdcl new never overwrites a plan",
        "{path} đã có; kdcl new không ghi đè kế hoạch đã có",
    }
    pub(crate) NEW_NO_EARLIER_PLAN = "new-no-earlier-plan" {
        "there is no plan of a year before {year} in {dir} to draft from",
        "trong {dir} không có kế hoạch của năm nào trước năm {year} để làm căn cứ lập dự thảo",
    }
    pub(crate) NEW_WRITTEN = "new-written" {
        "wrote {path}: {renewals} {renewals:renewal/renewals} due; fill in the targets, then run `kdcl check`",
        "đã ghi {path}: {renewals} trường đến hạn công nhận lại; hãy điền chỉ tiêu, rồi chạy `kdcl check`",
    }
    pub(crate) BASELINE_WRITTEN = "baseline-written" {
        "recorded {count} {count:finding/findings} in {path}; check with --baseline {path} to see only new ones",
        "đã ghi {count} phát hiện vào {path}; kiểm tra với --baseline {path} để chỉ thấy phát hiện mới",
    }
    pub(crate) BASELINE_UNREADABLE = "baseline-unreadable" {
        "cannot read the baseline {path}: {reason}",
        "không đọc được tệp đường cơ sở {path}: {reason}",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every subcommand's about, every argument's help and every documented
    /// value has its Vietnamese, and every Vietnamese text has its place.
    #[test]
    fn every_help_text_is_in_vietnamese() {
        let mut cmd = Cli::command();
        cmd.build();
        let mut places = vec![String::new()];
        fn args_of(command: &clap::Command, name: &str, places: &mut Vec<String>) {
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                // clap's own flags, and the global flag, described at the top.
                if matches!(id, "help" | "version") || (arg.is_global_set() && !name.is_empty()) {
                    continue;
                }
                let place = format!("{name}.{id}");
                for value in arg.get_possible_values() {
                    if value.get_help().is_some() {
                        places.push(format!("{place}={}", value.get_name()));
                    }
                }
                places.push(place);
            }
        }
        args_of(&cmd, "", &mut places);
        for sub in cmd.get_subcommands() {
            places.push(sub.get_name().to_string());
            if sub.get_name() != "help" {
                args_of(sub, sub.get_name(), &mut places);
            }
        }
        let missing: Vec<&String> = places.iter().filter(|p| help_vi(p).is_none()).collect();
        assert!(missing.is_empty(), "no Vietnamese help for: {missing:?}");
        // clap's own words, translated once for every command.
        places.extend(
            [
                "help.subcommand",
                ".help",
                ".help/short",
                ".help/long",
                ".version",
            ]
            .map(String::from),
        );
        let stale: Vec<&str> = help_tables()
            .into_iter()
            .flatten()
            .map(|(k, _)| *k)
            .filter(|k| !places.iter().any(|p| p == k))
            .collect();
        assert!(stale.is_empty(), "Vietnamese help for nothing: {stale:?}");
    }

    /// The Vietnamese help is a valid clap command, and none of clap's
    /// English words are left in it.
    #[test]
    fn vietnamese_help_has_no_english_headings() {
        let mut cmd = localize(Cli::command());
        cmd.clone().debug_assert();
        let mut pages = vec![cmd.render_help(), cmd.render_long_help()];
        for sub in cmd.get_subcommands_mut() {
            pages.push(sub.render_help());
            pages.push(sub.render_long_help());
        }
        for page in pages {
            let page = page.to_string();
            for english in [
                "Usage:",
                "Options:",
                "Arguments:",
                "Commands:",
                "Possible values",
                "possible values",
                "[default:",
                "Print help",
                "Print version",
                "Print this message",
            ] {
                assert!(!page.contains(english), "{english:?} in\n{page}");
            }
        }
    }

    #[test]
    fn lang_is_read_from_the_arguments_before_parsing() {
        let args =
            |s: &str| -> Vec<std::ffi::OsString> { s.split_whitespace().map(Into::into).collect() };
        assert_eq!(
            lang_from_args(&args("kdcl --lang vi check")),
            Some(Lang::Vi)
        );
        assert_eq!(
            lang_from_args(&args("kdcl check --lang=vi --help")),
            Some(Lang::Vi)
        );
        assert_eq!(
            lang_from_args(&args("kdcl check --lang VI")),
            Some(Lang::Vi)
        );
        assert_eq!(
            lang_from_args(&args("kdcl --lang vi check --lang en")),
            Some(Lang::En)
        );
        assert_eq!(lang_from_args(&args("kdcl check")), None);
        assert_eq!(lang_from_args(&args("kdcl check --lang fr")), None);
        assert_eq!(lang_from_args(&args("kdcl check -- --lang vi")), None);
    }
}
