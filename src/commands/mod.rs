//! Command-line interface: the commands and their arguments, the language
//! chosen, and the dispatch to one file per command (its arguments, its
//! Vietnamese help and its handler). The exit statuses of the contract: 0
//! clean, 1 findings that fail, 2 kdcl could not do its job.

mod assess;
mod check;
mod check_document;
mod cli_errors;
mod common;
mod completions;
mod diff;
mod due;
mod help;
mod import;
mod init;
mod man;
mod new;
mod output;
mod report;
mod rules;
mod schema;
mod summary;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::diag::messages::{self, Lang};

/// The rule table of the rule reference (`kdcl rules --format markdown`).
pub use crate::render::rules::markdown as rules_markdown;

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
    Check(check::CheckArgs),
    /// List every rule: code, slug, severity and what it checks
    Rules(rules::RulesArgs),
    /// Print a rule's documentation, e.g. `kdcl explain KD101`
    Explain(rules::ExplainArgs),
    /// Print a school's level (Mức) computed from its self-evaluation, criterion by criterion
    #[command(override_usage = "kdcl assess [PATH] SCHOOL")]
    Assess(assess::AssessArgs),
    /// One year's plans as a table: per area, province or school type
    Summary(summary::SummaryArgs),
    /// What changed in each area from one year's plan to another's, and continuity findings
    Diff(diff::DiffArgs),
    /// Schools whose recognition or accreditation ends in a year, ready to paste into its plan
    Due(due::DueArgs),
    /// A year's report for the level above: one HTML page of figures, charts and findings to print and attach
    Report(report::ReportArgs),
    /// Print a shell completion script: kdcl completions bash > /etc/bash_completion.d/kdcl
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff): kdcl man > kdcl.1 && man ./kdcl.1
    Man,
    /// Print the JSON Schema of plan files, for editors (taplo, Tombi)
    Schema,
    /// Draft an area's plan of a year from its roster and earlier plans (renewals due, raise candidates)
    New(new::NewArgs),
    /// Read a plan document (.docx, .odt, .txt, .md, .html, .pdf) into a draft plan; never overwrites
    Import(import::ImportArgs),
    /// Start a plan repository in DIR: kdcl.toml, an example area, a CI workflow; never overwrites
    Init(init::InitArgs),
}

/// The Vietnamese of the help above, for `--lang vi`: `(place, text)`, where
/// the place is a subcommand's name (`""` for kdcl itself) for its about, then
/// `.argument` for an argument's help (`.lang`: the global flag) and
/// `.argument=value` for a value's; each command's file has the table of its
/// arguments, `command.argument`. A test keeps every place filled.
#[rustfmt::skip]
const HELP_VI: &[(&str, &str)] = &[
    ("", "Kiểm tra kế hoạch kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia"),
    (".lang", "Ngôn ngữ của thông báo và hướng dẫn (mặc định: theo biến KDCL_LANG, nếu không có thì theo ngôn ngữ hệ thống: LC_ALL, LC_MESSAGES, LANG)"),
    (".lang=vi", "Tiếng Việt"),
    (".lang=en", "Tiếng Anh"),
    ("check", "Kiểm tra kế hoạch và danh sách trường; mã thoát 1 nếu kết quả kiểm tra không đạt"),
    ("rules", "Liệt kê các quy tắc: mã, tên, loại và nội dung kiểm tra"),
    ("explain", "In tài liệu của một quy tắc, ví dụ `kdcl explain KD101`"),
    ("assess", "In mức đạt (Mức) của một trường theo kết quả tự đánh giá, từng tiêu chí"),
    ("summary", "Tổng hợp kế hoạch của một năm thành bảng: theo địa bàn, tỉnh hoặc loại trường"),
    ("diff", "So sánh kế hoạch của từng địa bàn giữa hai năm, kèm các phát hiện về tính liên tục qua các năm"),
    ("due", "Các trường hết thời hạn công nhận hoặc kiểm định trong một năm, kèm các mục để dán vào kế hoạch"),
    ("completions", "In tập lệnh tự hoàn thành cho shell: kdcl completions bash > /etc/bash_completion.d/kdcl"),
    ("man", "In trang hướng dẫn (định dạng roff): kdcl man > kdcl.1 && man ./kdcl.1"),
    ("schema", "In JSON Schema của tệp kế hoạch, dùng cho trình soạn thảo (taplo, Tombi)"),
    ("new", "Lập dự thảo kế hoạch năm của một địa bàn từ danh sách trường và các kế hoạch trước (trường đến hạn công nhận lại, trường có thể nâng mức độ)"),
    ("import", "Đọc văn bản kế hoạch (.docx, .odt, .txt, .md, .html, .pdf) thành bản nháp kế hoạch; không ghi đè tệp đã có"),
    ("init", "Tạo kho kế hoạch trong DIR: kdcl.toml, một địa bàn mẫu, quy trình CI; không ghi đè tệp đã có"),
    // What clap adds to every command
    ("help", "In hướng dẫn này hoặc hướng dẫn của các lệnh đã nêu"),
    ("help.subcommand", "Lệnh cần xem hướng dẫn"),
    (".help", "In hướng dẫn sử dụng"),
    (".help/short", "In hướng dẫn sử dụng (--help: bản đầy đủ)"),
    (".help/long", "In hướng dẫn sử dụng (-h: bản tóm tắt)"),
    (".version", "In số phiên bản"),
];

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
            match cli_errors::vietnamese(&e).filter(|_| messages::lang() == Lang::Vi) {
                Some(text) => eprint!("{text}"),
                None => {
                    let _ = e.print();
                }
            }
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Rules(args) => rules::list(args),
        Command::Explain(args) => rules::explain(args),
        Command::Assess(args) => assess::run(args),
        Command::Summary(args) => summary::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Due(args) => due::run(args),
        Command::Report(args) => report::run(args),
        Command::Completions(args) => completions::run(args, command()),
        Command::Man => man::run(command()),
        Command::Schema => schema::run(),
        Command::New(args) => new::run(args),
        Command::Import(args) => import::run(args),
        Command::Init(args) => init::run(args),
    }
}

/// The command line's definition, its help in the chosen language.
pub fn command() -> clap::Command {
    // `--version` names the plan formats read, so an office can tell whether
    // the binary it has reads the plans it writes. clap keeps a `'static`
    // text: the one line is made once per run.
    let version = crate::msg!(
        VERSION_LINE,
        version = env!("CARGO_PKG_VERSION"),
        formats = crate::model::plan::FORMAT_VERSIONS
    )
    .render();
    let cmd = Cli::command().version(&*version.leak());
    match messages::lang() {
        Lang::En => cmd,
        Lang::Vi => help::localize(cmd, help_vi),
    }
}

/// Every table of Vietnamese help texts: kdcl's own and its commands'.
fn help_tables() -> [&'static [(&'static str, &'static str)]; 12] {
    [
        HELP_VI,
        check::HELP_VI,
        rules::HELP_VI,
        assess::HELP_VI,
        summary::HELP_VI,
        diff::HELP_VI,
        due::HELP_VI,
        report::HELP_VI,
        completions::HELP_VI,
        new::HELP_VI,
        init::HELP_VI,
        import::HELP_VI,
    ]
}

/// The Vietnamese help text of a place (see [`HELP_VI`]).
fn help_vi(place: &str) -> Option<&'static str> {
    help_tables()
        .into_iter()
        .flatten()
        .find(|(k, _)| *k == place)
        .map(|(_, v)| *v)
}

crate::texts! {
    pub(crate) VERSION_LINE = "version-line" {
        "{version} (plan format {formats})",
        "{version} (định dạng kế hoạch {formats})",
    }
    pub INTERNAL_ERROR = "internal-error" {
        "internal error{place}; please report it with the files that caused it",
        "lỗi nội bộ{place}; đề nghị báo lỗi kèm theo các tệp đã gây ra lỗi",
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
        let mut cmd = help::localize(Cli::command(), help_vi);
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
