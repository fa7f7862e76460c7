//! What each fuzz target does with one input, as plain functions: the
//! targets in fuzz_targets/ call them under libFuzzer, and
//! tests/fuzz_smoke.rs runs them on the committed seeds in every CI run.

#![allow(dead_code)]

/// Workbooks built in memory: the tests' own zip writer.
#[path = "../tests/common/workbooks.rs"]
mod workbooks;

use std::sync::Arc;

use kdcl::engine::suppress::Baseline;
use kdcl::model::report::Report;
use kdcl::render::{self, Format};
use kdcl::text::encoding::{self, Encoding};
use kdcl::text::source::SourceFile;

fn render_all(diagnostics: Vec<kdcl::diag::diagnostic::Diagnostic>) {
    let mut diagnostics = diagnostics;
    diagnostics.sort_by_cached_key(|d| d.sort_key());
    let report = Report {
        files_checked: 1,
        diagnostics,
        plans: Vec::new(),
        suppressed: 0,
    };
    render_formats(&report, &[Format::Human, Format::Json, Format::Github]);
}

/// SARIF carries every rule's documentation, so the loader targets leave
/// it and JUnit to `check_repo` and stay fast.
fn render_formats(report: &Report, formats: &[Format]) {
    for format in formats {
        render::render(report, *format, render::Options::default());
    }
}

/// The plan loader and every rule that needs no roster, then the renderers.
pub fn plan(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let file = Arc::new(SourceFile::new("plans/a/b/2025.toml", text));
    let mut sink = Vec::new();
    if kdcl::load::limits::toml_too_deep(&file.text, kdcl::load::limits::MAX_TOML_DEPTH).is_none()
        && let Some(plan) = kdcl::load::plan::load(&file, &mut sink)
    {
        kdcl::rules::schools::duplicates_without_roster(&plan, &mut sink);
        let ctx = kdcl::rules::context::PlanContext {
            plan: &plan,
            file_year: Some(2025),
            file_period: None,
            province: false,
            roster: None,
            schools: &[],
            evaluation: None,
            starts: None,
        };
        kdcl::rules::run(&ctx, &mut sink);
    }
    render_all(sink);
}

/// A CSV roster: decoding (detected, or forced by the first byte), legacy
/// fonts, the loader, name look-ups, the renderers.
pub fn roster_csv(data: &[u8]) {
    let (forced, bytes) = match data.split_first() {
        Some((0, rest)) => (Some(Encoding::Utf8), rest),
        Some((1, rest)) => (Some(Encoding::Utf16Le), rest),
        Some((2, rest)) => (Some(Encoding::Utf16Be), rest),
        Some((3, rest)) => (Some(Encoding::Windows1258), rest),
        _ => (None, data),
    };
    let Ok(decoded) = encoding::decode(bytes, forced) else {
        return;
    };
    for cell in decoded.text.split(['\n', ',']).take(64) {
        let _ = encoding::legacy_font(cell);
    }
    let file = Arc::new(SourceFile::new("plans/a/b/roster.csv", decoded.text));
    let mut sink = Vec::new();
    if let Some(roster) = kdcl::load::roster::load(&file, &mut sink) {
        let index = kdcl::model::matching::Index::new(&roster);
        for school in roster.schools.iter().take(8) {
            let _ = index.find(&school.name);
            let _ = index.find(&school.code);
            let _ = roster.cell(school, "standard_year");
        }
        let _ = index.find("MN Hoa Sen");
    }
    render_all(sink);
}

/// A workbook roster: the guards, calamine, the layout, the loader, the
/// renderers (cell places).
pub fn roster_sheet(data: &[u8]) {
    let wanted = data.first().filter(|b| **b == b'S').map(|_| "Sheet2");
    let Ok((file, records)) = kdcl::load::spreadsheet::read(data.to_vec(), "r.xlsx", wanted) else {
        return;
    };
    let mut sink = Vec::new();
    let _ = kdcl::load::roster::from_records(&file, records, &mut sink);
    render_all(sink);
}

/// A whole check: the input cut at 0xFF into a 2025 plan, a roster and a
/// 2024 plan, written into a fresh repository, checked and rendered.
pub fn check_repo(data: &[u8]) {
    let mut parts = data.splitn(3, |b| *b == 0xFF);
    let plan = parts.next().unwrap_or_default();
    let roster = parts.next().unwrap_or_default();
    let other = parts.next().unwrap_or_default();
    let Ok(dir) = tempfile::tempdir() else { return };
    let area = dir.path().join("plans/p/a");
    if std::fs::create_dir_all(&area).is_err() {
        return;
    }
    let _ = std::fs::write(dir.path().join("kdcl.toml"), "");
    let _ = std::fs::write(area.join("2025.toml"), plan);
    let _ = std::fs::write(area.join("roster.csv"), roster);
    let _ = std::fs::write(area.join("2024.toml"), other);
    let options = kdcl::engine::check::Options {
        max_file_size: 1 << 20,
        keep_plans: false,
        allows_on: chrono::NaiveDate::from_ymd_opt(2025, 6, 1),
        history_of_named: true,
    };
    if let Ok(report) = kdcl::engine::check::check_paths_with(&[dir.path().join("plans")], &options)
    {
        render_formats(
            &report,
            &[
                Format::Human,
                Format::Json,
                Format::Github,
                Format::Sarif,
                Format::Junit,
            ],
        );
    }
}

/// A baseline from arbitrary bytes: parsed, applied to the findings of a
/// small broken plan, and the baseline of what is left written and read
/// back through the guarded reader (it must parse again).
pub fn baseline(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let parsed = Baseline::parse(&text);
    let file = Arc::new(SourceFile::new(
        "plans/a/b/2025.toml",
        "[plan]\nyear = 2025\nx = 1\n[[school]]\nschool = \"MN A\"\n[[school]]\n",
    ));
    let mut diagnostics = Vec::new();
    let _ = kdcl::load::plan::load(&file, &mut diagnostics);
    let mut report = Report {
        files_checked: 1,
        diagnostics,
        plans: Vec::new(),
        suppressed: 0,
    };
    if let Ok(baseline) = &parsed {
        report.suppressed += baseline.apply(&mut report);
    }
    let again = Baseline::of(&report);
    assert!(
        Baseline::parse(&again.to_json()).is_ok(),
        "a baseline kdcl wrote must read back"
    );
    // Written and read as files only now and then: a file a run is slow.
    if data.first() == Some(&b'W')
        && let Ok(dir) = tempfile::tempdir()
    {
        let path = dir.path().join("kdcl-baseline.json");
        let _ = std::fs::write(&path, data);
        let valid = std::str::from_utf8(data).is_ok_and(|t| Baseline::parse(t).is_ok());
        let read = Baseline::read(&path, 1 << 20);
        assert_eq!(read.is_ok(), valid && data.len() <= 1 << 20);
        // An earlier baseline is replaced; any other file is kept.
        assert_eq!(again.write(&path).is_ok(), valid);
    }
}

/// The XML of a workbook from arbitrary bytes, in a well-formed zip so that
/// what is fuzzed is the expansion: the first byte chooses an ODS (the rest
/// is its `content.xml`: repeated spaces, cells and rows) or an xlsx (the
/// rest cut at the first `0xFF` into its sheet and its shared strings: a
/// string named by many cells). Then the guards, calamine, the layout, the
/// loader and the renderers.
pub fn sheet_xml(data: &[u8]) {
    let Some((first, rest)) = data.split_first() else {
        return;
    };
    let (bytes, shown) = if first & 1 == 0 {
        (workbooks::ods_bytes(rest), "r.ods")
    } else {
        let mut parts = rest.splitn(2, |b| *b == 0xFF);
        let sheet = parts.next().unwrap_or_default();
        let shared = parts.next().unwrap_or_default();
        (workbooks::xlsx_bytes(sheet, shared), "r.xlsx")
    };
    let Ok((file, records)) = kdcl::load::spreadsheet::read(bytes, shown, None) else {
        return;
    };
    assert!(file.text.len() as u64 <= 2 * kdcl::load::spreadsheet::MAX_SHEET_TEXT);
    let mut sink = Vec::new();
    let _ = kdcl::load::roster::from_records(&file, records, &mut sink);
    render_all(sink);
}
