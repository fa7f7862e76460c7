//! A synthetic but realistic national plan repository: 34 provinces, about
//! 3,300 communes and 45,000 schools with the real mix of types, recognitions
//! spread over 2019–2025, and five years of plans per commune (2021–2025)
//! whose figures agree with the rosters, except for errors sprinkled in at a
//! known rate and listed in the returned manifest. Seeded and deterministic:
//! the same configuration writes the same bytes.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Config {
    pub seed: u64,
    /// Communes in the whole country (3,300 at scale 1).
    pub communes: usize,
    /// Share of plans with one injected error (0.0–1.0).
    pub error_rate: f64,
    /// Share of rosters with one bad cell.
    pub roster_error_rate: f64,
}

impl Config {
    pub fn scale(scale: f64, seed: u64) -> Config {
        Config {
            seed,
            communes: ((3_300.0 * scale).round() as usize).max(1),
            error_rate: 0.05,
            roster_error_rate: 0.01,
        }
    }
}

/// What was written, and where kdcl must find the injected errors.
#[derive(Debug, Default)]
pub struct Manifest {
    pub plans: usize,
    pub rosters: usize,
    pub schools: usize,
    pub bytes: u64,
    /// (file relative to the repository, code kdcl must report in it)
    pub injected: Vec<(String, &'static str)>,
}

/// SplitMix64: small, fast, and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 > 1.0 - p
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

pub const PROVINCES: [&str; 34] = [
    "Hà Nội",
    "Huế",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
    "Tuyên Quang",
    "Lào Cai",
    "Thái Nguyên",
    "Phú Thọ",
    "Bắc Ninh",
    "Hưng Yên",
    "Hải Phòng",
    "Ninh Bình",
    "Quảng Trị",
    "Đà Nẵng",
    "Quảng Ngãi",
    "Gia Lai",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đắk Lắk",
    "Hồ Chí Minh",
    "Đồng Nai",
    "Tây Ninh",
    "Cần Thơ",
    "Vĩnh Long",
    "Đồng Tháp",
    "Cà Mau",
    "An Giang",
];

const SYLLABLES: [&str; 40] = [
    "Tân", "Phú", "Bình", "Hòa", "An", "Thạnh", "Long", "Mỹ", "Hưng", "Phong", "Đông", "Tây",
    "Thuận", "Lộc", "Phước", "Xuân", "Vĩnh", "Quang", "Hiệp", "Thành", "Đức", "Nghĩa", "Trung",
    "Hải", "Sơn", "Lâm", "Yên", "Cẩm", "Nậm", "Mường", "Thái", "Ninh", "Lạc", "Hà", "Khánh",
    "Định", "Tiến", "Thắng", "Quý", "Châu",
];

/// Names schools take besides their commune's.
const NAMES: [&str; 36] = [
    "Hoa Sen",
    "Hoa Mai",
    "Sơn Ca",
    "Họa Mi",
    "Bình Minh",
    "Sao Mai",
    "Kim Đồng",
    "Lê Quý Đôn",
    "Nguyễn Trãi",
    "Trần Phú",
    "Võ Thị Sáu",
    "Lý Tự Trọng",
    "Chu Văn An",
    "Nguyễn Du",
    "Lê Lợi",
    "Quang Trung",
    "Trần Hưng Đạo",
    "Ngô Quyền",
    "Hùng Vương",
    "Nguyễn Huệ",
    "Phan Bội Châu",
    "Lê Hồng Phong",
    "Hoàng Hoa Thám",
    "Võ Văn Tần",
    "Nguyễn Văn Trỗi",
    "Họa Mi Xanh",
    "Hướng Dương",
    "Tuổi Thơ",
    "Măng Non",
    "Vành Khuyên",
    "Thỏ Ngọc",
    "Hoa Hồng",
    "Đinh Tiên Hoàng",
    "Lương Thế Vinh",
    "Tô Hiệu",
    "Bế Văn Đàn",
];

/// (roster kind, long prefix, short prefix in plans, weight per 45,000 schools)
const KINDS: [(&str, &str, &str, usize); 6] = [
    ("MN", "Trường Mầm non", "MN", 15_000),
    ("TH", "Trường Tiểu học", "TH", 15_000),
    ("THCS", "Trường Trung học cơ sở", "THCS", 11_000),
    ("THPT", "Trường Trung học phổ thông", "THPT", 2_500),
    (
        "TH-THCS",
        "Trường Tiểu học và Trung học cơ sở",
        "TH&THCS",
        1_000,
    ),
    (
        "THCS-THPT",
        "Trường Trung học cơ sở và Trung học phổ thông",
        "THCS&THPT",
        500,
    ),
];

pub const YEARS: std::ops::RangeInclusive<i32> = 2021..=2025;

fn slug(text: &str) -> String {
    kdcl::text::words::fold(&text.to_lowercase())
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[derive(Clone)]
struct School {
    code: String,
    kind: usize,
    body: String,
    founded: i32,
    ownership: &'static str,
    boarding: bool,
    accreditation: Option<(u8, i32)>,
    standard: Option<(u8, i32)>,
}

impl School {
    fn name(&self) -> String {
        format!("{} {}", KINDS[self.kind].1, self.body)
    }
    fn short(&self) -> String {
        format!("{} {}", KINDS[self.kind].2, self.body)
    }
    fn held(&self, year: i32) -> Option<u8> {
        self.standard
            .filter(|&(_, made)| made < year && made + 5 >= year)
            .map(|(l, _)| l)
    }
    fn ends_in(&self, year: i32) -> bool {
        self.standard.is_some_and(|(_, made)| made + 5 == year)
    }
}

fn schools_of(rng: &mut Rng, commune: &str, prefix: &str) -> Vec<School> {
    let total: usize = KINDS.iter().map(|k| k.3).sum();
    let count = 8 + rng.below(12);
    let mut used: Vec<(usize, String)> = Vec::new();
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let mut roll = rng.below(total);
        let kind = KINDS
            .iter()
            .position(|k| {
                if roll < k.3 {
                    true
                } else {
                    roll -= k.3;
                    false
                }
            })
            .unwrap_or(0);
        let mut body = commune.to_string();
        let mut tries = 0;
        while used.iter().any(|(k, b)| *k == kind && *b == body) {
            body = if tries < 8 {
                rng.pick(&NAMES).to_string()
            } else {
                format!("Số {}", tries - 7)
            };
            tries += 1;
        }
        used.push((kind, body.clone()));
        let standard = rng.chance(0.7).then(|| {
            (
                if rng.chance(0.35) { 2 } else { 1 },
                2019 + rng.below(7) as i32,
            )
        });
        let accreditation = standard
            .map(|(level, year)| (level + 1 + rng.below(2) as u8, year))
            .or_else(|| {
                rng.chance(0.3)
                    .then(|| (1 + rng.below(2) as u8, 2019 + rng.below(6) as i32))
            });
        out.push(School {
            code: format!("{prefix}{:02}", i + 1),
            kind,
            body,
            founded: 1960 + rng.below(53) as i32,
            ownership: if rng.chance(0.05) {
                "private"
            } else {
                "public"
            },
            boarding: rng.chance(0.04),
            accreditation,
            standard,
        });
    }
    out
}

fn roster_csv(schools: &[School], commune: &str, bad_row: Option<usize>) -> String {
    let mut out = String::from(
        "code,name,kind,type,commune,ownership,founded,accreditation_level,accreditation_year,standard_level,standard_year,note\n",
    );
    for (i, s) in schools.iter().enumerate() {
        let kind = if bad_row == Some(i) {
            "THX"
        } else {
            KINDS[s.kind].0
        };
        let (al, ay) = s
            .accreditation
            .map_or((String::new(), String::new()), |(l, y)| {
                (l.to_string(), y.to_string())
            });
        let (sl, sy) = s.standard.map_or((String::new(), String::new()), |(l, y)| {
            (l.to_string(), y.to_string())
        });
        let _ = writeln!(
            out,
            "{},{},{},{},xã {},{},{},{},{},{},{},",
            s.code,
            s.name(),
            kind,
            if s.boarding { "PTDTBT" } else { "" },
            commune,
            s.ownership,
            s.founded,
            al,
            ay,
            sl,
            sy
        );
    }
    out
}

/// An entry of a plan: which school, the action, the level asked.
struct Entry {
    school: usize,
    action: &'static str,
    level: Option<u8>,
    accreditation: Option<u8>,
    written: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Injected {
    Count,
    Tone,
    Unknown,
    NewButRecognised,
}

fn without_one_tone(name: &str) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    let nfd: Vec<char> = name.nfd().collect();
    let at = nfd
        .iter()
        .rposition(|c| matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'))?;
    Some(
        nfd.iter()
            .enumerate()
            .filter(|(i, _)| *i != at)
            .map(|(_, c)| *c)
            .collect::<String>()
            .nfc()
            .collect(),
    )
}

/// A plan's action on a school's national-standard recognition.
#[derive(Clone, Copy)]
struct Acted {
    year: i32,
    school: usize,
    action: &'static str,
    level: Option<u8>,
}

/// What a school holds as `year` starts.
struct Start {
    held: Option<u8>,
    ends: bool,
    level: Option<u8>,
}

/// The start of `year` for school `i` as kdcl's history has it: the roster's
/// record, and each earlier plan's action unless the roster (never updated
/// here) holds results of that year or later, or a plan since (`acts` this
/// year's) proposes it again as if it had not happened.
fn start_of(schools: &[School], i: usize, year: i32, earlier: &[Acted], acts: &[Acted]) -> Start {
    let s = &schools[i];
    let updated = |made: i32| {
        schools.iter().any(|s| {
            [s.standard, s.accreditation]
                .iter()
                .flatten()
                .any(|&(_, y)| y >= made)
        })
    };
    let again = |a: &Acted| {
        earlier
            .iter()
            .chain(acts)
            .filter(|b| b.school == i && b.year > a.year && b.year <= year)
            .any(|b| match b.action {
                "new" | "raise" => true,
                "renew" => b.level.zip(a.level).is_some_and(|(l, given)| l < given),
                _ => false,
            })
    };
    let shown = |made: i32| s.standard.is_some_and(|(_, y)| y >= made);
    let mut list: Vec<(i32, Option<u8>)> =
        s.standard.map(|(l, y)| (y, Some(l))).into_iter().collect();
    for a in earlier.iter().filter(|a| a.school == i && a.year < year) {
        let believed = shown(a.year) || !(updated(a.year) || again(a));
        if believed && list.iter().all(|(y, _)| *y != a.year) {
            list.push((a.year, a.level));
        }
    }
    list.sort_by_key(|(y, _)| *y);
    for k in 1..list.len() {
        if list[k].1.is_none() {
            list[k].1 = list[k - 1].1;
        }
    }
    let current = list
        .iter()
        .rev()
        .find(|(y, _)| *y < year)
        .filter(|(y, _)| y + 5 >= year);
    Start {
        held: current.and_then(|(_, l)| *l),
        ends: current.is_some_and(|(y, _)| y + 5 == year),
        level: list
            .last()
            .and_then(|(_, l)| *l)
            .or(s.standard.map(|(l, _)| l)),
    }
}

#[allow(clippy::too_many_arguments)]
fn plan_toml(
    rng: &mut Rng,
    province: &str,
    commune: &str,
    year: i32,
    schools: &[School],
    inject: Option<Injected>,
    bad_row: Option<usize>,
    earlier: &mut Vec<Acted>,
) -> (String, Option<&'static str>) {
    let mut entries: Vec<Entry> = Vec::new();
    let mut order: Vec<usize> = (0..schools.len()).collect();
    for i in (1..order.len()).rev() {
        let j = rng.below(i + 1);
        order.swap(i, j);
    }
    let (mut new, mut raise) = (0, 0);
    for &i in &order {
        let s = &schools[i];
        let written = if rng.chance(0.15) {
            s.code.clone()
        } else {
            s.short()
        };
        let entry = |action, level| Entry {
            school: i,
            action,
            level,
            accreditation: None,
            written: written.clone(),
        };
        if s.ends_in(year) {
            entries.push(entry("renew", s.standard.map(|(l, _)| l)));
        } else if s.standard.is_none() && s.accreditation.is_some_and(|(_, made)| made + 5 == year)
        {
            // An accreditation ends: evaluated again at its level (KD501 otherwise).
            entries.push(Entry {
                accreditation: s.accreditation.map(|(l, _)| l),
                ..entry("accredit", None)
            });
        } else if s.standard.is_none() && new < 2 && rng.chance(0.3) {
            new += 1;
            entries.push(entry("new", Some(1)));
        } else if s.held(year) == Some(1)
            && s.standard.is_some_and(|(_, made)| made + 2 <= year)
            && !s.ends_in(year)
            && raise < 1
            && rng.chance(0.3)
        {
            raise += 1;
            entries.push(entry("raise", Some(2)));
        }
    }
    if entries.is_empty() {
        // Nothing to recognise this year: external evaluation for one school.
        let next = |s: &School| match s.accreditation {
            None => Some(1),
            Some((l, y)) if l < 4 && y + 2 <= year => Some(l + 1),
            _ => None,
        };
        if let Some(i) = order.iter().copied().find(|&i| next(&schools[i]).is_some()) {
            entries.push(Entry {
                school: i,
                action: "accredit",
                level: None,
                accreditation: next(&schools[i]),
                written: schools[i].short(),
            });
        }
    }
    let mut expected = None;
    match inject {
        Some(Injected::Tone) => {
            if let Some(e) = entries
                .iter_mut()
                .find(|e| without_one_tone(&schools[e.school].short()).is_some())
            {
                e.written = without_one_tone(&schools[e.school].short()).unwrap_or_default();
                expected = Some("KD202");
            }
        }
        Some(Injected::Unknown) => {
            if let Some(e) = entries.first_mut() {
                e.written = format!("{} Không Có", KINDS[schools[e.school].kind].2);
                expected = Some("KD201");
            }
        }
        Some(Injected::NewButRecognised) => {
            if let Some(i) = order.iter().copied().find(|&i| {
                Some(i) != bad_row
                    && schools[i].held(year).is_some()
                    && !schools[i].ends_in(year)
                    && entries.iter().all(|e| e.school != i)
            }) {
                entries.push(Entry {
                    school: i,
                    action: "new",
                    level: schools[i].held(year),
                    accreditation: None,
                    written: schools[i].short(),
                });
                expected = Some("KD402");
            }
        }
        _ => {}
    }
    // The figures, computed as the plan's authors would: from the roster and
    // what the earlier plans did that it does not record (kdcl's history).
    let count = |a: &str| entries.iter().filter(|e| e.action == a).count();
    let mut total = entries.len();
    if inject == Some(Injected::Count) && !entries.is_empty() {
        total += 1;
        expected = Some("KD101");
    }
    // An entry made unknown names no roster school.
    let unknown = if expected == Some("KD201") {
        entries.first().map(|e| e.school)
    } else {
        None
    };
    let acts: Vec<Acted> = entries
        .iter()
        .filter(|e| e.action != "accredit" && Some(e.school) != unknown)
        .map(|e| Acted {
            year,
            school: e.school,
            action: e.action,
            level: if e.action == "raise" {
                Some(e.level.unwrap_or(2))
            } else {
                e.level
            },
        })
        .collect();
    let (mut kept, mut after, mut level2) = (0, 0, 0);
    for i in 0..schools.len() {
        let start = start_of(schools, i, year, earlier, &acts);
        let held = start.held;
        let acted = entries
            .iter()
            .find(|e| e.school == i && e.action != "accredit");
        let level_after = match acted {
            Some(e) if e.action == "raise" => Some(e.level.unwrap_or(2)),
            Some(e) => Some(e.level.or(held).or(start.level).unwrap_or(1)),
            None if start.ends => None,
            None => held,
        };
        kept += usize::from(held.is_some());
        after += usize::from(level_after.is_some());
        level2 += usize::from(level_after == Some(2));
    }
    earlier.extend(acts);
    let mut by_kind: Vec<(&str, usize)> = Vec::new();
    for e in &entries {
        let key = KINDS[schools[e.school].kind].0;
        match by_kind.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => by_kind.push((key, 1)),
        }
    }
    by_kind.sort();

    let mut t = String::with_capacity(2048);
    let _ = write!(
        t,
        "# Kế hoạch năm {year} của UBND xã {commune} (dữ liệu tổng hợp)\n[plan]\ntitle    = \"Kế hoạch kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia năm {year}\"\nissuer   = \"UBND xã {commune}\"\narea     = \"xã {commune}\"\nprovince = \"{province}\"\nyear     = {year}\nnumber   = \"{}/KH-UBND\"\nroster   = \"roster.csv\"\nbasis    = [\"Thông tư số 17/2018/TT-BGDĐT\", \"Thông tư số 18/2018/TT-BGDĐT\", \"Thông tư số 19/2018/TT-BGDĐT\"]\n\n[targets]\n",
        10 + rng.below(300),
    );
    // A year with nothing to act on states only the after-state figures.
    if !entries.is_empty() {
        let _ = write!(
            t,
            "total            = {total}\nnew              = {}\nrenew            = {}\nraise            = {}\n",
            count("new"),
            count("renew"),
            count("raise"),
        );
    }
    if count("accredit") > 0 {
        let _ = writeln!(t, "accredit         = {}", count("accredit"));
    }
    let _ = write!(
        t,
        "kept             = {kept}\nrecognised_after = {after}\nlevel2_after     = {level2}\nschools_total    = {}\n",
        schools.len()
    );
    if !entries.is_empty() {
        t.push_str("\n[targets.by_kind]\n");
        for (k, n) in &by_kind {
            let _ = writeln!(t, "\"{k}\" = {n}");
        }
        let _ = write!(
            t,
            "\n[[wave]]\nnumber  = 1\nmonth   = \"{year}-03\"\nschools = {}\n",
            entries.len()
        );
    }
    for e in &entries {
        let _ = write!(
            t,
            "\n[[school]]\nschool = \"{}\"\naction = \"{}\"\n",
            e.written, e.action
        );
        if let Some(l) = e.level {
            let _ = writeln!(t, "level  = {l}");
        }
        if let Some(a) = e.accreditation {
            let _ = writeln!(t, "accreditation = {a}");
        }
        t.push_str("wave   = 1\n");
    }
    let _ = write!(
        t,
        "\n[[task]]\nowner = \"Phòng Văn hóa - Xã hội\"\nwhat  = \"Hướng dẫn các trường tự đánh giá, cập nhật phần mềm\"\ndue   = \"{year}-Q2\"\n"
    );
    (t, expected)
}

fn write(path: &Path, text: &str, manifest: &mut Manifest) -> io::Result<()> {
    manifest.bytes += text.len() as u64;
    fs::write(path, text)
}

/// Writes the repository under `out` (which it creates).
pub fn generate(out: &Path, config: &Config) -> io::Result<Manifest> {
    let mut rng = Rng::new(config.seed);
    let mut manifest = Manifest::default();
    fs::create_dir_all(out)?;
    fs::write(
        out.join("kdcl.toml"),
        "# Synthetic national repository (examples/national)\n",
    )?;
    let per_province = config.communes / PROVINCES.len();
    let extra = config.communes % PROVINCES.len();
    let mut commune_number = 0usize;
    for (p, province) in PROVINCES.iter().enumerate() {
        let communes = per_province + usize::from(p < extra);
        let mut taken: Vec<String> = Vec::new();
        for _ in 0..communes {
            commune_number += 1;
            let mut commune = format!("{} {}", rng.pick(&SYLLABLES), rng.pick(&SYLLABLES));
            let mut n = 1;
            while taken.contains(&slug(&commune)) {
                n += 1;
                commune = format!("{} {} {n}", rng.pick(&SYLLABLES), rng.pick(&SYLLABLES));
            }
            taken.push(slug(&commune));
            let dir: PathBuf = out.join("plans").join(slug(province)).join(slug(&commune));
            fs::create_dir_all(&dir)?;
            let rel = |f: &str| format!("plans/{}/{}/{f}", slug(province), slug(&commune));
            let schools = schools_of(
                &mut rng,
                &commune,
                &format!("{:02}{:05}", p + 1, commune_number),
            );
            let bad_row = rng
                .chance(config.roster_error_rate)
                .then(|| rng.below(schools.len()));
            if bad_row.is_some() {
                manifest.injected.push((rel("roster.csv"), "KD306"));
            }
            write(
                &dir.join("roster.csv"),
                &roster_csv(&schools, &commune, bad_row),
                &mut manifest,
            )?;
            manifest.rosters += 1;
            manifest.schools += schools.len();
            let mut earlier = Vec::new();
            for year in YEARS {
                let inject = rng.chance(config.error_rate).then(|| {
                    *rng.pick(&[
                        Injected::Count,
                        Injected::Tone,
                        Injected::Unknown,
                        Injected::NewButRecognised,
                    ])
                });
                // A roster row with a bad kind still counts, so figures stay right.
                let (text, expected) = plan_toml(
                    &mut rng,
                    province,
                    &commune,
                    year,
                    &schools,
                    inject,
                    bad_row,
                    &mut earlier,
                );
                let file = format!("{year}.toml");
                if let Some(code) = expected {
                    manifest.injected.push((rel(&file), code));
                }
                write(&dir.join(&file), &text, &mut manifest)?;
                manifest.plans += 1;
            }
        }
    }
    Ok(manifest)
}
