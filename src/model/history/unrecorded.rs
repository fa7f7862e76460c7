//! Plans' actions the roster does not show because it was not updated after
//! their year: kdcl believes the plan and every command says so once.

use crate::diag::messages::Message;
use crate::model::history::{Area, Of, SchoolId, Source, Standing};
use crate::model::plan::Action;
use crate::msg;

impl Area<'_> {
    /// The actions of plans before `year` that the roster read in `year`
    /// does not show, because it was not updated after the plan's year;
    /// each (school, plan) once, the national standard's first.
    pub fn unrecorded(&self, year: i32) -> Vec<Unrecorded> {
        let mut out: Vec<Unrecorded> = Vec::new();
        for of in [Of::Standard, Of::Accreditation] {
            for act in self.actions(year, of).iter() {
                if act.standing != Standing::Unrecorded
                    || out.iter().any(|u| u.id == act.id && u.made == act.made)
                {
                    continue;
                }
                let Some(row) = self.roster_at(year).and_then(|r| self.row(r, &act.id)) else {
                    continue;
                };
                let held = match of {
                    Of::Standard => row.standard_year.map(|m| (row.standard_level, m.year)),
                    Of::Accreditation => row
                        .accreditation_year
                        .map(|m| (row.accreditation_level, m.year)),
                };
                out.push(Unrecorded {
                    school: self.display(&act.id, None),
                    id: act.id.clone(),
                    made: act.made,
                    action: act.action,
                    of,
                    level: act.level,
                    held,
                    source: act.source.clone(),
                });
            }
        }
        out
    }
}

/// A plan's action that the roster still does not show: "the 2026 plan
/// raised YT-04; the roster still shows level 1 from 2022". kdcl believes
/// the plan and says so once, in every command that reads the years after.
#[derive(Debug, Clone)]
pub struct Unrecorded {
    pub id: SchoolId,
    /// "Trường Tiểu học Yên Hòa (YT-04)".
    pub school: String,
    /// The year of the plan that acted.
    pub made: i32,
    pub action: Action,
    pub of: Of,
    /// The level the plan gave.
    pub level: Option<u8>,
    /// What the roster still shows: level and year, if any.
    pub held: Option<(Option<u8>, i32)>,
    /// The plan's entry.
    pub source: Source,
}

impl Unrecorded {
    /// The one sentence every command says about it.
    pub fn message(&self) -> Message {
        let level = self
            .level
            .map_or_else(|| "?".to_string(), |l| l.to_string());
        let held = match (self.held, self.of) {
            (None, Of::Standard) => msg!(HELD_NONE).render(),
            (None, Of::Accreditation) => msg!(HELD_NONE_ACCREDITATION).render(),
            (Some((l, y)), of) => {
                let l = l.map_or_else(|| "?".to_string(), |l| l.to_string());
                match of {
                    Of::Standard => msg!(HELD_LEVEL, level = l, year = y).render(),
                    Of::Accreditation => msg!(HELD_ACCREDITATION, level = l, year = y).render(),
                }
            }
        };
        let text = match (self.of, self.action) {
            (Of::Accreditation, _) => &UNRECORDED_ACCREDIT,
            (_, Action::Raise) => &UNRECORDED_RAISE,
            (_, Action::Renew) => &UNRECORDED_RENEW,
            _ => &UNRECORDED_NEW,
        };
        Message {
            text,
            args: vec![
                ("made", self.made.to_string()),
                ("school", self.school.clone()),
                ("level", level),
                ("held", held),
            ],
        }
    }
}

crate::texts! {
    pub(crate) UNRECORDED_RAISE = "unrecorded-raise" {
        "the {made} plan raised {school} to level {level}; the roster still shows {held}: record the {made} result in the roster",
        "kế hoạch năm {made} đề nghị nâng {school} lên mức độ {level}; danh sách trường vẫn ghi {held}: hãy ghi kết quả năm {made} vào danh sách trường",
    }
    pub(crate) UNRECORDED_NEW = "unrecorded-new" {
        "the {made} plan recognised {school} at level {level}; the roster still shows {held}: record the {made} result in the roster",
        "kế hoạch năm {made} đề nghị công nhận {school} đạt chuẩn quốc gia mức độ {level}; danh sách trường vẫn ghi {held}: hãy ghi kết quả năm {made} vào danh sách trường",
    }
    pub(crate) UNRECORDED_RENEW = "unrecorded-renew" {
        "the {made} plan renewed the recognition of {school} at level {level}; the roster still shows {held}: record the {made} result in the roster",
        "kế hoạch năm {made} đề nghị công nhận lại {school} đạt chuẩn quốc gia mức độ {level}; danh sách trường vẫn ghi {held}: hãy ghi kết quả năm {made} vào danh sách trường",
    }
    pub(crate) UNRECORDED_ACCREDIT = "unrecorded-accredit" {
        "the {made} plan had {school} evaluated for accreditation level {level}; the roster still shows {held}: record the {made} result in the roster",
        "kế hoạch năm {made} đề nghị đánh giá ngoài {school} đạt kiểm định chất lượng giáo dục cấp độ {level}; danh sách trường vẫn ghi {held}: hãy ghi kết quả năm {made} vào danh sách trường",
    }
    pub(crate) HELD_LEVEL = "unrecorded-held-level" {
        "level {level} from {year}",
        "mức độ {level} từ năm {year}",
    }
    pub(crate) HELD_ACCREDITATION = "unrecorded-held-accreditation" {
        "accreditation level {level} from {year}",
        "cấp độ {level} từ năm {year}",
    }
    pub(crate) HELD_NONE = "unrecorded-held-none" {
        "no recognition",
        "chưa đạt chuẩn quốc gia",
    }
    pub(crate) HELD_NONE_ACCREDITATION = "unrecorded-held-none-accreditation" {
        "no accreditation",
        "chưa đạt kiểm định",
    }
}
