//! The command line as users and CI meet it: the seed plans, exit statuses,
//! formats, and the guarantees of a gate (isolation, stability, no writes).

mod common;

use std::fs;
use std::path::Path;

use common::{cases, copy_tree, kdcl, repo};

#[test]
fn seed_plans_human() {
    let run = kdcl(&repo(), &["check", "plans"]);
    assert_eq!(
        run.status, 0,
        "the seeds have warnings only:\n{}",
        run.stdout
    );
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn seed_plans_json() {
    let run = kdcl(&repo(), &["check", "plans", "--format", "json"]);
    assert_eq!(run.status, 0, "the seeds have warnings only");
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn seed_plans_github() {
    let run = kdcl(&repo(), &["check", "plans", "--format", "github"]);
    assert_eq!(run.status, 0, "the seeds have warnings only");
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn default_path_is_plans() {
    let explicit = kdcl(&repo(), &["check", "plans"]);
    let default = kdcl(&repo(), &["check"]);
    assert_eq!(explicit.stdout, default.stdout);
}

#[test]
fn deny_warnings_fails_on_warnings_only() {
    let dir = cases().join("KD006-year-mismatch/fail");
    assert_eq!(kdcl(&dir, &["check", "plans"]).status, 0);
    let denied = kdcl(&dir, &["check", "plans", "--deny", "warnings"]);
    assert_eq!(denied.status, 1);
    let clean = cases().join("KD006-year-mismatch/pass");
    assert_eq!(
        kdcl(&clean, &["check", "plans", "--deny", "warnings"]).status,
        0
    );
}

#[test]
fn kdcl_could_not_do_its_job_exits_2() {
    let run = kdcl(&repo(), &["check", "no/such/folder"]);
    assert_eq!(run.status, 2);
    assert!(run.stdout.is_empty());
    assert_eq!(
        run.stderr.trim(),
        "kdcl: cannot read no/such/folder: no such file or folder"
    );

    let run = kdcl(&repo(), &["check", "--format", "xml"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("invalid value 'xml'"), "{}", run.stderr);

    let tmp = tempfile::tempdir().unwrap();
    let run = kdcl(tmp.path(), &["check"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("no ./plans folder"), "{}", run.stderr);
}

#[test]
fn a_broken_file_does_not_stop_the_others() {
    let dirs = [
        "KD001-toml-syntax/fail/plans",
        "KD303-csv-syntax/fail/plans",
        "KD101-target-count-mismatch/fail/plans",
    ];
    let run = kdcl(
        &cases(),
        &[&["check", "--format", "json"][..], &dirs].concat(),
    );
    let codes = run.codes();
    for code in ["KD001", "KD303", "KD101"] {
        assert!(codes.iter().any(|c| c == code), "{code} missing: {codes:?}");
    }
    // Three plans and the three rosters beside them.
    assert_eq!(run.json()["files_checked"], 6);
    assert_eq!(run.status, 1);
}

#[test]
fn output_does_not_depend_on_argument_order_or_run() {
    let a = [
        "check",
        "KD202-school-name-variant/fail/plans",
        "KD105-wave-count-mismatch/fail/plans",
    ];
    let b = [
        "check",
        "KD105-wave-count-mismatch/fail/plans",
        "KD202-school-name-variant/fail/plans",
    ];
    let first = kdcl(&cases(), &a).stdout;
    assert_eq!(first, kdcl(&cases(), &a).stdout);
    assert_eq!(first, kdcl(&cases(), &b).stdout);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let dir = cases().join("KD101-target-count-mismatch/fail");
    // Standard output is a pipe here: no colour by default.
    assert!(!kdcl(&dir, &["check", "plans"]).stdout.contains('\x1b'));
    assert!(
        kdcl(&dir, &["check", "plans", "--color", "always"])
            .stdout
            .contains("\x1b[")
    );
    assert!(
        !kdcl(&dir, &["check", "plans", "--color", "never"])
            .stdout
            .contains('\x1b')
    );
}

fn snapshot_tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.display().to_string(), fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn no_input_file_is_written() {
    let before = snapshot_tree(&repo().join("plans"));
    for format in ["human", "json", "github"] {
        kdcl(&repo(), &["check", "plans", "--format", format]);
    }
    assert_eq!(before, snapshot_tree(&repo().join("plans")));
}

#[test]
fn an_escaping_roster_is_refused_without_being_read() {
    // outside/roster.csv is not a roster: reading it would report KD304.
    let dir = cases().join("KD301-roster-outside-repository/fail");
    let run = kdcl(&dir, &["check", "plans", "--format", "json"]);
    assert_eq!(run.codes().iter().filter(|c| *c == "KD301").count(), 1);
    assert!(!run.codes().iter().any(|c| c == "KD304"));
    assert_eq!(run.json()["files_checked"], 1);
    assert!(!run.stdout.contains("outside/roster.csv\","));
}

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

const PLAN_HEAD: &str = "[plan]\ntitle = \"T\"\nissuer = \"UBND xã A\"\narea = \"xã A\"\nprovince = \"P\"\nyear = 2025\n";

#[test]
fn absolute_roster_paths_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    let elsewhere = tempfile::tempdir().unwrap();
    write(
        elsewhere.path(),
        "roster.csv",
        "code,name,kind\nA,MN A,MN\n",
    );
    let roster = elsewhere
        .path()
        .join("roster.csv")
        .display()
        .to_string()
        .replace('\\', "/");
    write(
        tmp.path(),
        "plans/a/b/2025.toml",
        &format!("{PLAN_HEAD}roster = \"{roster}\"\n"),
    );
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let d = &run.json()["diagnostics"][0];
    assert_eq!(d["code"], "KD301");
    assert!(
        d["message"].as_str().unwrap().contains("absolute path"),
        "{d}"
    );
    assert_eq!(run.json()["files_checked"], 1);
}

#[cfg(unix)]
#[test]
fn a_symlink_leading_out_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    let elsewhere = tempfile::tempdir().unwrap();
    write(
        elsewhere.path(),
        "secret.csv",
        "code,name,kind\nA,MN A,MN\n",
    );
    write(
        tmp.path(),
        "plans/a/b/2025.toml",
        &format!("{PLAN_HEAD}roster = \"roster.csv\"\n"),
    );
    std::os::unix::fs::symlink(
        elsewhere.path().join("secret.csv"),
        tmp.path().join("plans/a/b/roster.csv"),
    )
    .unwrap();
    let run = kdcl(
        tmp.path(),
        &["check", "plans/a/b/2025.toml", "--format", "json"],
    );
    let d = &run.json()["diagnostics"][0];
    assert_eq!(d["code"], "KD301", "{}", run.stdout);
    assert!(d["message"].as_str().unwrap().contains("link"), "{d}");
    assert_eq!(run.json()["files_checked"], 1);
}

#[test]
fn bom_crlf_and_decomposed_names_are_read_as_written() {
    use unicode_normalization::UnicodeNormalization;
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    let plan = format!(
        "{PLAN_HEAD}roster = \"roster.csv\"\n[targets]\ntotal = 2\n[[school]]\nschool = \"{}\"\naction = \"new\"\n[[school]]\nschool = \"TH Thanh Hoà\"\naction = \"new\"\n",
        "MN Nậm Loỏng".nfd().collect::<String>()
    )
    .replace('\n', "\r\n");
    write(tmp.path(), "plans/a/b/2025.toml", &plan);
    write(
        tmp.path(),
        "plans/a/b/roster.csv",
        "\u{feff}code,name,kind\r\nA1,Trường Mầm non Nậm Loỏng,MN\r\nA2,Trường Tiểu học Thanh Hòa,TH\r\nA3,Trường Tiểu học Số 3,THX\r\n",
    );
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let d = &run.json()["diagnostics"];
    // The only finding is the bad kind on line 4, column 25 (characters, not bytes).
    assert_eq!(d.as_array().unwrap().len(), 1, "{}", run.stdout);
    assert_eq!(d[0]["code"], "KD306");
    assert_eq!(
        (d[0]["line"].as_u64(), d[0]["column"].as_u64()),
        (Some(4), Some(25))
    );
    assert_eq!(d[0]["end_column"].as_u64(), Some(28));
}

#[test]
fn rules_and_explain() {
    let run = kdcl(&repo(), &["rules"]);
    assert_eq!(run.status, 0);
    assert_eq!(run.stdout.lines().count(), kdcl::rules::ALL.len());
    insta::assert_snapshot!("explain-KD101", kdcl(&repo(), &["explain", "KD101"]).stdout);
    assert_eq!(
        kdcl(&repo(), &["explain", "target-count-mismatch"]).stdout,
        kdcl(&repo(), &["explain", "kd101"]).stdout
    );
    let unknown = kdcl(&repo(), &["explain", "KD999"]);
    assert_eq!(unknown.status, 2);
    assert!(unknown.stderr.contains("kdcl rules"));
}

#[test]
fn the_minimal_example_is_clean_and_each_family_example_shows_its_findings() {
    let examples = repo().join("examples");
    let minimal = kdcl(
        &examples.join("minimal"),
        &["check", "plans", "--deny", "warnings"],
    );
    assert_eq!(minimal.status, 0, "{}", minimal.stdout);
    assert!(minimal.stdout.ends_with("no problems found\n"));
    for (family, prefix) in [
        ("plan-file", "KD0"),
        ("targets", "KD1"),
        ("schools", "KD2"),
        ("roster", "KD3"),
    ] {
        let dir = examples.join(family);
        let codes = kdcl(&dir, &["check", "plans", "--format", "json"]).codes();
        assert!(
            codes.iter().any(|c| c.starts_with(prefix)),
            "{family}: {codes:?}"
        );
        insta::assert_snapshot!(
            format!("example-{family}"),
            kdcl(&dir, &["check", "plans"]).stdout
        );
    }
}

#[test]
fn an_unreadable_roster_is_reported_on_the_plans_roster_key() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    write(
        tmp.path(),
        "plans/a/b/2025.toml",
        &format!("{PLAN_HEAD}roster = \"roster.csv\"\nroster_encoding = \"utf-8\"\n"),
    );
    // Windows-1258 bytes, as Excel saves "CSV" on a Vietnamese Windows, read
    // as UTF-8 because the plan says so.
    fs::write(
        tmp.path().join("plans/a/b/roster.csv"),
        b"code,name,kind\nA,Tr\xd2\xeang M\xe2m non A,MN\n",
    )
    .unwrap();
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let all = run.json()["diagnostics"].as_array().unwrap().clone();
    assert_eq!(all.len(), 1, "{}", run.stdout);
    let d = &all[0];
    assert_eq!(d["code"], "KD302");
    assert_eq!(
        (d["file"].as_str(), d["line"].as_u64()),
        (Some("plans/a/b/2025.toml"), Some(7))
    );
    let help = d["help"].to_string();
    assert!(
        help.contains("not valid UTF-8") && help.contains("line 2"),
        "{help}"
    );
}

#[test]
fn decomposed_text_is_reported_in_nfc() {
    use unicode_normalization::UnicodeNormalization;
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    let nfd: String = "MN Nậm Loong".nfd().collect();
    write(
        tmp.path(),
        "plans/a/b/2025.toml",
        &format!(
            "{PLAN_HEAD}roster = \"roster.csv\"\n[[school]]\nschool = \"{nfd}\"\naction = \"new\"\n"
        ),
    );
    write(
        tmp.path(),
        "plans/a/b/roster.csv",
        "code,name,kind\nA,Trường Mầm non Nậm Loỏng,MN\n",
    );
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let d = &run.json()["diagnostics"][0];
    assert_eq!(d["code"], "KD202");
    assert_eq!(d["school"], "MN Nậm Loong");
    let message = d["message"].as_str().unwrap();
    assert_eq!(message, message.nfc().collect::<String>());
    assert!(message.contains("\"MN Nậm Loong\""), "{message}");
}

#[test]
fn completions_and_man_page_come_from_the_command_definitions() {
    // Every subcommand clap knows, so a new command cannot be left out.
    use clap::CommandFactory;
    let cli = kdcl::commands::Cli::command();
    let names: Vec<String> = cli
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for expected in ["check", "init", "new", "schema", "summary", "due"] {
        assert!(names.iter().any(|n| n == expected), "{expected}: {names:?}");
    }
    let subcommands: Vec<&str> = names.iter().map(String::as_str).collect();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = kdcl(&repo(), &["completions", shell]);
        assert_eq!(run.status, 0, "{shell}");
        for sub in &subcommands {
            assert!(run.stdout.contains(sub), "{shell} completion lacks {sub}");
        }
    }
    let bash = kdcl(&repo(), &["completions", "bash"]).stdout;
    let tmp = tempfile::tempdir().unwrap();
    let script = tmp.path().join("kdcl.bash");
    fs::write(&script, bash).unwrap();
    let syntax = std::process::Command::new("bash")
        .arg("-n")
        .arg(&script)
        .status()
        .unwrap();
    assert!(
        syntax.success(),
        "the bash completion script is not valid bash"
    );
    let man = kdcl(&repo(), &["man"]);
    assert_eq!(man.status, 0);
    assert!(man.stdout.contains(".TH kdcl 1"));
    for sub in &subcommands {
        assert!(man.stdout.contains(sub), "man page lacks {sub}");
    }
    assert_eq!(kdcl(&repo(), &["completions", "tcsh"]).status, 2);
}

#[test]
fn init_starts_a_repository_that_checks_clean_and_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    let run = kdcl(tmp.path(), &["init", "repo"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    insta::assert_snapshot!("init", run.stdout);
    let repo_dir = tmp.path().join("repo");
    let check = kdcl(&repo_dir, &["check", "--deny", "warnings"]);
    assert_eq!(check.status, 0, "{}", check.stdout);
    // The workflow and schema are the ones documented and printed.
    assert_eq!(
        fs::read_to_string(repo_dir.join(".github/workflows/kdcl.yml")).unwrap(),
        fs::read_to_string(repo().join("docs/ci/github-workflow.yml")).unwrap()
    );
    assert_eq!(
        fs::read_to_string(repo_dir.join("plan.schema.json")).unwrap(),
        kdcl(&repo(), &["schema"]).stdout
    );
    // A second run keeps every file, including one the user changed.
    let plan = repo_dir.join("plans/lam-dong/xa-hoa-ninh/2026.toml");
    fs::write(&plan, "# my own plan\n").unwrap();
    let again = kdcl(&repo_dir, &["init"]);
    assert_eq!(again.status, 0);
    assert!(!again.stdout.contains("created"), "{}", again.stdout);
    assert_eq!(fs::read_to_string(&plan).unwrap(), "# my own plan\n");
}

#[test]
fn init_with_a_period_drafts_the_period_plan_which_agrees_with_the_year_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let run = kdcl(tmp.path(), &["init", "repo", "--period", "2026-2030"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let repo_dir = tmp.path().join("repo");
    let plan =
        fs::read_to_string(repo_dir.join("plans/lam-dong/xa-hoa-ninh/2026-2030.toml")).unwrap();
    insta::assert_snapshot!("init_period_plan", plan);
    // The period's by_year, before, after and share agree with the roster
    // and the 2026 plan: nothing to report, not even a warning.
    let check = kdcl(&repo_dir, &["check", "--deny", "warnings"]);
    assert_eq!(check.status, 0, "{}", check.stdout);
    assert!(check.stdout.contains("3 files"), "{}", check.stdout);
    // A period that is not one is refused by the command line.
    assert_eq!(
        kdcl(tmp.path(), &["init", "other", "--period", "2030-2026"]).status,
        2
    );
}

#[test]
fn new_drafts_next_years_plan_that_checks_clean() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("examples/multi-year"), tmp.path());
    let area = "plans/lam-dong/xa-tan-ha";
    let run = kdcl(tmp.path(), &["new", "--area", area, "--year", "2026"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let draft = fs::read_to_string(tmp.path().join(area).join("2026.toml")).unwrap();
    insta::assert_snapshot!("new-draft", draft);
    // The draft itself raises no finding but the notes that the roster
    // lacks the 2025 results (KD505, said in the draft too); the earlier
    // plans keep theirs.
    let check = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let in_draft: Vec<_> = check.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"].as_str().unwrap().ends_with("2026.toml"))
        .filter(|d| d["code"] != "KD505")
        .cloned()
        .collect();
    assert!(in_draft.is_empty(), "{in_draft:?}");
    // Never over an existing plan; nothing to draft from without an earlier plan.
    let again = kdcl(tmp.path(), &["new", "--area", area, "--year", "2026"]);
    assert_eq!(again.status, 2);
    assert!(
        again.stderr.contains("never overwrites"),
        "{}",
        again.stderr
    );
    assert_eq!(
        fs::read_to_string(tmp.path().join(area).join("2026.toml")).unwrap(),
        draft
    );
    let early = kdcl(tmp.path(), &["new", "--area", area, "--year", "2020"]);
    assert_eq!(early.status, 2);
    assert!(!tmp.path().join(area).join("2020.toml").exists());
}

#[test]
fn new_drafts_a_period_plan_with_the_terms_ending_each_year() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("examples/multi-year"), tmp.path());
    let area = "plans/lam-dong/xa-tan-ha";
    let run = kdcl(
        tmp.path(),
        &["new", "--area", area, "--period", "2026-2030"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let draft = fs::read_to_string(tmp.path().join(area).join("2026-2030.toml")).unwrap();
    assert!(draft.contains("period   = \"2026-2030\""), "{draft}");
    for year in 2026..=2030 {
        assert!(draft.contains(&format!("# {year} = …")), "{draft}");
    }
    insta::assert_snapshot!("new-period-draft", draft);
    // The draft is a valid period plan: no finding in it.
    let check = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let in_draft: Vec<_> = check.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"].as_str().unwrap().ends_with("2026-2030.toml"))
        .cloned()
        .collect();
    assert!(in_draft.is_empty(), "{in_draft:?}");
    let again = kdcl(
        tmp.path(),
        &["new", "--area", area, "--period", "2026-2030"],
    );
    assert_eq!(again.status, 2);
    let both = kdcl(
        tmp.path(),
        &[
            "new",
            "--area",
            area,
            "--year",
            "2026",
            "--period",
            "2026-2030",
        ],
    );
    assert_eq!(both.status, 2);
}
