//! Every sentence kdcl says about a plan, keyed by message id. Rules pick an
//! id and give named arguments; wording lives only here, so a second language
//! is a second table.
//!
//! Placeholders: `{name}` is replaced by the argument; `{name:one/many}` is
//! replaced by `one` when the argument is 1 and by `many` otherwise.

#[rustfmt::skip]
pub static EN: &[(&str, &str)] = &[
    // Reading TOML
    ("toml-syntax", "this file is not valid TOML: {detail}"),
    ("leading-zero-help", "TOML numbers have no leading zeros: write {plain}, not {written}"),
    ("empty-plan", "this plan file is empty"),
    ("invalid-type", "`{key}` must be {expected}, but it is {found}"),
    ("out-of-range", "`{key}` is {value}, but it must be between {min} and {max}"),
    ("single-table", "`[{key}]` is written with single brackets"),
    ("single-table-help", "write `[[{key}]]` (double brackets), once for each {key}"),
    ("missing-key", "`{key}` is missing"),
    ("missing-plan-table", "the plan has no `[plan]` table"),
    ("missing-plan-table-help", "start the file with `[plan]` and its title, issuer, area, province and year"),
    ("unknown-key", "`{key}` is not a key of the plan format"),
    ("did-you-mean", "did you mean `{suggestion}`?"),
    ("known-keys", "the keys allowed here are: {keys}"),
    ("renew-and-maintain", "`targets.maintain` and `targets.renew` are the same target; keep one of them"),
    ("unknown-kind-key", "`{key}` is not a school type"),
    ("kind-keys-help", "use MN (every preschool), TH, THCS, THPT or a multi-level type such as \"TH-THCS\" (quoted)"),
    ("duplicate-kind-key", "`{key}` is the same school type as `{first}` above"),
    ("invalid-month", "`{key}` must be a month written \"YYYY-MM\", such as \"2024-03\""),
    ("unknown-action", "\"{value}\" is not an action"),
    ("actions-help", "write one of: new (công nhận mới), renew (công nhận lại, duy trì), raise (nâng mức độ), accredit (kiểm định)"),
    ("invalid-due", "the deadline {value} is not a date, a month or a quarter"),
    ("invalid-due-help", "write \"2024-06-30\", \"2024-06\" or \"2024-Q2\" (quý II/2024)"),
    // Plan sanity
    ("year-mismatch", "the plan says year {year} but the file is named {file_year}.toml"),
    ("year-mismatch-help", "write `year = {file_year}`, or rename the file to {year}.toml"),
    ("due-before-year", "the deadline {due} is before the plan year {year}"),
    ("duplicate-wave", "wave {number} is declared twice (first on line {first_line})"),
    ("wave-outside-year", "wave {number} is in {month}, outside the plan year {year}"),
    ("unknown-wave", "{school} is put in wave {number}, but the plan declares no such wave"),
    ("declared-waves", "the plan declares wave {numbers}"),
    ("no-waves-help", "declare it with a `[[wave]]` table (number, month, schools), or remove `wave` from this school"),
    ("wave-count", "wave {number} says {stated} {stated:school/schools}, but {counted} {counted:school is/schools are} put in it"),
    // Counting targets
    ("count-total", "targets.total says {stated} but {counted} {counted:school is/schools are} listed"),
    ("count-action", "targets.{key} says {stated} but {counted} {counted:school is/schools are} listed with action `{action}`"),
    ("count-kind", "targets.by_kind.{key} says {stated} but {counted} {counted:school/schools} of that type {counted:is/are} listed"),
    ("counted-label", "counted {counted}"),
    ("counted-from", "counted: {entries}"),
    ("counted-from-preschool", "counted (MN, MG and NT together): {entries}"),
    ("kind-unknown", "the school type of {entries} is not known, so the per-type counts are not checked"),
    ("kind-unknown-help", "write the type in the name (\"MN …\", \"TH …\", \"THCS …\") or give the plan a roster"),
    ("school-list-missing", "the plan states targets but lists no schools, so the counts cannot be checked against schools"),
    ("school-list-missing-help", "transcribe the attached list (danh sách kèm theo) as [[school]] entries"),
    ("parts-sum", "targets.{whole} says {stated} but {parts} = {sum}"),
    ("parts-sum-label", "the parts add up to {sum}"),
    ("part-exceeds-whole", "targets.{part} ({part_value}) is more than targets.{whole} ({whole_value})"),
    ("after-state", "targets.{key} says {stated} but the roster and the plan give {computed}"),
    ("computed-label", "computed {computed}"),
    ("kept-how", "{count} roster {count:school holds/schools hold} a recognition at the start of {year} (made {first}–{last})"),
    ("after-how", "{kept} held at the start of {year} − {dropped} whose term ends in {year} without renewal + {added} recognised by this plan = {after}"),
    ("level2-how", "{from_roster} kept at level 2 from the roster + {from_plan} at level 2 through this plan = {total}"),
    ("schools-total-how", "{roster} lists {count} {count:school/schools}"),
    ("after-state-no-roster", "there is no roster to read, so kept, recognised_after, level2_after and schools_total are not checked against schools"),
    ("after-state-unmatched", "{count} listed {count:school is/schools are} not found in the roster, so the after-state figures are not checked"),
    // Schools
    ("unknown-school", "\"{written}\" is not in the roster {roster}"),
    ("unknown-school-help", "no roster school has a similar name: check the spelling and the type (MN, TH, THCS …), or add the school to the roster"),
    ("nearest-schools", "the nearest roster names are: {candidates}"),
    ("name-variant", "\"{written}\" is spelt \"{roster_name}\" ({code}) in the roster"),
    ("name-variant-label", "roster: {roster_name}"),
    ("name-variant-help", "use one spelling in documents: write the roster's \"{roster_name}\", or correct {roster}"),
    ("ambiguous-school", "\"{written}\" matches more than one roster school"),
    ("ambiguous-school-help", "write the type or the code of one of: {candidates}"),
    ("duplicate-school", "\"{written}\" is listed a second time: it is the same school as the entry on line {first_line} ({roster_name})"),
    ("duplicate-school-help", "list each school once, with one action"),
    // Rosters
    ("csv-syntax", "this roster is not valid CSV: {detail}"),
    ("roster-empty", "this roster is empty: it needs a header row (code,name,kind,…) and one row per school"),
    ("unknown-column", "the column `{column}` is not one kdcl reads; its values are ignored"),
    ("missing-column", "the roster has no `{column}` column"),
    ("required-columns-help", "the header row must include {columns}"),
    ("field-count", "this row has {found} {found:field/fields} but the header has {expected}"),
    ("field-count-help", "a name containing a comma must be in double quotes: \"Trường Mầm non Hoa Sen, phường Tân Phong\""),
    ("duplicate-code", "the code {code} is already used on line {first_line}"),
    ("roster-invalid", "`{column}` is \"{value}\", but it must be {expected}"),
    ("level-without-year", "`{level}` is set but `{year}` is empty: the year is needed to know when the 5-year term ends"),
    // Files
    ("unreadable-file", "this file cannot be read: {reason}"),
    ("not-utf8", "this file is not UTF-8 text (the first bad byte is on line {line})"),
    ("not-utf8-help", "save it as UTF-8: in Excel \"Save As\" → \"CSV UTF-8\", in Notepad \"Save As\" → Encoding \"UTF-8\""),
    ("roster-not-found", "the roster \"{path}\" cannot be read: {reason}"),
    ("roster-not-found-help", "the path is relative to this plan's folder; check the file name"),
    ("roster-unreadable", "the roster \"{path}\" exists but cannot be read"),
    ("roster-absolute", "the roster \"{path}\" is an absolute path; it was not read"),
    ("roster-escapes", "the roster \"{path}\" leads outside the plan repository; it was not read"),
    ("roster-link-out", "the roster \"{path}\" is a link to a file outside the plan repository; it was not read"),
    ("roster-outside-help", "the plan repository is the nearest folder above the plan holding kdcl.toml or .git; keep the roster inside it and name it relative to the plan, e.g. roster = \"roster.csv\""),
    // Circulars: which circular, what each action may ask for
    ("district-issuer", "the plan is issued by \"{issuer}\", a district body, but districts no longer exist from {date}"),
    ("district-issuer-help", "plans are now issued by the commune or ward (UBND xã, phường; Phòng Văn hóa - Xã hội) or by the province"),
    ("basis-circular-missing", "the basis cites Thông tư {cited}, but {schools} {schools:is/are} governed by {circular} ({governs})"),
    ("basis-circular-missing-help", "add {circular} to `basis`"),
    ("new-but-recognised", "{school} already holds a national-standard recognition at level {level} (made {made}, its term ends in {ends}), so it is not a first recognition"),
    ("new-but-recognised-raise", "to go from level 1 to level 2 write action = \"raise\""),
    ("new-but-recognised-renew", "its term ends in {ends}: write action = \"renew\""),
    ("new-but-recognised-later", "its term runs until {ends}: renew it then, or raise it to level 2 with action = \"raise\""),
    ("renew-never-recognised", "{school} has never been recognised (the roster has no national-standard level for it), so it cannot be recognised again"),
    ("renew-never-recognised-help", "write action = \"new\" for a first recognition, or add its recognition to the roster"),
    ("renew-other-level", "{school} asks to be renewed at level {asked}, but it holds level {held}"),
    ("renew-other-level-help", "a renewal keeps the level; to go from level 1 to level 2 write action = \"raise\""),
    ("renew-too-early", "{school} was recognised in {made}; its term runs until {ends}, after the plan year {year}"),
    ("renew-too-early-help", "renew it in the plan of {ends}, or correct standard_year in the roster"),
    ("raise-to-level-2", "{school} is raised to level {asked}, but a raise goes from level 1 to level 2"),
    ("raise-already-level-2", "{school} already holds level {level}; there is no higher national-standard level"),
    ("raise-without-level-1", "{school} holds no valid level-1 recognition at the start of the plan year, so it cannot be raised"),
    ("raise-not-level-1-help", "for a school without a valid recognition write action = \"new\" (or \"renew\" if its term has ended) with the level it asks for"),
    ("raise-too-soon", "{school} has held level 1 since {made}; a raise to level 2 waits {wait} years, until {ready}"),
    ("raise-too-soon-help", "the 2-year wait comes from the original circulars; whether Circular 22/2024 shortened it is not confirmed (see `kdcl explain KD406`)"),
    ("accreditation-below-standard", "accreditation level {asked} is below what national-standard level {level} needs (Mức {needed} or higher)"),
    ("accreditation-below-standard-help", "write accreditation = {needed} or higher, or lower the national-standard level"),
    ("accreditation-raise-too-soon", "{school} holds accreditation level {held} since {made}; level {asked} can be asked for after {wait} {wait:year/years}, from {ready} (rule in force on {on})"),
    ("accreditation-raise-too-soon-help", "the wait is 2 years for plans dated before {amended} and 1 year from then (Circular 22/2024)"),
    ("school-too-young", "{school} was founded in {founded}: {years} {years:year/years} of operation, but a {kind} school needs {needed}"),
    ("school-too-young-help", "plan its recognition for {ready} or later, or correct `founded` in the roster"),
    ("school-too-young-note", "the roster's note says: \"{note}\"; if a merger carries the school's history, this finding can be accepted"),
    ("renewal-after-expiry", "{school} is renewed in wave {wave} ({month}), after its recognition expires on {expires}"),
    ("renewal-after-expiry-help", "put it in a wave before its expiry, or the school is without recognition in between"),
    ("renewal-registration-late", "{school} is renewed in wave {wave} ({month}), less than {months} months before its recognition expires on {expires}"),
    ("renewal-registration-late-help", "registration for external evaluation is due {months} months ahead, by {latest}"),
    // Inputs as offices produce them: encodings, spreadsheets, limits
    ("legacy-encoding", "this roster text is typed in the legacy {encoding} font encoding, not Unicode ({count} {count:row/rows}, first here); {count:it was/they were} not read as {count:a school/schools}"),
    ("legacy-encoding-label", "reads \"{converted}\""),
    ("legacy-encoding-help", "\"{written}\" in {encoding} is \"{converted}\" in Unicode"),
    ("legacy-encoding-how", "convert it with Unikey's Công cụ chuyển mã (source {unikey}, destination Unicode) and save as CSV UTF-8"),
    ("rows-skipped-title", "{count} {count:row/rows} above the header {count:was/were} skipped as a title, not read as schools"),
    ("rows-skipped-header", "this row repeats the header and was skipped"),
    ("rows-skipped-blank", "{count} blank {count:row was/rows were} skipped (the first is here)"),
    ("rows-skipped-footer", "the total or signature block starting here (\"{text}\", {count} {count:row/rows}) was skipped, not read as schools"),
    ("code-scientific", "the code {code} is a number Excel wrote in scientific notation: its digits are lost"),
    ("unknown-encoding", "\"{value}\" is not an encoding kdcl reads; write {accepted}"),
    ("reason-folder", "it is a folder, not a file"),
    ("reason-not-regular", "it is not a regular file (a named pipe, socket or device), so it is not read"),
    ("reason-too-large", "it is {size}, more than the limit of {limit} (raise it with --max-file-size)"),
    ("workbook-unreadable", "this workbook cannot be read: {reason}"),
    ("workbook-unreadable-help", "open it in Excel or LibreOffice and save it again as .xlsx, or save the sheet as CSV UTF-8"),
    ("workbook-as-text", "this file is {kind}, not CSV text"),
    ("workbook-as-text-help", "name it with the extension of its type (roster.xlsx, roster.ods), or save the sheet as CSV UTF-8"),
    ("binary-file", "this file is not text"),
    ("not-in-encoding", "this file is not valid {encoding} text (the first bad byte is on line {line})"),
    ("not-in-encoding-help", "save it as CSV UTF-8, or correct `roster_encoding` in the plan"),
    ("nesting-too-deep", "this file nests arrays, tables or dotted keys more than {max} levels deep here; it was not read"),
    ("sheet-not-found", "the roster workbook has no sheet \"{sheet}\""),
    ("sheets-are", "its sheets are: {sheets}"),
    ("code-scientific-help", "in Excel format the code column as Text, type the codes again and save as CSV UTF-8 (or keep the roster as .xlsx); the school is still matched by name"),
];

pub fn template(id: &str) -> Option<&'static str> {
    EN.iter().find(|(k, _)| *k == id).map(|(_, v)| *v)
}

/// Fills a template's placeholders from `args`. An unknown id renders as the
/// id itself, so a missing translation shows up instead of vanishing.
pub fn render(id: &str, args: &[(&str, String)]) -> String {
    let Some(template) = template(id) else {
        return id.to_string();
    };
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let inner = &rest[open + 1..open + close];
        let (name, forms) = match inner.split_once(':') {
            Some((name, forms)) => (name, Some(forms)),
            None => (inner, None),
        };
        match (args.iter().find(|(k, _)| *k == name), forms) {
            (Some((_, value)), None) => out.push_str(value),
            (Some((_, value)), Some(forms)) => {
                let (one, many) = forms.split_once('/').unwrap_or((forms, forms));
                out.push_str(if value == "1" { one } else { many });
            }
            (None, _) => out.push_str(&rest[open..=open + close]),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn placeholders_and_plurals() {
        let args = [("n", "1".to_string()), ("key", "total".to_string())];
        assert_eq!(
            render(
                "count-total",
                &[("stated", "2".into()), ("counted", "1".into())]
            ),
            "targets.total says 2 but 1 school is listed"
        );
        assert_eq!(render("missing-key", &args), "`total` is missing");
        assert_eq!(render("no-such-id", &args), "no-such-id");
    }

    /// Every message id the sources pass to `msg!` has a template, and every template
    /// is used: a message cannot silently go missing.
    #[test]
    fn every_message_id_used_is_defined_and_every_one_defined_is_used() {
        let mut used = HashSet::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    // Test modules build messages of their own; only shipped code counts.
                    let text = text.split("#[cfg(test)]").next().unwrap();
                    for part in text.split("msg!(").skip(1) {
                        if let Some(id) = part.trim_start().strip_prefix('"') {
                            used.insert(id.split('"').next().unwrap().to_string());
                        }
                    }
                }
            }
        }
        let defined: HashSet<String> = EN.iter().map(|(k, _)| k.to_string()).collect();
        assert_eq!(defined.len(), EN.len(), "an id is defined twice");
        let undefined: Vec<_> = used.difference(&defined).collect();
        assert!(undefined.is_empty(), "used but not defined: {undefined:?}");
        let unused: Vec<_> = defined.difference(&used).collect();
        assert!(unused.is_empty(), "defined but never used: {unused:?}");
    }
}
