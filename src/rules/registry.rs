//! The rule registry: every finding kdcl can report, with its stable code,
//! slug, default severity and documentation in one place. `kdcl rules` and
//! `kdcl explain` print from here, and the README's rule list is generated
//! from it (a test keeps the two equal).

use crate::diag::diagnostic::Severity;
use crate::diag::messages::Lang;

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
    /// `summary` in Vietnamese.
    pub summary_vi: &'static str,
    /// `doc` in Vietnamese.
    pub doc_vi: &'static str,
    /// `example` with its comments in Vietnamese (the TOML or CSV itself
    /// unchanged); empty when there is nothing to translate.
    pub example_vi: &'static str,
    /// `fix` in Vietnamese.
    pub fix_vi: &'static str,
    /// The legal text the rule comes from, when it comes from one.
    pub reference: Option<&'static str>,
    /// How sure the legal fact behind the rule is, for rules that rest on one.
    pub confidence: Option<Confidence>,
}

/// A rule's documentation in one language.
#[derive(Debug, Clone, Copy)]
pub struct RuleText {
    pub summary: &'static str,
    pub doc: &'static str,
    pub example: &'static str,
    pub fix: &'static str,
}

impl Rule {
    /// The documentation in `lang` (English where a Vietnamese text is
    /// missing; a test keeps none missing).
    pub fn text(&self, lang: Lang) -> RuleText {
        let english = RuleText {
            summary: self.summary,
            doc: self.doc,
            example: self.example,
            fix: self.fix,
        };
        match lang {
            Lang::En => english,
            Lang::Vi => {
                let or = |vi: &'static str, en: &'static str| if vi.is_empty() { en } else { vi };
                RuleText {
                    summary: or(self.summary_vi, self.summary),
                    doc: or(self.doc_vi, self.doc),
                    example: or(self.example_vi, self.example),
                    fix: or(self.fix_vi, self.fix),
                }
            }
        }
    }

    /// The documentation in the chosen language.
    pub fn localized(&self) -> RuleText {
        self.text(crate::diag::messages::lang())
    }
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
    summary_vi: "",
    doc_vi: "",
    example_vi: "",
    fix_vi: "",
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
        summary_vi: "Tệp kế hoạch không đúng cú pháp TOML",
        doc_vi: "Kế hoạch phải đúng cú pháp TOML thì mới kiểm tra được nội dung. Phát hiện chỉ ra \
              vị trí đầu tiên mà trình đọc TOML không hiểu được; phần còn lại của tệp đó không \
              được kiểm tra, nhưng các tệp khác vẫn được kiểm tra bình thường.",
        example_vi: "total = 07        # TOML không cho phép chữ số 0 ở đầu",
        fix_vi: "total = 7",
    };
    UNKNOWN_KEY = {
        code: "KD002", slug: "unknown-key", severity: Error,
        summary: "A key the plan format does not define",
        doc: "Every key of a plan has a meaning in the plan format; a key kdcl does not know is \
              usually a misspelling, and a misspelt key would otherwise be silently ignored (a \
              target that is never checked). The closest known key is suggested.",
        example: "[[school]]\nschool = \"MN Hoa Sen\"\nacton = \"new\"",
        fix: "action = \"new\"",
        summary_vi: "Khóa không có trong định dạng kế hoạch",
        doc_vi: "Mỗi khóa của kế hoạch đều có ý nghĩa trong định dạng kế hoạch; khóa mà kdcl \
              không biết thường là do viết sai, và khóa viết sai nếu không được báo sẽ bị bỏ qua \
              mà không ai hay (một chỉ tiêu không bao giờ được kiểm tra). kdcl gợi ý khóa hợp lệ \
              gần nhất.",
        fix_vi: "action = \"new\"",
    };
    INVALID_VALUE = {
        code: "KD003", slug: "invalid-value", severity: Error,
        summary: "A value of the wrong type or outside its allowed values",
        doc: "Each key takes one kind of value: a number for targets and levels, a text for names, \
              a date for `issued`, one of the listed words for `action`. A value of another kind or \
              out of range cannot be checked and is reported where it stands.",
        example: "level = 3          # national-standard levels are 1 and 2",
        fix: "level = 2",
        summary_vi: "Giá trị sai kiểu hoặc nằm ngoài phạm vi cho phép",
        doc_vi: "Mỗi khóa nhận một loại giá trị: số đối với chỉ tiêu và mức độ, chuỗi ký tự đối \
              với tên, ngày đối với `issued`, một trong các từ quy định đối với `action`. Giá trị \
              sai kiểu hoặc ngoài phạm vi thì không kiểm tra được và được báo ngay tại chỗ.",
        example_vi: "level = 3          # mức độ đạt chuẩn quốc gia chỉ có 1 và 2",
        fix_vi: "level = 2",
    };
    MISSING_KEY = {
        code: "KD004", slug: "missing-key", severity: Error,
        summary: "A required key is missing",
        doc: "A plan needs its `[plan]` header (title, issuer, area, province, year); every \
              `[[school]]` needs `school` and `action`, every `[[wave]]` its `number`, every \
              `[[task]]` its `what`. Without them the plan cannot be checked.",
        example: "[[school]]\nschool = \"MN Hoa Sen\"",
        fix: "[[school]]\nschool = \"MN Hoa Sen\"\naction = \"new\"",
        summary_vi: "Thiếu khóa bắt buộc",
        doc_vi: "Kế hoạch cần có bảng `[plan]` (title, issuer, area, province, year); mỗi \
              `[[school]]` cần có `school` và `action`, mỗi `[[wave]]` cần có `number`, mỗi \
              `[[task]]` cần có `what`. Thiếu các khóa này thì không kiểm tra được kế hoạch.",
        fix_vi: "[[school]]\nschool = \"MN Hoa Sen\"\naction = \"new\"",
    };
    EMPTY_PLAN = {
        code: "KD005", slug: "empty-plan", severity: Error,
        summary: "The plan file is empty",
        doc: "A file named like a plan (`2025.toml`) holds nothing but blanks or comments. It is \
              probably a plan that was never filled in.",
        example: "# kế hoạch 2025",
        fix: "[plan]\ntitle = \"…\"\nyear = 2025\n…",
        summary_vi: "Tệp kế hoạch trống",
        doc_vi: "Tệp có tên như một kế hoạch (`2025.toml`) nhưng chỉ có dòng trống hoặc chú \
              thích. Thường đây là kế hoạch chưa được nhập nội dung.",
        example_vi: "# kế hoạch 2025",
        fix_vi: "[plan]\ntitle = \"…\"\nyear = 2025\n…",
    };
    YEAR_MISMATCH = {
        code: "KD006", slug: "year-mismatch", severity: Warning,
        summary: "`plan.year` differs from the file name",
        doc: "Plans are stored as `<year>.toml`; a file `2025.toml` whose `year` says 2024 is \
              usually last year's plan copied and not updated, and every year-dependent check \
              (terms, renewals, waves) would use the wrong year.",
        example: "# file 2025.toml\n[plan]\nyear = 2024",
        fix: "year = 2025   # or rename the file to 2024.toml",
        summary_vi: "`plan.year` khác với năm trong tên tệp",
        doc_vi: "Kế hoạch được lưu với tên `<năm>.toml`; tệp `2025.toml` mà `year` ghi 2024 \
              thường là kế hoạch năm trước được sao chép nhưng chưa sửa, và mọi nội dung kiểm tra \
              phụ thuộc vào năm (thời hạn công nhận, công nhận lại, đợt) sẽ dùng sai năm.",
        example_vi: "# tệp 2025.toml\n[plan]\nyear = 2024",
        fix_vi: "year = 2025   # hoặc đổi tên tệp thành 2024.toml",
    };
    INVALID_DUE = {
        code: "KD007", slug: "invalid-due", severity: Error,
        summary: "A task's `due` is not a date, a month or a quarter",
        doc: "Deadlines are written `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Qn` so they can be sorted and \
              compared with the plan year. Documents say \"quý II/2024\"; write it `2024-Q2`.",
        example: "due = \"quý II/2024\"",
        fix: "due = \"2024-Q2\"",
        summary_vi: "Thời hạn `due` của nhiệm vụ không phải là ngày, tháng hoặc quý",
        doc_vi: "Thời hạn được ghi dạng `YYYY-MM-DD`, `YYYY-MM` hoặc `YYYY-Qn` để sắp xếp được và \
              so sánh được với năm kế hoạch. Văn bản thường ghi \"quý II/2024\"; trong kế hoạch \
              hãy ghi `2024-Q2`.",
        fix_vi: "due = \"2024-Q2\"",
    };
    DUE_BEFORE_YEAR = {
        code: "KD008", slug: "due-before-year", severity: Warning,
        summary: "A task is due before the plan year starts",
        doc: "A deadline earlier than the plan year cannot be met by the plan; it is usually a \
              deadline copied from last year's plan.",
        example: "[plan]\nyear = 2025\n[[task]]\ndue = \"2024-Q2\"",
        fix: "due = \"2025-Q2\"",
        summary_vi: "Thời hạn của nhiệm vụ trước năm kế hoạch",
        doc_vi: "Thời hạn sớm hơn năm kế hoạch thì kế hoạch không thể thực hiện được; thường là \
              thời hạn sao chép từ kế hoạch năm trước.",
        fix_vi: "due = \"2025-Q2\"",
    };
    DUPLICATE_WAVE = {
        code: "KD009", slug: "duplicate-wave", severity: Error,
        summary: "Two `[[wave]]` tables with the same number",
        doc: "Schools name their wave by number; two waves with one number make it impossible to \
              tell which one a school belongs to.",
        example: "[[wave]]\nnumber = 1\n[[wave]]\nnumber = 1",
        fix: "[[wave]]\nnumber = 1\n[[wave]]\nnumber = 2",
        summary_vi: "Hai bảng `[[wave]]` cùng số thứ tự",
        doc_vi: "Các trường ghi đợt theo số thứ tự; hai đợt cùng số thì không xác định được \
              trường thuộc đợt nào.",
        fix_vi: "[[wave]]\nnumber = 1\n[[wave]]\nnumber = 2",
    };
    UNREADABLE_FILE = {
        code: "KD010", slug: "unreadable-file", severity: Error,
        summary: "A plan or roster file found under the given folder cannot be read",
        doc: "The file exists but cannot be opened or is not UTF-8 text. It is reported and the \
              other files are still checked.",
        example: "plans/lang-son/van-quan/2025.toml saved in a legacy encoding",
        fix: "Save the file as UTF-8 (in Excel or Notepad: \"Save as\" → encoding UTF-8).",
        summary_vi: "Không đọc được tệp kế hoạch hoặc danh sách trường trong thư mục đã chỉ định",
        doc_vi: "Tệp có tồn tại nhưng không mở được hoặc không phải văn bản UTF-8. Tệp này được \
              báo lỗi và các tệp khác vẫn được kiểm tra.",
        example_vi: "plans/lang-son/van-quan/2025.toml được lưu bằng bảng mã cũ (TCVN3, VNI)",
        fix_vi: "Lưu lại tệp với bảng mã UTF-8 (trong Excel hoặc Notepad: \"Save As\" (Lưu thành) → bảng mã UTF-8).",
    };
    ALLOW_WITHOUT_REASON = {
        code: "KD011", slug: "allow-without-reason", severity: Error,
        summary: "An `[[allow]]` without a reason",
        doc: "A plan may accept a finding with `[[allow]]` (rule, optionally school, reason, optionally \
              until). The reason is required: a suppression nobody can explain hides a problem from \
              the next reader. Without one the `[[allow]]` suppresses nothing.",
        example: "[[allow]]\nrule = \"KD202\"\nschool = \"MN Nậm Loong\"",
        fix: "reason = \"Tên trường ghi theo văn bản đã ban hành; danh sách trường ghi Nậm Loỏng\"",
        summary_vi: "Mục `[[allow]]` không ghi lý do",
        doc_vi: "Kế hoạch có thể chấp nhận một phát hiện bằng mục `[[allow]]` (quy tắc, có thể kèm trường, lý do, có thể kèm hạn). Lý do là bắt buộc: bỏ qua mà không ai giải thích được sẽ che vấn đề khỏi người đọc sau. Không có lý do thì mục `[[allow]]` không có hiệu lực.",
        fix_vi: "reason = \"Tên trường ghi theo văn bản đã ban hành; danh sách trường ghi Nậm Loỏng\"",
    };
    ALLOW_EXPIRED = {
        code: "KD012", slug: "allow-expired", severity: Warning,
        summary: "An `[[allow]]` whose `until` date has passed",
        doc: "An `[[allow]]` with `until` accepts a finding only until that date; after it the finding \
              is reported again, and this warning says why, so the authors decide whether to fix the \
              plan or extend the date.",
        example: "[[allow]]\nrule = \"KD409\"\nreason = \"…\"\nuntil = 2025-12-31",
        fix: "Fix what the finding says, or write a later `until` with a new reason.",
        summary_vi: "Mục `[[allow]]` đã quá ngày `until`",
        doc_vi: "Mục `[[allow]]` có `until` chỉ chấp nhận phát hiện đến ngày đó; sau đó phát hiện được báo lại, kèm cảnh báo này để người soạn quyết định sửa kế hoạch hay gia hạn.",
        fix_vi: "Sửa theo nội dung phát hiện, hoặc ghi ngày `until` muộn hơn kèm lý do mới.",
    };
    ALLOW_UNUSED = {
        code: "KD013", slug: "allow-unused", severity: Warning,
        summary: "An `[[allow]]` that no longer suppresses anything",
        doc: "The finding an `[[allow]]` accepted is gone (the plan was corrected, or the school \
              renamed). A stale suppression would silently hide the next, different problem of the \
              same rule; remove it.",
        example: "[[allow]]\nrule = \"KD202\"\nschool = \"MN Nậm Loong\"   # the plan now writes Nậm Loỏng\nreason = \"…\"",
        fix: "Delete the `[[allow]]` table.",
        summary_vi: "Mục `[[allow]]` không còn bỏ qua phát hiện nào",
        doc_vi: "Phát hiện mà mục `[[allow]]` chấp nhận đã không còn (kế hoạch đã sửa, hoặc trường đã đổi tên). Để lại mục này sẽ che mất vấn đề khác của cùng quy tắc phát sinh sau; hãy xóa đi.",
        fix_vi: "Xóa bảng `[[allow]]` này.",
        example_vi: "[[allow]]\nrule = \"KD202\"\nschool = \"MN Nậm Loong\"   # kế hoạch nay đã ghi Nậm Loỏng\nreason = \"…\"",
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
        summary_vi: "Số trường ghi trong chỉ tiêu khác với số trường kế hoạch liệt kê",
        doc_vi: "`targets.total` phải bằng số mục `[[school]]`; `new`, `renew` (`maintain`), \
              `raise` và `accredit` phải bằng số mục có nội dung đề nghị tương ứng. Kế hoạch soạn \
              thủ công thường sửa danh sách đề nghị mà quên sửa con số trong văn bản; phát hiện \
              liệt kê các mục đã được đếm.",
        example_vi: "[targets]\nnew = 2\n# … ba mục [[school]] có action = \"new\"",
        fix_vi: "new = 3   # hoặc sửa lại các mục [[school]]",
    };
    TARGET_KIND_MISMATCH = {
        code: "KD102", slug: "target-kind-mismatch", severity: Error,
        summary: "A per-school-type count differs from the schools listed",
        doc: "`[targets.by_kind]` gives counts per school type. `MN` counts every preschool (MN, MG \
              and NT); a multi-level school counts under its own key (`TH-THCS`), not under `TH` \
              or `THCS`. Each stated count must equal the listed schools of that type.",
        example: "[targets.by_kind]\nMN = 1\n# … two preschools listed",
        fix: "MN = 2",
        summary_vi: "Chỉ tiêu theo loại trường khác với số trường kế hoạch liệt kê",
        doc_vi: "`[targets.by_kind]` ghi chỉ tiêu theo loại trường. `MN` tính mọi trường mầm non \
              (MN, MG và NT); trường có nhiều cấp học tính theo khóa riêng của loại đó \
              (`TH-THCS`), không tính vào `TH` hay `THCS`. Mỗi chỉ tiêu phải bằng số trường thuộc \
              loại đó mà kế hoạch liệt kê.",
        example_vi: "[targets.by_kind]\nMN = 1\n# … kế hoạch liệt kê hai trường mầm non",
        fix_vi: "MN = 2",
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
        summary_vi: "Các thành phần của chỉ tiêu cộng lại không bằng tổng",
        doc_vi: "Khi kế hoạch nêu tổng số và các thành phần (\"07 trường = 02 mới + 04 duy trì + \
              01 nâng mức\"), các thành phần phải cộng lại đúng bằng tổng, kể cả khi không có \
              danh sách kèm theo: new + renew + raise + accredit = total, tổng các chỉ tiêu theo \
              loại trường bằng total, kept + new = recognised_after, và level2_after ≤ \
              recognised_after ≤ schools_total.",
        fix_vi: "raise = 1   # hoặc total = 8",
    };
    SCHOOL_LIST_MISSING = {
        code: "KD104", slug: "school-list-missing", severity: Warning,
        summary: "Targets are stated but no school is listed",
        doc: "A plan that states how many schools it acts on but lists none (the list is \"attached\" \
              and the attachment is not in the repository) cannot have its counts checked against \
              schools. Only the stated numbers are checked against each other.",
        example: "[targets]\ntotal = 7\n# no [[school]] entries",
        fix: "Transcribe the attached list as [[school]] entries.",
        summary_vi: "Có chỉ tiêu nhưng không liệt kê trường nào",
        doc_vi: "Kế hoạch nêu số trường nhưng không liệt kê trường nào (danh sách nằm ở phụ lục \
              \"kèm theo\" và phụ lục không có trong kho) thì không đối chiếu được chỉ tiêu với \
              các trường. Khi đó chỉ kiểm tra các con số với nhau.",
        example_vi: "[targets]\ntotal = 7\n# không có mục [[school]] nào",
        fix_vi: "Chép danh sách kèm theo thành các mục [[school]].",
    };
    WAVE_COUNT_MISMATCH = {
        code: "KD105", slug: "wave-count-mismatch", severity: Error,
        summary: "A wave's stated number of schools differs from the schools in it",
        doc: "`[[wave]] schools` must equal the `[[school]]` entries whose `wave` names that wave \
              (\"Đợt 1 … đề nghị đối với 6 đơn vị\" needs six entries with `wave = 1`).",
        example: "[[wave]]\nnumber = 1\nschools = 6\n# … five entries with wave = 1",
        fix: "schools = 5   # or put the sixth school in wave 1",
        summary_vi: "Số trường ghi cho một đợt khác với số trường xếp vào đợt đó",
        doc_vi: "`schools` của `[[wave]]` phải bằng số mục `[[school]]` có `wave` là đợt đó \
              (\"Đợt 1 … đề nghị đối với 6 đơn vị\" cần sáu mục có `wave = 1`).",
        example_vi: "[[wave]]\nnumber = 1\nschools = 6\n# … năm mục có wave = 1",
        fix_vi: "schools = 5   # hoặc xếp trường thứ sáu vào đợt 1",
    };
    UNKNOWN_WAVE = {
        code: "KD106", slug: "unknown-wave", severity: Error,
        summary: "A school names a wave that is not declared",
        doc: "An entry's `wave` must be the `number` of a `[[wave]]` of the same plan.",
        example: "[[school]]\nschool = \"TH Số 2\"\naction = \"renew\"\nwave = 3   # only waves 1 and 2 exist",
        fix: "wave = 2",
        summary_vi: "Trường được xếp vào đợt chưa khai báo",
        doc_vi: "`wave` của một mục phải là `number` của một `[[wave]]` trong cùng kế hoạch.",
        example_vi: "[[school]]\nschool = \"TH Số 2\"\naction = \"renew\"\nwave = 3   # kế hoạch chỉ có đợt 1 và đợt 2",
        fix_vi: "wave = 2",
    };
    WAVE_OUTSIDE_YEAR = {
        code: "KD107", slug: "wave-outside-year", severity: Warning,
        summary: "A wave's month is outside the plan year",
        doc: "A wave of proposals belongs to its plan's year; a month in another year is usually a \
              date copied from last year's plan.",
        example: "[plan]\nyear = 2024\n[[wave]]\nnumber = 1\nmonth = \"2023-03\"",
        fix: "month = \"2024-03\"",
        summary_vi: "Tháng của đợt nằm ngoài năm kế hoạch",
        doc_vi: "Một đợt đề nghị thuộc năm của kế hoạch; tháng thuộc năm khác thường là do sao \
              chép từ kế hoạch năm trước.",
        fix_vi: "month = \"2024-03\"",
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
        summary_vi: "Số liệu sau kế hoạch khác với kết quả tính từ danh sách trường và kế hoạch",
        doc_vi: "`kept` là số trường trong danh sách có quyết định công nhận đạt chuẩn quốc gia \
              còn hiệu lực vào đầu năm kế hoạch; `recognised_after` cộng thêm các trường được kế \
              hoạch công nhận (công nhận mới, công nhận lại sau khi đã hết hạn) và trừ các trường \
              hết thời hạn trong năm kế hoạch mà không được công nhận lại; `level2_after` là số \
              trường đạt mức độ 2 sau kế hoạch; `schools_total` là số dòng của danh sách trường. \
              Quyết định công nhận năm Y có hiệu lực đến khi hết thời hạn 5 năm, trong năm Y+5.",
        example_vi: "[targets]\nrecognised_after = 28\n# danh sách trường: 22 trường đạt chuẩn; kế hoạch: 5 trường công nhận mới",
        fix_vi: "recognised_after = 27   # hoặc bổ sung trường còn thiếu vào kế hoạch",
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
        summary_vi: "Không kiểm tra được chỉ tiêu theo loại trường vì chưa rõ loại của một trường",
        doc_vi: "Khi không có danh sách trường, loại trường được xác định từ tên (\"MN …\", \
              \"Trường Tiểu học …\"). Nếu tên không cho biết loại và không có danh sách trường, \
              `[targets.by_kind]` không kiểm tra được.",
        example_vi: "[[school]]\nschool = \"Hoa Sen\"   # MN? TH?",
        fix_vi: "school = \"MN Hoa Sen\"   # hoặc khai báo danh sách trường",
    };
    AFTER_STATE_UNCHECKED = {
        code: "KD110", slug: "after-state-unchecked", severity: Note,
        summary: "After-state figures cannot be checked without a complete roster match",
        doc: "`kept`, `recognised_after`, `level2_after` and `schools_total` are computed from the \
              roster. Without a roster, or when a listed school is not found in it, kdcl says so \
              instead of guessing.",
        example: "[targets]\nrecognised_after = 28\n# no roster",
        fix: "roster = \"roster.csv\"",
        summary_vi: "Không kiểm tra được số liệu sau kế hoạch vì chưa khớp đủ với danh sách trường",
        doc_vi: "`kept`, `recognised_after`, `level2_after` và `schools_total` được tính từ danh \
              sách trường. Khi không có danh sách trường, hoặc có trường trong kế hoạch không tìm \
              thấy trong danh sách trường, kdcl thông báo như vậy thay vì phỏng đoán.",
        example_vi: "[targets]\nrecognised_after = 28\n# không có danh sách trường",
        fix_vi: "roster = \"roster.csv\"",
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
        summary_vi: "Trường trong kế hoạch không có trong danh sách trường của địa bàn",
        doc_vi: "Mỗi `[[school]]` phải ghi một trường có trong danh sách trường, theo mã hoặc \
              theo tên. Khi so tên, kdcl không phân biệt chữ hoa, chữ thường, dạng Unicode, \
              khoảng trắng, từ \"Trường\", cách đặt dấu thanh kiểu cũ hay kiểu mới và cách viết \
              loại trường (MN = Mầm non …); nhưng loại trường phải trùng nhau (\"TH Đoàn Kết\" \
              khác \"THCS Đoàn Kết\"). kdcl gợi ý các tên gần nhất trong danh sách trường.",
        fix_vi: "school = \"TH Đoàn Kết\"",
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
        summary_vi: "Tên trường ghi khác với danh sách trường",
        doc_vi: "Tên chỉ khớp với một trường trong danh sách trường khi bỏ qua dấu thanh (\"Nậm \
              Loong\" / \"Nậm Loỏng\") hoặc khi ghi loại trường mầm non này thành loại khác (MN / \
              MG / NT). Nhiều khả năng là cùng một trường nhưng viết khác nhau; văn bản hành \
              chính cần thống nhất một cách viết.",
        example_vi: "school = \"MN Nậm Loong\"   # danh sách trường: Trường Mầm non Nậm Loỏng",
        fix_vi: "school = \"MN Nậm Loỏng\"",
    };
    DUPLICATE_SCHOOL = {
        code: "KD203", slug: "duplicate-school", severity: Error,
        summary: "The same school is listed twice in one plan",
        doc: "A school appears once in a year's plan, with one action. Two entries for one school \
              (perhaps spelt differently) double-count it in every target.",
        example: "school = \"MN Hoa Sen\"\n…\nschool = \"Trường Mầm non Hoa Sen\"",
        fix: "Remove the second entry.",
        summary_vi: "Một trường được ghi hai lần trong cùng kế hoạch",
        doc_vi: "Mỗi trường chỉ có một mục trong kế hoạch của một năm, với một nội dung đề nghị. \
              Hai mục cho cùng một trường (có thể viết tên khác nhau) làm trường đó bị đếm hai \
              lần trong mọi chỉ tiêu.",
        fix_vi: "Xóa mục thứ hai.",
    };
    AMBIGUOUS_SCHOOL = {
        code: "KD204", slug: "ambiguous-school", severity: Error,
        summary: "A name matches several roster schools",
        doc: "A name without its type (\"Đoàn Kết\") can match more than one school (TH Đoàn Kết, \
              THCS Đoàn Kết). Write the type or use the roster code.",
        example: "school = \"Đoàn Kết\"",
        fix: "school = \"THCS Đoàn Kết\"",
        summary_vi: "Tên trường trùng với nhiều trường trong danh sách trường",
        doc_vi: "Tên không ghi loại trường (\"Đoàn Kết\") có thể trùng với nhiều trường (TH Đoàn \
              Kết, THCS Đoàn Kết). Hãy ghi loại trường hoặc dùng mã trường.",
        fix_vi: "school = \"THCS Đoàn Kết\"",
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
        summary_vi: "Đường dẫn danh sách trường trỏ ra ngoài kho kế hoạch",
        doc_vi: "Danh sách trường được ghi theo đường dẫn tính từ kế hoạch và phải nằm trong kho \
              kế hoạch (thư mục gần nhất có `kdcl.toml` hoặc `.git`). Đường dẫn tuyệt đối, `..` \
              vượt ra ngoài kho, hoặc liên kết tượng trưng (symbolic link) trỏ ra ngoài đều bị từ \
              chối và tệp không được đọc, để một kế hoạch không thể khiến kdcl đọc các tệp khác \
              trên máy.",
        fix_vi: "roster = \"roster.csv\"",
    };
    ROSTER_NOT_FOUND = {
        code: "KD302", slug: "roster-not-found", severity: Error,
        summary: "The roster named by the plan is missing or cannot be read",
        doc: "The `roster` key names a file that does not exist, cannot be opened or is not UTF-8 \
              text, so the plan's schools cannot be matched. The finding stands on the `roster` key \
              and says why the file could not be read.",
        example: "roster = \"roster.cvs\"",
        fix: "roster = \"roster.csv\"",
        summary_vi: "Không có hoặc không đọc được danh sách trường mà kế hoạch khai báo",
        doc_vi: "Khóa `roster` ghi một tệp không tồn tại, không mở được hoặc không phải văn bản \
              UTF-8, nên không đối chiếu được các trường trong kế hoạch. Phát hiện được báo tại \
              khóa `roster` và nêu lý do không đọc được tệp.",
        fix_vi: "roster = \"roster.csv\"",
    };
    CSV_SYNTAX = {
        code: "KD303", slug: "csv-syntax", severity: Error,
        summary: "A roster row is not valid CSV or has the wrong number of fields",
        doc: "Rosters are comma-separated UTF-8 with one header row. A row with more or fewer fields \
              than the header (often a name with a comma that is not in quotes) cannot be read.",
        example: "TPLC-01,Trường Mầm non Hoa Sen, Tân Phong,MN",
        fix: "TPLC-01,\"Trường Mầm non Hoa Sen, Tân Phong\",MN",
        summary_vi: "Dòng trong danh sách trường không đúng định dạng CSV hoặc sai số ô",
        doc_vi: "Danh sách trường là tệp UTF-8, các giá trị cách nhau bằng dấu phẩy, có một dòng \
              tiêu đề. Dòng có nhiều hoặc ít ô hơn dòng tiêu đề (thường do tên trường có dấu phẩy \
              mà không đặt trong dấu ngoặc kép) thì không đọc được.",
        fix_vi: "TPLC-01,\"Trường Mầm non Hoa Sen, Tân Phong\",MN",
    };
    ROSTER_MISSING_COLUMN = {
        code: "KD304", slug: "roster-missing-column", severity: Error,
        summary: "A required roster column is missing",
        doc: "A roster needs the columns `code`, `name` and `kind`.",
        example: "code,name,commune",
        fix: "code,name,kind,commune",
        summary_vi: "Danh sách trường thiếu cột bắt buộc",
        doc_vi: "Danh sách trường cần có các cột `code` (mã trường), `name` (tên trường) và \
              `kind` (loại trường).",
        fix_vi: "code,name,kind,commune",
    };
    DUPLICATE_CODE = {
        code: "KD305", slug: "duplicate-code", severity: Error,
        summary: "Two roster rows share a school code",
        doc: "A school code identifies one school; plans may name schools by code.",
        example: "TPLC-01,Trường Mầm non Hoa Sen,MN\nTPLC-01,Trường Tiểu học Số 2,TH",
        fix: "TPLC-02,Trường Tiểu học Số 2,TH",
        summary_vi: "Hai dòng trong danh sách trường trùng mã trường",
        doc_vi: "Mỗi mã trường chỉ xác định một trường; kế hoạch có thể ghi trường theo mã.",
        fix_vi: "TPLC-02,Trường Tiểu học Số 2,TH",
    };
    ROSTER_INVALID_VALUE = {
        code: "KD306", slug: "roster-invalid-value", severity: Error,
        summary: "A roster cell holds a value kdcl cannot use",
        doc: "`kind` must be a school type (MN, MG, NT, TH, THCS, THPT or a multi-level type such as \
              TH-THCS); `standard_level` 1–2; `accreditation_level` 1–4; years four digits (or a \
              date YYYY-MM-DD for the recognition years); a level needs its year.",
        example: "TPLC-03,Trường Tiểu học Số 2,TH,,,,,,,3,2019",
        fix: "TPLC-03,Trường Tiểu học Số 2,TH,,,,,,,2,2019",
        summary_vi: "Ô trong danh sách trường có giá trị kdcl không dùng được",
        doc_vi: "`kind` phải là loại trường (MN, MG, NT, TH, THCS, THPT hoặc loại trường có nhiều \
              cấp học như TH-THCS); `standard_level` từ 1 đến 2; `accreditation_level` từ 1 đến \
              4; năm ghi đủ bốn chữ số (năm công nhận có thể ghi ngày đầy đủ YYYY-MM-DD); đã ghi \
              mức độ thì phải ghi năm.",
        fix_vi: "TPLC-03,Trường Tiểu học Số 2,TH,,,,,,,2,2019",
    };
    UNKNOWN_COLUMN = {
        code: "KD307", slug: "unknown-column", severity: Warning,
        summary: "A roster column name looks like a misspelt known column",
        doc: "Extra columns are allowed and ignored, but one that is one or two letters away from a \
              known column is probably a misspelling, and its data would be ignored.",
        example: "code,name,kind,standard_levle",
        fix: "code,name,kind,standard_level",
        summary_vi: "Tên cột trong danh sách trường có vẻ là tên một cột kdcl đọc nhưng bị viết sai",
        doc_vi: "Được phép thêm cột, kdcl bỏ qua các cột này; nhưng cột có tên chỉ khác tên một \
              cột kdcl đọc một, hai chữ cái thì nhiều khả năng là viết sai, và dữ liệu của cột đó \
              sẽ bị bỏ qua.",
        fix_vi: "code,name,kind,standard_level",
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
        summary_vi: "Danh sách trường gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI",
        doc_vi: "Trước khi có Unicode, tiếng Việt được gõ bằng bảng mã theo phông chữ: TCVN3 (ABC, phông .VnTime…) và VNI (phông VNI-Times…). Khi lưu thành CSV hoặc mở không có phông, \"Trường Mầm non\" hiện thành \"Tr\u{AD}êng MÇm non\" (TCVN3) hoặc \"Tröôøng Maàm non\" (VNI), và không tên nào trong kế hoạch khớp được. kdcl nhận ra các ô như vậy, cho biết bảng mã và nội dung đọc được, và không đọc các dòng đó là trường. Phát hiện nằm ở ô đầu tiên và đếm các ô còn lại.",
        fix_vi: "Trong Unikey: Công cụ chuyển mã (Ctrl+Shift+F6), nguồn TCVN3 (ABC), đích Unicode, chuyển mã bảng (hoặc clipboard), rồi lưu thành \"CSV UTF-8\".",
    };
    NESTING_TOO_DEEP = {
        code: "KD311", slug: "nesting-too-deep", severity: Error,
        summary: "The plan nests arrays or tables deeper than any plan needs",
        doc: "A plan needs at most a few levels of nesting (`[targets.by_kind]`, a list of texts). A \
              file nested dozens of levels deep is not a plan, and reading it could exhaust the \
              stack, so kdcl refuses it before parsing and points at the place the limit was passed.",
        example: "basis = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"…\"]]]]]]]…",
        fix: "basis = [\"…\"]",
        summary_vi: "Kế hoạch lồng mảng hoặc bảng sâu hơn mức cần thiết",
        doc_vi: "Một kế hoạch chỉ cần vài cấp lồng nhau (`[targets.by_kind]`, một danh sách văn bản). Tệp lồng hàng chục cấp không phải là kế hoạch, và đọc nó có thể làm cạn bộ nhớ ngăn xếp, nên kdcl từ chối trước khi phân tích và chỉ ra chỗ vượt giới hạn.",
        fix_vi: "basis = [\"…\"]",
    };
    SHEET_NOT_FOUND = {
        code: "KD312", slug: "sheet-not-found", severity: Error,
        summary: "`roster_sheet` names a sheet the workbook does not have",
        doc: "A roster workbook (.xlsx, .ods) is read from its first sheet, or from the sheet \
              `roster_sheet` names (compared ignoring case and accents). A name the workbook does \
              not have leaves the plan without a roster; the finding lists the sheets there are.",
        example: "roster = \"roster.xlsx\"\nroster_sheet = \"Danh sach\"   # the workbook has \"DS truong\"",
        fix: "roster_sheet = \"DS truong\"",
        summary_vi: "`roster_sheet` ghi tên trang tính mà tệp bảng tính không có",
        doc_vi: "Danh sách trường dạng bảng tính (.xlsx, .ods) được đọc từ trang tính đầu tiên, hoặc từ trang tính mà `roster_sheet` ghi (so sánh không phân biệt hoa thường và dấu). Tên không có trong tệp khiến kế hoạch không có danh sách trường; phát hiện liệt kê các trang tính hiện có.",
        fix_vi: "roster_sheet = \"DS truong\"",
        example_vi: "roster = \"roster.xlsx\"\nroster_sheet = \"Danh sach\"   # tệp có trang \"DS truong\"",
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
        summary_vi: "Mã trường bị Excel chuyển thành số dạng khoa học",
        doc_vi: "Excel đọc mã dài như 123456789012 là số, hiển thị thành 1,23E+11 và khi lưu thành CSV thì ghi đúng như vậy: các chữ số bị mất và kế hoạch không còn ghi được trường theo mã. Trường vẫn được đọc theo tên; mã cần nhập lại dưới dạng văn bản.",
        fix_vi: "Trong Excel, định dạng cột là Văn bản (Định dạng ô → Văn bản), nhập lại mã rồi lưu thành \"CSV UTF-8\"; hoặc giữ danh sách ở dạng .xlsx.",
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
        summary_vi: "Đã bỏ qua các dòng của danh sách không phải là trường",
        doc_vi: "Danh sách xuất từ Excel thường có thêm: tiêu đề phía trên dòng tên cột, dòng tên cột lặp lại ở mỗi trang in, dòng trống, dòng tổng cộng và chữ ký (\"Tổng cộng\", \"Người lập biểu\", \"Hiệu trưởng\") ở cuối. kdcl bỏ qua các dòng này thay vì đọc là trường, và ghi lưu ý phòng khi một dòng trong đó là trường.",
        fix_vi: "Không cần làm gì nếu các dòng bị bỏ qua không phải là trường; nếu là trường thì ghi đủ mã, tên và loại hình.",
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
        summary_vi: "Phần căn cứ có dẫn thông tư nhưng thiếu thông tư áp dụng cho một trường trong kế hoạch",
        doc_vi: "Mỗi trường thuộc phạm vi điều chỉnh của một thông tư: trường mầm non (MN, MG, \
              NT) theo Thông tư 19/2018, trường tiểu học (TH) theo Thông tư 17/2018, trường trung \
              học và trường có nhiều cấp học (THCS, THPT, TH-THCS, THCS-THPT, PTDTNT) theo Thông \
              tư 18/2018. Khi `basis` của kế hoạch có dẫn thông tư (với bất kỳ cách viết nào: \
              \"Thông tư 18/2018/TT-BGDĐT\", \"TT18/2018\", \"18/2018/TT-BGDĐT\") mà không có \
              thông tư áp dụng cho một trường trong kế hoạch, kế hoạch đang căn cứ sai văn bản \
              đối với trường đó.",
        example_vi: "basis = [\"Thông tư số 18/2018/TT-BGDĐT\"]\n[[school]]\nschool = \"TH Đoàn Kết\"   # trường tiểu học: Thông tư 17",
        fix_vi: "basis = [\"Thông tư số 17/2018/TT-BGDĐT\", \"Thông tư số 18/2018/TT-BGDĐT\"]",
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
        summary_vi: "Đề nghị công nhận mới (`new`) cho trường đang có quyết định công nhận còn hiệu lực",
        doc_vi: "Công nhận mới dành cho trường chưa có quyết định công nhận đạt chuẩn quốc gia \
              còn hiệu lực vào đầu năm kế hoạch. Trường đang được công nhận (thời hạn 5 năm chưa \
              kết thúc trước năm kế hoạch) thì được công nhận lại khi hết thời hạn, hoặc được \
              nâng từ mức độ 1 lên mức độ 2.",
        example_vi: "[[school]]\nschool = \"TH Số 2\"   # danh sách trường: mức độ 1, công nhận năm 2021\naction = \"new\"",
        fix_vi: "action = \"raise\"   # hoặc công nhận lại khi hết thời hạn",
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
        summary_vi: "Đề nghị công nhận lại (`renew`) cho trường chưa từng được công nhận, hoặc ở mức độ khác",
        doc_vi: "Công nhận lại (duy trì) là công nhận lần nữa ở mức độ trường đang đạt hoặc đã \
              đạt. Trường mà danh sách trường cho thấy chưa từng được công nhận thì đề nghị công \
              nhận mới (`new`); trường đề nghị mức độ cao hơn mức đang đạt thì đề nghị nâng mức \
              độ (`raise`).",
        example_vi: "[[school]]\nschool = \"MN Bình Minh\"   # danh sách trường: chưa từng được công nhận\naction = \"renew\"",
        fix_vi: "action = \"new\"",
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
        summary_vi: "Đề nghị công nhận lại (`renew`) khi thời hạn công nhận còn kéo dài sau năm kế hoạch",
        doc_vi: "Quyết định công nhận có thời hạn 5 năm: công nhận năm Y thì hết thời hạn trong \
              năm Y+5, là năm công nhận lại. Đề nghị công nhận lại khi thời hạn còn kéo dài sau \
              năm kế hoạch là quá sớm; nhiều khả năng trường thuộc kế hoạch của năm sau, hoặc năm \
              công nhận trong danh sách trường chưa được cập nhật.",
        example_vi: "[plan]\nyear = 2024\n[[school]]\nschool = \"TH Tân Phong\"   # danh sách trường: công nhận năm 2021\naction = \"renew\"",
        fix_vi: "Chuyển trường sang kế hoạch năm 2026, hoặc sửa standard_year trong danh sách trường.",
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
        summary_vi: "Đề nghị nâng mức độ (`raise`) cho trường không có mức độ 1 còn hiệu lực, hoặc không phải lên mức độ 2",
        doc_vi: "Nâng mức độ là đưa trường từ đạt chuẩn quốc gia mức độ 1 lên mức độ 2; không có \
              mức độ 3. Vào đầu năm kế hoạch, trường phải có quyết định công nhận mức độ 1 còn \
              hiệu lực: nếu không có thì đề nghị công nhận mới (`new`) hoặc công nhận lại \
              (`renew`); trường đã đạt mức độ 2 thì không còn mức để nâng.",
        example_vi: "[[school]]\nschool = \"MN Hoa Sen\"   # danh sách trường: chưa từng được công nhận\naction = \"raise\"",
        fix_vi: "action = \"new\"\nlevel = 2",
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
        summary_vi: "Đề nghị nâng mức độ (`raise`) khi trường đạt mức độ 1 chưa đủ thời gian",
        doc_vi: "Trường đề nghị nâng từ đạt chuẩn quốc gia mức độ 1 lên mức độ 2 sau ít nhất 2 \
              năm kể từ khi được công nhận mức độ 1 (theo văn bản gốc của các thông tư). Thông tư \
              22/2024 rút ngắn thời gian chờ để đăng ký cấp độ kiểm định cao hơn xuống 1 năm kể \
              từ ngày 25/01/2025; chưa rõ thông tư này có thay đổi thời gian chờ nâng mức độ hay \
              không, nên kdcl giữ 2 năm và chỉ báo cảnh báo, không báo lỗi. Thời gian chờ được \
              ghi trong data/circulars.toml.",
        example_vi: "[plan]\nyear = 2024\n[[school]]\nschool = \"TH Kim Đồng\"   # danh sách trường: mức độ 1 từ năm 2023\naction = \"raise\"",
        fix_vi: "Đề nghị nâng mức độ từ năm 2025 trở đi.",
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
        summary_vi: "Đề nghị cấp độ kiểm định cao hơn khi chưa đủ thời gian chờ",
        doc_vi: "Trường chỉ đăng ký kiểm định ở cấp độ cao hơn sau khi đạt cấp độ hiện tại được 2 \
              năm; từ ngày 25/01/2025, Thông tư 22/2024 rút ngắn thời gian này xuống 1 năm. kdcl \
              dùng ngày ban hành `issued` của kế hoạch (nếu không có thì lấy ngày 01/01 của năm \
              kế hoạch) để xác định quy định đang có hiệu lực.",
        example_vi: "[plan]\nyear = 2025\nissued = 2025-01-10\n[[school]]\nschool = \"TH Số 2\"   # danh sách trường: kiểm định cấp độ 2 năm 2024\naction = \"accredit\"\naccreditation = 3",
        fix_vi: "Đề nghị vào năm 2026 (hoặc, nếu kế hoạch ban hành từ ngày 25/01/2025, sau một năm kể từ lần kiểm định gần nhất).",
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
        summary_vi: "Cấp độ kiểm định ghi trong kế hoạch thấp hơn yêu cầu của mức độ đạt chuẩn quốc gia",
        doc_vi: "Đạt chuẩn quốc gia mức độ 1 cần kết quả đánh giá đạt Mức 2 trở lên, mức độ 2 cần \
              đạt Mức 3 trở lên (cấp độ kiểm định 1–4 tương ứng với Mức 1–4 của đánh giá ngoài). \
              Kế hoạch đề nghị mức độ 2 với kiểm định cấp độ 2 thì không thể được công nhận.",
        fix_vi: "accreditation = 3   # hoặc level = 1",
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
        summary_vi: "Trường chưa hoạt động đủ thời gian để được công nhận",
        doc_vi: "Trường mầm non cần hoạt động ít nhất 5 năm; trường tiểu học và trường trung học \
              cần có ít nhất một khóa học sinh hoàn thành chương trình (tiểu học 5 năm, trung học \
              cơ sở 4 năm, trung học phổ thông 3 năm); trường có nhiều cấp học đủ điều kiện theo \
              bất kỳ cấp học nào của trường. Thời gian được tính từ năm thành lập (`founded`) \
              trong danh sách trường đến năm kế hoạch. Trường sáp nhập có thể được kế thừa quá \
              trình hoạt động: kdcl hiển thị ghi chú (`note`) trong danh sách trường để người đọc \
              xem xét.",
        example_vi: "[plan]\nyear = 2024\n[[school]]\nschool = \"THCS Quyết Tiến\"   # danh sách trường: thành lập năm 2022\naction = \"new\"",
        fix_vi: "Đề nghị công nhận vào năm 2026, hoặc sửa `founded` (và ghi rõ việc sáp nhập trong `note`).",
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
        summary_vi: "Đợt đề nghị công nhận lại sau ngày quyết định công nhận hết hạn",
        doc_vi: "Khi danh sách trường ghi ngày công nhận đầy đủ (`standard_year = 2019-10-15`), \
              ngày hết hạn được xác định chính xác. Đề nghị công nhận lại trong một đợt sau tháng \
              hết hạn thì trường bị gián đoạn công nhận trong khoảng thời gian đó.",
        example_vi: "# danh sách trường: standard_year = 2019-03-15\n[[wave]]\nnumber = 2\nmonth = \"2024-09\"\n[[school]]\naction = \"renew\"\nwave = 2",
        fix_vi: "Xếp trường vào một đợt trước tháng 03/2024.",
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
        summary_vi: "Đợt đề nghị công nhận lại cách ngày hết hạn công nhận chưa đến 5 tháng",
        doc_vi: "Để được công nhận lại, trường phải đăng ký đánh giá ngoài ít nhất 5 tháng trước \
              khi quyết định công nhận hết hạn. Đợt đề nghị sát ngày hết hạn hơn thế thì không đủ \
              thời gian cho tự đánh giá và đăng ký.",
        example_vi: "# danh sách trường: standard_year = 2019-10-15\n[[wave]]\nnumber = 2\nmonth = \"2024-09\"",
        fix_vi: "Đăng ký trong một đợt sớm hơn (chậm nhất tháng 05/2024).",
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
        summary_vi: "Kế hoạch do cơ quan cấp huyện ban hành sau ngày 01/07/2025",
        doc_vi: "Từ ngày 01/07/2025, chính quyền địa phương được tổ chức theo hai cấp (tỉnh và \
              xã): cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh) và Phòng Giáo dục và Đào \
              tạo cấp huyện không còn, nhiệm vụ về trường học chuyển cho cấp xã (UBND xã, phường \
              và Phòng Văn hóa - Xã hội) và cấp tỉnh. Kế hoạch ban hành sau ngày đó (hoặc, khi \
              không ghi `issued`, kế hoạch của năm sau đó) mà cơ quan ban hành là cấp huyện là \
              không phù hợp thời điểm, thường do sao chép phần đầu văn bản cũ. Các kế hoạch ban \
              hành trước ngày đó vẫn là văn bản hợp lệ.",
        fix_vi: "issuer = \"UBND xã Văn Quan\"",
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
        summary_vi: "Dòng kết quả tự đánh giá ghi tiêu chí không có trong thông tư áp dụng cho trường",
        doc_vi: "Mỗi dòng của tệp kết quả tự đánh giá ghi kết quả của một trường ở một tiêu chí \
              của thông tư áp dụng cho trường đó: Thông tư 19/2018 đối với trường MN, MG và NT; \
              Thông tư 17/2018 đối với trường TH; Thông tư 18/2018 đối với trường THCS, THPT và \
              trường có nhiều cấp học. Tiêu chí ghi dạng `1.1` … `5.6`, các yêu cầu của Mức 4 \
              theo Điều 22 ghi `M4.1` …. Tiêu chí chỉ có ở thông tư khác (2.4 đối với trường mầm \
              non, 5.6 đối với trường tiểu học) hoặc số hiệu không có ở thông tư nào được báo lỗi \
              tại ô đó, kèm danh mục tiêu chí của thông tư. Danh mục của Thông tư 19 (25 tiêu \
              chí) đã được đối chiếu; danh mục của Thông tư 17 (27 tiêu chí) và Thông tư 18 (28 \
              tiêu chí) ghi theo trí nhớ, chưa được đối chiếu, và được lưu trong data/criteria/ \
              để tiện sửa.",
        example_vi: "code,criterion,level\nDK-02,5.6,2      # DK-02 là trường TH: Thông tư 17 chỉ đến tiêu chí 5.5",
        fix_vi: "DK-02,5.5,2",
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
        summary_vi: "Kết quả tự đánh giá của trường thiếu tiêu chí của thông tư",
        doc_vi: "Trường chỉ đạt Mức k khi mọi tiêu chí của thông tư đáp ứng mọi yêu cầu đến Mức \
              k, nên chỉ tính được mức đạt khi có kết quả của tất cả các tiêu chí. Trường có dòng \
              trong tệp kết quả tự đánh giá nhưng thiếu dòng của một số tiêu chí (trong năm gần \
              nhất, nếu tệp có cột `year`) được báo một lần, tại dòng đầu tiên của trường, kèm \
              các tiêu chí còn thiếu. Tiêu chí chưa đạt mức 1 thì ghi mức 0, không bỏ trống. Có \
              thể không ghi các yêu cầu của Mức 4: yêu cầu không có dòng được coi là không đạt.",
        example_vi: "code,criterion,level\nDK-02,1.1,3\nDK-02,1.2,3    # … thiếu từ 1.3 đến 5.5",
        fix_vi: "DK-02,1.3,2\n…\nDK-02,5.5,3",
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
        summary_vi: "Dòng kết quả tự đánh giá ghi mức mà tiêu chí không có",
        doc_vi: "Tiêu chí được đánh giá ở Mức 1, 2 hoặc 3 (Điều 6); `level` là mức cao nhất tiêu \
              chí đạt được, ghi 0 nếu chưa đạt mức 1. Mức 4 không phải mức của một tiêu chí mà là \
              mức của nhà trường, xét theo các yêu cầu của Điều 22, mỗi yêu cầu ghi 1 (đạt) hoặc \
              0 (không đạt). Chưa xác nhận được tiêu chí nào không có yêu cầu ở Mức 3: dữ liệu \
              của kdcl coi mọi tiêu chí đều có mức 1–3, đánh dấu là ghi theo trí nhớ, để khi cần \
              chỉ phải sửa một chỗ trong data/criteria/.",
        fix_vi: "DK-02,3.2,3\nDK-02,M4.3,1",
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
        summary_vi: "Dòng kết quả tự đánh giá ghi mã trường không có trong danh sách trường",
        doc_vi: "Cột `code` của tệp kết quả tự đánh giá ghi mã trường theo danh sách trường. Mã \
              không có trong danh sách trường thì không gắn được với trường, loại trường hay \
              thông tư áp dụng; kdcl gợi ý các mã gần nhất trong danh sách trường. Mỗi mã chỉ \
              được báo một lần.",
        example_vi: "code,criterion,level\nDK-20,1.1,3     # danh sách trường có DK-02",
        fix_vi: "DK-02,1.1,3",
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
        summary_vi: "Kế hoạch đề nghị cao hơn mức mà kết quả tự đánh giá của trường cho phép",
        doc_vi: "Trường chỉ đạt Mức k khi mọi tiêu chí đáp ứng mọi yêu cầu đến Mức k (tính lũy \
              tiến: chỉ một tiêu chí ở mức 1 thì trường ở Mức 1, dù bao nhiêu tiêu chí khác đạt \
              mức 3; tiêu chí không có yêu cầu ở Mức 3 chỉ cần đạt mức cao nhất của tiêu chí đó); \
              Mức 4 là Mức 3 và đạt mọi yêu cầu của Điều 22. Đạt chuẩn quốc gia mức độ 1 cần Mức \
              2, mức độ 2 cần Mức 3; kiểm định cấp độ k cần Mức k. Mục nào có `level` hoặc \
              `accreditation` đòi hỏi cao hơn Mức tính được của trường thì bị báo tại giá trị đó, \
              kèm các tiêu chí chưa đạt. Khi không ghi `level`: `raise` là đề nghị mức độ 2, \
              `new` ít nhất mức độ 1 và `renew` mức độ ghi trong danh sách trường; `accredit` \
              không ghi `accreditation` là đề nghị ít nhất cấp độ 1. Nguyên tắc tính lũy tiến \
              được suy ra từ Điều 2 và Điều 6; tương quan giữa mức độ và Mức đã được đối chiếu \
              đối với Thông tư 17, suy ra đối với Thông tư 18 và 19; việc mọi tiêu chí đều có yêu \
              cầu ở Mức 3 là giả định mặc định của kdcl, chưa được xác nhận, và phát hiện sẽ nêu \
              rõ khi giả định này ảnh hưởng đến kết quả.",
        example_vi: "[[school]]\nschool = \"MN Hoa Sen\"\naction = \"raise\"\nlevel  = 2      # tự đánh giá: 3.2 và 5.4 đạt mức 2 → Mức 2",
        fix_vi: "level = 1   # hoặc cập nhật kết quả tự đánh giá khi 3.2 và 5.4 đạt mức 3",
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
        summary_vi: "Tệp kết quả tự đánh giá không đúng định dạng CSV, thiếu cột hoặc có giá trị không dùng được",
        doc_vi: "Tệp kết quả tự đánh giá là tệp UTF-8, các giá trị cách nhau bằng dấu phẩy, có \
              một dòng tiêu đề gồm `code`, `criterion` và `level` (có thể thêm `year`), mỗi \
              trường, mỗi tiêu chí một dòng. Dòng sai số ô, để trống mã trường hoặc tiêu chí, có \
              mức không phải số nguyên hoặc năm không đủ bốn chữ số thì không dùng được và được \
              báo tại ô đó; các dòng khác vẫn được đọc.",
        fix_vi: "DK-02,1.1,1",
    };
    EVALUATION_DUPLICATE_ROW = {
        code: "KD426", slug: "evaluation-duplicate-row", severity: Error,
        summary: "An evaluation file gives one school's criterion twice for the same year",
        doc: "Each school has one result per criterion and year. A second row for the same code, \
              criterion and year is reported and ignored; the first one counts.",
        example: "DK-02,3.2,2\nDK-02,3.2,3",
        fix: "DK-02,3.2,3",
        summary_vi: "Tệp kết quả tự đánh giá ghi hai lần một tiêu chí của một trường trong cùng năm",
        doc_vi: "Mỗi trường có một kết quả cho mỗi tiêu chí trong mỗi năm. Dòng thứ hai có cùng \
              mã trường, tiêu chí và năm được báo và bỏ qua; dòng đầu tiên được tính.",
        fix_vi: "DK-02,3.2,3",
    };
    EVALUATION_NOT_FOUND = {
        code: "KD427", slug: "evaluation-not-found", severity: Error,
        summary: "The evaluation file named by the plan is missing or cannot be read",
        doc: "The `evaluation` key names a file that does not exist, cannot be opened or is not \
              UTF-8 text. The finding stands on the key and says why the file could not be read.",
        example: "evaluation = \"evaluation.cvs\"",
        fix: "evaluation = \"evaluation.csv\"",
        summary_vi: "Không có hoặc không đọc được tệp kết quả tự đánh giá mà kế hoạch khai báo",
        doc_vi: "Khóa `evaluation` ghi một tệp không tồn tại, không mở được hoặc không phải văn \
              bản UTF-8. Phát hiện được báo tại khóa này và nêu lý do không đọc được tệp.",
        fix_vi: "evaluation = \"evaluation.csv\"",
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
        summary_vi: "Đường dẫn tệp kết quả tự đánh giá trỏ ra ngoài kho kế hoạch",
        doc_vi: "Giống danh sách trường, tệp kết quả tự đánh giá được ghi theo đường dẫn tính từ \
              kế hoạch và phải nằm trong kho kế hoạch (thư mục gần nhất có `kdcl.toml` hoặc \
              `.git`). Đường dẫn tuyệt đối, `..` vượt ra ngoài kho, hoặc liên kết tượng trưng trỏ \
              ra ngoài đều bị từ chối và tệp không được đọc.",
        fix_vi: "evaluation = \"evaluation.csv\"",
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
        summary_vi: "Không đối chiếu được chỉ tiêu với kết quả tự đánh giá",
        doc_vi: "Kế hoạch có khai báo tệp kết quả tự đánh giá nhưng một chỉ tiêu không đối chiếu \
              được: kế hoạch không có danh sách trường (các dòng kết quả ghi trường theo mã trong \
              danh sách), trường không có dòng nào trong tệp, hoặc danh sách trường không ghi \
              loại của trường (nên không biết thông tư áp dụng). kdcl thông báo như vậy thay vì \
              phỏng đoán.",
        example_vi: "[[school]]\nschool = \"TH Đoàn Kết\"   # evaluation.csv không có dòng nào của DK-02\naction = \"new\"",
        fix_vi: "Bổ sung kết quả tự đánh giá của trường vào evaluation.csv.",
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
        summary_vi: "Quyết định công nhận hết thời hạn trong năm kế hoạch nhưng kế hoạch không đề nghị công nhận lại hay nâng mức độ",
        doc_vi: "Quyết định công nhận đạt chuẩn quốc gia năm Y có thời hạn 5 năm: hết thời hạn \
              trong năm Y+5, khi trường phải được công nhận lại. kdcl biết năm công nhận của từng \
              trường từ danh sách trường (`standard_year`) và từ các kế hoạch trước (trường được \
              công nhận mới, công nhận lại hoặc nâng mức độ trong kế hoạch năm Y). Nếu kế hoạch \
              năm Y+5 không có trường đó với `action` là `renew` hoặc `raise`, kết quả công nhận \
              sẽ hết hiệu lực, trừ khi kế hoạch giải trình lý do trong một `[[note]]` (giải thể, \
              sáp nhập, lùi thời gian công nhận lại). Được báo bởi `kdcl diff` và, đối với kế \
              hoạch mới nhất của mỗi địa bàn, bởi `kdcl check`.",
        example_vi: "# roster-2025.csv: HN-02,Trường Tiểu học Hoà Ninh,TH,…,1,2020\n# 2025.toml không có mục nào cho HN-02",
        fix_vi: "[[school]]\nschool = \"TH Hòa Ninh\"\naction = \"renew\"\nlevel  = 1\n\n# hoặc, nếu có lý do không đề nghị công nhận lại:\n[[note]]\nschool = \"TH Hòa Ninh\"\ntext   = \"sáp nhập vào TH Hoa Sen từ 2025\"",
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
        summary_vi: "Trường được ghi công nhận mới (`new`) khi quyết định công nhận trước vẫn còn thời hạn",
        doc_vi: "Trường được công nhận (công nhận mới, công nhận lại hoặc nâng mức độ) năm Y giữ \
              kết quả công nhận đến khi hết thời hạn trong năm Y+5. Ghi trường với `action` là \
              `new` trước thời điểm đó là đếm trùng: hoặc đó là nâng mức độ (từ mức độ 1 lên mức \
              độ 2), hoặc là công nhận lại chưa đến hạn, hoặc lần công nhận trước thực tế không \
              có — khi đó danh sách trường của năm sau cần thể hiện điều này (khi danh sách \
              trường cho thấy trường chưa được công nhận thì quy tắc này không báo).",
        example_vi: "# 2023.toml: school = \"MN Hoa Sen\", action = \"new\"\n# 2025.toml:\n[[school]]\nschool = \"MN Hoa Sen\"\naction = \"new\"",
        fix_vi: "action = \"raise\"   # hoặc bỏ mục này cho đến năm 2028, khi đến hạn công nhận lại",
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
        summary_vi: "Mức độ đạt chuẩn quốc gia của trường giảm từ năm này sang năm sau mà không có giải trình",
        doc_vi: "Trường đang đạt mức độ 2 mà kế hoạch đề nghị công nhận lại ở mức độ 1, hoặc danh \
              sách trường năm này ghi mức độ 2 còn năm sau ghi mức độ 1, là trường đã bị giảm mức \
              độ. Điều này có thể xảy ra, nhưng kế hoạch cần nêu lý do: ghi trong `note` của mục \
              đó, trong một `[[note]]` của kế hoạch, hoặc trong cột `note` của danh sách trường \
              năm sau.",
        example_vi: "# danh sách trường: TH Số 2 đạt mức độ 2 (năm 2020)\n[[school]]\nschool = \"TH Số 2\"\naction = \"renew\"\nlevel  = 1",
        fix_vi: "level = 2   # hoặc note = \"không duy trì được tiêu chuẩn mức độ 2: …\"",
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
        summary_vi: "Trường có trong danh sách năm trước nhưng không có trong danh sách năm sau mà không có giải trình",
        doc_vi: "Danh sách trường thay đổi qua các năm (`roster-<năm>.csv`). Trường có trong danh \
              sách năm này mà không có trong danh sách năm sau là đã giải thể, sáp nhập hoặc đổi \
              tên — hoặc bị xóa nhầm, kéo theo cả kết quả công nhận của trường. Hãy ghi rõ trường \
              hợp nào: ghi `note` ở dòng của trường trong danh sách năm trước, hoặc một \
              `[[note]]` ghi tên trường trong kế hoạch năm sau; khi đó quy tắc này không báo.",
        example_vi: "# roster-2024.csv: HN-05,Trường Tiểu học Đạ Nhar,TH,…\n# roster-2025.csv: không có HN-05",
        fix_vi: "HN-05,Trường Tiểu học Đạ Nhar,TH,…,sáp nhập vào TH Hòa Ninh từ 2025   # cột note",
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

    /// Every rule is documented in Vietnamese too; an example's translation
    /// changes its comments only, never the TOML or CSV.
    #[test]
    fn every_rule_is_documented_in_vietnamese() {
        let strip = |text: &str| -> Vec<String> {
            text.lines()
                .map(|l| l.split('#').next().unwrap_or("").trim_end().to_string())
                .collect()
        };
        for r in ALL {
            for (field, text) in [
                ("summary_vi", r.summary_vi),
                ("doc_vi", r.doc_vi),
                ("fix_vi", r.fix_vi),
            ] {
                assert!(!text.trim().is_empty(), "{}: {field} is empty", r.code);
            }
            if r.example.contains('#') {
                assert!(
                    !r.example_vi.is_empty(),
                    "{}: the example's comments are not in Vietnamese",
                    r.code
                );
                assert_eq!(
                    strip(r.example),
                    strip(r.example_vi),
                    "{}: example_vi changes more than comments",
                    r.code
                );
            }
            let vi = r.text(Lang::Vi);
            for text in [vi.summary, vi.doc, vi.example, vi.fix] {
                use unicode_normalization::UnicodeNormalization;
                assert_eq!(text, text.nfc().collect::<String>(), "{}: not NFC", r.code);
            }
        }
    }

    #[test]
    fn codes_and_slugs_are_unique_and_sorted() {
        let codes: HashSet<_> = ALL.iter().map(|r| r.code).collect();
        let slugs: HashSet<_> = ALL.iter().map(|r| r.slug).collect();
        assert_eq!(codes.len(), ALL.len());
        assert_eq!(slugs.len(), ALL.len());
        assert!(ALL.windows(2).all(|w| w[0].code < w[1].code));
    }
}
