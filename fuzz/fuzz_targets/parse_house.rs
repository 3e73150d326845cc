//! Arbitrary bytes parsed as a txt draft: every region, piece and segment inside the
//! input, on character boundaries.
#![no_main]

#[path = "invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        invariants::document(&copydesk::document::Document::parse("fuzz.txt", text.to_string()));
    }
});
