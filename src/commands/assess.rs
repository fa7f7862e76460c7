//! `kdcl assess [PATH] SCHOOL`: a school's level computed from its
//! self-evaluation, criterion by criterion.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::commands::common::{emit, refuse};
use crate::engine::check;
use crate::msg;
use crate::report::assess::{self, Refusal};

#[derive(clap::Args, Debug)]
pub struct AssessArgs {
    /// [PATH]: a folder or plan file [default: ./plans]; SCHOOL: the school's roster code or name
    #[arg(value_name = "[PATH] SCHOOL", num_args = 1..=2, required = true)]
    args: Vec<String>,
}

/// The Vietnamese of the help above (places as in the command line's table).
#[rustfmt::skip]
pub(crate) const HELP_VI: &[(&str, &str)] = &[
    ("assess.args", "[PATH]: thư mục hoặc tệp kế hoạch (mặc định: ./plans); SCHOOL: mã hoặc tên trường trong danh sách trường"),
];

pub fn run(args: AssessArgs) -> i32 {
    let mut args = args.args;
    let school = args.pop().unwrap_or_default();
    let path = match args.pop() {
        Some(path) => PathBuf::from(path),
        None => {
            let default = PathBuf::from("plans");
            if !default.is_dir() {
                return refuse(msg!(NO_PLANS_FOLDER_ASSESS));
            }
            default
        }
    };
    let shown = crate::text::path::display(&path);
    let report = match check::check_paths(std::slice::from_ref(&path)) {
        Ok(report) => report,
        Err(bad) => {
            let path = crate::text::path::display(&bad.path);
            return refuse(msg!(ASSESS_BAD_PATH, path = path, reason = bad.reason));
        }
    };
    let subject = match assess::find(&report, &school, &shown) {
        Ok(subject) => subject,
        Err(Refusal(why)) => return refuse(why),
    };
    let assessment = assess::assess(&subject);
    emit(&crate::render::assess::render(
        &assessment,
        std::io::stdout().is_terminal(),
    ));
    // 1 when the school's evaluation is incomplete.
    i32::from(!assessment.complete())
}

crate::texts! {
    pub(crate) ASSESS_BAD_PATH = "assess-bad-path" {
        "cannot read {path}: {reason}",
        "không đọc được {path}: {reason}",
    }
    pub(crate) NO_PLANS_FOLDER_ASSESS = "no-plans-folder-assess" {
        "there is no ./plans folder here; name the plans: kdcl assess PATH SCHOOL",
        "thư mục hiện tại không có thư mục ./plans; hãy ghi đường dẫn đến các kế hoạch: kdcl assess PATH SCHOOL",
    }
}
