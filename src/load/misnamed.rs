//! A `.toml` file under `plans/` not named as a plan (`KH 2026.toml`) is
//! never read as one: a warning names it and the name it should have, from
//! the years in its name or its own `[plan] year` or `period`, so that a
//! plan saved under the document's name is not left out unseen.

use std::path::Path;
use std::sync::Arc;

use toml::de::{DeTable, DeValue};

use crate::diag::diagnostic::Diagnostic;
use crate::load::discover::Found;
use crate::model::plan::{FIRST_YEAR, LAST_YEAR, parse_period};
use crate::msg;
use crate::rules;
use crate::text::source::SourceFile;

/// One warning for each misnamed file found.
pub fn findings(found: &Found, max_file_size: u64) -> Vec<Diagnostic> {
    found
        .misnamed
        .iter()
        .map(|path| {
            let shown = crate::text::path::display(path);
            let text = crate::load::limits::read_file(path, max_file_size)
                .ok()
                .and_then(|bytes| String::from_utf8(bytes).ok())
                .unwrap_or_default();
            let name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let help = match wanted_name(path, &text) {
                Some(wanted) => msg!(RENAME, wanted = wanted),
                None => msg!(RENAME_AFTER_YEAR),
            };
            let file = Arc::new(SourceFile::new(shown, text));
            Diagnostic::new(&rules::YEAR_MISMATCH, msg!(MESSAGE, name = name))
                .in_file(&file)
                .help(help)
        })
        .collect()
}

/// `2026.toml` or `2026-2030.toml`: from the years in the file's name, else
/// from the plan's `year` or `period`.
fn wanted_name(path: &Path, text: &str) -> Option<String> {
    let stem = path.file_stem()?.to_string_lossy();
    let years: Vec<i64> = stem
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| p.len() == 4)
        .filter_map(|p| p.parse().ok())
        .filter(|y| (FIRST_YEAR as i64..=LAST_YEAR as i64).contains(y))
        .collect();
    match years[..] {
        [year] => return Some(format!("{year}.toml")),
        [from, to] if from <= to => return Some(format!("{from}-{to}.toml")),
        _ => {}
    }
    let root = DeTable::parse(text).ok()?;
    fn get<'i>(table: &DeTable<'i>, key: &str) -> Option<DeValue<'i>> {
        table
            .iter()
            .find(|(k, _)| k.get_ref() == key)
            .map(|(_, v)| v.get_ref().clone())
    }
    let Some(DeValue::Table(plan)) = get(root.get_ref(), "plan") else {
        return None;
    };
    let years = FIRST_YEAR as i64..=LAST_YEAR as i64;
    if let Some(year) = get(&plan, "year").and_then(|v| {
        let i = v.as_integer()?;
        i64::from_str_radix(i.as_str(), i.radix()).ok()
    }) {
        return years.contains(&year).then(|| format!("{year}.toml"));
    }
    match get(&plan, "period") {
        Some(DeValue::String(p)) => {
            parse_period(p.trim()).map(|(from, to)| format!("{from}-{to}.toml"))
        }
        _ => None,
    }
}

crate::texts! {
    pub(crate) MESSAGE = "misnamed-plan" {
        "{name} is not named as a plan (<year>.toml or <from>-<to>.toml), so it was not checked",
        "{name} không được đặt tên như một kế hoạch (<năm>.toml hoặc <năm đầu>-<năm cuối>.toml) nên chưa được kiểm tra",
    }
    pub(crate) RENAME = "misnamed-plan-rename" {
        "if it is a plan, rename it {wanted}",
        "nếu đây là kế hoạch, hãy đổi tên tệp thành {wanted}",
    }
    pub(crate) RENAME_AFTER_YEAR = "misnamed-plan-rename-after-year" {
        "if it is a plan, name it after its year, such as 2026.toml, or its period, such as 2026-2030.toml",
        "nếu đây là kế hoạch, hãy đặt tên tệp theo năm, ví dụ 2026.toml, hoặc theo giai đoạn, ví dụ 2026-2030.toml",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_from_the_file_name_or_the_plan() {
        let name = |file: &str, text: &str| wanted_name(Path::new(file), text);
        assert_eq!(name("KH 2026.toml", "").as_deref(), Some("2026.toml"));
        assert_eq!(
            name("ke-hoach-2026-2030.toml", "").as_deref(),
            Some("2026-2030.toml")
        );
        assert_eq!(
            name("kế hoạch.toml", "[plan]\nyear = 2027\n").as_deref(),
            Some("2027.toml")
        );
        assert_eq!(
            name("kh.toml", "[plan]\nperiod = \"2026-2030\"\n").as_deref(),
            Some("2026-2030.toml")
        );
        assert_eq!(name("kh.toml", "x = ["), None);
    }
}
