//! Running the real `kdcl` binary on real files.
#![allow(dead_code)]

pub mod facts;
pub mod workbooks;

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
    // COLUMNS would fit tables to the width of whoever runs the tests.
    for var in [
        "KDCL_LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "LANGUAGE",
        "COLUMNS",
    ] {
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

/// `kdcl` that must end within `secs` seconds: past that it is killed and
/// the test fails (a hang is what is being tested for).
pub fn kdcl_within(dir: &Path, args: &[&str], secs: u64) -> Run {
    let mut child = command()
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("kdcl runs");
    // Read while it runs: a full pipe would stop it.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut s).map(|_| s)
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut s).map(|_| s)
    });
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("kdcl can be waited for") {
            break status;
        }
        if start.elapsed().as_secs() >= secs {
            let _ = child.kill();
            let _ = child.wait();
            panic!("kdcl {args:?} still ran after {secs} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    Run {
        stdout: String::from_utf8(out.join().unwrap().unwrap()).expect("stdout is UTF-8"),
        stderr: String::from_utf8(err.join().unwrap().unwrap()).expect("stderr is UTF-8"),
        status: status.code().expect("kdcl exits with a status"),
    }
}

/// Writes a file under `dir`, making its folders.
pub fn write(dir: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// Makes a named pipe with `mkfifo`; false where there is none.
pub fn mkfifo(path: &Path) -> bool {
    Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

/// Copies a folder of fixtures into a scratch folder (commands that write).
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let target = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_tree(&p, &target);
        } else {
            std::fs::copy(&p, &target).unwrap();
        }
    }
}
