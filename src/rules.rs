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
    pub fn describe(self) -> String {
        match self {
            Confidence::Confirmed => crate::msg!("confidence-confirmed"),
            Confidence::Inferred => crate::msg!("confidence-inferred"),
            Confidence::Recalled => crate::msg!("confidence-recalled"),
        }
        .render()
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

    EVALUATION_UNKNOWN_CRITERION = {
        // severity: Error, the default (a rule stating every field trips clippy::needless_update)
        code: "KD420", slug: "evaluation-unknown-criterion",
        summary: "An evaluation row names a criterion the school's circular does not have",
        doc: "Each row of an evaluation file gives a school's result for one criterion (tiêu chí) \
              of the circular that governs the school: Thông tư 19/2018 for MN, MG and NT \
              schools, 17/2018 for TH schools, 18/2018 for THCS, THPT and multi-level schools. \
              Criteria are written `1.1` … `5.6` and the Mức-4 items of Art. 22 `M4.1` …. A \
              criterion another circular has (2.4 for a preschool, 5.6 for a primary school) or a \
              number no circular has is an error on the cell; the circular's list is given. \
              Circular 19's list (25 criteria) is confirmed; the lists of Circulars 17 (27) and \
              18 (28) are recalled, not confirmed, and kept in data/criteria/ for correction.",
        example: "code,criterion,level\nDK-02,5.6,2      # DK-02 is a TH school: Circular 17 ends at 5.5",
        fix: "DK-02,5.5,2",
        reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 6; Điều 22 (Mức 4)"),
        confidence: Some(Confidence::Recalled),
    };
    EVALUATION_MISSING_CRITERION = {
        // severity: Error, the default (a rule stating every field trips clippy::needless_update)
        code: "KD421", slug: "evaluation-missing-criterion",
        summary: "A school's self-evaluation lacks a criterion of its circular",
        doc: "A school is at Mức k only when every criterion of its circular meets every \
              requirement up to Mức k, so a level can be computed only from a result for every \
              criterion. A school with rows in the evaluation file but no row for some criterion \
              (in its latest year, when the file has a `year` column) is reported once, on its \
              first row, with the criteria it lacks. A criterion that does not reach level 1 is \
              written with level 0, not left out. Mức-4 items may be left out: a missing item \
              counts as not met.",
        example: "code,criterion,level\nDK-02,1.1,3\nDK-02,1.2,3    # … 1.3 to 5.5 missing",
        fix: "DK-02,1.3,2\n…\nDK-02,5.5,3",
        reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 6"),
        confidence: Some(Confidence::Recalled),
    };
    EVALUATION_UNDEFINED_LEVEL = {
        // severity: Error, the default (a rule stating every field trips clippy::needless_update)
        code: "KD422", slug: "evaluation-undefined-level",
        summary: "An evaluation row gives a level the criterion does not define",
        doc: "A criterion is assessed at Mức 1, 2 or 3 (Art. 6); `level` is the highest level it \
              reaches, 0 when it does not reach level 1. Mức 4 is not a level of a criterion but \
              of the school, through the items of Art. 22, each written 1 (met) or 0 (not met). \
              Which criteria define no Mức 3 requirement is not confirmed: kdcl's data gives \
              every criterion levels 1–3, marked as recalled, so that a correction is one edit in \
              data/criteria/.",
        example: "DK-02,3.2,4",
        fix: "DK-02,3.2,3\nDK-02,M4.3,1",
        reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 6; Điều 22 (Mức 4)"),
        confidence: Some(Confidence::Recalled),
    };
    EVALUATION_UNKNOWN_SCHOOL = {
        code: "KD423", slug: "evaluation-unknown-school", severity: Error,
        summary: "An evaluation row names a school code that is not in the roster",
        doc: "The `code` column of an evaluation file takes the roster's code of the school. A code \
              the roster does not have cannot be tied to a school, a type or a circular; the \
              nearest roster codes are suggested. It is reported once per code.",
        example: "code,criterion,level\nDK-20,1.1,3     # the roster has DK-02",
        fix: "DK-02,1.1,3",
    };
    EVALUATION_BELOW_TARGET = {
        // severity: Error, the default (a rule stating every field trips clippy::needless_update)
        code: "KD424", slug: "evaluation-below-target",
        summary: "The plan proposes more than the school's self-evaluation supports",
        doc: "A school is at Mức k only when every criterion meets every requirement up to Mức k \
              (cumulative: one criterion at level 1 keeps it at Mức 1 however many others reach \
              level 3; a criterion without a Mức 3 requirement only needs its highest level); Mức \
              4 is Mức 3 plus every item of Art. 22. National-standard level 1 needs Mức 2 and \
              level 2 needs Mức 3; accreditation level k needs Mức k. An entry whose `level` or \
              `accreditation` needs more than the school's computed Mức is reported on that \
              value, naming the criteria that hold it back. Without `level`, `raise` asks for \
              level 2, `new` for at least level 1 and `renew` for the roster's level; `accredit` \
              without `accreditation` for at least accreditation level 1. The cumulative rule is \
              inferred from Art. 2 and 6; the level mapping is confirmed for Circular 17 and \
              inferred for 18 and 19; that every criterion has a Mức 3 requirement is kdcl's \
              unconfirmed default, and the finding says when it matters.",
        example: "[[school]]\nschool = \"MN Hoa Sen\"\naction = \"raise\"\nlevel  = 2      # evaluation: 3.2 and 5.4 at level 2 → Mức 2",
        fix: "level = 1   # or update the evaluation once 3.2 and 5.4 reach level 3",
        reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 6; Điều 22 (Mức 4)"),
        confidence: Some(Confidence::Inferred),
    };
    EVALUATION_INVALID = {
        code: "KD425", slug: "evaluation-invalid", severity: Error,
        summary: "An evaluation file is not valid CSV, lacks a column or holds an unusable value",
        doc: "Evaluation files are comma-separated UTF-8 with one header row holding `code`, \
              `criterion` and `level` (and optionally `year`), one row per school and criterion. \
              A row with the wrong number of fields, an empty code or criterion, a level that is \
              not a whole number or a year that is not four digits cannot be used and is reported \
              on its cell; the other rows are still read.",
        example: "code,criterion,level\nDK-02,1.1,đạt",
        fix: "DK-02,1.1,1",
    };
    EVALUATION_DUPLICATE_ROW = {
        code: "KD426", slug: "evaluation-duplicate-row", severity: Error,
        summary: "An evaluation file gives one school's criterion twice for the same year",
        doc: "Each school has one result per criterion and year. A second row for the same code, \
              criterion and year is reported and ignored; the first one counts.",
        example: "DK-02,3.2,2\nDK-02,3.2,3",
        fix: "DK-02,3.2,3",
    };
    EVALUATION_NOT_FOUND = {
        code: "KD427", slug: "evaluation-not-found", severity: Error,
        summary: "The evaluation file named by the plan is missing or cannot be read",
        doc: "The `evaluation` key names a file that does not exist, cannot be opened or is not \
              UTF-8 text. The finding stands on the key and says why the file could not be read.",
        example: "evaluation = \"evaluation.cvs\"",
        fix: "evaluation = \"evaluation.csv\"",
    };
    EVALUATION_OUTSIDE = {
        code: "KD428", slug: "evaluation-outside-repository", severity: Error,
        summary: "The evaluation path leads outside the repository",
        doc: "Like a roster, an evaluation file is named relative to its plan and must stay inside \
              the plan repository (the nearest folder holding `kdcl.toml` or `.git`). An absolute \
              path, a `..` that climbs out, or a symbolic link leading out is refused and the file \
              is not read.",
        example: "evaluation = \"../../../../etc/passwd\"",
        fix: "evaluation = \"evaluation.csv\"",
    };
    EVALUATION_UNCHECKED = {
        code: "KD429", slug: "evaluation-unchecked", severity: Note,
        summary: "A target cannot be checked against the self-evaluation",
        doc: "The plan names an evaluation file but a target cannot be checked against it: the plan \
              has no roster (evaluation rows name schools by roster code), the school has no rows \
              in the file, or the roster gives no type for the school (so its circular is \
              unknown). kdcl says so instead of guessing.",
        example: "[[school]]\nschool = \"TH Đoàn Kết\"   # no row for DK-02 in evaluation.csv\naction = \"new\"",
        fix: "Add the school's self-evaluation results to evaluation.csv.",
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
