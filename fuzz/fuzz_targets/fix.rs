//! Every fix applied (unsafe ones too) until the text settles: the fixed text parses
//! with the same invariants, and a second pass changes nothing.
#![no_main]

#[path = "invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Some((name, text)) = invariants::split(data) {
        invariants::fixes(name, text);
    }
});
