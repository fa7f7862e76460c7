//! `kdcl check --fix`: the fixes that cannot change what a plan says, as a
//! safe fix of a linter: curly quotes → straight, a count in quotes or with
//! a leading zero → the number, a date, month or quarter kdcl does not read
//! as written → its ISO form when its meaning is plain, a misspelt action →
//! the one spelling within reach. Only plan files inside the repository are
//! touched, never through a symbolic link, never a roster. Each fix replaces
//! the bytes of one value where the TOML reader located it, so comments,
//! spacing and order stay exactly as written.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

use crate::diag::diagnostic::Message;
use crate::load::discover::{self, BadPath, Canon};
use crate::load::habits::Habit;
use crate::load::{syntax, vndate};
use crate::model::plan::{Action, Due};
use crate::msg;
use crate::text::source::{SourceFile, Span};

/// One value rewritten.
#[derive(Debug, Clone)]
pub struct Change {
    pub line: usize,
    pub before: String,
    pub after: String,
    pub why: Message,
}

/// A plan file with its text before and after the fixes.
#[derive(Debug)]
pub struct Fixed {
    pub path: PathBuf,
    pub shown: String,
    pub before: String,
    pub after: String,
    pub changes: Vec<Change>,
}

impl Fixed {
    /// Lines that differ, as `(line number, before, after)`: fixes never
    /// add or remove a line.
    pub fn lines(&self) -> Vec<(usize, &str, &str)> {
        self.before
            .split('\n')
            .zip(self.after.split('\n'))
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .map(|(i, (a, b))| (i + 1, a, b))
            .collect()
    }

    /// Writes the fixed text over the plan: a new file beside it renamed
    /// over it, after making sure once more it is a plain file.
    pub fn write(&self) -> std::io::Result<()> {
        let meta = fs::symlink_metadata(&self.path)?;
        if !meta.file_type().is_file() {
            return Err(std::io::Error::other(msg!(NOT_PLAIN).render()));
        }
        let name = self.path.file_name().unwrap_or_default().to_string_lossy();
        let tmp = self
            .path
            .with_file_name(format!(".{name}.kdcl-fix-{}", std::process::id()));
        let written = (|| {
            let mut file = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&tmp)?;
            std::io::Write::write_all(&mut file, self.after.as_bytes())?;
            file.sync_all()?;
            fs::set_permissions(&tmp, meta.permissions())?;
            fs::rename(&tmp, &self.path)
        })();
        if written.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        written
    }
}

/// The plans under `paths` that the safe fixes would change, with their
/// changes; nothing is written. With `names`, a school written with the
/// tone marks placed otherwise than in its roster ("Hoà" / "Hòa") is
/// written as the roster writes it.
pub fn plans(paths: &[PathBuf], max_file_size: u64, names: bool) -> Result<Vec<Fixed>, BadPath> {
    let found = discover::find(paths)?;
    let mut respelt = if names {
        respellings(paths, max_file_size)?
    } else {
        HashMap::new()
    };
    let root = Canon::default().root_of_dir(Path::new("."));
    let mut fixed = Vec::new();
    for path in &found.plans {
        if !fixable(path, &root) {
            continue;
        }
        let shown = crate::text::path::display(path);
        let Ok(file) = crate::load::files::read_text(path, &shown, max_file_size) else {
            continue;
        };
        let (after, changes) = fix_text(&file, respelt.remove(path).unwrap_or_default());
        if !changes.is_empty() {
            fixed.push(Fixed {
                path: path.clone(),
                shown,
                before: file.text.clone(),
                after,
                changes,
            });
        }
    }
    Ok(fixed)
}

/// A plan kdcl may write: a `.toml` file, not kdcl.toml, a plain file
/// reached through no link, inside the repository of the current folder.
fn fixable(path: &Path, root: &Path) -> bool {
    let toml = path.extension().is_some_and(|e| e == "toml")
        && path.file_name().is_some_and(|n| n != "kdcl.toml");
    let plain = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file());
    // The real path is the path as written only when no link is on the way.
    let direct = match (fs::canonicalize(path), std::path::absolute(path)) {
        (Ok(real), Ok(written)) => real == written,
        _ => false,
    };
    let inside = fs::canonicalize(path).is_ok_and(|real| real.starts_with(root));
    toml && plain && direct && inside
}

/// The text with every safe fix made, and the changes in file order: the
/// syntax first, then, once the text reads, the values.
/// `names` are edits of the file as read (made only when it reads as TOML).
pub fn fix_text(file: &SourceFile, names: Vec<Edit>) -> (String, Vec<Change>) {
    let syntax = syntax_edits(&file.text);
    let reads = syntax.is_empty();
    let (text, mut changes) = apply(&file.text, syntax);
    let mut edits = Vec::new();
    if let Ok(root) = DeTable::parse(&text) {
        values(root.get_ref(), "", &mut edits);
        if reads {
            edits.extend(names);
        }
    }
    let (text, more) = apply(&text, edits);
    changes.extend(more);
    changes.sort_by_key(|c| c.line);
    (text, changes)
}

/// Habits whose fix is certain; the others are said by `check`, not made.
fn syntax_edits(text: &str) -> Vec<Edit> {
    if DeTable::parse(text).is_ok() {
        return Vec::new();
    }
    let (found, _) = syntax::habits_in(text, 20);
    found
        .into_iter()
        .filter_map(|(start, _, f)| {
            let why = match f.habit {
                Habit::CurlyQuotes => msg!(FIX_QUOTES),
                Habit::LeadingZero => msg!(FIX_NUMBER),
                Habit::Unquoted | Habit::DecimalComma => return None,
            };
            Some((start + f.at.start..start + f.at.end, f.value, why))
        })
        .collect()
}

/// `text` with each edit made (in order, none overlapping), and the changes.
fn apply(text: &str, mut edits: Vec<Edit>) -> (String, Vec<Change>) {
    edits.sort_by_key(|(span, _, _)| span.start);
    let mut after = String::with_capacity(text.len());
    let mut changes = Vec::new();
    let mut at = 0;
    for (span, value, why) in edits {
        let Some(before) = text.get(span.clone()).filter(|_| span.start >= at) else {
            continue;
        };
        after.push_str(&text[at..span.start]);
        after.push_str(&value);
        changes.push(Change {
            line: text[..span.start].matches('\n').count() + 1,
            before: before.to_string(),
            after: value,
            why,
        });
        at = span.end;
    }
    after.push_str(&text[at..]);
    (after, changes)
}

/// A value's bytes, what replaces them, and why.
pub type Edit = (Span, String, Message);

/// Each plan's school names to write as its roster does, found by checking
/// the plans as `kdcl check` does (the roster each names, matched alike).
fn respellings(
    paths: &[PathBuf],
    max_file_size: u64,
) -> Result<HashMap<PathBuf, Vec<Edit>>, BadPath> {
    let options = crate::engine::check::Options {
        max_file_size,
        keep_plans: true,
        allows_on: None,
        history_of_named: false,
    };
    let report = crate::engine::check::check_paths_with(paths, &options)?;
    let mut edits: HashMap<PathBuf, Vec<Edit>> = HashMap::new();
    for checked in &report.plans {
        let Some(roster) = &checked.roster else {
            continue;
        };
        for (entry, index) in checked.plan.schools.iter().zip(&checked.schools) {
            let Some(school) = index.and_then(|i| roster.schools.get(i)) else {
                continue;
            };
            let written = &entry.school;
            // Only a plain string, as read: no escapes to keep.
            let raw = checked.plan.file.text.get(written.span.clone());
            if raw != Some(format!("\"{}\"", written.value).as_str()) {
                continue;
            }
            if let Some(respelt) = respell(&written.value, &school.name) {
                let why = msg!(FIX_NAME, roster_name = school.name);
                edits.entry(checked.path.clone()).or_default().push((
                    written.span.clone(),
                    format!("\"{respelt}\""),
                    why,
                ));
            }
        }
    }
    Ok(edits)
}

/// `written` with each word whose tone mark is placed otherwise than in a
/// word of `roster` ("Hoà" / "Hòa": same letters, same tone) written as the
/// roster does; `None` when no word differs so.
fn respell(written: &str, roster: &str) -> Option<String> {
    use crate::text::words::{fold, words};
    let theirs: Vec<&str> = roster.split_whitespace().collect();
    let mut changed = false;
    let respelt: Vec<&str> = written
        .split(' ')
        .map(|w| {
            let placed = theirs
                .iter()
                .find(|r| **r != w && fold(r) == fold(w) && words(r) == words(w));
            changed |= placed.is_some();
            placed.copied().unwrap_or(w)
        })
        .collect();
    changed.then(|| respelt.join(" "))
}

/// Counts kdcl reads as whole numbers: `"06"` there is 6.
fn is_count(table: &str, key: &str) -> bool {
    match table {
        "plan" => key == "year",
        "targets" => !key.starts_with("recognised_share"),
        "targets.by_kind" | "targets.by_year" => true,
        "school" => matches!(key, "level" | "accreditation" | "wave"),
        "wave" => matches!(key, "number" | "schools"),
        _ => false,
    }
}

/// The fixes of the values of `table` (named `name`, `""` at the top).
fn values(table: &DeTable<'_>, name: &str, edits: &mut Vec<Edit>) {
    for (k, v) in table.iter() {
        let key: &str = k.get_ref();
        let inner = if name.is_empty() {
            key.to_string()
        } else {
            format!("{name}.{key}")
        };
        match v.get_ref() {
            DeValue::Table(t) => values(t, &inner, edits),
            DeValue::Array(items) if name.is_empty() => {
                for item in items.iter() {
                    if let DeValue::Table(t) = item.get_ref() {
                        values(t, key, edits);
                    }
                }
            }
            DeValue::String(s) => {
                if let Some((value, why)) = value_fix(name, key, s) {
                    edits.push((v.span(), value, why));
                }
            }
            _ => {}
        }
    }
}

/// What `table.key = "written"` becomes, if a safe fix applies.
fn value_fix(table: &str, key: &str, written: &str) -> Option<(String, Message)> {
    let quoted = |s: &str| format!("\"{s}\"");
    if is_count(table, key) {
        let digits = written.trim();
        let plain = digits.trim_start_matches('0');
        let plain = if plain.is_empty() { "0" } else { plain };
        let number = (1..=6).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
        return number.then(|| (plain.to_string(), msg!(FIX_NUMBER)));
    }
    let converted = |accepted: bool, form: fn(&str) -> bool| {
        let iso = vndate::converted(written).filter(|c| form(c))?;
        (!accepted).then(|| (quoted(&iso), msg!(FIX_DATE)))
    };
    match (table, key) {
        ("school", "action") if Action::parse(written).is_none() => {
            let near = crate::load::plan::nearest_action(written)?;
            Some((quoted(near), msg!(FIX_ACTION)))
        }
        ("task", "due") => {
            let accepted = Due::parse(written)
                .or_else(|| vndate::due(written))
                .is_some();
            converted(accepted, |_| true)
        }
        ("wave", "month") => {
            let accepted = vndate::month(written).is_some()
                || Due::parse(written).is_some_and(|d| matches!(d, Due::Month(..)));
            converted(accepted, |c| c.len() == 7 && !c.contains('Q'))
        }
        ("plan", "issued") | ("allow", "until") => {
            converted(vndate::day(written).is_some(), |c| c.len() == 10)
        }
        _ => None,
    }
}

crate::texts! {
    pub(crate) FIX_QUOTES = "fix-quotes" {
        "straight quotes",
        "dấu ngoặc kép thẳng",
    }
    pub(crate) FIX_NUMBER = "fix-number" {
        "a number",
        "số",
    }
    pub(crate) FIX_DATE = "fix-date" {
        "a date kdcl reads",
        "ngày tháng kdcl đọc được",
    }
    pub(crate) FIX_ACTION = "fix-action" {
        "the only action within reach",
        "giá trị action duy nhất gần đúng",
    }
    pub(crate) FIX_NAME = "fix-name" {
        "the tone marks placed as in the roster's \"{roster_name}\"",
        "bỏ dấu thanh như trong danh sách trường: \"{roster_name}\"",
    }
    pub(crate) NOT_PLAIN = "fix-not-plain" {
        "no longer a plain file",
        "không còn là tệp thông thường",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(text: &str) -> String {
        fix_text(&SourceFile::new("2026.toml", text), Vec::new()).0
    }

    #[test]
    fn names_are_respelt_only_where_tone_marks_are_placed_otherwise() {
        let roster = "Trường Mầm non Hòa Bình Thụy";
        assert_eq!(
            respell("MN Hoà Bình  Thuỵ", roster).as_deref(),
            Some("MN Hòa Bình  Thụy")
        );
        assert_eq!(respell("MN Hòa Bình", roster), None);
        // Another tone, or another case, is no placement: left to KD202.
        assert_eq!(respell("MN Hoa Bình", roster), None);
        assert_eq!(respell("MN hoà Bình", roster), None);
    }

    #[test]
    fn safe_fixes_keep_everything_else() {
        assert_eq!(
            fixed("[plan]\narea = “Yên Thành”  # xã\nyear = \"2026\"\n"),
            "[plan]\narea = \"Yên Thành\"  # xã\nyear = 2026\n"
        );
        assert_eq!(
            fixed(
                "[targets]\ntotal = \"06\" # sáu\n[[school]]\nschool = \"A\"\naction = \"công nhân mới\"\n[[task]]\ndue = \"2026-6\"\n"
            ),
            "[targets]\ntotal = 6 # sáu\n[[school]]\nschool = \"A\"\naction = \"công nhận mới\"\n[[task]]\ndue = \"2026-06\"\n"
        );
        // Accepted as written, unknown, or a guess: left alone.
        for kept in [
            "[[task]]\ndue = \"quý II/2026\"\n",
            "[[task]]\ndue = \"sau Tết\"\n",
            "[[school]]\naction = \"xây mới\"\n",
            "[plan]\ntitle = \"06\"\n",
            "[plan]\nlevel = 2,5\n",
        ] {
            assert_eq!(fixed(kept), kept);
        }
    }
}
