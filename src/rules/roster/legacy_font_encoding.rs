//! KD310 `legacy-font-encoding`: Roster text typed in the legacy TCVN3 (ABC) or VNI font encoding

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static LEGACY_ENCODING: Rule = Rule {
    code: "KD310",
    slug: "legacy-font-encoding",
    severity: Severity::Error,
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
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "legacy-encoding" {
        "this roster text is typed in the legacy {encoding} font encoding, not Unicode ({count} {count:row/rows}, first here); {count:it was/they were} not read as {count:a school/schools}",
        "danh sách trường này được gõ bằng bảng mã cũ {encoding}, không phải Unicode ({count} dòng, dòng đầu tiên tại đây); các dòng này không được đọc là trường",
    }
    pub(crate) LABEL = "legacy-encoding-label" {
        "reads \"{converted}\"",
        "đọc là \"{converted}\"",
    }
    pub(crate) HELP = "legacy-encoding-help" {
        "\"{written}\" in {encoding} is \"{converted}\" in Unicode",
        "\"{written}\" ở bảng mã {encoding} là \"{converted}\" ở Unicode",
    }
    pub(crate) HOW = "legacy-encoding-how" {
        "convert it with Unikey's Công cụ chuyển mã (source {unikey}, destination Unicode) and save as CSV UTF-8",
        "chuyển mã bằng Công cụ chuyển mã của Unikey (nguồn {unikey}, đích Unicode) rồi lưu thành CSV UTF-8",
    }
}
