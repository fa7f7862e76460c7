//! Self-evaluation files in `kdcl check` and `kdcl assess` on real files: the
//! examples of each circular, exit statuses, and files shared between plans.

mod common;

use std::fs;
use std::path::Path;

use common::{cases, kdcl, kdcl_env, repo};

fn example(name: &str) -> std::path::PathBuf {
    repo().join("examples").join(name)
}

#[test]
fn the_assess_examples_are_clean() {
    for name in ["assess-tt17", "assess-tt18", "assess-tt19"] {
        let run = kdcl(&example(name), &["check", "plans", "--deny", "warnings"]);
        assert_eq!(run.status, 0, "{name}:\n{}", run.stdout);
        // Plan, roster and evaluation file.
        assert_eq!(run.stdout, "3 files checked: no problems found\n", "{name}");
    }
}

/// One school per circular at each level the examples hold.
#[test]
fn assess_each_example() {
    for (name, school, snapshot) in [
        ("assess-tt17", "TH-01", "tt17-muc-2"),
        ("assess-tt17", "TH Đạ Nhar", "tt17-muc-3"),
        // 22 of 27 criteria at level 3, one at level 1: Mức 1.
        ("assess-tt17", "TH-03", "tt17-muc-1-not-fractional"),
        ("assess-tt18", "DK-03", "tt18-muc-4"),
        ("assess-tt18", "TH&THCS Sùng Phài", "tt18-multi-level-muc-1"),
        ("assess-tt19", "MN Tân Phong", "tt19-muc-3"),
        ("assess-tt19", "TP-03", "tt19-no-level"),
    ] {
        let run = kdcl(&example(name), &["assess", school]);
        assert_eq!(run.status, 0, "{name} {school}: {}", run.stderr);
        assert!(run.stderr.is_empty(), "{}", run.stderr);
        // Plain ASCII borders when standard output is not a terminal.
        assert!(run.stdout.starts_with("Trường"), "{}", run.stdout);
        assert!(!run.stdout.contains('│') && run.stdout.contains("+="));
        insta::assert_snapshot!(format!("assess-{snapshot}"), run.stdout);
    }
}

/// The Mức 4 items are paraphrases kept in data/ in both languages: a
/// Vietnamese reader sees none in English.
#[test]
fn muc_4_items_are_shown_in_the_language_of_the_output() {
    for (name, school) in [("assess-tt17", "TH-01"), ("assess-tt19", "MN Tân Phong")] {
        let run = kdcl_env(&example(name), &["assess", school], &[("KDCL_LANG", "vi")]);
        assert_eq!(run.status, 0, "{name} {school}: {}", run.stderr);
        let items: Vec<&str> = run
            .stdout
            .lines()
            .filter(|l| l.starts_with("| M4."))
            .collect();
        assert_eq!(items.len(), 5, "{}", run.stdout);
        insta::assert_snapshot!(format!("assess-{name}-muc-4-vi"), items.join("\n"));
    }
}

#[test]
fn assess_levels_follow_the_cumulative_rule() {
    let level = |name: &str, school: &str| {
        let out = kdcl(&example(name), &["assess", school]).stdout;
        out.lines()
            .find(|l| l.starts_with("Level: "))
            .unwrap_or_default()
            .split(':')
            .nth(1)
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    assert_eq!(level("assess-tt17", "TH-01"), "Mức 2");
    assert_eq!(level("assess-tt17", "TH-02"), "Mức 3");
    assert_eq!(level("assess-tt17", "TH-03"), "Mức 1");
    assert_eq!(level("assess-tt18", "DK-03"), "Mức 4");
    assert_eq!(level("assess-tt18", "DK-05"), "Mức 1");
    assert_eq!(level("assess-tt19", "TP-01"), "Mức 3");
    assert_eq!(level("assess-tt19", "TP-02"), "Mức 1");
    assert_eq!(level("assess-tt19", "TP-03"), "none");
}

#[test]
fn assess_takes_a_folder_or_a_plan_before_the_school() {
    let dir = example("assess-tt17");
    let default = kdcl(&dir, &["assess", "TH-01"]).stdout;
    assert_eq!(default, kdcl(&dir, &["assess", "plans", "TH-01"]).stdout);
    assert_eq!(
        default,
        kdcl(
            &dir,
            &["assess", "plans/lam-dong/xa-hoa-ninh/2026.toml", "th-01"]
        )
        .stdout
    );
    // By name, spelt as the plan spells it ("Hòa" for the roster's "Hoà").
    assert_eq!(default, kdcl(&dir, &["assess", "TH Hòa Ninh"]).stdout);
}

#[test]
fn assess_cannot_do_its_job_exits_2() {
    let run = kdcl(&example("assess-tt17"), &["assess", "TH Không Có"]);
    assert_eq!(run.status, 2);
    assert!(run.stdout.is_empty());
    assert_eq!(
        run.stderr.trim(),
        "kdcl: no roster under plans has a school \"TH Không Có\"; give its roster code or its name as the roster writes it"
    );

    // An area whose plans name no evaluation file.
    let run = kdcl(&example("minimal"), &["assess", "HN-02"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains(
            "no plan using plans/lam-dong/xa-hoa-ninh/roster.csv names a file of them: write them in evaluation.csv"
        ),
        "{}",
        run.stderr
    );

    // A school of the roster without rows in the evaluation file.
    let run = kdcl(
        &cases().join("KD429-evaluation-unchecked/fail"),
        &["assess", "DK-04"],
    );
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("has no rows in"), "{}", run.stderr);

    let run = kdcl(
        &example("assess-tt17"),
        &["assess", "plans", "TH-01", "extra"],
    );
    assert_eq!(run.status, 2);
    let run = kdcl(&example("assess-tt17"), &["assess"]);
    assert_eq!(run.status, 2);
    let run = kdcl(
        &example("assess-tt17"),
        &["assess", "no/such/folder", "TH-01"],
    );
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("cannot read no/such/folder"),
        "{}",
        run.stderr
    );
    let tmp = tempfile::tempdir().unwrap();
    let run = kdcl(tmp.path(), &["assess", "TH-01"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("no ./plans folder"), "{}", run.stderr);
}

#[test]
fn an_incomplete_evaluation_is_shown_and_exits_1() {
    let run = kdcl(
        &cases().join("KD421-evaluation-missing-criterion/fail"),
        &["assess", "DK-02"],
    );
    assert_eq!(run.status, 1);
    insta::assert_snapshot!("assess-incomplete", run.stdout);
}

#[test]
fn a_plan_target_the_evaluation_does_not_support_is_shown() {
    let run = kdcl(
        &cases().join("KD424-evaluation-below-target/fail"),
        &["assess", "TH Đoàn Kết"],
    );
    assert_eq!(run.status, 0);
    assert!(
        run.stdout.contains(
            "proposes national-standard level 2 (mức độ 2), which needs Mức 3: not supported (KD424)."
        ),
        "{}",
        run.stdout
    );
}

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

const PLAN_HEAD: &str =
    "[plan]\ntitle = \"T\"\nissuer = \"UBND xã A\"\narea = \"xã A\"\nprovince = \"P\"\n";

/// Rows for every criterion of Circular 19 at `level`.
fn preschool_rows(code: &str, level: u8) -> String {
    let counts = [10, 3, 6, 2, 4];
    let mut out = String::new();
    for (s, n) in counts.iter().enumerate() {
        for c in 1..=*n {
            out.push_str(&format!("{code},{}.{c},{level}\r\n", s + 1));
        }
    }
    out
}

#[test]
fn an_evaluation_file_shared_by_two_plans_is_judged_once() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    for year in [2025, 2026] {
        write(
            tmp.path(),
            &format!("plans/a/b/{year}.toml"),
            &format!(
                "{PLAN_HEAD}year = {year}\nroster = \"roster.csv\"\nevaluation = \"evaluation.csv\"\n"
            ),
        );
    }
    write(
        tmp.path(),
        "plans/a/b/roster.csv",
        "code,name,kind\nA,MN A,MN\n",
    );
    // BOM and CRLF; one unknown criterion on line 27.
    write(
        tmp.path(),
        "plans/a/b/evaluation.csv",
        &format!(
            "\u{feff}code,criterion,level\r\n{}A,2.4,2\r\n",
            preschool_rows("A", 2)
        ),
    );
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let all = run.json()["diagnostics"].as_array().unwrap().clone();
    assert_eq!(all.len(), 1, "{}", run.stdout);
    assert_eq!(all[0]["code"], "KD420");
    assert_eq!(
        (all[0]["line"].as_u64(), all[0]["column"].as_u64()),
        (Some(27), Some(3))
    );
    // Two plans, the roster and the evaluation file.
    assert_eq!(run.json()["files_checked"], 4);
}

#[test]
fn an_evaluation_without_a_roster_is_a_note_on_the_key() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    write(
        tmp.path(),
        "plans/a/b/2025.toml",
        &format!("{PLAN_HEAD}year = 2025\nevaluation = \"evaluation.csv\"\n"),
    );
    write(
        tmp.path(),
        "plans/a/b/evaluation.csv",
        &format!("code,criterion,level\n{}", preschool_rows("A", 2)),
    );
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let d = &run.json()["diagnostics"];
    assert_eq!(d.as_array().unwrap().len(), 1, "{}", run.stdout);
    assert_eq!(d[0]["code"], "KD429");
    assert_eq!(d[0]["line"], 7);
    assert_eq!(run.status, 0);
}

#[cfg(unix)]
#[test]
fn an_evaluation_linked_from_outside_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    let elsewhere = tempfile::tempdir().unwrap();
    write(
        elsewhere.path(),
        "secret.csv",
        "code,criterion,level\nA,1.1,3\n",
    );
    write(
        tmp.path(),
        "plans/a/b/2025.toml",
        &format!("{PLAN_HEAD}year = 2025\nevaluation = \"evaluation.csv\"\n"),
    );
    std::os::unix::fs::symlink(
        elsewhere.path().join("secret.csv"),
        tmp.path().join("plans/a/b/evaluation.csv"),
    )
    .unwrap();
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let d = &run.json()["diagnostics"][0];
    assert_eq!(d["code"], "KD428", "{}", run.stdout);
    assert!(d["message"].as_str().unwrap().contains("link"), "{d}");
    assert_eq!(run.json()["files_checked"], 1);
}

#[test]
fn a_name_in_two_areas_is_ambiguous() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    for area in ["b", "c"] {
        write(
            tmp.path(),
            &format!("plans/a/{area}/2025.toml"),
            &format!("{PLAN_HEAD}year = 2025\nevaluation = \"evaluation.csv\"\n"),
        );
        write(
            tmp.path(),
            &format!("plans/a/{area}/roster.csv"),
            &format!("code,name,kind\n{area}1,Trường Mầm non Hoa Sen,MN\n"),
        );
        write(
            tmp.path(),
            &format!("plans/a/{area}/evaluation.csv"),
            &format!(
                "code,criterion,level\n{}",
                preschool_rows(&format!("{area}1"), 2)
            ),
        );
    }
    let run = kdcl(tmp.path(), &["assess", "MN Hoa Sen"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("matches more than one school")
            && run.stderr.contains("(b1) in plans/a/b/roster.csv")
            && run.stderr.contains("(c1) in plans/a/c/roster.csv"),
        "{}",
        run.stderr
    );
    let run = kdcl(tmp.path(), &["assess", "plans/a/c", "MN Hoa Sen"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Level: Mức 2"), "{}", run.stdout);
}

#[test]
fn an_evaluation_file_that_is_not_utf8_is_reported_on_the_key() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    write(
        tmp.path(),
        "plans/a/b/2025.toml",
        &format!(
            "{PLAN_HEAD}year = 2025\nroster = \"roster.csv\"\nevaluation = \"evaluation.csv\"\n"
        ),
    );
    write(
        tmp.path(),
        "plans/a/b/roster.csv",
        "code,name,kind\nA,MN A,MN\n",
    );
    // Windows-1258 bytes, as Excel saves "CSV" on a Vietnamese Windows.
    fs::write(
        tmp.path().join("plans/a/b/evaluation.csv"),
        b"code,criterion,level\nA,1.1,\xd0\xe3t\n",
    )
    .unwrap();
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let all = run.json()["diagnostics"].as_array().unwrap().clone();
    assert_eq!(all.len(), 1, "{}", run.stdout);
    assert_eq!(all[0]["code"], "KD427");
    assert_eq!(all[0]["line"], 8);
    assert!(all[0]["help"].to_string().contains("line 2"), "{}", all[0]);
    assert_eq!(run.json()["files_checked"], 3);
}
