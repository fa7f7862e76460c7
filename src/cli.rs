//! Command-line interface: argument parsing and the exit statuses of the
//! contract (0 clean, 1 findings that fail, 2 kdcl could not do its job).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::assess;
use crate::check;
use crate::diagnostic::Severity;
use crate::render::{self, Format};
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
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check plans and rosters; exit 1 if any finding fails the check
    Check(CheckArgs),
    /// List every rule: code, slug, severity and what it checks
    Rules {
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
    Summary(crate::commands::SummaryArgs),
    /// What changed in each area from one year's plan to another's, and continuity findings
    Diff(crate::commands::DiffArgs),
    /// Schools whose recognition or accreditation ends in a year, ready to paste into its plan
    Due(crate::commands::DueArgs),
    /// Print a shell completion script: kdcl completions bash > /etc/bash_completion.d/kdcl
    Completions {
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
}

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

/// Runs kdcl and returns the process exit status.
pub fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Summary(args) => crate::commands::summary(args),
        Command::Diff(args) => crate::commands::diff(args),
        Command::Due(args) => crate::commands::due(args),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "kdcl", &mut out);
            emit(&String::from_utf8_lossy(&out));
            0
        }
        Command::New { area, year } => run_new(&area, year),
        Command::Init { dir } => match crate::init::init(&dir) {
            Ok(outcome) => {
                let mut out = String::new();
                for path in &outcome.created {
                    let path = crate::discover::display(path);
                    out.push_str(&format!(
                        "{}\n",
                        crate::msg!("init-created", path = path).render()
                    ));
                }
                for path in &outcome.kept {
                    let path = crate::discover::display(path);
                    out.push_str(&format!(
                        "{}\n",
                        crate::msg!("init-kept", path = path).render()
                    ));
                }
                out.push_str(&format!("{}\n", crate::msg!("init-next").render()));
                emit(&out);
                0
            }
            Err(e) => {
                let dir = dir.display();
                eprintln!(
                    "kdcl: {}",
                    crate::msg!("init-failed", dir = dir, reason = e).render()
                );
                2
            }
        },
        Command::Schema => {
            emit(&crate::schema::render());
            0
        }
        Command::Man => {
            let mut out = Vec::new();
            match clap_mangen::Man::new(Cli::command()).render(&mut out) {
                Ok(()) => {
                    emit(&String::from_utf8_lossy(&out));
                    0
                }
                Err(e) => {
                    eprintln!("kdcl: {}", crate::msg!("man-failed", reason = e).render());
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
                eprintln!(
                    "kdcl: {}",
                    crate::msg!("no-such-rule", rule = rule).render()
                );
                2
            }
        },
    }
}

/// The paths given, or `./plans`; `Err(2)` when there is neither.
pub(crate) fn paths_or_default(paths: Vec<PathBuf>, command: &str) -> Result<Vec<PathBuf>, i32> {
    if !paths.is_empty() {
        return Ok(paths);
    }
    let default = PathBuf::from("plans");
    if !default.is_dir() {
        eprintln!(
            "kdcl: {}",
            crate::msg!("no-plans-folder", command = command).render()
        );
        return Err(2);
    }
    Ok(vec![default])
}

/// Loads and checks the paths; `Err(2)` when one cannot be read at all.
pub(crate) fn load(paths: &[PathBuf]) -> Result<check::Report, i32> {
    check::check_paths(paths).map_err(|bad| {
        let path = bad.path.display();
        eprintln!(
            "kdcl: {}",
            crate::msg!("cannot-read", path = path, reason = bad.reason).render()
        );
        2
    })
}

fn run_check(args: CheckArgs) -> i32 {
    let paths = match paths_or_default(args.paths, "check") {
        Ok(paths) => paths,
        Err(status) => return status,
    };
    let report = match load(&paths) {
        Ok(report) => report,
        Err(status) => return status,
    };
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let deny_warnings = args.deny == Some(Deny::Warnings);
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
    let failing = report.count(Severity::Error) > 0
        || (args.deny == Some(Deny::Warnings) && report.count(Severity::Warning) > 0);
    i32::from(failing)
}

fn run_assess(mut args: Vec<String>) -> i32 {
    let school = args.pop().unwrap_or_default();
    let path = match args.pop() {
        Some(path) => PathBuf::from(path),
        None => {
            let default = PathBuf::from("plans");
            if !default.is_dir() {
                eprintln!("kdcl: {}", crate::msg!("no-plans-folder-assess").render());
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
            r.summary
        ));
    }
    out
}

/// The rule table for the README, generated so it never drifts.
pub fn rules_markdown() -> String {
    let mut out = crate::msg!("rules-columns").render();
    out.push_str("\n|---|---|---|---|---|\n");
    for r in rules::ALL {
        out.push_str(&format!(
            "| {} | `{}` | {} | {} | {} |\n",
            r.code,
            r.slug,
            r.severity.name(),
            r.summary,
            r.reference.unwrap_or("")
        ));
    }
    out
}

fn explain(r: &rules::Rule) -> String {
    let indent = |s: &str| s.lines().map(|l| format!("    {l}\n")).collect::<String>();
    let mut out = format!(
        "{} {} ({})\n\n{}\n\n{}\n",
        r.code,
        r.slug,
        r.severity.name(),
        r.summary,
        r.doc
    );
    if let Some(reference) = r.reference {
        let line = crate::msg!("explain-reference", reference = reference).render();
        out.push_str(&format!("\n{line}\n"));
    }
    if let Some(confidence) = r.confidence {
        let line = crate::msg!("explain-confidence", confidence = confidence.describe()).render();
        out.push_str(&format!("{line}\n"));
    }
    out.push_str(&format!(
        "\n{}\n\n{}\n{}\n\n{}",
        crate::msg!("explain-example").render(),
        indent(r.example),
        crate::msg!("explain-fix").render(),
        indent(r.fix)
    ));
    out
}

fn run_new(area: &std::path::Path, year: i32) -> i32 {
    let report = match load(&[area.to_path_buf()]) {
        Ok(report) => report,
        Err(status) => return status,
    };
    let shown = crate::discover::display(area);
    match crate::new_plan::draft(&report, area, year) {
        Ok((path, text)) => {
            use std::io::Write;
            let written = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
                .and_then(|mut f| f.write_all(text.as_bytes()));
            if let Err(e) = written {
                eprintln!("kdcl: {}: {e}", path.display());
                return 2;
            }
            let renewals = text.matches("action = \"renew\"").count();
            let path = crate::discover::display(&path);
            emit(&format!(
                "{}\n",
                crate::msg!("new-written", path = path, renewals = renewals).render()
            ));
            0
        }
        Err(crate::new_plan::Refusal::Exists(path)) => {
            let path = crate::discover::display(&path);
            eprintln!("kdcl: {}", crate::msg!("new-exists", path = path).render());
            2
        }
        Err(crate::new_plan::Refusal::NoEarlierPlan) => {
            eprintln!(
                "kdcl: {}",
                crate::msg!("new-no-earlier-plan", year = year, dir = shown).render()
            );
            2
        }
    }
}
