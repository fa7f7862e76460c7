//! `kdcl summary`, `kdcl diff` and `kdcl due` on the seed plans and on the
//! multi-year example (three years of one area: a renewal due and handled,
//! one forgotten, a school merged away), every format snapshotted.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{copy_tree, kdcl, repo};

fn multi_year() -> PathBuf {
    repo().join("examples/multi-year")
}

/// Through a pipe no cell is wrapped; with `COLUMNS` set, the same table
/// fits that width.
fn assert_fits(dir: &Path, args: &[&str], width: usize) {
    let columns = width.to_string();
    let run = common::kdcl_env(dir, args, &[("COLUMNS", &columns)]);
    for line in run.stdout.lines() {
        assert!(line.chars().count() <= width, "wider than {width}: {line}");
    }
}

#[test]
fn summary_of_the_2024_seeds() {
    let run = kdcl(&repo(), &["summary", "--year", "2024", "plans"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_fits(&repo(), &["summary", "--year", "2024", "plans"], 100);
    assert!(
        run.stdout.is_ascii() || !run.stdout.contains('┌'),
        "ASCII off a terminal"
    );
    insta::assert_snapshot!("summary-2024-table", run.stdout);

    let json = kdcl(
        &repo(),
        &["summary", "--year", "2024", "plans", "--format", "json"],
    );
    let v = json.json();
    let lai_chau = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["area"] == "thành phố Lai Châu")
        .expect("Lai Châu has a row");
    assert_eq!(lai_chau["recognised_after"], 28);
    assert_eq!(lai_chau["schools"], 28);
    assert_eq!(lai_chau["level2_after"], 19);
    assert_eq!(lai_chau["recognised_before"], 22);
    assert_eq!(lai_chau["new"], 6);
    assert_eq!(lai_chau["share"]["percent"], 100.0);
    assert_eq!(lai_chau["notes"].as_array().unwrap().len(), 0);
    let areas: Vec<&str> = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["area"].as_str().unwrap())
        .collect();
    assert_eq!(areas, ["Biên Hòa", "Cao Lộc", "thành phố Lai Châu"]);
    insta::assert_snapshot!("summary-2024-json", json.stdout);

    let md = kdcl(
        &repo(),
        &["summary", "--year", "2024", "plans", "--format", "markdown"],
    );
    insta::assert_snapshot!("summary-2024-markdown", md.stdout);

    let csv = kdcl(
        &repo(),
        &["summary", "--year", "2024", "plans", "--format", "csv"],
    );
    assert!(csv.stdout.starts_with('\u{feff}'), "CSV starts with a BOM");
    assert!(
        csv.stdout
            .contains("\r\nthành phố Lai Châu,Lai Châu,28,13,6,6,1,0,22,28,19,100,2,\r\n")
    );
    insta::assert_snapshot!("summary-2024-csv", csv.stdout);
}

#[test]
fn summary_defaults_to_the_latest_year_and_marks_stated_numbers() {
    let run = kdcl(&repo(), &["summary"]);
    assert_eq!(run.status, 0);
    assert!(run.stdout.starts_with("Plans of 2025"), "{}", run.stdout);
    // Văn Quan lists no school: its numbers are the document's, marked *.
    assert!(run.stdout.contains("7*"), "{}", run.stdout);
    insta::assert_snapshot!("summary-2025-table", run.stdout);
}

#[test]
fn summary_by_province_and_by_kind() {
    for (by, year) in [("province", "2024"), ("kind", "2024"), ("kind", "2021")] {
        let args = ["summary", "--year", year, "--by", by, "plans"];
        let run = kdcl(&repo(), &args);
        assert_eq!(run.status, 0);
        assert_fits(&repo(), &args, 100);
        insta::assert_snapshot!(format!("summary-{year}-by-{by}"), run.stdout);
    }
    let kinds = kdcl(
        &repo(),
        &[
            "summary", "--year", "2024", "--by", "kind", "plans", "--format", "json",
        ],
    );
    let circulars: Vec<(String, String)> = kinds.json()["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["kind"].as_str().unwrap().to_string(),
                r["circular"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        circulars,
        [
            ("MN".to_string(), "19/2018".to_string()),
            ("TH".into(), "17/2018".into()),
            ("THCS".into(), "18/2018".into()),
            ("TH-THCS".into(), "18/2018".into()),
        ]
    );
}

#[test]
fn summary_marks_a_stated_number_kdcl_computes_differently() {
    let run = kdcl(&multi_year(), &["summary", "plans"]);
    assert!(run.stdout.contains("7 → 6 [1]"), "{}", run.stdout);
    assert!(
        run.stdout.contains("[1] xã Tân Hà 2025: KD108 at"),
        "{}",
        run.stdout
    );
    insta::assert_snapshot!("summary-multi-year", run.stdout);
    let json = kdcl(&multi_year(), &["summary", "plans", "--format", "json"]);
    let note = &json.json()["notes"][0];
    assert_eq!(note["code"], "KD108");
    assert_eq!(
        (note["stated"].as_i64(), note["computed"].as_i64()),
        (Some(7), Some(6))
    );
}

#[test]
fn summary_of_a_year_without_plans_exits_2() {
    let run = kdcl(&repo(), &["summary", "--year", "2030", "plans"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("2021, 2024, 2025"), "{}", run.stderr);
}

#[test]
fn diff_of_the_multi_year_example() {
    let human = kdcl(&multi_year(), &["diff", "plans"]);
    // The forgotten renewal is a warning: exit 0 unless warnings are denied.
    assert_eq!(human.status, 0, "{}", human.stdout);
    assert!(human.stdout.contains("xã Tân Hà (Lâm Đồng): 2024 → 2025"));
    assert!(human.stdout.contains("recognised (đạt chuẩn)  7 → 6"));
    insta::assert_snapshot!("diff-multi-year", human.stdout);

    let json = kdcl(&multi_year(), &["diff", "plans", "--format", "json"]);
    assert_eq!(json.codes(), ["KD501"]);
    let area = &json.json()["areas"][0];
    assert_eq!(
        (area["from"].as_i64(), area["to"].as_i64()),
        (Some(2024), Some(2025))
    );
    insta::assert_snapshot!("diff-multi-year-json", json.stdout);

    let github = kdcl(&multi_year(), &["diff", "plans", "--format", "github"]);
    assert!(
        github
            .stdout
            .starts_with("::warning file=plans/lam-dong/xa-tan-ha/2025.toml,line=9")
    );
    insta::assert_snapshot!("diff-multi-year-github", github.stdout);

    let denied = kdcl(&multi_year(), &["diff", "plans", "--deny", "warnings"]);
    assert_eq!(denied.status, 1);
}

#[test]
fn diff_across_several_years_and_of_two_files() {
    let span = kdcl(
        &multi_year(),
        &["diff", "plans", "--from", "2023", "--to", "2025"],
    );
    assert!(span.stdout.contains("2023 → 2025"), "{}", span.stdout);
    insta::assert_snapshot!("diff-multi-year-2023-2025", span.stdout);

    let dir = "plans/lam-dong/xa-tan-ha";
    let pair = kdcl(
        &multi_year(),
        &[
            "diff",
            &format!("{dir}/2023.toml"),
            &format!("{dir}/2024.toml"),
        ],
    );
    assert_eq!(pair.status, 0, "{}", pair.stdout);
    insta::assert_snapshot!("diff-pair-2023-2024", pair.stdout);

    let both = kdcl(
        &multi_year(),
        &[
            "diff",
            &format!("{dir}/2023.toml"),
            &format!("{dir}/2024.toml"),
            "--from",
            "2023",
        ],
    );
    assert_eq!(both.status, 2);
}

#[test]
fn diff_of_single_year_areas_compares_nothing() {
    let run = kdcl(&repo(), &["diff", "plans", "--format", "json"]);
    assert_eq!(run.status, 0);
    assert_eq!(run.json()["areas"].as_array().unwrap().len(), 0);
    assert_eq!(run.json()["skipped"].as_array().unwrap().len(), 5);
}

#[test]
fn check_reports_continuity_for_the_latest_plan_of_a_multi_year_area() {
    let run = kdcl(&multi_year(), &["check", "plans", "--format", "json"]);
    let mut codes = run.codes();
    codes.sort();
    assert_eq!(codes, ["KD108", "KD501"]);
}

#[test]
fn due_in_every_format() {
    for year in ["2025", "2026"] {
        let run = kdcl(&multi_year(), &["due", "--year", year, "plans"]);
        assert_eq!(run.status, 0);
        assert_fits(&multi_year(), &["due", "--year", year, "plans"], 100);
        insta::assert_snapshot!(format!("due-{year}"), run.stdout);
    }
    for format in ["markdown", "csv", "json", "toml"] {
        let run = kdcl(
            &multi_year(),
            &["due", "--year", "2025", "plans", "--format", format],
        );
        assert_eq!(run.status, 0);
        insta::assert_snapshot!(format!("due-2025-{format}"), run.stdout);
    }
    let seeds = kdcl(
        &repo(),
        &["due", "--year", "2024", "plans", "--format", "json"],
    );
    let json = seeds.json();
    let areas: Vec<&str> = json["areas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["area"].as_str().unwrap())
        .collect();
    assert_eq!(areas, ["Biên Hòa", "thành phố Lai Châu", "Thủ Thừa"]);
}

/// The entries `kdcl due --format toml` prints are a plan's list as it
/// stands: pasted under a header they renew the due school and `kdcl check`
/// finds nothing to say about the schools.
#[test]
fn due_entries_paste_into_next_years_plan() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&multi_year(), tmp.path());
    let entries = kdcl(
        tmp.path(),
        &["due", "--year", "2026", "plans", "--format", "toml"],
    )
    .stdout;
    assert!(
        entries.contains("school = \"Trường Mầm non Tân Hà\""),
        "{entries}"
    );
    let dir = tmp.path().join("plans/lam-dong/xa-tan-ha");
    fs::copy(dir.join("roster-2025.csv"), dir.join("roster-2026.csv")).unwrap();
    let header = "[plan]\ntitle = \"Kế hoạch năm 2026\"\nissuer = \"UBND xã Tân Hà\"\narea = \"xã Tân Hà\"\nprovince = \"Lâm Đồng\"\nyear = 2026\n\n";
    fs::write(dir.join("2026.toml"), format!("{header}{entries}")).unwrap();
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let codes = run.codes();
    assert!(
        codes.iter().all(|c| c == "KD108"),
        "only the 2025 plan's own KD108 is left: {}",
        run.stdout
    );
    let due_again = kdcl(
        tmp.path(),
        &["due", "--year", "2026", "plans", "--format", "json"],
    );
    assert_eq!(
        due_again.json()["areas"][0]["schools"][0]["planned"],
        "plans/lam-dong/xa-tan-ha/2026.toml"
    );
}

#[test]
fn no_input_file_is_written_by_the_reports() {
    let before = fs::read_dir(multi_year().join("plans/lam-dong/xa-tan-ha"))
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (p.clone(), fs::read(p).unwrap())
        })
        .collect::<Vec<_>>();
    for args in [
        &["summary", "plans", "--format", "csv"][..],
        &["diff", "plans", "--format", "json"],
        &["due", "--year", "2026", "plans", "--format", "toml"],
    ] {
        kdcl(&multi_year(), args);
    }
    for (path, bytes) in before {
        assert_eq!(fs::read(&path).unwrap(), bytes, "{}", path.display());
    }
}

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// The multi-year example in a temporary folder, its 2025 plan changed.
fn multi_year_with(change: impl Fn(String) -> String) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&multi_year(), tmp.path());
    let plan = tmp.path().join("plans/lam-dong/xa-tan-ha/2025.toml");
    let text = fs::read_to_string(&plan).unwrap();
    fs::write(&plan, change(text)).unwrap();
    tmp
}

#[test]
fn a_note_explains_a_renewal_not_made() {
    let tmp = multi_year_with(|t| {
        format!(
            "{t}\n[[note]]\nschool = \"TH Tân Hà\"\ntext   = \"sáp nhập vào TH&THCS Liên Hà\"\n"
        )
    });
    let run = kdcl(tmp.path(), &["diff", "plans", "--format", "json"]);
    assert!(run.codes().is_empty(), "{}", run.stdout);
    // A note must name a school, and say something.
    let tmp = multi_year_with(|t| format!("{t}\n[[note]]\nschool = \"TH Tân Hà\"\n"));
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    assert!(run.codes().contains(&"KD004".to_string()), "{}", run.stdout);
}

#[test]
fn a_later_roster_shows_a_planned_recognition_did_not_happen() {
    // The 2024 plan recognises MN Phúc Thọ; listing it new again in 2025 is KD502 …
    let again = |t: String| {
        format!("{t}\n[[school]]\nschool = \"MN Phúc Thọ\"\naction = \"new\"\nlevel  = 1\n")
    };
    let tmp = multi_year_with(again);
    let roster = tmp.path().join("plans/lam-dong/xa-tan-ha/roster-2025.csv");
    let run = kdcl(tmp.path(), &["diff", "plans", "--format", "json"]);
    assert!(run.codes().contains(&"KD502".to_string()), "{}", run.stdout);
    // … unless the 2025 roster shows it was not recognised after all.
    let text = fs::read_to_string(&roster).unwrap().replace(
        "TNH-06,Trường Mầm non Phúc Thọ,MN,,Phúc Thọ,public,2010,2,2024,1,2024,công nhận mới năm 2024",
        "TNH-06,Trường Mầm non Phúc Thọ,MN,,Phúc Thọ,public,2010,,,,,chưa được công nhận năm 2024",
    );
    fs::write(&roster, text).unwrap();
    let run = kdcl(tmp.path(), &["diff", "plans", "--format", "json"]);
    assert!(
        !run.codes().contains(&"KD502".to_string()),
        "{}",
        run.stdout
    );
}

#[test]
fn diff_colours_only_on_a_terminal_or_when_asked() {
    assert!(
        !kdcl(&multi_year(), &["diff", "plans"])
            .stdout
            .contains('\x1b')
    );
    let coloured = kdcl(&multi_year(), &["diff", "plans", "--color", "always"]).stdout;
    assert!(
        coloured.contains("\x1b[32m+ Trường Mầm non Hoa Sen"),
        "{coloured}"
    );
}

/// Issue 15 item 4: an area with one plan gets, from its roster alone, the
/// renewal its plan misses (KD501), and no other continuity finding.
#[test]
fn a_single_year_area_gets_the_missed_renewal_from_its_roster() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    write(
        tmp.path(),
        "plans/a/b/roster.csv",
        "code,name,kind,standard_level,standard_year\nA,MN A,MN,1,2020\nB,TH B,TH,,\n",
    );
    write(
        tmp.path(),
        "plans/a/b/2025.toml",
        "[plan]\ntitle = \"T\"\nissuer = \"I\"\narea = \"A\"\nprovince = \"P\"\nyear = 2025\n\n[[school]]\nschool = \"TH B\"\naction = \"new\"\nlevel = 1\n",
    );
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    assert_eq!(run.codes(), ["KD501"], "{}", run.stdout);
    assert_eq!(
        run.json()["diagnostics"][0]["school"],
        "MN A",
        "{}",
        run.stdout
    );
    // `kdcl due` knows MN A's term ends in 2025 too.
    let due = kdcl(
        tmp.path(),
        &["due", "--year", "2025", "plans", "--format", "json"],
    );
    assert_eq!(due.json()["areas"][0]["schools"][0]["code"], "A");
}

#[test]
fn check_reports_a_new_entry_for_a_recognised_school_once() {
    // Roster and history both show MN Phúc Thọ recognised in 2024: check says it once (KD402).
    let tmp = multi_year_with(|t| {
        format!("{t}\n[[school]]\nschool = \"MN Phúc Thọ\"\naction = \"new\"\nlevel  = 1\n")
    });
    let codes = kdcl(tmp.path(), &["check", "plans", "--format", "json"]).codes();
    assert!(codes.contains(&"KD402".to_string()), "{codes:?}");
    assert!(!codes.contains(&"KD502".to_string()), "{codes:?}");
    // diff, which does not read the roster's view, still says it.
    let codes = kdcl(tmp.path(), &["diff", "plans", "--format", "json"]).codes();
    assert!(codes.contains(&"KD502".to_string()), "{codes:?}");
}

fn period_and_province() -> PathBuf {
    repo().join("examples/period-and-province")
}

#[test]
fn summary_sets_a_province_plan_beside_the_sum_of_its_areas() {
    let run = kdcl(
        &period_and_province(),
        &["summary", "plans", "--year", "2026"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    // The province's own plan is not added to its areas.
    assert!(!run.stdout.contains("tỉnh Lạng Sơn  "), "{}", run.stdout);
    insta::assert_snapshot!("summary-province-2026", run.stdout);
    let json = kdcl(
        &period_and_province(),
        &["summary", "plans", "--year", "2026", "--format", "json"],
    );
    let v = json.json();
    assert_eq!(v["total"]["new"], 7);
    let figures = &v["province_plans"][0]["figures"][0];
    assert_eq!(figures["key"], "new");
    assert_eq!(figures["stated"], "7");
    assert_eq!(figures["areas"], "7");
    assert_eq!(figures["agrees"], true);
}

#[test]
fn summary_of_a_period() {
    let run = kdcl(
        &period_and_province(),
        &["summary", "plans", "--period", "2026-2030"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    insta::assert_snapshot!("summary-period-2026-2030", run.stdout);
    let json = kdcl(
        &period_and_province(),
        &[
            "summary",
            "plans",
            "--period",
            "2026-2030",
            "--format",
            "json",
        ],
    );
    let v = json.json();
    let binh_gia = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["area"] == "xã Bình Gia")
        .unwrap();
    assert_eq!(binh_gia["new"], "5");
    assert_eq!(binh_gia["by_year"][0]["annual"], "3");
    assert_eq!(binh_gia["by_year"][0]["planned"], "1");
    assert_eq!(binh_gia["left"], "2");
    let none = kdcl(
        &period_and_province(),
        &["summary", "plans", "--period", "2031-2035"],
    );
    assert_eq!(none.status, 2);
}

#[test]
fn the_period_and_province_example_reports_only_its_one_difference() {
    let run = kdcl(
        &period_and_province(),
        &["check", "plans", "--format", "json"],
    );
    let codes = run.codes();
    assert!(
        codes.iter().all(|c| c == "KD601" || c == "KD110"),
        "{codes:?}"
    );
    assert_eq!(codes.iter().filter(|c| *c == "KD601").count(), 1);
}

#[test]
fn diff_compares_an_area_s_period_plans() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("plans/lang-son/dinh-lap");
    fs::create_dir_all(&dir).unwrap();
    let later =
        fs::read_to_string(period_and_province().join("plans/lang-son/dinh-lap/2026-2030.toml"))
            .unwrap();
    let earlier = later
        .replace("2026-2030", "2021-2025")
        .replace("new               = 8", "new               = [5, 6]")
        .replace(
            "2026 = 2\n2027 = 2\n2028 = 2\n2029 = 1\n2030 = 1\n",
            "2021 = [1, 2]\n2022 = 1\n2023 = 1\n2024 = 1\n2025 = 1\n",
        );
    fs::write(dir.join("2026-2030.toml"), later).unwrap();
    fs::write(dir.join("2021-2025.toml"), earlier).unwrap();
    let json = kdcl(tmp.path(), &["diff", "plans", "--format", "json"]);
    let v = json.json();
    let area = &v["areas"][0];
    assert_eq!(area["from_period"], "2021-2025");
    assert_eq!(area["to_period"], "2026-2030");
    let keys: Vec<&str> = area["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["key"].as_str().unwrap())
        .collect();
    assert!(keys.contains(&"new"), "{keys:?}");
    assert!(
        keys.contains(&"new.min") && keys.contains(&"new.max"),
        "{keys:?}"
    );
    assert!(keys.contains(&"by_year.2021.min"), "{keys:?}");
    let human = kdcl(tmp.path(), &["diff", "plans"]);
    assert!(
        human.stdout.contains("2021-2025 → 2026-2030"),
        "{}",
        human.stdout
    );
}
