//! `docs/reference/`: the command and rule references in English and
//! Vietnamese, generated from the code (clap's definitions through `--help`,
//! the rule registry through `kdcl rules` and `kdcl explain`). This test
//! fails when a file differs from what the code gives; to write them anew:
//!
//!     KDCL_REFERENCE=write cargo test --test reference

mod common;

use std::fs;

use common::{kdcl, repo};

const REFRESH: &str = "KDCL_REFERENCE=write cargo test --test reference";

struct Lang {
    code: &'static str,
    /// File name suffix: `commands.md`, `commands.vi.md`.
    suffix: &'static str,
    commands_title: &'static str,
    rules_title: &'static str,
    generated: &'static str,
    other: &'static str,
}

const LANGS: [Lang; 2] = [
    Lang {
        code: "en",
        suffix: "",
        commands_title: "# Command reference",
        rules_title: "# Rule reference",
        generated: "Generated from kdcl's code by `tests/reference.rs`; do not edit it, run",
        other: "Tiếng Việt",
    },
    Lang {
        code: "vi",
        suffix: ".vi",
        commands_title: "# Tra cứu lệnh",
        rules_title: "# Tra cứu quy tắc",
        generated: "Tạo tự động từ mã nguồn của kdcl bằng `tests/reference.rs`; không sửa tay, chạy",
        other: "English",
    },
];

/// kdcl in a language, on no files: help and rules need none.
fn run(lang: &Lang, args: &[&str]) -> String {
    let mut all = vec!["--lang", lang.code];
    all.extend_from_slice(args);
    let ran = kdcl(&repo(), &all);
    assert_eq!(ran.status, 0, "kdcl {all:?}: {}", ran.stderr);
    ran.stdout
}

fn header(lang: &Lang, title: &str, name: &str) -> String {
    let other = if lang.suffix.is_empty() {
        format!("{name}.vi.md")
    } else {
        format!("{name}.md")
    };
    format!(
        "{title}\n\n<!-- {} `{REFRESH}`. -->\n\n[{}]({other})\n",
        lang.generated, lang.other
    )
}

fn fenced(text: &str) -> String {
    format!("```text\n{}\n```\n", text.trim_end())
}

/// Every command's full help, in the order clap lists them.
fn commands(lang: &Lang) -> String {
    let mut out = header(lang, lang.commands_title, "commands");
    out.push_str(&format!("\n## kdcl\n\n{}", fenced(&run(lang, &["--help"]))));
    out.push_str(&format!("\n{}", fenced(&run(lang, &["--version"]))));
    for sub in kdcl::commands::command().get_subcommands() {
        let name = sub.get_name();
        if name == "help" {
            continue;
        }
        let help = run(lang, &[name, "--help"]);
        out.push_str(&format!("\n## kdcl {name}\n\n{}", fenced(&help)));
    }
    out
}

/// The rule table, each code a link to the rule's page below it.
fn rules(lang: &Lang) -> String {
    let mut out = header(lang, lang.rules_title, "rules");
    let table = run(lang, &["rules", "--format", "markdown"]);
    out.push('\n');
    for line in table.lines() {
        let linked = line.strip_prefix("| KD").and_then(|rest| {
            let (number, rest) = rest.split_once(" | `")?;
            let (slug, rest) = rest.split_once('`')?;
            Some(format!(
                "| [KD{number}](#kd{number}-{slug}) | `{slug}`{rest}"
            ))
        });
        out.push_str(&linked.unwrap_or_else(|| line.to_string()));
        out.push('\n');
    }
    for rule in kdcl::rules::ALL {
        let page = run(lang, &["explain", rule.code]);
        out.push_str(&format!(
            "\n## {} {}\n\n{}",
            rule.code,
            rule.slug,
            fenced(&page)
        ));
    }
    out
}

#[test]
fn the_references_are_what_the_code_gives() {
    let dir = repo().join("docs/reference");
    let write = std::env::var("KDCL_REFERENCE").is_ok_and(|v| v == "write");
    let mut stale = Vec::new();
    for lang in &LANGS {
        for (name, text) in [("commands", commands(lang)), ("rules", rules(lang))] {
            let path = dir.join(format!("{name}{}.md", lang.suffix));
            if write {
                fs::create_dir_all(&dir).unwrap();
                fs::write(&path, &text).unwrap();
            } else if fs::read_to_string(&path).ok().as_deref() != Some(&text) {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}; write them anew with `{REFRESH}` and read the diff"
    );
}

/// Every rule of the registry has its page, and the table links to it.
#[test]
fn every_rule_has_its_page_in_both_languages() {
    for lang in &LANGS {
        let text = rules(lang);
        for rule in kdcl::rules::ALL {
            let heading = format!("\n## {} {}\n", rule.code, rule.slug);
            assert!(text.contains(&heading), "{}: no {heading}", lang.code);
            let anchor = format!("(#{}-{})", rule.code.to_lowercase(), rule.slug);
            assert!(text.contains(&anchor), "{}: no link {anchor}", lang.code);
        }
    }
}
