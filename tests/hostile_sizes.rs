//! Small files that would cost kdcl unbounded time or memory (issue 12):
//! workbooks that expand, plans that hold millions of values, files with
//! more findings than anyone reads. Each is refused, or cut with one
//! finding that says the rest were not listed, within seconds.

mod common;

use common::workbooks::{ods_table, xlsx_shared};
use common::{kdcl_within, write};

const AREA: &str = "plans/lai-chau/doan-ket";

const HEAD: &str = "[plan]\ntitle = \"T\"\nissuer = \"UBND xã Đoàn Kết\"\narea = \"xã Đoàn Kết\"\nprovince = \"Lai Châu\"\nyear = 2025\n";

fn repository(plan: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    write(tmp.path(), &format!("{AREA}/2025.toml"), plan);
    tmp
}

fn check(dir: &std::path::Path) -> common::Run {
    kdcl_within(dir, &["check", "plans", "--format", "json"], 20)
}

fn findings_in(run: &common::Run, file: &str) -> Vec<serde_json::Value> {
    run.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"] == file)
        .cloned()
        .collect()
}

/// The roster's one finding: it was not read, and why.
fn refused_roster(run: &common::Run, name: &str, why: &str) {
    let found = findings_in(run, &format!("{AREA}/{name}"));
    assert_eq!(found.len(), 1, "{}", run.stdout);
    let text = found[0].to_string();
    assert!(text.contains(why), "{why}: {text}");
}

// 5. Repeated spaces, rows and columns of an ODS sheet are counted before
// anything is built.
#[test]
fn an_ods_that_repeats_spaces_rows_or_columns_is_refused_at_once() {
    let row = |cell: &str| {
        format!(
            "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Mã trường</text:p></table:table-cell><table:table-cell office:value-type=\"string\">{cell}</table:table-cell></table:table-row>"
        )
    };
    for (what, body) in [
        (
            "two billion spaces",
            row("<text:p>a<text:s text:c=\"2000000000\"/>b</text:p>"),
        ),
        (
            "fifty million spaces",
            row("<text:p>a<text:s text:c=\"50000000\"/>b</text:p>"),
        ),
        (
            "a cell repeated a billion times",
            "<table:table-row><table:table-cell table:number-columns-repeated=\"1000000000\" office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>".to_string(),
        ),
        (
            "many spaces in many cells",
            row(&"<text:p><text:s text:c=\"900000\"/></text:p>".repeat(40)),
        ),
    ] {
        let tmp = repository(HEAD);
        ods_table(&tmp.path().join(AREA).join("roster.ods"), &body);
        let start = std::time::Instant::now();
        let run = check(tmp.path());
        assert!(start.elapsed().as_secs() < 10, "{what}: {:?}", start.elapsed());
        refused_roster(&run, "roster.ods", "limit");
    }
}

// 6. The text a workbook expands to is bounded, not only its cell count.
#[test]
fn an_xlsx_referencing_one_huge_shared_string_many_times_is_refused() {
    let tmp = repository(HEAD);
    let huge = "x".repeat(10 << 20);
    let rows: Vec<Vec<usize>> = (0..40).map(|_| vec![0]).collect();
    let rows: Vec<&[usize]> = rows.iter().map(Vec::as_slice).collect();
    let path = tmp.path().join(AREA).join("roster.xlsx");
    xlsx_shared(&path, &[&huge], &rows);
    assert!(std::fs::metadata(&path).unwrap().len() < 100_000);
    let start = std::time::Instant::now();
    let run = check(tmp.path());
    assert!(start.elapsed().as_secs() < 10, "{:?}", start.elapsed());
    refused_roster(&run, "roster.xlsx", "limit");
}

// 8. A plan under the size limit still cannot make kdcl hold millions of
// values: past a bound, one finding says the rest were not read.
#[test]
fn a_plan_with_a_huge_array_or_countless_tables_is_bounded() {
    let values = vec!["1"; 300_000].join(",");
    let school_lines = "[[school]]\n".repeat(200_000);
    for (what, plan) in [
        ("array", format!("{HEAD}basis = [{values}]\n")),
        ("tables", format!("{HEAD}{school_lines}")),
        (
            "keys",
            format!(
                "{HEAD}[targets]\n{}",
                (0..200_000)
                    .map(|i| format!("k{i} = 1\n"))
                    .collect::<String>()
            ),
        ),
    ] {
        let tmp = repository(&plan);
        let start = std::time::Instant::now();
        let run = check(tmp.path());
        assert!(
            start.elapsed().as_secs() < 10,
            "{what}: {:?}",
            start.elapsed()
        );
        let found = findings_in(&run, &format!("{AREA}/2025.toml"));
        assert!(found.len() <= 1_001, "{what}: {} findings", found.len());
        assert!(
            run.stdout.len() < 2 << 20,
            "{what}: {} bytes",
            run.stdout.len()
        );
        assert!(
            found
                .iter()
                .any(|d| d["message"].to_string().contains("not")),
            "{what}: {}",
            &run.stdout[..run.stdout.len().min(2000)]
        );
        assert_eq!(run.status, 1);
    }
}

// 8. Findings per file are bounded: past the bound, one finding says how
// many more there were.
#[test]
fn findings_past_the_bound_of_a_file_are_one_finding_that_says_so() {
    let tmp = repository(HEAD);
    let mut roster = String::from("code,name,kind\n");
    for i in 0..5_000 {
        roster.push_str(&format!("C-{i},Trường Mầm non Số {i},XYZ\n"));
    }
    write(tmp.path(), &format!("{AREA}/roster.csv"), roster);
    let run = check(tmp.path());
    let found = findings_in(&run, &format!("{AREA}/roster.csv"));
    assert!(found.len() <= 1_001, "{} findings", found.len());
    let last = found.last().unwrap().to_string();
    assert!(last.contains("not listed"), "{last}");
    assert_eq!(run.status, 1);
}

// 6. Laid out, every row is as wide as the widest: cells far apart on many
// rows would make a box of millions of empty cells.
#[test]
fn an_xlsx_with_cells_far_apart_on_many_rows_is_refused() {
    let tmp = repository(HEAD);
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for r in 1..=20_000 {
        sheet.push_str(&format!(
            "<row r=\"{r}\"><c r=\"A{r}\" t=\"s\"><v>0</v></c><c r=\"IU{r}\" t=\"s\"><v>0</v></c></row>"
        ));
    }
    sheet.push_str("</sheetData></worksheet>");
    let shared = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>x</t></si></sst>"#;
    std::fs::write(
        tmp.path().join(AREA).join("roster.xlsx"),
        common::workbooks::xlsx_bytes(sheet.as_bytes(), shared.as_bytes()),
    )
    .unwrap();
    let start = std::time::Instant::now();
    let run = check(tmp.path());
    assert!(start.elapsed().as_secs() < 10, "{:?}", start.elapsed());
    refused_roster(&run, "roster.xlsx", "limit");
}

// 8. A plan's own findings are bounded too: thousands of unknown schools
// are a thousand findings and one that says how many more.
#[test]
fn a_plan_with_thousands_of_findings_lists_a_bounded_number() {
    let mut plan = format!("{HEAD}\n[targets]\ntotal = 3000\n");
    for i in 0..3_000 {
        plan.push_str(&format!(
            "\n[[school]]\nschool = \"MN Không Có {i}\"\naction = \"new\"\n"
        ));
    }
    let tmp = repository(&plan);
    write(
        tmp.path(),
        &format!("{AREA}/roster.csv"),
        "code,name,kind\nDK-01,Trường Mầm non Nậm Loỏng,MN\n",
    );
    let run = check(tmp.path());
    let found = findings_in(&run, &format!("{AREA}/2025.toml"));
    assert_eq!(found.len(), 1_001, "{}", found.len());
    let last = found.last().unwrap().to_string();
    assert!(last.contains("not listed"), "{last}");
    assert_eq!(run.status, 1);
}

// 5. Found by the sheet_xml fuzz target: calamine reads a sheet, a cell or
// an annotation until its end tag and loops for ever on a file where it
// never comes. A workbook whose elements are not closed in order is
// refused before calamine sees it.
#[test]
fn an_ods_whose_elements_are_not_closed_in_order_is_refused_at_once() {
    let ns = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0""#;
    for body in [
        // The sheet's end tag misspelt.
        "<table:table table:name=\"T\"><table:table-row><table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row></table:tab  le>",
        // A cell closed by a misspelt end tag (found by the fuzzer too).
        "<table:table table:name=\"T\"><table:table-row><table:table-cell office:value-type=\"string\"><text:p>x</text:p></btale:table-cell></table:table-row></table:table>",
        // A cell's annotation never closed.
        "<table:table table:name=\"T\"><table:table-row><table:table-cell office:value-type=\"string\"><office:annotation><text:p>a</text:p></office:annotationX></table:table-cell></table:table-row></table:table>",
    ] {
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2"><office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>"#
        );
        let tmp = repository(HEAD);
        std::fs::write(
            tmp.path().join(AREA).join("roster.ods"),
            common::workbooks::ods_bytes(content.as_bytes()),
        )
        .unwrap();
        let run = kdcl_within(tmp.path(), &["check", "plans", "--format", "json"], 10);
        refused_roster(&run, "roster.ods", "never closed");
    }
}
