//! `kdcl report`: one self-contained HTML page. Parsed strictly as XML (so
//! every tag is closed), nothing fetched from anywhere, every figure equal
//! to `kdcl summary --format json`, the same page for the same input, and
//! the sample under `docs/` made from the seeds up to date.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{kdcl, kdcl_env, repo};
use quick_xml::events::Event;

const TODAY: (&str, &str) = ("KDCL_TODAY", "2026-01-15");

fn report(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["report"];
    all.extend(args);
    let run = kdcl_env(dir, &all, &[TODAY]);
    assert!(run.status < 2, "{}", run.stderr);
    run.stdout
}

/// Parses the page as XML; panics where it is not well-formed.
fn parse(html: &str) -> Vec<Event<'static>> {
    let mut reader = quick_xml::Reader::from_str(html);
    reader.config_mut().check_end_names = true;
    let mut events = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(e) => events.push(e.into_owned()),
            Err(e) => panic!(
                "not well-formed at {}: {e}\n{}",
                reader.buffer_position(),
                &html[..(reader.buffer_position() as usize).min(html.len())]
            ),
        }
    }
    events
}

fn attr(e: &quick_xml::events::BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.into_inner() == name)
        .map(|a| quick_xml::escape::unescape(&a.value).unwrap().into_owned())
}

/// The figures table: for each row (its area, or "total"), key → cell text.
fn figures(html: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    let mut row: Option<String> = None;
    let mut key: Option<String> = None;
    let mut inside = false;
    for e in parse(html) {
        match e {
            Event::Start(s) if s.name().into_inner() == "table" => {
                inside = attr(&s, "id").as_deref() == Some("figures");
            }
            Event::End(s) if s.name().into_inner() == "table" => inside = false,
            Event::Start(s) if inside && s.name().into_inner() == "tr" => {
                row = attr(&s, "data-area").or_else(|| {
                    (attr(&s, "class").as_deref() == Some("total")).then(|| "total".into())
                });
            }
            Event::Start(s) if inside && s.name().into_inner() == "td" => {
                key = attr(&s, "data-key")
            }
            Event::Text(t) => {
                if let (Some(r), Some(k)) = (&row, &key) {
                    let text = t.xml10_content().into_owned();
                    out.entry(r.clone())
                        .or_insert_with(BTreeMap::new)
                        .insert(k.clone(), text);
                }
            }
            Event::End(s) if s.name().into_inner() == "td" => key = None,
            _ => {}
        }
    }
    out
}

fn assert_self_contained(html: &str) {
    let lower = html.to_lowercase();
    for bad in [
        "http:", "https:", "<script", "<link", "src=", "url(", "@import", "<iframe", "<img",
    ] {
        assert!(!lower.contains(bad), "{bad} in the page");
    }
}

const KEYS: [&str; 10] = [
    "schools",
    "listed",
    "new",
    "renew",
    "raise",
    "accredit",
    "recognised_before",
    "recognised_after",
    "level2_after",
    "waves",
];

/// Every figure of the page equal to the summary's JSON, in `lang`.
fn assert_figures_equal_summary(dir: &Path, year: &str, lang: &str) {
    let html = report(dir, &["--lang", lang, "plans", "--year", year]);
    assert_self_contained(&html);
    let json = kdcl(
        dir,
        &["summary", "plans", "--year", year, "--format", "json"],
    )
    .json();
    let shown = figures(&html);
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(shown.len(), rows.len() + 1, "{shown:?}");
    for (name, row) in rows
        .iter()
        .map(|r| (r["label"].as_str().unwrap(), r))
        .chain([("total", &json["total"])])
    {
        let cells = &shown[name];
        for key in KEYS {
            let expected = match &row[key] {
                serde_json::Value::Null => "—".to_string(),
                v => v.to_string(),
            };
            assert_eq!(cells[key], expected, "{name} {key}");
        }
        let share = match row["share"]["percent"].as_f64() {
            None => "—".to_string(),
            Some(p) => {
                let p = if p.fract() == 0.0 {
                    format!("{p:.0}")
                } else {
                    format!("{p:.1}")
                };
                if lang == "vi" {
                    format!("{}%", p.replace('.', ","))
                } else {
                    format!("{p} %")
                }
            }
        };
        assert_eq!(cells["share"], share, "{name} share");
    }
}

#[test]
fn the_report_of_the_seeds_shows_the_figures_of_the_summary() {
    for lang in ["en", "vi"] {
        for year in ["2024", "2025"] {
            assert_figures_equal_summary(&repo(), year, lang);
        }
    }
}

#[test]
fn the_report_of_the_multi_year_example_shows_the_figures_of_the_summary() {
    let dir = repo().join("examples/multi-year");
    for lang in ["en", "vi"] {
        assert_figures_equal_summary(&dir, "2024", lang);
    }
}

#[test]
fn every_chart_has_its_table_and_a_drawing() {
    let dir = repo().join("examples/multi-year");
    let html = report(&dir, &["plans", "--year", "2024"]);
    let figures = html.matches("<figure>").count();
    assert_eq!(figures, 4, "four charts");
    for figure in html.split("<figure>").skip(1) {
        let figure = &figure[..figure.find("</figure>").unwrap()];
        assert_eq!(figure.matches("<svg").count(), 1);
        assert_eq!(
            figure.matches("<table").count(),
            1,
            "a table beside the chart"
        );
        assert!(figure.contains("<rect"), "{figure}");
    }
    // 2024's plan is followed by 2025's roster: what it achieved is known.
    assert!(
        html.contains("<tr><td>xã Tân Hà</td><td class=\"n\">2</td><td class=\"n\">2</td></tr>"),
        "{html}"
    );
    assert!(html.contains("roster-2025.csv"));
}

#[test]
fn the_findings_are_grouped_by_area_with_their_excerpt() {
    let html = report(&repo(), &["plans", "--year", "2024"]);
    let check = kdcl(&repo(), &["check", "plans", "--format", "json"]).json();
    for d in check["diagnostics"].as_array().unwrap() {
        let message = d["message"].as_str().unwrap();
        let escaped = message
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;");
        assert!(html.contains(&escaped), "{message}");
    }
    assert!(
        html.contains("<pre>school = &quot;MN Nậm Loong&quot;</pre>"),
        "{html}"
    );
    assert!(html.contains("<h3>thành phố Lai Châu</h3>"));
}

#[test]
fn the_date_is_the_one_given_and_the_same_input_gives_the_same_page() {
    let a = report(&repo(), &["plans", "--year", "2024"]);
    let b = report(&repo(), &["plans", "--year", "2024"]);
    assert_eq!(a, b);
    assert!(a.contains("2026-01-15"));
    let vi = report(&repo(), &["--lang", "vi", "plans", "--date", "2026-03-02"]);
    assert!(vi.contains("ngày 02/03/2026"), "{vi}");
    assert!(vi.contains("<html lang=\"vi\">"));
    let bad = kdcl(&repo(), &["report", "plans", "--date", "2/3/2026"]);
    assert_eq!(bad.status, 2);
    assert!(bad.stderr.contains("YYYY-MM-DD"), "{}", bad.stderr);
}

#[test]
fn a_period_adds_its_table() {
    let dir = repo().join("examples/period-and-province");
    let html = report(&dir, &["plans", "--year", "2026", "--period", "2026-2030"]);
    parse(&html);
    assert!(html.contains("Period plans 2026-2030"), "{html}");
    let none = kdcl(&dir, &["report", "plans", "--period", "2031-2035"]);
    assert_eq!(none.status, 2);
}

/// The committed samples: the seeds' report and summary workbook. When one
/// is out of date, `KDCL_UPDATE_SAMPLES=1 cargo test --test html_report`
/// writes it again.
#[test]
fn the_samples_in_docs_are_up_to_date() {
    let update = std::env::var_os("KDCL_UPDATE_SAMPLES").is_some();
    let tmp = tempfile::tempdir().unwrap();
    let book = tmp.path().join("summary.xlsx");
    let run = kdcl_env(
        &repo(),
        &[
            "--lang",
            "vi",
            "summary",
            "plans",
            "--year",
            "2024",
            "--format",
            "xlsx",
            "-o",
            book.to_str().unwrap(),
        ],
        &[TODAY],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let samples = [
        (
            "docs/report-sample.html",
            report(&repo(), &["--lang", "vi", "plans", "--year", "2024"]).into_bytes(),
        ),
        ("docs/summary-sample.xlsx", std::fs::read(&book).unwrap()),
    ];
    for (path, made) in samples {
        let path = repo().join(path);
        if update {
            std::fs::write(&path, &made).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == made,
            "{} is out of date: run KDCL_UPDATE_SAMPLES=1 cargo test --test html_report",
            path.display()
        );
    }
}
