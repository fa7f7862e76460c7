//! The before and after states ("hiện có 22/28 trường", "nâng tổng số …
//! lên 28/28 trường, trong đó mức độ 2: 19/28 trường") and shares ("nâng tỉ
//! lệ … lên 72,50%", "hiện đạt tỷ lệ 61%"); a share written as a bound
//! ("trên 90%") is not read. A period plan's yearly steps ("Năm 2027: tăng
//! thêm 02 trường", "năm 2026 là 03 trường", "Năm 2030: không tăng").

use crate::model::plan::Percent;

use super::counts::{self, State, clause, mention, off_target, tok};
use super::tokens::{Line, Tok, at, count, year};
use super::{Key, Reading, Said};

/// "nâng tổng số … lên 28/28 trường, trong đó … mức độ 2: 19/28 trường",
/// "hiện có 22/28 trường đạt chuẩn".
pub(super) fn after(line: &Line<'_>, toks: &[Tok<'_>], st: &State, out: &mut Reading) {
    for (i, t) in toks.iter().enumerate() {
        let Some((a, b)) = t.s.split_once('/') else {
            continue;
        };
        let (Some(n), Some(m)) = (count(&tok(a)), count(&tok(b))) else {
            continue;
        };
        if n > m || toks.get(i + 1).is_none_or(|u| u.lc != "trường") {
            continue;
        }
        let cl = clause(toks, i);
        if off_target(toks, cl, st.years) {
            continue;
        }
        let before = &toks[cl.0..i];
        // The words: those just before the figure, up to its unit.
        let from = cl.0.max(i.saturating_sub(8));
        let said = |v| Said::at(line, toks[from].lo, toks[(i + 1).min(toks.len() - 1)].hi, v);
        let level2 = before.len() >= 3 && at(before, before.len() - 3, "mức độ 2")
            || before.len() >= 4 && at(before, before.len() - 4, "mức độ 2");
        let key = if level2 {
            Key::Level2After
        } else if i > 0 && toks[i - 1].lc == "lên" && before.iter().any(|t| t.lc == "tổng") {
            Key::RecognisedAfter
        } else if before
            .windows(2)
            .any(|w| w[0].lc == "hiện" && w[1].lc == "có")
        {
            Key::RecognisedBefore
        } else {
            continue;
        };
        out.state(key, said((n, n)));
        out.state(Key::SchoolsTotal, said((m, m)));
    }
}

/// When a sentence places the schools it counts: at the plan's start or at its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum When {
    Before,
    After,
}

/// The time the words before a figure give it: "hiện", "tính đến", a year
/// before the plan's ("Năm 2024, … đã có", "Đến hết năm 2020") are the start;
/// "đến (hết, cuối) năm Y" within the plan's years, "lên", the end. Both, or
/// neither: not placed.
fn when(words: &[Tok<'_>], years: Option<(i32, i32)>) -> Option<When> {
    let mut before = words
        .iter()
        .enumerate()
        .any(|(k, t)| t.lc == "hiện" || (t.lc == "đến" && k > 0 && words[k - 1].lc == "tính"));
    let mut after = words.iter().any(|t| t.lc == "lên");
    for (k, t) in words.iter().enumerate() {
        let (Some(y), true) = (year(t.s), k > 0 && words[k - 1].lc == "năm") else {
            continue;
        };
        let (first, last) = years?;
        if y < first {
            before = true;
        } else if y <= last && words[..k].iter().any(|w| w.lc == "đến") {
            after = true;
        } else {
            return None;
        }
    }
    match (before, after) {
        (true, false) => Some(When::Before),
        (false, true) => Some(When::After),
        _ => None,
    }
}

/// "Hiện nay … có 22/28 trường đạt chuẩn quốc gia (78,57%)", "có 45 trường
/// …, trong đó 31 trường đạt chuẩn quốc gia, đạt tỷ lệ 68,89%", "Đến năm 2030
/// có 14/14 trường đạt chuẩn quốc gia, trong đó mức độ 2: 06 trường", "nâng
/// tổng số … lên 28 trường": the recognised schools at the start or the end,
/// by the time the sentence gives them; the share written with them ("(P%)",
/// "đạt P%") kept for [`shares_of_states`] to settle.
pub(super) fn recognised(line: &Line<'_>, toks: &[Tok<'_>], st: &State, out: &mut Reading) {
    let mut placed: Option<(When, usize)> = None;
    for i in 0..toks.len() {
        if toks[i].s == "." {
            placed = None;
        }
        let (n, m) = match toks[i].s.split_once('/') {
            Some((a, b)) => match (count(&tok(a)), count(&tok(b))) {
                (Some(a), Some(b)) if a <= b => (a, Some(b)),
                _ => continue,
            },
            None => match count(&toks[i]) {
                Some(n) if toks[i].s.starts_with(|c: char| c.is_ascii_digit()) => (n, None),
                _ => continue,
            },
        };
        if toks.get(i + 1).is_none_or(|u| u.lc != "trường") {
            continue;
        }
        let unit = if toks.get(i + 2).is_some_and(|t| t.lc == "học") {
            i + 3
        } else {
            i + 2
        };
        let sentence = (0..i)
            .rev()
            .find(|&k| toks[k].s == ".")
            .map_or(0, |k| k + 1);
        let cl = clause(toks, i);
        if off_target(toks, cl, None) {
            continue;
        }
        let words = &toks[sentence..i];
        let prev = |k: usize| if i >= k { toks[i - k].lc.as_str() } else { "" };
        let standard = at(toks, unit, "đạt chuẩn");
        let said = |v| {
            Said::at(
                line,
                toks[sentence.max(i.saturating_sub(8))].lo,
                toks[i + 1].hi,
                v,
            )
        };
        // "trong đó mức độ 2: 06 trường" after an end state.
        if let Some((When::After, _)) = placed
            && i >= 4
            && at(toks, i - 4, "mức độ 2 :")
        {
            out.state(Key::Level2After, said((n, n)));
            continue;
        }
        let raised = prev(1) == "lên" && words.iter().any(|t| t.lc == "tổng");
        let Some(time) = (if raised {
            Some(When::After)
        } else {
            when(words, st.years)
        }) else {
            continue;
        };
        let total = match m {
            Some(m) if standard && (prev(1) == "có" || raised) => Some(m),
            None if standard && prev(1) == "có" || raised => None,
            // "có 45 trường …, trong đó 31 trường đạt chuẩn": the first is the denominator.
            None if standard && prev(2) == "trong" && prev(1) == "đó" => {
                let Some(t) = (sentence..i.saturating_sub(2)).find_map(|k| {
                    (toks[k].lc == "có" && toks.get(k + 2).is_some_and(|u| u.lc == "trường"))
                        .then(|| toks.get(k + 1).and_then(count))
                        .flatten()
                }) else {
                    continue;
                };
                Some(t)
            }
            _ => continue,
        };
        let key = match time {
            When::Before => Key::RecognisedBefore,
            When::After => Key::RecognisedAfter,
        };
        out.state(key, said((n, n)));
        if let Some(t) = total {
            out.state(Key::SchoolsTotal, said((t, t)));
        }
        placed = Some((time, i));
        // Its share: the first percentage after it in the sentence, before another count.
        let end = (unit..toks.len())
            .find(|&k| toks[k].s == ".")
            .unwrap_or(toks.len());
        if let Some(k) = (unit..end)
            .take_while(|&k| counts::mention(toks, k).is_none())
            .find(|&k| toks[k].s.ends_with('%'))
            && let Some(p) = toks[k].s.strip_suffix('%').and_then(Percent::parse)
            && !["trên", "nhất", "thiểu", "khoảng", "hơn"].contains(&prev_of(toks, k))
            && let Some(t) = total.or(out.count(Key::SchoolsTotal).map(|s| s.value.0))
        {
            let said = Said::at(line, toks[i].lo, toks[k].hi, p);
            out.pending_shares.push((time == When::Before, t, said));
        }
    }
}

fn prev_of<'a>(toks: &'a [Tok<'_>], k: usize) -> &'a str {
    if k > 0 { toks[k - 1].lc.as_str() } else { "" }
}

/// A share written beside a state ("có 22/28 trường … (78,57%)") is read
/// only when the state's denominator is the plan's one `schools_total`: a
/// share of another count of schools (before a merger) is a to-do.
pub(super) fn shares_of_states(out: &mut Reading) {
    let total = out.count(Key::SchoolsTotal).map(|s| s.value.0);
    for (before, t, said) in std::mem::take(&mut out.pending_shares) {
        let slot = if before {
            &mut out.share_before
        } else {
            &mut out.share
        };
        match slot {
            _ if total != Some(t) => out.todo(said.line, said.column, said.words),
            Some(s) if s.value != said.value => out.todo(said.line, said.column, said.words),
            Some(_) => {}
            None => *slot = Some(said),
        }
    }
}

/// "nâng tỉ lệ trường đạt chuẩn quốc gia lên 72,50%", "hiện đạt tỷ lệ 61%".
pub(super) fn shares(line: &Line<'_>, toks: &[Tok<'_>], st: &State, out: &mut Reading) {
    for (i, t) in toks.iter().enumerate() {
        let Some(p) = t.s.strip_suffix('%').and_then(Percent::parse) else {
            continue;
        };
        let cl = clause(toks, i);
        let before = &toks[cl.0..i];
        let rate = before
            .windows(2)
            .any(|w| w[0].lc == "lệ" && (w[1].lc != "học"))
            || before.last().is_some_and(|w| w.lc == "lệ");
        let standard = toks[cl.0..cl.1]
            .windows(2)
            .any(|w| w[0].lc == "đạt" && w[1].lc == "chuẩn")
            || toks[cl.0..cl.1]
                .windows(2)
                .any(|w| w[0].lc == "chuẩn" && w[1].lc == "quốc");
        let bound = before
            .last()
            .is_some_and(|w| ["trên", "nhất", "thiểu", "khoảng", "hơn"].contains(&w.lc.as_str()));
        if !rate || !standard || bound || off_target(toks, cl, st.years) {
            continue;
        }
        let said = Said::at(line, toks[cl.0].lo, t.hi, p);
        if before.iter().any(|w| w.lc == "hiện" || w.lc == "nay")
            && !before.iter().any(|w| w.lc == "lên")
        {
            out.share_before.get_or_insert(said);
        } else if before.iter().any(|w| w.lc == "lên" || w.lc == "nâng") {
            out.share.get_or_insert(said);
        } else {
            out.todo(said.line, said.column, said.words);
        }
    }
}

/// A period plan's new recognitions of one year: "Năm 2027: tăng thêm 02
/// trường", "năm 2026 là 03 trường", "Năm 2026: từ 20 - 25 trường", "Năm
/// 2030: không tăng". Returns the counts it read, for the caller to skip.
pub(super) fn yearly(
    line: &Line<'_>,
    toks: &[Tok<'_>],
    st: &State,
    out: &mut Reading,
) -> Vec<usize> {
    let mut used = Vec::new();
    let Some((first, last)) = st.years.filter(|(a, b)| a < b) else {
        return used;
    };
    for i in 0..toks.len() {
        let Some(y) = (toks[i].lc == "năm")
            .then(|| toks.get(i + 1).and_then(|t| year(t.s)))
            .flatten()
        else {
            continue;
        };
        if y < first || y > last {
            continue;
        }
        // The year's own words: up to the next year, ';' or '.'.
        let end = (i + 2..toks.len())
            .find(|&k| toks[k].lc == "năm" || toks[k].s == ";" || toks[k].s == ".")
            .unwrap_or(toks.len());
        let words = &toks[i + 2..end];
        let linked = words
            .first()
            .is_some_and(|t| t.s == ":" || t.lc == "là" || t.lc == "tăng");
        if !linked
            || words
                .iter()
                .any(|t| t.lc == "tổng" || t.lc == "lũy" || t.lc == "mỗi")
        {
            continue;
        }
        let said = |v| Said::at(line, toks[i].lo, toks[end - 1].hi, v);
        if let Some(k) = (i + 2..end).find(|&k| mention(toks, k).is_some()) {
            let Some((value, _)) = mention(toks, k) else {
                continue;
            };
            used.push(k);
            if !out.by_year.iter().any(|(yy, _)| *yy == y) {
                out.by_year.push((y, said(value)));
            }
        } else if (0..words.len()).any(|k| at(words, k, "không tăng"))
            && !out.by_year.iter().any(|(yy, _)| *yy == y)
        {
            out.by_year.push((y, said((0, 0))));
        }
    }
    used
}

#[cfg(test)]
mod tests {
    use super::super::read;

    #[test]
    fn before_after_and_shares() {
        let r = read(
            "Tiếp tục duy trì, giữ vững chất lượng tại 22 trường; nâng tổng số trường đạt Chuẩn quốc gia lên 28/28 trường, trong đó mức độ 2: 19/28 trường.\n\
             Hiện nay tỷ lệ trường đạt chuẩn quốc gia là 78,57%; phấn đấu nâng tỉ lệ trường đạt chuẩn quốc gia lên 100%.\n\
             Tỷ lệ học sinh đạt chuẩn trên 90%.",
        );
        let counts: Vec<_> = r
            .counts
            .iter()
            .map(|(k, s)| (k.name(), s.value.0))
            .collect();
        assert_eq!(
            counts,
            [
                ("recognised_after", 28),
                ("schools_total", 28),
                ("level2_after", 19),
                ("recognised_before", 22),
            ]
        );
        assert_eq!(
            r.share_before.map(|s| s.value.shown()),
            Some("78,57%".into())
        );
        assert_eq!(r.share.map(|s| s.value.shown()), Some("100%".into()));
    }

    #[test]
    fn yearly_steps_of_a_period() {
        let r = read(
            "KẾ HOẠCH\nXây dựng trường đạt chuẩn giai đoạn 2026-2030\n\n\
             Năm 2026: tăng thêm 01 trường; năm 2027 là 02 trường.\n\
             Năm 2028: từ 2 - 3 trường.\nNăm 2030: không tăng.\n\
             Năm 2025 đã tăng thêm 04 trường.",
        );
        let steps: Vec<_> = r.by_year.iter().map(|(y, s)| (*y, s.value)).collect();
        assert_eq!(
            steps,
            [
                (2026, (1, 1)),
                (2027, (2, 2)),
                (2028, (2, 3)),
                (2030, (0, 0))
            ]
        );
        assert!(r.counts.is_empty(), "{:?}", r.counts);
    }

    #[test]
    fn states_placed_by_their_sentence_time() {
        let r = read(
            "KẾ HOẠCH\nXây dựng trường chuẩn giai đoạn 2026-2030\n\n\
             Hiện nay xã có 30 trường công lập, trong đó 18 trường đạt chuẩn quốc gia (60%).\n\
             Đến năm 2030, toàn xã có 27/30 trường đạt chuẩn quốc gia, đạt 90%, trong đó mức độ 2: 08 trường.\n\
             Năm 2025 có 04 trường được công nhận.",
        );
        let counts: Vec<_> = r
            .counts
            .iter()
            .map(|(k, s)| (k.name(), s.value.0))
            .collect();
        assert_eq!(
            counts,
            [
                ("recognised_before", 18),
                ("schools_total", 30),
                ("recognised_after", 27),
                ("level2_after", 8),
            ]
        );
        assert_eq!(r.share_before.map(|s| s.value.shown()), Some("60%".into()));
        assert_eq!(r.share.map(|s| s.value.shown()), Some("90%".into()));
    }

    #[test]
    fn a_share_of_another_denominator_is_a_todo() {
        // Before a merger the commune had 40 schools; at the end it has 36.
        let r = read(
            "KẾ HOẠCH\nXây dựng trường chuẩn giai đoạn 2026-2030\n\n\
             Hiện nay xã có 40 trường, trong đó 20 trường đạt chuẩn quốc gia (50%).\n\
             Đến năm 2030 có 30/36 trường đạt chuẩn quốc gia.",
        );
        assert!(r.share_before.is_none());
        assert!(r.count(super::super::Key::SchoolsTotal).is_none());
        assert!(r.todos.iter().any(|t| t.words.contains("50%")));
    }
}
