//! Every rule of the registry on real files: a failing case that must report
//! it (human and JSON output snapshotted) and a passing case that must not.
//! A case runs `kdcl check plans`, or the command its `cmd` file names
//! (`diff plans` for the continuity rules, which compare years).

mod common;

use common::{cases, kdcl};

/// The command a case runs: its `cmd` file, else `check plans`.
fn command(dir: &str) -> Vec<String> {
    std::fs::read_to_string(cases().join(dir).join("cmd"))
        .unwrap_or_else(|_| "check plans".into())
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

fn rule_case(dir: &str) {
    let code = dir.split('-').next().unwrap();
    let rule = kdcl::rules::find(code).expect("the case names a rule");
    let fail = cases().join(dir).join("fail");
    let cmd = command(dir);
    let args: Vec<&str> = cmd.iter().map(String::as_str).collect();
    let json_args = [&args[..], &["--format", "json"]].concat();
    let human = kdcl(&fail, &args);
    let json = kdcl(&fail, &json_args);
    assert!(
        json.codes().iter().any(|c| c == code),
        "{dir}: fail case does not report {code}:\n{}",
        human.stdout
    );
    let expected_status = i32::from(json.json()["summary"]["errors"].as_u64().unwrap() > 0);
    assert_eq!(human.status, expected_status, "{dir}: exit status");
    assert_eq!(
        json.status, expected_status,
        "{dir}: exit status with --format json"
    );
    if rule.severity == kdcl::diag::diagnostic::Severity::Error {
        assert_eq!(human.status, 1);
    }
    insta::assert_snapshot!(format!("{dir}-fail"), human.stdout);
    insta::assert_snapshot!(format!("{dir}-fail-json"), json.stdout);

    let pass = cases().join(dir).join("pass");
    let run = kdcl(&pass, &json_args);
    assert!(
        !run.codes().iter().any(|c| c == code),
        "{dir}: pass case reports {code}:\n{}",
        run.stdout
    );
    assert_eq!(run.status, 0, "{dir}: pass case fails:\n{}", run.stdout);
}

macro_rules! rule_cases {
    ($($test:ident => $dir:literal,)*) => {
        $(#[test] fn $test() { rule_case($dir) })*

        #[test]
        fn every_rule_has_a_case() {
            let dirs = [$($dir),*];
            for rule in kdcl::rules::ALL {
                let dir = format!("{}-{}", rule.code, rule.slug);
                assert!(dirs.contains(&dir.as_str()), "no test case for {dir}");
                assert!(cases().join(&dir).join("fail").is_dir(), "no folder tests/cases/{dir}/fail");
            }
        }
    };
}

rule_cases! {
    kd001 => "KD001-toml-syntax",
    kd002 => "KD002-unknown-key",
    kd003 => "KD003-invalid-value",
    kd004 => "KD004-missing-key",
    kd005 => "KD005-empty-plan",
    kd006 => "KD006-year-mismatch",
    kd007 => "KD007-invalid-due",
    kd008 => "KD008-due-before-year",
    kd009 => "KD009-duplicate-wave",
    kd010 => "KD010-unreadable-file",
    kd011 => "KD011-allow-without-reason",
    kd012 => "KD012-allow-expired",
    kd013 => "KD013-allow-unused",
    kd101 => "KD101-target-count-mismatch",
    kd102 => "KD102-target-kind-mismatch",
    kd103 => "KD103-target-parts-mismatch",
    kd104 => "KD104-school-list-missing",
    kd105 => "KD105-wave-count-mismatch",
    kd106 => "KD106-unknown-wave",
    kd107 => "KD107-wave-outside-year",
    kd108 => "KD108-after-state-mismatch",
    kd109 => "KD109-school-kind-unknown",
    kd110 => "KD110-after-state-unchecked",
    kd201 => "KD201-unknown-school",
    kd202 => "KD202-school-name-variant",
    kd203 => "KD203-duplicate-school",
    kd204 => "KD204-ambiguous-school",
    kd301 => "KD301-roster-outside-repository",
    kd302 => "KD302-roster-not-found",
    kd303 => "KD303-csv-syntax",
    kd304 => "KD304-roster-missing-column",
    kd305 => "KD305-duplicate-code",
    kd306 => "KD306-roster-invalid-value",
    kd307 => "KD307-unknown-column",
    kd401 => "KD401-basis-circular-missing",
    kd402 => "KD402-new-but-recognised",
    kd403 => "KD403-renew-not-held",
    kd404 => "KD404-renew-too-early",
    kd405 => "KD405-raise-not-from-level-1",
    kd406 => "KD406-raise-too-soon",
    kd407 => "KD407-accreditation-raise-too-soon",
    kd408 => "KD408-accreditation-below-standard",
    kd409 => "KD409-school-too-young",
    kd410 => "KD410-renewal-after-expiry",
    kd411 => "KD411-renewal-registration-late",
    kd412 => "KD412-district-issuer-after-reform",
    kd420 => "KD420-evaluation-unknown-criterion",
    kd421 => "KD421-evaluation-missing-criterion",
    kd422 => "KD422-evaluation-undefined-level",
    kd423 => "KD423-evaluation-unknown-school",
    kd424 => "KD424-evaluation-below-target",
    kd425 => "KD425-evaluation-invalid",
    kd426 => "KD426-evaluation-duplicate-row",
    kd427 => "KD427-evaluation-not-found",
    kd428 => "KD428-evaluation-outside-repository",
    kd429 => "KD429-evaluation-unchecked",
    kd501 => "KD501-renewal-not-planned",
    kd502 => "KD502-new-while-recognised",
    kd503 => "KD503-level-lowered",
    kd504 => "KD504-school-left-roster",
    kd310 => "KD310-legacy-font-encoding",
    kd311 => "KD311-nesting-too-deep",
    kd312 => "KD312-sheet-not-found",
    kd313 => "KD313-code-scientific-notation",
    kd314 => "KD314-roster-rows-skipped",
}
