//! A workbook roster (xlsx, ods, xls…) from arbitrary bytes: calamine, the
//! sheet layout, the loader and the renderers (cell places).
#![no_main]

#[path = "../bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::roster_sheet(data));
