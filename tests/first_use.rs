//! What a first user of kdcl meets (issue 17): a commune's plan and roster
//! written from scratch, with the mistakes people make, read in English and
//! in Vietnamese.

mod common;

use std::fs;
use std::path::Path;

use common::{copy_tree, kdcl, repo};

fn fixture(name: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/first-use").join(name), tmp.path());
    tmp
}

/// Runs `args` in both languages; the two outputs, one after the other.
fn both(dir: &Path, args: &[&str]) -> String {
    let mut out = String::new();
    for lang in ["en", "vi"] {
        let mut full = vec!["--lang", lang];
        full.extend_from_slice(args);
        let run = kdcl(dir, &full);
        out.push_str(&format!(
            "---- kdcl {} (exit {})\n{}{}",
            full.join(" "),
            run.status,
            run.stdout,
            run.stderr
        ));
    }
    out
}

/// The text on one line: tables wrap a sentence at the terminal's width.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Item 4: after the 2026 plan raised YT-04 and recognised two schools,
/// the roster was not updated. `due`, `new`, `check` and `diff` of 2027
/// agree (the plan is believed: YT-04's 2022 term does not end in 2027)
/// and each says the gap once, in the same words.
#[test]
fn every_command_says_once_that_the_roster_lacks_the_last_plans_results() {
    let tmp = fixture("yen-thanh");
    let dir = tmp.path();
    let area = "plans/nghe-an/xa-yen-thanh";
    let gap = "the 2026 plan raised Trường Tiểu học Yên Hòa (YT-04) to level 2; the roster still shows level 1 from 2022: record the 2026 result in the roster";

    let due = both(dir, &["due", "--year", "2027"]);
    insta::assert_snapshot!("yen-thanh-due-2027", due);
    let new = kdcl(dir, &["new", "--area", area, "--year", "2027"]);
    assert_eq!(new.status, 0, "{}", new.stderr);
    let draft = fs::read_to_string(dir.join(area).join("2027.toml")).unwrap();
    insta::assert_snapshot!("yen-thanh-new-2027", format!("{}\n{draft}", new.stdout));
    let check = both(dir, &["check"]);
    insta::assert_snapshot!("yen-thanh-check-2027", check);
    // The plan checked alone reads its area's earlier plans for the history
    // (their own findings left out): the same findings, no KD501 on YT-04.
    let alone = kdcl(dir, &["check", &format!("{area}/2027.toml")]);
    let folder = kdcl(dir, &["check"]);
    assert_eq!(alone.status, folder.status, "{}", alone.stdout);
    let findings = |out: &str| -> Vec<String> {
        out.lines()
            .filter(|l| !l.contains("files checked") && !l.contains("file checked"))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(findings(&alone.stdout), findings(&folder.stdout));
    assert!(
        alone.stdout.contains("2 files checked"),
        "the plan and its roster, not the earlier plan: {}",
        alone.stdout
    );
    let diff = both(dir, &["diff"]);
    insta::assert_snapshot!("yen-thanh-diff-2026-2027", diff);

    for (what, text) in [
        ("due", &due),
        ("new", &new.stdout),
        ("check", &check),
        ("diff", &diff),
    ] {
        assert_eq!(flat(text).matches(gap).count(), 1, "{what}: {text}");
        // YT-04 is not due for renewal: kdcl believes the 2026 raise.
        assert!(!text.contains("KD501"), "{what}: {text}");
    }
    assert!(
        !draft.contains("school = \"YT-04\"   # recognised"),
        "{draft}"
    );
    // The figures after each plan follow the same history: the three 2026
    // recognitions stand in 2027, not a drop to the roster's two.
    assert!(
        flat(&diff).contains("recognised (đạt chuẩn) 5 → 5"),
        "{diff}"
    );
    assert!(
        flat(&diff).contains("at level 2 (mức độ 2) 1 → 1"),
        "{diff}"
    );
    // So does `kdcl summary`, by area and by school type.
    for by in ["area", "kind"] {
        let summary = kdcl(dir, &["summary", "--year", "2027", "--by", by]);
        let total = summary
            .stdout
            .lines()
            .find(|l| l.contains("Total (tổng cộng)"))
            .unwrap_or_default();
        assert!(
            flat(total).contains(" 5 → 5 1 5/6 (83.3 %)"),
            "{by}: {total}"
        );
    }
    // KD108 counts the same way: 5 held as 2027 starts (the roster alone: 3).
    let stated = |kept: u8, after: u8| {
        let plan = draft.replace(
            "[targets]\n",
            &format!("[targets]\nkept = {kept}\nrecognised_after = {after}\nlevel2_after = 1\n"),
        );
        fs::write(dir.join(area).join("2027.toml"), plan).unwrap();
        both(dir, &["check"])
    };
    let agreed = stated(5, 5);
    assert!(!agreed.contains("KD108"), "{agreed}");
    assert_eq!(flat(&agreed).matches(gap).count(), 1, "{agreed}");
    assert!(agreed.contains("(exit 0)"), "{agreed}");
    let roster_only = stated(3, 2);
    insta::assert_snapshot!("yen-thanh-check-2027-roster-figures", roster_only);
    fs::write(dir.join(area).join("2027.toml"), &draft).unwrap();

    // Once a roster of 2027 records the 2026 results, nothing is left to
    // say, and the 2026 plan keeps the roster it was checked with.
    let roster = fs::read_to_string(dir.join(area).join("roster.csv"))
        .unwrap()
        .replace(",2005,,,,", ",2005,,,1,2026")
        .replace(",1992,2,2022,1,2022", ",1992,2,2022,2,2026")
        .replace(",1998,,,,", ",1998,,,1,2026");
    fs::write(dir.join(area).join("roster-2027.csv"), roster).unwrap();
    let plan = draft.replace(
        "roster   = \"roster.csv\"",
        "roster   = \"roster-2027.csv\"",
    );
    fs::write(dir.join(area).join("2027.toml"), plan).unwrap();
    for args in [&["check"][..], &["diff"], &["due", "--year", "2027"]] {
        let run = kdcl(dir, args);
        assert!(
            !run.stdout.contains("record the 2026 result"),
            "{args:?}: {}",
            run.stdout
        );
        assert!(!run.stdout.contains("KD405"), "{args:?}: {}", run.stdout);
    }
}

/// Item 8: names typed without diacritics find their roster school when
/// one school fits, with the tone-mark warning showing both spellings, not
/// "not in the roster" nor a type kdcl cannot tell.
#[test]
fn names_typed_without_diacritics_find_their_school() {
    let dir = repo().join("tests/first-use/unaccented");
    let out = both(&dir, &["check"]);
    insta::assert_snapshot!("unaccented-names", out);
    let json = kdcl(&dir, &["check", "--format", "json"]);
    assert_eq!(json.status, 0, "{}", json.stdout);
    assert_eq!(json.codes(), ["KD202", "KD202", "KD202"], "{}", json.stdout);
    assert!(
        out.contains("\"Truong Tieu hoc Yen Hoa\" is spelt \"Trường Tiểu học Yên Hòa\" (YT-04)"),
        "{out}"
    );
}

/// Item 10: command-line mistakes are said in Vietnamese too, with the
/// nearest command or option, when Vietnamese is chosen (`--lang vi`, or
/// the environment).
#[test]
fn command_line_errors_in_vietnamese() {
    let dir = repo().join("tests/first-use/yen-thanh");
    let mut out = String::new();
    for args in [
        &["--lang", "vi", "sumary"][..],
        &["--lang", "vi", "check", "--formt", "json"],
        &["--lang", "vi", "check", "--format", "xml"],
        &["--lang", "vi", "due"],
        &["--lang", "vi", "due", "--year", "năm"],
        // A value near a valid one, and a value left out.
        &["--lang", "vi", "check", "--format", "jsn"],
        &["--lang", "vi", "check", "--format"],
        // A word where none is taken; an option given before its command.
        &["--lang", "vi", "explain", "KD001", "KD002"],
        &["--lang", "vi", "--format", "json", "check"],
        // An option twice; two options that exclude each other.
        &[
            "--lang", "vi", "check", "--format", "json", "--format", "json",
        ],
        &[
            "--lang",
            "vi",
            "new",
            "--area",
            "x",
            "--year",
            "2027",
            "--period",
            "2026-2030",
        ],
        // A value given to a switch.
        &["--lang", "vi", "check", "--verbose=yes"],
        &["sumary"],
    ] {
        let run = kdcl(&dir, args);
        assert_eq!(run.status, 2, "{args:?}");
        out.push_str(&format!("---- kdcl {}\n{}", args.join(" "), run.stderr));
    }
    insta::assert_snapshot!("cli-errors", out);
    let env = common::kdcl_env(&dir, &["sumary"], &[("KDCL_LANG", "vi")]);
    assert!(
        env.stderr.contains("kdcl không có lệnh 'sumary'"),
        "{}",
        env.stderr
    );
    assert!(env.stderr.contains("'summary'"), "{}", env.stderr);
    // Every error above in Vietnamese but the English run's.
    assert_eq!(out.matches("\nerror:").count(), 1, "{out}");
    assert_eq!(out.matches("\nlỗi:").count(), 12, "{out}");

    // A word that is not text (UTF-8) where text is expected.
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let bad = std::ffi::OsStr::from_bytes(b"KD\xff");
        let run = common::command()
            .args(["--lang", "vi", "explain"])
            .arg(bad)
            .current_dir(&dir)
            .output()
            .unwrap();
        let stderr = String::from_utf8(run.stderr).unwrap();
        assert_eq!(run.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.starts_with("lỗi: một từ trong lệnh không phải là văn bản hợp lệ (UTF-8)"),
            "{stderr}"
        );
    }
}

/// Item 10: `kdcl assess` without an evaluation file says which file is
/// missing and how to make it; `kdcl init` writes an example.
#[test]
fn assess_without_an_evaluation_file_says_what_to_write() {
    let dir = repo().join("tests/first-use/yen-thanh");
    let out = both(&dir, &["assess", "YT-01"]);
    insta::assert_snapshot!("assess-no-evaluation", out);
    assert!(out.contains("evaluation.csv beside the roster"), "{out}");
    let tmp = tempfile::tempdir().unwrap();
    let init = kdcl(tmp.path(), &["init"]);
    assert_eq!(init.status, 0, "{}", init.stderr);
    let example =
        fs::read_to_string(tmp.path().join("plans/lam-dong/xa-hoa-ninh/evaluation.csv")).unwrap();
    assert!(
        example.starts_with("code,criterion,level,year\n"),
        "{example}"
    );
    // The example is a valid evaluation file once a plan names it.
    let plan = tmp.path().join("plans/lam-dong/xa-hoa-ninh/2026.toml");
    let text = fs::read_to_string(&plan).unwrap();
    fs::write(
        &plan,
        text.replacen("[plan]\n", "[plan]\nevaluation = \"evaluation.csv\"\n", 1),
    )
    .unwrap();
    // Three criteria of the example read, the others to write.
    let assess = kdcl(tmp.path(), &["assess", "HN-02"]);
    assert!(assess.stderr.is_empty(), "{}", assess.stderr);
    assert!(
        assess.stdout.contains("| 1.3             | Tổ chức Đảng"),
        "{}",
        assess.stdout
    );
    assert!(
        assess.stdout.contains("no usable result for criteria 1.4,"),
        "{}",
        assess.stdout
    );
}

/// Item 3: level cells as an office writes them ("Mức độ 1", "mức 1",
/// "1,0", "II", "Cấp độ 3") are read; a cell that cannot be read is named
/// as the file names its column, and the plan's findings say "unreadable",
/// never "never recognised".
#[test]
fn roster_level_cells_are_read_as_written() {
    let dir = repo().join("tests/first-use/roster-cells");
    let out = both(&dir, &["check"]);
    insta::assert_snapshot!("roster-cells", out);
    let json = kdcl(&dir, &["check", "--format", "json"]);
    assert_eq!(json.codes(), ["KD403", "KD306"], "{}", json.stdout);
    assert!(out.contains("column \"Mức độ\" is \"đạt chuẩn\""), "{out}");
    assert!(out.contains("cột \"Mức độ\" ghi \"đạt chuẩn\""), "{out}");
    assert!(!out.contains("never been recognised"), "{out}");
    assert!(!out.contains("standard_level"), "{out}");
}

/// A 3 in the national-standard level column is no level of it (1–2): the
/// roster's finding says so and where an accreditation level goes, and the
/// raise it leaves unchecked says what the cell holds, not "unreadable".
#[test]
fn a_level_3_in_the_standard_column_is_said_for_what_it_is() {
    let tmp = fixture("roster-cells");
    let roster = tmp.path().join("plans/nghe-an/xa-yen-thanh/roster.csv");
    let text = fs::read_to_string(&roster).unwrap();
    fs::write(&roster, text.replace(",mức 1,2022", ",Mức độ 3,2022")).unwrap();
    let out = both(tmp.path(), &["check"]);
    insta::assert_snapshot!("roster-level-3", out);
    let json = kdcl(tmp.path(), &["check", "--format", "json"]);
    assert_eq!(
        json.codes(),
        ["KD403", "KD405", "KD306", "KD306"],
        "{}",
        json.stdout
    );
    let raise = line_with(&out, "error[KD405]");
    assert!(
        raise.contains("level 3, not a national-standard level"),
        "{raise}"
    );
    assert!(!raise.contains("unreadable"), "{raise}");
    assert_eq!(out.matches("Mức độ 3\",").count(), 2, "{out}");
    assert!(out.contains("goes in the column \"Cấp độ\""), "{out}");
    assert!(out.contains("được ghi ở cột \"Cấp độ\""), "{out}");
}

fn line_with<'a>(out: &'a str, text: &str) -> &'a str {
    out.lines().find(|l| l.contains(text)).unwrap_or_default()
}

/// Item 2: one mistake reads as one. A school listed twice is reported
/// first, and the counts it makes wrong say "counted twice, see line 25";
/// a `[[school]]` written with `truong =` says which word was written
/// instead of `school`, and the counts say which entry they left out.
#[test]
fn one_mistake_the_cause_first_and_the_consequences_say_so() {
    let twice = repo().join("tests/first-use/listed-twice");
    let out = both(&twice, &["check"]);
    insta::assert_snapshot!("listed-twice", out);
    let json = kdcl(&twice, &["check", "--format", "json"]);
    assert_eq!(json.codes()[0], "KD203", "{}", json.stdout);
    assert!(
        out.contains("Trường Tiểu học Yên Hòa (line 31: counted twice, see line 26)"),
        "{out}"
    );
    assert!(
        out.contains("Trường Tiểu học Yên Hòa (dòng 31: bị đếm hai lần, xem dòng 26)"),
        "{out}"
    );

    let truong = repo().join("tests/first-use/truong-key");
    let out = both(&truong, &["check"]);
    insta::assert_snapshot!("truong-key", out);
    assert!(
        out.contains("this [[school]] has `truong` (line 16)"),
        "{out}"
    );
    assert!(
        out.contains("not counted: the [[school]] on line 15"),
        "{out}"
    );
    assert!(
        out.contains("mục [[school]] này có `truong` (dòng 16)"),
        "{out}"
    );
}

/// A plan named alone reads the earlier plans beside it for its history
/// only: their own findings are not reported, nor counted as checked.
#[test]
fn the_earlier_plans_read_for_history_keep_their_findings_to_themselves() {
    let tmp = fixture("yen-thanh");
    let dir = tmp.path();
    let area = dir.join("plans/nghe-an/xa-yen-thanh");
    let new = kdcl(
        dir,
        &[
            "new",
            "--area",
            "plans/nghe-an/xa-yen-thanh",
            "--year",
            "2027",
        ],
    );
    assert_eq!(new.status, 0, "{}", new.stderr);
    let earlier = fs::read_to_string(area.join("2026.toml")).unwrap();
    fs::write(
        area.join("2026.toml"),
        format!("{earlier}\n[extra]\nfoo = 1\n"),
    )
    .unwrap();
    let at_2026 = "--> plans/nghe-an/xa-yen-thanh/2026.toml";
    let folder = kdcl(dir, &["check"]);
    assert!(folder.stdout.contains(at_2026), "{}", folder.stdout);
    assert_eq!(folder.status, 1, "{}", folder.stdout);
    let alone = kdcl(dir, &["check", "plans/nghe-an/xa-yen-thanh/2027.toml"]);
    assert!(!alone.stdout.contains(at_2026), "{}", alone.stdout);
    assert!(alone.stdout.contains("2 files checked"), "{}", alone.stdout);
    assert_eq!(alone.status, 0, "{}", alone.stdout);
}

/// `kdcl new` proposes raises from the same history: schools the 2026 plan
/// recognised (the roster not updated since) are at level 1 from 2026, so
/// in 2029, after a 2027 plan that does not act on them, their wait has
/// passed.
#[test]
fn raise_candidates_follow_the_history_not_the_roster_alone() {
    let tmp = fixture("yen-thanh");
    let dir = tmp.path();
    let area = "plans/nghe-an/xa-yen-thanh";
    for year in ["2027", "2029"] {
        let run = kdcl(dir, &["new", "--area", area, "--year", year]);
        assert_eq!(run.status, 0, "{year}: {}", run.stderr);
    }
    let draft = fs::read_to_string(dir.join(area).join("2029.toml")).unwrap();
    let candidates: Vec<&str> = draft
        .lines()
        .filter(|l| l.starts_with("# school = "))
        .collect();
    insta::assert_snapshot!("yen-thanh-new-2029-raise-candidates", candidates.join("\n"));
    for code in ["YT-02", "YT-06"] {
        assert!(draft.contains(&format!("# school = \"{code}\"")), "{draft}");
    }
}
