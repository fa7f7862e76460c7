//! A plan as a specialist types it the first time (issue 17): each case
//! under `tests/first_use/` is checked as a user runs kdcl, in English and
//! in Vietnamese, and what they read is snapshotted.

mod common;

use common::{kdcl, repo};

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
    assert!(!en.stdout.contains("[KD003]"), "{}", en.stdout);
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
