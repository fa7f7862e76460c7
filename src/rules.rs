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
        // Rules that state every field make the update a no-op; that is fine.
        $(#[allow(clippy::needless_update)] pub static $ident: Rule = Rule { $($field: $value,)* ..DEFAULT };)*
        /// Every rule, in code order (blocks may be declared in any order).
        pub static ALL: &[&Rule] = &by_code([$(&$ident),*]);
    };
}

/// Sorts rules by code at compile time.
const fn by_code<const N: usize>(mut rules: [&'static Rule; N]) -> [&'static Rule; N] {
    const fn less(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        let mut i = 0;
        while i < a.len() && i < b.len() {
            if a[i] != b[i] {
                return a[i] < b[i];
            }
            i += 1;
        }
        a.len() < b.len()
    }
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && less(rules[j].code, rules[j - 1].code) {
            let t = rules[j];
            rules[j] = rules[j - 1];
            rules[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    rules
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
    // Circulars 17, 18, 19/2018: which circular, what each action may ask for.
    BASIS_CIRCULAR_MISSING = {
        code: "KD401", slug: "basis-circular-missing", severity: Warning,
        summary: "The plan's basis cites circulars but not the one governing a listed school",
        doc: "Each school is governed by one circular: preschools (MN, MG, NT) by Circular 19/2018, \
              primary schools (TH) by 17/2018, secondary and multi-level schools (THCS, THPT, TH-THCS, \
              THCS-THPT, PTDTNT) by 18/2018. When the plan's `basis` cites circulars (in any spelling: \
              \"Thông tư 18/2018/TT-BGDĐT\", \"TT18/2018\", \"18/2018/TT-BGDĐT\") and a listed school's \
              circular is not among them, the plan rests on the wrong rules for that school.",
        example: "basis = [\"Thông tư số 18/2018/TT-BGDĐT\"]\n[[school]]\nschool = \"TH Đoàn Kết\"   # primary: Circular 17",
        fix: "basis = [\"Thông tư số 17/2018/TT-BGDĐT\", \"Thông tư số 18/2018/TT-BGDĐT\"]",
        reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 1 (phạm vi điều chỉnh)"),
        confidence: Some(Confidence::Confirmed),
    };
    NEW_BUT_RECOGNISED = {
        code: "KD402", slug: "new-but-recognised", severity: Error,
        summary: "`new` for a school that already holds a valid recognition",
        doc: "A first recognition (công nhận mới) is for a school that holds no valid national-standard \
              recognition at the start of the plan year. A school that holds one (its 5-year term has \
              not ended before the plan year) is renewed (công nhận lại) when the term ends, or raised \
              (nâng mức độ) from level 1 to level 2.",
        example: "[[school]]\nschool = \"TH Số 2\"   # roster: level 1, recognised 2021\naction = \"new\"",
        fix: "action = \"raise\"   # or renew when the term ends",
        reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: bằng công nhận có giá trị 5 năm"),
        confidence: Some(Confidence::Confirmed),
    };
    RENEW_NOT_HELD = {
        code: "KD403", slug: "renew-not-held", severity: Error,
        summary: "`renew` for a school never recognised, or at another level",
        doc: "A renewal (công nhận lại, duy trì) recognises a school again at the level it holds or \
              held. A school the roster shows as never recognised asks for a first recognition \
              (`new`); one asking for a higher level than it holds asks for a raise (`raise`).",
        example: "[[school]]\nschool = \"MN Bình Minh\"   # roster: never recognised\naction = \"renew\"",
        fix: "action = \"new\"",
        reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: công nhận lại sau 5 năm"),
        confidence: Some(Confidence::Confirmed),
    };
    RENEW_TOO_EARLY = {
        code: "KD404", slug: "renew-too-early", severity: Warning,
        summary: "`renew` while the recognition's term runs beyond the plan year",
        doc: "A recognition lasts 5 years: one made in year Y ends during Y+5, the year it is renewed. \
              A renewal planned while the term still runs past the plan year is early; the school \
              probably belongs to a later year's plan, or the roster's year is out of date.",
        example: "[plan]\nyear = 2024\n[[school]]\nschool = \"TH Tân Phong\"   # roster: recognised 2021\naction = \"renew\"",
        fix: "Move the school to the plan of 2026, or correct the roster's standard_year.",
        reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: bằng công nhận có giá trị 5 năm"),
        confidence: Some(Confidence::Confirmed),
    };
    RAISE_NOT_LEVEL_1 = {
        code: "KD405", slug: "raise-not-from-level-1", severity: Error,
        summary: "`raise` for a school that does not hold a valid level 1, or not to level 2",
        doc: "Raising (nâng mức độ) takes a school from national-standard level 1 to level 2; there is \
              no level 3. The school must hold a valid level-1 recognition at the start of the plan \
              year: without one it asks for `new` (or `renew`), and a school at level 2 has nothing to \
              raise.",
        example: "[[school]]\nschool = \"MN Hoa Sen\"   # roster: never recognised\naction = \"raise\"",
        fix: "action = \"new\"\nlevel = 2",
        reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT (mức độ 1 và mức độ 2)"),
        confidence: Some(Confidence::Confirmed),
    };
    RAISE_TOO_SOON = {
        code: "KD406", slug: "raise-too-soon", severity: Warning,
        summary: "`raise` before the school has held level 1 for the waiting time",
        doc: "A school asks to go from national-standard level 1 to level 2 at least 2 years after its \
              recognition at level 1 (the original circulars). Circular 22/2024 shortened the wait for \
              a higher accreditation level to 1 year from 25/01/2025; whether it also changed this wait \
              is not known, so kdcl keeps 2 years and reports a warning, not an error. The waiting time \
              is kept in data/circulars.toml.",
        example: "[plan]\nyear = 2024\n[[school]]\nschool = \"TH Kim Đồng\"   # roster: level 1 since 2023\naction = \"raise\"",
        fix: "Plan the raise for 2025 or later.",
        reference: Some("Thông tư 19/2018/TT-BGDĐT (2 năm); Thông tư 22/2024/TT-BGDĐT"),
        confidence: Some(Confidence::Recalled),
    };
    ACCREDITATION_RAISE_TOO_SOON = {
        code: "KD407", slug: "accreditation-raise-too-soon", severity: Error,
        summary: "A higher accreditation level asked for before the waiting time",
        doc: "A school registers for a higher accreditation level (cấp độ) only after holding its \
              current one for 2 years; from 25/01/2025 Circular 22/2024 shortened this to 1 year. \
              kdcl uses the plan's `issued` date (without one, 1 January of the plan year) to choose \
              the rule in force.",
        example: "[plan]\nyear = 2025\nissued = 2025-01-10\n[[school]]\nschool = \"TH Số 2\"   # roster: accreditation 2 in 2024\naction = \"accredit\"\naccreditation = 3",
        fix: "Plan it for 2026 (or, if the plan is issued from 25/01/2025, from one year after the last accreditation).",
        reference: Some("Thông tư 19/2018/TT-BGDĐT; Thông tư 22/2024/TT-BGDĐT (hiệu lực 25/01/2025)"),
        confidence: Some(Confidence::Confirmed),
    };
    ACCREDITATION_BELOW_STANDARD = {
        code: "KD408", slug: "accreditation-below-standard", severity: Error,
        summary: "The stated accreditation level is below what the national-standard level needs",
        doc: "National-standard level 1 needs an evaluation at Mức 2 or higher, level 2 needs Mức 3 or \
              higher (accreditation levels 1–4 are the external evaluation's Mức). A plan asking for \
              level 2 with accreditation 2 cannot be granted.",
        example: "[[school]]\nschool = \"TH Đoàn Kết\"\naction = \"new\"\nlevel = 2\naccreditation = 2",
        fix: "accreditation = 3   # or level = 1",
        reference: Some("Thông tư 17/2018/TT-BGDĐT, Điều 6 (tương tự Thông tư 18, 19)"),
        confidence: Some(Confidence::Inferred),
    };
    SCHOOL_TOO_YOUNG = {
        code: "KD409", slug: "school-too-young", severity: Warning,
        summary: "The school has not run long enough to be recognised",
        doc: "A preschool needs 5 years of operation; a primary or secondary school needs one cohort to \
              have completed its programme (primary 5 years, lower secondary 4, upper secondary 3); a \
              multi-level school qualifies through any of its levels. Counted from the roster's \
              `founded` to the plan year. Mergers can carry a school's history: the roster's `note` is \
              shown so the reader can judge.",
        example: "[plan]\nyear = 2024\n[[school]]\nschool = \"THCS Quyết Tiến\"   # roster: founded 2022\naction = \"new\"",
        fix: "Plan the recognition for 2026, or correct `founded` (and explain a merger in `note`).",
        reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 34 khoản 1"),
        confidence: Some(Confidence::Inferred),
    };
    RENEWAL_AFTER_EXPIRY = {
        code: "KD410", slug: "renewal-after-expiry", severity: Warning,
        summary: "A renewal's wave comes after the recognition expires",
        doc: "With the recognition's full date in the roster (`standard_year = 2019-10-15`), its expiry \
              is known to the day. A renewal proposed in a wave after that month leaves the school \
              without recognition in between.",
        example: "# roster: standard_year = 2019-03-15\n[[wave]]\nnumber = 2\nmonth = \"2024-09\"\n[[school]]\naction = \"renew\"\nwave = 2",
        fix: "Put the school in a wave before 03/2024.",
        reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: bằng công nhận có giá trị 5 năm"),
        confidence: Some(Confidence::Confirmed),
    };
    RENEWAL_REGISTRATION_LATE = {
        code: "KD411", slug: "renewal-registration-late", severity: Note,
        summary: "A renewal's wave is less than 5 months before the recognition expires",
        doc: "To be recognised again a school registers for external evaluation at least 5 months \
              before its recognition expires. A wave closer to the expiry than that leaves too little \
              time for the self-evaluation and the registration.",
        example: "# roster: standard_year = 2019-10-15\n[[wave]]\nnumber = 2\nmonth = \"2024-09\"",
        fix: "Register in an earlier wave (by 05/2024).",
        reference: Some("Thông tư 17/2018/TT-BGDĐT, Điều 35 khoản 2"),
        confidence: Some(Confidence::Confirmed),
    };
    DISTRICT_ISSUER = {
        code: "KD412", slug: "district-issuer-after-reform", severity: Warning,
        summary: "A plan issued after 01/07/2025 by a district body",
        doc: "From 01/07/2025 Vietnam has two levels of local government: districts (huyện, quận, thị \
              xã, provincial cities) and their education offices (Phòng GD&ĐT) no longer exist, and \
              their school duties passed to the communes (UBND xã, phường and their Phòng Văn hóa - Xã \
              hội) and the province. A plan issued after that date (or, without `issued`, for a later \
              year) by a district body is an anachronism, usually a copied header. Earlier plans are \
              valid history.",
        example: "[plan]\nissuer = \"UBND huyện Văn Quan\"\nyear = 2026",
        fix: "issuer = \"UBND xã Văn Quan\"",
        reference: Some("Nghị định 142/2025/NĐ-CP và 143/2025/NĐ-CP"),
        confidence: Some(Confidence::Confirmed),
    };
    // Inputs as offices produce them: encodings, spreadsheets, limits.
    LEGACY_ENCODING = {
        code: "KD310", slug: "legacy-font-encoding", severity: Error,
        summary: "Roster text typed in the legacy TCVN3 (ABC) or VNI font encoding",
        doc: "Before Unicode, Vietnamese was typed with font encodings: TCVN3 (ABC, fonts .VnTime…) \
              and VNI (fonts VNI-Times…). Saved as CSV or opened without the font, \
              \"Trường Mầm non\" reads \"Tr\u{AD}êng MÇm non\" (TCVN3) or \"Tröôøng Maàm non\" (VNI), and \
              no name in a plan can match it. kdcl recognises such cells, says which encoding they \
              are in and what they say, and does not read those rows as schools. The finding stands \
              on the first such cell and counts the others.",
        example: "code,name,kind\nHN-01,Tr\u{AD}êng MÇm non Hoa Sen,MN",
        fix: "In Unikey: Công cụ chuyển mã (Ctrl+Shift+F6), source TCVN3 (ABC), destination \
              Unicode, convert the table (or the clipboard), then save as \"CSV UTF-8\".",
    };
    NESTING_TOO_DEEP = {
        code: "KD311", slug: "nesting-too-deep", severity: Error,
        summary: "The plan nests arrays or tables deeper than any plan needs",
        doc: "A plan needs at most a few levels of nesting (`[targets.by_kind]`, a list of texts). A \
              file nested dozens of levels deep is not a plan, and reading it could exhaust the \
              stack, so kdcl refuses it before parsing and points at the place the limit was passed.",
        example: "basis = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"…\"]]]]]]]…",
        fix: "basis = [\"…\"]",
    };
    SHEET_NOT_FOUND = {
        code: "KD312", slug: "sheet-not-found", severity: Error,
        summary: "`roster_sheet` names a sheet the workbook does not have",
        doc: "A roster workbook (.xlsx, .ods) is read from its first sheet, or from the sheet \
              `roster_sheet` names (compared ignoring case and accents). A name the workbook does \
              not have leaves the plan without a roster; the finding lists the sheets there are.",
        example: "roster = \"roster.xlsx\"\nroster_sheet = \"Danh sach\"   # the workbook has \"DS truong\"",
        fix: "roster_sheet = \"DS truong\"",
    };
    CODE_SCIENTIFIC = {
        code: "KD313", slug: "code-scientific-notation", severity: Error,
        summary: "A school code was turned into a number in scientific notation by Excel",
        doc: "Excel reads a long code such as 123456789012 as a number, shows it as 1,23E+11 and, \
              when the sheet is saved as CSV, writes it that way: the digits are lost and plans can \
              no longer name the school by its code. The school is still read by its name; its code \
              must be typed again as text.",
        example: "code,name,kind\n1,23E+11,Trường Mầm non Hoa Sen,MN",
        fix: "In Excel format the column as Text (Định dạng ô → Văn bản), type the codes again, and \
              save as \"CSV UTF-8\"; or keep the roster as .xlsx.",
    };
    ROWS_SKIPPED = {
        code: "KD314", slug: "roster-rows-skipped", severity: Note,
        summary: "Roster rows that are not schools were skipped",
        doc: "Rosters exported from Excel carry more than the table: a title above the header, the \
              header repeated on each printed page, blank rows, and a total row and signatures \
              (\"Tổng cộng\", \"Người lập biểu\", \"Hiệu trưởng\") under it. kdcl skips them instead of \
              reading them as schools, and says so in a note in case one of them was a school.",
        example: "code,name,kind\nHN-01,Trường Mầm non Hoa Sen,MN\n,Tổng cộng: 1 trường,",
        fix: "Nothing to do if the skipped rows are not schools; otherwise give the row a code, a \
              name and a kind.",
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
