//! The formats CI systems read: SARIF, JUnit, GitHub annotations and the
//! GitHub step summary.

mod common;

use common::{cases, kdcl, repo};

/// A repository with errors and warnings in several files: the examples.
fn mixed() -> std::path::PathBuf {
    repo().join("examples/plan-file")
}

#[test]
fn sarif_lists_the_rules_and_one_result_per_finding() {
    let run = kdcl(&mixed(), &["check", "plans", "--format", "sarif"]);
    let json = kdcl(&mixed(), &["check", "plans", "--format", "json"]);
    assert_eq!(run.status, json.status);
    let sarif: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run0 = &sarif["runs"][0];
    assert_eq!(
        run0["tool"]["driver"]["rules"].as_array().unwrap().len(),
        kdcl::rules::ALL.len()
    );
    let results = run0["results"].as_array().unwrap();
    let expected = json.json()["diagnostics"].as_array().unwrap().clone();
    assert_eq!(results.len(), expected.len());
    for (r, d) in results.iter().zip(&expected) {
        assert_eq!(r["ruleId"], d["code"]);
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(run0["tool"]["driver"]["rules"][index]["id"], d["code"]);
        let region = &r["locations"][0]["physicalLocation"]["region"];
        if d.get("line").is_some() {
            assert_eq!(region["startLine"], d["line"]);
            assert_eq!(region["startColumn"], d["column"]);
        }
    }
    insta::assert_snapshot!(
        kdcl(
            &cases().join("KD202-school-name-variant/fail"),
            &["check", "plans", "--format", "sarif"]
        )
        .stdout
    );
}

fn well_formed(xml: &str) -> usize {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut failures = 0;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => return failures,
            Ok(quick_xml::events::Event::Start(e)) if e.name().into_inner() == "failure" => {
                failures += 1
            }
            Ok(_) => {}
            Err(e) => panic!("not well-formed XML: {e}\n{xml}"),
        }
    }
}

#[test]
fn junit_fails_on_errors_and_on_warnings_only_when_denied() {
    let run = kdcl(&mixed(), &["check", "plans", "--format", "junit"]);
    let json = kdcl(&mixed(), &["check", "plans", "--format", "json"]).json();
    let errors = json["summary"]["errors"].as_u64().unwrap() as usize;
    let warnings = json["summary"]["warnings"].as_u64().unwrap() as usize;
    assert!(errors > 0 && warnings > 0);
    assert_eq!(well_formed(&run.stdout), errors);
    let denied = kdcl(
        &mixed(),
        &["check", "plans", "--format", "junit", "--deny", "warnings"],
    );
    assert_eq!(well_formed(&denied.stdout), errors + warnings);
    let clean = kdcl(
        &repo().join("examples/minimal"),
        &["check", "plans", "--format", "junit"],
    );
    assert_eq!(well_formed(&clean.stdout), 0);
    assert!(clean.stdout.contains("no problems found"));
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn github_annotations_put_the_most_severe_first() {
    let run = kdcl(&mixed(), &["check", "plans", "--format", "github"]);
    let kinds: Vec<&str> = run
        .stdout
        .lines()
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    let rank = |k: &str| {
        ["::error", "::warning", "::notice"]
            .iter()
            .position(|x| *x == k)
            .unwrap()
    };
    assert!(
        kinds.windows(2).all(|w| rank(w[0]) <= rank(w[1])),
        "{kinds:?}"
    );
    assert!(kinds.contains(&"::error") && kinds.contains(&"::warning"));
}

#[test]
fn github_step_summary_lists_every_finding() {
    let tmp = tempfile::tempdir().unwrap();
    let summary = tmp.path().join("summary.md");
    std::fs::write(&summary, "earlier steps' text\n").unwrap();
    let out = common::command()
        .args(["check", "plans", "--format", "github"])
        .current_dir(mixed())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    let annotations = String::from_utf8(out.stdout).unwrap().lines().count();
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(
        text.starts_with("earlier steps' text\n### kdcl: "),
        "{text}"
    );
    let rows = text
        .lines()
        .filter(|l| {
            l.starts_with("| error") || l.starts_with("| warning") || l.starts_with("| note")
        })
        .count();
    assert_eq!(rows, annotations);
    // Other formats leave it alone.
    let before = std::fs::read_to_string(&summary).unwrap();
    common::command()
        .args(["check", "plans", "--format", "json"])
        .current_dir(mixed())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(before, std::fs::read_to_string(&summary).unwrap());
}
