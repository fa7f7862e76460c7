//! `kdcl completions SHELL`: a shell completion script for kdcl.

use crate::commands::common::emit;

#[derive(clap::Args, Debug)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// The Vietnamese of the help above (places as in the command line's table).
#[rustfmt::skip]
pub(crate) const HELP_VI: &[(&str, &str)] = &[
    ("completions.shell", "Loại shell"),
];

/// Completes the command line `kdcl` defines, in the chosen language.
pub fn run(args: CompletionsArgs, mut kdcl: clap::Command) -> i32 {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut kdcl, "kdcl", &mut out);
    emit(&String::from_utf8_lossy(&out));
    0
}
