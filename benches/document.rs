//! How long reading a 50-page plan document takes (not part of CI; the
//! figures are in docs/documents.md, "Speed"):
//!
//! ```sh
//! cargo bench --bench document
//! ```
//!
//! It builds in memory a .docx of the five seed plans followed by three of
//! them again (about 50 pages in Word, with a table of 60 schools), and reads
//! the 52-page PDF tests/documents/files/make.sh exports from the same
//! texts; then times `load::document::read` on each, from the file on disk
//! to the text, best and median of 20 runs, and the whole `kdcl check
//! DOCUMENT` (the release binary: read, plan read out of the text, every
//! rule), best and median of 5 runs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kdcl::load::document;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const RUNS: usize = 20;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The seed texts, then seeds 000, 002 and 003 again.
fn plan_text() -> String {
    let seeds = root().join("tests/documents/seeds");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&seeds)
        .expect("the seeds")
        .map(|e| e.expect("a seed").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let again: Vec<PathBuf> = [0, 2, 3].iter().map(|&i| names[i].clone()).collect();
    names
        .iter()
        .chain(&again)
        .map(|p| std::fs::read_to_string(p).expect("a seed reads"))
        .collect()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A Word document of `text`, a paragraph a line, and a table of schools.
fn docx(text: &str) -> Vec<u8> {
    let mut body = String::new();
    for line in text.lines() {
        body.push_str(&format!(
            "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"26\"/></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            escape(line)
        ));
    }
    body.push_str("<w:tbl>");
    for i in 1..=60 {
        body.push_str("<w:tr>");
        for cell in [
            i.to_string(),
            format!("Trường Tiểu học Số {i}"),
            "TH".into(),
            "Mức độ 1".into(),
        ] {
            body.push_str(&format!(
                "<w:tc><w:p><w:r><w:t>{cell}</w:t></w:r></w:p></w:tc>"
            ));
        }
        body.push_str("</w:tr>");
    }
    body.push_str("</w:tbl>");
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, part) in [
        ("[Content_Types].xml", types),
        ("word/document.xml", &document),
    ] {
        zip.start_file(name, options).expect("a part");
        zip.write_all(part.as_bytes()).expect("a part is written");
    }
    zip.finish().expect("the package").into_inner()
}

/// Best and median of [`RUNS`] reads of `path`, and the text's size.
fn time(path: &Path) -> (Duration, Duration, usize) {
    let mut times = Vec::new();
    let mut size = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let doc =
            document::read(path, 64 << 20).unwrap_or_else(|e| panic!("{}", e.message.render()));
        times.push(start.elapsed());
        size = doc.text.len();
    }
    times.sort();
    (times[0], times[RUNS / 2], size)
}

/// The release binary, built as benches/national.rs builds it.
fn kdcl() -> PathBuf {
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet", "--bin", "kdcl"])
        .current_dir(root())
        .status()
        .expect("cargo runs");
    assert!(status.success(), "kdcl builds");
    root().join("target/release/kdcl")
}

/// Best and median of 5 runs of `kdcl check path` (its findings to
/// /dev/null), and its exit status: 0 or 1 (findings) when the check ran.
fn check(kdcl: &Path, path: &Path) -> (Duration, Duration, Option<i32>) {
    let mut code = None;
    let mut times: Vec<Duration> = (0..5)
        .map(|_| {
            let start = Instant::now();
            let status = Command::new(kdcl)
                .arg("check")
                .arg(path)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("kdcl runs");
            code = status.code();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[0], times[2], code)
}

fn main() {
    let dir = root().join("target/bench-document");
    std::fs::create_dir_all(&dir).expect("target/bench-document");
    let docx_path = dir.join("plan-50-pages.docx");
    std::fs::write(&docx_path, docx(&plan_text())).expect("the .docx is written");
    let pdf_path = root().join("tests/documents/files/plan-50-pages.pdf");
    println!("document                      best      median    text");
    for path in [&docx_path, &pdf_path] {
        let (best, median, size) = time(path);
        println!(
            "{:<28} {:>7.1} ms {:>7.1} ms  {} KiB",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default(),
            best.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e3,
            size / 1024
        );
    }
    let kdcl = kdcl();
    println!("kdcl check                    best      median    exit");
    for path in [&docx_path, &pdf_path] {
        let (best, median, code) = check(&kdcl, path);
        println!(
            "{:<28} {:>7.1} ms {:>7.1} ms  {}",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default(),
            best.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e3,
            code.map_or("killed".to_string(), |c| c.to_string())
        );
    }
}
