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

/// Tables a plan may have (`[plan]`, each `[[school]]`, `[[wave]]` …). A
/// district's plan lists a few hundred schools.
pub const MAX_TOML_TABLES: usize = 10_000;

/// Values one array of a plan may hold (`basis`, a wave's schools …).
pub const MAX_TOML_ARRAY: usize = 10_000;

/// Keys a plan may set in all (`key = value`, inline tables included).
pub const MAX_TOML_KEYS: usize = 100_000;

/// Findings listed for one file: past them, one finding says how many more
/// there were (a roster of 100,000 bad rows is not 100,000 findings).
pub const MAX_FINDINGS_PER_FILE: usize = 1_000;

/// Which bound of a plan's size a text passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooLarge {
    Tables,
    Array,
    Keys,
}

impl TooLarge {
    /// The finding's sentence.
    pub fn message(self) -> crate::diag::diagnostic::Message {
        match self {
            TooLarge::Tables => msg!(PLAN_TOO_MANY_TABLES, max = MAX_TOML_TABLES),
            TooLarge::Array => msg!(PLAN_ARRAY_TOO_LONG, max = MAX_TOML_ARRAY),
            TooLarge::Keys => msg!(PLAN_TOO_MANY_KEYS, max = MAX_TOML_KEYS),
        }
    }
}

/// Reads a regular file of at most `limit` bytes: the one reader of every
/// file kdcl reads (plans, rosters, workbooks, evaluation files, kdcl.toml,
/// baselines). A link leading out of the repository its folder is in is
/// refused before anything is opened; a folder, a named pipe or a device is
/// refused before it is read (reading a pipe could wait forever), and a file
/// larger than the limit is refused without reading it whole. The error is
/// the reason, as a sentence.
pub fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    // Nearly always a plain file: opened without following a link, it needs
    // no look at the link first. Anything else takes the careful way.
    let file = match open_plain(path) {
        Some(file) => file,
        None => {
            let link = fs::symlink_metadata(path).map_err(|e| discover::io_reason(&e))?;
            if link.file_type().is_symlink() && !link_stays_inside(path)? {
                return Err(msg!(REASON_LINK_OUT).render());
            }
            open(path).map_err(|e| discover::io_reason(&e))?
        }
    };
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
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| discover::io_reason(&e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Whether a link leads to a place inside the repository its own folder is
/// in (the nearest folder above holding kdcl.toml or .git, see
/// [`discover::Canon::repository_root`]).
fn link_stays_inside(link: &Path) -> Result<bool, String> {
    let real = fs::canonicalize(link).map_err(|e| discover::io_reason(&e))?;
    let root = discover::Canon::default().repository_root(link);
    Ok(real.starts_with(root))
}

/// `--max-file-size` in MiB, as bytes; `None` when that overflows.
pub fn mib_to_bytes(mib: u64) -> Option<u64> {
    mib.checked_mul(1 << 20)
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

/// Opens `path` when it is not a symbolic link (`O_NOFOLLOW`): then no
/// link can lead out of the repository, and one system call does what an
/// `lstat` and an open did. `None` on any failure.
#[cfg(target_os = "linux")]
fn open_plain(path: &Path) -> Option<File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW)
        .open(path)
        .ok()
}

#[cfg(not(target_os = "linux"))]
fn open_plain(_: &Path) -> Option<File> {
    None
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

/// A file's size and the limit it passes, as [`mib`] writes them unless both
/// would read the same ("1.0 MiB, more than the limit of 1.0 MiB"): then in bytes.
fn sizes(size: u64, limit: u64) -> (String, String) {
    let (a, b) = (crate::text::size::mib(size), crate::text::size::mib(limit));
    if a == b {
        (format!("{size} B"), format!("{limit} B"))
    } else {
        (a, b)
    }
}

/// How many bytes of `bytes` are one of `marks` (three different bytes):
/// counted in byte-wide lanes, 255 bytes at a time, which the compiler turns
/// into vector instructions.
fn count_bytes(bytes: &[u8], [a, b, c]: [u8; 3]) -> usize {
    bytes
        .chunks(255)
        .map(|chunk| {
            let n = chunk.iter().fold(0u8, |n, &x| {
                n + u8::from(x == a) + u8::from(x == b) + u8::from(x == c)
            });
            usize::from(n)
        })
        .sum()
}

/// Where a TOML text first nests deeper than `max` (arrays, inline tables,
/// and the dots of a dotted key counting one level each), if it does. Strings
/// and comments are skipped; the scan is one pass and never recurses.
pub fn toml_too_deep(text: &str, max: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // Most plans hold fewer opening marks than the limit: nothing to walk.
    let marks = count_bytes(bytes, [b'[', b'{', b'.']);
    if marks <= max {
        return None;
    }
    let mut depth = 0usize;
    let mut dots = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                i = skip_comment(bytes, i);
                continue;
            }
            b'"' | b'\'' => {
                i = skip_string(bytes, i);
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

/// Where a TOML text first passes one of the bounds above (tables, values
/// of one array, keys), if it does: counted in one pass before the text is
/// parsed, so that a plan cannot make kdcl hold millions of values. Strings
/// and comments are skipped.
pub fn toml_too_large(text: &str) -> Option<(usize, TooLarge)> {
    let bytes = text.as_bytes();
    let marks = count_bytes(bytes, [b'[', b',', b'=']);
    if marks <= MAX_TOML_TABLES.min(MAX_TOML_ARRAY) {
        return None;
    }
    let (mut tables, mut keys) = (0usize, 0usize);
    // For each open bracket: whether it is an array, and its values so far.
    let mut open: Vec<(bool, usize)> = Vec::new();
    let mut line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'#' => {
                i = skip_comment(bytes, i);
                continue;
            }
            b'"' | b'\'' => {
                i = skip_string(bytes, i);
                line_start = false;
                continue;
            }
            b'\n' => line_start = true,
            b' ' | b'\t' | b'\r' => {}
            b'[' if line_start && open.is_empty() => {
                tables += 1;
                if tables > MAX_TOML_TABLES {
                    return Some((i, TooLarge::Tables));
                }
                // The header's name, up to the end of the line, is no array.
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'#' {
                    i += 1;
                }
                continue;
            }
            b'[' | b'{' => {
                open.push((b == b'[', 1));
                line_start = false;
            }
            b']' | b'}' => {
                open.pop();
                line_start = false;
            }
            b',' => {
                if let Some((true, values)) = open.last_mut() {
                    *values += 1;
                    if *values > MAX_TOML_ARRAY {
                        return Some((i, TooLarge::Array));
                    }
                }
                line_start = false;
            }
            b'=' => {
                keys += 1;
                if keys > MAX_TOML_KEYS {
                    return Some((i, TooLarge::Keys));
                }
                line_start = false;
            }
            _ => line_start = false,
        }
        i += 1;
    }
    None
}

/// The offset of the line end of the comment that starts at `i`.
fn skip_comment(bytes: &[u8], i: usize) -> usize {
    bytes[i..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |n| i + n)
}

/// The offset after the string that starts at `i` (basic or literal, one
/// line or three quotes).
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    let q = bytes[i];
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
                return i;
            }
        } else if bytes[i] == q || bytes[i] == b'\n' {
            return i + 1;
        }
        i += 1;
    }
    i
}

/// Keeps the first [`MAX_FINDINGS_PER_FILE`] findings of `sink` from
/// `from` on (one file's, in their order of output) and puts in place of
/// the rest one finding that says how many were not listed: at the first
/// one left out, as severe as the most severe of them.
pub fn cap_findings(sink: &mut crate::diag::diagnostic::Sink, from: usize) {
    if sink.len().saturating_sub(from) <= MAX_FINDINGS_PER_FILE {
        return;
    }
    sink[from..].sort_by_cached_key(|d| d.sort_key());
    let rest = sink.split_off(from + MAX_FINDINGS_PER_FILE);
    let count = rest.len();
    // Severities sort most severe first.
    let severity = rest.iter().map(|d| d.severity).min();
    if let (Some(first), Some(severity)) = (rest.into_iter().next(), severity) {
        let left = first.help.len();
        let mut summary = first;
        summary.message = msg!(
            FINDINGS_NOT_LISTED,
            count = count,
            max = MAX_FINDINGS_PER_FILE
        );
        summary.severity = severity;
        summary.label = None;
        summary.school = None;
        summary.help.drain(..left);
        sink.push(summary);
    }
}

/// [`cap_findings`] for every file of `diagnostics` (in output order, each
/// file's findings together): what a report lists stays bounded whatever a
/// file holds.
pub fn cap_each_file(diagnostics: &mut crate::diag::diagnostic::Sink) {
    let mut start = 0;
    let mut i = 0;
    while i <= diagnostics.len() {
        let boundary = i == diagnostics.len() || diagnostics[i].path() != diagnostics[start].path();
        if boundary && i > start {
            if i - start > MAX_FINDINGS_PER_FILE {
                let mut rest = diagnostics.split_off(i);
                cap_findings(diagnostics, start);
                i = diagnostics.len();
                diagnostics.append(&mut rest);
            }
            start = i;
        }
        i += 1;
    }
}

crate::texts! {
    pub(crate) PLAN_TOO_MANY_TABLES = "plan-too-many-tables" {
        "this plan has more than {max} tables ([plan], [[school]], [[wave]] …) and the rest were not read; no plan needs as many",
        "kế hoạch này có hơn {max} bảng ([plan], [[school]], [[wave]] …), phần còn lại không được đọc; không kế hoạch nào cần nhiều như vậy",
    }
    pub(crate) PLAN_ARRAY_TOO_LONG = "plan-array-too-long" {
        "this array holds more than {max} values and the rest were not read; no plan needs as many",
        "mảng này có hơn {max} giá trị, phần còn lại không được đọc; không kế hoạch nào cần nhiều như vậy",
    }
    pub(crate) PLAN_TOO_MANY_KEYS = "plan-too-many-keys" {
        "this plan sets more than {max} keys and the rest were not read; no plan needs as many",
        "kế hoạch này có hơn {max} mục, phần còn lại không được đọc; không kế hoạch nào cần nhiều như vậy",
    }
    pub(crate) FINDINGS_NOT_LISTED = "findings-not-listed" {
        "{count} more {count:finding/findings} of this file were not listed: kdcl lists at most {max} a file; the first of the rest is here",
        "còn {count} phát hiện khác của tệp này không được liệt kê: kdcl liệt kê tối đa {max} phát hiện cho mỗi tệp; phát hiện đầu tiên trong số đó ở đây",
    }
    pub(crate) REASON_FOLDER = "reason-folder" {
        "it is a folder, not a file",
        "đây là thư mục, không phải tệp",
    }
    pub(crate) REASON_NOT_REGULAR = "reason-not-regular" {
        "it is not a regular file (a named pipe, socket or device), so it is not read",
        "đây không phải tệp thông thường (đường ống, socket hay thiết bị) nên không được đọc",
    }
    pub(crate) REASON_LINK_OUT = "reason-link-out" {
        "it is a symbolic link leading outside the plan repository, so it is not followed",
        "đây là liên kết tượng trưng (symbolic link) trỏ ra ngoài kho kế hoạch nên không được đọc",
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

#[cfg(all(test, target_os = "linux"))]
mod plain_tests {
    use super::*;

    #[test]
    fn only_what_is_not_a_link_is_opened_plainly() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("2024.toml");
        fs::write(&file, "x").unwrap();
        std::os::unix::fs::symlink(&file, tmp.path().join("2025.toml")).unwrap();
        assert!(open_plain(&file).is_some());
        assert!(open_plain(&tmp.path().join("2025.toml")).is_none());
        assert!(open_plain(&tmp.path().join("missing.toml")).is_none());
        // The careful way still reads a link that stays inside.
        assert_eq!(
            read_file(&tmp.path().join("2025.toml"), 10),
            Ok(b"x".to_vec())
        );
    }
}

#[cfg(test)]
mod count_tests {
    #[test]
    fn bytes_are_counted_as_one_by_one() {
        let text: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 96 + 32) as u8).collect();
        for len in [0, 1, 254, 255, 256, 600, 2000] {
            let bytes = &text[..len];
            let one_by_one = bytes.iter().filter(|b| b"[{.".contains(b)).count();
            assert_eq!(super::count_bytes(bytes, [b'[', b'{', b'.']), one_by_one);
        }
        assert_eq!(super::count_bytes(&[b'['; 1000], [b'[', b',', b'=']), 1000);
    }
}
