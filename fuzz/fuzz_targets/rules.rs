//! The full rule set over arbitrary text (first byte: house text or Markdown): the
//! document's and every finding's invariants; suppressions hide exactly what they reach.
#![no_main]

#[path = "invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Some((name, text)) = invariants::split(data) {
        invariants::rules(name, text);
    }
});
