//! Hostile text in names (a formula, markup, terminal escapes, a
//! right-to-left override) stays inert in every report format: a workbook
//! cell that starts with `=` is text, never a formula; HTML escapes it;
//! terminal tables show a replacement character for what a terminal would act on.

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::{kdcl, kdcl_env, write};

const FORMULA: &str = "=1+1";
const MARKUP: &str = "<script>alert(1)</script>";
const ESCAPE: &str = "\u{1b}[31m";
const RTL: &str = "\u{202e}";

fn hostile() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "kdcl.toml", "");
    write(
        tmp.path(),
        "plans/p/a/roster.csv",
        format!(
            "code,name,kind,standard_level,standard_year\nH-01,\"{FORMULA}\",MN,1,2020\nH-02,Trường {MARKUP},MN,1,2020\nH-03,Trường {ESCAPE}Đỏ,MN,1,2020\nH-04,Trường {RTL}Ngược,MN,1,2020\n"
        ),
    );
    write(
        tmp.path(),
        "plans/p/a/2025.toml",
        format!(
            "[plan]\ntitle = \"T\"\nissuer = \"U\"\narea = \"{FORMULA}\"\nprovince = \"{MARKUP}\"\nyear = 2025\n\n[targets]\ntotal = 4\n\n[[school]]\nschool = \"{FORMULA}\"\naction = \"renew\"\nlevel = 1\n\n[[school]]\nschool = \"Trường \\u001b[31mĐỏ\"\naction = \"renew\"\nlevel = 1\n\n[[school]]\nschool = \"Trường \\u202eNgược\"\naction = \"renew\"\nlevel = 1\n"
        ),
    );
    tmp
}

fn assert_inert(what: &str, text: &str) {
    for bad in ['\u{1b}', '\u{202e}', '\u{7}'] {
        assert!(!text.contains(bad), "{what}: {bad:?} in\n{text}");
    }
}

#[test]
fn a_formula_in_a_name_stays_text_in_every_workbook() {
    let tmp = hostile();
    for (name, args) in [
        ("summary.xlsx", &["summary", "plans", "--year", "2025"][..]),
        ("due.xlsx", &["due", "plans", "--year", "2025"]),
        ("check.xlsx", &["check", "plans"]),
        ("diff.xlsx", &["diff", "plans"]),
    ] {
        let out = tmp.path().join(name);
        let mut all = args.to_vec();
        all.extend(["--format", "xlsx", "-o", out.to_str().unwrap()]);
        let run = kdcl(tmp.path(), &all);
        assert!(run.status < 2, "{name}: {}", run.stderr);
        let mut book: Xlsx<_> = open_workbook(&out).unwrap();
        let mut strings = Vec::new();
        for sheet in book.sheet_names() {
            for cell in book.worksheet_range(&sheet).unwrap().used_cells() {
                if let Data::String(s) = cell.2 {
                    strings.push(s.clone());
                }
            }
            // The only formulas are kdcl's own shares.
            for (_, _, f) in book.worksheet_formula(&sheet).unwrap().used_cells() {
                assert!(f.starts_with("IF("), "{name}: formula {f}");
            }
        }
        assert_inert(name, &strings.join("\n"));
        if matches!(name, "summary.xlsx" | "due.xlsx") {
            assert!(
                strings.iter().any(|s| s.starts_with(FORMULA)),
                "{name}: the name is kept as text: {strings:?}"
            );
        }
    }
}

#[test]
fn markup_in_a_name_is_escaped_in_the_html_report() {
    let tmp = hostile();
    let run = kdcl(tmp.path(), &["report", "plans"]);
    assert!(run.status < 2, "{}", run.stderr);
    let html = run.stdout;
    assert!(!html.contains("<script"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(html.contains(FORMULA));
    assert_inert("html", &html);
    let mut reader = quick_xml::Reader::from_str(&html);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("not well-formed: {e}"),
        }
    }
}

#[test]
fn escapes_and_direction_overrides_never_reach_the_terminal_tables() {
    let tmp = hostile();
    for columns in [None, Some("80")] {
        let env: Vec<(&str, &str)> = columns.map(|c| ("COLUMNS", c)).into_iter().collect();
        for args in [
            &["summary", "plans", "--year", "2025"][..],
            &["due", "plans", "--year", "2025"],
            &[
                "--lang", "vi", "due", "plans", "--year", "2025", "--format", "markdown",
            ],
        ] {
            let run = kdcl_env(tmp.path(), args, &env);
            assert_inert(&format!("{args:?}"), &run.stdout);
            if args.contains(&"due") {
                assert!(
                    run.stdout.contains('\u{fffd}'),
                    "{args:?}: replaced, not dropped"
                );
            }
        }
    }
}
