//! Tests that read the shared drafts beside the repository (`../shared`): the published
//! sample, mangled real drafts, and the statistics gate on every real sentence. They run
//! only when `COPYDESK_SHARED` names that folder (`.ci/run` sets it), and then fail
//! loudly if it is missing; a clean clone on its own runs `cargo test` without them.

mod robustness;
mod sample;
