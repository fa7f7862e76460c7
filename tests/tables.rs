//! Terminal tables: whole lines through a pipe (no name cut across lines,
//! so `grep` and copy-paste find it), fitted to `COLUMNS` when it is set
//! (an 80-column terminal wraps the widest text columns at word boundaries
//! and never splits a short area or total label), shares as each language
//! writes them.

mod common;

use common::{kdcl, kdcl_env, repo};

fn multi_year() -> std::path::PathBuf {
    repo().join("examples/multi-year")
}

/// The line holding `text` whole.
fn line_with<'a>(out: &'a str, text: &str) -> &'a str {
    out.lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no line holds {text:?} whole:\n{out}"))
}

#[test]
fn through_a_pipe_no_cell_is_wrapped() {
    let due = kdcl(&multi_year(), &["due", "plans", "--year", "2025"]);
    let row = line_with(&due.stdout, "Trường Mầm non Hoa Sen");
    assert!(row.contains("TNH-01") && row.contains("2025.toml"), "{row}");
    let header = line_with(&due.stdout, "National standard ends (chuẩn quốc gia)");
    assert!(header.contains("School (trường)"), "{header}");

    let summary = kdcl(&repo(), &["summary", "plans", "--year", "2024"]);
    let row = line_with(&summary.stdout, "thành phố Lai Châu (Lai Châu)");
    assert!(row.contains("28/28 (100 %)"), "{row}");
    line_with(&summary.stdout, "Total (tổng cộng)");
    // The legend is one line too.
    line_with(
        &summary.stdout,
        "Schools in the area (số trường); listed in the plan (danh sách); new",
    );
}

#[test]
fn columns_fits_tables_to_80_columns_without_splitting_short_labels() {
    let columns = [("COLUMNS", "80")];
    let vi = kdcl_env(
        &repo(),
        &["--lang", "vi", "summary", "plans", "--year", "2024"],
        &columns,
    );
    for line in vi.stdout.lines() {
        assert!(line.chars().count() <= 80, "wider than 80: {line}");
    }
    for label in ["Biên Hòa (Đồng Nai)", "Cao Lộc (Lạng Sơn)", "Tổng cộng"] {
        line_with(&vi.stdout, label);
    }
    // The English headings are longer: the numbers need more than 80
    // columns, yet the labels stay whole.
    let en = kdcl_env(&repo(), &["summary", "plans", "--year", "2024"], &columns);
    for label in ["Biên Hòa (Đồng Nai)", "Total (tổng cộng)"] {
        line_with(&en.stdout, label);
    }

    let due = kdcl_env(&multi_year(), &["due", "plans", "--year", "2025"], &columns);
    for line in due.stdout.lines() {
        assert!(line.chars().count() <= 80, "wider than 80: {line}");
    }
    // The school names, the widest column, are wrapped at word boundaries.
    let words: Vec<&str> = due.stdout.split_whitespace().collect();
    for word in "Trường Mầm non Hoa Sen".split(' ') {
        assert!(words.contains(&word), "{word} cut:\n{}", due.stdout);
    }
    assert!(
        !due.stdout.contains("Trường Mầm non Hoa Sen"),
        "wrapped at 80"
    );
    line_with(&due.stdout, "TNH-01");
}

#[test]
fn shares_are_written_as_each_language_writes_them() {
    let vi = kdcl(
        &repo(),
        &["--lang", "vi", "summary", "plans", "--year", "2024"],
    );
    line_with(&vi.stdout, "12/13 (92,3%)");
    assert!(!vi.stdout.contains("92.3"), "{}", vi.stdout);
    let md = kdcl(
        &repo(),
        &[
            "--lang", "vi", "summary", "plans", "--year", "2024", "--format", "markdown",
        ],
    );
    line_with(&md.stdout, "47/49 (95,9%)");
    let en = kdcl(&repo(), &["summary", "plans", "--year", "2024"]);
    line_with(&en.stdout, "12/13 (92.3 %)");
    // CSV and JSON are for machines: a decimal point, whatever the language.
    let csv = kdcl(
        &repo(),
        &[
            "--lang", "vi", "summary", "plans", "--year", "2024", "--format", "csv",
        ],
    );
    line_with(&csv.stdout, ",92.3,");
}
