//! What every command shares: the paths to read, loading and checking them,
//! writing the output, colour and `--deny`, and the exit statuses of the
//! contract (0 clean, 1 findings that fail, 2 kdcl could not do its job).
//! The command files use this one; it uses none of them.

use std::ffi::{OsStr, OsString};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

use crate::diag::diagnostic::Message;
use crate::diag::severity::Severity;
use crate::engine::check;
use crate::load::discover::BadPath;
use crate::model::report::Report;
use crate::render::table::{DEFAULT_WIDTH, Format, Layout};

/// The exit status when kdcl could not do its job.
pub(crate) const CANNOT: i32 = 2;

/// Says on standard error why kdcl cannot do its job; the exit status.
pub(crate) fn refuse(why: Message) -> i32 {
    eprintln!("kdcl: {}", why.render());
    CANNOT
}

/// What a document reader left out or could not render exactly (comments,
/// headers, letters a PDF font draws in pieces), said on standard error so
/// that nothing is lost silently and standard output stays the draft or
/// the findings.
pub(crate) fn say_notes(shown: &str, notes: &[Message]) {
    for note in notes {
        eprintln!("kdcl: {shown}: {}", note.render());
    }
}

/// The exit status of a check: 1 when an error, or a warning under
/// `--deny warnings`, is found; else 0.
pub(crate) fn status(report: &Report, deny_warnings: bool) -> i32 {
    let failing =
        report.count(Severity::Error) > 0 || (deny_warnings && report.count(Severity::Warning) > 0);
    i32::from(failing)
}

/// The paths given, or `./plans`; `Err(2)` when there is neither.
pub(crate) fn paths_or_default(paths: Vec<PathBuf>, command: &str) -> Result<Vec<PathBuf>, i32> {
    if !paths.is_empty() {
        return Ok(paths);
    }
    let default = PathBuf::from("plans");
    if !default.is_dir() {
        return Err(refuse(crate::msg!(NO_PLANS_FOLDER, command = command)));
    }
    Ok(vec![default])
}

/// Loads and checks the paths given, or `./plans`, for `command`; `Err(2)`
/// when there are none or one cannot be read at all.
pub(crate) fn load_given(paths: Vec<PathBuf>, command: &str) -> Result<Report, i32> {
    load(&paths_or_default(paths, command)?)
}

/// Loads and checks the paths; `Err(2)` when one cannot be read at all.
pub(crate) fn load(paths: &[PathBuf]) -> Result<Report, i32> {
    check::check_paths(paths).map_err(cannot_read)
}

/// Says which path could not be read at all, and why; the exit status.
pub(crate) fn cannot_read(bad: BadPath) -> i32 {
    let path = bad.path.display();
    refuse(crate::msg!(CANNOT_READ, path = path, reason = bad.reason))
}

/// Says on standard error which plans a report could not read, and why;
/// the exit status: 1 when there is one (a report never leaves a plan out
/// silently), else `status`.
pub(crate) fn unread(unread: &[crate::report::Unread], status: i32) -> i32 {
    for u in unread {
        let (file, reason) = (&u.file, &u.reason);
        eprintln!(
            "kdcl: {}",
            crate::msg!(UNREAD_PLAN, file = file, reason = reason).render()
        );
    }
    if unread.is_empty() {
        status
    } else {
        status.max(1)
    }
}

/// Writes to standard output; a closed pipe (`kdcl check | head`) is not an error.
pub(crate) fn emit(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Deny {
    Warnings,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Color {
    Auto,
    Always,
    Never,
}

/// Whether to colour: `auto` only on a terminal, never with `NO_COLOR`.
pub(crate) fn color(choice: Color) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// Table layout: box drawing fitted to the terminal's width on a terminal;
/// plain ASCII otherwise (files, pipes, snapshots) or with `--ascii`. Off a
/// terminal no cell is wrapped, so `grep` finds whole names, unless
/// `COLUMNS` gives a width; `COLUMNS` also wins over the terminal's own.
pub(crate) fn layout(ascii: bool) -> Layout {
    let terminal = std::io::stdout().is_terminal();
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|&c| c > 0);
    let width = if terminal {
        columns
            .or_else(crate::render::table::terminal_width)
            .or(Some(DEFAULT_WIDTH))
    } else {
        columns
    };
    Layout {
        ascii: ascii || !terminal,
        width,
    }
}

/// The `--format` values of a report command: its name, the format, and
/// what it gives, for the help. Each command offers its own.
pub(crate) type Offered = &'static [(&'static str, Format, &'static str)];

/// Parses a `--format` among the values a command offers.
#[derive(Clone)]
pub(crate) struct Formats(pub(crate) Offered);

impl Formats {
    fn values(&self) -> impl Iterator<Item = PossibleValue> + '_ {
        self.0
            .iter()
            .map(|(name, _, help)| PossibleValue::new(*name).help(*help))
    }
}

impl TypedValueParser for Formats {
    type Value = Format;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<Format, clap::Error> {
        // As clap's own enum values: a value that is not UTF-8 is not one of them.
        let value = OsString::from(value.to_string_lossy().into_owned());
        let given = PossibleValuesParser::new(self.values()).parse_ref(cmd, arg, &value)?;
        let ignore_case = arg.is_some_and(clap::Arg::is_ignore_case_set);
        let (_, format, _) = self
            .0
            .iter()
            .find(|(name, ..)| PossibleValue::new(*name).matches(&given, ignore_case))
            .expect("the value is one of the names");
        Ok(*format)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.values()))
    }
}

crate::texts! {
    pub(crate) UNREAD_PLAN = "unread-plan" {
        "{file} could not be read, so it is left out of this report: {reason}",
        "không đọc được {file} nên tệp này không có trong báo cáo: {reason}",
    }
    pub(crate) CANNOT_READ = "cannot-read" {
        "cannot read {path}: {reason}",
        "không đọc được {path}: {reason}",
    }
    pub(crate) NO_PLANS_FOLDER = "no-plans-folder" {
        "there is no ./plans folder here; name the plans to {command}: kdcl {command} PATH…",
        "thư mục hiện tại không có thư mục ./plans; hãy ghi đường dẫn đến các kế hoạch: kdcl {command} PATH…",
    }
}

/// A period on the command line (`--period 2026-2030`), as a plan writes it.
pub(crate) fn parse_period(text: &str) -> Result<(i32, i32), String> {
    crate::model::plan::parse_period(text.trim())
        .map(|(a, b)| (a as i32, b as i32))
        .ok_or_else(|| format!("\"{text}\": 2026-2030"))
}
