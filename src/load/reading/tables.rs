//! Tables, as documents give them (a row a line, cells separated by tabs or
//! Markdown bars): a header row names the columns of action, level and wave;
//! each row names schools with their action and level; "Mầm non | 03 | MG …"
//! is a count by type and its list; "Tổng cộng: 07 trường" is the total.

use crate::model::plan::Action;

use super::counts::{State, actions, mention};
use super::lists::by_kind;
use super::schools::{self, Note};
use super::tokens::{Line, count, tokens, year};
use super::{Key, Reading, Said};

/// A table row ("| 1 | Trường MN Tân Đoàn | Công nhận mới | Mức độ 1 |"): its
/// header gives the columns (action, level, wave); each row names schools
/// with their action and level; "Mầm non | 03 | MG …, MG …" is a count by
/// type with its list; "Tổng cộng: 07 trường" is the total.
pub(super) fn row(line: &Line<'_>, st: &mut State, out: &mut Reading) -> bool {
    let toks = tokens(&line.text);
    // Cells: token ranges between tabs.
    let mut cells: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    for (k, t) in toks.iter().enumerate() {
        if t.s == "\t" {
            cells.push((from, k));
            from = k + 1;
        }
    }
    cells.push((from, toks.len()));
    if cells.iter().filter(|(a, b)| b > a).count() < 2 {
        return false;
    }
    let text = |(a, b): (usize, usize)| {
        toks[a..b]
            .iter()
            .map(|t| t.lc.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let lc: Vec<String> = cells.iter().map(|c| text(*c)).collect();
    if lc.iter().any(|c| {
        c.contains("tên trường")
            || c.contains("tên cơ sở")
            || c == "mức độ"
            || c.starts_with("nội dung")
    }) {
        let find = |f: &dyn Fn(&str) -> bool| lc.iter().position(|c| f(c));
        st.table = Some(Columns {
            action: find(&|c| {
                c.contains("nội dung") || c.contains("hình thức") || c.contains("đề nghị")
            }),
            level: find(&|c| c.starts_with("mức độ")),
            wave: find(&|c| c == "đợt"),
            accreditation: find(&|c| c.starts_with("cấp độ")),
        });
        return true;
    }
    let columns = st.table.unwrap_or_default();
    if by_kind(
        line,
        &toks[cells.iter().find(|(a, b)| b > a).map_or(0, |c| c.0)..],
        st,
        out,
    ) {
        return true;
    }
    let mut action = columns
        .action
        .and_then(|c| cells.get(c))
        .and_then(|&(a, b)| actions(&toks[a..b]).single());
    let mut level = columns
        .level
        .and_then(|c| cells.get(c))
        .and_then(|&(a, b)| {
            let n = schools::note(&toks[a..b]);
            n.level.or(if b == a + 1 {
                super::tokens::level(toks[a].s)
            } else {
                None
            })
        });
    // "Cấp độ 2" in a column of accreditation levels.
    let accreditation = columns
        .accreditation
        .and_then(|c| cells.get(c))
        .and_then(|&(a, b)| schools::note(&toks[a..b]).accreditation);
    let wave = columns
        .wave
        .and_then(|c| cells.get(c))
        .and_then(|&(a, b)| (b == a + 1).then(|| count(&toks[a])).flatten())
        .map(|n| n as u32)
        .or(st.wave);
    let mut names = None;
    for &(a, b) in &cells {
        if b <= a {
            continue;
        }
        let cell = &toks[a..b];
        if names.is_none() && (a..b).any(|k| schools::start(&toks, k).is_some() && k <= a + 1) {
            names = Some((a, b));
            continue;
        }
        action = action.or(actions(cell).single());
        if level.is_none()
            && cell.iter().any(|t| t.lc == "mức")
            && !cell.iter().any(|t| year(t.s).is_some())
        {
            level = schools::note(cell).level;
        }
        if cell.iter().any(|t| t.lc == "tổng")
            && let Some((v, _)) = (0..cell.len()).find_map(|i| mention(cell, i))
        {
            let said = Said::at(line, cell[0].lo, cell[cell.len() - 1].hi, v);
            out.state(Key::Total, said);
        }
    }
    let Some(range) = names else {
        return st.table.is_some();
    };
    let accreditation = accreditation.or(st.intro.and_then(|(_, n)| n.accreditation));
    // A school registered for an accreditation level and for no recognition
    // is being accredited (the corpus README's rule for "cấp độ N" alone).
    let action = action.or(st.intro.and_then(|(a, _)| a)).or(accreditation
        .and(columns.accreditation)
        .map(|_| Action::Accredit));
    let note = Note {
        action: None,
        level: level.or(st.intro.and_then(|(_, n)| n.level)),
        accreditation,
    };
    schools::list(line, &toks, range, action, note, wave, out);
    true
}

/// Where a table keeps what it says of each school.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Columns {
    pub action: Option<usize>,
    pub level: Option<usize>,
    pub wave: Option<usize>,
    pub accreditation: Option<usize>,
}

#[cfg(test)]
mod tests {
    use super::super::read;

    #[test]
    fn rows_with_a_header_and_a_total() {
        let r = read(
            "| TT | Tên trường | Nội dung đề nghị | Mức độ | Ghi chú |\n\
             | 1 | Trường Mầm non Tân Đoàn | Công nhận mới | I | |\n\
             | 2 | THCS Chợ Mới | Nâng mức độ | 2 | Đạt mức độ 1 năm 2023 |\n\
             | | Tổng cộng: 02 trường | | | |\n",
        );
        let s: Vec<_> = r
            .schools
            .iter()
            .map(|s| (s.name.value.as_str(), s.action.value.key(), s.level))
            .collect();
        assert_eq!(
            s,
            [
                ("Mầm non Tân Đoàn", "new", Some(1)),
                ("THCS Chợ Mới", "raise", Some(2))
            ]
        );
        assert_eq!(
            r.counts
                .iter()
                .map(|(k, s)| (k.name(), s.value.0))
                .collect::<Vec<_>>(),
            [("total", 2)]
        );
    }

    #[test]
    fn a_count_by_type_with_its_names() {
        let r = read(
            "Đăng ký đánh giá ngoài như sau:\nMầm non\t03\tMG Bình Thạnh, MG Bình An\nTiểu học\t00\t\n",
        );
        let kinds: Vec<_> = r.by_kind.iter().map(|(k, s)| (*k, s.value.0)).collect();
        assert_eq!(kinds, [("MN", 3), ("TH", 0)]);
        assert_eq!(r.schools.len(), 2);
        assert!(r.schools.iter().all(|s| s.action.value.key() == "accredit"));
    }

    #[test]
    fn a_column_of_accreditation_levels() {
        let r = read(
            "Danh sách đăng ký:\nSTT\tTên cơ sở giáo dục\tĐịa chỉ\tCấp độ đăng ký\n\
             1\tTrường Mầm non Ánh Dương\tXã Hòa Bình\tCấp độ 3\n",
        );
        let s: Vec<_> = r
            .schools
            .iter()
            .map(|s| (s.name.value.as_str(), s.action.value.key(), s.accreditation))
            .collect();
        assert_eq!(s, [("Mầm non Ánh Dương", "accredit", Some(3))]);
    }
}
