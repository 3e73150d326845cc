//! Every input the fuzzers have found (`fuzz/regressions/<target>-<what>`), and the seed
//! drafts, replayed through the fuzz targets' invariant checks on every `cargo test`, so
//! a fixed break stays fixed without cargo-fuzz or a nightly toolchain.

#[path = "../fuzz/fuzz_targets/invariants.rs"]
mod invariants;

use std::path::Path;

fn run(target: &str, data: &[u8]) {
    match target {
        "parse_house" | "parse_markdown" => {
            let name = if target == "parse_house" { "fuzz.txt" } else { "fuzz.md" };
            if let Ok(text) = std::str::from_utf8(data) {
                invariants::document(&copydesk::document::Document::parse(name, text.to_string()));
            }
        }
        "rules" => {
            if let Some((name, text)) = invariants::split(data) {
                invariants::rules(name, text);
            }
        }
        "fix" => {
            if let Some((name, text)) = invariants::split(data) {
                invariants::fixes(name, text);
            }
        }
        "config_toml" => {
            if let Ok(text) = std::str::from_utf8(data) {
                invariants::config_toml(text);
            }
        }
        other => panic!("fuzz/regressions: no target `{other}`"),
    }
}

#[test]
fn inputs_the_fuzzers_found_keep_their_invariants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut failed = Vec::new();
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let target = name.split_once('-').map_or(name.as_str(), |(t, _)| t).to_string();
        let data = std::fs::read(&path).unwrap();
        n += 1;
        if let Err(e) = std::panic::catch_unwind(|| run(&target, &data)) {
            let why = e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()));
            failed.push(format!("{name}: {}", why.unwrap_or_default()));
        }
    }
    assert!(n > 0, "no regression inputs in {}", dir.display());
    assert!(failed.is_empty(), "{} of {n} failed:\n{}", failed.len(), failed.join("\n"));
}

#[test]
fn the_seed_drafts_keep_their_invariants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["examples", "tests/fixtures"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let Some(ext) = path.extension().and_then(|e| e.to_str()) else { continue };
            let data = std::fs::read(&path).unwrap();
            match ext {
                "md" | "txt" => {
                    let mut tagged = vec![u8::from(ext == "md")];
                    tagged.extend(&data);
                    run("rules", &tagged);
                    run("fix", &tagged);
                }
                "toml" => run("config_toml", &data),
                _ => {}
            }
        }
    }
}
