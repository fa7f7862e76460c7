//! The format readers on real files (issue 14): every seed saved as .docx,
//! .odt, .pdf and .html (tests/documents/files/make.sh), read back and
//! compared with the seed's text; a plan with a table, a nested table, a
//! footnote and a text box in every format; and hostile documents, each
//! refused with one sentence, never a hang or a panic.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use kdcl::load::document::{self, Document, Format, Unreadable};

const MAX: u64 = 64 << 20;

fn files() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/documents/files")
}

fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/documents/seeds");
    let mut seeds: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    seeds.sort();
    assert_eq!(seeds.len(), 5, "the five seeds");
    seeds
}

fn read(name: &str) -> Document {
    let path = files().join(name);
    document::read(&path, MAX).unwrap_or_else(|e| panic!("{name}: {}", e.message.render()))
}

/// The lines that hold text, each with its runs of white space (a no-break
/// space, a tab) as one space.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

/// The words of a text, lines and paragraphs aside.
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

#[test]
fn every_seed_reads_back_line_for_line_from_docx_odt_and_html() {
    for (name, text) in seeds() {
        for (ext, format) in [
            ("docx", Format::Docx),
            ("odt", Format::Odt),
            ("html", Format::Html),
        ] {
            let doc = read(&format!("{name}.{ext}"));
            assert_eq!(doc.format, format, "{name}.{ext}");
            assert_eq!(lines(&doc.text), lines(&text), "{name}.{ext}");
        }
    }
}

/// A PDF keeps no paragraphs, only the lines a page shows: kdcl joins a
/// line that reaches the right margin to the next one. The words always
/// come back as written; the lines differ from the seed's where a wrapped
/// line ends short of the margin (a long word went to the next line) or the
/// next line begins with a dash or a numeral, as an item would, and where a
/// paragraph's last line happens to reach the margin. Those places are
/// counted here, and bounded.
#[test]
fn every_seed_reads_back_word_for_word_from_pdf() {
    for (name, text) in seeds() {
        let doc = read(&format!("{name}.pdf"));
        assert_eq!(doc.format, Format::Pdf);
        assert_eq!(words(&doc.text), words(&text), "{name}.pdf");
        assert!(doc.notes.is_empty(), "{name}.pdf: {:?}", doc.notes);
        let (got, want) = (lines(&doc.text), lines(&text));
        let same = got.iter().filter(|l| want.contains(l)).count();
        assert!(
            same * 100 >= want.len() * 90,
            "{name}.pdf: only {same} of {} lines as the seed has them",
            want.len()
        );
    }
}

#[test]
fn a_table_is_a_line_a_row_with_tab_separated_cells_in_every_format() {
    let expected = std::fs::read_to_string(files().join("schools.txt")).unwrap();
    for ext in ["docx", "odt", "html"] {
        let doc = read(&format!("schools.{ext}"));
        assert_eq!(doc.text, expected, "schools.{ext}");
    }
    // The footnote after the body, the text box after its paragraph, and
    // both said.
    let docx = read("schools.docx");
    let notes: Vec<&str> = docx.notes.iter().map(|n| n.text.id).collect();
    assert_eq!(
        notes,
        ["document-note-boxes", "document-note-footnotes"],
        "{:?}",
        docx.notes
    );
    let html = read("schools.html");
    assert_eq!(
        html.notes[0].render(),
        "the page's text was read from <div class=\"journal-content-article\">; its menus, scripts, styles and other blocks were not"
    );
}

#[test]
fn list_numbers_are_written_from_a_docx_and_said_missing_from_an_odt() {
    let docx = read("numbered.docx");
    assert_eq!(
        docx.text,
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n2. Yêu cầu\na) Công nhận mới 02 trường;\nb) công nhận lại 04 trường.\nII. MỤC TIÊU\n- MN Hoa Sen\n"
    );
    assert!(docx.notes.is_empty(), "{:?}", docx.notes);
    let odt = read("numbered.odt");
    assert_eq!(lines(&odt.text)[0], "MỤC ĐÍCH, YÊU CẦU");
    let notes: Vec<&str> = odt.notes.iter().map(|n| n.text.id).collect();
    assert_eq!(notes, ["document-note-numbering"]);
}

#[test]
fn a_pdf_table_comes_out_as_its_lines() {
    insta::assert_snapshot!(read("schools.pdf").text);
}

#[test]
fn a_windows_1258_page_is_read_in_nfc() {
    let doc = read("003_7ef3c6f935665ea2.html");
    let raw = std::fs::read(files().join("003_7ef3c6f935665ea2.html")).unwrap();
    assert!(std::str::from_utf8(&raw).is_err(), "the page is not UTF-8");
    assert!(doc.text.contains("Biên Hòa"));
    let nfc: String = unicode_normalization::UnicodeNormalization::nfc(doc.text.as_str()).collect();
    assert_eq!(doc.text, nfc);
}

// Hostile documents: each is refused with one sentence saying what to do,
// in well under the time a person would wait.

fn hostile(name: &str, bytes: &[u8]) -> Result<Document, Unreadable> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let start = Instant::now();
    let read = document::read(&path, MAX);
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{name} took {:?}",
        start.elapsed()
    );
    read
}

fn refused(name: &str, bytes: &[u8]) -> String {
    match hostile(name, bytes) {
        Ok(doc) => panic!("{name} was read: {:?}", doc.text),
        Err(e) => e.message.text.id.to_string(),
    }
}

/// A zip package of `parts`, each deflated.
fn package(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn docx(document: &[u8]) -> Vec<u8> {
    package(&[("word/document.xml", document)])
}

#[test]
fn a_zip_bomb_docx_is_refused() {
    let mut xml = b"<w:document><w:body><w:p><w:r><w:t>".to_vec();
    xml.resize(xml.len() + (16 << 20), b' ');
    xml.extend_from_slice(b"</w:t></w:r></w:p></w:body></w:document>");
    assert_eq!(
        refused("bomb.docx", &docx(&xml)),
        "document-compression-ratio"
    );
}

#[test]
fn billion_laughs_in_a_docx_or_an_odt_is_refused() {
    let laughs = br#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"#;
    assert_eq!(refused("laughs.docx", &docx(laughs)), "document-dtd");
    let odt = package(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", laughs),
    ]);
    assert_eq!(refused("laughs.odt", &odt), "document-dtd");
}

#[test]
fn an_undeclared_entity_stands_for_nothing() {
    let xml = b"<w:document><w:body><w:p><w:r><w:t>Tr&#432;&#7901;ng &lol; TH &amp; THCS</w:t></w:r></w:p></w:body></w:document>";
    let doc = hostile("entity.docx", &docx(xml)).unwrap();
    assert_eq!(doc.text, "Trường TH & THCS\n");
}

#[test]
fn xml_nested_without_end_is_refused() {
    let mut xml = b"<w:document><w:body>".to_vec();
    for _ in 0..100_000 {
        xml.extend_from_slice(b"<w:sdt>");
    }
    assert_eq!(refused("deep.docx", &docx(&xml)), "document-too-deep");
}

#[test]
fn a_docx_that_is_text_or_an_old_doc_says_what_to_do() {
    assert_eq!(
        refused("plan.docx", "KẾ HOẠCH\nCông nhận 05 trường\n".as_bytes()),
        "document-text-not-package"
    );
    let mut ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    ole.resize(4096, 0);
    assert_eq!(refused("plan.docx", &ole), "document-legacy-word");
    assert_eq!(refused("plan.doc", &ole), "document-legacy-word");
    assert_eq!(
        refused("plan.rtf", b"{\\rtf1\\ansi KE HOACH}"),
        "document-rtf"
    );
    assert_eq!(refused("plan.docx", b""), "document-empty");
    assert_eq!(
        refused("plan.docx", &[0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2]),
        "document-not-package"
    );
    assert_eq!(refused("plan.xlsx", b"x"), "document-unknown-type");
}

#[test]
fn a_doc_that_is_really_a_docx_is_read() {
    let doc = hostile(
        "plan.doc",
        &std::fs::read(files().join("schools.docx")).unwrap(),
    )
    .unwrap();
    assert_eq!(doc.format, Format::Docx);
}

#[test]
fn an_empty_pdf_or_one_without_text_is_a_scan() {
    assert_eq!(refused("scan.pdf", b""), "document-pdf-scan");
    assert_eq!(
        refused("scan.pdf", &pdf_without_text()),
        "document-pdf-scan"
    );
    assert_eq!(
        refused("broken.pdf", b"%PDF-1.4\n%%EOF\n"),
        "document-pdf-damaged"
    );
    assert_eq!(refused("plan.pdf", b"KE HOACH"), "document-pdf-damaged");
}

/// A valid one-page PDF that draws a rectangle and no text, as a scanner's
/// page is an image and no text.
fn pdf_without_text() -> Vec<u8> {
    let content = "0 0 0 rg 10 10 100 100 re f";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>"
            .to_string(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

#[test]
fn html_nested_absurdly_deep_is_refused_at_once() {
    let page = format!(
        "<html><body>{}Trường{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    assert_eq!(
        refused("deep.html", page.as_bytes()),
        "document-html-too-deep"
    );
    // Sloppy but real: paragraphs and cells never closed are not depth.
    let sloppy = format!(
        "<html><body>{}</body></html>",
        "<p>Trường<td>x<li>y".repeat(5_000)
    );
    assert!(hostile("sloppy.html", sloppy.as_bytes()).is_ok());
}

#[test]
fn a_page_of_scripts_only_has_no_text() {
    let page = "<html><head><script>document.write('<p>05 trường</p>')</script></head><body><script>var a = 1;</script></body></html>";
    assert_eq!(
        refused("script.html", page.as_bytes()),
        "document-html-no-text"
    );
}

#[test]
fn a_binary_file_named_txt_is_refused() {
    let mut bytes = vec![1u8, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f];
    bytes.extend_from_slice(b"abc");
    assert_eq!(refused("plan.txt", &bytes), "document-not-text");
    assert_eq!(refused("plan.txt", b"%PDF-1.4 ..."), "document-not-text");
    let doc = hostile(
        "plan.txt",
        b"\xEF\xBB\xBFK\xE1\xBA\xBE HO\xE1\xBA\xA0CH\r\nS\xe1\xbb\x91\r01",
    )
    .unwrap();
    assert_eq!(doc.text, "KẾ HOẠCH\nSố\n01");
}
