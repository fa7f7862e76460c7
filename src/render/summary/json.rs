//! The summary as one JSON object (version 1) for tools.

use serde::Serialize;

use crate::model::kind::Kind;
use crate::report::summary::province::ProvincePlan;
use crate::report::summary::{By, Note, Row, Summary};
use crate::report::{AreaYears, Unread};

#[derive(Serialize)]
struct JsonSummary<'a> {
    version: u32,
    year: i32,
    by: By,
    rows: Vec<JsonRow<'a>>,
    total: JsonRow<'a>,
    notes: &'a [Note],
    without_plan: &'a [AreaYears],
    /// Old provinces counted in the one they were merged into: [old, new].
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    merged_provinces: &'a [(String, String)],
    #[serde(skip_serializing_if = "<[Unread]>::is_empty")]
    unread: &'a [Unread],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    province_plans: &'a [ProvincePlan],
}

#[derive(Serialize)]
struct JsonRow<'a> {
    label: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    area: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    province: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    circular: Option<&'static str>,
    plans: &'a [String],
    schools: Option<i64>,
    listed: Option<i64>,
    new: Option<i64>,
    renew: Option<i64>,
    raise: Option<i64>,
    accredit: Option<i64>,
    recognised_before: Option<i64>,
    recognised_after: Option<i64>,
    level2_after: Option<i64>,
    share: Option<JsonShare>,
    #[serde(skip_serializing_if = "Option::is_none")]
    waves: Option<i64>,
    stated_only: Vec<&'static str>,
    partial: Vec<&'static str>,
    notes: Vec<usize>,
}

#[derive(Serialize)]
struct JsonShare {
    recognised: i64,
    schools: i64,
    percent: f64,
}

fn json_row<'a>(summary: &Summary, r: &'a Row, is_total: bool) -> JsonRow<'a> {
    JsonRow {
        label: &r.label,
        area: (summary.by == By::Area && !is_total).then_some(r.label.as_str()),
        province: r.province.as_deref(),
        kind: r.kind.as_ref().map(Kind::to_string),
        circular: r.circular,
        plans: &r.plans,
        schools: r.schools.value,
        listed: r.listed.value,
        new: r.new.value,
        renew: r.renew.value,
        raise: r.raise.value,
        accredit: r.accredit.value,
        recognised_before: r.before.value,
        recognised_after: r.after.value,
        level2_after: r.level2.value,
        share: r.share.percent().map(|percent| JsonShare {
            recognised: r.share.recognised,
            schools: r.share.schools,
            percent,
        }),
        waves: (summary.by != By::Kind).then_some(r.waves.value).flatten(),
        stated_only: r.stated_only(),
        partial: r.partial(),
        notes: r.all_notes(),
    }
}

pub(super) fn json(summary: &Summary) -> String {
    let out = JsonSummary {
        version: 1,
        year: summary.year,
        by: summary.by,
        rows: summary
            .rows
            .iter()
            .map(|r| json_row(summary, r, false))
            .collect(),
        total: json_row(summary, &summary.total, true),
        notes: &summary.notes,
        without_plan: &summary.absent,
        merged_provinces: &summary.merged,
        unread: &summary.unread,
        province_plans: &summary.provinces,
    };
    let mut text = serde_json::to_string_pretty(&out).expect("the summary is plain data");
    text.push('\n');
    text
}
