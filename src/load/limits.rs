//! Limits that keep kdcl from hanging or exhausting memory on files that
//! are not what they claim: huge files, folders and named pipes where a file
//! is expected, TOML nested absurdly deep.

use std::fs::{self, File};
use std::io::Read;
use std::path::Path;

use crate::load::discover;
use crate::msg;

/// The largest plan or roster read, unless `--max-file-size` says otherwise.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 << 20;

/// The deepest nesting of arrays, inline tables and dotted keys a plan may
/// have. Real plans use three or four levels.
pub const MAX_TOML_DEPTH: usize = 32;

/// Reads a regular file of at most `limit` bytes. A folder, a named pipe or a
/// device is refused before it is opened (reading a pipe could wait forever),
/// and a file larger than the limit is refused without reading it whole.
/// The error is the reason, as a sentence.
pub fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    let file = open(path).map_err(|e| discover::io_reason(&e))?;
    let meta = file.metadata().map_err(|e| discover::io_reason(&e))?;
    if meta.is_dir() {
        return Err(msg!(REASON_FOLDER).render());
    }
    if !meta.is_file() {
        return Err(msg!(REASON_NOT_REGULAR).render());
    }
    let too_large = || {
        let (size, limit) = sizes(meta.len(), limit);
        msg!(REASON_TOO_LARGE, size = size, limit = limit).render()
    };
    if meta.len() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| discover::io_reason(&e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Opens for reading without ever waiting: on Linux with `O_NONBLOCK`, so
/// that opening a named pipe nobody writes to returns at once (its type is
/// then refused from the open file, one path lookup instead of two).
#[cfg(target_os = "linux")]
fn open(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    const O_NONBLOCK: i32 = 0o4000;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(O_NONBLOCK)
        .open(path)
}

/// Elsewhere the type is asked first, so that a pipe is never opened.
#[cfg(not(target_os = "linux"))]
fn open(path: &Path) -> std::io::Result<File> {
    let meta = fs::metadata(path)?;
    if !meta.is_file() && !meta.is_dir() {
        return Err(std::io::Error::other(msg!(REASON_NOT_REGULAR).render()));
    }
    File::open(path)
}

/// A size in MiB for messages, with one decimal below 10.
pub fn mib(bytes: u64) -> String {
    let m = bytes as f64 / (1u64 << 20) as f64;
    if m < 10.0 {
        format!("{m:.1} MiB")
    } else {
        format!("{m:.0} MiB")
    }
}

/// A file's size and the limit it passes, as [`mib`] writes them unless both
/// would read the same ("1.0 MiB, more than the limit of 1.0 MiB"): then in bytes.
fn sizes(size: u64, limit: u64) -> (String, String) {
    let (a, b) = (mib(size), mib(limit));
    if a == b {
        (format!("{size} B"), format!("{limit} B"))
    } else {
        (a, b)
    }
}

/// Where a TOML text first nests deeper than `max` (arrays, inline tables,
/// and the dots of a dotted key counting one level each), if it does. Strings
/// and comments are skipped; the scan is one pass and never recurses.
pub fn toml_too_deep(text: &str, max: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // Most plans hold fewer opening marks than the limit: nothing to walk.
    let marks = bytes
        .iter()
        .filter(|&&b| b == b'[' || b == b'{' || b == b'.')
        .count();
    if marks <= max {
        return None;
    }
    let mut depth = 0usize;
    let mut dots = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            q @ (b'"' | b'\'') => {
                let triple = bytes[i..].starts_with(&[q, q, q]);
                i += if triple { 3 } else { 1 };
                while i < bytes.len() {
                    if q == b'"' && bytes[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if triple {
                        if bytes[i..].starts_with(&[q, q, q]) {
                            i += 3;
                            // Up to two more quotes may close a multi-line string.
                            while i < bytes.len() && bytes[i] == q {
                                i += 1;
                            }
                            break;
                        }
                    } else if bytes[i] == q || bytes[i] == b'\n' {
                        i += 1;
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'[' | b'{' => depth += 1,
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'.' => dots += 1,
            b'\n' => dots = 0,
            _ => {}
        }
        if depth + dots > max {
            return Some(i);
        }
        i += 1;
    }
    None
}

crate::texts! {
    pub(crate) REASON_FOLDER = "reason-folder" {
        "it is a folder, not a file",
        "đây là thư mục, không phải tệp",
    }
    pub(crate) REASON_NOT_REGULAR = "reason-not-regular" {
        "it is not a regular file (a named pipe, socket or device), so it is not read",
        "đây không phải tệp thông thường (đường ống, socket hay thiết bị) nên không được đọc",
    }
    pub(crate) REASON_TOO_LARGE = "reason-too-large" {
        "it is {size}, more than the limit of {limit} (raise it with --max-file-size)",
        "tệp có dung lượng {size}, vượt giới hạn {limit} (nâng giới hạn bằng --max-file-size)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_that_would_read_alike_are_given_in_bytes() {
        assert_eq!(
            sizes(3 << 20, 1 << 20),
            ("3.0 MiB".to_string(), "1.0 MiB".to_string())
        );
        assert_eq!(
            sizes((1 << 20) + 10, 1 << 20),
            ("1048586 B".to_string(), "1048576 B".to_string())
        );
    }

    #[test]
    fn nesting_is_measured_outside_strings_and_comments() {
        assert_eq!(toml_too_deep("a = [[1], [2]]\n[b.c]\nd = 1.5\n", 4), None);
        assert_eq!(toml_too_deep("a = \"[[[[[[\" # [[[[[[\n", 2), None);
        assert_eq!(toml_too_deep("a = '''[[[[\n[[[['''\n", 2), None);
        assert_eq!(toml_too_deep("a = [[[1]]]\n", 2), Some(6));
        assert_eq!(toml_too_deep("a.b.c.d = 1\n", 2), Some(5));
        let deep = format!("a = {}1{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(
            toml_too_deep(&deep, MAX_TOML_DEPTH),
            Some(4 + MAX_TOML_DEPTH)
        );
    }

    #[cfg(unix)]
    #[test]
    fn folders_pipes_and_large_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert!(read_file(dir.path(), 10).unwrap_err().contains("folder"));
        let big = dir.path().join("big.csv");
        fs::write(&big, vec![b'a'; 100]).unwrap();
        assert!(read_file(&big, 10).unwrap_err().contains("limit"));
        assert_eq!(read_file(&big, 100).unwrap().len(), 100);
        let fifo = dir.path().join("fifo.csv");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            assert!(
                read_file(&fifo, 10)
                    .unwrap_err()
                    .contains("not a regular file")
            );
        }
    }
}
