//! `kdcl rules` lists every rule; `kdcl explain RULE` prints one rule's
//! documentation.

use crate::commands::common::{emit, refuse};
use crate::msg;
use crate::render;
use crate::rules;

#[derive(clap::Args, Debug)]
pub struct RulesArgs {
    /// Output format (markdown: the table of the rule reference)
    #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
    format: RulesFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum RulesFormat {
    Text,
    Markdown,
}

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    /// A rule code (KD101) or slug (target-count-mismatch)
    rule: String,
}

/// The Vietnamese of the help above (places as in the command line's table).
#[rustfmt::skip]
pub(crate) const HELP_VI: &[(&str, &str)] = &[
    ("rules.format", "Định dạng kết quả (markdown: bảng trong tài liệu tra cứu quy tắc)"),
    ("explain.rule", "Mã quy tắc (KD101) hoặc tên quy tắc (target-count-mismatch)"),
];

pub fn list(args: RulesArgs) -> i32 {
    emit(&match args.format {
        RulesFormat::Text => render::rules::text(),
        RulesFormat::Markdown => render::rules::markdown(),
    });
    0
}

pub fn explain(args: ExplainArgs) -> i32 {
    match rules::find(&args.rule) {
        Some(rule) => {
            emit(&render::rules::explain(rule));
            0
        }
        None => refuse(msg!(NO_SUCH_RULE, rule = args.rule)),
    }
}

crate::texts! {
    pub(crate) NO_SUCH_RULE = "no-such-rule" {
        "there is no rule `{rule}`; `kdcl rules` lists them",
        "không có quy tắc `{rule}`; lệnh `kdcl rules` liệt kê các quy tắc",
    }
}
