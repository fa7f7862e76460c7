//! `--format xlsx -o FILE` of `summary`, `due`, `diff` and `check`: each
//! workbook read back with calamine and compared cell by cell with the JSON
//! of the same command; files never replaced without `--force`.

mod common;

use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::{kdcl, kdcl_env, repo};
use serde_json::Value;

/// A workbook as read: each sheet's name and rows (the header first).
type Book = Vec<(String, Vec<Vec<Data>>)>;

/// Every sheet of a workbook: its name and its rows (the header first).
fn sheets(path: &Path) -> Book {
    let mut book: Xlsx<_> = open_workbook(path).expect("a workbook calamine reads");
    let names = book.sheet_names();
    names
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).expect("the sheet reads");
            assert_eq!(range.start(), Some((0, 0)), "{name} starts at A1");
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (name, rows)
        })
        .collect()
}

/// The formulas of a sheet, by row and column.
fn formulas(path: &Path, sheet: &str) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let range = book.worksheet_formula(sheet).unwrap();
    let (r0, c0) = range.start().unwrap_or((0, 0));
    let mut out = vec![vec![String::new(); 40]; 200];
    for (r, c, f) in range.used_cells() {
        out[r + r0 as usize][c + c0 as usize] = f.clone();
    }
    out
}

/// A JSON value as the cell that holds it: a number, text, or nothing.
fn cell_of(v: &Value) -> Data {
    match v {
        Value::Null => Data::Empty,
        Value::Number(n) => Data::Float(n.as_f64().unwrap()),
        Value::String(s) if s.is_empty() => Data::Empty,
        Value::String(s) => Data::String(s.clone()),
        other => panic!("not a cell: {other}"),
    }
}

/// Runs `args` with `--format json`, then `--format xlsx -o`; both outputs.
fn both(dir: &Path, args: &[&str], lang: &str) -> (Value, Book, tempfile::TempDir) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out.xlsx");
    let mut json_args = vec!["--lang", lang];
    json_args.extend(args);
    json_args.extend(["--format", "json"]);
    let json = kdcl(dir, &json_args);
    let mut xlsx_args = vec!["--lang", lang];
    xlsx_args.extend(args);
    let out_str = out.to_str().unwrap();
    xlsx_args.extend(["--format", "xlsx", "-o", out_str]);
    let run = kdcl_env(dir, &xlsx_args, &[("KDCL_TODAY", "2026-01-15")]);
    assert_eq!(run.stdout, "", "a workbook goes to its file only");
    assert!(run.status < 2, "{}", run.stderr);
    assert!(out.is_file());
    let read = sheets(&out);
    (json.json(), read, tmp)
}

const SUMMARY_KEYS: [&str; 9] = [
    "schools",
    "listed",
    "new",
    "renew",
    "raise",
    "accredit",
    "recognised_before",
    "recognised_after",
    "level2_after",
];

fn compare_summary(json: &Value, rows: &[Vec<Data>], by_area: bool) {
    let all: Vec<&Value> = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .chain([&json["total"]])
        .collect();
    assert_eq!(
        rows.len(),
        all.len() + 1,
        "a row per JSON row, and the header"
    );
    let first = if by_area { 2 } else { 1 };
    for (row, j) in rows[1..].iter().zip(all) {
        assert_eq!(row[0], cell_of(&j["label"]));
        if by_area {
            assert_eq!(row[1], cell_of(&j["province"]));
        }
        for (i, key) in SUMMARY_KEYS.iter().enumerate() {
            assert_eq!(row[first + i], cell_of(&j[key]), "{key} of {}", j["label"]);
        }
        let share = &row[first + 9];
        match &j["share"] {
            Value::Null => assert_eq!(*share, Data::Empty),
            s => {
                let Data::Float(f) = share else {
                    panic!("share is a number: {share:?}")
                };
                let percent = (f * 1000.0).round() / 10.0;
                assert_eq!(percent, s["percent"].as_f64().unwrap(), "{}", j["label"]);
            }
        }
        assert_eq!(row[first + 10], cell_of(&j["waves"]));
        let notes: Vec<String> = j["notes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.to_string())
            .collect();
        assert_eq!(row[first + 13], cell_of(&Value::String(notes.join(", "))));
    }
}

#[test]
fn summary_workbook_equals_its_json() {
    for lang in ["en", "vi"] {
        let (json, book, tmp) = both(&repo(), &["summary", "--year", "2024", "plans"], lang);
        let (name, rows) = &book[0];
        let expected = if lang == "vi" {
            "Tổng hợp 2024"
        } else {
            "Summary 2024"
        };
        assert_eq!(name, expected);
        let heading = if lang == "vi" {
            "Địa bàn"
        } else {
            "Area (địa bàn)"
        };
        assert_eq!(rows[0][0], Data::String(heading.into()));
        compare_summary(&json, rows, true);
        // Shares are formulas over the row's own counts: after / schools.
        let f = formulas(&tmp.path().join("out.xlsx"), name);
        assert_eq!(f[1][11], "IF(C2=0,\"\",J2/C2)", "{:?}", &f[1]);
        // The areas without a plan this year are a table of their own.
        let absent = json["without_plan"].as_array().unwrap();
        let (_, rows) = book
            .iter()
            .find(|(n, _)| n.contains("2024") && n != expected)
            .unwrap();
        assert_eq!(rows.len(), absent.len() + 1);
        for (row, a) in rows[1..].iter().zip(absent) {
            assert_eq!(row[0], cell_of(&a["area"]));
        }
    }
    let (json, book, _tmp) = both(
        &repo(),
        &["summary", "--year", "2024", "plans", "--by", "province"],
        "en",
    );
    compare_summary(&json, &book[0].1, false);
}

#[test]
fn summary_workbook_of_the_multi_year_example_equals_its_json() {
    let dir = repo().join("examples/multi-year");
    let (json, book, _tmp) = both(&dir, &["summary", "plans"], "en");
    compare_summary(&json, &book[0].1, true);
}

#[test]
fn due_workbook_has_a_sheet_per_area_equal_to_its_json() {
    let dir = repo().join("examples/multi-year");
    for year in ["2025", "2026"] {
        let (json, book, _tmp) = both(&dir, &["due", "plans", "--year", year], "vi");
        let areas = json["areas"].as_array().unwrap();
        assert_eq!(book.len(), areas.len().max(1));
        for ((name, rows), area) in book.iter().zip(areas) {
            assert_eq!(*name, area["area"].as_str().unwrap());
            assert_eq!(rows[0][0], Data::String("Trường".into()));
            let schools = area["schools"].as_array().unwrap();
            assert_eq!(rows.len(), schools.len() + 1);
            for (row, s) in rows[1..].iter().zip(schools) {
                assert_eq!(row[0], cell_of(&s["school"]));
                assert_eq!(row[1], cell_of(&s["code"]));
                assert_eq!(row[2], cell_of(&s["kind"]));
                for (at, term) in [(3, &s["standard"]), (6, &s["accreditation"])] {
                    if term.is_null() {
                        assert_eq!(row[at..at + 3], [Data::Empty, Data::Empty, Data::Empty]);
                    } else {
                        assert_eq!(row[at], cell_of(&term["level"]));
                        assert_eq!(row[at + 1], cell_of(&term["made"]));
                        assert_eq!(row[at + 2], cell_of(&term["source"]));
                    }
                }
                assert_eq!(row[9], cell_of(&s["planned"]));
            }
        }
    }
}

fn compare_findings(json: &Value, rows: &[Vec<Data>]) {
    let found = json["diagnostics"].as_array().unwrap();
    assert_eq!(rows.len(), found.len() + 1);
    for (row, d) in rows[1..].iter().zip(found) {
        assert_eq!(row[0], cell_of(&d["code"]));
        assert_eq!(row[1], cell_of(&d["rule"]));
        assert_eq!(row[2], cell_of(&d["severity"]));
        assert_eq!(row[3], cell_of(&d["file"]));
        assert_eq!(row[4], cell_of(&d["line"]));
        assert_eq!(row[5], cell_of(&d["column"]));
        assert_eq!(row[6], cell_of(&d["cell"]));
        assert_eq!(row[7], cell_of(&d["school"]));
        assert_eq!(row[8], cell_of(&d["message"]));
        let help: Vec<&str> = d["help"]
            .as_array()
            .map(|h| h.iter().map(|x| x.as_str().unwrap()).collect())
            .unwrap_or_default();
        assert_eq!(row[9], cell_of(&Value::String(help.join("\n"))));
        assert_eq!(row[10], cell_of(&d["reference"]));
    }
}

#[test]
fn check_workbook_lists_the_findings_of_its_json() {
    for lang in ["en", "vi"] {
        let (json, book, _tmp) = both(&repo(), &["check", "plans"], lang);
        assert!(!json["diagnostics"].as_array().unwrap().is_empty());
        assert_eq!(book.len(), 1);
        compare_findings(&json, &book[0].1);
    }
}

#[test]
fn diff_workbook_holds_the_changes_and_findings_of_its_json() {
    let dir = repo().join("examples/multi-year");
    let (json, book, _tmp) = both(&dir, &["diff", "plans"], "en");
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Targets",
            "Schools listed",
            "After the plans",
            "Roster",
            "Findings"
        ]
    );
    let areas = json["areas"].as_array().unwrap();
    let mut targets = Vec::new();
    let mut schools = Vec::new();
    for a in areas {
        for t in a["targets"].as_array().unwrap() {
            targets.push(vec![
                cell_of(&a["area"]),
                cell_of(&a["province"]),
                cell_of(&a["from"]),
                cell_of(&a["to"]),
                cell_of(&t["key"]),
                cell_of(&t["old"]),
                cell_of(&t["new"]),
            ]);
        }
        for s in a["schools"].as_array().unwrap() {
            let side = |l: &Value| {
                if l.is_null() {
                    [Data::Empty, Data::Empty]
                } else {
                    [cell_of(&l["action"]), cell_of(&l["level"])]
                }
            };
            let mut row = vec![
                cell_of(&a["area"]),
                cell_of(&a["province"]),
                cell_of(&a["from"]),
                cell_of(&a["to"]),
                cell_of(&s["school"]),
                cell_of(&s["code"]),
                cell_of(&s["change"]),
            ];
            row.extend(side(&s["old"]));
            row.extend(side(&s["new"]));
            schools.push(row);
        }
    }
    assert!(!targets.is_empty() && !schools.is_empty());
    assert_eq!(book[0].1[1..], targets[..]);
    assert_eq!(book[1].1[1..], schools[..]);
    compare_findings(&json, &book[4].1);
}

#[test]
fn a_workbook_needs_a_file_and_never_replaces_one_without_force() {
    let tmp = tempfile::tempdir().unwrap();
    let run = kdcl(&repo(), &["summary", "plans", "--format", "xlsx"]);
    assert_eq!(run.status, 2);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("-o FILE.xlsx"), "{}", run.stderr);

    let out = tmp.path().join("kept.xlsx");
    std::fs::write(&out, "the user's own file").unwrap();
    let out_str = out.to_str().unwrap();
    for format in ["xlsx", "json"] {
        let run = kdcl(
            &repo(),
            &["summary", "plans", "--format", format, "-o", out_str],
        );
        assert_eq!(run.status, 2, "{format}");
        assert!(run.stderr.contains("--force"), "{}", run.stderr);
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            "the user's own file"
        );
    }
    let vi = kdcl(
        &repo(),
        &[
            "--lang", "vi", "summary", "plans", "--format", "xlsx", "-o", out_str,
        ],
    );
    assert!(vi.stderr.contains("không ghi đè"), "{}", vi.stderr);
    let run = kdcl(
        &repo(),
        &[
            "summary", "plans", "--format", "xlsx", "-o", out_str, "--force",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(!sheets(&out).is_empty());
}

#[test]
fn the_same_plans_give_the_same_workbook() {
    let tmp = tempfile::tempdir().unwrap();
    let mut bytes = Vec::new();
    for name in ["a.xlsx", "b.xlsx"] {
        let out = tmp.path().join(name);
        let run = kdcl_env(
            &repo(),
            &[
                "summary",
                "plans",
                "--format",
                "xlsx",
                "-o",
                out.to_str().unwrap(),
            ],
            &[("KDCL_TODAY", "2026-01-15")],
        );
        assert_eq!(run.status, 0, "{}", run.stderr);
        bytes.push(std::fs::read(out).unwrap());
    }
    assert_eq!(bytes[0], bytes[1]);
}

#[test]
fn period_workbook_equals_its_csv() {
    let dir = repo().join("examples/period-and-province");
    let args = ["summary", "plans", "--period", "2026-2030"];
    let mut csv_args = vec!["--lang", "vi"];
    csv_args.extend(args);
    csv_args.extend(["--format", "csv"]);
    let csv = kdcl(&dir, &csv_args);
    let (_, book, _tmp) = both(&dir, &args, "vi");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.stdout.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<Vec<Data>> = reader
        .records()
        .enumerate()
        .map(|(i, r)| {
            r.unwrap()
                .iter()
                .map(|c| match c.parse::<f64>() {
                    Ok(n) if i > 0 => Data::Float(n),
                    _ if c.is_empty() => Data::Empty,
                    _ => Data::String(c.to_string()),
                })
                .collect()
        })
        .collect();
    assert_eq!(book.len(), 1);
    assert_eq!(book[0].0, "2026-2030");
    assert_eq!(book[0].1, rows);
}

#[test]
fn check_workbook_of_the_multi_year_example_equals_its_json() {
    let dir = repo().join("examples/multi-year");
    let (json, book, _tmp) = both(&dir, &["check", "plans"], "en");
    compare_findings(&json, &book[0].1);
}
