//! Hostile file systems (issue 12): baselines written over inputs, links
//! leading out of the repository, pipes and devices where files are
//! expected, folders that cannot be read, limits that overflow. Each test
//! builds its repository in a temporary folder and runs the real binary.

mod common;

use std::fs;

use common::{kdcl, kdcl_env, kdcl_within, mkfifo, write};

const AREA: &str = "plans/lai-chau/doan-ket";

/// A plan of 2025 naming one school of the roster beside it.
fn plan(year: i32) -> String {
    format!(
        "[plan]\ntitle = \"T\"\nissuer = \"UBND xã Đoàn Kết\"\narea = \"xã Đoàn Kết\"\nprovince = \"Lai Châu\"\nyear = {year}\n\n[targets]\ntotal = 1\n\n[[school]]\nschool = \"MN Nậm Loỏng\"\naction = \"renew\"\nlevel = 1\n"
    )
}

const ROSTER: &str =
    "code,name,kind,standard_level,standard_year\nDK-01,Trường Mầm non Nậm Loỏng,MN,1,2020\n";

/// A repository: kdcl.toml, one area with a 2025 plan and its roster.
fn repository() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    write(tmp.path(), &format!("{AREA}/2025.toml"), plan(2025));
    write(tmp.path(), &format!("{AREA}/roster.csv"), ROSTER);
    tmp
}

/// A folder outside every repository, holding text that must never be shown.
fn outside() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        "secret.csv",
        "code,name,kind\nSECRET-01,Trường Mầm non Bí Mật,MN\n",
    );
    write(
        tmp.path(),
        "passwd",
        "root:x:0:0:SECRET-ROOT:/root:/bin/bash\n",
    );
    write(tmp.path(), "deep/2025.toml", "SECRET-PLAN = \n");
    tmp
}

fn diagnostics(run: &common::Run) -> Vec<serde_json::Value> {
    run.json()["diagnostics"].as_array().unwrap().clone()
}

/// The findings in the file `path`.
fn at(run: &common::Run, path: &str) -> Vec<serde_json::Value> {
    diagnostics(run)
        .into_iter()
        .filter(|d| d["file"] == path)
        .collect()
}

// 1. A baseline is never written over a file kdcl reads, nor over a file
// that is not a baseline.
#[cfg(unix)]
#[test]
fn write_baseline_never_overwrites_an_input_or_a_file_it_did_not_write() {
    let tmp = repository();
    write(tmp.path(), "notes.txt", "not a baseline\n");
    std::os::unix::fs::symlink(
        format!("{AREA}/2025.toml"),
        tmp.path().join("link-to-plan.json"),
    )
    .unwrap();
    let before = |rel: &str| fs::read(tmp.path().join(rel)).unwrap();
    for target in [
        format!("{AREA}/2025.toml"),
        format!("{AREA}/roster.csv"),
        "kdcl.toml".to_string(),
        "link-to-plan.json".to_string(),
        "notes.txt".to_string(),
    ] {
        let kept = before(&target);
        let run = kdcl(tmp.path(), &["check", "plans", "--write-baseline", &target]);
        assert_eq!(run.status, 2, "{target}: {}{}", run.stdout, run.stderr);
        assert!(run.stderr.contains(&target), "{target}: {}", run.stderr);
        assert_eq!(before(&target), kept, "{target} was changed");
    }
    // A new file, then the same baseline again: both written.
    for _ in 0..2 {
        let run = kdcl(
            tmp.path(),
            &["check", "plans", "--write-baseline", "kdcl-baseline.json"],
        );
        assert_eq!(run.status, 0, "{}", run.stderr);
        let written = fs::read_to_string(tmp.path().join("kdcl-baseline.json")).unwrap();
        assert!(written.contains("\"findings\""), "{written}");
    }
    // A named pipe is not waited on.
    let fifo = tmp.path().join("fifo.json");
    if mkfifo(&fifo) {
        let run = kdcl_within(
            tmp.path(),
            &["check", "plans", "--write-baseline", "fifo.json"],
            10,
        );
        assert_eq!(run.status, 2, "{}", run.stderr);
    }
}

// 2. A roster found beside a plan is not followed out of the repository.
#[cfg(unix)]
#[test]
fn a_roster_found_beside_a_plan_is_not_followed_out_of_the_repository() {
    let tmp = repository();
    let away = outside();
    fs::remove_file(tmp.path().join(AREA).join("roster.csv")).unwrap();
    std::os::unix::fs::symlink(
        away.path().join("secret.csv"),
        tmp.path().join(AREA).join("roster.csv"),
    )
    .unwrap();
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    assert!(!run.stdout.contains("SECRET"), "{}", run.stdout);
    let found = at(&run, &format!("{AREA}/roster.csv"));
    assert_eq!(found.len(), 1, "{}", run.stdout);
    assert_eq!(found[0]["code"], "KD010");
    assert!(
        found[0]["message"].as_str().unwrap().contains("outside"),
        "{}",
        run.stdout
    );
    assert_eq!(run.status, 1);
    let human = kdcl(tmp.path(), &["check", "plans"]);
    assert!(!human.stdout.contains("SECRET"), "{}", human.stdout);
    let due = kdcl(tmp.path(), &["due", "plans", "--year", "2025"]);
    assert!(!due.stdout.contains("SECRET"), "{}", due.stdout);
    assert!(!due.stdout.contains("Bí Mật"), "{}", due.stdout);
}

// 3. A plan linked out, and a folder linked out, are not read.
#[cfg(unix)]
#[test]
fn a_plan_or_a_folder_linking_out_of_the_repository_is_not_read() {
    let tmp = repository();
    let away = outside();
    std::os::unix::fs::symlink(
        away.path().join("passwd"),
        tmp.path().join(AREA).join("2024.toml"),
    )
    .unwrap();
    std::os::unix::fs::symlink(away.path().join("deep"), tmp.path().join("plans/elsewhere"))
        .unwrap();
    for args in [
        &["check", "plans", "--format", "json"][..],
        &["check", &format!("{AREA}/2024.toml"), "--format", "json"],
    ] {
        let run = kdcl(tmp.path(), args);
        assert!(!run.stdout.contains("SECRET"), "{}", run.stdout);
        let found = at(&run, &format!("{AREA}/2024.toml"));
        assert_eq!(found.len(), 1, "{}", run.stdout);
        assert_eq!(found[0]["code"], "KD010");
        assert_eq!(run.status, 1);
    }
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let found = at(&run, "plans/elsewhere");
    assert_eq!(found.len(), 1, "{}", run.stdout);
    assert!(found[0]["message"].as_str().unwrap().contains("outside"));
}

// 4. A link to the root of the machine is reported, not walked.
#[cfg(unix)]
#[test]
fn a_link_to_the_whole_machine_is_one_finding_not_a_walk() {
    let tmp = repository();
    std::os::unix::fs::symlink("/", tmp.path().join("plans/everything")).unwrap();
    let run = kdcl_within(tmp.path(), &["check", "plans", "--format", "json"], 10);
    assert_eq!(diagnostics(&run).len(), 1, "{}", run.stdout);
    let found = at(&run, "plans/everything");
    assert_eq!(found.len(), 1, "{}", run.stdout);
    assert_eq!(found[0]["code"], "KD010");
    assert_eq!(run.status, 1);
    // A link that stays inside is followed as before.
    fs::remove_file(tmp.path().join("plans/everything")).unwrap();
    std::os::unix::fs::symlink("lai-chau", tmp.path().join("plans/same")).unwrap();
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    assert!(diagnostics(&run).is_empty(), "{}", run.stdout);
}

// 7. The baseline and kdcl.toml go through the guarded reader: regular
// files only, never waited on, within --max-file-size.
#[cfg(unix)]
#[test]
fn baselines_and_settings_are_read_within_the_limits_of_plans() {
    let tmp = repository();
    assert!(mkfifo(&tmp.path().join("fifo.json")));
    std::os::unix::fs::symlink("/dev/zero", tmp.path().join("zero.json")).unwrap();
    for baseline in ["fifo.json", "zero.json"] {
        let run = kdcl_within(tmp.path(), &["check", "plans", "--baseline", baseline], 10);
        assert_eq!(run.status, 2, "{baseline}: {}", run.stderr);
        assert!(run.stderr.contains(baseline), "{}", run.stderr);
    }
    // A baseline over the size limit is refused too.
    let big = format!(
        "{{\"version\": 1, \"findings\": []{}}}",
        " ".repeat(2 << 20)
    );
    write(tmp.path(), "big.json", big);
    let run = kdcl(
        tmp.path(),
        &[
            "check",
            "plans",
            "--baseline",
            "big.json",
            "--max-file-size",
            "1",
        ],
    );
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(run.stderr.contains("limit"), "{}", run.stderr);

    // kdcl.toml over --max-file-size: reported on kdcl.toml, not read.
    write(
        tmp.path(),
        "kdcl.toml",
        format!("{}deny = [\"nothing\"]\n", "#\n".repeat(1 << 20)),
    );
    let run = kdcl(
        tmp.path(),
        &["check", "plans", "--format", "json", "--max-file-size", "1"],
    );
    let found = at(&run, "kdcl.toml");
    assert_eq!(found.len(), 1, "{}", run.stdout);
    assert_eq!(found[0]["code"], "KD010");
    assert!(found[0]["message"].as_str().unwrap().contains("limit"));
}

// 7. kdcl.toml as a named pipe, or a link out: reported, never waited on.
#[cfg(unix)]
#[test]
fn a_kdcl_toml_that_is_a_pipe_or_a_link_out_is_reported_not_read() {
    let tmp = repository();
    let away = outside();
    fs::remove_file(tmp.path().join("kdcl.toml")).unwrap();
    assert!(mkfifo(&tmp.path().join("kdcl.toml")));
    let run = kdcl_within(tmp.path(), &["check", "plans", "--format", "json"], 10);
    assert_eq!(at(&run, "kdcl.toml").len(), 1, "{}", run.stdout);
    assert_eq!(run.status, 1);
    let run = kdcl_within(tmp.path(), &["rules"], 10);
    assert_eq!(run.status, 0);
    fs::remove_file(tmp.path().join("kdcl.toml")).unwrap();
    std::os::unix::fs::symlink(away.path().join("passwd"), tmp.path().join("kdcl.toml")).unwrap();
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    assert!(!run.stdout.contains("SECRET"), "{}", run.stdout);
    let found = at(&run, "kdcl.toml");
    assert_eq!(found.len(), 1, "{}", run.stdout);
    assert!(found[0]["message"].as_str().unwrap().contains("outside"));
}

/// Whether `setpriv` can take from root the capabilities that let it read
/// any folder: then a folder of mode 000 is unreadable even as root.
#[cfg(unix)]
fn without_read_override() -> Option<Vec<&'static str>> {
    let args = vec![
        "setpriv",
        "--inh-caps=-all",
        "--bounding-set=-dac_override,-dac_read_search",
    ];
    let probe = tempfile::tempdir().unwrap();
    let locked = probe.path().join("locked");
    fs::create_dir(&locked).unwrap();
    fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    let direct = fs::read_dir(&locked).is_err();
    let dropped = std::process::Command::new(args[0])
        .args(&args[1..])
        .arg("ls")
        .arg(&locked)
        .output()
        .is_ok_and(|o| !o.status.success());
    fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    if direct {
        Some(Vec::new())
    } else if dropped {
        Some(args)
    } else {
        None
    }
}

// 9. A folder that cannot be read is never "no problems found".
#[cfg(unix)]
#[test]
fn an_unreadable_folder_is_exit_2_when_named_and_a_finding_when_found() {
    use std::os::unix::fs::PermissionsExt;
    let Some(wrapper) = without_read_override() else {
        eprintln!("skipped: mode 000 cannot be made to bite here");
        return;
    };
    let tmp = repository();
    let locked = tmp.path().join("plans/lai-chau/locked");
    fs::create_dir(&locked).unwrap();
    write(tmp.path(), "plans/lai-chau/locked/2025.toml", plan(2025));
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let run_as = |args: &[&str]| {
        let mut cmd = match wrapper.split_first() {
            Some((first, rest)) => {
                let mut c = std::process::Command::new(first);
                c.args(rest).arg(env!("CARGO_BIN_EXE_kdcl"));
                c
            }
            None => std::process::Command::new(env!("CARGO_BIN_EXE_kdcl")),
        };
        let out = cmd
            .args(args)
            .current_dir(tmp.path())
            .env("NO_COLOR", "1")
            .env_remove("KDCL_LANG")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (status, _, stderr) = run_as(&["check", "plans/lai-chau/locked"]);
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("plans/lai-chau/locked"), "{stderr}");
    let (status, stdout, _) = run_as(&["check", "plans", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let found: Vec<_> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"] == "plans/lai-chau/locked")
        .collect();
    assert_eq!(found.len(), 1, "{stdout}");
    assert_eq!(status, 1, "{stdout}");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
}

// 11. A --max-file-size that overflows is refused.
#[test]
fn a_max_file_size_that_overflows_is_refused() {
    let tmp = repository();
    for mib in ["17592186044416", "18446744073709551615"] {
        let run = kdcl(tmp.path(), &["check", "plans", "--max-file-size", mib]);
        assert_eq!(run.status, 2, "{mib}: {}{}", run.stdout, run.stderr);
        assert!(run.stderr.contains("max-file-size"), "{}", run.stderr);
    }
    // The largest that fits reads files as before.
    let run = kdcl(
        tmp.path(),
        &[
            "check",
            "plans",
            "--format",
            "json",
            "--max-file-size",
            "17592186044415",
        ],
    );
    assert_eq!(run.json()["files_checked"], 2, "{}", run.stdout);
    assert_eq!(run.status, 0, "{}", run.stdout);
}

// 12. A pipe, or a link to a device, named like a plan is reported in a
// folder scan as when it is named.
#[cfg(unix)]
#[test]
fn a_pipe_or_a_device_named_like_a_plan_is_reported_in_a_folder_scan() {
    let tmp = repository();
    assert!(mkfifo(&tmp.path().join(AREA).join("2026.toml")));
    std::os::unix::fs::symlink("/dev/zero", tmp.path().join(AREA).join("2027.toml")).unwrap();
    let run = kdcl_within(tmp.path(), &["check", "plans", "--format", "json"], 10);
    for year in [2026, 2027] {
        let found = at(&run, &format!("{AREA}/{year}.toml"));
        assert_eq!(found.len(), 1, "{year}: {}", run.stdout);
        assert_eq!(found[0]["code"], "KD010");
    }
    assert_eq!(run.status, 1);
}

// 13. `kdcl new` refuses a year no plan can have before writing anything.
#[test]
fn new_refuses_a_year_out_of_range_before_writing() {
    let tmp = repository();
    for year in ["2147483647", "1944", "2201"] {
        let run = kdcl(tmp.path(), &["new", "--area", AREA, "--year", year]);
        assert_eq!(run.status, 2, "{year}: {}{}", run.stdout, run.stderr);
        assert!(run.stderr.contains("1945"), "{}", run.stderr);
        assert!(!tmp.path().join(AREA).join(format!("{year}.toml")).exists());
    }
}

// Lesser: an invalid KDCL_TODAY is not ignored.
#[test]
fn an_invalid_kdcl_today_is_exit_2() {
    let tmp = repository();
    let run = kdcl_env(
        tmp.path(),
        &["check", "plans"],
        &[("KDCL_TODAY", "2025-13-01")],
    );
    assert_eq!(run.status, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("KDCL_TODAY"), "{}", run.stderr);
    let run = kdcl_env(
        tmp.path(),
        &["check", "plans"],
        &[("KDCL_TODAY", "2025-06-01")],
    );
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
}

// Lesser: two CSV files with BOMs joined by `cat`.
#[test]
fn a_second_bom_prefixed_header_is_skipped_like_any_repeated_header() {
    let tmp = repository();
    let part = format!("\u{feff}{ROSTER}");
    write(
        tmp.path(),
        &format!("{AREA}/roster.csv"),
        format!(
            "{part}{}",
            part.replace(
                "DK-01,Trường Mầm non Nậm Loỏng",
                "DK-02,Trường Tiểu học Nậm Loỏng"
            )
            .replace(",MN,1,2020", ",TH,,")
        ),
    );
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let codes = run.codes();
    assert!(
        codes.iter().all(|c| c == "KD314"),
        "only the skipped header's note: {}",
        run.stdout
    );
    assert_eq!(run.status, 0, "{}", run.stdout);
}

// Lesser: a UTF-16 roster that breaks on line 3 says line 3.
#[test]
fn a_utf16_decoding_error_names_its_line() {
    let tmp = repository();
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "code\tname\tkind\nDK-01\tMN A\tMN\n".encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    // A lone high surrogate on line 3.
    bytes.extend([0x00, 0xD8, b'x', 0x00]);
    write(tmp.path(), &format!("{AREA}/roster.csv"), bytes);
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let found = at(&run, &format!("{AREA}/roster.csv"));
    assert_eq!(found.len(), 1, "{}", run.stdout);
    assert!(
        found[0]["message"].as_str().unwrap().contains("line 3"),
        "{}",
        run.stdout
    );
}

// Lesser: a plan that is not UTF-8 has the place its message names.
#[test]
fn a_plan_that_is_not_utf8_is_located_where_its_message_says() {
    let tmp = repository();
    let mut bytes = plan(2025).into_bytes();
    let at_byte = bytes.iter().position(|&b| b == b'T').unwrap();
    bytes[at_byte] = 0xC0;
    write(tmp.path(), &format!("{AREA}/2025.toml"), bytes);
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let found = at(&run, &format!("{AREA}/2025.toml"));
    assert_eq!(found.len(), 1, "{}", run.stdout);
    assert_eq!(found[0]["code"], "KD010");
    assert!(found[0]["message"].as_str().unwrap().contains("line 2"));
    assert_eq!(
        (found[0]["line"].as_u64(), found[0]["column"].as_u64()),
        (Some(2), Some(10)),
        "{}",
        run.stdout
    );
}

// Lesser: CR-only line endings (old Mac) with a comment first.
#[test]
fn a_plan_with_cr_only_line_endings_starting_with_a_comment_is_read() {
    let tmp = repository();
    let text = format!("# Kế hoạch\n{}", plan(2025)).replace('\n', "\r");
    write(tmp.path(), &format!("{AREA}/2025.toml"), text);
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    assert!(run.codes().is_empty(), "read as written: {}", run.stdout);
    assert_eq!(run.status, 0);
}

/// docs/security.md names the tests that hold each promise: every one of
/// them exists, so the page cannot point at a test that was renamed away.
#[test]
fn security_md_names_only_tests_that_exist() {
    let root = common::repo();
    let page = fs::read_to_string(root.join("docs/security.md")).unwrap();
    let mut named = 0;
    for quoted in page.split('`').skip(1).step_by(2) {
        let Some((file, test)) = quoted.split_once("::") else {
            continue;
        };
        let source = root.join("tests").join(format!("{file}.rs"));
        if test == "*" || !source.exists() || file == "common" {
            continue;
        }
        let text = fs::read_to_string(&source).unwrap();
        assert!(
            text.contains(&format!("fn {test}(")),
            "docs/security.md names {quoted}, which does not exist"
        );
        named += 1;
    }
    assert!(named > 20, "only {named} tests named");
}
