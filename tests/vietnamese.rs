//! kdcl in Vietnamese: `--lang vi` and the environment (KDCL_LANG, then the
//! locale), the same findings with the same codes, and no English left in
//! what a Vietnamese reader sees.

mod common;

use common::{cases, kdcl, kdcl_env, repo};

fn case(dir: &str) -> std::path::PathBuf {
    cases().join(dir).join("fail")
}

/// Every failing case's command (as tests/rules.rs runs it).
fn every_case() -> Vec<(String, Vec<String>)> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(cases()).unwrap() {
        let dir = entry.unwrap().path();
        let cmd = std::fs::read_to_string(dir.join("cmd")).unwrap_or_else(|_| "check plans".into());
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        all.push((name, cmd.split_whitespace().map(str::to_string).collect()));
    }
    all.sort();
    all
}

#[test]
fn rule_cases_in_vietnamese() {
    for dir in [
        "KD101-target-count-mismatch",
        "KD202-school-name-variant",
        "KD406-raise-too-soon",
        "KD424-evaluation-below-target",
    ] {
        let run = kdcl(&case(dir), &["--lang", "vi", "check", "plans"]);
        insta::assert_snapshot!(format!("{dir}-vi"), run.stdout);
    }
}

#[test]
fn seed_plans_in_vietnamese() {
    let run = kdcl(&repo(), &["check", "plans", "--lang", "vi"]);
    assert_eq!(run.status, 0);
    insta::assert_snapshot!("seed-plans-vi", run.stdout);
}

#[test]
fn reports_in_vietnamese() {
    let summary = kdcl(
        &repo(),
        &["--lang", "vi", "summary", "--year", "2024", "plans"],
    );
    assert_eq!(summary.status, 0);
    insta::assert_snapshot!("summary-2024-vi", summary.stdout);
    let multi = repo().join("examples/multi-year");
    let diff = kdcl(&multi, &["--lang", "vi", "diff", "plans"]);
    insta::assert_snapshot!("diff-multi-year-vi", diff.stdout);
    let due = kdcl(&multi, &["--lang", "vi", "due", "--year", "2026", "plans"]);
    insta::assert_snapshot!("due-2026-vi", due.stdout);
}

#[test]
fn explain_and_help_in_vietnamese() {
    let explain = kdcl(&repo(), &["--lang", "vi", "explain", "KD406"]);
    assert_eq!(explain.status, 0);
    insta::assert_snapshot!("explain-KD406-vi", explain.stdout);
    // `--lang` before or after the subcommand, and `-h` or `--help`.
    let help = kdcl(&repo(), &["--lang", "vi", "check", "--help"]);
    assert_eq!(help.status, 0);
    insta::assert_snapshot!("check-help-vi", help.stdout);
    let short = kdcl(&repo(), &["check", "-h", "--lang=vi"]);
    assert!(
        short.stdout.contains("Cách dùng: kdcl check"),
        "{}",
        short.stdout
    );
    for sub in ["summary", "diff", "due", "explain"] {
        let run = kdcl(&repo(), &["--lang", "vi", sub, "--help"]);
        assert_eq!(run.status, 0, "{sub}");
        for english in [
            "Usage:",
            "Options:",
            "Arguments:",
            "Print help",
            "[default:",
        ] {
            assert!(
                !run.stdout.contains(english),
                "{sub}: {english}\n{}",
                run.stdout
            );
        }
    }
    let top = kdcl(&repo(), &["--lang", "vi", "--help"]);
    assert!(top.stdout.contains("Lệnh:"), "{}", top.stdout);
}

/// The JSON report keeps its codes, rules, severities and places; only the
/// sentences change language.
#[test]
fn json_in_vietnamese_keeps_codes_and_places() {
    let mut translated = 0;
    for (dir, cmd) in every_case() {
        let mut args: Vec<&str> = cmd.iter().map(String::as_str).collect();
        args.extend(["--format", "json"]);
        let en = kdcl(&case(&dir), &args);
        let vi = kdcl_env(&case(&dir), &args, &[("KDCL_LANG", "vi")]);
        assert_eq!(en.status, vi.status, "{dir}");
        let (en, vi) = (en.json(), vi.json());
        let keep = |doc: &serde_json::Value| -> Vec<serde_json::Value> {
            doc["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| {
                    let mut d = d.clone();
                    let d = d.as_object_mut().unwrap();
                    d.remove("message");
                    d.remove("help");
                    serde_json::Value::Object(d.clone())
                })
                .collect()
        };
        assert_eq!(keep(&en), keep(&vi), "{dir}");
        assert_eq!(en["summary"], vi["summary"], "{dir}");
        assert_eq!(en["version"], vi["version"], "{dir}");
        let messages = |doc: &serde_json::Value| doc["diagnostics"].to_string();
        if messages(&en) != messages(&vi) {
            translated += 1;
        }
    }
    assert!(translated > 40, "only {translated} cases changed language");
    let run = kdcl(
        &case("KD101-target-count-mismatch"),
        &["check", "plans", "--format", "json", "--lang", "vi"],
    );
    insta::assert_snapshot!("KD101-json-vi", run.stdout);
}

/// What a Vietnamese reader sees of every case has none of the English
/// words kdcl itself writes (the TOML reader's own detail, KD001, aside).
#[test]
fn no_english_frame_in_vietnamese_output() {
    for (dir, cmd) in every_case() {
        let mut args = vec!["--lang", "vi"];
        args.extend(cmd.iter().map(String::as_str));
        let run = kdcl(&case(&dir), &args);
        for english in [
            "error[",
            "warning[",
            "note[",
            "= help:",
            "= note:",
            "files checked",
            " is not ",
            " the roster",
            " the plan",
            "(line ",
            "compared:",
        ] {
            assert!(
                !run.stdout.contains(english),
                "{dir}: {english:?} in\n{}",
                run.stdout
            );
        }
    }
}

/// `--lang`, then KDCL_LANG, then the locale (LC_ALL over LC_MESSAGES over
/// LANG, a `vi` locale → Vietnamese), else English.
#[test]
fn language_from_flag_and_environment() {
    let dir = case("KD101-target-count-mismatch");
    let args = ["check", "plans"];
    let is_vi = |env: &[(&str, &str)], extra: &[&str]| {
        let all: Vec<&str> = args.iter().chain(extra).copied().collect();
        let out = kdcl_env(&dir, &all, env).stdout;
        let vi = out.contains("Đã kiểm tra 2 tệp");
        let en = out.contains("2 files checked");
        assert!(
            vi != en,
            "{env:?} {extra:?}: neither or both languages:\n{out}"
        );
        vi
    };
    assert!(!is_vi(&[], &[]), "nothing set: English");
    assert!(!is_vi(&[("LANG", "C")], &[]));
    assert!(!is_vi(&[("LANG", "en_US.UTF-8")], &[]));
    assert!(is_vi(&[("LANG", "vi_VN.UTF-8")], &[]));
    assert!(is_vi(
        &[("LC_ALL", "vi_VN.UTF-8"), ("LANG", "en_US.UTF-8")],
        &[]
    ));
    assert!(!is_vi(&[("LC_ALL", "C"), ("LANG", "vi_VN.UTF-8")], &[]));
    assert!(is_vi(&[("LC_MESSAGES", "vi_VN.UTF-8")], &[]));
    assert!(!is_vi(
        &[("LC_ALL", "C.UTF-8"), ("LC_MESSAGES", "vi_VN.UTF-8")],
        &[]
    ));
    assert!(is_vi(&[("KDCL_LANG", "vi")], &[]));
    assert!(is_vi(
        &[
            ("KDCL_LANG", "vi"),
            ("LC_ALL", "C"),
            ("LANG", "en_US.UTF-8")
        ],
        &[]
    ));
    assert!(!is_vi(
        &[("KDCL_LANG", "en"), ("LC_ALL", "vi_VN.UTF-8")],
        &[]
    ));
    assert!(is_vi(&[("KDCL_LANG", "xx"), ("LANG", "vi_VN.UTF-8")], &[]));
    // The flag wins over everything.
    assert!(!is_vi(
        &[("KDCL_LANG", "vi"), ("LANG", "vi_VN.UTF-8")],
        &["--lang", "en"]
    ));
    assert!(is_vi(
        &[("KDCL_LANG", "en"), ("LC_ALL", "C")],
        &["--lang", "vi"]
    ));
    // A language kdcl does not speak is a usage error.
    let bad = kdcl(&dir, &["check", "plans", "--lang", "fr"]);
    assert_eq!(bad.status, 2);
}

/// kdcl's own refusals on standard error are Vietnamese too.
#[test]
fn refusals_in_vietnamese() {
    let tmp = tempfile::tempdir().unwrap();
    let run = kdcl(tmp.path(), &["--lang", "vi", "check"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("không có thư mục ./plans"),
        "{}",
        run.stderr
    );
    let run = kdcl(tmp.path(), &["--lang", "vi", "check", "nowhere"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr
            .contains("kdcl: không đọc được nowhere: không có tệp hoặc thư mục này"),
        "{}",
        run.stderr
    );
    let run = kdcl(tmp.path(), &["--lang", "vi", "explain", "KD999"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("không có quy tắc `KD999`"),
        "{}",
        run.stderr
    );
}
