//! Counts with an action ("công nhận mới 02 trường", "nâng mức độ 01
//! trường"), totals that announce parts ("cho 07 trường học … gồm: …"),
//! ranges ("từ 120 - 150 trường"), the before and after states ("hiện có 14
//! trường", "lên 28/28 trường, trong đó mức độ 2: 19/28"), shares ("tỉ lệ
//! 72,50%"), and the lists of schools after them. Counts of other years,
//! of teachers, classrooms or money, and comparisons are not targets.

use crate::model::plan::Action;

use super::schools::{self, Note};
use super::tokens::{Line, Tok, at, count, tokens, year};
use super::{Key, Reading, Said, lists, states, tables, timing};

/// What the reader carries from line to line.
pub(super) struct State {
    /// The plan's year, or its period's first and last.
    pub years: Option<(i32, i32)>,
    /// The wave ("Đợt 2") the lines being read belong to.
    pub wave: Option<u32>,
    /// A list announced at a line's end ("… 03 trường:"): the action and note
    /// its names, one a line, take.
    pub intro: Option<(Option<Action>, Note)>,
    /// The table's columns, from its header row.
    pub table: Option<tables::Columns>,
    /// The heading the duties below are given to.
    pub owner: Option<String>,
}

impl State {
    pub fn new(years: Option<(i32, i32)>) -> Self {
        State {
            years,
            wave: None,
            intro: None,
            table: None,
            owner: None,
        }
    }
}

/// The actions a stretch of text names.
pub(super) struct Actions(pub Vec<Action>);

impl Actions {
    /// Every action named, once each.
    pub fn all(&self) -> Vec<Action> {
        let mut all = self.0.clone();
        all.sort();
        all.dedup();
        all
    }

    /// The one action named, if exactly one is.
    pub fn single(&self) -> Option<Action> {
        let first = *self.0.first()?;
        self.0.iter().all(|a| *a == first).then_some(first)
    }
}

const ACTIONS: &[(&str, Action)] = &[
    ("công nhận mới", Action::New),
    ("công nhận lần đầu", Action::New),
    ("tăng thêm", Action::New),
    ("có thêm", Action::New),
    ("xây dựng mới", Action::New),
    ("công nhận lại", Action::Renew),
    ("công nhận kết quả duy trì", Action::Renew),
    ("kiểm tra duy trì", Action::Renew),
    ("nâng mức độ", Action::Raise),
    ("nâng mức", Action::Raise),
    ("nâng chuẩn", Action::Raise),
    ("nâng lên mức độ", Action::Raise),
];

pub(super) fn actions(toks: &[Tok<'_>]) -> Actions {
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((p, a)) = ACTIONS.iter().find(|(p, _)| at(toks, i, p)) {
            found.push(*a);
            i += p.split(' ').count();
        } else {
            i += 1;
        }
    }
    // "công nhận lại đồng thời nâng lên mức độ 2" is a raise.
    if found.contains(&Action::Renew)
        && found.contains(&Action::Raise)
        && toks.iter().any(|t| t.lc == "đồng" || t.lc == "thời")
    {
        found.retain(|a| *a == Action::Raise);
    }
    Actions(found)
}

/// The action a list's introduction names: an external evaluation
/// ("đăng ký đánh giá ngoài") when it names no recognition.
pub(super) fn intro_actions(toks: &[Tok<'_>]) -> Actions {
    let found = actions(toks);
    if found.0.is_empty()
        && toks
            .windows(3)
            .any(|w| w[0].lc == "đánh" && w[1].lc == "giá" && w[2].lc == "ngoài")
    {
        return Actions(vec![Action::Accredit]);
    }
    found
}

/// Words in a clause that make its numbers something other than schools.
const NOT_SCHOOLS: &[&str] = &[
    "giáo viên",
    "học sinh",
    "phòng học",
    "lớp học",
    "tỷ đồng",
    "triệu đồng",
    "nghìn đồng",
    "vượt",
    "so với",
    "đã được công nhận",
    "đã công nhận",
    "đã được",
    "trang",
    "cán bộ",
    "dự kiến khoảng",
    "khoảng",
    "mỗi năm",
    "ít nhất",
    "tối thiểu",
];

/// Units of a count of schools.
fn unit(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    ["trường", "đơn vị", "cơ sở", "lượt trường", "lượt"]
        .iter()
        .find(|u| at(toks, i, u))
        .map(|u| i + u.split(' ').count())
}

/// A count (or range) of schools at `i`: its value and the index after its unit.
pub(super) fn mention(toks: &[Tok<'_>], i: usize) -> Option<((i64, i64), usize)> {
    let t = &toks[i];
    if i > 0 && (toks[i - 1].lc == "số" || toks[i - 1].lc == "đợt") {
        return None;
    }
    let digits = t.s.chars().next().is_some_and(|c| c.is_ascii_digit());
    if let Some((a, b)) = t.s.split_once('-')
        && let (Some(a), Some(b)) = (count(&tok(a)), count(&tok(b)))
        && digits
        && a <= b
    {
        return unit(toks, i + 1).map(|e| ((a, b), e));
    }
    let n = count(t)?;
    // "120 - 150", "120 đến 150"
    if digits
        && toks
            .get(i + 1)
            .is_some_and(|d| d.s == "-" || d.s == "–" || d.lc == "đến")
        && let Some(m) = toks
            .get(i + 2)
            .filter(|m| m.s.chars().all(|c| c.is_ascii_digit()))
            .and_then(count)
        && n <= m
    {
        return unit(toks, i + 3).map(|e| ((n, m), e));
    }
    unit(toks, i + 1).map(|e| ((n, n), e))
}

pub(super) fn tok(s: &str) -> Tok<'_> {
    Tok {
        s,
        lc: s.to_lowercase(),
        lo: 0,
        hi: s.len(),
    }
}

/// The clause around token `i`: back to and up to '.', ';' (or a line's end).
pub(super) fn clause(toks: &[Tok<'_>], i: usize) -> (usize, usize) {
    let lo = (0..i)
        .rev()
        .find(|&k| toks[k].s == ";" || toks[k].s == ".")
        .map_or(0, |k| k + 1);
    let hi = (i..toks.len())
        .find(|&k| toks[k].s == ";" || toks[k].s == ".")
        .unwrap_or(toks.len());
    (lo, hi)
}

/// The clause speaks of something other than this plan's schools: people,
/// rooms, money, a comparison, or a year outside the plan's.
pub(super) fn off_target(
    toks: &[Tok<'_>],
    (lo, hi): (usize, usize),
    years: Option<(i32, i32)>,
) -> bool {
    let words = &toks[lo..hi];
    if (0..words.len()).any(|k| NOT_SCHOOLS.iter().any(|w| at(words, k, w))) {
        return true;
    }
    let Some((first, last)) = years else {
        return false;
    };
    words.iter().enumerate().any(|(k, t)| {
        let after_year_word = k > 0 && (words[k - 1].lc == "năm" || words[k - 1].lc == "đến");
        year(t.s).is_some_and(|y| after_year_word && (y < first || y > last))
    })
}

/// Reads one line of the body.
pub(super) fn line(line: &Line<'_>, st: &mut State, out: &mut Reading) {
    let toks = tokens(&line.text);
    if toks.is_empty() {
        return;
    }
    if super::header::is_section(line) || is_heading(line, &toks) {
        st.wave = None;
        st.intro = None;
        // "2. Công nhận kết quả duy trì (04 trường)": the names below take its action.
        if let Some(a) = actions(&toks).single() {
            st.intro = Some((
                Some(a),
                Note {
                    action: None,
                    ..schools::note(&toks)
                },
            ));
        }
    }
    if line.text.contains('\t') && tables::row(line, st, out) {
        return;
    }
    st.table = None;
    if timing::wave(line, &toks, st, out) || lists::by_kind(line, &toks, st, out) {
        return;
    }
    states::after(line, &toks, st, out);
    states::recognised(line, &toks, st, out);
    lists::by_kind_in_sentence(line, &toks, st, out);
    let yearly = states::yearly(line, &toks, st, out);
    let mut previous_end = 0;
    let mut read_any = !yearly.is_empty();
    let mut i = 0;
    while i < toks.len() {
        let Some((value, end)) = mention(&toks, i) else {
            i += 1;
            continue;
        };
        let cl = clause(&toks, i);
        if yearly.contains(&i) {
            // "Năm 2027: tăng thêm 02 trường (MN A, TH B)": the year's schools.
            let action = actions(&toks[cl.0..i]).single();
            lists::after(line, &toks, (end, cl.1), action, st, out);
            previous_end = end;
            i = end;
            continue;
        }
        let part = previous_end.max(cl.0);
        let before = &toks[part..i];
        // The words: from the action that counts it (or the words just before) to its unit.
        let from = (0..before.len())
            .find(|&k| ACTIONS.iter().any(|(p, _)| at(before, k, p)))
            .map_or(part.max(i.saturating_sub(8)), |k| part + k);
        previous_end = end;
        i = end;
        if off_target(&toks, cl, st.years) {
            continue;
        }
        let said = Said::at(line, toks[from].lo, toks[end - 1].hi, value);
        // "… 03 trường đạt chuẩn quốc gia mức độ 1 (công nhận lần đầu):": the action after it.
        let stop = (end..cl.1.min(toks.len()))
            .find(|&k| toks[k].s == ":" || toks[k].s == ",")
            .unwrap_or(cl.1.min(toks.len()));
        let next_count = (end..stop)
            .find(|&k| mention(&toks, k).is_some())
            .unwrap_or(stop);
        let acts = match actions(before) {
            a if a.0.is_empty() => actions(&toks[end..next_count]),
            a => a,
        };
        let recognised = toks[cl.0..cl.1].windows(2).any(|w| {
            (w[0].lc == "đạt" && w[1].lc == "chuẩn") || (w[0].lc == "được" && w[1].lc == "công")
        });
        let kept = before
            .windows(2)
            .any(|w| w[0].lc == "giữ" && w[1].lc == "vững")
            || (recognised
                && before
                    .windows(2)
                    .any(|w| w[0].lc == "hiện" && w[1].lc == "có"));
        // "cho 07 trường … gồm: công nhận mới 02 …": a total whose parts are actions.
        let announces = acts.0.is_empty()
            && toks[end..cl.1.min(toks.len())]
                .iter()
                .take(12)
                .position(|t| t.lc == "gồm")
                .is_some_and(|g| !actions(&toks[end + g..cl.1.min(toks.len())]).0.is_empty());
        // "Tổng số 07 trường", "công nhận 05 trường đạt chuẩn quốc gia".
        let total = acts.0.is_empty()
            && (before.iter().rev().take(4).any(|t| t.lc == "tổng")
                || (before.len() >= 2
                    && at(before, before.len() - 2, "công nhận")
                    && toks[end..].iter().take(2).any(|t| t.lc == "đạt")));
        let built = before.last().is_some_and(|t| t.lc == "dựng")
            && toks[end..].iter().take(3).any(|t| t.lc == "đạt");
        let key = if kept && acts.0.is_empty() {
            Some(Key::RecognisedBefore)
        } else if let Some(a) = acts.single() {
            Some(Key::of(a))
        } else if total || announces || built {
            Some(Key::Total)
        } else {
            None
        };
        match key {
            Some(k) if st.wave.is_none() => {
                read_any = true;
                if built && k == Key::Total {
                    out.state(Key::New, said.clone());
                }
                out.state(k, said);
            }
            Some(_) => {}
            None if acts.0.is_empty() => {}
            None => out.todo(said.line, said.column, said.words),
        }
        // The schools named for it: in parentheses or after a colon.
        let action = acts
            .single()
            .or(if built { Some(Action::New) } else { None });
        lists::after(line, &toks, (end, cl.1), action, st, out);
    }
    // "Công nhận mới: MN Bình Minh (mức độ 2), …": an action and its list, no count.
    let colon = toks.iter().position(|t| t.s == ":");
    if !read_any
        && let Some(c) = colon
        && let Some(action) = actions(&toks[..c]).single()
        && (c + 1..toks.len()).any(|k| schools::start(&toks, k).is_some())
    {
        let head = Note {
            action: None,
            ..schools::note(&toks[..c])
        };
        schools::list(
            line,
            &toks,
            (c + 1, toks.len()),
            Some(action),
            head,
            st.wave,
            out,
        );
        states::shares(line, &toks, st, out);
        return;
    }
    // "… đăng ký đánh giá ngoài … như sau:": the lines below are its list.
    if !read_any
        && toks.last().is_some_and(|t| t.s == ":")
        && schools::start(&toks, first_word(&toks)).is_none()
    {
        let acts = intro_actions(&toks);
        if !acts.0.is_empty() || toks.iter().any(|t| t.lc == "trường") {
            st.intro = Some((
                acts.single(),
                Note {
                    action: None,
                    ..schools::note(&toks)
                },
            ));
        }
    } else if !read_any
        && schools::start(&toks, first_word(&toks)).is_some()
        && lists::item(line, &toks, st, out)
    {
        // Read as an item naming its own action.
    } else if !read_any && st.intro.is_some() && schools::start(&toks, first_word(&toks)).is_some()
    {
        let (action, note) = st.intro.unwrap_or_default();
        schools::list(line, &toks, (0, toks.len()), action, note, st.wave, out);
    }
    // "Các trường đều đề nghị công nhận đạt chuẩn quốc gia mức độ 1": every
    // school named so far; "Các trường công nhận mới đều …": those of that action.
    let every = (0..toks.len()).find_map(|k| {
        if at(&toks, k, "tất cả các trường") {
            return Some(None);
        }
        let e = (k + 2..(k + 7).min(toks.len())).find(|&e| toks[e].lc == "đều")?;
        at(&toks, k, "các trường").then(|| actions(&toks[k + 2..e]).single())
    });
    if let Some(only) = every
        && let Some(level) = schools::note(&toks).level
    {
        for s in out
            .schools
            .iter_mut()
            .filter(|s| s.level.is_none() && only.is_none_or(|a| s.action.value == a))
        {
            s.level = Some(level);
        }
    }
    states::shares(line, &toks, st, out);
}

pub(super) fn first_word(toks: &[Tok<'_>]) -> usize {
    toks.iter()
        .position(|t| !t.is_punct() && count(t).is_none() && !t.s.ends_with('.'))
        .unwrap_or(0)
}

/// A heading ("2. Mục tiêu cụ thể", "1.2. Chỉ tiêu"): a numbered short line.
pub(super) fn is_heading(line: &Line<'_>, toks: &[Tok<'_>]) -> bool {
    let numbered = toks
        .first()
        .is_some_and(|t| t.s.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
        && toks.get(1).is_some_and(|t| t.s == ".");
    // "1. Trường Mầm non Điện Biên - công nhận lại mức độ 01 - Đợt 1" is an
    // item; "9. Trường Mầm non Thụy Hùng, trường …" heads the schools' duties.
    numbered
        && line.plain().chars().count() < 120
        && (schools::start(toks, 2).is_none() || actions(toks).0.is_empty())
}

#[cfg(test)]
mod tests {
    use super::super::{Key, read};

    fn counts(text: &str) -> Vec<(&'static str, (i64, i64))> {
        counts_of(&read(text))
    }

    fn counts_of(r: &super::super::Reading) -> Vec<(&'static str, (i64, i64))> {
        r.counts.iter().map(|(k, s)| (k.name(), s.value)).collect()
    }

    #[test]
    fn a_total_and_its_parts_reworded() {
        let text = "KẾ HOẠCH\nCông nhận trường đạt chuẩn năm 2025\n\n\
            Công nhận đạt chuẩn cho 07 trường học trong năm 2025, gồm: nâng mức độ 01 trường, công nhận mới hai trường và công nhận lại 04 trường.";
        assert_eq!(
            counts(text),
            [
                ("total", (7, 7)),
                ("raise", (1, 1)),
                ("new", (2, 2)),
                ("renew", (4, 4))
            ]
        );
    }

    #[test]
    fn ranges_and_an_action_after_its_count() {
        let text = "KẾ HOẠCH\nXây dựng trường chuẩn giai đoạn 2026-2030\n\n\
            Phấn đấu công nhận mới từ 120 - 150 trường.";
        assert_eq!(counts(text), [("new", (120, 150))]);
        let text = "Đề nghị kiểm tra công nhận 03 trường đạt chuẩn quốc gia mức độ 1 (công nhận lần đầu): MN A Lù.";
        assert_eq!(counts(text), [("new", (3, 3))]);
        assert_eq!(read(text).schools[0].level, Some(1));
    }

    #[test]
    fn numbers_that_are_not_targets() {
        let text = "KẾ HOẠCH\nXây dựng trường chuẩn năm 2026\n\n\
            Năm 2025 đã được công nhận mới 05 trường.\n\
            Công nhận mới 03 trường, vượt 4 trường so với chỉ tiêu.\n\
            Bổ sung 12 giáo viên cho 02 trường; kinh phí 3.450 triệu đồng.\n\
            Trường TH Số 2 và THCS 3-2 tiếp tục duy trì.";
        assert!(counts(text).is_empty(), "{:?}", counts(text));
    }

    #[test]
    fn items_naming_their_action_level_and_wave() {
        let r = read(
            "1. Trường Mầm non Điện Biên - công nhận lại mức độ 01 - Đợt 1\n\
             2. Trường THCS Trần Mai Ninh - công nhận mới - Đợt 2\n\
             Các trường đều đề nghị công nhận đạt chuẩn quốc gia mức độ 2.",
        );
        let s: Vec<_> = r
            .schools
            .iter()
            .map(|s| (s.name.value.as_str(), s.action.value.key(), s.level, s.wave))
            .collect();
        assert_eq!(
            s,
            [
                ("Mầm non Điện Biên", "renew", Some(1), Some(1)),
                ("THCS Trần Mai Ninh", "new", Some(2), Some(2)),
            ]
        );
        assert!(
            r.waves.is_empty(),
            "an item's wave is not a wave's sentence"
        );
    }

    #[test]
    fn one_key_stated_two_ways_is_left_unread() {
        let r = read(
            "Công nhận lại mức độ 1: 03 trường.\nCông nhận kết quả duy trì mức độ 2 đối với 01 trường.",
        );
        assert!(r.count(Key::Renew).is_none());
        assert_eq!(r.todos.len(), 2);
    }

    #[test]
    fn a_yearly_steps_schools_and_a_level_for_one_action() {
        let r = read(
            "KẾ HOẠCH\nXây dựng trường chuẩn giai đoạn 2026-2030\n\n\
             Năm 2027: tăng thêm 02 trường (Trường Mầm non Sen Hồng, Trường THCS Đồi Thông);\n\
             Công nhận lại 01 trường (TH Suối Xanh).\n\
             Các trường công nhận mới đều đạt chuẩn quốc gia mức độ 1.",
        );
        let s: Vec<_> = r
            .schools
            .iter()
            .map(|s| (s.name.value.as_str(), s.action.value.key(), s.level))
            .collect();
        assert_eq!(
            s,
            [
                ("Mầm non Sen Hồng", "new", Some(1)),
                ("THCS Đồi Thông", "new", Some(1)),
                ("TH Suối Xanh", "renew", None),
            ]
        );
    }

    #[test]
    fn a_number_alone_on_a_line_is_not_a_heading_to_read() {
        // A PDF's text may put an item's number on a line of its own.
        let r =
            read("KẾ HOẠCH\nXây dựng trường chuẩn năm 2026\n\n1.\nCông nhận mới 02 trường.\n2.");
        assert_eq!(counts_of(&r), [("new", (2, 2))]);
    }
}
