//! Tests that read the shared drafts beside the repository (`../shared`): the published
//! sample, mangled real drafts, and the statistics gate on every real sentence. They run
//! only when `COPYDESK_SHARED` names that folder (`.ci/run` sets it), and then fail
//! loudly if it is missing; a clean clone on its own runs `cargo test` without them.

mod accuracy;
mod robustness;
mod sample;
mod schemas;
mod statistics_gate;
mod tokens;

use std::path::{Path, PathBuf};

/// The shared folder named by `COPYDESK_SHARED` (relative to the repository), or `None`
/// when the variable is unset and the calling test is skipped. Set but missing is a
/// failure, so CI cannot pass by reading nothing.
pub fn root() -> Option<PathBuf> {
    let Some(dir) = std::env::var_os("COPYDESK_SHARED") else {
        eprintln!("skipped: set COPYDESK_SHARED=../shared to run the tests on the shared drafts");
        return None;
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    assert!(dir.is_dir(), "COPYDESK_SHARED: {} is not a folder", dir.display());
    Some(dir)
}
