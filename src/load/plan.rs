//! Reading a plan from TOML: every value with its span, every problem a
//! located finding.

use std::sync::Arc;

use chrono::NaiveDate;
use toml::de::{DeTable, DeValue};

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::load::tomlwalk::Fields;
use crate::load::vndate;
use crate::model::kind::Kind;
use crate::model::plan::*;
use crate::msg;
use crate::rules;
use crate::rules::plan::invalid_value::{
    ACTION_DID_YOU_MEAN, ACTIONS_HELP, DUPLICATE_KIND_KEY, INVALID_MONTH, KIND_KEYS_HELP,
    LEVEL_IS_ACCREDITATION, LEVEL_IS_ACCREDITATION_HELP, MONTH_CONVERTED, RENEW_AND_MAINTAIN,
    UNKNOWN_ACTION, UNKNOWN_ENCODING, UNKNOWN_KIND_KEY,
};
use crate::rules::plan::missing_key::{MISSING_PLAN_TABLE, MISSING_PLAN_TABLE_HELP};
use crate::rules::plan::{empty_plan, invalid_due};
use crate::text::encoding::Encoding;
use crate::text::source::{Loc, SourceFile, Span};

use crate::load::counts::{self, MAX_COUNT, target};

/// Reads a plan. Returns `None` when the file is empty or not TOML; every
/// problem found on the way is in `sink`.
pub fn load(file: &Arc<SourceFile>, sink: &mut Sink) -> Option<Plan> {
    // A lone CR ends a line too (old Macs): a comment is not the whole file.
    if file.text.split(['\n', '\r']).all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#')
    }) {
        sink.push(Diagnostic::new(&rules::EMPTY_PLAN, msg!(empty_plan::MESSAGE)).in_file(file));
        return None;
    }
    // Counted before parsing: what the parser would hold stays bounded.
    if let Some((at, bound)) = crate::load::limits::toml_too_large(&file.text) {
        sink.push(Diagnostic::new(&rules::UNREADABLE_FILE, bound.message()).at(file, at..at + 1));
        return None;
    }
    let Ok(root) = DeTable::parse(&file.text) else {
        crate::load::syntax::report(file, sink);
        return None;
    };
    let mut top = Fields::new(root.get_ref(), 0..0, "", TOP_KEYS, file, sink);

    let header = top.table("plan");
    let targets = top.table("targets");
    let waves = top.tables("wave");
    let schools = top.tables("school");
    let tasks = top.tables("task");
    let notes = top.tables("note");
    let allows = top.tables("allow");
    top.finish();

    let header_span = header.as_ref().map_or(0..0, |(_, s)| s.clone());
    let mut plan = Plan {
        file: file.clone(),
        header_span: header_span.clone(),
        title: None,
        issuer: None,
        area: None,
        province: None,
        year: None,
        period: None,
        number: None,
        issued: None,
        roster: None,
        roster_encoding: None,
        roster_sheet: None,
        basis: Vec::new(),
        evaluation: None,
        targets: Targets::default(),
        targets_span: targets.as_ref().map(|(_, s)| s.clone()),
        waves: Vec::new(),
        schools: Vec::new(),
        tasks: Vec::new(),
        notes: Vec::new(),
        allows: Vec::new(),
    };

    match header {
        Some((table, span)) => read_header(&mut plan, table, span, sink),
        None => sink.push(
            Diagnostic::new(&rules::MISSING_KEY, msg!(MISSING_PLAN_TABLE))
                .at(file, 0..0)
                .help(msg!(MISSING_PLAN_TABLE_HELP)),
        ),
    }
    if let Some((table, span)) = targets {
        plan.targets = read_targets(table, span, file, sink);
    }
    let year = plan.years().map(|(from, _)| from);
    plan.waves = waves
        .into_iter()
        .filter_map(|(t, span)| read_wave(t, span, (file, year), sink))
        .collect();
    plan.schools = schools
        .into_iter()
        .filter_map(|(t, span)| read_entry(t, span, file, sink))
        .collect();
    plan.tasks = tasks
        .into_iter()
        .map(|(t, span)| read_task(t, span, (file, year), sink))
        .collect();
    plan.notes = notes
        .into_iter()
        .filter_map(|(t, span)| read_note(t, span, file, sink))
        .collect();
    plan.allows = allows
        .into_iter()
        .filter_map(|(t, span)| read_allow(t, span, file, sink))
        .collect();
    Some(plan)
}

fn read_header(plan: &mut Plan, table: &DeTable<'_>, span: Span, sink: &mut Sink) {
    let file = plan.file.clone();
    let mut f = Fields::new(table, span, "plan", PLAN_KEYS, &file, sink);
    for key in ["title", "issuer", "area", "province"] {
        let value = f.string(key);
        if value.is_none() && f.entry(key).is_none() {
            f.missing(key);
        }
        match key {
            "title" => plan.title = value,
            "issuer" => plan.issuer = value,
            "area" => plan.area = value,
            _ => plan.province = value,
        }
    }
    plan.year = f.integer("year", FIRST_YEAR as i64, LAST_YEAR as i64);
    plan.period = period(&mut f);
    match (f.entry("year"), f.entry("period")) {
        (None, None) => f.missing("year"),
        (Some(_), Some((k, _))) => f.sink.push(
            Diagnostic::new(&rules::INVALID_VALUE, msg!(YEAR_AND_PERIOD)).at(&file, k.span()),
        ),
        _ => {}
    }
    plan.number = f.string("number");
    plan.issued = f.date("issued");
    plan.roster = f.string("roster");
    plan.roster_encoding = f.string("roster_encoding").and_then(|e| {
        let parsed = Encoding::parse(&e.value);
        if parsed.is_none() {
            f.sink.push(
                Diagnostic::new(
                    &rules::INVALID_VALUE,
                    msg!(
                        UNKNOWN_ENCODING,
                        value = e.value,
                        accepted = Encoding::ACCEPTED
                    ),
                )
                .at(&file, e.span.clone()),
            );
        }
        parsed.map(|p| Loc::new(p, e.span))
    });
    plan.roster_sheet = f.string("roster_sheet");
    plan.basis = f.strings("basis");
    plan.evaluation = f.string("evaluation");
    f.finish();
}

/// `period = "2026-2030"`: first year, a dash, last year, first <= last.
fn period(f: &mut Fields<'_, '_, '_>) -> Option<Loc<(i64, i64)>> {
    let written = f.string("period")?;
    let parsed = parse_period(written.value.trim()).filter(|(from, to)| {
        let years = FIRST_YEAR as i64..=LAST_YEAR as i64;
        years.contains(from) && years.contains(to)
    });
    if parsed.is_none() {
        let file = f.file().clone();
        f.sink.push(
            Diagnostic::new(
                &rules::INVALID_VALUE,
                msg!(INVALID_PERIOD, value = written.value),
            )
            .at(&file, written.span.clone()),
        );
    }
    parsed.map(|p| Loc::new(p, written.span))
}

fn read_targets(
    table: &DeTable<'_>,
    span: Span,
    file: &Arc<SourceFile>,
    sink: &mut Sink,
) -> Targets {
    let mut f = Fields::new(table, span, "targets", TARGET_KEYS, file, sink);
    let mut t = Targets {
        total: target(&mut f, "total"),
        new: target(&mut f, "new"),
        renew: target(&mut f, "renew"),
        raise: target(&mut f, "raise"),
        accredit: target(&mut f, "accredit"),
        kept: target(&mut f, "kept"),
        recognised_after: target(&mut f, "recognised_after"),
        level2_after: target(&mut f, "level2_after"),
        schools_total: target(&mut f, "schools_total"),
        by_kind: Vec::new(),
        share_after: counts::share(&mut f, "recognised_share"),
        share_before: counts::share(&mut f, "recognised_share_before"),
        by_year: Vec::new(),
    };
    // `kept` (version 1) is an alias of `recognised_before`.
    if let Some(before) = target(&mut f, "recognised_before") {
        if let Some(kept) = &t.kept {
            f.sink.push(
                Diagnostic::new(&rules::INVALID_VALUE, msg!(KEPT_AND_BEFORE))
                    .at(file, kept.key_span.clone()),
            );
        } else {
            t.kept = Some(before);
        }
    }
    if let Some((by_year, span)) = f.table("by_year") {
        t.by_year = counts::by_year(by_year, span, file, f.sink);
    }
    if let Some(maintain) = target(&mut f, "maintain") {
        if t.renew.is_some() {
            f.sink.push(
                Diagnostic::new(&rules::INVALID_VALUE, msg!(RENEW_AND_MAINTAIN))
                    .at(file, maintain.key_span.clone()),
            );
        } else {
            t.renew = Some(maintain);
        }
    }
    if let Some((by_kind, span)) = f.table("by_kind") {
        let mut kinds = Fields::new(by_kind, span, "targets.by_kind", &[], file, f.sink);
        for (k, _) in kinds.entries() {
            let key = k.get_ref().to_string();
            let Some(kind) = Kind::parse(&key) else {
                kinds.sink.push(
                    Diagnostic::new(&rules::INVALID_VALUE, msg!(UNKNOWN_KIND_KEY, key = key))
                        .at(file, k.span())
                        .help(msg!(KIND_KEYS_HELP)),
                );
                continue;
            };
            let Some(target) = target(&mut kinds, &key) else {
                continue;
            };
            if let Some((_, first)) = t.by_kind.iter().find(|(existing, _)| *existing == kind) {
                let first_key = first.key.clone();
                kinds.sink.push(
                    Diagnostic::new(
                        &rules::INVALID_VALUE,
                        msg!(DUPLICATE_KIND_KEY, key = key, first = first_key),
                    )
                    .at(file, k.span()),
                );
                continue;
            }
            t.by_kind.push((kind, target));
        }
        // Every key was judged above; unknown ones are not "unknown keys" here.
    }
    f.finish();
    t
}

fn read_wave(
    table: &DeTable<'_>,
    span: Span,
    (file, year): (&Arc<SourceFile>, Option<i64>),
    sink: &mut Sink,
) -> Option<Wave> {
    let mut f = Fields::new(table, span, "wave", WAVE_KEYS, file, sink);
    let number = f.integer("number", 0, 1000);
    if f.entry("number").is_none() {
        f.missing("number");
    }
    let month = f.entry("month").and_then(|(_, v)| {
        let parsed = match v.get_ref() {
            DeValue::String(s) => parse_month(s).or_else(|| vndate::month(s)),
            DeValue::Datetime(dt) if dt.time.is_none() => {
                dt.date.map(|d| (d.year.into(), d.month.into()))
            }
            _ => None,
        };
        if parsed.is_none() {
            let written = &file.text[v.span()];
            // The user's own value converted, else an example in the plan's year.
            let converted = vndate::converted(written.trim_matches('"'))
                .filter(|c| c.len() == 7 && !c.contains('Q'));
            let message = match &converted {
                Some(month) => msg!(MONTH_CONVERTED, key = "wave.month", month = month),
                None => {
                    let y = vndate::year_in(written).map_or(year.unwrap_or(2026), i64::from);
                    msg!(INVALID_MONTH, key = "wave.month", year = y)
                }
            };
            f.sink
                .push(Diagnostic::new(&rules::INVALID_VALUE, message).at(file, v.span()));
        }
        parsed.map(|m| Loc::new(m, v.span()))
    });
    let schools = f.integer("schools", 0, MAX_COUNT);
    f.finish();
    Some(Wave {
        number: number?,
        month,
        schools,
    })
}

/// The action spelling nearest to `value` when exactly one is within reach
/// of a misspelling, as the plan would write it.
pub fn nearest_action(value: &str) -> Option<&'static str> {
    let spellings: Vec<&'static str> = Action::SPELLINGS.iter().map(|(s, _)| *s).collect();
    crate::load::tomlwalk::only_near(value, &spellings)
}

fn parse_month(text: &str) -> Option<(i32, u32)> {
    let (y, m) = text.trim().split_once('-')?;
    let (year, month): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
    (y.len() == 4 && m.len() == 2 && (1..=12).contains(&month)).then_some((year, month))
}

fn read_entry(
    table: &DeTable<'_>,
    span: Span,
    file: &Arc<SourceFile>,
    sink: &mut Sink,
) -> Option<Entry> {
    let mut f = Fields::new(table, span.clone(), "school", SCHOOL_KEYS, file, sink);
    let school = f.string("school");
    if f.entry("school").is_none() {
        f.missing("school");
    }
    let action = f
        .string("action")
        .and_then(|a| match Action::parse(&a.value) {
            Some(action) => Some(Loc::new(action, a.span)),
            None => {
                // The nearest spelling, in the words the user wrote, else every one.
                let help = match nearest_action(&a.value) {
                    Some(near) => msg!(ACTION_DID_YOU_MEAN, suggestion = near),
                    None => msg!(ACTIONS_HELP),
                };
                f.sink.push(
                    Diagnostic::new(&rules::INVALID_VALUE, msg!(UNKNOWN_ACTION, value = a.value))
                        .at(file, a.span)
                        .help(help),
                );
                None
            }
        });
    if f.entry("action").is_none() {
        f.missing("action");
    }
    // Cấp độ (accreditation) 3 and 4 are often written as a level.
    let level = match f.raw_integer("level") {
        Some((n @ 3..=4, at)) => {
            f.sink.push(
                Diagnostic::new(
                    &rules::INVALID_VALUE,
                    msg!(LEVEL_IS_ACCREDITATION, value = n),
                )
                .at(file, at)
                .help(msg!(LEVEL_IS_ACCREDITATION_HELP, value = n)),
            );
            None
        }
        _ => f.integer("level", 1, 2),
    };
    let accreditation = f.integer("accreditation", 1, 4);
    let wave = f.integer("wave", 0, 1000);
    let note = f.string("note");
    f.finish();
    Some(Entry {
        span,
        level,
        accreditation,
        wave,
        note,
        school: school?,
        action,
    })
}

fn read_note(
    table: &DeTable<'_>,
    span: Span,
    file: &Arc<SourceFile>,
    sink: &mut Sink,
) -> Option<Note> {
    let mut f = Fields::new(table, span.clone(), "note", NOTE_KEYS, file, sink);
    let school = f.string("school");
    if f.entry("school").is_none() {
        f.missing("school");
    }
    let text = f.string("text");
    if f.entry("text").is_none() {
        f.missing("text");
    }
    f.finish();
    Some(Note {
        span,
        school: school?,
        text,
    })
}

fn read_allow(
    table: &DeTable<'_>,
    span: Span,
    file: &Arc<SourceFile>,
    sink: &mut Sink,
) -> Option<Allow> {
    let mut f = Fields::new(table, span.clone(), "allow", ALLOW_KEYS, file, sink);
    let rule = f
        .string("rule")
        .and_then(|r| match crate::rules::find(&r.value) {
            Some(rule) => Some(Loc::new(rule, r.span)),
            None => {
                f.sink.push(
                    Diagnostic::new(&rules::INVALID_VALUE, msg!(UNKNOWN_RULE, value = r.value))
                        .at(file, r.span)
                        .help(msg!(UNKNOWN_RULE_HELP)),
                );
                None
            }
        });
    if f.entry("rule").is_none() {
        f.missing("rule");
    }
    let allow = Allow {
        span,
        rule: rule?,
        school: f.string("school"),
        reason: f.string("reason"),
        until: f.date("until"),
    };
    f.finish();
    Some(allow)
}

fn read_task(
    table: &DeTable<'_>,
    span: Span,
    (file, year): (&Arc<SourceFile>, Option<i64>),
    sink: &mut Sink,
) -> Task {
    let mut f = Fields::new(table, span, "task", TASK_KEYS, file, sink);
    let what = f.string("what");
    if f.entry("what").is_none() {
        f.missing("what");
    }
    let due = f.entry("due").and_then(|(_, v)| {
        let due = match v.get_ref() {
            DeValue::String(s) => Due::parse(s).or_else(|| vndate::due(s)),
            DeValue::Datetime(dt) if dt.time.is_none() => dt
                .date
                .and_then(|d| NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()))
                .map(Due::Day),
            _ => None,
        };
        if due.is_none() {
            let written = file.text[v.span()].to_string();
            // The user's own value converted, else examples in the plan's year.
            let help = match vndate::converted(written.trim_matches('"')) {
                Some(due) => msg!(invalid_due::CONVERTED, due = due),
                None => {
                    let y = vndate::year_in(&written).map_or(year.unwrap_or(2026), i64::from);
                    msg!(invalid_due::HELP, year = y)
                }
            };
            f.sink.push(
                Diagnostic::new(
                    &rules::INVALID_DUE,
                    msg!(invalid_due::MESSAGE, value = written),
                )
                .at(file, v.span())
                .help(help),
            );
        }
        due.map(|d| Loc::new(d, v.span()))
    });
    let task = Task {
        owner: f.string("owner"),
        with: f.strings("with"),
        what,
        due,
    };
    f.finish();
    task
}

crate::texts! {
    pub(crate) UNKNOWN_RULE = "unknown-rule" {
        "\"{value}\" is not a rule of kdcl",
        "\"{value}\" không phải là quy tắc của kdcl",
    }
    pub(crate) YEAR_AND_PERIOD = "year-and-period" {
        "a plan states either `year` (a plan of one year) or `period` (a period plan), not both",
        "kế hoạch chỉ ghi một trong hai: `year` (kế hoạch năm) hoặc `period` (kế hoạch giai đoạn), không ghi cả hai",
    }
    pub(crate) INVALID_PERIOD = "invalid-period" {
        "\"{value}\" is not a period: write the first and the last year, such as \"2026-2030\"",
        "\"{value}\" không phải là giai đoạn: ghi năm đầu và năm cuối, ví dụ \"2026-2030\"",
    }
    pub(crate) KEPT_AND_BEFORE = "kept-and-before" {
        "`kept` is another name of `recognised_before`: write only one of them",
        "`kept` là tên khác của `recognised_before`: chỉ ghi một trong hai mục",
    }
    pub(crate) UNKNOWN_RULE_HELP = "unknown-rule-help" {
        "write a code such as KD202 or a slug such as school-name-variant (`kdcl rules` lists them)",
        "ghi mã như KD202 hoặc tên như school-name-variant (lệnh `kdcl rules` liệt kê đầy đủ)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_in_english_and_vietnamese() {
        assert_eq!(Action::parse("maintain"), Some(Action::Renew));
        assert_eq!(Action::parse("Công nhận lại"), Some(Action::Renew));
        assert_eq!(Action::parse("nâng mức độ"), Some(Action::Raise));
        assert_eq!(Action::parse("kiểm định"), Some(Action::Accredit));
        assert_eq!(Action::parse("renw"), None);
    }

    #[test]
    fn a_misspelt_action_has_one_nearest_spelling() {
        assert_eq!(nearest_action("công nhân mới"), Some("công nhận mới"));
        assert_eq!(nearest_action("renw"), Some("renew"));
        assert_eq!(nearest_action("Công nhận mớí"), Some("công nhận mới"));
        assert_eq!(nearest_action("xây mới"), None);
    }

    #[test]
    fn due_forms() {
        assert_eq!(Due::parse("2024-Q2"), Some(Due::Quarter(2024, 2)));
        assert_eq!(Due::parse("2024-06"), Some(Due::Month(2024, 6)));
        assert!(matches!(Due::parse("2024-06-30"), Some(Due::Day(_))));
        for bad in ["2024-Q5", "2024-13", "24-06", "2024-6", "2024-02-30"] {
            assert_eq!(Due::parse(bad), None, "{bad}");
        }
    }
}
