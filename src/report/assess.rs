//! `kdcl assess [PATH] SCHOOL`: a school's level computed from its
//! self-evaluation, criterion by criterion, and what stands between it and
//! the next level. Here: finding the school among the plans' rosters, and
//! the assessment as data; `render::assess` draws it.

use crate::diag::diagnostic::Message;
use crate::diag::rule::Confidence;
use crate::model::evaluation::Blocking;
use crate::model::evaluation::catalogue::Catalogue;
use crate::model::evaluation::engine::{self, Blocker, Scores};
use crate::model::evaluation::{Evaluation, SchoolEvaluation};
use crate::model::matching::{Found, Index};
use crate::model::report::{CheckedPlan, Report};
use crate::model::roster::School;
use crate::msg;
use crate::rules::evaluation::target::target;

/// Why `kdcl assess` could not do its job (exit status 2), for standard error.
pub struct Refusal(pub Message);

/// The school found, and the plan whose self-evaluation assesses it.
pub struct Subject<'r> {
    pub plan: &'r CheckedPlan,
    /// The school's place in the plan's roster.
    pub index: usize,
    pub school: &'r School,
    pub evaluation: &'r Evaluation,
    pub results: &'r SchoolEvaluation,
}

/// A roster school the name matches, with the plans that use that roster.
struct Hit<'r> {
    roster: String,
    index: usize,
    plans: Vec<&'r CheckedPlan>,
}

/// Finds `school` (a roster code or name) among the plans of `report` (read
/// from `shown`), with the evaluation file of its latest plan that names one.
pub fn find<'r>(report: &'r Report, school: &str, shown: &str) -> Result<Subject<'r>, Refusal> {
    let hit = one_school(report, school, shown)?;
    let plan = latest_evaluated(&hit)?;
    let roster = plan.roster.as_ref().expect("matched in a roster");
    let evaluation = plan.evaluation.as_ref().expect("evaluated");
    let school = &roster.schools[hit.index];
    let Some(results) = evaluation.school(hit.index) else {
        return Err(Refusal(match &school.kind {
            None => msg!(ASSESS_KIND_UNKNOWN, school = school.label()),
            Some(_) => msg!(
                ASSESS_NO_ROWS,
                school = school.label(),
                file = evaluation.file.path
            ),
        }));
    };
    Ok(Subject {
        plan,
        index: hit.index,
        school,
        evaluation,
        results,
    })
}

/// The one roster school the name matches, whatever plans use its roster.
fn one_school<'r>(report: &'r Report, school: &str, shown: &str) -> Result<Hit<'r>, Refusal> {
    let mut hits: Vec<Hit<'r>> = Vec::new();
    let mut ambiguous = Vec::new();
    for plan in &report.plans {
        let Some(roster) = &plan.roster else { continue };
        match Index::new(roster).find(school) {
            Found::Exact(i) | Found::Variant(i) => {
                let key = &roster.file.path;
                match hits.iter_mut().find(|h| h.roster == *key && h.index == i) {
                    Some(hit) => hit.plans.push(plan),
                    None => hits.push(Hit {
                        roster: key.clone(),
                        index: i,
                        plans: vec![plan],
                    }),
                }
            }
            Found::Ambiguous(found) => ambiguous.extend(
                found
                    .iter()
                    .map(|&i| format!("{} in {}", roster.schools[i].label(), roster.file.path)),
            ),
            Found::Missing(_) => {}
        }
    }
    match hits.len() {
        1 => Ok(hits.pop().expect("one hit")),
        0 if !ambiguous.is_empty() => {
            ambiguous.dedup();
            Err(Refusal(msg!(
                ASSESS_AMBIGUOUS,
                school = school,
                candidates = ambiguous.join("; ")
            )))
        }
        0 => Err(Refusal(msg!(
            ASSESS_UNKNOWN_SCHOOL,
            school = school,
            path = shown
        ))),
        _ => {
            let candidates: Vec<String> = hits
                .iter()
                .map(|h| {
                    let roster = h.plans[0].roster.as_ref().expect("matched in a roster");
                    format!("{} in {}", roster.schools[h.index].label(), h.roster)
                })
                .collect();
            Err(Refusal(msg!(
                ASSESS_AMBIGUOUS,
                school = school,
                candidates = candidates.join("; ")
            )))
        }
    }
}

/// The latest plan year whose evaluation could be read.
fn latest_evaluated<'r>(hit: &Hit<'r>) -> Result<&'r CheckedPlan, Refusal> {
    let latest = hit
        .plans
        .iter()
        .filter(|p| p.evaluation.is_some())
        .max_by_key(|p| (p.plan.year.as_ref().map(|y| y.value), p.path.clone()));
    if let Some(plan) = latest {
        return Ok(plan);
    }
    let named: Vec<String> = hit
        .plans
        .iter()
        .filter(|p| p.plan.evaluation.is_some())
        .map(|p| crate::text::path::display(&p.path))
        .collect();
    Err(Refusal(if named.is_empty() {
        msg!(ASSESS_NO_EVALUATION, roster = hit.roster)
    } else {
        msg!(ASSESS_EVALUATION_UNREADABLE, plans = named.join(", "))
    }))
}

/// A school's assessment: its results criterion by criterion, its level and
/// what stands between it and the next, and what its plan proposes.
pub struct Assessment {
    /// "Trường Tiểu học Hoà Ninh (TH-01)".
    pub school: String,
    /// The school type, "TH"; empty when the roster gives none.
    pub kind: String,
    /// The circular whose criteria apply, as its catalogue titles it.
    pub circular: &'static str,
    /// The evaluation file, as findings show paths, and its year.
    pub file: String,
    pub year: Option<i32>,
    /// The data file of the circular's criteria.
    pub data: &'static str,
    /// The level the table's last column is for: the one above the school's.
    pub next: Option<u8>,
    pub lines: Vec<Line>,
    pub outcome: Outcome,
    pub proposal: Option<Proposal>,
    /// What the computation rests on that is not confirmed.
    pub caveats: Vec<Caveat>,
}

impl Assessment {
    /// Whether the level could be computed.
    pub fn complete(&self) -> bool {
        matches!(self.outcome, Outcome::Level { .. })
    }
}

/// A line of the criteria table.
pub enum Line {
    /// A standard's heading (Tiêu chuẩn n).
    Standard { number: u8, name: &'static str },
    /// A criterion, the level given, and what the next level needs of it.
    Criterion {
        id: &'static str,
        name: &'static str,
        level: Option<u8>,
        toward: Toward,
    },
    /// The heading of the Mức-4 requirements.
    Level4 { article: &'static str },
    /// A Mức-4 requirement, met or not (`None`: no row).
    Item {
        id: &'static str,
        name: &'static str,
        met: Option<bool>,
        toward: Toward,
    },
}

/// What the next level asks of a criterion or requirement.
pub enum Toward {
    /// No next level (or nothing asked of a Mức-4 item below Mức 4).
    Nothing,
    Reached,
    /// The criterion needs this level.
    Needs(u8),
    /// The requirement must be met.
    MustBeMet,
}

pub enum Outcome {
    /// The level cannot be computed: the criteria without a usable result.
    Incomplete { missing: Vec<&'static str> },
    /// The level (0: not even Mức 1), the national-standard level it
    /// supports, and the next level unless it is the highest.
    Level {
        level: u8,
        standard: Option<u8>,
        next: Option<Next>,
    },
}

/// The level above the school's and what stands in the way.
pub struct Next {
    pub level: u8,
    /// The national-standard level it would support that the school's does not.
    pub standard: Option<u8>,
    pub blocking: Vec<Blocking>,
}

/// What the plan proposes for the school, and whether its level supports it.
pub struct Proposal {
    pub plan: String,
    pub line: usize,
    /// "national-standard level 2", "accreditation level 3".
    pub what: Message,
    pub needed: u8,
    /// `None` until the self-evaluation is complete.
    pub supported: Option<bool>,
}

pub enum Caveat {
    /// The circular's list of criteria is not confirmed.
    ListUnconfirmed,
    /// These criteria, at level 2 in the way of Mức 3, are assumed to state a
    /// Mức 3 requirement.
    LevelsAssumed(Vec<&'static str>),
    /// The Mức-4 requirements are not fully confirmed, and the school is at Mức 3.
    Level4Unconfirmed,
}

/// The assessment of the school found.
pub fn assess(subject: &Subject<'_>) -> Assessment {
    let results = subject.results;
    let cat = results.catalogue();
    let scores = results.scores();
    let level = scores.as_ref().map(|s| s.level(cat));
    let next = level.filter(|&l| l < engine::TOP).map(|l| l + 1);
    let outcome = match &scores {
        Some(scores) => reached(subject, cat, scores),
        None => Outcome::Incomplete {
            missing: results
                .missing()
                .into_iter()
                .map(|i| cat.criteria[i].id.as_str())
                .collect(),
        },
    };
    Assessment {
        school: subject.school.label(),
        kind: subject
            .school
            .kind
            .as_ref()
            .map(|k| k.to_string())
            .unwrap_or_default(),
        circular: &cat.title,
        file: subject.evaluation.file.path.clone(),
        year: results.year,
        data: results.circular.data_path(),
        next,
        lines: lines(results, cat, next),
        outcome,
        proposal: proposal(subject, level),
        caveats: caveats(cat, scores.as_ref()),
    }
}

/// The criteria by standard, then the Mức-4 requirements.
fn lines(results: &SchoolEvaluation, cat: &'static Catalogue, next: Option<u8>) -> Vec<Line> {
    let mut lines = Vec::new();
    for standard in &cat.standards {
        lines.push(Line::Standard {
            number: standard.number,
            name: &standard.name,
        });
        let prefix = format!("{}.", standard.number);
        for (i, c) in cat.criteria.iter().enumerate() {
            if !c.id.starts_with(&prefix) {
                continue;
            }
            let level = results.criteria[i].as_ref().map(|g| g.level);
            let toward = match next.map(|next| c.needed_for(next.min(3))) {
                None => Toward::Nothing,
                Some(needed) if level.is_some_and(|l| l >= needed) => Toward::Reached,
                Some(needed) => Toward::Needs(needed),
            };
            lines.push(Line::Criterion {
                id: &c.id,
                name: &c.name,
                level,
                toward,
            });
        }
    }
    lines.push(Line::Level4 {
        article: &cat.level4.article,
    });
    for (i, item) in cat.level4.items.iter().enumerate() {
        let met = results.items[i].as_ref().map(|g| g.level == 1);
        let toward = match (next, met) {
            (Some(4), Some(true)) => Toward::Reached,
            (Some(4), _) => Toward::MustBeMet,
            _ => Toward::Nothing,
        };
        lines.push(Line::Item {
            id: &item.id,
            name: item.name_in(crate::diag::messages::lang()),
            met,
            toward,
        });
    }
    lines
}

/// The level reached, and what stands between it and the next.
fn reached(subject: &Subject<'_>, cat: &'static Catalogue, scores: &Scores) -> Outcome {
    let level = scores.level(cat);
    let standard = engine::standard_supported(level);
    let next = scores.next(cat).map(|(next, blockers)| Next {
        level: next,
        standard: engine::standard_supported(next).filter(|s| standard != Some(*s)),
        blocking: blockers
            .iter()
            .map(|b| subject.results.blocking(subject.evaluation, *b))
            .collect(),
    });
    Outcome::Level {
        level,
        standard,
        next,
    }
}

/// What the plan proposes for the school, if it lists it.
fn proposal(subject: &Subject<'_>, level: Option<u8>) -> Option<Proposal> {
    let plan = subject.plan;
    let (entry, _) = plan
        .plan
        .schools
        .iter()
        .zip(&plan.schools)
        .find(|(_, s)| **s == Some(subject.index))?;
    let t = target(entry, subject.school)?;
    Some(Proposal {
        plan: crate::text::path::display(&plan.path),
        line: plan.plan.file.line_col(entry.school.span.start).0,
        what: t.what,
        needed: t.needed,
        supported: level.map(|level| level >= t.needed),
    })
}

/// What the computation rests on that is not confirmed.
fn caveats(cat: &'static Catalogue, scores: Option<&Scores>) -> Vec<Caveat> {
    let mut caveats = Vec::new();
    if cat.confidence != Confidence::Confirmed {
        caveats.push(Caveat::ListUnconfirmed);
    }
    // Whether a criterion has a Mức 3 requirement matters when one at level 2
    // stands between the school and Mức 3.
    let assumed: Vec<&'static str> = match scores.and_then(|s| s.next(cat)) {
        Some((3, blockers)) => blockers
            .iter()
            .filter_map(|b| match *b {
                Blocker::Criterion {
                    index, reached: 2, ..
                } if cat.criteria[index].levels_confidence != Confidence::Confirmed => {
                    Some(cat.criteria[index].id.as_str())
                }
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    if !assumed.is_empty() {
        caveats.push(Caveat::LevelsAssumed(assumed));
    }
    // The Mức-4 items matter once the school is at Mức 3.
    let at_stake = scores.is_some_and(|s| s.level(cat) >= 3);
    if at_stake && (cat.level4.confidence != Confidence::Confirmed || !cat.level4.complete) {
        caveats.push(Caveat::Level4Unconfirmed);
    }
    caveats
}

crate::texts! {
    pub(crate) ASSESS_AMBIGUOUS = "assess-ambiguous" {
        "\"{school}\" matches more than one school: {candidates}; give the school's code, or the area's folder as PATH",
        "\"{school}\" trùng với nhiều trường: {candidates}; hãy ghi mã trường, hoặc ghi thư mục của địa bàn làm PATH",
    }
    pub(crate) ASSESS_UNKNOWN_SCHOOL = "assess-unknown-school" {
        "no roster under {path} has a school \"{school}\"; give its roster code or its name as the roster writes it",
        "không có danh sách trường nào trong {path} có trường \"{school}\"; hãy ghi mã trường hoặc tên trường đúng như trong danh sách",
    }
    pub(crate) ASSESS_NO_EVALUATION = "assess-no-evaluation" {
        "kdcl assess reads the schools' self-evaluation results, and no plan using {roster} names a file of them: write them in evaluation.csv beside the roster (columns code, criterion, level, year; `kdcl init` writes an example, plans/lam-dong/xa-hoa-ninh/evaluation.csv) and add evaluation = \"evaluation.csv\" to the plan's [plan] table",
        "kdcl assess cần kết quả tự đánh giá của các trường, nhưng không có kế hoạch nào dùng {roster} khai báo tệp kết quả: hãy ghi kết quả vào tệp evaluation.csv cạnh danh sách trường (các cột code, criterion, level, year; `kdcl init` tạo sẵn tệp mẫu plans/lam-dong/xa-hoa-ninh/evaluation.csv) rồi bổ sung evaluation = \"evaluation.csv\" vào phần [plan] của kế hoạch",
    }
    pub(crate) ASSESS_EVALUATION_UNREADABLE = "assess-evaluation-unreadable" {
        "the evaluation file named by {plans} could not be read; `kdcl check` says why",
        "không đọc được tệp kết quả tự đánh giá do {plans} khai báo; chạy `kdcl check` để biết lý do",
    }
    pub(crate) ASSESS_KIND_UNKNOWN = "assess-kind-unknown" {
        "the roster gives no school type for {school}, so kdcl cannot tell which circular's criteria apply",
        "danh sách trường không ghi loại trường của {school}, nên kdcl không xác định được trường áp dụng tiêu chí của thông tư nào",
    }
    pub(crate) ASSESS_NO_ROWS = "assess-no-rows" {
        "{school} has no rows in {file}",
        "{school} không có dòng nào trong {file}",
    }
}
