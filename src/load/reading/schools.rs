//! Schools named for an action: in parentheses, after a colon, one a line
//! or a table row; each with its type prefix as written, and a level
//! written any way ("mức độ 1", "mức độ I", "Mức độ 01") that covers the
//! group of names before it, back to the previous level (the Lai Châu
//! transcription's judgement call).

use crate::model::plan::Action;

use super::tokens::{Line, Tok, at, count, level};
use super::{Reading, Said, SchoolRead};

/// Type prefixes, longest first, lower case.
const PREFIXES: &[&str] = &[
    "tiểu học và trung học cơ sở",
    "trung học cơ sở và trung học phổ thông",
    "phổ thông dân tộc bán trú",
    "phổ thông dân tộc nội trú",
    "trung học cơ sở",
    "trung học phổ thông",
    "liên cấp",
    "tiểu học",
    "mầm non",
    "mẫu giáo",
    "nhà trẻ",
    "th&thcs",
    "thcs&thpt",
    "th-thcs",
    "thcs-thpt",
    "ptdtbt",
    "ptdtnt",
    "thcs",
    "thpt",
    "th",
    "mn",
    "mg",
    "nt",
];

/// Lower-case words a name may hold between its capitalised words.
const NAME_WORDS: &[&str] = &["xã", "phường", "thị", "trấn", "huyện", "số", "và", "chuyên"];

/// Where a school's name starts at token `i`: the index of its type prefix
/// (after a leading "Trường") and the index after the prefix.
pub(super) fn start(toks: &[Tok<'_>], i: usize) -> Option<(usize, usize)> {
    // After "trường", a type in words may be in lower case ("trường mầm non Nậm Loỏng").
    // A caller may ask one past the last token (a line ending in a prefix).
    let after_truong = toks.get(i)?.lc == "trường" && toks.get(i + 1).is_some();
    let p = if after_truong { i + 1 } else { i };
    let mut k = p;
    // Prefixes may stack: "PTDTBT TH&THCS", "liên cấp TH – THCS".
    while let Some(pre) = PREFIXES.iter().find(|x| at(toks, k, x)) {
        let abbreviation = !pre.contains(' ')
            && pre
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == '&' || c == '-');
        // "TH", "MN" only in capitals; words of a prefix start with a capital.
        let written = &toks[k];
        // "Trường liên cấp TH – THCS …": "liên cấp" is written in lower case.
        let lower_ok = *pre == "liên cấp" || (after_truong && k == p && pre.contains(' '));
        if (abbreviation && written.s != written.s.to_uppercase())
            || (!written.capital() && !lower_ok)
        {
            break;
        }
        k += pre.split(' ').count();
        if toks.get(k).is_some_and(|t| t.s == "–" || t.s == "-")
            && toks.get(k + 1).is_some_and(|t| t.s.starts_with("TH"))
        {
            k += 1;
        }
    }
    (k > p && name_end(toks, k) > k).then_some((p, k))
}

/// The end of a name whose proper part starts at `from`.
fn name_end(toks: &[Tok<'_>], from: usize) -> usize {
    let mut k = from;
    let mut proper = false;
    while let Some(t) = toks.get(k) {
        let numeric = t.s.chars().next().is_some_and(|c| c.is_ascii_digit()) && !t.s.ends_with('%');
        if t.capital() && !t.is_punct() {
            // A new school starts: "… Bảo Lâm, Trường …" is split by punctuation anyway.
            if k > from
                && PREFIXES
                    .iter()
                    .any(|x| at(toks, k, x) && x.len() <= 4 && t.s == t.s.to_uppercase())
            {
                break;
            }
            proper = true;
        } else if numeric && (proper || toks[k - 1].lc == "số" || k == from) {
            proper = true;
        } else if !(NAME_WORDS.contains(&t.lc.as_str())
            && toks
                .get(k + 1)
                .is_some_and(|n| n.capital() || n.lc == "trấn" || n.lc == "xã")
            && t.lc != "và")
        {
            break;
        }
        k += 1;
    }
    if proper { k } else { from }
}

/// Every school name a line writes, wherever it stands.
pub(super) fn names(line: &Line<'_>) -> Vec<Said<String>> {
    let toks = super::tokens::tokens(&line.text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match start(&toks, i) {
            Some((p, after)) => {
                let end = name_end(&toks, after);
                let name = toks[p..end]
                    .iter()
                    .map(|t| t.s)
                    .collect::<Vec<_>>()
                    .join(" ");
                out.push(Said::at(line, toks[p].lo, toks[end - 1].hi, name));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// What a note beside names says: "(công nhận lại mức độ 1)", "(nâng mức độ 2)",
/// "đạt chuẩn quốc gia mức độ I", "cấp độ 3".
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Note {
    pub action: Option<Action>,
    pub level: Option<u8>,
    pub accreditation: Option<u8>,
}

pub(super) fn note(toks: &[Tok<'_>]) -> Note {
    let mut n = Note::default();
    for i in 0..toks.len() {
        if (at(toks, i, "mức độ") || at(toks, i, "mức"))
            && let Some(l) = toks
                .get(i + if at(toks, i, "mức độ") { 2 } else { 1 })
                .and_then(|t| level(t.s))
        {
            n.level = Some(l);
        }
        if at(toks, i, "cấp độ")
            && let Some(c) = toks
                .get(i + 2)
                .and_then(count)
                .filter(|c| (1..=4).contains(c))
        {
            n.accreditation = Some(c as u8);
        }
    }
    n.action = super::counts::actions(toks).single();
    n
}

/// A name read, its action still open until the notes after it are read.
struct Pending {
    name: Said<String>,
    action: Option<Action>,
    level: Option<u8>,
    accreditation: Option<u8>,
}

/// The schools of a list between tokens `lo..hi` of a line, each given
/// `action` unless a note beside it says another; a level note covers the
/// names since the previous one. Returns how many names it read.
pub(super) fn list(
    line: &Line<'_>,
    toks: &[Tok<'_>],
    (lo, hi): (usize, usize),
    action: Option<Action>,
    base: Note,
    wave: Option<u32>,
    out: &mut Reading,
) -> usize {
    let hi = hi.min(toks.len());
    let mut names: Vec<Pending> = Vec::new();
    let mut group_start = 0;
    let mut i = lo;
    while i < hi {
        let t = &toks[i];
        if t.s == "(" {
            let close = (i + 1..hi).find(|&k| toks[k].s == ")").unwrap_or(hi);
            apply(&mut names[group_start..], note(&toks[i + 1..close]));
            group_start = names.len();
            i = close + 1;
            continue;
        }
        if (t.lc == "đạt" || t.lc == "mức" || t.s == ":") && names.len() > group_start {
            // "… Bảo Lâm đạt chuẩn quốc gia mức độ I và …", "…: mức độ 1": up to the next name.
            let mut k = i + 1;
            while k < hi && start(toks, k).is_none() && toks[k].s != "(" && toks[k].s != ";" {
                k += 1;
            }
            let n = note(&toks[i..k]);
            if n.level.is_some() || n.accreditation.is_some() {
                apply(&mut names[group_start..], n);
                group_start = names.len();
            }
            i = k;
            continue;
        }
        let Some((p, after)) = start(toks, i) else {
            i += 1;
            continue;
        };
        let end = name_end(toks, after);
        let name = toks[p..end]
            .iter()
            .map(|t| t.s)
            .collect::<Vec<_>>()
            .join(" ");
        names.push(Pending {
            name: Said::at(line, toks[p].lo, toks[end - 1].hi, name),
            action,
            level: base.level,
            accreditation: base.accreditation,
        });
        i = end;
    }
    let found = names.len();
    let list_start = out.schools.len();
    let mut unplaced = false;
    for n in names {
        let Some(action) = n.action else {
            unplaced = true;
            continue;
        };
        let key = crate::model::name::key(&n.name.value);
        // Named in another list too (by type and by action, target and wave): one entry.
        if let Some(same) = out.schools[..list_start]
            .iter_mut()
            .find(|s| crate::model::name::key(&s.name.value) == key)
        {
            same.level = same.level.or(n.level);
            same.accreditation = same.accreditation.or(n.accreditation);
            same.wave = same.wave.or(wave);
            continue;
        }
        let said = Said {
            value: action,
            line: n.name.line,
            column: n.name.column,
            words: n.name.words.clone(),
        };
        out.schools.push(SchoolRead {
            name: n.name,
            action: said,
            level: n.level,
            accreditation: n.accreditation,
            wave,
        });
    }
    if unplaced && lo < hi {
        let s = Said::at(line, toks[lo].lo, toks[hi - 1].hi, ());
        out.todo(s.line, s.column, s.words);
    }
    found
}

/// A note covers the names of its group: its level and accreditation, and
/// its action where it names one.
fn apply(names: &mut [Pending], n: Note) {
    for s in names {
        if n.level.is_some() {
            s.level = n.level;
        }
        if n.accreditation.is_some() {
            s.accreditation = n.accreditation;
        }
        if n.action.is_some() {
            s.action = n.action;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    fn names(text: &str, action: Option<Action>) -> Vec<(String, Action, Option<u8>)> {
        let line = Line::of(1, text);
        let toks = tokens(&line.text);
        let mut out = Reading::default();
        list(
            &line,
            &toks,
            (0, toks.len()),
            action,
            Note::default(),
            None,
            &mut out,
        );
        out.schools
            .into_iter()
            .map(|s| (s.name.value, s.action.value, s.level))
            .collect()
    }

    #[test]
    fn no_name_starts_past_the_last_word() {
        // The PDF of seed 001 asked one past the end and stopped kdcl.
        let toks = crate::load::reading::tokens::tokens("các trường mầm non");
        assert_eq!(start(&toks, toks.len()), None);
        assert_eq!(start(&toks, toks.len() + 3), None);
    }

    #[test]
    fn a_level_after_a_group_covers_the_group() {
        let got = names(
            "MN Bình Minh, TH Đoàn Kết (mức độ 2); MN Sùng Phài, THCS Quyết Tiến; TH&THCS Sùng Phài (mức độ 1).",
            Some(Action::New),
        );
        let levels: Vec<_> = got.iter().map(|(n, _, l)| (n.as_str(), *l)).collect();
        assert_eq!(
            levels,
            [
                ("MN Bình Minh", Some(2)),
                ("TH Đoàn Kết", Some(2)),
                ("MN Sùng Phài", Some(1)),
                ("THCS Quyết Tiến", Some(1)),
                ("TH&THCS Sùng Phài", Some(1)),
            ]
        );
    }

    #[test]
    fn a_note_names_the_action() {
        let got = names(
            "TH Kim Đồng (nâng mức độ 2), THCS Đoàn Kết ( công nhận lại mức độ 2);",
            None,
        );
        assert_eq!(
            got,
            [
                ("TH Kim Đồng".to_string(), Action::Raise, Some(2)),
                ("THCS Đoàn Kết".to_string(), Action::Renew, Some(2)),
            ]
        );
    }

    #[test]
    fn long_prefixes_and_levels_in_words() {
        let got = names(
            "Trường Tiểu học và Trung học cơ sở xã Bảo Lâm đạt chuẩn quốc gia mức độ I và trường Mầm non xã Thụy Hùng đạt chuẩn quốc gia mức độ I.",
            Some(Action::New),
        );
        assert_eq!(
            got,
            [
                (
                    "Tiểu học và Trung học cơ sở xã Bảo Lâm".to_string(),
                    Action::New,
                    Some(1)
                ),
                ("Mầm non xã Thụy Hùng".to_string(), Action::New, Some(1)),
            ]
        );
    }

    #[test]
    fn numbers_inside_names_stay() {
        let got = names(
            "TH Số 2, THCS 3-2, Mầm non 1/6 (mức độ 01)",
            Some(Action::Renew),
        );
        let n: Vec<_> = got.iter().map(|(n, _, l)| (n.as_str(), *l)).collect();
        assert_eq!(
            n,
            [
                ("TH Số 2", Some(1)),
                ("THCS 3-2", Some(1)),
                ("Mầm non 1/6", Some(1))
            ]
        );
    }

    #[test]
    fn kinds_named_without_a_school_are_not_schools() {
        assert!(
            names(
                "các trường Mầm non, Tiểu học, THCS trên địa bàn",
                Some(Action::New)
            )
            .is_empty()
        );
    }
}
