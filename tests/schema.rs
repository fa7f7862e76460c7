//! The plan schema editors use: the committed copy equals `kdcl schema`, and
//! every plan in plans/ and examples/ validates against it.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{kdcl, repo};

/// TOML as taplo hands it to a JSON Schema validator: dates become strings.
fn to_json(value: toml::Value) -> serde_json::Value {
    match value {
        toml::Value::String(s) => s.into(),
        toml::Value::Integer(i) => i.into(),
        toml::Value::Float(f) => f.into(),
        toml::Value::Boolean(b) => b.into(),
        toml::Value::Datetime(d) => d.to_string().into(),
        toml::Value::Array(a) => a.into_iter().map(to_json).collect(),
        toml::Value::Table(t) => t.into_iter().map(|(k, v)| (k, to_json(v))).collect(),
    }
}

fn plans_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            plans_under(&path, out);
        } else if kdcl::model::plan::plan_year(&path).is_some()
            || kdcl::model::plan::plan_period(&path).is_some()
        {
            out.push(path);
        }
    }
}

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&kdcl::render::schema::render()).unwrap();
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

#[test]
fn the_committed_schema_is_what_kdcl_schema_prints() {
    let committed = fs::read_to_string(repo().join("schema/plan.schema.json")).unwrap();
    let printed = kdcl(&repo(), &["schema"]).stdout;
    assert_eq!(
        committed, printed,
        "run `cargo run -q -- schema > schema/plan.schema.json`"
    );
}

#[test]
fn every_bundled_plan_validates() {
    let validator = validator();
    let mut plans = Vec::new();
    plans_under(&repo().join("plans"), &mut plans);
    plans_under(&repo().join("examples"), &mut plans);
    assert!(plans.len() >= 10, "{plans:?}");
    for path in plans {
        let value: toml::Value = toml::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let json = to_json(value);
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        // The examples of plan-file mistakes are meant to be wrong.
        if path.to_string_lossy().contains("examples/plan-file") {
            assert!(
                !errors.is_empty(),
                "{}: the misspelt key should be flagged",
                path.display()
            );
        } else {
            assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        }
    }
}

#[test]
fn the_schema_flags_what_kdcl_flags() {
    let validator = validator();
    let bad = [
        "[plan]\ntitle = \"T\"\nissuer = \"I\"\narea = \"A\"\nprovince = \"P\"\nyear = 2026\ncolour = 1\n",
        "[plan]\ntitle = \"T\"\nissuer = \"I\"\narea = \"A\"\nprovince = \"P\"\n",
        "[plan]\ntitle = \"T\"\nissuer = \"I\"\narea = \"A\"\nprovince = \"P\"\nyear = 2026\n[[school]]\nschool = \"MN A\"\naction = \"renw\"\n",
        "[plan]\ntitle = \"T\"\nissuer = \"I\"\narea = \"A\"\nprovince = \"P\"\nyear = 2026\n[[school]]\nschool = \"MN A\"\naction = \"new\"\nlevel = 3\n",
        "[plan]\ntitle = \"T\"\nissuer = \"I\"\narea = \"A\"\nprovince = \"P\"\nyear = 2026\n[[task]]\nwhat = \"x\"\ndue = \"quý V/2026\"\n",
    ];
    for text in bad {
        let json = to_json(toml::from_str(text).unwrap());
        assert!(!validator.is_valid(&json), "not flagged:\n{text}");
    }
    let good = "[plan]\ntitle = \"T\"\nissuer = \"I\"\narea = \"A\"\nprovince = \"P\"\nyear = 2026\n[[school]]\nschool = \"MN A\"\naction = \"công nhận lại\"\n";
    assert!(validator.is_valid(&to_json(toml::from_str(good).unwrap()))); // Dates as Vietnamese documents write them (plan format, beyond the contract).
    let dates = format!(
        "{good}[[task]]\nwhat = \"x\"\ndue = \"quý II/2026\"\n[[task]]\nwhat = \"y\"\ndue = \"30/6/2026\"\n[[wave]]\nnumber = 1\nmonth = \"tháng 5/2026\"\n"
    );
    assert!(validator.is_valid(&to_json(toml::from_str(&dates).unwrap())));
}

#[test]
fn the_schema_describes_version_2() {
    let validator = validator();
    let head = "[plan]\ntitle = \"T\"\nissuer = \"I\"\narea = \"A\"\nprovince = \"P\"\n";
    let valid = |body: &str| {
        validator.is_valid(&to_json(toml::from_str(&format!("{head}{body}")).unwrap()))
    };
    // Period plans, ranges, shares, by_year.
    assert!(valid(
        "period = \"2026-2030\"\n[targets]\nnew = [120, 150]\nrecognised_before = 14\n\
         recognised_share = 72.5\nrecognised_share_before = [60, 61.5]\n\
         [targets.by_kind]\nMN = [40, 50]\n[targets.by_year]\n2027 = 5\n2028 = [3, 4]\n"
    ));
    assert!(valid("year = 2026\n[targets]\nkept = 3\n"));
    for bad in [
        // Both year and period, or neither.
        "year = 2026\nperiod = \"2026-2030\"\n",
        "",
        // A period not written first-last.
        "period = \"2026\"\n",
        // Ranges of three, or of non-integers.
        "year = 2026\n[targets]\nnew = [1, 2, 3]\n",
        "year = 2026\n[targets]\nnew = [1.5, 2]\n",
        // A share over 100, a by_year key that is not a year.
        "year = 2026\n[targets]\nrecognised_share = 101\n",
        "period = \"2026-2030\"\n[targets.by_year]\nnam2027 = 5\n",
    ] {
        assert!(!valid(bad), "not flagged:\n{bad}");
    }
}
