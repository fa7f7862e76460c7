//! Behaviour at the edges, on real files: each test holds a line that a
//! small change of the source (a mutant: `!=` to `>`, `>=` to `>`, a
//! condition dropped) would break without any other test noticing.
//! `docs/testing.md` says how these were found (cargo-mutants).

mod common;

use std::path::Path;

use common::{Run, kdcl};

/// A repository in a temporary folder: `files` as (path, text).
fn repo(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("kdcl.toml"), "").unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn check(dir: &Path) -> Run {
    kdcl(dir, &["check", "plans", "--format", "json"])
}

fn has(run: &Run, code: &str) -> bool {
    run.codes().iter().any(|c| c == code)
}

const HEADER: &str = r#"[plan]
title    = "Kế hoạch công nhận trường đạt chuẩn quốc gia"
issuer   = "UBND xã Tân Hà"
area     = "xã Tân Hà"
province = "Lâm Đồng"
"#;

fn plan(year: i32, body: &str) -> String {
    format!("{HEADER}year     = {year}\nroster   = \"roster.csv\"\n{body}")
}

const ROSTER: &str = "code,name,kind,founded,accreditation_level,accreditation_year,standard_level,standard_year,note
TNH-01,Trường Mầm non Hoa Sen,MN,2005,2,2020,1,2020,
TNH-02,Trường Tiểu học Tân Hà,TH,1990,3,2020,2,2020,
TNH-03,Trường Trung học cơ sở Tân Hà,THCS,1995,,,,,
";

/// KD101 both ways: a plan that states fewer schools than it lists for an
/// action is as wrong as one that states more.
#[test]
fn a_count_below_the_list_is_reported() {
    let entries = "[[school]]\nschool = \"THCS Tân Hà\"\naction = \"new\"\nlevel = 1\n";
    let under = repo(&[
        (
            "plans/ld/tan-ha/2025.toml",
            &plan(2025, &format!("[targets]\nnew = 0\n{entries}")),
        ),
        ("plans/ld/tan-ha/roster.csv", ROSTER),
    ]);
    let run = check(under.path());
    assert!(has(&run, "KD101"), "{}", run.stdout);
    let exact = repo(&[
        (
            "plans/ld/tan-ha/2025.toml",
            &plan(2025, &format!("[targets]\nnew = 1\n{entries}")),
        ),
        ("plans/ld/tan-ha/roster.csv", ROSTER),
    ]);
    assert!(!has(&check(exact.path()), "KD101"));
}

/// KD409 at its boundary: a school founded exactly the required years
/// before the plan year is old enough; one year fewer is not.
#[test]
fn a_school_exactly_old_enough_passes() {
    let entry = "[[school]]\nschool = \"THCS Tân Hà\"\naction = \"new\"\nlevel = 1\n";
    let roster = |founded: i32| {
        format!("code,name,kind,founded\nTNH-03,Trường Trung học cơ sở Tân Hà,THCS,{founded}\n")
    };
    // Lower secondary: 4 years of operation (data/circulars.toml).
    let needed = 4;
    let at = repo(&[
        ("plans/ld/tan-ha/2025.toml", &plan(2025, entry)),
        ("plans/ld/tan-ha/roster.csv", &roster(2025 - needed)),
    ]);
    let run = check(at.path());
    assert!(!has(&run, "KD409"), "{}", run.stdout);
    let below = repo(&[
        ("plans/ld/tan-ha/2025.toml", &plan(2025, entry)),
        ("plans/ld/tan-ha/roster.csv", &roster(2025 - needed + 1)),
    ]);
    assert!(has(&check(below.path()), "KD409"));
}

/// KD501: listing an expiring school for accreditation only does not renew
/// its national-standard recognition.
#[test]
fn accreditation_does_not_renew_a_recognition() {
    let first = "[[school]]\nschool = \"THCS Tân Hà\"\naction = \"new\"\nlevel = 1\n";
    let accredit = "[[school]]\nschool = \"MN Hoa Sen\"\naction = \"renew\"\nlevel = 1\n\n\
                    [[school]]\nschool = \"TH Tân Hà\"\naction = \"accredit\"\naccreditation = 3\n";
    let renew = "[[school]]\nschool = \"MN Hoa Sen\"\naction = \"renew\"\nlevel = 1\n\n\
                 [[school]]\nschool = \"TH Tân Hà\"\naction = \"renew\"\nlevel = 2\n";
    for (second, reported) in [(accredit, true), (renew, false)] {
        let dir = repo(&[
            ("plans/ld/tan-ha/2024.toml", &plan(2024, first)),
            ("plans/ld/tan-ha/2025.toml", &plan(2025, second)),
            ("plans/ld/tan-ha/roster.csv", ROSTER),
        ]);
        let run = kdcl(dir.path(), &["diff", "plans", "--format", "json"]);
        assert_eq!(has(&run, "KD501"), reported, "{second}\n{}", run.stdout);
    }
}

/// KD502 at the end of a term: a school recognised in 2020 holds its
/// recognition until 2025, so a new recognition in 2024 repeats it, and
/// one in 2025 (the year the term ends) does not. No roster: a roster that
/// shows the school unrecognised would overrule the 2020 plan.
#[test]
fn a_new_recognition_in_the_year_the_term_ends_is_not_a_repeat() {
    let plan = |year: i32| {
        format!(
            "{HEADER}year     = {year}\n[[school]]\nschool = \"THCS Tân Hà\"\naction = \"new\"\nlevel = 1\n"
        )
    };
    for (second, reported) in [(2024, true), (2025, false)] {
        let dir = repo(&[
            ("plans/ld/tan-ha/2020.toml", &plan(2020)),
            (&format!("plans/ld/tan-ha/{second}.toml"), &plan(second)),
        ]);
        let run = kdcl(dir.path(), &["diff", "plans", "--format", "json"]);
        assert_eq!(has(&run, "KD502"), reported, "{second}\n{}", run.stdout);
    }
}

/// KD306: national-standard levels are 1 and 2, accreditation levels 1 to
/// 4; 0 is not a level (an empty cell is "none").
#[test]
fn level_zero_in_a_roster_is_refused() {
    let body = "[[school]]\nschool = \"THCS Tân Hà\"\naction = \"new\"\nlevel = 1\n";
    for (column, row) in [
        ("standard_level,standard_year", "0,2020"),
        ("accreditation_level,accreditation_year", "0,2020"),
    ] {
        let roster = format!(
            "code,name,kind,founded,{column}\nTNH-03,Trường Trung học cơ sở Tân Hà,THCS,1995,{row}\n"
        );
        let dir = repo(&[
            ("plans/ld/tan-ha/2025.toml", &plan(2025, body)),
            ("plans/ld/tan-ha/roster.csv", &roster),
        ]);
        let run = check(dir.path());
        assert!(has(&run, "KD306"), "{column}\n{}", run.stdout);
    }
}

/// KD305: codes are looked up without regard to case, so two codes that
/// differ only in case are one code written twice.
#[test]
fn codes_differing_only_in_case_are_duplicates() {
    let roster = "code,name,kind\nTNH-03,Trường Trung học cơ sở Tân Hà,THCS\ntnh-03,Trường Tiểu học Tân Hà,TH\n";
    let body = "[[school]]\nschool = \"THCS Tân Hà\"\naction = \"new\"\nlevel = 1\n";
    let dir = repo(&[
        ("plans/ld/tan-ha/2025.toml", &plan(2025, body)),
        ("plans/ld/tan-ha/roster.csv", roster),
    ]);
    let run = check(dir.path());
    assert!(has(&run, "KD305"), "{}", run.stdout);
}

/// `[[allow]]` holds in its own plan only: an allow in one area's plan does
/// not silence the same rule in another plan checked in the same chunk.
#[test]
fn an_allow_holds_in_its_own_plan_only() {
    let allow = "[[allow]]\nrule = \"KD101\"\nreason = \"the count is the province's\"\n";
    let wrong =
        "[targets]\nnew = 3\n[[school]]\nschool = \"THCS Tân Hà\"\naction = \"new\"\nlevel = 1\n";
    let other_header = HEADER.replace("Tân Hà", "Tân Hội");
    let other = format!(
        "{other_header}year     = 2025\n[[school]]\nschool = \"THCS Tân Hội\"\naction = \"new\"\nlevel = 1\n{allow}"
    );
    let dir = repo(&[
        ("plans/ld/tan-ha/2025.toml", &plan(2025, wrong)),
        ("plans/ld/tan-ha/roster.csv", ROSTER),
        ("plans/ld/tan-hoi/2025.toml", &other),
    ]);
    let run = check(dir.path());
    let json = run.json();
    let kd101: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "KD101")
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(kd101, ["plans/ld/tan-ha/2025.toml"], "{}", run.stdout);
    // And the allow that silenced nothing says so.
    assert!(has(&run, "KD013"), "{}", run.stdout);
}

/// GitHub workflow commands: `%`, CR and LF escaped in the message, and `:`
/// and `,` too in property values such as the file name.
#[test]
fn github_annotations_escape_percent_colon_and_comma() {
    let body = "[targets]\nnew = 2\n[[school]]\nschool = \"THCS 100% Tân Hà\"\naction = \"new\"\nlevel = 1\n";
    let dir = repo(&[(
        "plans/ld/a:b,c/2025.toml",
        &plan(2025, body).replace("roster   = \"roster.csv\"\n", ""),
    )]);
    let run = kdcl(dir.path(), &["check", "plans", "--format", "github"]);
    let line = run
        .stdout
        .lines()
        .find(|l| l.contains("KD101"))
        .unwrap_or_else(|| panic!("{}", run.stdout));
    assert!(
        line.starts_with("::error file=plans/ld/a%3Ab%2Cc/2025.toml,"),
        "{line}"
    );
    assert!(line.contains("100%25 Tân Hà"), "{line}");
    assert!(!line.contains("100% "), "{line}");
}

/// The job summary GitHub shows is a Markdown table: a `|` in a school's
/// name is escaped, so the row keeps its columns and its words.
#[test]
fn the_step_summary_escapes_table_bars() {
    let body = "[[school]]\nschool = \"THCS Bình|An\"\naction = \"new\"\nlevel = 1\n";
    let dir = repo(&[
        ("plans/ld/tan-ha/2025.toml", &plan(2025, body)),
        ("plans/ld/tan-ha/roster.csv", ROSTER),
    ]);
    let summary = dir.path().join("summary.md");
    let run = common::kdcl_env(
        dir.path(),
        &["check", "plans", "--format", "github"],
        &[("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())],
    );
    let table = std::fs::read_to_string(&summary).unwrap_or_default();
    let row = table
        .lines()
        .find(|l| l.contains("KD201"))
        .unwrap_or_else(|| panic!("{table}\n{}", run.stdout));
    assert!(row.contains("THCS Bình\\|An"), "{row}");
    assert_eq!(row.matches(" | ").count(), 3, "four columns: {row}");
}
