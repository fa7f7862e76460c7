//! A baseline (`--baseline FILE`) from arbitrary bytes: parsed, applied,
//! written and read back through the guarded reader.
#![no_main]

#[path = "../bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::baseline(data));
