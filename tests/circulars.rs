//! Issue 15 on real files: each verdict the circulars' texts contradicted,
//! with a case on each side of its date (waves and plan dates, 25/01/2025,
//! 01/07/2025), criteria without Mức 3, renewals the roster alone shows due,
//! district issuers written short, provinces merged in 2025.

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

/// How many findings of `code` the run reports.
fn count(run: &Run, code: &str) -> usize {
    run.codes().iter().filter(|c| *c == code).count()
}

/// A plan of `year` issued by `issuer` on `issued` (a TOML date, or "" for none).
fn plan(year: i32, issued: &str, issuer: &str, province: &str, body: &str) -> String {
    let issued = if issued.is_empty() {
        String::new()
    } else {
        format!("issued   = {issued}\n")
    };
    format!(
        "[plan]\ntitle    = \"Kế hoạch công nhận trường đạt chuẩn quốc gia năm {year}\"\nissuer   = \"{issuer}\"\narea     = \"xã Tân Hà\"\nprovince = \"{province}\"\nyear     = {year}\n{issued}roster   = \"roster.csv\"\n{body}"
    )
}

const HEADER: &str =
    "code,name,kind,founded,accreditation_level,accreditation_year,standard_level,standard_year\n";

/// One plan of the area `plans/ld/tan-ha` with its roster rows.
fn one_plan(year: i32, issued: &str, body: &str, rows: &str) -> tempfile::TempDir {
    repo(&[
        (
            &format!("plans/ld/tan-ha/{year}.toml"),
            &plan(year, issued, "UBND xã Tân Hà", "Lâm Đồng", body),
        ),
        ("plans/ld/tan-ha/roster.csv", &format!("{HEADER}{rows}")),
    ])
}

// ---------------------------------------------------------------------------
// Items 2 and 3: every wait is judged at the date the school is proposed.

/// Level 1 and accreditation 2 since 10/06/2022: both waits end 10/06/2024.
const RAISED_2022: &str = "TH-01,Trường Tiểu học Tân Hà,TH,1990,2,2022-06-10,1,2022-06-10\n";

fn raise_in(month: Option<&str>) -> String {
    let (wave, entry_wave) = match month {
        Some(m) => (
            format!("[[wave]]\nnumber = 2\nmonth = \"{m}\"\n\n"),
            "wave   = 2\n",
        ),
        None => (String::new(), ""),
    };
    format!(
        "{wave}[[school]]\nschool = \"TH Tân Hà\"\naction = \"raise\"\nlevel  = 2\naccreditation = 3\n{entry_wave}"
    )
}

/// The plan: issued 20/02/2024, the school in wave 2 (09/2024), its
/// waits ending 10/06/2024: a valid proposal.
#[test]
fn a_raise_in_a_wave_after_the_wait_passes() {
    let dir = one_plan(2024, "2024-02-20", &raise_in(Some("2024-09")), RAISED_2022);
    let run = check(dir.path());
    assert_eq!(count(&run, "KD406"), 0, "{}", run.stdout);
    assert_eq!(count(&run, "KD407"), 0, "{}", run.stdout);
}

/// The same plan with the school in a wave before the wait ends, or in no
/// wave (judged at the plan's date): both waits are reported.
#[test]
fn a_raise_before_the_wait_is_reported_with_or_without_a_wave() {
    for month in [Some("2024-05"), None] {
        let dir = one_plan(2024, "2024-02-20", &raise_in(month), RAISED_2022);
        let run = check(dir.path());
        assert_eq!(count(&run, "KD406"), 1, "{month:?}: {}", run.stdout);
        assert_eq!(count(&run, "KD407"), 1, "{month:?}: {}", run.stdout);
    }
    // The wave's month is named in the finding.
    let dir = one_plan(2024, "2024-02-20", &raise_in(Some("2024-05")), RAISED_2022);
    let run = kdcl(dir.path(), &["check", "plans"]);
    assert!(run.stdout.contains("wave 2 (05/2024)"), "{}", run.stdout);
}

/// Accreditation 2 since 01/03/2024, level 3 asked for.
const ACCREDITED_2024: &str = "TH-01,Trường Tiểu học Tân Hà,TH,1990,2,2024-03-01,,\n";

fn accredit_in(month: Option<&str>) -> String {
    let (wave, entry_wave) = match month {
        Some(m) => (
            format!("[[wave]]\nnumber = 1\nmonth = \"{m}\"\n\n"),
            "wave   = 1\n",
        ),
        None => (String::new(), ""),
    };
    format!(
        "{wave}[[school]]\nschool = \"TH Tân Hà\"\naction = \"accredit\"\naccreditation = 3\n{entry_wave}"
    )
}

/// A plan issued 10/01/2025 whose wave falls after 25/01/2025 is judged by
/// the 1-year wait (met on 01/03/2025); in a wave of 01/2025 or without a
/// wave, by the 2-year wait.
#[test]
fn across_25_january_2025_with_waves() {
    let after = one_plan(
        2025,
        "2025-01-10",
        &accredit_in(Some("2025-03")),
        ACCREDITED_2024,
    );
    let run = check(after.path());
    assert_eq!(count(&run, "KD407"), 0, "{}", run.stdout);
    for month in [Some("2025-01"), None] {
        let before = one_plan(2025, "2025-01-10", &accredit_in(month), ACCREDITED_2024);
        let run = check(before.path());
        assert_eq!(count(&run, "KD407"), 1, "{month:?}: {}", run.stdout);
    }
}

/// Without waves the plan's date decides: accreditation since 20/01/2024,
/// a plan of 26/01/2025 meets the 1-year wait, one of 24/01/2025 does not
/// meet the 2-year wait.
#[test]
fn across_25_january_2025_without_waves() {
    let rows = "TH-01,Trường Tiểu học Tân Hà,TH,1990,2,2024-01-20,,\n";
    let after = one_plan(2025, "2025-01-26", &accredit_in(None), rows);
    assert_eq!(count(&check(after.path()), "KD407"), 0);
    let before = one_plan(2025, "2025-01-24", &accredit_in(None), rows);
    assert_eq!(count(&check(before.path()), "KD407"), 1);
}

// ---------------------------------------------------------------------------
// Item 4: a missed renewal from the roster alone, once.

const DUE_2025: &str = "MN-01,Trường Mầm non Hoa Sen,MN,2005,2,2020,1,2020
TH-02,Trường Tiểu học Tân Hà,TH,1990,,,,
THCS-03,Trường Trung học cơ sở Tân Hà,THCS,1995,2,2020,,
";

const NEW_TH: &str = "[[school]]\nschool = \"TH Tân Hà\"\naction = \"new\"\nlevel  = 1\n";

/// One plan, no history: MN Hoa Sen's recognition and THCS Tân Hà's
/// accreditation end in 2025 and the plan does neither: two KD501, one each.
#[test]
fn a_missed_renewal_is_reported_in_an_area_with_one_plan() {
    let dir = one_plan(2025, "", NEW_TH, DUE_2025);
    let run = check(dir.path());
    assert_eq!(count(&run, "KD501"), 2, "{}", run.stdout);
    let human = kdcl(dir.path(), &["check", "plans"]).stdout;
    assert!(
        human.contains("national-standard recognition of Trường Mầm non Hoa Sen"),
        "{human}"
    );
    assert!(
        human.contains("accreditation of Trường Trung học cơ sở Tân Hà"),
        "{human}"
    );
}

/// Renewed and evaluated again: nothing to report.
#[test]
fn a_planned_renewal_and_evaluation_are_not_reported() {
    let body = format!(
        "{NEW_TH}\n[[school]]\nschool = \"MN Hoa Sen\"\naction = \"renew\"\nlevel  = 1\n\n[[school]]\nschool = \"THCS Tân Hà\"\naction = \"accredit\"\naccreditation = 2\n"
    );
    let dir = one_plan(2025, "", &body, DUE_2025);
    let run = check(dir.path());
    assert_eq!(count(&run, "KD501"), 0, "{}", run.stdout);
}

/// With history (a 2024 plan that recognised nothing new) the roster and
/// the plans both show the terms ending: each school is reported once.
#[test]
fn a_missed_renewal_with_history_is_reported_once() {
    let dir = repo(&[
        (
            "plans/ld/tan-ha/2024.toml",
            &plan(2024, "", "UBND xã Tân Hà", "Lâm Đồng", NEW_TH),
        ),
        (
            "plans/ld/tan-ha/2025.toml",
            &plan(2025, "", "UBND xã Tân Hà", "Lâm Đồng", NEW_TH),
        ),
        ("plans/ld/tan-ha/roster.csv", &format!("{HEADER}{DUE_2025}")),
    ]);
    let run = check(dir.path());
    assert_eq!(count(&run, "KD501"), 2, "{}", run.stdout);
}

// ---------------------------------------------------------------------------
// Item 5: district issuers written short after 01/07/2025.

fn issued_by(issuer: &str, issued: &str) -> Run {
    let dir = repo(&[
        (
            "plans/dn/bien-hoa/2025.toml",
            &plan(2025, issued, issuer, "Đồng Nai", NEW_TH),
        ),
        (
            "plans/dn/bien-hoa/roster.csv",
            &format!("{HEADER}TH-02,Trường Tiểu học Tân Hà,TH,1990,,,,\n"),
        ),
    ]);
    check(dir.path())
}

#[test]
fn district_issuers_written_short_after_the_reform() {
    for issuer in [
        "UBND TP. Biên Hòa",
        "UBND TP.Biên Hòa",
        "UBND H. Cao Lộc",
        "UBND TX Long Khánh",
        "UBND Q.3",
        "Phòng GD&ĐT TP. Biên Hòa",
    ] {
        assert_eq!(
            count(&issued_by(issuer, "2025-08-01"), "KD412"),
            1,
            "{issuer}"
        );
        // Before 01/07/2025 the district existed.
        assert_eq!(
            count(&issued_by(issuer, "2025-06-30"), "KD412"),
            0,
            "{issuer}"
        );
    }
    for issuer in [
        "UBND phường Biên Hòa",
        "UBND xã Tân Hà",
        "UBND đặc khu Phú Quốc",
        "UBND tỉnh Đồng Nai",
        "UBND TP. Hồ Chí Minh",
        "UBND TP. Huế",
        "UBND thành phố Cần Thơ",
        "Sở GD&ĐT Đồng Nai",
    ] {
        assert_eq!(
            count(&issued_by(issuer, "2025-08-01"), "KD412"),
            0,
            "{issuer}"
        );
    }
}

// ---------------------------------------------------------------------------
// Item 6: provinces merged on 01/07/2025.

fn in_province(province: &str, issued: &str) -> Run {
    let dir = repo(&[
        (
            "plans/la/thu-thua/2025.toml",
            &plan(2025, issued, "UBND xã Thủ Thừa", province, NEW_TH),
        ),
        (
            "plans/la/thu-thua/roster.csv",
            &format!("{HEADER}TH-02,Trường Tiểu học Tân Hà,TH,1990,,,,\n"),
        ),
    ]);
    check(dir.path())
}

#[test]
fn an_old_province_after_the_merger_is_reported_with_the_new_one() {
    let run = in_province("Long An", "2025-07-01");
    assert_eq!(count(&run, "KD413"), 1, "{}", run.stdout);
    assert!(run.stdout.contains("Tây Ninh"), "{}", run.stdout);
    assert_eq!(
        count(&in_province("tỉnh Bình Dương", "2025-09-15"), "KD413"),
        1
    );
    // Before 01/07/2025 the old province worked: its name is valid history.
    assert_eq!(count(&in_province("Long An", "2025-06-30"), "KD413"), 0);
    // A province that still exists, or lent its name to the new one.
    for kept in ["Tây Ninh", "Lạng Sơn", "Hà Nội", "Thành phố Hồ Chí Minh"] {
        assert_eq!(
            count(&in_province(kept, "2025-08-01"), "KD413"),
            0,
            "{kept}"
        );
    }
}

/// Two areas of 2025, one written "Long An", one "Tây Ninh": one row, and a
/// line under the table saying so. The plans of 2024 keep the old name.
#[test]
fn summary_by_province_rolls_old_provinces_into_the_new_one_from_2025() {
    let roster = format!("{HEADER}TH-02,Trường Tiểu học Tân Hà,TH,1990,,,,\n");
    let dir = repo(&[
        (
            "plans/la/thu-thua/2025.toml",
            &plan(2025, "2025-03-01", "UBND huyện Thủ Thừa", "Long An", NEW_TH),
        ),
        (
            "plans/la/thu-thua/2024.toml",
            &plan(2024, "2024-03-01", "UBND huyện Thủ Thừa", "Long An", NEW_TH),
        ),
        ("plans/la/thu-thua/roster.csv", &roster),
        (
            "plans/tn/tan-bien/2025.toml",
            &plan(
                2025,
                "2025-03-01",
                "UBND huyện Tân Biên",
                "Tây Ninh",
                NEW_TH,
            ),
        ),
        ("plans/tn/tan-bien/roster.csv", &roster),
    ]);
    let by = |year: &str| {
        kdcl(
            dir.path(),
            &["summary", "plans", "--by", "province", "--year", year],
        )
        .stdout
    };
    let now = by("2025");
    assert!(now.contains("Tây Ninh"), "{now}");
    assert!(!now.contains("| Long An"), "{now}");
    assert!(now.contains("Long An → Tây Ninh"), "{now}");
    let json = kdcl(
        dir.path(),
        &[
            "summary", "plans", "--by", "province", "--year", "2025", "--format", "json",
        ],
    )
    .json();
    assert_eq!(json["rows"].as_array().unwrap().len(), 1, "{json}");
    assert_eq!(json["merged_provinces"][0][1], "Tây Ninh", "{json}");
    let before = by("2024");
    assert!(before.contains("Long An"), "{before}");
    assert!(!before.contains("→ Tây Ninh"), "{before}");
}

// ---------------------------------------------------------------------------
// The doubtful points, as decided in docs/circulars-decisions.md.

/// `renew` of a recognition that ended years ago: a warning (KD410) that it
/// is in substance a new recognition; a renewal in the year the term ends is not.
#[test]
fn a_renewal_of_a_long_lapsed_recognition_is_reported() {
    let renew = "[[school]]\nschool = \"TH Tân Hà\"\naction = \"renew\"\nlevel  = 1\n";
    let lapsed = one_plan(
        2024,
        "",
        renew,
        "TH-01,Trường Tiểu học Tân Hà,TH,1990,2,2014,1,2014\n",
    );
    let run = check(lapsed.path());
    assert_eq!(count(&run, "KD410"), 1, "{}", run.stdout);
    let due = one_plan(
        2024,
        "",
        renew,
        "TH-01,Trường Tiểu học Tân Hà,TH,1990,2,2019,1,2019\n",
    );
    let run = check(due.path());
    assert_eq!(count(&run, "KD410"), 0, "{}", run.stdout);
}

/// "Công nhận lại và nâng mức độ": `raise` in the year the term ends is
/// accepted and counts as the renewal (no KD501, no wait finding).
#[test]
fn a_raise_in_the_year_the_term_ends_renews_it() {
    let raise = "[[school]]\nschool = \"TH Tân Hà\"\naction = \"raise\"\nlevel  = 2\n";
    let dir = one_plan(
        2024,
        "",
        raise,
        "TH-01,Trường Tiểu học Tân Hà,TH,1990,3,2019,1,2019\n",
    );
    let run = check(dir.path());
    assert!(run.codes().is_empty(), "{}", run.stdout);
}
