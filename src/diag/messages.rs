//! Every sentence kdcl says about a plan, keyed by message id. Rules pick an
//! id and give named arguments; wording lives only here: English in [`EN`],
//! Vietnamese in [`crate::diag::messages_vi::VI`], with exactly the same ids.
//!
//! Placeholders: `{name}` is replaced by the argument; `{name:one/many}` is
//! replaced by `one` when the argument is 1 and by `many` otherwise.
//!
//! The language is chosen once per process ([`set_lang`], from `--lang` or
//! the environment: [`Lang::from_env`]) and every [`render`] uses it.

use std::sync::atomic::{AtomicU8, Ordering};

/// The languages kdcl speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Vi,
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language of every message rendered from now on.
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language messages are rendered in (English until [`set_lang`]).
pub fn lang() -> Lang {
    if CURRENT.load(Ordering::Relaxed) == Lang::Vi as u8 {
        Lang::Vi
    } else {
        Lang::En
    }
}

impl Lang {
    /// A language name or a locale: `vi`, `VI`, `vi_VN.UTF-8`, `vi-VN` are
    /// Vietnamese; `en`, `en_US.UTF-8` English; anything else is not known.
    pub fn parse(value: &str) -> Option<Lang> {
        let code: String = value
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        match code.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language when `--lang` is not given, from the values of the
    /// environment variables `KDCL_LANG`, `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// (`None` when unset; an empty value counts as unset).
    ///
    /// `KDCL_LANG` (`vi` or `en`) wins; an unknown value is ignored. Then the
    /// locale, with POSIX precedence: the first of `LC_ALL`, `LC_MESSAGES`,
    /// `LANG` that is set decides, Vietnamese for a `vi` locale
    /// (`vi_VN.UTF-8`) and English for any other (`C`, `en_US.UTF-8`).
    /// Nothing set: English.
    pub fn from_env(
        kdcl_lang: Option<&str>,
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Lang {
        fn set(v: Option<&str>) -> Option<&str> {
            v.filter(|v| !v.trim().is_empty())
        }
        if let Some(chosen) = set(kdcl_lang).and_then(Lang::parse) {
            return chosen;
        }
        match [lc_all, lc_messages, lang].into_iter().find_map(set) {
            Some(locale) if Lang::parse(locale) == Some(Lang::Vi) => Lang::Vi,
            _ => Lang::En,
        }
    }

    /// [`Lang::from_env`] on this process's environment.
    pub fn from_process_env() -> Lang {
        let var = |name| std::env::var(name).ok();
        Lang::from_env(
            var("KDCL_LANG").as_deref(),
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
        )
    }

    fn table(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => EN,
            Lang::Vi => crate::diag::messages_vi::VI,
        }
    }
}

#[rustfmt::skip]
pub static EN: &[(&str, &str)] = &[
    // Around every finding: severities, labels, the closing count
    ("severity-error", "error"),
    ("severity-warning", "warning"),
    ("severity-note", "note"),
    ("label-help", "help"),
    ("see-reference", "see {reference}"),
    ("files-checked", "{files} {files:file/files} checked: {errors} {errors:error/errors}, {warnings} {warnings:warning/warnings}, {notes} {notes:note/notes}"),
    ("files-checked-clean", "{files} {files:file/files} checked: no problems found"),
    ("step-summary-columns", "| severity | code | place | message |"),
    ("step-summary-failed", "cannot write the GitHub step summary: {reason}"),
    // kdcl's own refusals (printed after "kdcl: ")
    ("cannot-read", "cannot read {path}: {reason}"),
    ("io-not-found", "no such file or folder"),
    ("io-permission-denied", "permission denied"),
    ("no-plans-folder", "there is no ./plans folder here; name the plans to {command}: kdcl {command} PATH…"),
    ("no-plans-folder-assess", "there is no ./plans folder here; name the plans: kdcl assess PATH SCHOOL"),
    ("no-such-rule", "there is no rule `{rule}`; `kdcl rules` lists them"),
    ("man-failed", "cannot write the manual page: {reason}"),
    ("internal-error", "internal error{place}; please report it with the files that caused it"),
    // kdcl rules, kdcl explain
    ("rules-columns", "| code | rule | severity | what it checks | reference |"),
    ("explain-reference", "Reference: {reference}"),
    ("explain-confidence", "Confidence: {confidence}"),
    ("explain-example", "Example of a finding:"),
    ("explain-fix", "Fix:"),
    ("sarif-example", "Example:"),
    ("confidence-confirmed", "confirmed in a published text of the article"),
    ("confidence-inferred", "inferred from confirmed facts of the circulars"),
    ("confidence-recalled", "UNCONFIRMED: recalled, not found in a published text; treat findings as a prompt to check the text"),
    // Reading TOML
    ("toml-syntax", "this file is not valid TOML: {detail}"),
    ("leading-zero-help", "TOML numbers have no leading zeros: write {plain}, not {written}"),
    ("empty-plan", "this plan file is empty"),
    ("invalid-type", "`{key}` must be {expected}, but it is {found}"),
    ("expect-text", "a text in quotes"),
    ("expect-integer", "a whole number"),
    ("expect-date", "a date written YYYY-MM-DD without quotes"),
    ("expect-text-or-list", "a text or a list of texts"),
    ("expect-table", "a table"),
    ("expect-table-item", "a table written [[…]]"),
    ("expect-tables", "tables written [[…]]"),
    ("toml-type-string", "string"),
    ("toml-type-integer", "integer"),
    ("toml-type-float", "float"),
    ("toml-type-boolean", "boolean"),
    ("toml-type-datetime", "datetime"),
    ("toml-type-array", "array"),
    ("toml-type-table", "table"),
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
    ("entry-at-line", "{school} (line {line})"),
    ("entries-none", "none"),
    ("entries-more", "… {count} more"),
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
    ("expect-level", "a level from 1 to {max}"),
    ("expect-year-or-date", "a year (2019) or a date (2019-10-15 or 15/10/2019)"),
    ("expect-year", "a year such as 1998"),
    ("expect-value", "a value; it must not be empty"),
    ("expect-kind", "MN, MG, NT, TH, THCS, THPT or a multi-level type such as TH-THCS"),
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
    // Self-evaluation results (evaluation files) and `kdcl assess`
    ("evaluation-csv-syntax", "this evaluation file is not valid CSV: {detail}"),
    ("evaluation-empty", "this evaluation file is empty: it needs a header row (code,criterion,level) and one row per school and criterion"),
    ("evaluation-missing-column", "the evaluation file has no `{column}` column"),
    ("evaluation-misspelt-column", "the column `{written}` is probably `{column}` misspelt"),
    ("evaluation-columns-help", "the header row must include code,criterion,level (year is optional)"),
    ("evaluation-field-count-help", "each row is a school code, a criterion and a level (and the year, if the header has it), separated by commas"),
    ("evaluation-empty-cell", "`{column}` is empty on this row"),
    ("evaluation-level-not-number", "`level` is \"{value}\", but it must be a whole number: 0–3 for a criterion, 1 (met) or 0 (not met) for a Mức-4 item"),
    ("evaluation-year-invalid", "`year` is \"{value}\", but it must be a year such as 2024"),
    ("evaluation-duplicate-row", "criterion {criterion} of {code} is given a second time for the same year (first on line {first_line}); this row is ignored"),
    ("evaluation-duplicate-row-help", "keep one row per school, criterion and year"),
    ("evaluation-not-found", "the evaluation file \"{path}\" cannot be read: {reason}"),
    ("evaluation-not-found-help", "the path is relative to this plan's folder; check the file name"),
    ("evaluation-unreadable", "the evaluation file \"{path}\" exists but cannot be read"),
    ("evaluation-absolute", "the evaluation file \"{path}\" is an absolute path; it was not read"),
    ("evaluation-escapes", "the evaluation file \"{path}\" leads outside the plan repository; it was not read"),
    ("evaluation-link-out", "the evaluation file \"{path}\" is a link to a file outside the plan repository; it was not read"),
    ("evaluation-outside-help", "the plan repository is the nearest folder above the plan holding kdcl.toml or .git; keep the evaluation file inside it and name it relative to the plan, e.g. evaluation = \"evaluation.csv\""),
    ("evaluation-unknown-school", "{code} is not a school code of the roster {roster}"),
    ("evaluation-unknown-school-help", "the `code` column takes the school's code exactly as the roster's `code` column writes it"),
    ("evaluation-nearest-codes", "the nearest roster codes are: {candidates}"),
    ("evaluation-list-unconfirmed", "kdcl's list of the criteria of {circular} is recalled, not confirmed against the published text; if the circular differs, correct {data}"),
    ("evaluation-undefined-level", "criterion {id} of {circular} has no level {level}: it defines levels {levels}"),
    ("evaluation-undefined-level-help", "write the level the criterion reaches: {allowed} (0 when it does not reach level 1); Mức 4 is the school's, reached through the items M4.1, M4.2 …, not a level of a criterion"),
    ("evaluation-levels-unconfirmed", "which levels criterion {id} defines is not confirmed in kdcl's data; if the circular differs, correct {data}"),
    ("evaluation-item-level", "{id} is a Mức-4 item: its level is 1 (met) or 0 (not met), not {level}"),
    ("evaluation-item-level-help", "write 1 when the school meets the item and 0 when it does not"),
    ("evaluation-unknown-criterion", "\"{criterion}\" is not a criterion of {circular}, which governs {code} ({name}, {kind})"),
    ("evaluation-criteria-help", "{circular} has criteria {criteria} and Mức-4 items {items}"),
    ("evaluation-missing-criterion", "{code} ({name}) has no result for {count:criterion/criteria} {ids} of {circular}, so its level cannot be computed"),
    ("evaluation-missing-criterion-year", "{code} ({name}) has no {year} result for {count:criterion/criteria} {ids} of {circular}, so its level cannot be computed"),
    ("evaluation-missing-label", "{count} {count:criterion/criteria} missing"),
    ("evaluation-missing-help", "add a row for each, such as `{code},{id},2`: every criterion needs a level, 0 when it does not reach level 1"),
    ("evaluation-implied-raise", "the entry writes no `level`: raising (nâng mức độ) asks for national-standard level 2"),
    ("evaluation-implied-new", "the entry writes no `level`: a recognition needs at least national-standard level 1"),
    ("evaluation-implied-renew", "the entry writes no `level`: a renewal keeps the level the roster gives ({level})"),
    ("evaluation-implied-accredit", "the entry writes no `accreditation`: accreditation needs at least level 1 (cấp độ 1)"),
    ("evaluation-target-standard", "national-standard level {level} (mức độ {level})"),
    ("evaluation-target-accreditation", "accreditation level {level} (cấp độ {level})"),
    ("evaluation-muc-none", "no level (a criterion is below level 1)"),
    ("evaluation-muc", "Mức {level}"),
    ("evaluation-supports-nothing", "neither accreditation nor national-standard recognition"),
    ("evaluation-supports-accreditation-only", "accreditation level 1 (cấp độ 1) only, not national-standard recognition"),
    ("evaluation-supports-standard", "national-standard level {level} (mức độ {level})"),
    ("evaluation-supports-accreditation", "accreditation level {level} (cấp độ {level})"),
    ("evaluation-no-roster", "the plan has no roster, so the self-evaluation results in \"{path}\" cannot be matched to schools and no level is computed"),
    ("evaluation-no-roster-help", "give the plan a roster (roster = \"roster.csv\"): evaluation rows name schools by their roster code"),
    ("evaluation-kind-unknown", "the roster gives no school type for {school}, so kdcl cannot tell which circular's criteria apply and its target is not checked against the self-evaluation"),
    ("evaluation-school-absent", "{school} ({code}) has no rows in {file}, so its target (Mức {needed}) is not checked against a self-evaluation"),
    ("evaluation-school-absent-help", "add the school's results to {file}: one row per criterion, such as `{code},1.1,2`"),
    ("evaluation-blocker-short", "{id} at level {level}"),
    ("evaluation-blocker-item-short", "{id} not met"),
    ("evaluation-below-target", "{school} is proposed for {target}, which needs Mức {needed}, but its self-evaluation reaches {reached}: {blocking}"),
    ("evaluation-below-target-label", "needs Mức {needed}; self-evaluation: {reached}"),
    ("evaluation-blocker", "{id} {name}: level {level} ({file} line {line}); Mức {muc} needs level {needed}"),
    ("evaluation-blocker-item", "{id} {name}: not met ({file} line {line})"),
    ("evaluation-blocker-item-absent", "{id} {name}: no row, so not met"),
    ("evaluation-below-target-help", "the self-evaluation supports {supported}: propose that, or update the results if the school has improved since"),
    ("evaluation-levels-assumed", "kdcl assumes that {ids} state a Mức 3 requirement, which is not confirmed; if the circular sets none, level 2 is enough for Mức 3: correct {data}"),
    ("assess-bad-path", "cannot read {path}: {reason}"),
    ("assess-ambiguous", "\"{school}\" matches more than one school: {candidates}; give the school's code, or the area's folder as PATH"),
    ("assess-unknown-school", "no roster under {path} has a school \"{school}\"; give its roster code or its name as the roster writes it"),
    ("assess-no-evaluation", "no plan using {roster} names an evaluation file: add evaluation = \"evaluation.csv\" to the plan's [plan] table (see docs/plan-format.md)"),
    ("assess-evaluation-unreadable", "the evaluation file named by {plans} could not be read; `kdcl check` says why"),
    ("assess-kind-unknown", "the roster gives no school type for {school}, so kdcl cannot tell which circular's criteria apply"),
    ("assess-no-rows", "{school} has no rows in {file}"),
    ("assess-school", "{school}, {kind}: {circular}"),
    ("assess-source", "Self-evaluation: {file}"),
    ("assess-source-year", "Self-evaluation: {file}, year {year}"),
    ("assess-col-criterion", "criterion"),
    ("assess-col-name", "name"),
    ("assess-col-level", "level"),
    ("assess-col-next", "for Mức {level}"),
    ("assess-standard", "Standard {number}"),
    ("assess-level4", "Mức 4 ({article})"),
    ("assess-missing", "missing"),
    ("assess-ok", "ok"),
    ("assess-needs", "needs {level}"),
    ("assess-met", "met"),
    ("assess-not-met", "not met"),
    ("assess-no-row", "no row"),
    ("assess-needs-met", "must be met"),
    ("assess-level-none", "Level: none: a criterion does not reach level 1, so the school is not at Mức 1"),
    ("assess-level-accreditation", "Level: Mức {level}: enough for accreditation level {level} (cấp độ {level}), not for national-standard recognition"),
    ("assess-level-standard", "Level: Mức {level}: enough for accreditation level {level} (cấp độ {level}) and national-standard level {standard} (mức độ {standard})"),
    ("assess-top", "This is the highest level."),
    ("assess-next", "To reach Mức {level}, {count} {count:requirement stands/requirements stand} in the way:"),
    ("assess-next-standard", "To reach Mức {level} (needed for national-standard level {standard}), {count} {count:requirement stands/requirements stand} in the way:"),
    ("assess-blocker", "{id} {name}: level {level}, needs level {needed} (line {line})"),
    ("assess-blocker-item", "{id} {name}: not met (line {line})"),
    ("assess-blocker-item-absent", "{id} {name}: no row, so not met"),
    ("assess-incomplete", "Level: cannot be computed: no usable result for {count:criterion/criteria} {ids} (`kdcl check` shows every problem in the file)"),
    ("assess-plan-supported", "The plan {plan} (line {line}) proposes {target}, which needs Mức {needed}: supported."),
    ("assess-plan-unsupported", "The plan {plan} (line {line}) proposes {target}, which needs Mức {needed}: not supported (KD424)."),
    ("assess-plan-unknown", "The plan {plan} (line {line}) proposes {target}, which needs Mức {needed}: it cannot be checked until the self-evaluation is complete."),
    ("assess-level4-unconfirmed", "the Mức-4 items of {circular} in kdcl's data are not fully confirmed: check them against the circular's Art. 22 and correct {data}"),
    // Summary (kdcl summary)
    ("summary-title", "Plans of {year} (kế hoạch năm {year}) {by}: {count} {count:plan/plans}"),
    ("summary-by-area", "by area"),
    ("summary-by-province", "by province"),
    ("summary-by-kind", "by school type"),
    ("summary-col-area", "Area (địa bàn)"),
    ("summary-col-province", "Province (tỉnh)"),
    ("summary-col-kind", "School type (loại trường)"),
    ("summary-col-circular", "Circular (thông tư)"),
    ("summary-col-schools", "Schools (số trường)"),
    ("summary-col-listed", "Listed (trong kế hoạch)"),
    ("summary-col-new", "New (công nhận mới)"),
    ("summary-col-renew", "Renew (công nhận lại)"),
    ("summary-col-raise", "Raise (nâng mức độ)"),
    ("summary-col-accredit", "Accredit (kiểm định)"),
    ("summary-col-before-after", "Recognised before → after (đạt chuẩn)"),
    ("summary-col-before", "Recognised before (đạt chuẩn đầu năm)"),
    ("summary-col-after", "Recognised after (đạt chuẩn cuối năm)"),
    ("summary-col-level2", "Level 2 after (mức độ 2)"),
    ("summary-col-share", "Share recognised after (tỉ lệ)"),
    ("summary-col-share-percent", "Share recognised after, % (tỉ lệ)"),
    ("summary-col-waves", "Waves (đợt)"),
    ("summary-col-notes", "Notes (ghi chú)"),
    ("summary-h-area", "Area"),
    ("summary-h-province", "Province"),
    ("summary-h-kind", "School type"),
    ("summary-h-circular", "Circular"),
    ("summary-h-schools", "Schools"),
    ("summary-h-listed", "Listed"),
    ("summary-h-new", "New"),
    ("summary-h-renew", "Renew"),
    ("summary-h-raise", "Raise"),
    ("summary-h-accredit", "Accredit"),
    ("summary-h-before-after", "Before → after"),
    ("summary-h-level2", "Level 2 after"),
    ("summary-h-share", "Share"),
    ("summary-h-waves", "Waves"),
    ("summary-legend-columns", "Schools in the area (số trường); listed in the plan (danh sách); new (công nhận mới); renew (công nhận lại, duy trì); raise (nâng mức độ); accredit (kiểm định, đánh giá ngoài); schools recognised before → after the plan year (đạt chuẩn quốc gia đầu năm → cuối năm), of which at level 2 (mức độ 2), and their share of the schools (tỉ lệ); waves (đợt)."),
    ("summary-total", "Total (tổng cộng)"),
    ("summary-kind-unknown", "type unknown (chưa rõ loại)"),
    ("summary-legend-stated", "* as the plan states it: kdcl cannot count it (no school list, or no complete roster)"),
    ("summary-legend-partial", "+ total over the plans kdcl could count; the others are unknown"),
    ("summary-note", "[{number}] {area} {year}: {code} at {place}: {message}"),
    ("summary-differs", "targets.{key} says {stated} but kdcl computes {computed}"),
    ("summary-absent", "no plan for {year}: {areas}"),
    ("summary-csv-stated", "stated by the plan, not counted: {figures}"),
    ("summary-csv-partial", "total over the plans kdcl could count: {figures}"),
    ("summary-no-plans", "kdcl: there is no plan of {year} under the given paths; the plans found are of {years}"),
    ("summary-nothing", "kdcl: no plan could be read under the given paths; `kdcl check` says why"),
    // Continuity across years (KD501–KD504)
    ("renewal-not-planned", "the national-standard recognition of {school} (level {level}, made in {made}) ends in {year}, and this plan neither renews nor raises it"),
    ("renewal-not-planned-label", "a term ends in {year}"),
    ("recognised-at", "recognised in {made}: {place}"),
    ("renewal-not-planned-help", "add [[school]] with school = \"{written}\", action = \"renew\", level = {level}; or a [[note]] for it saying why not (`kdcl due --year {year} --format toml` prints the entries)"),
    ("new-while-recognised", "{school} is listed `new`, but it was recognised in {made} (level {level}) and that term runs until {ends}"),
    ("new-while-recognised-label", "recognised until {ends}"),
    ("new-while-recognised-help", "write action = \"raise\" to go from level 1 to 2, or leave the school out until its renewal in {ends}; if the earlier recognition did not happen, a later roster should show the school without it"),
    ("level-lowered-plan", "{school} is put at level {level}, but it holds level {held} (recognised in {made})"),
    ("level-lowered-label", "held: level {held}"),
    ("level-lowered-help", "write level = {held}, or say why in this entry's `note`"),
    ("level-lowered-roster", "{school} is at level {level} in this roster but at level {held} in {old}"),
    ("level-lowered-roster-help", "say why in this row's `note` column, or in a [[note]] of the plan"),
    ("school-left-roster", "{school} is in {old} but not in {new}, the roster of {year}"),
    ("school-left-roster-help", "if it closed, merged or was renamed, say so in this row's `note` column or in a [[note]] of the {year} plan; otherwise add it to {new} (it was in the roster of {earlier})"),
    // Diff (kdcl diff)
    ("diff-targets", "Targets stated (chỉ tiêu)"),
    ("diff-no-change", "no change"),
    ("diff-schools", "Schools listed (trường trong kế hoạch)"),
    ("diff-action-level", "{action}, level {level}"),
    ("diff-after", "After the plan (sau kế hoạch)"),
    ("diff-after-schools", "schools in the roster"),
    ("diff-after-recognised", "recognised (đạt chuẩn)"),
    ("diff-after-level2", "at level 2 (mức độ 2)"),
    ("diff-roster", "Roster (danh sách trường)"),
    ("diff-legend-stated", "* as the plan states it: kdcl cannot compute it"),
    ("diff-skipped", "not compared (no two plans of the years asked): {areas}"),
    ("diff-summary", "{areas} {areas:area/areas} compared: {errors} {errors:error/errors}, {warnings} {warnings:warning/warnings}, {notes} {notes:note/notes}"),
    ("diff-pair-years", "kdcl: give either two plan files or --from/--to with folders, not both"),
    ("diff-pair-unreadable", "kdcl: the two plans cannot both be read; `kdcl check` says why"),
    // Due (kdcl due)
    ("due-title", "Recognitions whose five-year term ends in {year} (hết thời hạn công nhận năm {year})"),
    ("due-none", "no national-standard recognition or accreditation ends in {year}"),
    ("due-term", "level {level} ({made})"),
    ("due-col-school", "School (trường)"),
    ("due-col-code", "Code (mã)"),
    ("due-col-kind", "Type (loại)"),
    ("due-col-standard", "National standard ends (chuẩn quốc gia)"),
    ("due-col-accreditation", "Accreditation ends (kiểm định)"),
    ("due-col-planned", "In the plan of {year}"),
    ("due-toml-head", "kdcl due --year {year}: recognitions whose five-year term ends in {year}.\nPaste each area's entries into its plan of {year} (check the levels, add waves and notes)."),
    ("due-toml-planned", "already listed in {plan}"),
    ("due-toml-standard", "national standard level {level} since {made}"),
    ("due-toml-accreditation", "accreditation level {level} since {made}"),
    // kdcl init
    ("init-created", "created {path}"),
    ("init-kept", "kept    {path} (already there, not changed)"),
    ("init-next", "next: edit the example area under plans/, then run `kdcl check`"),
    ("init-failed", "cannot create the repository in {dir}: {reason}"),
    // kdcl new
    ("new-head", "Draft of the plan of {year}, made by `kdcl new` from {from} and the roster.\nCheck every line against the signed document; then run `kdcl check`."),
    ("new-targets", "Write the numbers the document states (kdcl found {renewals} {renewals:renewal/renewals} due)."),
    ("new-why-standard", "recognised in {made}: the term ends this year"),
    ("new-why-accreditation", "accredited in {made}: the certificate ends this year"),
    ("new-raise-candidates", "At level 1 for {wait} years or more: candidates for a raise to level 2 (remove the # to propose one)."),
    ("new-exists", "{path} exists already; kdcl new never overwrites a plan"),
    ("new-no-earlier-plan", "there is no plan of a year before {year} in {dir} to draft from"),
    ("new-written", "wrote {path}: {renewals} {renewals:renewal/renewals} due; fill in the targets, then run `kdcl check`"),
    // Suppressions, baseline and settings
    ("unknown-rule", "\"{value}\" is not a rule of kdcl"),
    ("unknown-rule-help", "write a code such as KD202 or a slug such as school-name-variant (`kdcl rules` lists them)"),
    ("allow-without-reason", "this [[allow]] for {code} has no reason, so it suppresses nothing"),
    ("allow-without-reason-help", "add reason = \"…\": why the finding is accepted, for the next reader of the plan"),
    ("allow-expired", "this [[allow]] for {code} ended on {until}: its findings are reported again"),
    ("allow-expired-help", "fix what the findings say, or write a later `until` with a new reason"),
    ("allow-unused", "this [[allow]] for {code} suppresses nothing any more"),
    ("allow-unused-school", "this [[allow]] for {code} at \"{school}\" suppresses nothing any more"),
    ("allow-unused-help", "remove it: a stale suppression would hide the next, different problem"),
    ("suppressed", "{count} suppressed"),
    ("unknown-settings-key", "`{key}` is not a setting of kdcl.toml"),
    ("settings-lang", "`lang` takes \"vi\" or \"en\", not \"{value}\""),
    ("settings-deny", "`deny` takes \"warnings\", not \"{value}\""),
    ("settings-severity", "the severity of {rule} must be \"error\", \"warning\" or \"note\""),
    ("baseline-written", "recorded {count} {count:finding/findings} in {path}; check with --baseline {path} to see only new ones"),
    ("baseline-unreadable", "cannot read the baseline {path}: {reason}"),
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

/// The template of `id` in `lang`; an id the language lacks falls back to
/// English (a test keeps the tables equal, so this is only a safety net).
pub fn template(lang: Lang, id: &str) -> Option<&'static str> {
    let find = |table: &'static [(&'static str, &'static str)]| {
        table.iter().find(|(k, _)| *k == id).map(|(_, v)| *v)
    };
    find(lang.table()).or_else(|| find(EN))
}

/// Fills a template's placeholders from `args`, in the chosen language.
pub fn render(id: &str, args: &[(&str, String)]) -> String {
    render_in(lang(), id, args)
}

/// Fills a template of `lang` from `args`. An unknown id renders as the id
/// itself, so a missing message shows up instead of vanishing.
pub fn render_in(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    let Some(template) = template(lang, id) else {
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

    /// The names of a template's placeholders, plain or plural.
    fn placeholders(template: &str) -> std::collections::BTreeSet<&str> {
        template
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}'))
            .map(|(inner, _)| inner.split(':').next().unwrap_or(inner))
            .collect()
    }

    /// No message lacks either language, and both say it with the same
    /// arguments: a Vietnamese sentence cannot drop a school's name or a count.
    #[test]
    fn every_message_is_in_english_and_vietnamese_with_the_same_placeholders() {
        use crate::diag::messages_vi::VI;
        let en: HashSet<&str> = EN.iter().map(|(k, _)| *k).collect();
        let vi: HashSet<&str> = VI.iter().map(|(k, _)| *k).collect();
        assert_eq!(vi.len(), VI.len(), "an id is defined twice in VI");
        let missing_vi: Vec<_> = en.difference(&vi).collect();
        assert!(missing_vi.is_empty(), "no Vietnamese for: {missing_vi:?}");
        let missing_en: Vec<_> = vi.difference(&en).collect();
        assert!(missing_en.is_empty(), "no English for: {missing_en:?}");
        for (id, english) in EN {
            let vietnamese = template(Lang::Vi, id).unwrap();
            assert!(!vietnamese.trim().is_empty(), "{id}: empty Vietnamese");
            assert_eq!(
                placeholders(english),
                placeholders(vietnamese),
                "{id}: the placeholders differ\n  en: {english}\n  vi: {vietnamese}"
            );
        }
    }

    /// Vietnamese text is stored composed (NFC), as the output promises.
    #[test]
    fn vietnamese_templates_are_nfc() {
        use unicode_normalization::UnicodeNormalization;
        for (id, text) in crate::diag::messages_vi::VI {
            let nfc: String = text.nfc().collect();
            assert_eq!(*text, nfc, "{id} is not NFC");
        }
    }

    #[test]
    fn rendering_in_vietnamese() {
        let args = [("stated", "2".to_string()), ("counted", "1".to_string())];
        assert_eq!(
            render_in(Lang::Vi, "count-total", &args),
            "targets.total ghi 2 nhưng kế hoạch liệt kê 1 trường"
        );
        assert_eq!(
            render_in(Lang::En, "count-total", &args),
            "targets.total says 2 but 1 school is listed"
        );
    }

    /// KDCL_LANG, then the locale with POSIX precedence (LC_ALL over
    /// LC_MESSAGES over LANG), then English.
    #[test]
    fn language_from_the_environment() {
        use Lang::{En, Vi};
        let env = |k, a, m, l| Lang::from_env(k, a, m, l);
        // Nothing set, or the C locale: English.
        assert_eq!(env(None, None, None, None), En);
        assert_eq!(env(None, None, None, Some("C")), En);
        assert_eq!(env(None, Some("C.UTF-8"), None, None), En);
        assert_eq!(env(None, None, None, Some("POSIX")), En);
        // A Vietnamese locale.
        assert_eq!(env(None, None, None, Some("vi_VN.UTF-8")), Vi);
        assert_eq!(env(None, None, None, Some("vi_VN")), Vi);
        assert_eq!(env(None, None, None, Some("vi")), Vi);
        assert_eq!(env(None, Some("vi_VN.UTF-8"), None, None), Vi);
        assert_eq!(env(None, None, Some("vi_VN.UTF-8"), None), Vi);
        assert_eq!(env(None, None, None, Some("en_US.UTF-8")), En);
        // LC_ALL overrides LC_MESSAGES and LANG, whichever way.
        assert_eq!(env(None, Some("C"), None, Some("vi_VN.UTF-8")), En);
        assert_eq!(
            env(None, Some("vi_VN.UTF-8"), None, Some("en_US.UTF-8")),
            Vi
        );
        assert_eq!(env(None, None, Some("C"), Some("vi_VN.UTF-8")), En);
        assert_eq!(env(None, Some("vi_VN.UTF-8"), Some("C"), None), Vi);
        // An empty value counts as unset.
        assert_eq!(env(None, Some(""), None, Some("vi_VN.UTF-8")), Vi);
        assert_eq!(env(Some(""), None, None, Some("vi_VN.UTF-8")), Vi);
        // KDCL_LANG overrides the locale, whichever way.
        assert_eq!(env(Some("vi"), Some("C"), None, Some("en_US.UTF-8")), Vi);
        assert_eq!(
            env(Some("en"), Some("vi_VN.UTF-8"), None, Some("vi_VN")),
            En
        );
        assert_eq!(env(Some("VI"), None, None, None), Vi);
        assert_eq!(env(Some("vi_VN.UTF-8"), None, None, None), Vi);
        // An unknown KDCL_LANG is ignored.
        assert_eq!(env(Some("fr"), None, None, Some("vi_VN.UTF-8")), Vi);
        assert_eq!(env(Some("fr"), None, None, None), En);
        // Not a `vi` prefix of something else.
        assert_eq!(env(None, None, None, Some("vietnam")), En);
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
