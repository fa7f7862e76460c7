//! Terminal tables: whole lines through a pipe (no name cut across lines,
//! so `grep` and copy-paste find it), fitted to `COLUMNS` when it is set
//! (an 80-column terminal wraps the widest text columns at word boundaries
//! and never splits a short area or total label), shares as each language
//! writes them; the roster title-row note shown to people with --verbose.

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
    // The English headings are longer: abbreviated to fit, each said in
    // a legend line; the labels stay whole.
    let en = kdcl_env(&repo(), &["summary", "plans", "--year", "2024"], &columns);
    for line in en.stdout.lines() {
        assert!(line.chars().count() <= 80, "wider than 80: {line}");
    }
    for label in ["Biên Hòa (Đồng Nai)", "Total (tổng cộng)"] {
        line_with(&en.stdout, label);
    }
    insta::assert_snapshot!("summary-2024-en-80-columns", en.stdout);
    // Wide enough, the headers are the usual ones.
    let wide = kdcl_env(
        &repo(),
        &["summary", "plans", "--year", "2024"],
        &[("COLUMNS", "100")],
    );
    line_with(&wide.stdout, "Schools Listed New Renew Raise Accredit");
    assert!(!wide.stdout.contains("Acc. ="), "{}", wide.stdout);

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

/// A roster as offices export it: a title above the header.
fn titled_roster() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    common::write(tmp.path(), "kdcl.toml", "");
    common::write(
        tmp.path(),
        "plans/p/a/roster.csv",
        "DANH SÁCH TRƯỜNG XÃ A\ncode,name,kind,standard_level,standard_year\nA-01,Trường Mầm non Hoa Sen,MN,1,2022\n",
    );
    common::write(
        tmp.path(),
        "plans/p/a/2025.toml",
        "[plan]\ntitle = \"T\"\nissuer = \"U\"\narea = \"xã A\"\nprovince = \"Lai Châu\"\nyear = 2025\n\n[targets]\ntotal = 1\n\n[[school]]\nschool = \"Trường Mầm non Hoa Sen\"\naction = \"raise\"\nlevel = 2\n",
    );
    tmp
}

#[test]
fn the_title_row_note_is_shown_to_people_only_with_verbose() {
    let tmp = titled_roster();
    for (lang, note) in [("en", "as a title"), ("vi", "dòng tiêu đề")] {
        let quiet = kdcl(tmp.path(), &["--lang", lang, "check", "plans"]);
        assert!(!quiet.stdout.contains(note), "{}", quiet.stdout);
        assert!(!quiet.stdout.contains("KD314"), "{}", quiet.stdout);
        let verbose = kdcl(tmp.path(), &["--lang", lang, "check", "plans", "--verbose"]);
        assert!(verbose.stdout.contains(note), "{}", verbose.stdout);
        assert_eq!(
            verbose.stdout.matches("KD314").count(),
            1,
            "once per roster"
        );
    }
    // Tools always get it.
    let json = kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    assert_eq!(json.codes(), ["KD314"], "{}", json.stdout);
}
