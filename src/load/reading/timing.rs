//! Time: waves ("Đợt 1 (tháng 3/2024) đề nghị đối với 6 đơn vị") and
//! deadlines ("quý II/2024", "quý II năm 2024", "tháng 9/2024", "trước ngày
//! 30/6/2024", "chậm nhất ngày 20/3/2026"), each duty given to the heading
//! above it. "Trong năm 2024", dates without a year, starts ("từ tháng
//! 4/2026") and windows are not deadlines the plan format holds.

use chrono::NaiveDate;

use super::counts::{self, State};
use super::schools;
use super::tokens::{Line, Tok, count, roman, tokens, year};
use super::{Reading, Said, TaskRead, WaveRead};

/// "Đợt 2 (tháng 9/2024) đề nghị đối với 7 đơn vị trường:": a wave (a line
/// may hold several); the lines below the last, up to the next wave or
/// heading, are its schools.
pub(super) fn wave(line: &Line<'_>, toks: &[Tok<'_>], st: &mut State, out: &mut Reading) -> bool {
    // A list item naming its wave ("Trường … - Đợt 1") is not a wave's sentence.
    if schools::start(toks, counts::first_word(toks)).is_some() {
        return false;
    }
    let starts: Vec<usize> = (0..toks.len())
        .filter(|&i| {
            toks[i].lc == "đợt"
                && toks
                    .get(i + 1)
                    .is_some_and(|t| count(t).is_some() || roman(t.s).is_some())
        })
        .collect();
    if starts.is_empty() {
        return false;
    }
    for (k, &f) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(toks.len());
        one_wave(line, &toks[..end], f, st, out);
    }
    true
}

fn one_wave(line: &Line<'_>, toks: &[Tok<'_>], f: usize, st: &mut State, out: &mut Reading) {
    let Some(number) = toks
        .get(f + 1)
        .and_then(|t| count(t).or(roman(t.s).map(i64::from)))
    else {
        return;
    };
    let number = number as u32;
    let mut month = None;
    let mut schools = None;
    for i in f + 2..toks.len() {
        if toks[i].lc == "tháng"
            && month.is_none()
            && let Some((m, y)) = toks.get(i + 1).and_then(|t| month_year(t.s))
        {
            month = Some(format!("{y}-{m:02}"));
        }
        if schools.is_none()
            && let Some(((n, m), _)) = counts::mention(toks, i)
            && n == m
        {
            schools = Some(n);
        }
    }
    st.wave = Some(number);
    st.intro = None;
    inline_lists(line, toks, f, number, out);
    if !out.waves.iter().any(|w| w.number == number) {
        let end = toks.last().map_or(line.text.len(), |t| t.hi);
        out.waves.push(WaveRead {
            number,
            month,
            schools,
            said: Said::at(line, toks[f].lo, end, ()),
            actions: counts::actions(&toks[f..]).all(),
        });
    }
}

/// "Đợt 1 (tháng 3/2024), 06 trường: công nhận lại mức độ 1 (MN A, TH B);
/// công nhận mới mức độ 2 (THCS C)": after the wave's colon, each part
/// separated by ';' names one action, its note, and its schools in parentheses.
fn inline_lists(line: &Line<'_>, toks: &[Tok<'_>], f: usize, wave: u32, out: &mut Reading) {
    let Some(colon) = (f..toks.len()).find(|&k| toks[k].s == ":") else {
        return;
    };
    let mut lo = colon + 1;
    while lo < toks.len() {
        let hi = (lo..toks.len())
            .find(|&k| toks[k].s == ";")
            .unwrap_or(toks.len());
        if let Some(open) = (lo..hi).find(|&k| toks[k].s == "(")
            && let Some(action) = counts::actions(&toks[lo..open]).single()
        {
            let close = (open..hi).find(|&k| toks[k].s == ")").unwrap_or(hi);
            let head = schools::Note {
                action: None,
                ..schools::note(&toks[lo..open])
            };
            schools::list(
                line,
                toks,
                (open + 1, close),
                Some(action),
                head,
                Some(wave),
                out,
            );
        }
        lo = hi + 1;
    }
}

/// "Đợt 1 (tháng 5/2026) kiểm tra, công nhận lại 04 trường", the schools
/// listed elsewhere: a wave whose sentence names its actions, and whose count
/// is exactly the listed schools of those actions that no wave holds, holds them.
pub(super) fn schools_of_waves(out: &mut Reading) {
    if out.schools.iter().any(|s| s.wave.is_some()) {
        return;
    }
    for w in &out.waves {
        let (Some(n), false) = (w.schools, w.actions.is_empty()) else {
            continue;
        };
        let of_wave =
            |s: &super::SchoolRead| s.wave.is_none() && w.actions.contains(&s.action.value);
        if out.schools.iter().filter(|s| of_wave(s)).count() as i64 == n {
            let number = w.number;
            let actions = w.actions.clone();
            for s in out
                .schools
                .iter_mut()
                .filter(|s| s.wave.is_none() && actions.contains(&s.action.value))
            {
                s.wave = Some(number);
            }
        }
    }
}

/// "9/2024" → (9, 2024).
fn month_year(s: &str) -> Option<(u32, i32)> {
    let (m, y) = s.split_once('/')?;
    let m: u32 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
    Some((m, year(y)?))
}

/// "30/6/2024" → the date.
fn day_month_year(s: &str) -> Option<NaiveDate> {
    let mut parts = s.splitn(3, '/');
    let d: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let y = year(parts.next()?)?;
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The deadlines a line of the body states, each a duty of the heading above.
pub(super) fn line(line: &Line<'_>, st: &mut State, out: &mut Reading) {
    let toks = tokens(&line.text);
    if toks.is_empty() {
        return;
    }
    if counts::is_heading(line, &toks) {
        st.owner = Some(owner(line, &toks));
    }
    let waves = (0..toks.len())
        .any(|i| toks[i].lc == "đợt" && toks.get(i + 1).is_some_and(|t| count(t).is_some()));
    for i in 0..toks.len() {
        let Some((due, end)) = due_at(&toks, i) else {
            continue;
        };
        // "Đợt 1 (tháng 3/2024)", "Đợt 2 (quý III/2026)" time a wave, not a
        // duty; "đợt 1 trước ngày 10/3/2024" is the wave's deadline.
        if waves && !(i > 0 && toks[i - 1].lc == "trước") {
            continue;
        }
        let said = Said::at(line, toks[i].lo, toks[end - 1].hi, due);
        let lo = (0..i)
            .rev()
            .find(|&k| toks[k].s == "." || toks[k].s == ";")
            .map_or(0, |k| k + 1);
        let hi = (end..toks.len())
            .find(|&k| toks[k].s == "." || toks[k].s == ";")
            .unwrap_or(toks.len());
        let what = Said::at(line, toks[lo.min(i)].lo, toks[hi.max(end) - 1].hi, ()).words;
        let owners: Vec<Option<String>> = match &st.owner {
            Some(o) => split_owners(o).into_iter().map(Some).collect(),
            None => vec![None],
        };
        for owner in owners {
            out.tasks.push(TaskRead {
                owner,
                what: what.clone(),
                due: said.clone(),
            });
        }
    }
}

/// A deadline starting at token `i`, and the index after it.
fn due_at(toks: &[Tok<'_>], i: usize) -> Option<(String, usize)> {
    let t = &toks[i];
    let prev = |k: usize| if i >= k { toks[i - k].lc.as_str() } else { "" };
    if t.lc == "quý" {
        let q = toks.get(i + 1)?;
        if let Some((r, y)) = q.s.split_once('/') {
            return Some((format!("{}-Q{}", year(y)?, roman(r)?), i + 2));
        }
        let r = roman(q.s)?;
        if toks.get(i + 2).is_some_and(|n| n.lc == "năm") {
            let y = year(toks.get(i + 3)?.s)?;
            return Some((format!("{y}-Q{r}"), i + 4));
        }
        return None;
    }
    if t.lc == "tháng" && prev(1) != "từ" && toks.get(i + 2).is_none_or(|n| n.lc != "đến") {
        let (m, y) = month_year(toks.get(i + 1)?.s)?;
        if prev(1) == "trong"
            || prev(1) == "trước"
            || prev(1) == "thành"
            || prev(1) == "hạn"
            || prev(1) == "nhất"
            || prev(1) == "xong"
            || prev(1) == ","
            || prev(1) == ":"
        {
            return Some((format!("{y}-{m:02}"), i + 2));
        }
        return None;
    }
    if t.lc == "ngày"
        && (prev(1) == "trước" || (prev(1) == "nhất") || (prev(1) == "là" && prev(2) == "nhất"))
    {
        let d = day_month_year(toks.get(i + 1)?.s)?;
        return Some((d.format("%Y-%m-%d").to_string(), i + 2));
    }
    None
}

/// The heading's words, without its number: "4. Phòng Tài nguyên và Môi trường".
fn owner(line: &Line<'_>, toks: &[Tok<'_>]) -> String {
    let start = toks.get(2).map_or(0, |t| t.lo);
    // "2. Phòng Kinh tế …: hoàn thành … trước ngày 30/6/2028": the owner is before the colon.
    let end = toks
        .iter()
        .skip(2)
        .find(|t| t.s == ":")
        .map_or(line.text.len(), |t| t.lo);
    line.text[start..end.max(start)]
        .trim()
        .trim_end_matches([':', '.'])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Trường Mầm non Thụy Hùng, trường Tiểu học … Bảo Lâm": one duty per
/// owner when each part is a name; "UBND các xã, thị trấn" is one owner.
fn split_owners(owner: &str) -> Vec<String> {
    let parts: Vec<&str> = owner.split([',', ';']).map(str::trim).collect();
    let named = parts.len() > 1
        && parts.iter().all(|p| {
            let t = tokens(p);
            // "Phòng Kinh tế, Hạ tầng và Đô thị" is one owner.
            const BODIES: &[&str] = &[
                "phòng", "ubnd", "ủy", "uỷ", "ban", "trung", "sở", "hội", "công",
            ];
            !t.is_empty()
                && (BODIES.contains(&t[0].lc.as_str()) || super::schools::start(&t, 0).is_some())
        });
    if !named {
        return vec![owner.to_string()];
    }
    parts
        .iter()
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dues(text: &str) -> Vec<String> {
        let t = tokens(text);
        (0..t.len())
            .filter_map(|i| due_at(&t, i).map(|d| d.0))
            .collect()
    }

    #[test]
    fn deadlines_as_written() {
        assert_eq!(dues("Hoàn thành trong quý II năm 2024."), ["2024-Q2"]);
        assert_eq!(dues("hoàn thành trước quý III/2026"), ["2026-Q3"]);
        assert_eq!(dues("trong tháng 9/2026"), ["2026-09"]);
        assert_eq!(
            dues("trước ngày 30/6/2026; chậm nhất ngày 20/3/2026"),
            ["2026-06-30", "2026-03-20"]
        );
    }

    #[test]
    fn not_deadlines() {
        assert!(dues("trong năm 2026, từ tháng 4/2026, trước ngày 15/12 hằng năm").is_empty());
        assert!(dues("từ ngày 01/6 đến ngày 30/10/2026").is_empty());
    }

    #[test]
    fn owners_split_only_when_each_is_a_name() {
        assert_eq!(split_owners("Trường Mầm non A, trường Tiểu học B").len(), 2);
        assert_eq!(split_owners("UBND các xã, thị trấn").len(), 1);
    }

    #[test]
    fn a_wave_sentence_with_its_lists_and_a_wave_deadline() {
        let r = super::super::read(
            "KẾ HOẠCH\nXây dựng trường chuẩn năm 2025\n\n\
             - Đợt 2 (tháng 10/2025), 03 trường: công nhận mới mức độ 1 (MN Hướng Dương, TH Cầu Vồng); nâng lên mức độ 2 (THCS Bình Yên).\n\
             Các trường nộp hồ sơ: đợt 2 trước ngày 15/9/2025.\n",
        );
        let s: Vec<_> = r
            .schools
            .iter()
            .map(|s| (s.name.value.as_str(), s.action.value.key(), s.level, s.wave))
            .collect();
        assert_eq!(
            s,
            [
                ("MN Hướng Dương", "new", Some(1), Some(2)),
                ("TH Cầu Vồng", "new", Some(1), Some(2)),
                ("THCS Bình Yên", "raise", Some(2), Some(2)),
            ]
        );
        let dues: Vec<_> = r.tasks.iter().map(|t| t.due.value.as_str()).collect();
        assert_eq!(dues, ["2025-09-15"]);
        assert_eq!(r.waves[0].month.as_deref(), Some("2025-10"));
    }
}
