//! Arbitrary text as a copydesk.toml and as a rule-pack file: a labelled error or a
//! config that builds, and a pack rule that runs with sound findings.
#![no_main]

#[path = "invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        invariants::config_toml(text);
    }
});
