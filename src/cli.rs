//! Command-line interface: argument parsing and the exit statuses of the
//! contract (0 clean, 1 findings that fail, 2 kdcl could not do its job).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

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
    /// Largest plan or roster file read, in MiB; larger files are reported, not read
    #[arg(long, value_name = "MIB", default_value_t = crate::limits::DEFAULT_MAX_FILE_SIZE >> 20)]
    max_file_size: u64,
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
        Command::Rules { format } => {
            emit(&match format {
                RulesFormat::Text => rules_text(),
                RulesFormat::Markdown => rules_markdown(),
            });
            0
        }
        Command::Explain { rule } => match rules::find(&rule) {
            Some(rule) => {
                emit(&explain(rule));
                0
            }
            None => {
                eprintln!("kdcl: there is no rule `{rule}`; `kdcl rules` lists them");
                2
            }
        },
    }
}

fn run_check(args: CheckArgs) -> i32 {
    let paths = if args.paths.is_empty() {
        let default = PathBuf::from("plans");
        if !default.is_dir() {
            eprintln!(
                "kdcl: there is no ./plans folder here; name the plans to check: kdcl check PATH…"
            );
            return 2;
        }
        vec![default]
    } else {
        args.paths
    };
    let options = check::Options {
        max_file_size: args.max_file_size.saturating_mul(1 << 20),
        keep_plans: false,
    };
    let report = match check::check_paths_with(&paths, &options) {
        Ok(report) => report,
        Err(bad) => {
            eprintln!("kdcl: cannot read {}: {}", bad.path.display(), bad.reason);
            return 2;
        }
    };
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    emit(&render::render(&report, args.format, color));
    let failing = report.count(Severity::Error) > 0
        || (args.deny == Some(Deny::Warnings) && report.count(Severity::Warning) > 0);
    i32::from(failing)
}

/// Writes to standard output; a closed pipe (`kdcl check | head`) is not an error.
fn emit(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

fn rules_text() -> String {
    let mut out = String::new();
    for r in rules::ALL {
        out.push_str(&format!(
            "{}  {:<28} {:<8} {}\n",
            r.code,
            r.slug,
            r.severity.as_str(),
            r.summary
        ));
    }
    out
}

/// The rule table for the README, generated so it never drifts.
pub fn rules_markdown() -> String {
    let mut out = String::from(
        "| code | rule | severity | what it checks | reference |\n|---|---|---|---|---|\n",
    );
    for r in rules::ALL {
        out.push_str(&format!(
            "| {} | `{}` | {} | {} | {} |\n",
            r.code,
            r.slug,
            r.severity.as_str(),
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
        r.severity.as_str(),
        r.summary,
        r.doc
    );
    if let Some(reference) = r.reference {
        out.push_str(&format!("\nReference: {reference}\n"));
    }
    if let Some(confidence) = r.confidence {
        out.push_str(&format!("Confidence: {}\n", confidence.describe()));
    }
    out.push_str(&format!(
        "\nExample of a finding:\n\n{}\nFix:\n\n{}",
        indent(r.example),
        indent(r.fix)
    ));
    out
}
