//! The README and the documents in `docs/` show what a user types and what
//! kdcl answers; this test runs every `kdcl` command in their fenced blocks
//! and compares the answers shown with kdcl's.
//!
//! How to show a command in a document so that it is tested:
//!
//! - A block whose first line begins with a prompt (`$ kdcl …`, or `> kdcl …`
//!   as PowerShell shows it) is a session: every prompt line is run, and the
//!   lines after it, up to the next prompt, are the output it must print
//!   (standard output, then standard error; trailing spaces and blank lines
//!   at the end do not count). A line `…` alone stands for any lines.
//! - In any other `sh`, `console`, `powershell` or `bat` block, every line
//!   that starts with `kdcl` is run, and must not end with exit status 2
//!   (kdcl could not do its job). A `# comment` after it and anything from
//!   ` > `, ` | ` or ` && ` on are left out.
//! - `cd DIR` lines in either kind change the folder for the lines after it.
//! - Commands run in a copy of the repository's `plans/` folder, or of the
//!   folder an HTML comment on the line just before the block names:
//!   `<!-- kdcl-test: in examples/multi-year -->`, or `in nothing` for an
//!   empty folder. Whatever they write stays in the copy. `; lang vi` after
//!   it runs them as a repository whose kdcl.toml says `lang = "vi"` would.
//!
//! To add a session, write its prompt lines and run
//! `KDCL_DOCS=write cargo test --test docs`: the output of every session
//! that differs is written in its place (not where a `…` stands for lines:
//! those are reported), then read the diff.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{command, repo};

/// The documents whose blocks are run: the README and `docs/*.md` (the
/// generated references have their own test, `tests/reference.rs`).
fn documents() -> Vec<PathBuf> {
    let mut files = vec![repo().join("README.md")];
    let mut docs: Vec<PathBuf> = fs::read_dir(repo().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    files
}

#[derive(Debug)]
struct Block {
    /// `README.md:120`: where the block opens.
    place: String,
    /// The index in its file of the block's first line inside the fence.
    start: usize,
    info: String,
    /// From the `kdcl-test` comment: the folder to copy (`None`: empty).
    folder: Option<String>,
    /// `lang vi` in the comment: `KDCL_LANG=vi`.
    vietnamese: bool,
    lines: Vec<String>,
}

fn blocks(file: &Path) -> Vec<Block> {
    let text = fs::read_to_string(file).unwrap();
    let name = file.strip_prefix(repo()).unwrap().display().to_string();
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    let mut previous = "";
    for (i, line) in text.lines().enumerate() {
        let fence = line.trim_start().starts_with("```");
        match open.take() {
            Some(block) if fence => out.push(block),
            Some(mut block) => {
                block.lines.push(line.to_string());
                open = Some(block);
            }
            None if fence => {
                let directive = previous
                    .trim()
                    .strip_prefix("<!-- kdcl-test: ")
                    .and_then(|r| r.strip_suffix("-->"));
                let mut folder = Some("plans".to_string());
                let mut vietnamese = false;
                for part in directive.into_iter().flat_map(|d| d.split(';')) {
                    match part.trim() {
                        "in nothing" => folder = None,
                        "lang vi" => vietnamese = true,
                        part => match part.strip_prefix("in ") {
                            Some(dir) => folder = Some(dir.to_string()),
                            None => panic!("{name}:{}: kdcl-test: what is {part:?}?", i),
                        },
                    }
                }
                open = Some(Block {
                    place: format!("{name}:{}", i + 1),
                    start: i + 1,
                    info: line.trim_start().trim_start_matches('`').trim().to_string(),
                    folder,
                    vietnamese,
                    lines: Vec::new(),
                });
            }
            None => {}
        }
        previous = line;
    }
    assert!(open.is_none(), "{name}: a block is never closed");
    out
}

/// A prompt line's command, without its prompt.
fn prompted(line: &str) -> Option<&str> {
    line.strip_prefix("$ ").or_else(|| line.strip_prefix("> "))
}

/// The words of a command line as a POSIX shell or PowerShell splits them,
/// for the quoting the documents use: "…" and '…'.
fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_with(String::new).push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                word.get_or_insert_with(String::new);
            }
            (None, c) if c.is_whitespace() => words.extend(word.take()),
            (None, c) => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

/// What of a command line is the command: without a comment, a redirection,
/// a pipe or a second command.
fn command_part(line: &str) -> &str {
    let mut end = line.len();
    for cut in [" #", " > ", " | ", " && ", " 2>"] {
        if let Some(i) = line.find(cut) {
            end = end.min(i);
        }
    }
    line[..end].trim()
}

/// A copy of a folder of the repository (or an empty folder), to run in.
fn workplace(folder: Option<&str>) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    if let Some(folder) = folder {
        let from = repo().join(folder);
        assert!(from.is_dir(), "kdcl-test: no folder {folder}");
        // `plans` is copied as `plans`; any other folder's contents are the
        // copy, as a user would be in it.
        let to = if folder == "plans" {
            tmp.path().join("plans")
        } else {
            tmp.path().to_path_buf()
        };
        copy(&from, &to);
    }
    tmp
}

fn copy(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

struct Ran {
    output: String,
    status: i32,
}

/// One line of a document run as a user would in `dir`: `cd` moves, `kdcl`
/// runs; anything else (cargo, chcp, …) is not kdcl's and is left alone.
fn run_line(line: &str, base: &Path, dir: &mut PathBuf, vietnamese: bool) -> Option<Ran> {
    let words = words(command_part(line));
    match words.first().map(String::as_str) {
        Some("cd") => {
            *dir = dir.join(&words[1]);
            assert!(dir.starts_with(base), "cd out of the copy: {line}");
            None
        }
        Some("kdcl") | Some("kdcl.exe") | Some(".\\kdcl.exe") => {
            let mut kdcl = command();
            if vietnamese {
                kdcl.env("KDCL_LANG", "vi");
            }
            let out = kdcl
                .args(&words[1..])
                .current_dir(&*dir)
                .env("NO_COLOR", "1")
                .env_remove("GITHUB_STEP_SUMMARY")
                .stdin(std::process::Stdio::null())
                .output()
                .expect("kdcl runs");
            let mut output = String::from_utf8(out.stdout).expect("UTF-8");
            output.push_str(&String::from_utf8(out.stderr).expect("UTF-8"));
            Some(Ran {
                output,
                status: out.status.code().expect("an exit status"),
            })
        }
        _ => None,
    }
}

/// Lines without trailing spaces, and no blank lines at the end.
fn tidy(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text.lines().map(|l| l.trim_end().to_string()).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// Shown lines against real ones, `…` standing for any lines.
fn matches(shown: &[String], real: &[String]) -> bool {
    match shown.split_first() {
        None => real.is_empty(),
        Some((first, rest)) if first.trim() == "…" => {
            (0..=real.len()).any(|i| matches(rest, &real[i..]))
        }
        Some((first, rest)) => real
            .split_first()
            .is_some_and(|(r, real_rest)| r == first && matches(rest, real_rest)),
    }
}

/// Lines `from..to` of a document and what kdcl really prints there.
type Correction = (usize, usize, Vec<String>);

/// Every failure of one block, as `place: what`, and the corrections of its
/// sessions' outputs (where no `…` is shown).
fn check_block(block: &Block) -> (Vec<String>, Vec<Correction>) {
    let tmp = workplace(block.folder.as_deref());
    let base = tmp.path().to_path_buf();
    let mut dir = base.clone();
    let mut failures = Vec::new();
    let mut corrections = Vec::new();
    let session = block.lines.first().is_some_and(|l| prompted(l).is_some());
    if session {
        // Each prompt line with the lines after it, to the next prompt.
        let mut i = 0;
        while i < block.lines.len() {
            let line = prompted(&block.lines[i]).expect("a prompt line");
            let end = (i + 1..block.lines.len())
                .find(|&j| prompted(&block.lines[j]).is_some())
                .unwrap_or(block.lines.len());
            let shown = tidy(&block.lines[i + 1..end].join("\n"));
            if let Some(ran) = run_line(line, &base, &mut dir, block.vietnamese) {
                let real = tidy(&ran.output);
                if !matches(&shown, &real) {
                    if !shown.iter().any(|l| l.trim() == "…") {
                        corrections.push((block.start + i + 1, block.start + end, real.clone()));
                    }
                    failures.push(format!(
                        "{}: `{line}` prints\n{}\n(not what is shown)",
                        block.place,
                        real.join("\n")
                    ));
                }
            }
            i = end;
        }
    } else if ["sh", "console", "powershell", "bat"].contains(&block.info.as_str()) {
        for line in &block.lines {
            if let Some(ran) = run_line(line, &base, &mut dir, block.vietnamese)
                && ran.status == 2
            {
                failures.push(format!(
                    "{}: `{line}` could not run (exit 2):\n{}",
                    block.place, ran.output
                ));
            }
        }
    }
    (failures, corrections)
}

#[test]
fn every_command_shown_runs_and_prints_what_is_shown() {
    let write = std::env::var("KDCL_DOCS").is_ok_and(|v| v == "write");
    let mut failures = Vec::new();
    let mut sessions = 0;
    for file in documents() {
        let mut corrections = Vec::new();
        for block in blocks(&file) {
            sessions += usize::from(block.lines.first().is_some_and(|l| prompted(l).is_some()));
            let (failed, corrected) = check_block(&block);
            if write && failed.len() == corrected.len() {
                corrections.extend(corrected);
            } else {
                failures.extend(failed);
            }
        }
        if !corrections.is_empty() {
            let text = fs::read_to_string(&file).unwrap();
            let mut lines: Vec<String> = text.lines().map(String::from).collect();
            for (from, to, real) in corrections.into_iter().rev() {
                lines.splice(from..to, real);
            }
            fs::write(&file, lines.join("\n") + "\n").unwrap();
        }
    }
    // The README's first session alone would be one; fewer means the
    // blocks are no longer found.
    assert!(sessions >= 5, "only {sessions} sessions found");
    assert!(
        failures.is_empty(),
        "{} failures (`KDCL_DOCS=write cargo test --test docs` writes the outputs of sessions):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn a_shown_output_that_is_wrong_fails() {
    let block = |info: &str, lines: &[&str]| Block {
        place: "test".into(),
        start: 0,
        info: info.into(),
        folder: Some("plans".into()),
        vietnamese: false,
        lines: lines.iter().map(|l| l.to_string()).collect(),
    };
    let session = block("text", &["$ kdcl check plans", "nothing to see"]);
    let (failures, corrections) = check_block(&session);
    assert_eq!(failures.len(), 1);
    assert_eq!(corrections[0].0, 1, "the output's line is corrected");
    let runs = block("sh", &["kdcl check no-such-folder   # exit 2"]);
    assert_eq!(check_block(&runs).0.len(), 1);
}

#[test]
fn ellipsis_stands_for_any_lines() {
    let lines = |s: &str| s.lines().map(String::from).collect::<Vec<_>>();
    assert!(matches(&lines("a\n…\nd"), &lines("a\nb\nc\nd")));
    assert!(matches(&lines("a\n…\nd"), &lines("a\nd")));
    assert!(!matches(&lines("a\n…\nd"), &lines("a\nb")));
    assert!(!matches(&lines("a\nb"), &lines("a\nb\nc")));
}

#[test]
fn command_lines_are_split_as_a_shell_would() {
    assert_eq!(
        words(command_part(
            r#"kdcl assess "TH Hòa Ninh" plans  # a school"#
        )),
        ["kdcl", "assess", "TH Hòa Ninh", "plans"]
    );
    assert_eq!(words(command_part("kdcl man > kdcl.1")), ["kdcl", "man"]);
}

/// The CI files (the GitHub one is what `kdcl init` writes) install this
/// version of kdcl from its releases, the same in both, and never a crate
/// named kdcl from crates.io, which is not this project's.
#[test]
fn the_ci_files_install_this_kdcl() {
    let setting = |text: &str, key: &str| -> String {
        let line = text
            .lines()
            .find_map(|l| l.trim().strip_prefix(&format!("{key}:")))
            .unwrap_or_else(|| panic!("no {key} in\n{text}"));
        line.trim().trim_matches('"').to_string()
    };
    let mut releases = Vec::new();
    for file in ["docs/ci/github-workflow.yml", "docs/ci/gitlab-ci.yml"] {
        let text = fs::read_to_string(repo().join(file)).unwrap();
        assert_eq!(
            setting(&text, "KDCL_VERSION"),
            env!("CARGO_PKG_VERSION"),
            "{file}: KDCL_VERSION is not kdcl's version (Cargo.toml)"
        );
        assert!(text.contains("sha256sum"), "{file} checks no checksum");
        assert!(!text.contains("cargo install kdcl"), "{file}");
        releases.push(setting(&text, "KDCL_RELEASES"));
    }
    assert_eq!(releases[0], releases[1]);
    let install = fs::read_to_string(repo().join("docs/install.md")).unwrap();
    let base = releases[0].trim_end_matches("/download");
    assert!(
        install.contains(base),
        "docs/install.md does not name {base}"
    );
    assert!(
        install.contains(&format!("kdcl-v{}-", env!("CARGO_PKG_VERSION"))),
        "docs/install.md names archives of another version"
    );
}
