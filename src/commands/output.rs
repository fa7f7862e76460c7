//! `-o FILE` and `--force` of the report commands: the output written to a
//! file, never over one that exists unless `--force` says so; a workbook,
//! being binary, only ever to a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::commands::common::{self, emit};
use crate::msg;

#[derive(clap::Args, Debug)]
pub struct Output {
    /// Write to this file instead of standard output (a workbook needs it)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the file -o names if it exists
    #[arg(long, requires = "output")]
    pub force: bool,
}

/// The Vietnamese help of `-o` and `--force`, in every command's table.
pub(crate) const OUTPUT_VI: &str =
    "Ghi kết quả vào tệp này thay vì in ra màn hình (bắt buộc với bảng tính xlsx)";
pub(crate) const FORCE_VI: &str = "Ghi đè tệp ghi ở -o nếu tệp đó đã có";

/// The date a report or workbook says it was made: `KDCL_TODAY` when set,
/// so the same input gives the same file; else today. `Err(2)` when
/// `KDCL_TODAY` is not a date.
pub(crate) fn made() -> Result<chrono::NaiveDate, i32> {
    crate::engine::suppress::today_or_refusal().map_err(common::refuse)
}

impl Output {
    /// Writes text to the file, or to standard output; the exit status
    /// (`Err(2)` when the file exists without `--force`, or cannot be written).
    pub(crate) fn text(&self, text: &str) -> Result<(), i32> {
        match &self.output {
            None => {
                emit(text);
                Ok(())
            }
            Some(path) => write(path, text.as_bytes(), self.force),
        }
    }

    /// Writes a workbook to the file `-o` names; without one, says so
    /// (a workbook is binary: never to a terminal, and no half-made file).
    pub(crate) fn workbook(&self, sheets: &[crate::render::xlsx::Sheet]) -> Result<(), i32> {
        let Some(path) = &self.output else {
            return Err(common::refuse(msg!(XLSX_NEEDS_OUTPUT)));
        };
        if path.exists() && !self.force {
            return Err(exists(path));
        }
        let bytes = crate::render::xlsx::write(sheets, made()?).map_err(|e| {
            common::refuse(msg!(OUTPUT_NOT_WRITTEN, path = path.display(), reason = e))
        })?;
        write(path, &bytes, self.force)
    }
}

fn exists(path: &Path) -> i32 {
    common::refuse(msg!(OUTPUT_EXISTS, path = path.display()))
}

/// Writes `bytes` to `path`: a new file, or with `force` over a regular one.
fn write(path: &Path, bytes: &[u8], force: bool) -> Result<(), i32> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if force && path.is_file() {
        options.truncate(true);
    } else {
        // Fails when anything is there: a file, a folder, a link.
        options.create_new(true);
    }
    let result = options
        .open(path)
        .and_then(|mut file| file.write_all(bytes).and_then(|_| file.flush()));
    match result {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(exists(path)),
        Err(e) => Err(common::refuse(msg!(
            OUTPUT_NOT_WRITTEN,
            path = path.display(),
            reason = e
        ))),
    }
}

crate::texts! {
    pub(crate) XLSX_NEEDS_OUTPUT = "xlsx-needs-output" {
        "a workbook is a binary file: name it with -o FILE.xlsx",
        "bảng tính là tệp nhị phân: hãy ghi tên tệp bằng -o TỆP.xlsx",
    }
    pub(crate) OUTPUT_EXISTS = "output-exists" {
        "{path} already exists and is left as it is: name another file, or add --force to replace it",
        "tệp {path} đã có nên kdcl không ghi đè: hãy ghi tên tệp khác, hoặc thêm --force để ghi đè",
    }
    pub(crate) OUTPUT_NOT_WRITTEN = "output-not-written" {
        "cannot write {path}: {reason}",
        "không ghi được {path}: {reason}",
    }
}
