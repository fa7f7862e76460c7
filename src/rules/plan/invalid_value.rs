//! KD003 `invalid-value`: A value of the wrong type or outside its allowed values

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static INVALID_VALUE: Rule = Rule {
    code: "KD003",
    slug: "invalid-value",
    severity: Severity::Error,
    summary: "A value of the wrong type or outside its allowed values",
    doc: "Each key takes one kind of value: a number for targets and levels, a text for names, \
          a date for `issued`, one of the listed words for `action`. A value of another kind or \
          out of range cannot be checked and is reported where it stands.",
    example: "level = 3          # national-standard levels are 1 and 2",
    fix: "level = 2",
    summary_vi: "Giá trị sai kiểu hoặc nằm ngoài phạm vi cho phép",
    doc_vi: "Mỗi mục nhận một loại giá trị: số đối với chỉ tiêu và mức độ, chữ trong dấu ngoặc kép đối \
          với tên, ngày đối với `issued`, một trong các từ quy định đối với `action`. Giá trị \
          sai kiểu hoặc ngoài phạm vi thì không kiểm tra được và được báo ngay tại chỗ.",
    example_vi: "level = 3          # mức độ đạt chuẩn quốc gia chỉ có 1 và 2",
    fix_vi: "level = 2",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) INVALID_TYPE = "invalid-type" {
        "`{key}` must be {expected}, but it is {found}",
        "`{key}` phải là {expected}, nhưng giá trị đang ghi là {found}",
    }
    pub(crate) EXPECT_TEXT = "expect-text" {
        "a text in quotes",
        "chữ trong dấu ngoặc kép",
    }
    pub(crate) EXPECT_INTEGER = "expect-integer" {
        "a whole number",
        "một số nguyên",
    }
    pub(crate) EXPECT_DATE = "expect-date" {
        "a date, such as 2026-06-30 or \"30/6/2026\"",
        "một ngày, ví dụ 2026-06-30 hoặc \"30/6/2026\"",
    }
    pub(crate) EXPECT_TEXT_OR_LIST = "expect-text-or-list" {
        "a text or a list of texts",
        "chữ trong dấu ngoặc kép hoặc một danh sách như vậy",
    }
    pub(crate) EXPECT_TABLE = "expect-table" {
        "a table",
        "một phần",
    }
    pub(crate) EXPECT_TABLE_ITEM = "expect-table-item" {
        "a table written [[…]]",
        "một mục viết dạng [[…]]",
    }
    pub(crate) EXPECT_TABLES = "expect-tables" {
        "tables written [[…]]",
        "các mục viết dạng [[…]]",
    }
    pub(crate) TOML_TYPE_STRING = "toml-type-string" {
        "string",
        "chữ trong dấu ngoặc kép",
    }
    pub(crate) TOML_TYPE_INTEGER = "toml-type-integer" {
        "integer",
        "số nguyên",
    }
    pub(crate) TOML_TYPE_FLOAT = "toml-type-float" {
        "float",
        "số thập phân",
    }
    pub(crate) TOML_TYPE_BOOLEAN = "toml-type-boolean" {
        "boolean",
        "giá trị đúng/sai",
    }
    pub(crate) TOML_TYPE_DATETIME = "toml-type-datetime" {
        "datetime",
        "ngày giờ",
    }
    pub(crate) TOML_TYPE_ARRAY = "toml-type-array" {
        "array",
        "danh sách",
    }
    pub(crate) TOML_TYPE_TABLE = "toml-type-table" {
        "table",
        "phần",
    }
    pub(crate) OUT_OF_RANGE = "out-of-range" {
        "`{key}` is {value}, but it must be between {min} and {max}",
        "`{key}` là {value}, nhưng phải từ {min} đến {max}",
    }
    pub(crate) SINGLE_TABLE = "single-table" {
        "`[{key}]` is written with single brackets",
        "`[{key}]` được viết với một cặp ngoặc vuông",
    }
    pub(crate) SINGLE_TABLE_HELP = "single-table-help" {
        "write `[[{key}]]` (double brackets), once for each {key}",
        "ghi `[[{key}]]` (hai cặp ngoặc vuông), lặp lại cho từng mục `{key}`",
    }
    pub(crate) UNKNOWN_ENCODING = "unknown-encoding" {
        "\"{value}\" is not an encoding kdcl reads; write {accepted}",
        "kdcl không đọc bảng mã \"{value}\"; hãy ghi {accepted}",
    }
    pub(crate) RENEW_AND_MAINTAIN = "renew-and-maintain" {
        "`targets.maintain` and `targets.renew` are the same target; keep one of them",
        "`targets.maintain` và `targets.renew` là cùng một chỉ tiêu; chỉ giữ một trong hai",
    }
    pub(crate) UNKNOWN_KIND_KEY = "unknown-kind-key" {
        "`{key}` is not a school type",
        "`{key}` không phải là loại trường",
    }
    pub(crate) KIND_KEYS_HELP = "kind-keys-help" {
        "use MN (every preschool), TH, THCS, THPT or a multi-level type such as \"TH-THCS\" (quoted)",
        "dùng MN (mọi trường mầm non), TH, THCS, THPT hoặc loại trường có nhiều cấp học như \"TH-THCS\" (trong dấu ngoặc kép)",
    }
    pub(crate) DUPLICATE_KIND_KEY = "duplicate-kind-key" {
        "`{key}` is the same school type as `{first}` above",
        "`{key}` là cùng loại trường với `{first}` ở trên",
    }
    pub(crate) INVALID_MONTH = "invalid-month" {
        "`{key}` must be a month, such as \"{year}-03\" or \"tháng 3/{year}\"",
        "`{key}` phải là một tháng, ví dụ \"{year}-03\" hoặc \"tháng 3/{year}\"",
    }
    pub(crate) MONTH_CONVERTED = "month-converted" {
        "`{key}` must be a month: write \"{month}\"",
        "`{key}` phải là một tháng: hãy ghi \"{month}\"",
    }
    pub(crate) ACTION_DID_YOU_MEAN = "action-did-you-mean" {
        "did you mean \"{suggestion}\"?",
        "có phải là \"{suggestion}\"?",
    }
    pub(crate) LEVEL_IS_ACCREDITATION = "level-is-accreditation" {
        "`level = {value}`: national-standard levels (mức độ) are 1 and 2",
        "`level = {value}`: mức độ đạt chuẩn quốc gia chỉ có 1 và 2",
    }
    pub(crate) LEVEL_IS_ACCREDITATION_HELP = "level-is-accreditation-help" {
        "accreditation levels (cấp độ) 1–4 are written `accreditation = {value}`",
        "cấp độ kiểm định chất lượng giáo dục (1–4) được ghi `accreditation = {value}`",
    }
    pub(crate) UNKNOWN_ACTION = "unknown-action" {
        "\"{value}\" is not an action",
        "\"{value}\" không phải là giá trị hợp lệ của `action`",
    }
    pub(crate) ACTIONS_HELP = "actions-help" {
        "write one of: new (công nhận mới), renew (công nhận lại, duy trì), raise (nâng mức độ), accredit (kiểm định)",
        "ghi một trong các giá trị: new (công nhận mới), renew (công nhận lại, duy trì), raise (nâng mức độ), accredit (kiểm định)",
    }
    pub(crate) SETTINGS_DENY = "settings-deny" {
        "`deny` takes \"warnings\", not \"{value}\"",
        "`deny` chỉ nhận \"warnings\", không nhận \"{value}\"",
    }
    pub(crate) SETTINGS_LANG = "settings-lang" {
        "`lang` takes \"vi\" or \"en\", not \"{value}\"",
        "`lang` chỉ nhận \"vi\" hoặc \"en\", không nhận \"{value}\"",
    }
    pub(crate) SETTINGS_SEVERITY = "settings-severity" {
        "the severity of {rule} must be \"error\", \"warning\" or \"note\"",
        "mức nghiêm trọng của {rule} phải là \"error\", \"warning\" hoặc \"note\"",
    }
}
