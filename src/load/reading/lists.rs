//! Lists named for a count or an action: after it in parentheses or a
//! colon, below it one a line; counts by type with their names ("Mầm non:
//! 02 (MG Bình Thạnh, MG Bình An)"); and items that name their own action,
//! level and wave ("1. Trường … - công nhận lại mức độ 01 - Đợt 1").

use crate::model::plan::Action;

use super::counts::{State, actions, first_word, mention};
use super::schools::{self, Note};
use super::tokens::{Line, Tok, at, count};
use super::{Reading, Said};

/// "1. Trường Mầm non Điện Biên - công nhận lại mức độ 01 - Đợt 1": a line
/// that names one school and says its action (and level, wave) after it.
pub(super) fn item(line: &Line<'_>, toks: &[Tok<'_>], st: &State, out: &mut Reading) -> bool {
    let f = first_word(toks);
    let Some(dash) = (f..toks.len()).find(|&k| toks[k].s == "-" || toks[k].s == "–") else {
        return false;
    };
    let rest = &toks[dash..];
    let Some(action) = actions(rest).single() else {
        return false;
    };
    let wave = (0..rest.len())
        .find(|&k| rest[k].lc == "đợt")
        .and_then(|k| rest.get(k + 1))
        .and_then(count)
        .map(|n| n as u32)
        .or(st.wave);
    let note = Note {
        action: None,
        ..schools::note(rest)
    };
    schools::list(line, toks, (f, dash), Some(action), note, wave, out) > 0
}

/// The list after a count: "(MN Tân Hạnh, MN Tân Phong)", ": MN Bình Minh, …",
/// or, when the line ends with the colon, the lines below.
pub(super) fn after(
    line: &Line<'_>,
    toks: &[Tok<'_>],
    (from, to): (usize, usize),
    action: Option<Action>,
    st: &mut State,
    out: &mut Reading,
) {
    let mut k = from;
    while k < toks.len() {
        let t = &toks[k];
        if mention(toks, k).is_some()
            || (k < to && !actions(&toks[k..(k + 4).min(toks.len())]).0.is_empty() && k > from)
        {
            return;
        }
        if t.s == "(" || t.s == ":" {
            break;
        }
        if k >= to && t.s != ";" && t.s != "." {
            return;
        }
        k += 1;
    }
    if k >= toks.len() {
        return;
    }
    let head = Note {
        action: None,
        ..schools::note(&toks[from..k])
    };
    if toks[k].s == "(" {
        let close = (k..toks.len())
            .find(|&c| toks[c].s == ")")
            .unwrap_or(toks.len());
        let named = schools::list(line, toks, (k + 1, close), action, head, st.wave, out);
        // "(từ mức độ 1 lên mức độ 2): Trường …": a note, then the list.
        if named == 0 && toks.get(close + 1).is_some_and(|t| t.s == ":") {
            let head = Note {
                action: None,
                ..schools::note(&toks[from..close])
            };
            schools::list(
                line,
                toks,
                (close + 2, toks.len()),
                action,
                head,
                st.wave,
                out,
            );
        }
        return;
    }
    // After a colon: to the line's end, or the lines below when none follow.
    let named = schools::list(line, toks, (k + 1, toks.len()), action, head, st.wave, out);
    if named == 0 && k + 1 >= toks.len() {
        st.intro = Some((action, head));
    }
}

/// School types as documents write them, longest first, and their kind key.
const KINDS: &[(&str, &str)] = &[
    ("tiểu học và trung học cơ sở", "TH-THCS"),
    ("th&thcs", "TH-THCS"),
    ("liên cấp", "TH-THCS"),
    ("mầm non", "MN"),
    ("mẫu giáo", "MN"),
    ("nhà trẻ", "MN"),
    ("tiểu học", "TH"),
    ("trung học cơ sở", "THCS"),
    ("trung học phổ thông", "THPT"),
    ("thcs", "THCS"),
    ("thpt", "THPT"),
    ("th", "TH"),
    ("mn", "MN"),
];

/// The kind written at `k`: its key and the index after it (abbreviations
/// only in capitals).
fn kind_at(toks: &[Tok<'_>], k: usize) -> Option<(&'static str, usize)> {
    KINDS.iter().find_map(|(w, kind)| {
        let abbreviation = !w.contains(' ');
        (at(toks, k, w) && (!abbreviation || toks[k].s == toks[k].s.to_uppercase()))
            .then(|| (*kind, k + w.split(' ').count()))
    })
}

/// Counts by type inside a sentence that splits the plan's targets: "Phân
/// theo cấp học: Mầm non 150 trường; Tiểu học 130 trường", "công nhận mới
/// từ 120 - 150 trường, trong đó: Mầm non từ 40 - 50 trường; …", "đánh giá
/// ngoài đối với 08 cơ sở, gồm 02 trường mầm non, 03 trường tiểu học …".
/// Counts of the schools that exist ("hiện có 45 trường, trong đó …", "có 14
/// trường (05 mầm non, …)") are not split targets.
pub(super) fn by_kind_in_sentence(
    line: &Line<'_>,
    toks: &[Tok<'_>],
    st: &State,
    out: &mut Reading,
) {
    if st.wave.is_some() {
        return;
    }
    let mut i = 0;
    while i < toks.len() {
        let Some(((lo, hi), end)) = mention(toks, i) else {
            i += 1;
            continue;
        };
        let sentence = (0..i)
            .rev()
            .find(|&k| toks[k].s == ".")
            .map_or(0, |k| k + 1);
        let words = &toks[sentence..i];
        let has = |p: &str| (0..words.len()).any(|k| at(words, k, p));
        let existing = has("hiện") || words.iter().any(|t| t.lc == "có");
        // "Mầm non (từ) 40 - 50 trường", the type first, after ':' ';' ','.
        let from = if i > 0 && toks[i - 1].lc == "từ" {
            i - 1
        } else {
            i
        };
        let first = (sentence..from).rev().find_map(|k| {
            kind_at(toks, k)
                .filter(|(_, e)| *e == from)
                .filter(|_| k == 0 || [":", ";", ","].contains(&toks[k - 1].s))
                .map(|(kind, _)| (kind, k))
        });
        // "gồm 02 trường mầm non, 03 trường tiểu học": the count first.
        let after = kind_at(toks, end).map(|(kind, _)| (kind, i));
        let split = match (first, after) {
            (Some(f), _) if has("theo cấp học") || (has("trong đó") && counted(words)) => {
                Some(f)
            }
            (None, Some(a)) if words.iter().any(|t| t.lc == "gồm") && counted(words) => Some(a),
            _ => None,
        };
        if let Some((kind, k)) = split
            && !existing
            && !out.by_kind.iter().any(|(w, _)| *w == kind)
        {
            out.by_kind
                .push((kind, Said::at(line, toks[k].lo, toks[end - 1].hi, (lo, hi))));
        }
        i = end;
    }
}

/// The words name a count of schools before the split ("08 cơ sở …, gồm").
fn counted(words: &[Tok<'_>]) -> bool {
    (0..words.len()).any(|k| mention(words, k).is_some())
}

/// "Mầm non: 02 (MG Bình Thạnh, MG Bình An)": a count by type, and its list.
pub(super) fn by_kind(
    line: &Line<'_>,
    toks: &[Tok<'_>],
    st: &mut State,
    out: &mut Reading,
) -> bool {
    let f = first_word(toks);
    let Some((word, kind)) = KINDS.iter().find(|(w, _)| at(toks, f, w)) else {
        return false;
    };
    let colon = f + word.split(' ').count();
    if toks.get(colon).is_none_or(|t| t.s != ":" && t.s != "\t") {
        return false;
    }
    // "Mầm non: 02 (…)", "Mầm non: hai trường", "Tiểu học: không có trường".
    let Some(n) = toks.get(colon + 1).and_then(|t| {
        let digits = t.s.chars().all(|c| c.is_ascii_digit());
        let unit = toks.get(colon + 2).is_some_and(|u| u.lc == "trường");
        let none = at(toks, colon + 1, "không có trường");
        match count(t) {
            Some(n) if digits || unit => Some(n),
            _ => none.then_some(0),
        }
    }) else {
        return false;
    };
    if st.wave.is_none() {
        let said = Said::at(line, toks[f].lo, toks[colon + 1].hi, (n, n));
        if !out.by_kind.iter().any(|(k, _)| k == kind) {
            out.by_kind.push((kind, said));
        }
    }
    let (action, note) = st.intro.unwrap_or_default();
    // Its names: in parentheses, or the table's next cells.
    let (from, to) = match toks.iter().position(|t| t.s == "(") {
        Some(open) => (
            open + 1,
            (open..toks.len())
                .find(|&c| toks[c].s == ")")
                .unwrap_or(toks.len()),
        ),
        None => (colon + 2, toks.len()),
    };
    schools::list(line, toks, (from, to), action, note, st.wave, out);
    true
}

#[cfg(test)]
mod tests {
    use super::super::read;

    #[test]
    fn counts_by_type_inside_a_sentence() {
        let kinds = |text: &str| -> Vec<(&'static str, (i64, i64))> {
            read(text)
                .by_kind
                .iter()
                .map(|(k, s)| (*k, s.value))
                .collect()
        };
        assert_eq!(
            kinds("Phân theo cấp học: Mầm non 12 trường; Tiểu học từ 8 - 10 trường."),
            [("MN", (12, 12)), ("TH", (8, 10))]
        );
        assert_eq!(
            kinds("Đánh giá ngoài đối với 06 cơ sở, gồm 04 trường mầm non và 02 trường THCS."),
            [("MN", (4, 4)), ("THCS", (2, 2))]
        );
        assert_eq!(
            kinds("Mầm non: ba trường, gồm MG Hoa Cúc và MG Hoa Mai.\nTiểu học: không có trường."),
            [("MN", (3, 3)), ("TH", (0, 0))]
        );
        // The schools that exist are not a split of the targets.
        assert!(
            kinds("Hiện có 40 trường, trong đó: Mầm non 15 trường; Tiểu học 25 trường.").is_empty()
        );
        assert!(
            kinds("Toàn xã có 20 trường, gồm 08 trường mầm non, 12 trường tiểu học.").is_empty()
        );
    }
}
