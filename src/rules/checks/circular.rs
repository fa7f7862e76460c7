//! What the circulars allow each action to ask for, given the roster and the
//! plan's year: KD401–KD412. The facts (terms, waiting times, levels, dates)
//! come from `data/circulars.toml`.

use chrono::{Datelike, Months, NaiveDate};

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::diag::rule::Rule;
use crate::model::circular::{self, Circular, facts};
use crate::model::kind::Kind;
use crate::model::plan::{Action, Entry, Plan};
use crate::model::roster::School;
use crate::msg;
use crate::rules;
use crate::rules::context::PlanContext;

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
                msg!(DISTRICT_ISSUER, issuer = issuer.value, date = date),
            )
            .at(&plan.file, issuer.span.clone())
            .help(msg!(DISTRICT_ISSUER_HELP))
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
        let kind = crate::model::matching::entry_kind(entry, school);
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
                    BASIS_CIRCULAR_MISSING,
                    cited = cited_list,
                    schools = names,
                    circular = c.title,
                    governs = c.governs
                ),
            )
            .at(&plan.file, plan.basis[0].span.clone())
            .help(msg!(BASIS_CIRCULAR_MISSING_HELP, circular = c.title))
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
            msg!(NEW_BUT_RECOGNISED_RAISE)
        } else if ends <= year {
            msg!(NEW_BUT_RECOGNISED_RENEW, ends = ends)
        } else {
            msg!(NEW_BUT_RECOGNISED_LATER, ends = ends)
        };
        let message = msg!(
            NEW_BUT_RECOGNISED,
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
            let message = msg!(RENEW_NEVER_RECOGNISED, school = self.name());
            let d = self.finding(
                &rules::RENEW_NOT_HELD,
                self.action_span(),
                message,
                &term.reference,
            );
            sink.push(d.help(msg!(RENEW_NEVER_RECOGNISED_HELP)));
            return;
        };
        if let Some(level) = &self.entry.level
            && level.value > i64::from(held_level)
        {
            let message = msg!(
                RENEW_OTHER_LEVEL,
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
            sink.push(d.help(msg!(RENEW_OTHER_LEVEL_HELP)));
        }
        let ends = made.year + term.years;
        if ends > year {
            let message = msg!(
                RENEW_TOO_EARLY,
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
            sink.push(d.help(msg!(RENEW_TOO_EARLY_HELP, ends = ends)));
        }
    }

    fn raise(&self, year: i32, on: NaiveDate, sink: &mut Sink) {
        let raise = &facts().raise;
        if let Some(level) = &self.entry.level
            && level.value != 2
        {
            let message = msg!(RAISE_TO_LEVEL_2, school = self.name(), asked = level.value);
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
                        RAISE_TOO_SOON,
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
                    sink.push(d.help(msg!(RAISE_TOO_SOON_HELP)));
                }
                return;
            }
            (Some(level), _) => msg!(RAISE_ALREADY_LEVEL_2, school = self.name(), level = level),
            (None, _) => msg!(RAISE_WITHOUT_LEVEL_1, school = self.name()),
        };
        let d = self.finding(
            &rules::RAISE_NOT_LEVEL_1,
            self.action_span(),
            message,
            &raise.standard_reference,
        );
        sink.push(d.help(msg!(RAISE_NOT_LEVEL_1_HELP)));
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
                    ACCREDITATION_BELOW_STANDARD,
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
                    ACCREDITATION_BELOW_STANDARD_HELP,
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
                ACCREDITATION_RAISE_TOO_SOON,
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
                ACCREDITATION_RAISE_TOO_SOON_HELP,
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
            SCHOOL_TOO_YOUNG,
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
            Some(note) => d.help(msg!(SCHOOL_TOO_YOUNG_NOTE, note = note)),
            None => d.help(msg!(SCHOOL_TOO_YOUNG_HELP, ready = founded + needed)),
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
                RENEWAL_AFTER_EXPIRY,
                school = self.name(),
                wave = wave.value,
                month = wave_shown,
                expires = expires_shown
            );
            sink.push(
                self.finding(&rules::RENEWAL_AFTER_EXPIRY, span, message, &term.reference)
                    .help(msg!(RENEWAL_AFTER_EXPIRY_HELP)),
            );
        } else if expiry_index - wave_index < ahead {
            let latest = expires - Months::new(ahead as u32);
            let message = msg!(
                RENEWAL_REGISTRATION_LATE,
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
                RENEWAL_REGISTRATION_LATE_HELP,
                months = ahead,
                latest = latest.format("%m/%Y")
            )));
        }
    }
}

crate::texts! {
    pub(crate) DISTRICT_ISSUER = "district-issuer" {
        "the plan is issued by \"{issuer}\", a district body, but districts no longer exist from {date}",
        "kế hoạch do \"{issuer}\" (cơ quan cấp huyện) ban hành, nhưng từ ngày {date} không còn tổ chức cấp huyện",
    }
    pub(crate) DISTRICT_ISSUER_HELP = "district-issuer-help" {
        "plans are now issued by the commune or ward (UBND xã, phường; Phòng Văn hóa - Xã hội) or by the province",
        "kế hoạch nay do cấp xã (UBND xã, phường; Phòng Văn hóa - Xã hội) hoặc cấp tỉnh ban hành",
    }
    pub(crate) BASIS_CIRCULAR_MISSING = "basis-circular-missing" {
        "the basis cites Thông tư {cited}, but {schools} {schools:is/are} governed by {circular} ({governs})",
        "phần căn cứ dẫn Thông tư {cited}, nhưng {schools} thuộc phạm vi điều chỉnh của {circular} ({governs})",
    }
    pub(crate) BASIS_CIRCULAR_MISSING_HELP = "basis-circular-missing-help" {
        "add {circular} to `basis`",
        "bổ sung {circular} vào `basis`",
    }
    pub(crate) NEW_BUT_RECOGNISED = "new-but-recognised" {
        "{school} already holds a national-standard recognition at level {level} (made {made}, its term ends in {ends}), so it is not a first recognition",
        "{school} đang được công nhận đạt chuẩn quốc gia mức độ {level} (công nhận năm {made}, hết thời hạn năm {ends}), nên không phải công nhận mới",
    }
    pub(crate) NEW_BUT_RECOGNISED_RAISE = "new-but-recognised-raise" {
        "to go from level 1 to level 2 write action = \"raise\"",
        "để nâng từ mức độ 1 lên mức độ 2, ghi action = \"raise\"",
    }
    pub(crate) NEW_BUT_RECOGNISED_RENEW = "new-but-recognised-renew" {
        "its term ends in {ends}: write action = \"renew\"",
        "trường hết thời hạn công nhận trong năm {ends}: ghi action = \"renew\"",
    }
    pub(crate) NEW_BUT_RECOGNISED_LATER = "new-but-recognised-later" {
        "its term runs until {ends}: renew it then, or raise it to level 2 with action = \"raise\"",
        "thời hạn công nhận còn đến năm {ends}: đề nghị công nhận lại vào năm đó, hoặc nâng lên mức độ 2 với action = \"raise\"",
    }
    pub(crate) RENEW_NEVER_RECOGNISED = "renew-never-recognised" {
        "{school} has never been recognised (the roster has no national-standard level for it), so it cannot be recognised again",
        "{school} chưa từng được công nhận (danh sách trường không ghi mức độ đạt chuẩn quốc gia của trường), nên không thể công nhận lại",
    }
    pub(crate) RENEW_NEVER_RECOGNISED_HELP = "renew-never-recognised-help" {
        "write action = \"new\" for a first recognition, or add its recognition to the roster",
        "ghi action = \"new\" nếu là công nhận lần đầu, hoặc bổ sung thông tin công nhận vào danh sách trường",
    }
    pub(crate) RENEW_OTHER_LEVEL = "renew-other-level" {
        "{school} asks to be renewed at level {asked}, but it holds level {held}",
        "{school} đề nghị công nhận lại mức độ {asked}, nhưng trường đang đạt mức độ {held}",
    }
    pub(crate) RENEW_OTHER_LEVEL_HELP = "renew-other-level-help" {
        "a renewal keeps the level; to go from level 1 to level 2 write action = \"raise\"",
        "công nhận lại giữ nguyên mức độ; để nâng từ mức độ 1 lên mức độ 2, ghi action = \"raise\"",
    }
    pub(crate) RENEW_TOO_EARLY = "renew-too-early" {
        "{school} was recognised in {made}; its term runs until {ends}, after the plan year {year}",
        "{school} được công nhận năm {made}; thời hạn công nhận còn đến năm {ends}, sau năm kế hoạch {year}",
    }
    pub(crate) RENEW_TOO_EARLY_HELP = "renew-too-early-help" {
        "renew it in the plan of {ends}, or correct standard_year in the roster",
        "đưa trường vào kế hoạch năm {ends}, hoặc sửa standard_year trong danh sách trường",
    }
    pub(crate) RAISE_TO_LEVEL_2 = "raise-to-level-2" {
        "{school} is raised to level {asked}, but a raise goes from level 1 to level 2",
        "{school} được đề nghị nâng lên mức độ {asked}, nhưng nâng mức độ là từ mức độ 1 lên mức độ 2",
    }
    pub(crate) RAISE_ALREADY_LEVEL_2 = "raise-already-level-2" {
        "{school} already holds level {level}; there is no higher national-standard level",
        "{school} đã đạt mức độ {level}; không có mức độ đạt chuẩn quốc gia cao hơn",
    }
    pub(crate) RAISE_WITHOUT_LEVEL_1 = "raise-without-level-1" {
        "{school} holds no valid level-1 recognition at the start of the plan year, so it cannot be raised",
        "{school} không có quyết định công nhận mức độ 1 còn hiệu lực vào đầu năm kế hoạch, nên không thể nâng mức độ",
    }
    pub(crate) RAISE_NOT_LEVEL_1_HELP = "raise-not-level-1-help" {
        "for a school without a valid recognition write action = \"new\" (or \"renew\" if its term has ended) with the level it asks for",
        "với trường không có quyết định công nhận còn hiệu lực, ghi action = \"new\" (hoặc \"renew\" nếu đã hết thời hạn) kèm mức độ đề nghị",
    }
    pub(crate) RAISE_TOO_SOON = "raise-too-soon" {
        "{school} has held level 1 since {made}; a raise to level 2 waits {wait} years, until {ready}",
        "{school} được công nhận mức độ 1 từ năm {made}; chỉ được đề nghị nâng lên mức độ 2 sau {wait} năm, tức là từ ngày {ready}",
    }
    pub(crate) RAISE_TOO_SOON_HELP = "raise-too-soon-help" {
        "the 2-year wait comes from the original circulars; whether Circular 22/2024 shortened it is not confirmed (see `kdcl explain KD406`)",
        "thời gian 2 năm theo văn bản gốc của các thông tư; chưa xác nhận Thông tư 22/2024 có rút ngắn hay không (xem `kdcl explain KD406`)",
    }
    pub(crate) ACCREDITATION_BELOW_STANDARD = "accreditation-below-standard" {
        "accreditation level {asked} is below what national-standard level {level} needs (Mức {needed} or higher)",
        "kiểm định cấp độ {asked} chưa đủ cho đạt chuẩn quốc gia mức độ {level} (cần đạt Mức {needed} trở lên)",
    }
    pub(crate) ACCREDITATION_BELOW_STANDARD_HELP = "accreditation-below-standard-help" {
        "write accreditation = {needed} or higher, or lower the national-standard level",
        "ghi accreditation = {needed} trở lên, hoặc hạ mức độ đạt chuẩn quốc gia đề nghị",
    }
    pub(crate) ACCREDITATION_RAISE_TOO_SOON = "accreditation-raise-too-soon" {
        "{school} holds accreditation level {held} since {made}; level {asked} can be asked for after {wait} {wait:year/years}, from {ready} (rule in force on {on})",
        "{school} đạt kiểm định cấp độ {held} từ năm {made}; chỉ được đề nghị cấp độ {asked} sau {wait} năm, tức là từ ngày {ready} (theo quy định có hiệu lực tại ngày {on})",
    }
    pub(crate) ACCREDITATION_RAISE_TOO_SOON_HELP = "accreditation-raise-too-soon-help" {
        "the wait is 2 years for plans dated before {amended} and 1 year from then (Circular 22/2024)",
        "thời gian chờ là 2 năm đối với kế hoạch ban hành trước ngày {amended} và 1 năm kể từ ngày đó (Thông tư 22/2024)",
    }
    pub(crate) SCHOOL_TOO_YOUNG = "school-too-young" {
        "{school} was founded in {founded}: {years} {years:year/years} of operation, but a {kind} school needs {needed}",
        "{school} thành lập năm {founded}: mới hoạt động {years} năm, nhưng trường {kind} cần ít nhất {needed} năm",
    }
    pub(crate) SCHOOL_TOO_YOUNG_HELP = "school-too-young-help" {
        "plan its recognition for {ready} or later, or correct `founded` in the roster",
        "đề nghị công nhận từ năm {ready} trở đi, hoặc sửa `founded` trong danh sách trường",
    }
    pub(crate) SCHOOL_TOO_YOUNG_NOTE = "school-too-young-note" {
        "the roster's note says: \"{note}\"; if a merger carries the school's history, this finding can be accepted",
        "ghi chú trong danh sách trường: \"{note}\"; nếu trường được sáp nhập và kế thừa quá trình hoạt động thì có thể chấp nhận phát hiện này",
    }
    pub(crate) RENEWAL_AFTER_EXPIRY = "renewal-after-expiry" {
        "{school} is renewed in wave {wave} ({month}), after its recognition expires on {expires}",
        "{school} được đề nghị công nhận lại trong đợt {wave} ({month}), sau khi quyết định công nhận hết hạn ngày {expires}",
    }
    pub(crate) RENEWAL_AFTER_EXPIRY_HELP = "renewal-after-expiry-help" {
        "put it in a wave before its expiry, or the school is without recognition in between",
        "xếp trường vào một đợt trước ngày hết hạn, nếu không trường sẽ bị gián đoạn công nhận từ khi hết hạn đến khi được công nhận lại",
    }
    pub(crate) RENEWAL_REGISTRATION_LATE = "renewal-registration-late" {
        "{school} is renewed in wave {wave} ({month}), less than {months} months before its recognition expires on {expires}",
        "{school} được đề nghị công nhận lại trong đợt {wave} ({month}), chưa đến {months} tháng trước khi quyết định công nhận hết hạn ngày {expires}",
    }
    pub(crate) RENEWAL_REGISTRATION_LATE_HELP = "renewal-registration-late-help" {
        "registration for external evaluation is due {months} months ahead, by {latest}",
        "phải đăng ký đánh giá ngoài trước ít nhất {months} tháng, chậm nhất trong tháng {latest}",
    }
}
