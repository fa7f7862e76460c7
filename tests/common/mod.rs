//! Running the real `kdcl` binary on real files.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout))
    }

    /// Codes of the findings in JSON output.
    pub fn codes(&self) -> Vec<String> {
        self.json()["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_string())
            .collect()
    }
}

/// The binary, with none of the machine's language settings: English unless
/// a test asks for Vietnamese, whatever the locale of the machine running it.
pub fn command() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kdcl"));
    for var in ["KDCL_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(var);
    }
    cmd
}

pub fn kdcl(dir: &Path, args: &[&str]) -> Run {
    kdcl_env(dir, args, &[])
}

/// `kdcl` with some environment variables set (after clearing the language ones).
pub fn kdcl_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let out = command()
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .envs(env.iter().copied())
        .output()
        .expect("kdcl runs");
    Run {
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        status: out.status.code().expect("kdcl exits with a status"),
    }
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn cases() -> PathBuf {
    repo().join("tests/cases")
}
