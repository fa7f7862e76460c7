//! KD301 `roster-outside-repository`: The roster path leads outside the repository

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static ROSTER_OUTSIDE: Rule = Rule {
    code: "KD301",
    slug: "roster-outside-repository",
    severity: Severity::Error,
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
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) ROSTER_ABSOLUTE = "roster-absolute" {
        "the roster \"{path}\" is an absolute path; it was not read",
        "danh sách trường \"{path}\" là đường dẫn tuyệt đối; tệp không được đọc",
    }
    pub(crate) ROSTER_ESCAPES = "roster-escapes" {
        "the roster \"{path}\" leads outside the plan repository; it was not read",
        "danh sách trường \"{path}\" trỏ ra ngoài kho kế hoạch; tệp không được đọc",
    }
    pub(crate) ROSTER_LINK_OUT = "roster-link-out" {
        "the roster \"{path}\" is a link to a file outside the plan repository; it was not read",
        "danh sách trường \"{path}\" là liên kết đến một tệp ngoài kho kế hoạch; tệp không được đọc",
    }
    pub(crate) ROSTER_OUTSIDE_HELP = "roster-outside-help" {
        "the plan repository is the nearest folder above the plan holding kdcl.toml or .git; keep the roster inside it and name it relative to the plan, e.g. roster = \"roster.csv\"",
        "kho kế hoạch là thư mục gần nhất phía trên kế hoạch có chứa kdcl.toml hoặc .git; đặt danh sách trường trong kho và ghi đường dẫn tính từ kế hoạch, ví dụ roster = \"roster.csv\"",
    }
}
