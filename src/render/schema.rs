//! The JSON Schema of plan files, for the TOML language servers editors use
//! (taplo, Tombi): completion, hover text in English and Vietnamese, and
//! red underlines for unknown keys and wrong values while typing. `kdcl
//! schema` prints it; `schema/plan.schema.json` is the committed copy.

use serde_json::{Value, json};

use crate::model::plan::Action;

/// "English — Tiếng Việt", the hover text of a key.
fn text(en: &str, vi: &str) -> String {
    format!("{en} — {vi}")
}

fn string(en: &str, vi: &str) -> Value {
    json!({ "type": "string", "description": text(en, vi) })
}

/// A count: a whole number, or a range `[min, max]` (version 2).
fn count(en: &str, vi: &str) -> Value {
    json!({ "description": text(en, vi), "anyOf": count_value()["anyOf"] })
}

fn count_value() -> Value {
    json!({
        "anyOf": [
            { "type": "integer", "minimum": 0 },
            { "type": "array", "items": { "type": "integer", "minimum": 0 }, "minItems": 2, "maxItems": 2 }
        ]
    })
}

/// A percentage as the document writes it, or a range of two.
fn share(en: &str, vi: &str) -> Value {
    json!({
        "description": text(en, vi),
        "anyOf": [
            { "type": "number", "minimum": 0, "maximum": 100 },
            { "type": "array", "items": { "type": "number", "minimum": 0, "maximum": 100 }, "minItems": 2, "maxItems": 2 }
        ]
    })
}

fn strings(en: &str, vi: &str) -> Value {
    json!({
        "description": text(en, vi),
        "anyOf": [
            { "type": "string" },
            { "type": "array", "items": { "type": "string" } }
        ]
    })
}

fn table(en: &str, vi: &str, properties: Value, required: &[&str]) -> Value {
    json!({
        "type": "object",
        "description": text(en, vi),
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

fn tables(en: &str, vi: &str, item: Value) -> Value {
    json!({ "type": "array", "description": text(en, vi), "items": item })
}

/// Dates as Vietnamese documents write them, day first (load/vndate.rs reads them).
const VI_DAY: &str = "^([Nn]gày +)?[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}$";
const VI_MONTH: &str = "^([Tt]háng +)?[0-9]{1,2}/[0-9]{4}$";
const VI_QUARTER: &str = "^[Qq][Uu][ÝýÍí] +(I|II|III|IV|i|ii|iii|iv|[1-4])/[0-9]{4}$";

pub fn plan_schema() -> Value {
    let actions: Vec<&str> = Action::SPELLINGS.iter().map(|(s, _)| *s).collect();
    let header = table(
        "The plan's header",
        "Thông tin chung của kế hoạch",
        json!({
            "title": string("The document's title", "Tên văn bản (trích yếu)"),
            "issuer": string("Who signs it: UBND xã …, UBND tỉnh …", "Cơ quan ban hành"),
            "area": string("The unit the plan covers", "Địa bàn (xã, phường, tỉnh)"),
            "province": string("The province", "Tỉnh, thành phố"),
            "year": { "type": "integer", "minimum": 1945, "maximum": 2200, "description": text("The plan year; the file is named <year>.toml", "Năm kế hoạch") },
            "period": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{4}$", "description": text("A period plan's years, \"2026-2030\" (instead of year); the file is named <from>-<to>.toml", "Giai đoạn của kế hoạch, ví dụ \"2026-2030\" (thay cho year)") },
            "number": string("The document number, e.g. 45/KH-UBND", "Số văn bản"),
            "issued": { "type": "string", "anyOf": [{ "format": "date" }, { "pattern": VI_DAY }], "description": text("Date issued: 2026-01-15 or \"15/1/2026\"", "Ngày ban hành") },
            "roster": string("The area's school roster, relative to this file", "Danh sách trường của địa bàn (tệp CSV)"),
            "evaluation": string("Self-evaluation results, relative to this file", "Kết quả tự đánh giá (tệp CSV)"),
            "roster_encoding": { "type": "string", "description": text("Force the roster's encoding, e.g. \"windows-1258\"", "Bảng mã của danh sách trường") },
            "roster_sheet": string("The sheet of a roster workbook (.xlsx, .ods)", "Trang tính của danh sách trường"),
            "basis": strings("Documents the plan is based on", "Căn cứ"),
        }),
        &["title", "issuer", "area", "province"],
    );
    // Exactly one of `year` and `period`.
    let mut header = header;
    header["oneOf"] = json!([{ "required": ["year"] }, { "required": ["period"] }]);
    let targets = table(
        "The counts exactly as the document states them",
        "Chỉ tiêu, đúng như văn bản ghi",
        json!({
            "total": count("Schools the plan acts on", "Tổng số trường"),
            "new": count("First recognitions", "Công nhận mới"),
            "renew": count("Renewals", "Công nhận lại"),
            "maintain": count("Renewals (alias of renew)", "Duy trì, công nhận kết quả duy trì"),
            "raise": count("Raised from level 1 to level 2", "Nâng mức độ"),
            "accredit": count("External evaluations only", "Kiểm định, đánh giá ngoài"),
            "kept": count("Recognitions held at the start of the year (alias of recognised_before)", "Số trường duy trì đạt chuẩn"),
            "recognised_before": count("Schools holding a recognition at the start of the plan's first year", "Số trường hiện có đạt chuẩn (trước kế hoạch)"),
            "recognised_share": share("Percent of schools recognised at the end, as written (72.5 for 72,5%)", "Tỷ lệ trường đạt chuẩn sau kế hoạch (%)"),
            "recognised_share_before": share("Percent of schools recognised at the start, as written", "Tỷ lệ trường đạt chuẩn trước kế hoạch (%)"),
            "recognised_after": count("Schools recognised at the end of the year", "Tổng số trường đạt chuẩn sau kế hoạch"),
            "level2_after": count("Of which at level 2", "Trong đó đạt mức độ 2"),
            "schools_total": count("Schools in the area (roster rows)", "Tổng số trường của địa bàn"),
            "by_kind": {
                "type": "object",
                "description": text("Counts per school type: MN (every preschool), TH, THCS, THPT, \"TH-THCS\" …", "Chỉ tiêu theo cấp học"),
                "additionalProperties": count_value(),
            },
            "by_year": {
                "type": "object",
                "description": text("A period plan's new recognitions per year: 2027 = 5", "Số trường công nhận mới theo từng năm của giai đoạn"),
                "propertyNames": { "pattern": "^[0-9]{4}$" },
                "additionalProperties": count_value(),
            },
        }),
        &[],
    );
    let wave = table(
        "A round of proposals",
        "Đợt đề nghị",
        json!({
            "number": { "type": "integer", "minimum": 0, "description": text("The wave's number", "Số thứ tự đợt") },
            "month": { "type": "string", "anyOf": [{ "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$" }, { "pattern": VI_MONTH }], "description": text("The month, \"YYYY-MM\" or \"tháng 3/2026\"", "Tháng") },
            "schools": count("Schools the document puts in this wave", "Số trường của đợt"),
        }),
        &["number"],
    );
    let school = table(
        "A school the plan acts on",
        "Trường trong kế hoạch",
        json!({
            "school": string("A roster code or the school's name", "Mã hoặc tên trường"),
            "action": { "enum": actions, "description": text("What the plan asks for", "Nội dung: công nhận mới, công nhận lại, nâng mức độ, kiểm định") },
            "level": { "type": "integer", "minimum": 1, "maximum": 2, "description": text("Target national-standard level", "Mức độ đạt chuẩn quốc gia") },
            "accreditation": { "type": "integer", "minimum": 1, "maximum": 4, "description": text("Target accreditation level", "Cấp độ kiểm định chất lượng giáo dục") },
            "wave": { "type": "integer", "minimum": 0, "description": text("The [[wave]] it belongs to", "Đợt") },
            "note": string("Free text", "Ghi chú"),
        }),
        &["school", "action"],
    );
    let task = table(
        "A duty with an owner and a deadline",
        "Nhiệm vụ",
        json!({
            "owner": string("Who is responsible", "Đơn vị chủ trì"),
            "with": strings("Who works with them", "Đơn vị phối hợp"),
            "what": string("The duty", "Nội dung nhiệm vụ"),
            "due": { "type": "string", "anyOf": [{ "pattern": "^[0-9]{4}-([0-9]{2}(-[0-9]{2})?|[Qq][1-4])$" }, { "pattern": VI_DAY }, { "pattern": VI_MONTH }, { "pattern": VI_QUARTER }], "description": text("Deadline: YYYY-MM-DD, YYYY-MM or YYYY-Qn, or \"30/6/2026\", \"tháng 6/2026\", \"quý II/2026\"", "Thời hạn") },
        }),
        &["what"],
    );
    let note = table(
        "Why the plan does not act on a school",
        "Giải trình về một trường không có trong kế hoạch",
        json!({
            "school": string("A roster code or the school's name", "Mã hoặc tên trường"),
            "text": string("The explanation", "Nội dung giải trình"),
        }),
        &["school", "text"],
    );
    let allow = table(
        "A finding the authors accept, with the reason",
        "Chấp nhận một cảnh báo, có lý do",
        json!({
            "rule": string("The rule's code or slug, e.g. KD202", "Mã quy tắc"),
            "school": string("Only for this school (code or name)", "Chỉ áp dụng cho trường này"),
            "reason": string("Why it is accepted (required)", "Lý do (bắt buộc)"),
            "until": { "type": "string", "anyOf": [{ "format": "date" }, { "pattern": VI_DAY }], "description": text("Accepted until this date: 2026-12-31 or \"31/12/2026\"", "Áp dụng đến ngày") },
        }),
        &["rule", "reason"],
    );
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "kdcl plan",
        "description": text(
            "A year's plan for school accreditation and national-standard recognition (plan format version 2)",
            "Kế hoạch kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia"
        ),
        "type": "object",
        "properties": {
            "plan": header,
            "targets": targets,
            "wave": tables("Rounds of proposals", "Các đợt đề nghị", wave),
            "school": tables("Schools the plan acts on", "Danh sách trường", school),
            "task": tables("Duties", "Nhiệm vụ", task),
            "note": tables("Explanations", "Giải trình", note),
            "allow": tables("Accepted findings", "Các cảnh báo được chấp nhận", allow),
        },
        "required": ["plan"],
        "additionalProperties": false,
    })
}

/// The keys the schema describes for each table, so a test can hold them
/// equal to the keys the loader accepts.
pub fn keys(schema: &Value, table: &str) -> Vec<String> {
    let properties = match table {
        "" => &schema["properties"],
        "plan" | "targets" => &schema["properties"][table]["properties"],
        _ => &schema["properties"][table]["items"]["properties"],
    };
    let mut keys: Vec<String> = properties
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    keys.sort();
    keys
}

pub fn render() -> String {
    let mut text = serde_json::to_string_pretty(&plan_schema()).expect("plain data");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan;

    #[test]
    fn the_schema_names_exactly_the_keys_the_loader_accepts() {
        let schema = plan_schema();
        let sorted = |k: &[&str]| {
            let mut v: Vec<String> = k.iter().map(|s| s.to_string()).collect();
            v.sort();
            v
        };
        for (table, accepted) in [
            ("", plan::TOP_KEYS),
            ("plan", plan::PLAN_KEYS),
            ("targets", plan::TARGET_KEYS),
            ("wave", plan::WAVE_KEYS),
            ("school", plan::SCHOOL_KEYS),
            ("task", plan::TASK_KEYS),
            ("note", plan::NOTE_KEYS),
            ("allow", plan::ALLOW_KEYS),
        ] {
            assert_eq!(keys(&schema, table), sorted(accepted), "table `{table}`");
        }
    }
}
