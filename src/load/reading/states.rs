//! The before and after states ("hiện có 22/28 trường", "nâng tổng số …
//! lên 28/28 trường, trong đó mức độ 2: 19/28 trường") and shares ("nâng tỉ
//! lệ … lên 72,50%", "hiện đạt tỷ lệ 61%"); a share written as a bound
//! ("trên 90%") is not read. A period plan's yearly steps ("Năm 2027: tăng
//! thêm 02 trường", "năm 2026 là 03 trường", "Năm 2030: không tăng").

use crate::model::plan::Percent;

use super::counts::{State, clause, mention, off_target, tok};
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
            .any(|w| w[0].lc == "lệ" && (w[1].lc != "học"));
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
}
