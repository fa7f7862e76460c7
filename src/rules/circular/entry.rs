//! One plan entry with its roster school and the circular governing it: what
//! every rule on an entry's action starts from (KD402–KD411).

use chrono::{Datelike, Months, NaiveDate};

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::diag::messages::Text;
use crate::diag::rule::Rule;
use crate::model::circular::{Circular, facts};
use crate::model::plan::{Entry, Plan};
use crate::model::roster::School;
use crate::msg;
use crate::text::source::{Loc, Span};

/// One entry, its roster school and the circular governing it.
pub struct At<'a> {
    pub plan: &'a Plan,
    pub entry: &'a Entry,
    pub school: &'a School,
    pub circular: &'static Circular,
}

impl At<'_> {
    /// A finding on `span` about the entry's school, citing `fact` of its circular.
    pub fn finding(
        &self,
        rule: &'static Rule,
        span: Span,
        message: Message,
        fact: &str,
    ) -> Diagnostic {
        Diagnostic::new(rule, message)
            .at(&self.plan.file, span)
            .school(&self.entry.school.value)
            .reference(format!("{}: {fact}", self.circular.title))
    }

    /// When the school's national-standard cells could not be read (or its
    /// level column holds a 3, an accreditation level), that is said on the
    /// action with `misplaced` or `unreadable`, never "not recognised", and
    /// `true` returned: a cell kdcl could not read is not an empty one.
    pub fn unreadable_standard(
        &self,
        rule: &'static Rule,
        fact: &str,
        (misplaced, unreadable): (&'static Text, &'static Text),
        sink: &mut Sink,
    ) -> bool {
        let Some((column, line)) = self.school.unreadable.first() else {
            return false;
        };
        let message = match self.school.standard_level_misplaced {
            Some(level) => msg!(
                *misplaced,
                school = self.name(),
                column = column,
                line = line,
                level = level
            ),
            None => msg!(
                *unreadable,
                school = self.name(),
                column = column,
                line = line
            ),
        };
        let d = self.finding(rule, self.action_span(), message, fact);
        sink.push(d.help(msg!(UNREADABLE_HELP)));
        true
    }

    /// The entry's `action` value, else its school name.
    pub fn action_span(&self) -> Span {
        self.entry
            .action
            .as_ref()
            .map_or(self.entry.school.span.clone(), |a| a.span.clone())
    }

    /// The school as the entry writes it.
    pub fn name(&self) -> &str {
        &self.entry.school.value
    }

    /// The entry's wave and that wave's month, when the plan gives one.
    pub fn wave(&self) -> Option<(i64, &Loc<(i32, u32)>)> {
        let wave = self.entry.wave.as_ref()?;
        let month = self
            .plan
            .waves
            .iter()
            .find(|w| w.number.value == wave.value)
            .and_then(|w| w.month.as_ref())?;
        Some((wave.value, month))
    }

    /// When the school is proposed, the one date every waiting rule is
    /// judged at (KD406, KD407; KD410 and KD411 compare the same wave's
    /// month with the expiry): the first day of its wave's month when it is
    /// in a wave that has one, else the plan's date.
    pub fn proposed(&self) -> Proposed {
        match self.wave() {
            Some((wave, month)) => {
                let (y, m) = month.value;
                let on = NaiveDate::from_ymd_opt(y, m, 1).unwrap_or_else(|| plan_date(self.plan));
                Proposed {
                    on,
                    wave: Some((wave, format!("{m:02}/{y}"))),
                }
            }
            None => Proposed {
                on: plan_date(self.plan),
                wave: None,
            },
        }
    }

    /// With the recognition's full date, the month of the wave the entry is
    /// in against the recognition's expiry.
    pub fn renewal_wave(&self) -> Option<RenewalWave<'_>> {
        let made = self.school.standard_year.and_then(|m| m.date)?;
        let (wave, month) = self.wave()?;
        let expires = made + Months::new(12 * facts().term.years as u32);
        Some(RenewalWave {
            wave,
            month,
            expires,
        })
    }
}

/// The date the plan is judged at when an entry has no wave month: `issued`,
/// else 1 January of the plan year.
pub fn plan_date(plan: &Plan) -> NaiveDate {
    plan.issued.as_ref().map(|d| d.value).unwrap_or_else(|| {
        let year = plan.year.as_ref().map_or(2000, |y| y.value as i32);
        NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default()
    })
}

/// When an entry is proposed, and the wave that says so.
pub struct Proposed {
    pub on: NaiveDate,
    /// The wave's number and month ("09/2024"), when the date is its month.
    pub wave: Option<(i64, String)>,
}

impl Proposed {
    /// "01/09/2024".
    pub fn shown(&self) -> String {
        self.on.format("%d/%m/%Y").to_string()
    }
}

/// The wave a renewal is put in, and when the recognition it renews expires.
pub struct RenewalWave<'a> {
    pub wave: i64,
    /// The wave's month, (year, month).
    pub month: &'a Loc<(i32, u32)>,
    pub expires: NaiveDate,
}

impl RenewalWave<'_> {
    /// Months from the wave to the expiry: negative when the wave is after it.
    pub fn months_before_expiry(&self) -> i32 {
        let (wy, wm) = self.month.value;
        let wave_index = wy * 12 + wm as i32;
        let expiry_index = self.expires.year() * 12 + self.expires.month() as i32;
        expiry_index - wave_index
    }

    /// "03/2025".
    pub fn month_shown(&self) -> String {
        let (wy, wm) = self.month.value;
        format!("{wm:02}/{wy}")
    }

    /// "15/06/2025".
    pub fn expires_shown(&self) -> String {
        self.expires.format("%d/%m/%Y").to_string()
    }
}

crate::texts! {
    pub(crate) UNREADABLE_HELP = "recognition-unreadable-help" {
        "correct the cell as the roster's finding says (a level 1 or 2, a year such as 2021); this check runs again then",
        "sửa ô đó theo thông báo về danh sách trường (mức độ 1 hoặc 2, năm như 2021); khi đó kdcl sẽ kiểm tra lại",
    }
}
