//! Embeds every TOML file under `rules/` in the binary, so `copydesk check` needs no
//! config file and built-in rule packs ship with it.

use std::fmt::Write;
use std::path::Path;
use std::{env, fs};

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path.to_string_lossy().replace('\\', "/"));
        }
    }
}

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("manifest dir");
    let rules = Path::new(&root).join("rules");
    println!("cargo:rerun-if-changed=rules");
    let mut files = Vec::new();
    collect(&rules, &mut files);
    let mut code = String::from("/// Built-in rule files: (path relative to the crate, contents).\npub const BUILTIN_RULE_FILES: &[(&str, &str)] = &[\n");
    for file in &files {
        println!("cargo:rerun-if-changed={file}");
        let rel = file.strip_prefix(&format!("{}/", root.replace('\\', "/"))).unwrap_or(file);
        writeln!(code, "    ({rel:?}, include_str!({file:?})),").expect("write to string");
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").expect("out dir")).join("builtin_rules.rs");
    fs::write(out, code).expect("write generated file");
}
