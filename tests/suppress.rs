//! Findings a repository accepts: [[allow]] with its end date, a baseline
//! for adopting kdcl, and kdcl.toml settings.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{Run, cases, kdcl};

fn kdcl_on(dir: &Path, today: &str, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_kdcl"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("KDCL_TODAY", today)
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap();
    Run {
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
        status: out.status.code().unwrap(),
    }
}

fn copy_case(case: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    fn copy(from: &Path, to: &Path) {
        for e in fs::read_dir(from).unwrap() {
            let p = e.unwrap().path();
            let t = to.join(p.file_name().unwrap());
            if p.is_dir() {
                fs::create_dir_all(&t).unwrap();
                copy(&p, &t);
            } else {
                fs::copy(&p, &t).unwrap();
            }
        }
    }
    copy(&cases().join(case), tmp.path());
    tmp
}

const PLAN: &str = "plans/lai-chau/doan-ket/2024.toml";

#[test]
fn an_allow_suppresses_until_its_date_and_no_longer() {
    let tmp = copy_case("KD012-allow-expired/pass");
    let plan = tmp.path().join(PLAN);
    let text = fs::read_to_string(&plan)
        .unwrap()
        .replace("until  = 2200-12-31", "until  = 2026-06-30");
    fs::write(&plan, text).unwrap();
    let on_the_day = kdcl_on(
        tmp.path(),
        "2026-06-30",
        &["check", "plans", "--format", "json"],
    );
    assert!(on_the_day.codes().is_empty(), "{}", on_the_day.stdout);
    assert_eq!(on_the_day.json()["summary"]["suppressed"], 1);
    let day_after = kdcl_on(
        tmp.path(),
        "2026-07-01",
        &["check", "plans", "--format", "json"],
    );
    let mut codes = day_after.codes();
    codes.sort();
    assert_eq!(codes, ["KD012", "KD202"]);
    assert_eq!(day_after.json()["summary"]["suppressed"], 0);
}

#[test]
fn a_baseline_hides_recorded_findings_even_after_edits_and_shows_new_ones() {
    let tmp = copy_case("KD101-target-count-mismatch/fail");
    let dir = tmp.path();
    let write = kdcl(
        dir,
        &["check", "plans", "--write-baseline", "kdcl-baseline.json"],
    );
    assert_eq!(write.status, 0, "{}", write.stderr);
    assert!(
        write.stdout.contains("recorded 1 finding"),
        "{}",
        write.stdout
    );
    insta::assert_snapshot!(fs::read_to_string(dir.join("kdcl-baseline.json")).unwrap());
    let quiet = kdcl(dir, &["check", "plans", "--baseline", "kdcl-baseline.json"]);
    assert_eq!(quiet.status, 0, "{}", quiet.stdout);
    assert!(quiet.stdout.contains("(1 suppressed)"), "{}", quiet.stdout);
    // Lines move: the finding stays recorded. A new problem is reported.
    let plan = dir.join(PLAN);
    let text = fs::read_to_string(&plan).unwrap();
    let moved = format!(
        "# a new comment line\n# and another\n{}",
        text.replace("issuer   =", "isuer    =")
    );
    fs::write(&plan, moved).unwrap();
    let run = kdcl(
        dir,
        &[
            "check",
            "plans",
            "--baseline",
            "kdcl-baseline.json",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.codes(), ["KD004", "KD002"], "{}", run.stdout);
    assert_eq!(run.status, 1);
    // A broken baseline is not silently ignored.
    fs::write(dir.join("bad.json"), "{").unwrap();
    let bad = kdcl(dir, &["check", "plans", "--baseline", "bad.json"]);
    assert_eq!(bad.status, 2);
    assert!(
        bad.stderr.contains("cannot read the baseline"),
        "{}",
        bad.stderr
    );
}

#[test]
fn kdcl_toml_sets_paths_deny_and_severities_and_reports_its_own_mistakes() {
    let tmp = copy_case("KD202-school-name-variant/fail");
    let dir = tmp.path();
    assert_eq!(kdcl(dir, &["check"]).status, 0);
    fs::write(
        dir.join("kdcl.toml"),
        "paths = [\"plans\"]\ndeny = [\"warnings\"]\n",
    )
    .unwrap();
    assert_eq!(kdcl(dir, &["check"]).status, 1);
    fs::write(
        dir.join("kdcl.toml"),
        "[severity]\nschool-name-variant = \"note\"\n",
    )
    .unwrap();
    let noted = kdcl(
        dir,
        &["check", "plans", "--format", "json", "--deny", "warnings"],
    );
    assert_eq!(noted.status, 0, "{}", noted.stdout);
    assert_eq!(noted.json()["diagnostics"][0]["severity"], "note");
    fs::write(
        dir.join("kdcl.toml"),
        "path = [\"plans\"]\n[severity]\nKD999 = \"error\"\nKD202 = \"fatal\"\n",
    )
    .unwrap();
    let wrong = kdcl(dir, &["check", "plans"]);
    assert_eq!(wrong.status, 1);
    insta::assert_snapshot!(wrong.stdout);
}

#[test]
fn kdcl_toml_chooses_the_language_unless_the_user_does() {
    let tmp = copy_case("KD202-school-name-variant/fail");
    let dir = tmp.path();
    fs::write(dir.join("kdcl.toml"), "lang = \"vi\"\n").unwrap();
    let vi = kdcl(dir, &["check", "plans"]);
    assert!(vi.stdout.contains("cảnh báo[KD202]"), "{}", vi.stdout);
    let en = kdcl(dir, &["check", "plans", "--lang", "en"]);
    assert!(en.stdout.contains("warning[KD202]"), "{}", en.stdout);
    fs::write(dir.join("kdcl.toml"), "lang = \"fr\"\n").unwrap();
    let wrong = kdcl(dir, &["check", "plans", "--format", "json"]);
    assert!(
        wrong.codes().contains(&"KD003".to_string()),
        "{}",
        wrong.stdout
    );
}
