//! Embeds every TOML file under `rules/` in the binary, so `copydesk check` needs no
//! config file and built-in rule packs ship with it. It also checks the rule table in
//! `src/rule_id.rs` against those files, so a built-in rule without its defaults file,
//! a file whose `id` is not its path, or a module named unlike its id fails the build
//! instead of the first run; and it declares each family's rule modules from the table.

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

/// The rows of the rule table: (`family/name`, module path), one per built-in rule.
fn table(root: &Path) -> Vec<(String, String)> {
    let text = fs::read_to_string(root.join("src/rule_id.rs")).expect("src/rule_id.rs");
    text.lines()
        .filter_map(|line| {
            let (_, row) = line.trim().split_once(" => \"")?;
            let (id, module) = row.split_once("\", ")?;
            Some((id.to_string(), module.strip_suffix(';')?.to_string()))
        })
        .collect()
}

/// The value of the top-level `id = "…"` line of a rule file.
fn id_line(text: &str) -> Option<&str> {
    text.lines().find_map(|l| l.strip_prefix("id = \"")?.strip_suffix('"'))
}

fn check_table(root: &Path) {
    let rows = table(root);
    assert!(rows.len() > 1, "build.rs found no rows in the rule table of src/rule_id.rs");
    for (id, module) in &rows {
        let file = root.join("rules").join(format!("{id}.toml"));
        let Ok(text) = fs::read_to_string(&file) else {
            panic!("built-in rule `{id}` has no defaults file: add rules/{id}.toml");
        };
        assert_eq!(id_line(&text), Some(id.as_str()), "rules/{id}.toml: `id` must be \"{id}\", its path");
        assert_eq!(
            module.replace("::", "/").replace('_', "-"),
            *id,
            "rule `{id}`: its module `{module}` is named unlike it"
        );
    }
}

/// Every built-in (Rust) rule file names a rule of the table, by its own path.
fn check_file(rel: &str, text: &str, rows: &[(String, String)]) {
    let Some(path_id) = rel.strip_prefix("rules/").and_then(|r| r.strip_suffix(".toml")) else { return };
    let builtin = text.lines().any(|l| l.trim() == "kind = \"builtin\"");
    if builtin && !rows.iter().any(|(id, _)| id == path_id) {
        panic!("{rel}: `kind = \"builtin\"` but `{path_id}` is not in the rule table of src/rule_id.rs");
    }
    if id_line(text) != Some(path_id) {
        panic!("{rel}: `id` must be \"{path_id}\", its path");
    }
}

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("manifest dir");
    let rules = Path::new(&root).join("rules");
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=src/rule_id.rs");
    check_table(Path::new(&root));
    let rows = table(Path::new(&root));
    let mut files = Vec::new();
    collect(&rules, &mut files);
    let mut code = String::from("/// Built-in rule files: (path relative to the crate, contents).\npub const BUILTIN_RULE_FILES: &[(&str, &str)] = &[\n");
    for file in &files {
        println!("cargo:rerun-if-changed={file}");
        let rel = file.strip_prefix(&format!("{}/", root.replace('\\', "/"))).unwrap_or(file);
        check_file(rel, &fs::read_to_string(file).expect("read rule file"), &rows);
        writeln!(code, "    ({rel:?}, include_str!({file:?})),").expect("write to string");
    }
    code.push_str("];\n");
    let out_dir = env::var("OUT_DIR").expect("out dir");
    fs::write(Path::new(&out_dir).join("builtin_rules.rs"), code).expect("write generated file");
    write_rule_modules(Path::new(&root), Path::new(&out_dir), &rows);
}

/// For each family, `rule_modules_<family>.rs`: one `pub mod` per rule of the table, so
/// that a new rule is declared by its table line alone (its family's `mod.rs` includes
/// the file) and a rule file the table does not name is never compiled in by accident.
fn write_rule_modules(root: &Path, out_dir: &Path, rows: &[(String, String)]) {
    let mut families: Vec<(String, String)> = Vec::new();
    for (_, module) in rows {
        let Some((family, name)) = module.split_once("::") else { continue };
        let file = root.join("src/rules").join(family).join(format!("{name}.rs"));
        let line = format!("#[path = {:?}]\npub mod {name};\n", file.to_string_lossy().replace('\\', "/"));
        match families.iter_mut().find(|(f, _)| f == family) {
            Some((_, code)) => code.push_str(&line),
            None => families.push((family.to_string(), line)),
        }
    }
    for (family, code) in families {
        fs::write(out_dir.join(format!("rule_modules_{family}.rs")), code).expect("write rule modules");
    }
}
