//! The rule registry: every finding kdcl can report, with its stable code,
//! slug, default severity and documentation in one place. `kdcl rules` and
//! `kdcl explain` print from here, and the README's rule list is generated
//! from it (a test keeps the two equal).

use crate::diagnostic::Severity;

#[derive(Debug)]
pub struct Rule {
    /// Stable identifier; never reused for another meaning.
    pub code: &'static str,
    pub slug: &'static str,
    pub severity: Severity,
    /// One line for `kdcl rules`.
    pub summary: &'static str,
    /// What it checks and why.
    pub doc: &'static str,
    /// A plan or roster fragment that triggers it.
    pub example: &'static str,
    /// What to write instead.
    pub fix: &'static str,
    /// The legal text the rule comes from, when it comes from one.
    pub reference: Option<&'static str>,
    /// How sure the legal fact behind the rule is, for rules that rest on one.
    pub confidence: Option<Confidence>,
}

/// How sure a fact of the circulars is (the marks of the circulars digest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    /// [C] confirmed in a published text of the article.
    Confirmed,
    /// [I] inferred from confirmed facts.
    Inferred,
    /// [M] recalled, not confirmed: kept as data that is easy to correct.
    Recalled,
}

impl Confidence {
    pub fn describe(self) -> &'static str {
        match self {
            Confidence::Confirmed => "confirmed in a published text of the article",
            Confidence::Inferred => "inferred from confirmed facts of the circulars",
            Confidence::Recalled => {
                "UNCONFIRMED: recalled, not found in a published text; treat findings as a prompt to check the text"
            }
        }
    }
}

/// What a rule states when it does not say otherwise.
const DEFAULT: Rule = Rule {
    code: "",
    slug: "",
    severity: Severity::Error,
    summary: "",
    doc: "",
    example: "",
    fix: "",
    reference: None,
    confidence: None,
};

macro_rules! rules {
    ($($ident:ident = { $($field:ident : $value:expr),* $(,)? };)*) => {
        $(pub static $ident: Rule = Rule { $($field: $value,)* ..DEFAULT };)*
        /// Every rule, in code order.
        pub static ALL: &[&Rule] = &[$(&$ident),*];
    };
}

use Severity::{Error, Note, Warning};

rules! {
    TOML_SYNTAX = {
        code: "KD001", slug: "toml-syntax", severity: Error,
        summary: "The plan file is not valid TOML",
        doc: "A plan must be valid TOML before anything in it can be checked. The finding points at \
              the first place the TOML reader could not understand; the rest of that file is not \
              checked, but every other file is.",
        example: "total = 07        # a leading zero is not allowed in TOML",
        fix: "total = 7",
    };
    UNKNOWN_KEY = {
        code: "KD002", slug: "unknown-key", severity: Error,
        summary: "A key the plan format does not define",
        doc: "Every key of a plan has a meaning in the plan format; a key kdcl does not know is \
              usually a misspelling, and a misspelt key would otherwise be silently ignored (a \
              target that is never checked). The closest known key is suggested.",
        example: "[[school]]\nschool = \"MN Hoa Sen\"\nacton = \"new\"",
        fix: "action = \"new\"",
    };
    INVALID_VALUE = {
        code: "KD003", slug: "invalid-value", severity: Error,
        summary: "A value of the wrong type or outside its allowed values",
        doc: "Each key takes one kind of value: a number for targets and levels, a text for names, \
              a date for `issued`, one of the listed words for `action`. A value of another kind or \
              out of range cannot be checked and is reported where it stands.",
        example: "level = 3          # national-standard levels are 1 and 2",
        fix: "level = 2",
    };
    MISSING_KEY = {
        code: "KD004", slug: "missing-key", severity: Error,
        summary: "A required key is missing",
        doc: "A plan needs its `[plan]` header (title, issuer, area, province, year); every \
              `[[school]]` needs `school` and `action`, every `[[wave]]` its `number`, every \
              `[[task]]` its `what`. Without them the plan cannot be checked.",
        example: "[[school]]\nschool = \"MN Hoa Sen\"",
        fix: "[[school]]\nschool = \"MN Hoa Sen\"\naction = \"new\"",
    };
    EMPTY_PLAN = {
        code: "KD005", slug: "empty-plan", severity: Error,
        summary: "The plan file is empty",
        doc: "A file named like a plan (`2025.toml`) holds nothing but blanks or comments. It is \
              probably a plan that was never filled in.",
        example: "# kế hoạch 2025",
        fix: "[plan]\ntitle = \"…\"\nyear = 2025\n…",
    };
    YEAR_MISMATCH = {
        code: "KD006", slug: "year-mismatch", severity: Warning,
        summary: "`plan.year` differs from the file name",
        doc: "Plans are stored as `<year>.toml`; a file `2025.toml` whose `year` says 2024 is \
              usually last year's plan copied and not updated, and every year-dependent check \
              (terms, renewals, waves) would use the wrong year.",
        example: "# file 2025.toml\n[plan]\nyear = 2024",
        fix: "year = 2025   # or rename the file to 2024.toml",
    };
    INVALID_DUE = {
        code: "KD007", slug: "invalid-due", severity: Error,
        summary: "A task's `due` is not a date, a month or a quarter",
        doc: "Deadlines are written `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Qn` so they can be sorted and \
              compared with the plan year. Documents say \"quý II/2024\"; write it `2024-Q2`.",
        example: "due = \"quý II/2024\"",
        fix: "due = \"2024-Q2\"",
    };
    DUE_BEFORE_YEAR = {
        code: "KD008", slug: "due-before-year", severity: Warning,
        summary: "A task is due before the plan year starts",
        doc: "A deadline earlier than the plan year cannot be met by the plan; it is usually a \
              deadline copied from last year's plan.",
        example: "[plan]\nyear = 2025\n[[task]]\ndue = \"2024-Q2\"",
        fix: "due = \"2025-Q2\"",
    };
    DUPLICATE_WAVE = {
        code: "KD009", slug: "duplicate-wave", severity: Error,
        summary: "Two `[[wave]]` tables with the same number",
        doc: "Schools name their wave by number; two waves with one number make it impossible to \
              tell which one a school belongs to.",
        example: "[[wave]]\nnumber = 1\n[[wave]]\nnumber = 1",
        fix: "[[wave]]\nnumber = 1\n[[wave]]\nnumber = 2",
    };
    UNREADABLE_FILE = {
        code: "KD010", slug: "unreadable-file", severity: Error,
        summary: "A plan or roster file found under the given folder cannot be read",
        doc: "The file exists but cannot be opened or is not UTF-8 text. It is reported and the \
              other files are still checked.",
        example: "plans/lang-son/van-quan/2025.toml saved in a legacy encoding",
        fix: "Save the file as UTF-8 (in Excel or Notepad: \"Save as\" → encoding UTF-8).",
    };
    TARGET_COUNT_MISMATCH = {
        code: "KD101", slug: "target-count-mismatch", severity: Error,
        summary: "A stated count differs from the schools listed",
        doc: "`targets.total` must equal the number of `[[school]]` entries, and `new`, `renew` \
              (`maintain`), `raise` and `accredit` the number of entries with that action. \
              Hand-written plans often change the list and forget the number in the text; the \
              finding names the entries that were counted.",
        example: "[targets]\nnew = 2\n# … three [[school]] entries with action = \"new\"",
        fix: "new = 3   # or correct the list",
    };
    TARGET_KIND_MISMATCH = {
        code: "KD102", slug: "target-kind-mismatch", severity: Error,
        summary: "A per-school-type count differs from the schools listed",
        doc: "`[targets.by_kind]` gives counts per school type. `MN` counts every preschool (MN, MG \
              and NT); a multi-level school counts under its own key (`TH-THCS`), not under `TH` \
              or `THCS`. Each stated count must equal the listed schools of that type.",
        example: "[targets.by_kind]\nMN = 1\n# … two preschools listed",
        fix: "MN = 2",
    };
    TARGET_PARTS_MISMATCH = {
        code: "KD103", slug: "target-parts-mismatch", severity: Error,
        summary: "Stated parts do not add up to the stated whole",
        doc: "When a plan states a total and its parts (\"07 trường = 02 mới + 04 duy trì + 01 nâng \
              mức\"), the parts must add up even if no school list is attached: new + renew + raise \
              + accredit = total, the per-type counts sum to total, kept + new = recognised_after, \
              and level2_after ≤ recognised_after ≤ schools_total.",
        example: "[targets]\ntotal = 7\nnew = 2\nrenew = 4\nraise = 2",
        fix: "raise = 1   # or total = 8",
    };
    SCHOOL_LIST_MISSING = {
        code: "KD104", slug: "school-list-missing", severity: Warning,
        summary: "Targets are stated but no school is listed",
        doc: "A plan that states how many schools it acts on but lists none (the list is \"attached\" \
              and the attachment is not in the repository) cannot have its counts checked against \
              schools. Only the stated numbers are checked against each other.",
        example: "[targets]\ntotal = 7\n# no [[school]] entries",
        fix: "Transcribe the attached list as [[school]] entries.",
    };
    WAVE_COUNT_MISMATCH = {
        code: "KD105", slug: "wave-count-mismatch", severity: Error,
        summary: "A wave's stated number of schools differs from the schools in it",
        doc: "`[[wave]] schools` must equal the `[[school]]` entries whose `wave` names that wave \
              (\"Đợt 1 … đề nghị đối với 6 đơn vị\" needs six entries with `wave = 1`).",
        example: "[[wave]]\nnumber = 1\nschools = 6\n# … five entries with wave = 1",
        fix: "schools = 5   # or put the sixth school in wave 1",
    };
    UNKNOWN_WAVE = {
        code: "KD106", slug: "unknown-wave", severity: Error,
        summary: "A school names a wave that is not declared",
        doc: "An entry's `wave` must be the `number` of a `[[wave]]` of the same plan.",
        example: "[[school]]\nschool = \"TH Số 2\"\naction = \"renew\"\nwave = 3   # only waves 1 and 2 exist",
        fix: "wave = 2",
    };
    WAVE_OUTSIDE_YEAR = {
        code: "KD107", slug: "wave-outside-year", severity: Warning,
        summary: "A wave's month is outside the plan year",
        doc: "A wave of proposals belongs to its plan's year; a month in another year is usually a \
              date copied from last year's plan.",
        example: "[plan]\nyear = 2024\n[[wave]]\nnumber = 1\nmonth = \"2023-03\"",
        fix: "month = \"2024-03\"",
    };
    AFTER_STATE_MISMATCH = {
        code: "KD108", slug: "after-state-mismatch", severity: Error,
        summary: "A stated after-state figure differs from the roster and the plan",
        doc: "`kept` is the number of roster schools holding a valid national-standard recognition at \
              the start of the plan year; `recognised_after` adds the schools the plan recognises \
              (new, renewed after lapsing) and drops those whose term ends in the plan year without \
              being renewed; `level2_after` counts those at level 2 afterwards; `schools_total` is \
              the number of roster rows. A recognition made in year Y is held until its 5-year term \
              ends during year Y+5.",
        example: "[targets]\nrecognised_after = 28\n# roster: 22 recognised, plan: 5 new",
        fix: "recognised_after = 27   # or list the missing school",
        reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: thời hạn công nhận 5 năm"),
    };
    KIND_UNKNOWN = {
        code: "KD109", slug: "school-kind-unknown", severity: Note,
        summary: "Per-type counts cannot be checked: a school's type is unknown",
        doc: "Without a roster, a school's type is read from its name (\"MN …\", \"Trường Tiểu học …\"). \
              When a name carries no type and no roster tells it, `[targets.by_kind]` cannot be \
              checked.",
        example: "[[school]]\nschool = \"Hoa Sen\"   # MN? TH?",
        fix: "school = \"MN Hoa Sen\"   # or add a roster",
    };
    AFTER_STATE_UNCHECKED = {
        code: "KD110", slug: "after-state-unchecked", severity: Note,
        summary: "After-state figures cannot be checked without a complete roster match",
        doc: "`kept`, `recognised_after`, `level2_after` and `schools_total` are computed from the \
              roster. Without a roster, or when a listed school is not found in it, kdcl says so \
              instead of guessing.",
        example: "[targets]\nrecognised_after = 28\n# no roster",
        fix: "roster = \"roster.csv\"",
    };
    UNKNOWN_SCHOOL = {
        code: "KD201", slug: "unknown-school", severity: Error,
        summary: "A listed school is not in the area's roster",
        doc: "Every `[[school]]` must name a school of the roster, by code or by name. Names are \
              compared ignoring case, Unicode form, spacing, the word \"Trường\", old or new \
              tone-mark placement and the spelling of the type (MN = Mầm non …); the type itself \
              must agree (\"TH Đoàn Kết\" is not \"THCS Đoàn Kết\"). The nearest roster names are \
              suggested.",
        example: "school = \"TH Doan Ket\"",
        fix: "school = \"TH Đoàn Kết\"",
    };
    NAME_VARIANT = {
        code: "KD202", slug: "school-name-variant", severity: Warning,
        summary: "A school is named differently from the roster",
        doc: "The name matches a roster school only when tone marks are ignored (\"Nậm Loong\" / \
              \"Nậm Loỏng\") or when one preschool type is written for another (MN / MG / NT). \
              It is probably the same school spelt differently; official documents should use \
              one spelling.",
        example: "school = \"MN Nậm Loong\"   # roster: Trường Mầm non Nậm Loỏng",
        fix: "school = \"MN Nậm Loỏng\"",
    };
    DUPLICATE_SCHOOL = {
        code: "KD203", slug: "duplicate-school", severity: Error,
        summary: "The same school is listed twice in one plan",
        doc: "A school appears once in a year's plan, with one action. Two entries for one school \
              (perhaps spelt differently) double-count it in every target.",
        example: "school = \"MN Hoa Sen\"\n…\nschool = \"Trường Mầm non Hoa Sen\"",
        fix: "Remove the second entry.",
    };
    AMBIGUOUS_SCHOOL = {
        code: "KD204", slug: "ambiguous-school", severity: Error,
        summary: "A name matches several roster schools",
        doc: "A name without its type (\"Đoàn Kết\") can match more than one school (TH Đoàn Kết, \
              THCS Đoàn Kết). Write the type or use the roster code.",
        example: "school = \"Đoàn Kết\"",
        fix: "school = \"THCS Đoàn Kết\"",
    };
    ROSTER_OUTSIDE = {
        code: "KD301", slug: "roster-outside-repository", severity: Error,
        summary: "The roster path leads outside the repository",
        doc: "A roster is named relative to its plan and must stay inside the plan repository (the \
              nearest folder holding `kdcl.toml` or `.git`). An absolute path, a `..` that climbs \
              out, or a symbolic link leading out is refused and the file is not read, so a plan \
              cannot make kdcl read files elsewhere on the machine.",
        example: "roster = \"../../../../etc/passwd\"",
        fix: "roster = \"roster.csv\"",
    };
    ROSTER_NOT_FOUND = {
        code: "KD302", slug: "roster-not-found", severity: Error,
        summary: "The roster named by the plan is missing or cannot be read",
        doc: "The `roster` key names a file that does not exist, cannot be opened or is not UTF-8 \
              text, so the plan's schools cannot be matched. The finding stands on the `roster` key \
              and says why the file could not be read.",
        example: "roster = \"roster.cvs\"",
        fix: "roster = \"roster.csv\"",
    };
    CSV_SYNTAX = {
        code: "KD303", slug: "csv-syntax", severity: Error,
        summary: "A roster row is not valid CSV or has the wrong number of fields",
        doc: "Rosters are comma-separated UTF-8 with one header row. A row with more or fewer fields \
              than the header (often a name with a comma that is not in quotes) cannot be read.",
        example: "TPLC-01,Trường Mầm non Hoa Sen, Tân Phong,MN",
        fix: "TPLC-01,\"Trường Mầm non Hoa Sen, Tân Phong\",MN",
    };
    ROSTER_MISSING_COLUMN = {
        code: "KD304", slug: "roster-missing-column", severity: Error,
        summary: "A required roster column is missing",
        doc: "A roster needs the columns `code`, `name` and `kind`.",
        example: "code,name,commune",
        fix: "code,name,kind,commune",
    };
    DUPLICATE_CODE = {
        code: "KD305", slug: "duplicate-code", severity: Error,
        summary: "Two roster rows share a school code",
        doc: "A school code identifies one school; plans may name schools by code.",
        example: "TPLC-01,Trường Mầm non Hoa Sen,MN\nTPLC-01,Trường Tiểu học Số 2,TH",
        fix: "TPLC-02,Trường Tiểu học Số 2,TH",
    };
    ROSTER_INVALID_VALUE = {
        code: "KD306", slug: "roster-invalid-value", severity: Error,
        summary: "A roster cell holds a value kdcl cannot use",
        doc: "`kind` must be a school type (MN, MG, NT, TH, THCS, THPT or a multi-level type such as \
              TH-THCS); `standard_level` 1–2; `accreditation_level` 1–4; years four digits (or a \
              date YYYY-MM-DD for the recognition years); a level needs its year.",
        example: "TPLC-03,Trường Tiểu học Số 2,TH,,,,,,,3,2019",
        fix: "TPLC-03,Trường Tiểu học Số 2,TH,,,,,,,2,2019",
    };
    UNKNOWN_COLUMN = {
        code: "KD307", slug: "unknown-column", severity: Warning,
        summary: "A roster column name looks like a misspelt known column",
        doc: "Extra columns are allowed and ignored, but one that is one or two letters away from a \
              known column is probably a misspelling, and its data would be ignored.",
        example: "code,name,kind,standard_levle",
        fix: "code,name,kind,standard_level",
    };
    RENEWAL_NOT_PLANNED = {
        code: "KD501", slug: "renewal-not-planned", severity: Warning,
        summary: "A recognition ends in the plan year and the plan neither renews nor raises it",
        doc: "A national-standard recognition made in year Y lasts five years: its term ends during \
              Y+5, when the school must be recognised again (công nhận lại). kdcl knows when each \
              recognition was made from the rosters (`standard_year`) and from earlier plans (a \
              school recognised, renewed or raised in the plan of year Y). When the plan of Y+5 \
              does not list the school with action `renew` or `raise`, the recognition lapses \
              unless the plan says why in a `[[note]]` (closure, merger, renewal postponed). \
              Reported by `kdcl diff` and, for each area's latest plan, by `kdcl check`.",
        example: "# roster-2025.csv: HN-02,Trường Tiểu học Hoà Ninh,TH,…,1,2020\n# 2025.toml lists no entry for HN-02",
        fix: "[[school]]\nschool = \"TH Hòa Ninh\"\naction = \"renew\"\nlevel  = 1\n\n# or, if it is not renewed on purpose:\n[[note]]\nschool = \"TH Hòa Ninh\"\ntext   = \"sáp nhập vào TH Hoa Sen từ 2025\"",
        reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: thời hạn công nhận 5 năm"),
    };
    NEW_WHILE_RECOGNISED = {
        code: "KD502", slug: "new-while-recognised", severity: Error,
        summary: "A school is listed `new` while an earlier recognition's term still runs",
        doc: "A school recognised (new, renewed or raised) in year Y holds its recognition until \
              its term ends during Y+5. Listing it again with action `new` before then counts it \
              twice: it is either a raise (level 1 to 2), a renewal that is not yet due, or the \
              earlier recognition did not happen — then the roster of a later year should say so \
              (a roster that shows the school without the recognition silences this rule).",
        example: "# 2023.toml: school = \"MN Hoa Sen\", action = \"new\"\n# 2025.toml:\n[[school]]\nschool = \"MN Hoa Sen\"\naction = \"new\"",
        fix: "action = \"raise\"   # or remove the entry until the renewal is due in 2028",
        reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: thời hạn công nhận 5 năm"),
    };
    LEVEL_LOWERED = {
        code: "KD503", slug: "level-lowered", severity: Warning,
        summary: "A school's national-standard level goes down from one year to the next without a note",
        doc: "A school at level 2 that a plan renews at level 1, or whose level is 2 in one year's \
              roster and 1 in the next, has lost a level. That happens, but a plan should say why: \
              write it in the entry's `note`, in a `[[note]]` of the plan, or in the `note` column \
              of the later roster.",
        example: "# roster: TH Số 2 holds level 2 (2020)\n[[school]]\nschool = \"TH Số 2\"\naction = \"renew\"\nlevel  = 1",
        fix: "level = 2   # or note = \"không duy trì được tiêu chuẩn mức độ 2: …\"",
    };
    SCHOOL_LEFT_ROSTER = {
        code: "KD504", slug: "school-left-roster", severity: Warning,
        summary: "A school of an earlier roster is missing from a later one without a note",
        doc: "Rosters change from year to year (`roster-<year>.csv`). A school that is in one \
              year's roster and not in the next has closed, merged or been renamed — or was \
              deleted by mistake, and its recognition with it. Say which: a `note` in the earlier \
              roster's row, or a `[[note]]` naming the school in the later plan, silences this \
              rule.",
        example: "# roster-2024.csv: HN-05,Trường Tiểu học Đạ Nhar,TH,…\n# roster-2025.csv: no HN-05",
        fix: "HN-05,Trường Tiểu học Đạ Nhar,TH,…,sáp nhập vào TH Hòa Ninh từ 2025   # the note column",
    };
}

pub fn find(code_or_slug: &str) -> Option<&'static Rule> {
    let wanted = code_or_slug.trim();
    ALL.iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(wanted) || r.slug == wanted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_slugs_are_unique_and_sorted() {
        let codes: HashSet<_> = ALL.iter().map(|r| r.code).collect();
        let slugs: HashSet<_> = ALL.iter().map(|r| r.slug).collect();
        assert_eq!(codes.len(), ALL.len());
        assert_eq!(slugs.len(), ALL.len());
        assert!(ALL.windows(2).all(|w| w[0].code < w[1].code));
    }
}
