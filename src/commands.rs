//! The commands that read a repository's plans across areas and years:
//! `kdcl summary`, `kdcl diff` and `kdcl due`. Each loads the plans as
//! `kdcl check` does and goes on from the checked plans.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::{emit, load, paths_or_default};
use crate::msg;
use crate::summary;
use crate::table::{DEFAULT_WIDTH, Layout};

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
    #[arg(long, value_enum, default_value_t = summary::Format::Table)]
    format: summary::Format,
    /// Plain ASCII table borders even on a terminal
    #[arg(long)]
    ascii: bool,
}

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
        eprintln!("{}", msg!("summary-nothing").render());
        return 2;
    };
    let year = args.year.unwrap_or(latest);
    if !years.contains(&year) {
        let present: Vec<String> = years.iter().map(i32::to_string).collect();
        eprintln!(
            "{}",
            msg!("summary-no-plans", year = year, years = present.join(", ")).render()
        );
        return 2;
    }
    let built = summary::build(&report, year, args.by);
    emit(&summary::render(&built, args.format, layout(args.ascii)));
    0
}
