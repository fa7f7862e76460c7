//! A workbook's XML from arbitrary bytes, zipped well-formed: the ODS and
//! xlsx expansions (repeated spaces, cells and rows; shared strings).
#![no_main]

#[path = "../bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::sheet_xml(data));
