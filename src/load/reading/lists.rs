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

/// "Mầm non: 02 (MG Bình Thạnh, MG Bình An)": a count by type, and its list.
pub(super) fn by_kind(
    line: &Line<'_>,
    toks: &[Tok<'_>],
    st: &mut State,
    out: &mut Reading,
) -> bool {
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
    let f = first_word(toks);
    let Some((word, kind)) = KINDS.iter().find(|(w, _)| at(toks, f, w)) else {
        return false;
    };
    let colon = f + word.split(' ').count();
    if toks.get(colon).is_none_or(|t| t.s != ":" && t.s != "\t") {
        return false;
    }
    let Some(n) = toks
        .get(colon + 1)
        .filter(|t| t.s.chars().all(|c| c.is_ascii_digit()))
        .and_then(count)
    else {
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
