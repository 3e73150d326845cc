//! End to end in a real editor: headless Neovim (Debian's `neovim`, 0.7 or newer) runs
//! `tests/neovim/e2e.lua` against `copydesk server`, under a timeout. Without Neovim the
//! test fails in CI (`.ci/run` installs it) and is skipped, with a notice, elsewhere.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Neovim has its own waits of at most 20 s a step; this catches a hang anywhere else.
const TIMEOUT: Duration = Duration::from_secs(120);

/// The finding after the emoji: UTF-16 and byte columns differ by two there.
const DRAFT: &str = "# Launch day\n\nThe crew cheered 🚀 at dawn. Follow #SpaceFlight#Launch and #Orbit.\n";

fn have_nvim() -> bool {
    Command::new("nvim").arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok()
}

#[test]
fn neovim_shows_hovers_and_fixes_a_finding() {
    if !have_nvim() {
        assert!(std::env::var_os("CI").is_none(), "nvim is not installed; .ci/run installs Debian's neovim");
        eprintln!("NOTICE: nvim not found, the Neovim end-to-end test is skipped (apt-get install neovim)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.md");
    std::fs::write(&draft, DRAFT).unwrap();
    let result = dir.path().join("result.txt");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/neovim/e2e.lua");
    let mut nvim = Command::new("nvim");
    nvim.args(["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c"])
        .arg(format!("luafile {}", script.display()))
        .env("COPYDESK_BIN", env!("CARGO_BIN_EXE_copydesk"))
        .env("COPYDESK_DRAFT", &draft)
        .env("COPYDESK_RESULT", &result)
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    // Neovim's config, data, state and logs in the temporary folder: nothing of the
    // machine's own setup is read, and the lsp.log is there to show on failure.
    for var in ["XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"] {
        let sub = dir.path().join(var.to_lowercase());
        std::fs::create_dir_all(&sub).unwrap();
        nvim.env(var, sub);
    }
    let mut child = nvim.spawn().expect("nvim starts");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let steps = std::fs::read_to_string(&result).unwrap_or_default();
    let log = lsp_log(dir.path());
    let mut stderr = String::new();
    if status.is_some() {
        let _ = std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr);
    }
    let report = format!("steps:\n{steps}\nnvim stderr:\n{stderr}\nlsp.log:\n{log}");
    let status = status.unwrap_or_else(|| panic!("Neovim hung (killed after {TIMEOUT:?})\n{report}"));
    assert!(status.success() && steps.trim_end().ends_with("PASS"), "Neovim test failed ({status})\n{report}");
    for step in [
        "diagnostic:",
        "span: #SpaceFlight#Launch",
        "hover: explain of hashtags/run-together",
        "code action:",
        "fixed:",
    ] {
        assert!(steps.contains(step), "missing step `{step}`\n{report}");
    }
}

/// Neovim's LSP log, wherever this version keeps it under the XDG folders.
fn lsp_log(dir: &Path) -> String {
    ["xdg_cache_home/nvim/lsp.log", "xdg_state_home/nvim/lsp.log"]
        .iter()
        .filter_map(|p| std::fs::read_to_string(dir.join(p)).ok())
        .collect::<Vec<_>>()
        .join("\n")
}
