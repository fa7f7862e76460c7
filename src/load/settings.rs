//! Repository settings in `kdcl.toml`: default paths, warnings that fail,
//! and per-rule severities. Read like plans: every key with its place, an
//! unknown key an error with the nearest known key suggested.

use std::path::{Path, PathBuf};

use toml::de::DeTable;

use crate::diag::diagnostic::{Diagnostic, Severity, Sink};
use crate::diag::rule::Rule;
use crate::load::plan::{UNKNOWN_RULE, UNKNOWN_RULE_HELP};
use crate::load::tomlwalk::Fields;
use crate::msg;
use crate::rules;
use crate::rules::plan::invalid_value::{SETTINGS_DENY, SETTINGS_LANG, SETTINGS_SEVERITY};
use crate::rules::plan::toml_syntax;
use crate::rules::plan::unknown_key::UNKNOWN_SETTINGS_KEY;

#[derive(Debug, Default)]
pub struct Settings {
    /// The file read, as shown in findings.
    pub file: Option<PathBuf>,
    /// What `kdcl check` checks without a path, relative to kdcl.toml's folder.
    pub paths: Vec<PathBuf>,
    pub deny_warnings: bool,
    pub severities: Vec<(&'static Rule, Severity)>,
}

pub const KEYS: &[&str] = &["paths", "deny", "severity", "lang"];

/// The nearest `kdcl.toml` at or above `from`, whatever it is: one that is
/// not a regular file is refused, with its reason, when it is read.
pub fn find(from: &Path) -> Option<PathBuf> {
    let start = std::fs::canonicalize(from).ok()?;
    start
        .ancestors()
        .map(|d| d.join("kdcl.toml"))
        .find(|p| std::fs::symlink_metadata(p).is_ok())
}

/// Reads the settings within the default size limit (see [`load_within`]).
pub fn load(path: &Path, shown: &str, sink: &mut Sink) -> Settings {
    load_within(
        path,
        shown,
        crate::load::limits::DEFAULT_MAX_FILE_SIZE,
        sink,
    )
}

/// Reads the settings through the guarded reader, at most `max_file_size`
/// bytes; problems go to `sink` and the rest still applies.
pub fn load_within(path: &Path, shown: &str, max_file_size: u64, sink: &mut Sink) -> Settings {
    let mut settings = Settings {
        file: Some(path.to_path_buf()),
        ..Settings::default()
    };
    let file = match crate::load::files::read_text(path, shown, max_file_size) {
        Ok(file) => file,
        Err(finding) => {
            sink.push(*finding);
            return settings;
        }
    };
    let root = match DeTable::parse(&file.text) {
        Ok(root) => root,
        Err(err) => {
            let span = err.span().unwrap_or(0..0);
            let detail = err.message().trim().to_string();
            sink.push(
                Diagnostic::new(
                    &rules::TOML_SYNTAX,
                    msg!(toml_syntax::MESSAGE, detail = detail),
                )
                .at(&file, span),
            );
            return settings;
        }
    };
    let dir = path.parent().unwrap_or(Path::new(""));
    let mut f = Fields::new(root.get_ref(), 0..0, "", KEYS, &file, sink)
        .unknown_message(&UNKNOWN_SETTINGS_KEY);
    settings.paths = f
        .strings("paths")
        .into_iter()
        .map(|p| dir.join(p.value))
        .collect();
    for deny in f.strings("deny") {
        if deny.value == "warnings" {
            settings.deny_warnings = true;
        } else {
            f.sink.push(
                Diagnostic::new(
                    &rules::INVALID_VALUE,
                    msg!(SETTINGS_DENY, value = deny.value),
                )
                .at(&file, deny.span),
            );
        }
    }
    if let Some(lang) = f.string("lang")
        && crate::diag::messages::Lang::parse(&lang.value).is_none()
    {
        f.sink.push(
            Diagnostic::new(
                &rules::INVALID_VALUE,
                msg!(SETTINGS_LANG, value = lang.value),
            )
            .at(&file, lang.span),
        );
    }
    let severity = f.table("severity");
    f.finish();
    if let Some((table, span)) = severity {
        let s = Fields::new(table, span, "severity", &[], &file, sink);
        for (k, v) in s.entries() {
            let Some(rule) = rules::find(k.get_ref()) else {
                s.sink.push(
                    Diagnostic::new(&rules::UNKNOWN_KEY, msg!(UNKNOWN_RULE, value = k.get_ref()))
                        .at(&file, k.span())
                        .help(msg!(UNKNOWN_RULE_HELP)),
                );
                continue;
            };
            let level = match v.get_ref().as_str() {
                Some("error") => Severity::Error,
                Some("warning") => Severity::Warning,
                Some("note") => Severity::Note,
                _ => {
                    s.sink.push(
                        Diagnostic::new(
                            &rules::INVALID_VALUE,
                            msg!(SETTINGS_SEVERITY, rule = rule.code),
                        )
                        .at(&file, v.span()),
                    );
                    continue;
                }
            };
            settings.severities.push((rule, level));
        }
    }
    settings
}

/// The `lang` of the nearest kdcl.toml, read quietly before anything is
/// printed (its mistakes are reported when `kdcl check` loads the settings).
pub fn lang_near(from: &Path) -> Option<crate::diag::messages::Lang> {
    let bytes =
        crate::load::limits::read_file(&find(from)?, crate::load::limits::DEFAULT_MAX_FILE_SIZE)
            .ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let table: toml::Table = toml::from_str(&text).ok()?;
    crate::diag::messages::Lang::parse(table.get("lang")?.as_str()?)
}
