//! What the circulars allow each action to ask for, given the roster and the
//! plan's year: KD401–KD412. The facts (terms, waiting times, levels, dates)
//! come from `data/circulars.toml`.

use chrono::{Datelike, Months, NaiveDate};

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::model::circular::{self, Circular, facts};
use crate::model::kind::Kind;
use crate::model::plan::{Action, Entry, Plan};
use crate::model::roster::School;
use crate::msg;
use crate::rules::checks::PlanContext;
use crate::rules::registry::{self as rules, Rule};

pub fn check(ctx: &PlanContext<'_>, sink: &mut Sink) {
    let plan = ctx.plan;
    issuer(plan, sink);
    basis(ctx, sink);
    let Some(year) = plan.year.as_ref().map(|y| y.value as i32) else {
        return;
    };
    let on = plan_date(plan);
    for (entry, school) in ctx.entries() {
        let (Some(school), Some(action)) = (school, &entry.action) else {
            continue;
        };
        let Some(kind) = &school.kind else { continue };
        let at = At {
            plan,
            entry,
            school,
            circular: circular::governing(kind),
        };
        match action.value {
            Action::New => at.first_recognition(year, sink),
            Action::Renew => at.renew(year, sink),
            Action::Raise => at.raise(year, on, sink),
            Action::Accredit => {}
        }
        at.accreditation(on, sink);
        at.operation(kind, year, sink);
        if action.value == Action::Renew {
            at.timing(sink);
        }
    }
}

/// The date the rules in force are judged at: `issued`, else 1 January of the plan year.
pub fn plan_date(plan: &Plan) -> NaiveDate {
    plan.issued.as_ref().map(|d| d.value).unwrap_or_else(|| {
        let year = plan.year.as_ref().map_or(2000, |y| y.value as i32);
        NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default()
    })
}

fn issuer(plan: &Plan, sink: &mut Sink) {
    let Some(issuer) = &plan.issuer else { return };
    let reform = circular::date(&facts().two_level_government.from);
    let after = match (&plan.issued, &plan.year) {
        (Some(issued), _) => issued.value >= reform,
        (None, Some(year)) => year.value > i64::from(reform.year()),
        _ => false,
    };
    if after && circular::is_district_issuer(&issuer.value) {
        let date = reform.format("%d/%m/%Y").to_string();
        sink.push(
            Diagnostic::new(
                &rules::DISTRICT_ISSUER,
                msg!("district-issuer", issuer = issuer.value, date = date),
            )
            .at(&plan.file, issuer.span.clone())
            .help(msg!("district-issuer-help"))
            .reference(facts().two_level_government.reference.clone()),
        );
    }
}

fn basis(ctx: &PlanContext<'_>, sink: &mut Sink) {
    let plan = ctx.plan;
    let mut cited: Vec<u8> = plan
        .basis
        .iter()
        .flat_map(|b| circular::cited(&b.value))
        .collect();
    if cited.is_empty() {
        return;
    }
    cited.sort();
    cited.dedup();
    // Schools by the circular governing them, in list order.
    let mut missing: Vec<(&Circular, Vec<&Entry>)> = Vec::new();
    for (entry, school) in ctx.entries() {
        let kind = crate::rules::checks::schools::entry_kind(entry, school);
        let Some(c) = kind.as_ref().map(circular::governing) else {
            continue;
        };
        if cited.contains(&c.number) {
            continue;
        }
        match missing.iter_mut().find(|(m, _)| m.number == c.number) {
            Some((_, entries)) => entries.push(entry),
            None => missing.push((c, vec![entry])),
        }
    }
    let cited_list = cited
        .iter()
        .map(|n| format!("{n}/2018"))
        .collect::<Vec<_>>()
        .join(", ");
    for (c, entries) in missing {
        let names = entries
            .iter()
            .map(|e| e.school.value.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        sink.push(
            Diagnostic::new(
                &rules::BASIS_CIRCULAR_MISSING,
                msg!(
                    "basis-circular-missing",
                    cited = cited_list,
                    schools = names,
                    circular = c.title,
                    governs = c.governs
                ),
            )
            .at(&plan.file, plan.basis[0].span.clone())
            .help(msg!("basis-circular-missing-help", circular = c.title))
            .reference(format!("{}: {}", c.title, facts().kinds.reference)),
        );
    }
}

/// One entry, its roster school and the circular governing it.
struct At<'a> {
    plan: &'a Plan,
    entry: &'a Entry,
    school: &'a School,
    circular: &'static Circular,
}

impl At<'_> {
    fn finding(
        &self,
        rule: &'static Rule,
        span: crate::text::source::Span,
        message: Message,
        fact: &str,
    ) -> Diagnostic {
        Diagnostic::new(rule, message)
            .at(&self.plan.file, span)
            .school(&self.entry.school.value)
            .reference(format!("{}: {fact}", self.circular.title))
    }

    fn action_span(&self) -> crate::text::source::Span {
        self.entry
            .action
            .as_ref()
            .map_or(self.entry.school.span.clone(), |a| a.span.clone())
    }

    fn name(&self) -> &str {
        &self.entry.school.value
    }

    fn first_recognition(&self, year: i32, sink: &mut Sink) {
        let (Some(level), Some(made)) = (
            self.school.standard_held_at_start(year),
            self.school.standard_year,
        ) else {
            return;
        };
        let ends = made.year + facts().term.years;
        let help = if level == 1 && self.entry.level.as_ref().is_some_and(|l| l.value == 2) {
            msg!("new-but-recognised-raise")
        } else if ends <= year {
            msg!("new-but-recognised-renew", ends = ends)
        } else {
            msg!("new-but-recognised-later", ends = ends)
        };
        let message = msg!(
            "new-but-recognised",
            school = self.name(),
            level = level,
            made = made.year,
            ends = ends
        );
        sink.push(
            self.finding(
                &rules::NEW_BUT_RECOGNISED,
                self.action_span(),
                message,
                &facts().term.reference,
            )
            .help(help),
        );
    }

    fn renew(&self, year: i32, sink: &mut Sink) {
        let term = &facts().term;
        let (Some(made), Some(held_level)) =
            (self.school.standard_year, self.school.standard_level)
        else {
            let message = msg!("renew-never-recognised", school = self.name());
            let d = self.finding(
                &rules::RENEW_NOT_HELD,
                self.action_span(),
                message,
                &term.reference,
            );
            sink.push(d.help(msg!("renew-never-recognised-help")));
            return;
        };
        if let Some(level) = &self.entry.level
            && level.value > i64::from(held_level)
        {
            let message = msg!(
                "renew-other-level",
                school = self.name(),
                asked = level.value,
                held = held_level
            );
            let d = self.finding(
                &rules::RENEW_NOT_HELD,
                level.span.clone(),
                message,
                &term.reference,
            );
            sink.push(d.help(msg!("renew-other-level-help")));
        }
        let ends = made.year + term.years;
        if ends > year {
            let message = msg!(
                "renew-too-early",
                school = self.name(),
                made = made.year,
                ends = ends,
                year = year
            );
            let d = self.finding(
                &rules::RENEW_TOO_EARLY,
                self.action_span(),
                message,
                &term.reference,
            );
            sink.push(d.help(msg!("renew-too-early-help", ends = ends)));
        }
    }

    fn raise(&self, year: i32, on: NaiveDate, sink: &mut Sink) {
        let raise = &facts().raise;
        if let Some(level) = &self.entry.level
            && level.value != 2
        {
            let message = msg!(
                "raise-to-level-2",
                school = self.name(),
                asked = level.value
            );
            sink.push(self.finding(
                &rules::RAISE_NOT_LEVEL_1,
                level.span.clone(),
                message,
                &raise.standard_reference,
            ));
        }
        let made = self.school.standard_year;
        let message = match (self.school.standard_held_at_start(year), made) {
            (Some(1), Some(made)) => {
                let since = made.date.unwrap_or_else(|| {
                    NaiveDate::from_ymd_opt(made.year, 1, 1).unwrap_or_default()
                });
                let ready = since + Months::new(12 * raise.standard_wait_years as u32);
                if on < ready {
                    let message = msg!(
                        "raise-too-soon",
                        school = self.name(),
                        made = made.year,
                        wait = raise.standard_wait_years,
                        ready = ready.format("%d/%m/%Y")
                    );
                    let d = self.finding(
                        &rules::RAISE_TOO_SOON,
                        self.action_span(),
                        message,
                        &raise.standard_reference,
                    );
                    sink.push(d.help(msg!("raise-too-soon-help")));
                }
                return;
            }
            (Some(level), _) => msg!("raise-already-level-2", school = self.name(), level = level),
            (None, _) => msg!("raise-without-level-1", school = self.name()),
        };
        let d = self.finding(
            &rules::RAISE_NOT_LEVEL_1,
            self.action_span(),
            message,
            &raise.standard_reference,
        );
        sink.push(d.help(msg!("raise-not-level-1-help")));
    }

    fn accreditation(&self, on: NaiveDate, sink: &mut Sink) {
        let Some(asked) = &self.entry.accreditation else {
            return;
        };
        // The national-standard level the entry aims at, stated or implied by a raise.
        let target = self
            .entry
            .level
            .as_ref()
            .map(|l| l.value)
            .or(match &self.entry.action {
                Some(a) if a.value == Action::Raise => Some(2),
                _ => None,
            });
        if let Some(target) = target {
            let needed = circular::muc_needed(target);
            if asked.value < needed {
                let message = msg!(
                    "accreditation-below-standard",
                    asked = asked.value,
                    level = target,
                    needed = needed
                );
                let d = self.finding(
                    &rules::ACCREDITATION_BELOW_STANDARD,
                    asked.span.clone(),
                    message,
                    &facts().standard_level.reference,
                );
                sink.push(d.help(msg!(
                    "accreditation-below-standard-help",
                    needed = needed,
                    level = target
                )));
            }
        }
        let (Some(held), Some(made)) = (
            self.school.accreditation_level,
            self.school.accreditation_year,
        ) else {
            return;
        };
        if asked.value <= i64::from(held) {
            return;
        }
        let wait = circular::accreditation_wait(on);
        let since = made
            .date
            .unwrap_or_else(|| NaiveDate::from_ymd_opt(made.year, 1, 1).unwrap_or_default());
        let ready = since + Months::new(12 * wait as u32);
        if on < ready {
            let r = &facts().raise;
            let message = msg!(
                "accreditation-raise-too-soon",
                school = self.name(),
                held = held,
                made = made.year,
                asked = asked.value,
                wait = wait,
                ready = ready.format("%d/%m/%Y"),
                on = on.format("%d/%m/%Y")
            );
            let d = self.finding(
                &rules::ACCREDITATION_RAISE_TOO_SOON,
                asked.span.clone(),
                message,
                &r.accreditation_reference,
            );
            sink.push(d.help(msg!(
                "accreditation-raise-too-soon-help",
                amended = circular::date(&r.amended_from).format("%d/%m/%Y")
            )));
        }
    }

    fn operation(&self, kind: &Kind, year: i32, sink: &mut Sink) {
        let Some(founded) = self.school.founded else {
            return;
        };
        let needed = circular::operation_years(kind);
        if year - founded >= needed {
            return;
        }
        let message = msg!(
            "school-too-young",
            school = self.name(),
            founded = founded,
            years = year - founded,
            needed = needed,
            kind = kind
        );
        let mut d = self.finding(
            &rules::SCHOOL_TOO_YOUNG,
            self.entry.school.span.clone(),
            message,
            &facts().operation.reference,
        );
        d = match &self.school.note {
            Some(note) => d.help(msg!("school-too-young-note", note = note)),
            None => d.help(msg!("school-too-young-help", ready = founded + needed)),
        };
        sink.push(d);
    }

    /// With the recognition's full date, the wave's month against its expiry.
    fn timing(&self, sink: &mut Sink) {
        let Some(made) = self.school.standard_year.and_then(|m| m.date) else {
            return;
        };
        let Some(wave) = &self.entry.wave else { return };
        let Some(month) = self
            .plan
            .waves
            .iter()
            .find(|w| w.number.value == wave.value)
            .and_then(|w| w.month.as_ref())
        else {
            return;
        };
        let term = &facts().term;
        let expires = made + Months::new(12 * term.years as u32);
        let (wy, wm) = month.value;
        let wave_index = wy * 12 + wm as i32;
        let expiry_index = expires.year() * 12 + expires.month() as i32;
        let wave_shown = format!("{wm:02}/{wy}");
        let expires_shown = expires.format("%d/%m/%Y").to_string();
        let ahead = facts().renewal.registration_months_before_expiry as i32;
        let span = month.span.clone();
        if wave_index > expiry_index {
            let message = msg!(
                "renewal-after-expiry",
                school = self.name(),
                wave = wave.value,
                month = wave_shown,
                expires = expires_shown
            );
            sink.push(
                self.finding(&rules::RENEWAL_AFTER_EXPIRY, span, message, &term.reference)
                    .help(msg!("renewal-after-expiry-help")),
            );
        } else if expiry_index - wave_index < ahead {
            let latest = expires - Months::new(ahead as u32);
            let message = msg!(
                "renewal-registration-late",
                school = self.name(),
                wave = wave.value,
                month = wave_shown,
                expires = expires_shown,
                months = ahead
            );
            let d = self.finding(
                &rules::RENEWAL_REGISTRATION_LATE,
                span,
                message,
                &facts().renewal.reference,
            );
            sink.push(d.help(msg!(
                "renewal-registration-late-help",
                months = ahead,
                latest = latest.format("%m/%Y")
            )));
        }
    }
}
