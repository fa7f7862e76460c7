//! `kdcl check` on the seeds as every kind of file an office publishes: the
//! same findings, in the same order, as on the seed's text.

mod common;

use std::path::PathBuf;

use common::{command, repo};

const SEEDS: &[&str] = &[
    "000_68e33ddb0a6429cd",
    "001_5f912ce232b9b190",
    "002_b215b43b530f5f5e",
    "003_7ef3c6f935665ea2",
    "004_8688f9dfd4484144",
];

/// (code, message) of each finding of `kdcl check FILE`, and its exit status.
fn findings(file: &PathBuf) -> (Vec<(String, String)>, i32) {
    let out = command()
        .current_dir(repo())
        .args(["check", "--format", "json"])
        .arg(file)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let json: serde_json::Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{}: not JSON ({e}): {stdout}", file.display()));
    let list = json["diagnostics"].as_array().unwrap();
    let found = list
        .iter()
        .map(|d| {
            let text = |k: &str| d[k].as_str().unwrap_or_default().to_string();
            (text("code"), text("message"))
        })
        .collect();
    (found, out.status.code().unwrap_or(-1))
}

#[test]
fn every_format_of_every_seed_gives_the_findings_of_its_text() {
    let docs = repo().join("tests/documents");
    for seed in SEEDS {
        let (expected, status) = findings(&docs.join(format!("seeds/{seed}.txt")));
        for ext in ["docx", "odt", "html", "pdf"] {
            let file = docs.join(format!("files/{seed}.{ext}"));
            let (got, got_status) = findings(&file);
            assert_eq!(got, expected, "{}", file.display());
            assert_eq!(got_status, status, "{}", file.display());
        }
    }
}

#[test]
fn lai_chau_s_two_spellings_are_found_inside_its_word_file() {
    let file = repo().join("tests/documents/files/004_8688f9dfd4484144.docx");
    let (found, status) = findings(&file);
    assert_eq!(status, 0, "warnings alone do not fail a check");
    assert!(
        found.iter().any(|(code, message)| code == "KD205"
            && message.contains("Nậm Loỏng")
            && message.contains("Nậm Loong")),
        "{found:?}"
    );
}

#[test]
fn what_a_reader_left_out_is_said_on_standard_error_by_check_and_import() {
    let file = repo().join("tests/documents/files/numbered.odt");
    for command_line in [&["check"][..], &["import"][..]] {
        let out = command()
            .current_dir(repo())
            .args(command_line)
            .arg(&file)
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.contains("numbered.odt: the numbers of list items"),
            "{command_line:?}: {stderr}"
        );
    }
}

#[test]
fn a_document_that_never_names_its_province_gets_a_note_on_the_document_not_an_error() {
    let file = repo().join("tests/documents/files/001_5f912ce232b9b190.docx");
    for lang in ["en", "vi"] {
        let out = command()
            .current_dir(repo().join("tests/documents/files"))
            .env("KDCL_LANG", lang)
            .args(["check", "001_5f912ce232b9b190.docx"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", file.display());
        insta::assert_snapshot!(
            format!("province_not_said_{lang}"),
            String::from_utf8(out.stdout).unwrap()
        );
    }
}
