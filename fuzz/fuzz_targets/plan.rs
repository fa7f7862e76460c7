//! The plan loader and every rule that needs no roster, then all three
//! renderers, on arbitrary bytes: nothing may panic or hang.
#![no_main]

#[path = "../bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::plan(data));
