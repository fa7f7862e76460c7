//! Machine output that must stay safe and well-formed whatever the plans
//! and rosters hold (issue 12): reports that say which plans they could
//! not read, CSV that Excel will not run, XML and URIs that parse, paths as
//! the user wrote them, no terminal escapes from file text.

mod common;

use common::{kdcl, write};

const HEAD: &str =
    "[plan]\ntitle = \"T\"\nissuer = \"UBND xã Đoàn Kết\"\nprovince = \"Lai Châu\"\n";

/// An area's plan of `year` renewing the roster's one school.
fn plan(area: &str, year: i32, school: &str) -> String {
    format!(
        "{HEAD}area = \"{area}\"\nyear = {year}\n\n[targets]\ntotal = 1\n\n[[school]]\nschool = \"{school}\"\naction = \"renew\"\nlevel = 1\n"
    )
}

const ROSTER: &str =
    "code,name,kind,standard_level,standard_year\nDK-01,Trường Mầm non Nậm Loỏng,MN,1,2020\n";

/// Two areas with plans of 2024 and 2025; `broken` replaces one plan's text.
fn two_areas(broken: Option<(&str, &str)>) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    for area in ["a", "b"] {
        for year in [2023, 2024, 2025] {
            write(
                tmp.path(),
                &format!("plans/p/{area}/{year}.toml"),
                plan(&format!("xã {area}"), year, "MN Nậm Loỏng"),
            );
        }
        write(tmp.path(), &format!("plans/p/{area}/roster.csv"), ROSTER);
    }
    if let Some((rel, text)) = broken {
        write(tmp.path(), rel, text);
    }
    tmp
}

// 10. A report never leaves out a plan silently.
#[test]
fn summary_due_and_diff_say_which_plans_they_could_not_read() {
    let broken = "plans/p/b/2025.toml";
    let tmp = two_areas(Some((broken, "[plan\n")));
    for args in [
        &["summary", "plans", "--year", "2025"][..],
        &["due", "plans", "--year", "2025"],
        &["diff", "plans"],
    ] {
        let run = kdcl(tmp.path(), args);
        assert_eq!(run.status, 1, "{args:?}: {}{}", run.stdout, run.stderr);
        assert!(run.stderr.contains(broken), "{args:?}: {}", run.stderr);
    }
    for args in [
        &["summary", "plans", "--year", "2025", "--format", "json"][..],
        &["due", "plans", "--year", "2025", "--format", "json"],
    ] {
        let run = kdcl(tmp.path(), args);
        assert_eq!(run.status, 1, "{args:?}");
        let json = run.json();
        assert_eq!(json["unread"][0]["file"], broken, "{args:?}: {json}");
    }
}

#[cfg(unix)]
#[test]
fn diff_of_two_files_one_unreadable_is_not_a_pass() {
    let tmp = two_areas(None);
    std::os::unix::fs::symlink("/dev/zero", tmp.path().join("plans/p/a/x.toml")).unwrap();
    let run = kdcl(
        tmp.path(),
        &["diff", "plans/p/a/2024.toml", "plans/p/a/x.toml"],
    );
    assert_ne!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("plans/p/a/x.toml"), "{}", run.stderr);
}

const PAYLOADS: &[&str] = &[
    "=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")",
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\\tTAB",
    "\\rCR",
];

/// Cells that a spreadsheet would run as a formula.
fn formulas(csv_text: &str) -> Vec<String> {
    let text = csv_text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    reader
        .records()
        .flat_map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>())
        .filter(|cell| cell.starts_with(['=', '+', '-', '@', '\t', '\r']))
        .collect()
}

// 14. CSV cells from plan and roster text cannot start a formula.
#[test]
fn csv_reports_neutralise_cells_that_would_be_formulas() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    for (i, payload) in PAYLOADS.iter().enumerate() {
        let area = format!("plans/p/a{i}");
        let text = payload
            .replace("\\\"", "\"\"")
            .replace("\\t", "\t")
            .replace("\\r", "\r");
        let roster = format!(
            "code,name,kind,standard_level,standard_year\n\"{text}\",\"Trường Mầm non {i}\",MN,1,2020\n\"X{i}\",\"{text}\",MN,1,2020\n"
        );
        write(tmp.path(), &format!("{area}/roster.csv"), &roster);
        write(
            tmp.path(),
            &format!("{area}/2025.toml"),
            format!(
                "[plan]\ntitle = \"T\"\nissuer = \"U\"\narea = \"{payload}\"\nprovince = \"{payload}\"\nyear = 2025\n\n[targets]\ntotal = 1\n\n[[school]]\nschool = \"Trường Mầm non {i}\"\naction = \"renew\"\nlevel = 1\n"
            ),
        );
    }
    for args in [
        &["summary", "plans", "--year", "2025", "--format", "csv"][..],
        &[
            "summary", "plans", "--year", "2025", "--format", "csv", "--by", "province",
        ],
        &["due", "plans", "--year", "2025", "--format", "csv"],
    ] {
        let run = kdcl(tmp.path(), args);
        assert!(run.stdout.contains("HYPERLINK"), "{args:?}: {}", run.stdout);
        assert!(run.stdout.contains("calc"), "{args:?}: {}", run.stdout);
        assert_eq!(formulas(&run.stdout), Vec::<String>::new(), "{args:?}");
    }
}

// 15. JUnit stays well-formed whatever characters a message holds.
#[test]
fn junit_drops_every_character_xml_forbids() {
    let tmp = two_areas(Some((
        "plans/p/a/2025.toml",
        &plan("xã a", 2025, "MN \\uFFFELạ\\uFFFF\\u0001\\u001b"),
    )));
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "junit"]);
    assert!(run.stdout.contains("Lạ"), "{}", run.stdout);
    for bad in ['\u{FFFE}', '\u{FFFF}', '\u{1}', '\u{1b}'] {
        assert!(!run.stdout.contains(bad), "{bad:?} in {}", run.stdout);
    }
    let mut reader = quick_xml::Reader::from_str(&run.stdout);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("not well-formed: {e}\n{}", run.stdout),
        }
    }
}

/// Undoes percent-encoding.
fn percent_decode(uri: &str) -> String {
    let bytes = uri.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

// 16. SARIF URIs are percent-encoded as RFC 3986 requires.
#[test]
fn sarif_uris_are_percent_encoded() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    let folder = "plans/xã hòa 100%41/a";
    write(
        tmp.path(),
        &format!("{folder}/2025.toml"),
        plan("xã a", 2025, "MN Không Có"),
    );
    write(tmp.path(), &format!("{folder}/roster.csv"), ROSTER);
    let run = kdcl(tmp.path(), &["check", "plans", "--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty(), "{}", run.stdout);
    for result in results {
        let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(
            uri.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~/%!$&'()*+,;=:@".contains(&b)),
            "{uri}"
        );
        assert_eq!(percent_decode(uri), format!("{folder}/2025.toml"), "{uri}");
    }
}

// 17. Paths keep the user's spelling, normalised, never made absolute.
#[test]
fn paths_written_with_doubled_slashes_stay_relative() {
    let tmp = two_areas(Some((
        "plans/p/a/2025.toml",
        &plan("xã a", 2025, "MN Không Có"),
    )));
    let json = kdcl(tmp.path(), &["check", ".//plans", "--format", "json"]);
    let files: Vec<String> = json.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["file"].as_str().unwrap().to_string())
        .collect();
    assert!(!files.is_empty());
    assert!(files.iter().all(|f| f.starts_with("plans/p/")), "{files:?}");
    for format in ["human", "github", "sarif"] {
        let run = kdcl(tmp.path(), &["check", ".//plans", "--format", format]);
        assert!(
            run.stdout.contains("plans/p/a/2025.toml"),
            "{format}: {}",
            run.stdout
        );
        assert!(!run.stdout.contains("/plans/p"), "{format}: {}", run.stdout);
    }
    let due = kdcl(tmp.path(), &["due", ".//plans", "--year", "2025"]);
    assert!(due.stdout.contains("plans/p/b"), "{}", due.stdout);
    assert!(!due.stdout.contains("/plans/p"), "{}", due.stdout);
    let run = kdcl(tmp.path(), &["check", "plans//p/./a/", "--format", "json"]);
    assert!(
        run.stdout.contains("\"plans/p/a/2025.toml\""),
        "{}",
        run.stdout
    );
}

/// A repository whose plan and roster hold terminal escapes everywhere.
fn escapes() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    write(
        tmp.path(),
        "plans/p/a/roster.csv",
        "code,name,kind,standard_level,standard_year\nDK-01,Trường Mầm non \u{1b}[2JNậm Loỏng,MN,1,2020\nDK-02,Trường Mầm non \u{1b}]8;;http://evil.example\u{7}Hoa,MN,1,2020\n",
    );
    write(
        tmp.path(),
        "plans/p/a/2025.toml",
        "[plan]\ntitle = \"T\"\nissuer = \"U\"\narea = \"xã \\u001b[31mĐỏ\\u0007\"\nprovince = \"Lai \\u001b]0;title\\u0007Châu\"\nyear = 2025\n\n[targets]\ntotal = 3\n\n[[school]]\nschool = \"MN Nậm Loỏng\"\naction = \"renew\"\nlevel = 1\n\n[[school]]\nschool = \"MN \\u001b[1mKhông\\u009b Có\"\naction = \"new\"\n",
    );
    tmp
}

fn assert_clean(what: &str, text: &str) {
    for bad in ['\u{1b}', '\u{7}', '\u{9b}'] {
        assert!(!text.contains(bad), "{what}: {bad:?} in\n{text}");
    }
}

// 18. No terminal escape from file text reaches the terminal, in any format.
#[test]
fn terminal_escapes_in_plans_and_rosters_never_reach_the_output() {
    let tmp = escapes();
    let check = kdcl(tmp.path(), &["check", "plans"]);
    assert!(check.stdout.contains("KD201"), "{}", check.stdout);
    assert_clean("human", &check.stdout);
    for format in ["github", "junit", "sarif", "json"] {
        let run = kdcl(tmp.path(), &["check", "plans", "--format", format]);
        assert_clean(format, &run.stdout);
    }
    for args in [
        &["summary", "plans", "--year", "2025"][..],
        &["summary", "plans", "--year", "2025", "--format", "markdown"],
        &["summary", "plans", "--year", "2025", "--by", "province"],
        &["due", "plans", "--year", "2025"],
        &["due", "plans", "--year", "2025", "--format", "markdown"],
        &["due", "plans", "--year", "2025", "--format", "toml"],
        &["diff", "plans"],
    ] {
        let run = kdcl(tmp.path(), args);
        assert_clean(&format!("{args:?}"), &run.stdout);
        assert_clean(&format!("{args:?} stderr"), &run.stderr);
    }
}
