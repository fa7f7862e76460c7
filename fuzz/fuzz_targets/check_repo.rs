//! A whole `kdcl check` of a generated repository: the input is cut into a
//! plan, a roster and a second year's plan, written under a fresh folder
//! with kdcl.toml, and checked; the output is rendered in every format.
#![no_main]

#[path = "../bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::check_repo(data));
