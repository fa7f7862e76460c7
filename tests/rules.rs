//! Every rule of the registry on real files: a failing case that must report
//! it (human and JSON output snapshotted) and a passing case that must not.
//! The cases are found from the registry: rule `KDxxx` with slug `slug` has
//! the folder `tests/cases/KDxxx-slug/{fail,pass}`, so a new rule needs no
//! line here. A case runs `kdcl check plans`, or the command its `cmd` file
//! names (`diff plans` for the continuity rules, which compare years).

mod common;

use std::collections::HashSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{cases, kdcl};
use kdcl::diag::rule::Rule;

/// The folder of a rule's cases: `KD101-target-count-mismatch`.
fn folder(rule: &Rule) -> String {
    format!("{}-{}", rule.code, rule.slug)
}

/// The command a case runs: its `cmd` file, else `check plans`.
fn command(dir: &str) -> Vec<String> {
    std::fs::read_to_string(cases().join(dir).join("cmd"))
        .unwrap_or_else(|_| "check plans".into())
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

fn rule_case(rule: &Rule) {
    let dir = &folder(rule);
    let code = rule.code;
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

/// Every rule's cases, on one thread per core; every failing case is
/// reported, not only the first.
#[test]
fn every_rule_on_its_cases() {
    let rules = kdcl::rules::ALL;
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads.min(rules.len()) {
            scope.spawn(|| {
                while let Some(rule) = rules.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Err(panic) = catch_unwind(AssertUnwindSafe(|| rule_case(rule))) {
                        let why = panic
                            .downcast_ref::<String>()
                            .cloned()
                            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                            .unwrap_or_default();
                        let mut failures = failures.lock().unwrap_or_else(|e| e.into_inner());
                        failures.push(format!("{}: {why}", folder(rule)));
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    failures.sort();
    assert!(
        failures.is_empty(),
        "{} of {} rules fail their cases:\n\n{}",
        failures.len(),
        rules.len(),
        failures.join("\n\n")
    );
}

/// Codes and slugs are unique; every rule has a failing and a passing case,
/// and every folder of cases belongs to a rule.
#[test]
fn every_rule_has_its_cases() {
    let rules = kdcl::rules::ALL;
    let codes: HashSet<&str> = rules.iter().map(|r| r.code).collect();
    let slugs: HashSet<&str> = rules.iter().map(|r| r.slug).collect();
    assert_eq!(codes.len(), rules.len(), "a code is used twice");
    assert_eq!(slugs.len(), rules.len(), "a slug is used twice");
    let folders: HashSet<String> = rules.iter().map(|r| folder(r)).collect();
    for dir in &folders {
        for side in ["fail", "pass"] {
            assert!(
                cases().join(dir).join(side).is_dir(),
                "no folder tests/cases/{dir}/{side}"
            );
        }
    }
    for entry in std::fs::read_dir(cases()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            folders.contains(&name),
            "tests/cases/{name} is the case of no rule (code-slug)"
        );
    }
}
