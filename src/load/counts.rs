//! Reading the counts of `[targets]` (version 2): a whole number or a range
//! `[min, max]`, shares in percent as the document writes them, and
//! `[targets.by_year]`. Every malformed value is a located finding.

use std::sync::Arc;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::load::tomlwalk::Fields;
use crate::model::plan::{Percent, Share, Target};
use crate::msg;
use crate::rules;
use crate::text::source::{Loc, SourceFile, Span};

/// The most schools any count may state; larger is a typing slip.
pub const MAX_COUNT: i64 = 1_000_000;

fn integer(v: &Spanned<DeValue<'_>>) -> Option<i64> {
    v.get_ref()
        .as_integer()
        .and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok())
}

/// A count under `key`: a whole number, or a range of two whole numbers,
/// the first not above the second.
pub fn target(f: &mut Fields<'_, '_, '_>, key: &str) -> Option<Target> {
    let (k, v) = f.entry(key)?;
    let key_span = k.span();
    let DeValue::Array(items) = v.get_ref() else {
        let value = f.integer(key, 0, MAX_COUNT)?;
        let max = value.value;
        return Some(Target {
            key: key.to_string(),
            key_span,
            value,
            max,
        });
    };
    let ends: Vec<Option<i64>> = items.iter().map(integer).collect();
    let file = f.file().clone();
    let bad = |f: &mut Fields<'_, '_, '_>| {
        let written = file.text.get(v.span()).unwrap_or("").to_string();
        f.sink.push(
            Diagnostic::new(
                &rules::INVALID_VALUE,
                msg!(BAD_RANGE, key = f.qualified(key), written = written),
            )
            .at(&file, v.span())
            .help(msg!(BAD_RANGE_HELP)),
        );
        None
    };
    match ends.as_slice() {
        [Some(lo), Some(hi)] if 0 <= *lo && lo <= hi && *hi <= MAX_COUNT => Some(Target {
            key: key.to_string(),
            key_span,
            value: Loc::new(*lo, v.span()),
            max: *hi,
        }),
        _ => bad(f),
    }
}

/// A percentage (`72.5`, `61`) or a range of two, read from the text as
/// written so that `72.50` keeps its two decimals.
pub fn share(f: &mut Fields<'_, '_, '_>, key: &str) -> Option<Share> {
    let (k, v) = f.entry(key)?;
    let file = f.file().clone();
    let percent = |item: &Spanned<DeValue<'_>>| match item.get_ref() {
        DeValue::Integer(_) | DeValue::Float(_) => {
            Percent::parse(file.text.get(item.span()).unwrap_or(""))
        }
        _ => None,
    };
    let ends = match v.get_ref() {
        DeValue::Array(items) => match items.iter().map(percent).collect::<Vec<_>>()[..] {
            [Some(lo), Some(hi)] => {
                // Compared at the finer of the two ends.
                let d = lo.decimals.max(hi.decimals);
                let at = |p: Percent| p.scaled * 10i64.pow(d - p.decimals);
                (at(lo) <= at(hi)).then_some((lo, hi))
            }
            _ => None,
        },
        _ => percent(v).map(|p| (p, p)),
    };
    let Some((lo, hi)) = ends else {
        let written = file.text.get(v.span()).unwrap_or("").to_string();
        f.sink.push(
            Diagnostic::new(
                &rules::INVALID_VALUE,
                msg!(BAD_SHARE, key = f.qualified(key), written = written),
            )
            .at(&file, v.span())
            .help(msg!(BAD_SHARE_HELP)),
        );
        return None;
    };
    Some(Share {
        key: key.to_string(),
        key_span: k.span(),
        span: v.span(),
        lo,
        hi,
    })
}

/// `[targets.by_year]`: each key a year, each value a count or a range.
pub fn by_year(
    table: &DeTable<'_>,
    span: Span,
    file: &Arc<SourceFile>,
    sink: &mut Sink,
) -> Vec<(Loc<i64>, Target)> {
    let mut years = Fields::new(table, span, "targets.by_year", &[], file, sink);
    let mut out: Vec<(Loc<i64>, Target)> = Vec::new();
    for (k, _) in years.entries() {
        let key = k.get_ref().to_string();
        let year = (key.len() == 4)
            .then(|| key.parse::<i64>().ok())
            .flatten()
            .filter(|y| {
                use crate::model::plan::{FIRST_YEAR, LAST_YEAR};
                (FIRST_YEAR as i64..=LAST_YEAR as i64).contains(y)
            });
        let Some(year) = year else {
            years.sink.push(
                Diagnostic::new(&rules::INVALID_VALUE, msg!(BAD_YEAR_KEY, key = key))
                    .at(file, k.span()),
            );
            continue;
        };
        if let Some(t) = target(&mut years, &key) {
            out.push((Loc::new(year, k.span()), t));
        }
    }
    // Every key was judged above; none is an "unknown key" here.
    out
}

crate::texts! {
    pub(crate) BAD_RANGE = "bad-range" {
        "`{key}` = {written} is not a count: write a whole number or a range [min, max] of two whole numbers, min not above max",
        "`{key}` = {written} không phải là số lượng: ghi một số nguyên hoặc một khoảng [tối thiểu, tối đa] gồm hai số nguyên, số đầu không lớn hơn số sau",
    }
    pub(crate) BAD_RANGE_HELP = "bad-range-help" {
        "\"from 120 - 150 schools\" is written [120, 150]",
        "\"từ 120 - 150 trường\" ghi là [120, 150]",
    }
    pub(crate) BAD_SHARE = "bad-share" {
        "`{key}` = {written} is not a percentage: write it as the document does (72.5 for \"72,5%\"), or a range [75, 80]",
        "`{key}` = {written} không phải là tỷ lệ phần trăm: ghi như văn bản (72.5 cho \"72,5%\"), hoặc một khoảng [75, 80]",
    }
    pub(crate) BAD_SHARE_HELP = "bad-share-help" {
        "a share lies between 0 and 100, with at most 4 decimals, a point for the comma",
        "tỷ lệ nằm trong khoảng từ 0 đến 100, tối đa 4 chữ số thập phân, dùng dấu chấm thay dấu phẩy",
    }
    pub(crate) BAD_YEAR_KEY = "bad-year-key" {
        "\"{key}\" is not a year: the keys of [targets.by_year] are years such as 2027",
        "\"{key}\" không phải là năm: các mục của phần [targets.by_year] là năm, ví dụ 2027",
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::text::source::SourceFile;

    const HEAD: &str = "[plan]\ntitle = \"T\"\nissuer = \"I\"\narea = \"A\"\nprovince = \"P\"\n";

    fn read(body: &str) -> (Option<crate::model::plan::Plan>, Vec<&'static str>) {
        let file = Arc::new(SourceFile::new("p.toml", format!("{HEAD}{body}")));
        let mut sink = Vec::new();
        let plan = crate::load::plan::load(&file, &mut sink);
        (plan, sink.iter().map(|d| d.rule.code).collect())
    }

    #[test]
    fn ranges_are_two_whole_numbers_in_order() {
        let (plan, codes) = read("period = \"2026-2030\"\n[targets]\nnew = [120, 150]\n");
        assert!(codes.is_empty(), "{codes:?}");
        let new = plan.unwrap().targets.new.unwrap();
        assert_eq!((new.lo(), new.hi()), (120, 150));
        for bad in [
            "[5, 2]",
            "[1, 2, 3]",
            "[1.5, 2]",
            "[\"a\", 2]",
            "[]",
            "[-1, 2]",
        ] {
            let (_, codes) = read(&format!("year = 2026\n[targets]\nnew = {bad}\n"));
            assert_eq!(codes, ["KD003"], "{bad}");
        }
    }

    #[test]
    fn shares_keep_their_decimals() {
        let (plan, codes) = read(
            "year = 2026\n[targets]\nrecognised_share = 72.50\nrecognised_share_before = [60, 61.5]\n",
        );
        assert!(codes.is_empty(), "{codes:?}");
        let t = plan.unwrap().targets;
        assert_eq!(t.share_after.unwrap().lo.decimals, 2);
        assert_eq!(t.share_before.unwrap().hi.scaled, 615);
        for bad in ["101", "\"72%\"", "[80, 75]", "[1, 2, 3]"] {
            let (_, codes) = read(&format!(
                "year = 2026\n[targets]\nrecognised_share = {bad}\n"
            ));
            assert_eq!(codes, ["KD003"], "{bad}");
        }
    }

    #[test]
    fn by_year_keys_are_years() {
        let (plan, codes) =
            read("period = \"2026-2030\"\n[targets.by_year]\n2027 = 5\n2028 = [3, 4]\n");
        assert!(codes.is_empty(), "{codes:?}");
        assert_eq!(plan.unwrap().targets.by_year.len(), 2);
        let (_, codes) = read("period = \"2026-2030\"\n[targets.by_year]\n\"năm 2027\" = 5\n");
        assert_eq!(codes, ["KD003"]);
    }

    #[test]
    fn exactly_one_of_year_and_period() {
        let (_, codes) = read("year = 2026\nperiod = \"2026-2030\"\n");
        assert_eq!(codes, ["KD003"]);
        let (_, codes) = read("period = \"2030-2026\"\n");
        assert_eq!(codes, ["KD003"]);
        let (_, codes) = read("");
        assert_eq!(codes, ["KD004"]);
        let (plan, codes) = read("year = 2026\n[targets]\nrecognised_before = 14\n");
        assert!(codes.is_empty());
        assert_eq!(plan.unwrap().targets.kept.unwrap().key, "recognised_before");
        let (_, codes) = read("year = 2026\n[targets]\nrecognised_before = 14\nkept = 14\n");
        assert_eq!(codes, ["KD003"]);
    }
}
