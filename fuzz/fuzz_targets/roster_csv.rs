//! A CSV roster from arbitrary bytes: decoding (detected, or forced by the
//! first byte), the loader, matching a few names, and the renderers.
#![no_main]

#[path = "../bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::roster_csv(data));
