//! Rosters as offices really produce them, made here as real files: CSV in
//! UTF-8 with and without BOM, UTF-16 LE/BE with BOM (tab-separated, as
//! Excel's "Unicode Text"), Windows-1258, text in legacy TCVN3 and VNI fonts,
//! .xlsx and .ods workbooks; and the limits that keep kdcl from hanging.

mod common;

use std::fs;
use std::path::Path;

use common::kdcl;
use common::workbooks::{ods, ods_with};
use unicode_normalization::UnicodeNormalization;

fn write(dir: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    let path = dir.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

/// A repository with one plan naming two schools of `roster_name`.
fn repo(extra_plan_keys: &str, roster_name: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    write(
        tmp.path(),
        "plans/lai-chau/doan-ket/2025.toml",
        format!(
            "[plan]\ntitle = \"T\"\nissuer = \"UBND xã Đoàn Kết\"\narea = \"xã Đoàn Kết\"\nprovince = \"Lai Châu\"\nyear = 2025\nroster = \"{roster_name}\"\n{extra_plan_keys}\n[targets]\ntotal = 2\n\n[[school]]\nschool = \"MN Nậm Loỏng\"\naction = \"new\"\n\n[[school]]\nschool = \"TH Thanh Hoà\"\naction = \"new\"\n"
        ),
    );
    tmp
}

const ROSTER: &str = "code,name,kind\nDK-01,Trường Mầm non Nậm Loỏng,MN\nDK-02,Trường Tiểu học Thanh Hòa,TH\nDK-03,Trường Tiểu học Số 3,THX\n";

/// The one finding expected from [`ROSTER`]: the bad kind of DK-03.
fn assert_only_bad_kind(run: &common::Run, line: u64, column: u64) {
    let all = run.json()["diagnostics"].as_array().unwrap().clone();
    assert_eq!(all.len(), 1, "{}", run.stdout);
    assert_eq!(all[0]["code"], "KD306");
    assert_eq!(
        (all[0]["line"].as_u64(), all[0]["column"].as_u64()),
        (Some(line), Some(column)),
        "{}",
        run.stdout
    );
    assert!(all[0]["message"].as_str().unwrap().contains("\"THX\""));
}

fn check_json(dir: &Path) -> common::Run {
    kdcl(dir, &["check", "plans", "--format", "json"])
}

const DIR: &str = "plans/lai-chau/doan-ket";

#[test]
fn utf8_with_and_without_bom_and_semicolons() {
    let tmp = repo("", "roster.csv");
    write(tmp.path(), &format!("{DIR}/roster.csv"), ROSTER);
    assert_only_bad_kind(&check_json(tmp.path()), 4, 28);
    write(
        tmp.path(),
        &format!("{DIR}/roster.csv"),
        format!("\u{feff}{}", ROSTER.replace(',', ";")),
    );
    // The BOM is not a character of the first line; columns count from the text.
    assert_only_bad_kind(&check_json(tmp.path()), 4, 28);
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        out.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

#[test]
fn utf16_unicode_text_from_excel() {
    // Excel's "Unicode Text": UTF-16 LE with BOM, tab-separated, CRLF.
    let text = ROSTER.replace(',', "\t").replace('\n', "\r\n");
    let tmp = repo("", "roster.csv");
    write(
        tmp.path(),
        &format!("{DIR}/roster.csv"),
        utf16(&text, false),
    );
    assert_only_bad_kind(&check_json(tmp.path()), 4, 28);
    write(tmp.path(), &format!("{DIR}/roster.csv"), utf16(&text, true));
    assert_only_bad_kind(&check_json(tmp.path()), 4, 28);
}

/// Windows-1258 as Excel writes it: base letters (ă â ê ô ơ ư đ) are bytes,
/// tone marks are combining bytes after them.
fn cp1258(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for c in text.nfc() {
        let parts: Vec<char> = c.nfd().collect();
        let tone = parts
            .iter()
            .copied()
            .find(|t| matches!(t, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'));
        let base: String = parts
            .iter()
            .filter(|p| Some(**p) != tone)
            .collect::<String>()
            .nfc()
            .collect();
        let (bytes, _, bad) = encoding_rs::WINDOWS_1258.encode(&base);
        assert!(!bad, "{base} is not in Windows-1258");
        out.extend_from_slice(&bytes);
        if let Some(t) = tone {
            out.push(match t {
                '\u{300}' => 0xCC,
                '\u{301}' => 0xEC,
                '\u{303}' => 0xDE,
                '\u{309}' => 0xD2,
                _ => 0xF2,
            });
        }
    }
    out
}

#[test]
fn windows_1258_detected_and_forced() {
    let bytes = cp1258(&ROSTER.replace('\n', "\r\n"));
    assert!(std::str::from_utf8(&bytes).is_err());
    let tmp = repo("", "roster.csv");
    write(tmp.path(), &format!("{DIR}/roster.csv"), &bytes);
    // Decoded, composed to NFC: columns count composed characters.
    assert_only_bad_kind(&check_json(tmp.path()), 4, 28);
    let forced = repo("roster_encoding = \"windows-1258\"", "roster.csv");
    write(forced.path(), &format!("{DIR}/roster.csv"), &bytes);
    assert_only_bad_kind(&check_json(forced.path()), 4, 28);
    let bad = repo("roster_encoding = \"latin-9\"", "roster.csv");
    write(bad.path(), &format!("{DIR}/roster.csv"), &bytes);
    let run = check_json(bad.path());
    assert!(run.codes().contains(&"KD003".to_string()), "{}", run.stdout);
}

/// "Trường Mầm non Nậm Loỏng" and friends typed with TCVN3 (ABC) fonts, as
/// Excel shows them without the font (one Latin-1 character a byte).
const TCVN3_ROSTER: &str = "code,name,kind\nDK-01,Tr\u{AD}êng MÇm non NËm Lo\u{E1}ng,MN\nDK-02,Tr\u{AD}êng TiÓu häc Thanh Hßa,TH\n";
const VNI_ROSTER: &str = "code,name,kind\nDK-01,Tröôøng Maàm non Naäm Loûng,MN\nDK-02,Tröôøng Tieåu hoïc Thanh Hoøa,TH\n";

fn assert_legacy(run: &common::Run, encoding: &str) {
    let all = run.json()["diagnostics"].as_array().unwrap().clone();
    let legacy: Vec<_> = all.iter().filter(|d| d["code"] == "KD310").collect();
    assert_eq!(legacy.len(), 1, "{}", run.stdout);
    let d = legacy[0];
    assert!(d["message"].as_str().unwrap().contains(encoding), "{d}");
    assert!(d["message"].as_str().unwrap().contains("2 rows"), "{d}");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(2), Some(7))
    );
    let help = d["help"].to_string();
    assert!(help.contains("Trường Mầm non"), "{help}");
    assert!(
        help.contains("Unikey") && help.contains("CSV UTF-8"),
        "{help}"
    );
    // Never read as school names: both listed schools are unknown.
    assert_eq!(all.iter().filter(|d| d["code"] == "KD201").count(), 2);
    assert_eq!(run.status, 1);
}

#[test]
fn legacy_font_text_is_reported_not_read() {
    let tmp = repo("", "roster.csv");
    // Saved as CSV UTF-8 from a sheet typed in .VnTime.
    write(tmp.path(), &format!("{DIR}/roster.csv"), TCVN3_ROSTER);
    assert_legacy(&check_json(tmp.path()), "TCVN3 (ABC)");
    // Saved as plain CSV: the font's bytes themselves.
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(TCVN3_ROSTER);
    assert!(std::str::from_utf8(&bytes).is_err());
    write(tmp.path(), &format!("{DIR}/roster.csv"), &bytes);
    assert_legacy(&check_json(tmp.path()), "TCVN3 (ABC)");
    write(tmp.path(), &format!("{DIR}/roster.csv"), VNI_ROSTER);
    assert_legacy(&check_json(tmp.path()), "VNI");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(VNI_ROSTER);
    write(tmp.path(), &format!("{DIR}/roster.csv"), &bytes);
    assert_legacy(&check_json(tmp.path()), "VNI");
}

/// A workbook with a title row, Vietnamese headers, a code with leading
/// zeros kept as text, a recognition date as an Excel date, a year as a number.
fn workbook(path: &Path, sheet: &str) {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    book.add_worksheet().set_name("Hướng dẫn").unwrap();
    let ws = book.add_worksheet();
    ws.set_name(sheet).unwrap();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    ws.write_string(0, 0, "DANH SÁCH TRƯỜNG XÃ ĐOÀN KẾT")
        .unwrap();
    for (c, h) in [
        "STT",
        "Mã trường",
        "Tên trường",
        "Cấp học",
        "Mức độ",
        "Năm công nhận",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    let rows: [(&str, &str, &str); 3] = [
        ("001234", "Trường Mầm non Nậm Loỏng", "MN"),
        ("001235", "Trường Tiểu học Thanh Hòa", "TH"),
        ("001236", "Trường Tiểu học Số 3", "THX"),
    ];
    for (i, (code, name, kind)) in rows.iter().enumerate() {
        let r = 3 + i as u32;
        ws.write_number(r, 0, (i + 1) as f64).unwrap();
        ws.write_string(r, 1, *code).unwrap();
        ws.write_string(r, 2, *name).unwrap();
        ws.write_string(r, 3, *kind).unwrap();
    }
    // DK-02 holds level 1 since 15/10/2021 (an Excel date).
    ws.write_number(4, 4, 1.0).unwrap();
    ws.write_number_with_format(4, 5, 44484.0, &date).unwrap();
    ws.write_string(7, 0, "Tổng cộng").unwrap();
    ws.write_string(9, 2, "Người lập biểu").unwrap();
    book.save(path).unwrap();
}

#[test]
fn xlsx_roster_on_a_named_sheet_with_cell_locations() {
    let tmp = repo("roster_sheet = \"ds truong\"", "roster.xlsx");
    workbook(&tmp.path().join(DIR).join("roster.xlsx"), "DS trường");
    let run = check_json(tmp.path());
    let all = run.json()["diagnostics"].as_array().unwrap().clone();
    let bad: Vec<_> = all.iter().filter(|d| d["code"] == "KD306").collect();
    assert_eq!(bad.len(), 1, "{}", run.stdout);
    let d = bad[0];
    assert_eq!(d["file"], format!("{DIR}/roster.xlsx"));
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(6), Some(4))
    );
    assert_eq!(d["cell"], "'DS trường'!D6");
    // The title above the header and the footer are notes; TH Thanh Hòa
    // holds a recognition since 2021 (an Excel date), so `new` is KD402.
    let codes = run.codes();
    assert!(
        codes
            .iter()
            .all(|c| ["KD306", "KD314", "KD402"].contains(&c.as_str())),
        "{codes:?}"
    );
    assert_eq!(codes.iter().filter(|c| *c == "KD314").count(), 2);
    let human = kdcl(tmp.path(), &["check", "plans"]).stdout;
    insta::assert_snapshot!("xlsx-human", human);
    assert!(
        human.contains(&format!("--> {DIR}/roster.xlsx:'DS trường'!D6")),
        "{human}"
    );
    let github = kdcl(tmp.path(), &["check", "plans", "--format", "github"]).stdout;
    assert!(github.contains("line=6,col=4"), "{github}");
    assert!(github.contains("roster.xlsx:'DS trường'!D6"), "{github}");

    // The first sheet is the default; a sheet that is not there is KD312.
    let first = repo("", "roster.xlsx");
    workbook(&first.path().join(DIR).join("roster.xlsx"), "DS trường");
    let run = check_json(first.path());
    assert!(run.codes().contains(&"KD304".to_string()), "{}", run.stdout);
    let missing = repo("roster_sheet = \"Danh sách\"", "roster.xlsx");
    workbook(&missing.path().join(DIR).join("roster.xlsx"), "DS trường");
    let run = check_json(missing.path());
    let d = &first_finding(&run, "KD312");
    assert!(d["help"].to_string().contains("\\\"DS trường\\\""), "{d}");
}

#[test]
fn xlsx_codes_keep_leading_zeros_and_dates_count() {
    let tmp = repo("roster_sheet = \"Roster\"", "roster.xlsx");
    workbook(&tmp.path().join(DIR).join("roster.xlsx"), "Roster");
    // Name the school by its code with leading zeros; DK-02 holds level 1
    // since 2021-10-15 (an Excel date), so `new` is wrong for it (KD402).
    let plan = tmp.path().join(DIR).join("2025.toml");
    let text = fs::read_to_string(&plan)
        .unwrap()
        .replace("school = \"TH Thanh Hoà\"", "school = \"001235\"");
    fs::write(&plan, text).unwrap();
    let run = check_json(tmp.path());
    let codes = run.codes();
    assert!(codes.contains(&"KD402".to_string()), "{}", run.stdout);
    assert!(!codes.contains(&"KD201".to_string()), "{}", run.stdout);
}

#[test]
fn ods_roster() {
    let tmp = repo("", "roster.ods");
    ods(
        &tmp.path().join(DIR).join("roster.ods"),
        &[
            &["Mã trường", "Tên trường", "Loại hình"],
            &["DK-01", "Trường Mầm non Nậm Loỏng", "MN"],
            &["DK-02", "Trường Tiểu học Thanh Hòa", "TH"],
            &["DK-03", "Trường Tiểu học Số 3", "THX"],
        ],
    );
    let run = check_json(tmp.path());
    let d = &run.json()["diagnostics"];
    assert_eq!(d.as_array().unwrap().len(), 1, "{}", run.stdout);
    assert_eq!(d[0]["code"], "KD306");
    assert_eq!(d[0]["cell"], "Trường!C4");
    assert_eq!(
        (d[0]["line"].as_u64(), d[0]["column"].as_u64()),
        (Some(4), Some(3))
    );
}

#[test]
fn a_tiny_ods_that_repeats_a_row_a_million_times_is_refused_at_once() {
    let tmp = repo("", "roster.ods");
    ods_with(
        &tmp.path().join(DIR).join("roster.ods"),
        &[&["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]],
        " table:number-rows-repeated=\"1000000\"",
    );
    let start = std::time::Instant::now();
    let run = check_json(tmp.path());
    assert!(start.elapsed().as_secs() < 10, "{:?}", start.elapsed());
    let d = &first_finding(&run, "KD302");
    assert!(d["help"].to_string().contains("cells"), "{d}");
}

#[test]
fn a_workbook_saved_as_csv_and_a_broken_workbook_are_reported() {
    let tmp = repo("", "roster.csv");
    workbook(&tmp.path().join(DIR).join("roster.csv"), "Roster");
    let run = check_json(tmp.path());
    let d = &first_finding(&run, "KD302");
    assert!(d["help"].to_string().contains("workbook"), "{d}");

    let broken = repo("", "roster.xlsx");
    write(
        broken.path(),
        &format!("{DIR}/roster.xlsx"),
        b"PK\x03\x04 not really",
    );
    let run = check_json(broken.path());
    assert_eq!(
        run.json()["diagnostics"][0]["code"],
        "KD302",
        "{}",
        run.stdout
    );
    assert_eq!(run.status, 1);
}

#[test]
fn rosters_beside_plans_may_be_workbooks() {
    let tmp = repo("", "roster.xlsx");
    let plan = tmp.path().join(DIR).join("2025.toml");
    let text = fs::read_to_string(&plan)
        .unwrap()
        .replace("roster = \"roster.xlsx\"\n", "roster_sheet = \"Roster\"\n");
    fs::write(&plan, text).unwrap();
    workbook(&tmp.path().join(DIR).join("roster.xlsx"), "Roster");
    let run = check_json(tmp.path());
    assert!(run.codes().contains(&"KD306".to_string()), "{}", run.stdout);
    assert_eq!(run.json()["files_checked"], 2);
}

#[test]
fn repeated_headers_blank_rows_and_signatures_are_skipped_with_notes() {
    let tmp = repo("", "roster.csv");
    write(
        tmp.path(),
        &format!("{DIR}/roster.csv"),
        "code,name,kind\nDK-01,Trường Mầm non Nậm Loỏng,MN\n,,\ncode,name,kind\nDK-02,Trường Tiểu học Thanh Hòa,TH\n,,\n,Tổng cộng: 2 trường,\n,,\n,\"Đoàn Kết, ngày 10 tháng 01 năm 2025\",\n,Người lập biểu,\n,Nguyễn Văn A,\n",
    );
    let run = check_json(tmp.path());
    let all = run.json()["diagnostics"].as_array().unwrap().clone();
    let notes: Vec<(u64, String)> = all
        .iter()
        .map(|d| {
            assert_eq!(d["code"], "KD314", "{}", run.stdout);
            (
                d["line"].as_u64().unwrap(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert_eq!(notes[0].0, 3);
    assert!(notes[0].1.contains("2 blank rows"), "{notes:?}");
    assert_eq!(notes[1].0, 4);
    assert!(notes[1].1.contains("repeats the header"), "{notes:?}");
    assert_eq!(notes[2].0, 7);
    assert!(notes[2].1.contains("5 rows"), "{notes:?}");
    assert_eq!(run.status, 0);
}

#[test]
fn a_code_in_scientific_notation_is_an_error_on_its_cell() {
    let tmp = repo("", "roster.csv");
    write(
        tmp.path(),
        &format!("{DIR}/roster.csv"),
        "code;name;kind\n1,23E+11;Trường Mầm non Nậm Loỏng;MN\n1,23E+11;Trường Tiểu học Thanh Hòa;TH\n",
    );
    let run = check_json(tmp.path());
    let all = run.json()["diagnostics"].as_array().unwrap().clone();
    assert_eq!(all.len(), 2, "{}", run.stdout);
    for (d, line) in all.iter().zip([2, 3]) {
        assert_eq!(d["code"], "KD313");
        assert_eq!(
            (d["line"].as_u64(), d["column"].as_u64()),
            (Some(line), Some(1))
        );
    }
}

// Limits: nothing hangs, nothing reads without bound.

#[test]
fn a_roster_over_the_size_limit_is_refused() {
    let tmp = repo("", "roster.csv");
    let big = past_one_mib(ROSTER.to_string(), "# padding padding padding padding\n");
    write(tmp.path(), &format!("{DIR}/roster.csv"), &big);
    let run = refused_under_one_mib(tmp.path(), "KD302");
    assert_eq!(run.status, 1);
}

/// The run's first finding, which must be `code`.
fn first_finding(run: &common::Run, code: &str) -> serde_json::Value {
    let d = run.json()["diagnostics"][0].clone();
    assert_eq!(d["code"], code, "{}", run.stdout);
    d
}

/// `text` with `pad` repeated until it is just over 1 MiB.
fn past_one_mib(mut text: String, pad: &str) -> String {
    while text.len() < (1 << 20) + 10 {
        text.push_str(pad);
    }
    text
}

/// Checks under `--max-file-size 1`; the first finding is `code` and says
/// how to raise the limit.
fn refused_under_one_mib(dir: &Path, code: &str) -> common::Run {
    let run = kdcl(
        dir,
        &["check", "plans", "--format", "json", "--max-file-size", "1"],
    );
    let d = &first_finding(&run, code);
    assert!(d["help"].to_string().contains("--max-file-size"), "{d}");
    run
}

#[test]
fn an_evaluation_file_over_the_size_limit_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let example = common::repo().join("examples/assess-tt17");
    let area = "plans/lam-dong/xa-hoa-ninh";
    write(
        tmp.path(),
        "kdcl.toml",
        fs::read(example.join("kdcl.toml")).unwrap(),
    );
    for name in ["roster.csv", "2026.toml"] {
        let rel = format!("{area}/{name}");
        write(tmp.path(), &rel, fs::read(example.join(&rel)).unwrap());
    }
    let evaluation = fs::read_to_string(example.join(area).join("evaluation.csv")).unwrap();
    let big = past_one_mib(evaluation, ",,,,,,,,,,,,,,,,,,,,,,,,\n");
    write(tmp.path(), &format!("{area}/evaluation.csv"), &big);
    refused_under_one_mib(tmp.path(), "KD427");
    // Under the default limit the same file is read.
    let read = check_json(tmp.path());
    assert!(!read.stdout.contains("--max-file-size"), "{}", read.stdout);
}

#[test]
fn a_plan_nested_absurdly_is_refused_before_parsing() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    let deep = format!(
        "[plan]\nbasis = {}\"x\"{}\n",
        "[".repeat(200_000),
        "]".repeat(200_000)
    );
    write(tmp.path(), "plans/a/b/2025.toml", &deep);
    let run = check_json(tmp.path());
    let d = &first_finding(&run, "KD311");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(2), Some(41))
    );
}

#[cfg(unix)]
#[test]
fn folders_fifos_and_symlink_loops_neither_hang_nor_crash() {
    let tmp = repo("", "roster.csv");
    // The roster is a folder.
    fs::create_dir_all(tmp.path().join(DIR).join("roster.csv")).unwrap();
    let run = check_json(tmp.path());
    assert_eq!(
        run.json()["diagnostics"][0]["code"],
        "KD302",
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("folder"), "{}", run.stdout);
    fs::remove_dir(tmp.path().join(DIR).join("roster.csv")).unwrap();

    // The roster is a named pipe nobody writes to: reading it would wait forever.
    let fifo = tmp.path().join(DIR).join("roster.csv");
    if std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        let run = check_json(tmp.path());
        assert_eq!(
            run.json()["diagnostics"][0]["code"],
            "KD302",
            "{}",
            run.stdout
        );
        assert!(run.stdout.contains("named pipe"), "{}", run.stdout);
        // Named on the command line, as a plan, it is a finding too.
        let run = kdcl(
            tmp.path(),
            &["check", &format!("{DIR}/roster.csv"), "--format", "json"],
        );
        assert_eq!(
            run.json()["diagnostics"][0]["code"],
            "KD010",
            "{}",
            run.stdout
        );
        fs::remove_file(&fifo).unwrap();
    }

    // Symbolic links in a loop under plans/.
    write(tmp.path(), &format!("{DIR}/roster.csv"), ROSTER);
    std::os::unix::fs::symlink("..", tmp.path().join(DIR).join("up")).unwrap();
    std::os::unix::fs::symlink("self", tmp.path().join("plans/self")).unwrap();
    let run = check_json(tmp.path());
    assert_eq!(run.json()["files_checked"], 2, "{}", run.stdout);
    assert_only_bad_kind(&run, 4, 28);
}

#[test]
fn output_is_the_same_whatever_order_files_were_created_in() {
    let make = |reverse: bool| {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "kdcl.toml", "");
        let mut areas: Vec<usize> = (0..12).collect();
        if reverse {
            areas.reverse();
        }
        for a in areas {
            let dir = format!("plans/p{}/a{a}", a % 3);
            write(tmp.path(), &format!("{dir}/roster.csv"), ROSTER);
            for year in [2024, 2023, 2025] {
                write(
                    tmp.path(),
                    &format!("{dir}/{year}.toml"),
                    format!(
                        "[plan]\ntitle = \"T\"\nissuer = \"UBND xã A{a}\"\narea = \"xã A{a}\"\nprovince = \"P\"\nyear = {year}\n[targets]\ntotal = 3\n[[school]]\nschool = \"MN Nậm Loong\"\naction = \"new\"\n"
                    ),
                );
            }
        }
        tmp
    };
    let (a, b) = (make(false), make(true));
    for format in ["human", "json", "github"] {
        let first = kdcl(a.path(), &["check", "plans", "--format", format]);
        let second = kdcl(b.path(), &["check", "plans", "--format", format]);
        assert_eq!(first.stdout, second.stdout, "{format}");
        assert_eq!(
            first.stdout,
            kdcl(a.path(), &["check", "plans", "--format", format]).stdout
        );
    }
}

/// Writes the workbooks of the KD312 case from the CSV roster the cases
/// share: `cargo test --test inputs -- --ignored regenerate_case_workbooks`.
#[test]
#[ignore]
fn regenerate_case_workbooks() {
    let cases = common::cases();
    let csv = fs::read_to_string(
        cases.join("KD307-unknown-column/pass/plans/lai-chau/doan-ket/roster.csv"),
    )
    .unwrap();
    for kind in ["fail", "pass"] {
        let mut book = rust_xlsxwriter::Workbook::new();
        let ws = book.add_worksheet();
        ws.set_name("DS trường").unwrap();
        for (r, line) in csv.lines().enumerate() {
            for (c, cell) in line.split(',').enumerate() {
                match cell.parse::<f64>() {
                    Ok(n) => ws.write_number(r as u32, c as u16, n).unwrap(),
                    Err(_) => ws.write_string(r as u32, c as u16, cell).unwrap(),
                };
            }
        }
        book.save(cases.join(format!(
            "KD312-sheet-not-found/{kind}/plans/lai-chau/doan-ket/roster.xlsx"
        )))
        .unwrap();
    }
}
