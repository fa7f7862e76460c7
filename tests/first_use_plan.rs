//! A plan as a specialist types it the first time (issue 17): each case
//! under `tests/first_use/` is checked as a user runs kdcl, in English and
//! in Vietnamese, and what they read is snapshotted.

mod common;

use common::{kdcl, repo};

fn line_with<'a>(out: &'a str, text: &str) -> &'a str {
    out.lines().find(|l| l.contains(text)).unwrap_or_default()
}

/// `kdcl check plans` on the case `name`, in English then in Vietnamese.
fn both(name: &str) -> (common::Run, common::Run) {
    let dir = repo().join("tests/first_use").join(name);
    let en = kdcl(&dir, &["check", "plans"]);
    let vi = kdcl(&dir, &["--lang", "vi", "check", "plans"]);
    (en, vi)
}

#[test]
fn a_plan_under_another_name_is_named_with_the_name_it_needs() {
    let (en, vi) = both("misnamed");
    assert!(en.stdout.contains("KH 2024.toml"), "{}", en.stdout);
    assert!(en.stdout.contains("rename it 2024.toml"), "{}", en.stdout);
    insta::assert_snapshot!("misnamed-en", en.stdout);
    insta::assert_snapshot!("misnamed-vi", vi.stdout);
}

/// KD006 wherever the check starts: from inside the area folder or the
/// `plans` folder (`kdcl check .`) the misnamed plan is found as from the
/// repository's root, and nowhere else is a `.toml` taken for a plan.
#[test]
fn a_misnamed_plan_is_found_from_inside_the_plans_folder() {
    let repo_dir = repo().join("tests/first_use/misnamed");
    let (root, _) = both("misnamed");
    for inside in ["plans", "plans/lai-chau", "plans/lai-chau/doan-ket"] {
        let run = kdcl(&repo_dir.join(inside), &["check", "."]);
        assert_eq!(
            run.stdout.matches("warning[KD006]").count(),
            1,
            "{inside}: {}",
            run.stdout
        );
        assert!(run.stdout.contains("rename it 2024.toml"), "{}", run.stdout);
        // The same finding, its path shown from where the check started.
        let without_path = |out: &str| {
            out.lines()
                .filter(|l| !l.starts_with("-->"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert_eq!(without_path(&run.stdout), without_path(&root.stdout));
        let shown = "plans/lai-chau/doan-ket/KH 2024.toml";
        let at = line_with(&run.stdout, "-->");
        assert!(shown.ends_with(at.trim_start_matches("--> ")), "{at}");
    }
    // No warning for TOML files outside plan folders, wherever checked from.
    let tmp = tempfile::tempdir().unwrap();
    common::write(tmp.path(), "kdcl.toml", "");
    common::write(tmp.path(), "Cargo.toml", "[package]\nname = \"x\"\n");
    common::write(tmp.path(), "tools/rustfmt.toml", "edition = \"2024\"\n");
    common::write(
        tmp.path(),
        "plans/lai-chau/doan-ket/roster.csv",
        "code,name,kind\nDK-01,Trường Mầm non Đoàn Kết,MN\n",
    );
    for dir in ["", "tools", "plans"] {
        let run = kdcl(&tmp.path().join(dir), &["check", "."]);
        assert!(!run.stdout.contains("KD006"), "{dir}: {}", run.stdout);
    }
}

#[test]
fn word_habits_are_said_with_what_to_write_all_in_one_run() {
    let (en, vi) = both("word-habits");
    assert_eq!(en.status, 1);
    assert_eq!(
        en.stdout.matches("error[KD001]").count(),
        4,
        "{}",
        en.stdout
    );
    assert!(en.stdout.contains("`area = \"phường Đoàn Kết\"`"));
    assert!(en.stdout.contains("`level = 2`"));
    insta::assert_snapshot!("word-habits-en", en.stdout);
    insta::assert_snapshot!("word-habits-vi", vi.stdout);
}

#[test]
fn dates_as_vietnamese_write_them_are_read_and_the_rest_converted() {
    let (en, vi) = both("dates");
    // Only the two deadlines kdcl cannot read are reported.
    assert_eq!(en.stdout.matches("[KD007]").count(), 2, "{}", en.stdout);
    assert!(en.stdout.contains("write \"2024-09\""), "{}", en.stdout);
    // The one date not read is shown converted; the others are read.
    assert_eq!(en.stdout.matches("[KD003]").count(), 1, "{}", en.stdout);
    assert!(en.stdout.contains("write \"2024-12-31\""), "{}", en.stdout);
    insta::assert_snapshot!("dates-en", en.stdout);
    insta::assert_snapshot!("dates-vi", vi.stdout);
}

#[test]
fn a_misspelt_action_or_a_vietnamese_key_suggests_what_was_meant() {
    let (en, vi) = both("did-you-mean");
    assert!(
        en.stdout.contains("did you mean \"công nhận mới\"?"),
        "{}",
        en.stdout
    );
    assert!(
        vi.stdout.contains("có phải là \"công nhận mới\"?"),
        "{}",
        vi.stdout
    );
    assert!(
        en.stdout.contains("did you mean `school`?"),
        "{}",
        en.stdout
    );
    assert!(
        en.stdout.contains("did you mean `action`?"),
        "{}",
        en.stdout
    );
    insta::assert_snapshot!("did-you-mean-en", en.stdout);
    insta::assert_snapshot!("did-you-mean-vi", vi.stdout);
}

#[test]
fn level_3_is_told_apart_from_accreditation() {
    let (en, vi) = both("level");
    assert!(en.stdout.contains("`accreditation = 3`"), "{}", en.stdout);
    insta::assert_snapshot!("level-en", en.stdout);
    insta::assert_snapshot!("level-vi", vi.stdout);
}

/// The `fix` case copied into a temporary folder, which `--fix` may write.
fn fix_copy() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let from = repo().join("tests/first_use/fix");
    for rel in [
        "kdcl.toml",
        "plans/lai-chau/doan-ket/2024.toml",
        "plans/lai-chau/doan-ket/roster.csv",
    ] {
        common::write(tmp.path(), rel, std::fs::read(from.join(rel)).unwrap());
    }
    tmp
}

const PLAN: &str = "plans/lai-chau/doan-ket/2024.toml";

#[test]
fn fix_makes_the_safe_fixes_keeps_the_rest_and_says_what_it_changed() {
    let tmp = fix_copy();
    let before = std::fs::read_to_string(tmp.path().join(PLAN)).unwrap();
    let run = kdcl(tmp.path(), &["check", "--fix", "plans"]);
    let after = std::fs::read_to_string(tmp.path().join(PLAN)).unwrap();
    // The plan reads and is clean once fixed; comments stay where they were.
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert_eq!(before.lines().count(), after.lines().count());
    assert!(after.contains("area     = \"phường Đoàn Kết\"   # typed in Word"));
    insta::assert_snapshot!("fix-printed-en", run.stdout);
    insta::assert_snapshot!("fix-file-after", after);
    // The roster is never touched.
    assert_eq!(
        std::fs::read(tmp.path().join("plans/lai-chau/doan-ket/roster.csv")).unwrap(),
        std::fs::read(repo().join("tests/first_use/fix/plans/lai-chau/doan-ket/roster.csv"))
            .unwrap()
    );
    // A second --fix finds nothing left to change.
    let again = kdcl(tmp.path(), &["--lang", "vi", "check", "--fix", "plans"]);
    assert_eq!(
        std::fs::read_to_string(tmp.path().join(PLAN)).unwrap(),
        after
    );
    insta::assert_snapshot!("fix-again-vi", again.stdout);
}

#[test]
fn diff_shows_the_fixes_and_writes_nothing() {
    let tmp = fix_copy();
    let before = std::fs::read(tmp.path().join(PLAN)).unwrap();
    let en = kdcl(tmp.path(), &["check", "--diff", "plans"]);
    let vi = kdcl(tmp.path(), &["--lang", "vi", "check", "--diff", "plans"]);
    assert_eq!(std::fs::read(tmp.path().join(PLAN)).unwrap(), before);
    assert_eq!(en.status, 1);
    insta::assert_snapshot!("diff-en", en.stdout);
    insta::assert_snapshot!("diff-vi", vi.stdout);
    // What --fix then says it changed, in Vietnamese.
    let fixed = kdcl(tmp.path(), &["--lang", "vi", "check", "--fix", "plans"]);
    insta::assert_snapshot!("fix-printed-vi", fixed.stdout);
    let none = kdcl(tmp.path(), &["check", "--diff", "plans"]);
    assert_eq!((none.status, none.stdout.as_str()), (0, "nothing to fix\n"));
}

#[cfg(unix)]
#[test]
fn fix_never_writes_through_a_link_or_outside_the_repository() {
    let tmp = fix_copy();
    let outside = tempfile::tempdir().unwrap();
    let source = repo().join("tests/first_use/fix").join(PLAN);
    let away = outside.path().join("2025.toml");
    std::fs::copy(&source, &away).unwrap();
    let linked = tmp.path().join("plans/lai-chau/doan-ket/2025.toml");
    std::os::unix::fs::symlink(&away, &linked).unwrap();
    let before = std::fs::read(&away).unwrap();
    kdcl(tmp.path(), &["check", "--fix", "plans"]);
    assert_eq!(std::fs::read(&away).unwrap(), before);
    assert!(
        std::fs::symlink_metadata(&linked)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    // A plan named outside the repository of the current folder: left as is.
    let run = kdcl(tmp.path(), &["check", "--fix", away.to_str().unwrap()]);
    assert_eq!(std::fs::read(&away).unwrap(), before, "{}", run.stdout);
}

#[test]
fn fix_names_writes_tone_marks_as_the_roster_places_them_only_when_asked() {
    let tmp = tempfile::tempdir().unwrap();
    let from = repo().join("tests/first_use/fix-names");
    for rel in ["kdcl.toml", PLAN, "plans/lai-chau/doan-ket/roster.csv"] {
        common::write(tmp.path(), rel, std::fs::read(from.join(rel)).unwrap());
    }
    let before = std::fs::read_to_string(tmp.path().join(PLAN)).unwrap();
    let plain = kdcl(tmp.path(), &["check", "--fix", "plans"]);
    assert!(
        plain.stdout.starts_with("nothing to fix"),
        "{}",
        plain.stdout
    );
    assert_eq!(
        std::fs::read_to_string(tmp.path().join(PLAN)).unwrap(),
        before
    );
    let en = kdcl(tmp.path(), &["check", "--diff", "--fix-names", "plans"]);
    let vi = kdcl(
        tmp.path(),
        &["--lang", "vi", "check", "--fix", "--fix-names", "plans"],
    );
    let after = std::fs::read_to_string(tmp.path().join(PLAN)).unwrap();
    assert_eq!(
        after,
        before.replace("school = \"MN Hoà Bình\"", "school = \"MN Hòa Bình\"")
    );
    insta::assert_snapshot!("fix-names-diff-en", en.stdout);
    insta::assert_snapshot!("fix-names-vi", vi.stdout);
}
