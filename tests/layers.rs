//! The shape of the source tree, checked on every `cargo test`: imports run one way
//! between top-level modules, no source file is over 400 lines and no function over
//! 80. Test code (a `#[cfg(test)]` module, or a file declared under one) may reach up:
//! rule tests run rules through the `Linter`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Top-level modules by layer: a module may import only modules of a lower layer.
/// A new top-level module needs a line here, which is where to decide where it sits.
const LAYERS: &[(&str, u32)] = &[
    ("app", 10),
    ("cli", 9),
    ("server", 9),
    ("report", 8),
    ("lint", 7),
    ("config", 6),
    ("rules", 5),
    ("fix", 4),
    ("diagnostic", 3),
    ("error", 3),
    ("document", 2),
    ("rule_id", 2),
    ("patterns", 1),
    ("span", 0),
    ("calendar", 0),
];

const MAX_FILE_LINES: usize = 400;
const MAX_FN_LINES: usize = 80;

/// Functions known to be too long, in files another change is rewriting; each is to
/// be split when that change lands. Do not add to this list.
const LONG_FUNCTIONS: &[(&str, &str)] =
    &[("src/document/dates/scan.rs", "scan"), ("src/document/markdown.rs", "parse")];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every source file with its text and whether it is test code as a whole.
fn sources() -> Vec<(String, String, bool)> {
    let mut paths = Vec::new();
    files(&src(), &mut paths);
    paths.sort();
    let texts: BTreeMap<String, String> = paths
        .iter()
        .map(|p| {
            let rel = p.strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
            (rel.to_string_lossy().replace('\\', "/"), std::fs::read_to_string(p).unwrap())
        })
        .collect();
    let test_files = test_only_files(&texts);
    texts.into_iter().map(|(path, text)| (path.clone(), text, test_files.contains(&path))).collect()
}

/// Files declared as `mod name;` right after a `#[cfg(test)]` line.
fn test_only_files(texts: &BTreeMap<String, String>) -> Vec<String> {
    let mut out = Vec::new();
    for (path, text) in texts {
        // Where the file's child modules live: beside `mod.rs` or `lib.rs`, else in a
        // folder named like the file.
        let dir = path.strip_suffix("/mod.rs").or(path.strip_suffix("/lib.rs")).unwrap_or(path.trim_end_matches(".rs"));
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for pair in lines.windows(2) {
            let name = pair[1].trim_start_matches("pub ").strip_prefix("mod ").and_then(|m| m.strip_suffix(';'));
            if let (true, Some(name)) = (pair[0] == "#[cfg(test)]", name) {
                out.push(format!("{dir}/{name}.rs"));
                out.push(format!("{dir}/{name}/mod.rs"));
            }
        }
    }
    out
}

/// The top-level module a file belongs to (`src/rules/pack/mod.rs` → `rules`).
fn module_of(path: &str) -> &str {
    let rest = path.strip_prefix("src/").unwrap();
    rest.split('/').next().unwrap().trim_end_matches(".rs")
}

/// The code of a file that is not test code: everything before its first `#[cfg(test)]`
/// (tests sit at the end of a file), without comment lines.
fn non_test_code(text: &str) -> Vec<(usize, &str)> {
    text.lines()
        .enumerate()
        .take_while(|(_, l)| l.trim() != "#[cfg(test)]")
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .collect()
}

/// The top-level modules a line names as `crate::name`.
fn crate_paths(line: &str) -> Vec<&str> {
    line.match_indices("crate::")
        .filter(|(at, _)| !line[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
        .map(|(at, _)| {
            let rest = &line[at + "crate::".len()..];
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

#[test]
fn imports_run_one_way() {
    let layer = |m: &str| LAYERS.iter().find(|(name, _)| *name == m).map(|(_, l)| *l);
    let mut problems = Vec::new();
    for (path, text, test_only) in sources() {
        let from = module_of(&path);
        if from == "main" || from == "lib" || test_only {
            continue;
        }
        let Some(from_layer) = layer(from) else {
            problems.push(format!("{path}: module `{from}` has no layer in tests/layers.rs"));
            continue;
        };
        for (n, line) in non_test_code(&text) {
            for to in crate_paths(line) {
                match layer(to) {
                    _ if to == from => {}
                    Some(l) if l < from_layer => {}
                    Some(_) => problems.push(format!("{path}:{}: `{from}` must not import `{to}`", n + 1)),
                    None => problems.push(format!("{path}:{}: `crate::{to}` has no layer", n + 1)),
                }
            }
        }
    }
    assert!(problems.is_empty(), "imports against the layering:\n{}", problems.join("\n"));
}

#[test]
fn no_source_file_is_over_400_lines() {
    let long: Vec<String> = sources()
        .into_iter()
        .filter(|(_, text, _)| text.lines().count() > MAX_FILE_LINES)
        .map(|(path, text, _)| format!("{path}: {} lines", text.lines().count()))
        .collect();
    assert!(long.is_empty(), "files over {MAX_FILE_LINES} lines:\n{}", long.join("\n"));
}

/// `fn` lines with the name and length of their body, found by rustfmt's layout: the
/// closing brace sits alone at the indentation of the `fn`.
fn functions(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let after_vis = trimmed
            .strip_prefix("pub ")
            .or_else(|| trimmed.strip_prefix("pub(").and_then(|r| r.split_once(") ").map(|(_, rest)| rest)));
        let head = after_vis.unwrap_or(trimmed).trim_start_matches("const ").trim_start_matches("unsafe ");
        let Some(rest) = head.strip_prefix("fn ") else { continue };
        if line.trim_end().ends_with(';') {
            continue; // a trait method without a body
        }
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        if line.trim_end().ends_with('}') && line.matches('{').count() == line.matches('}').count() {
            out.push((name, i + 1, 1));
            continue;
        }
        let close = format!("{indent}}}");
        let end = lines[i..].iter().position(|l| *l == close).map_or(lines.len(), |p| i + p);
        out.push((name, i + 1, end - i + 1));
    }
    out
}

#[test]
fn no_function_is_over_80_lines() {
    let mut long = Vec::new();
    for (path, text, _) in sources() {
        for (name, line, len) in functions(&text) {
            if len > MAX_FN_LINES && !LONG_FUNCTIONS.contains(&(path.as_str(), name.as_str())) {
                long.push(format!("{path}:{line}: `{name}` is {len} lines"));
            }
        }
    }
    assert!(long.is_empty(), "functions over {MAX_FN_LINES} lines:\n{}", long.join("\n"));
}

#[test]
fn the_checker_reads_paths_and_functions() {
    assert_eq!(crate_paths("use crate::rules::{a, b}; x(crate::span::Span::new)"), ["rules", "span"]);
    assert!(crate_paths("use copydesk_crate::x;").is_empty());
    assert_eq!(module_of("src/rules/pack/mod.rs"), "rules");
    assert_eq!(module_of("src/fix.rs"), "fix");
    let f = functions("pub fn a() {\n    x;\n}\n\nimpl T {\n    pub(crate) fn b(&self) {}\n    fn c() {\n    }\n}\n");
    let names: Vec<(&str, usize)> = f.iter().map(|(n, _, len)| (n.as_str(), *len)).collect();
    assert_eq!(names, [("a", 3), ("b", 1), ("c", 2)]);
}
