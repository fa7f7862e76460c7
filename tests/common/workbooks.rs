//! Workbooks made by the tests' own zip writer: well-formed ones as Excel
//! and LibreOffice write them, and hostile ones no office suite would.

use std::fs;
use std::io::Write;
use std::path::Path;

/// A zip archive of `parts` (name, bytes); `deflate` compresses them, as
/// office suites do (a hostile workbook is small on disk that way).
pub fn zip_bytes(parts: &[(&str, &[u8])], deflate: bool) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let method = if deflate {
        zip::CompressionMethod::Deflated
    } else {
        zip::CompressionMethod::Stored
    };
    let options = zip::write::SimpleFileOptions::default().compression_method(method);
    for (name, bytes) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// [`zip_bytes`] written to `path`.
pub fn zip(path: &Path, parts: &[(&str, &[u8])], deflate: bool) {
    fs::write(path, zip_bytes(parts, deflate)).unwrap();
}

/// An OpenDocument spreadsheet, written as LibreOffice does (a zip holding
/// `mimetype` and `content.xml`), one string cell per value.
pub fn ods(path: &Path, rows: &[&[&str]]) {
    ods_with(path, rows, "")
}

/// [`ods`] with attributes on every row (`table:number-rows-repeated`).
pub fn ods_with(path: &Path, rows: &[&[&str]], row_attributes: &str) {
    let mut body = String::new();
    for row in rows {
        body.push_str(&format!("<table:table-row{row_attributes}>"));
        for cell in *row {
            body.push_str(&format!(
                "<table:table-cell office:value-type=\"string\"><text:p>{cell}</text:p></table:table-cell>"
            ));
        }
        body.push_str("</table:table-row>");
    }
    ods_table(path, &body);
}

/// An OpenDocument spreadsheet whose one sheet holds `body` (rows as XML).
pub fn ods_table(path: &Path, body: &str) {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Trường">{body}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    fs::write(path, ods_bytes(content.as_bytes())).unwrap();
}

/// An OpenDocument spreadsheet holding `content` as its `content.xml`,
/// stored uncompressed: the `mimetype` must open the file, unpacked.
pub fn ods_bytes(content: &[u8]) -> Vec<u8> {
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    zip_bytes(
        &[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.spreadsheet",
            ),
            ("META-INF/manifest.xml", manifest.as_bytes()),
            ("content.xml", content),
        ],
        false,
    )
}

/// An .xlsx of one sheet: `strings` in the shared-string table, `rows` of
/// cells each naming a shared string by its index.
pub fn xlsx_shared(path: &Path, strings: &[&str], rows: &[&[usize]]) {
    let mut shared = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
    );
    for s in strings {
        shared.push_str(&format!("<si><t>{s}</t></si>"));
    }
    shared.push_str("</sst>");
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, index) in row.iter().enumerate() {
            let column = (b'A' + c as u8) as char;
            sheet.push_str(&format!(
                "<c r=\"{column}{}\" t=\"s\"><v>{index}</v></c>",
                r + 1
            ));
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    fs::write(path, xlsx_bytes(sheet.as_bytes(), shared.as_bytes())).unwrap();
}

/// An .xlsx of one sheet: `sheet` as its `xl/worksheets/sheet1.xml`,
/// `shared` as its `xl/sharedStrings.xml`, compressed.
pub fn xlsx_bytes(sheet: &[u8], shared: &[u8]) -> Vec<u8> {
    let types = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#;
    let rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let workbook = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let workbook_rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;
    zip_bytes(
        &[
            ("[Content_Types].xml", types.as_bytes()),
            ("_rels/.rels", rels.as_bytes()),
            ("xl/workbook.xml", workbook.as_bytes()),
            ("xl/_rels/workbook.xml.rels", workbook_rels.as_bytes()),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/sharedStrings.xml", shared),
        ],
        true,
    )
}
