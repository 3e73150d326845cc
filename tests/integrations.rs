//! The shipped integrations: the pre-commit manifest (`.pre-commit-hooks.yaml`) against
//! pre-commit's documented hook keys (https://pre-commit.com/#new-hooks) and its entry
//! run the way pre-commit runs it, with staged file names, excluded ones among them
//! (when `pre-commit` is on PATH, its own `validate-manifest` runs too); the example
//! GitHub workflow's commands are ones copydesk accepts.

use std::path::Path;
use std::process::Command;
use yaml_rust2::{Yaml, YamlLoader};

const REQUIRED: &[&str] = &["id", "name", "entry", "language"];
const OPTIONAL: &[&str] = &[
    "files",
    "exclude",
    "types",
    "types_or",
    "exclude_types",
    "always_run",
    "fail_fast",
    "verbose",
    "pass_filenames",
    "require_serial",
    "description",
    "language_version",
    "minimum_pre_commit_version",
    "args",
    "stages",
    "additional_dependencies",
    "log_file",
];
/// pre-commit 4's languages, with `system` and `script` (the names it still accepts
/// for `unsupported` and `unsupported_script`).
const LANGUAGES: &[&str] = &[
    "conda",
    "coursier",
    "dart",
    "docker",
    "docker_image",
    "dotnet",
    "fail",
    "golang",
    "haskell",
    "julia",
    "lua",
    "node",
    "perl",
    "pygrep",
    "python",
    "r",
    "ruby",
    "rust",
    "swift",
    "system",
    "script",
    "unsupported",
    "unsupported_script",
];

fn manifest() -> (String, Vec<Yaml>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml");
    let text = std::fs::read_to_string(&path).expect(".pre-commit-hooks.yaml exists");
    let docs = YamlLoader::load_from_str(&text).expect("valid YAML");
    let hooks = docs[0].as_vec().expect("a list of hooks").clone();
    (text, hooks)
}

#[test]
fn the_manifest_has_only_documented_keys_and_both_hooks() {
    let (_, hooks) = manifest();
    let mut languages = Vec::new();
    for hook in &hooks {
        let map = hook.as_hash().expect("a hook is a mapping");
        let keys: Vec<&str> = map.keys().map(|k| k.as_str().expect("string keys")).collect();
        for k in &keys {
            assert!(REQUIRED.contains(k) || OPTIONAL.contains(k), "undocumented key `{k}`");
        }
        for k in REQUIRED {
            assert!(hook[*k].as_str().is_some_and(|v| !v.is_empty()), "`{k}` missing in {keys:?}");
        }
        let language = hook["language"].as_str().unwrap();
        assert!(LANGUAGES.contains(&language), "unknown language `{language}`");
        languages.push(language);
        let types: Vec<&str> = hook["types_or"].as_vec().expect("types_or").iter().filter_map(Yaml::as_str).collect();
        assert_eq!(types, ["markdown", "plain-text"]);
        assert_eq!(hook["entry"].as_str(), Some("copydesk check --force-exclude"));
    }
    assert_eq!(languages, ["rust", "system"]);
}

#[test]
fn the_entry_checks_named_files_and_honours_exclude() {
    let (_, hooks) = manifest();
    let entry: Vec<&str> = hooks[0]["entry"].as_str().unwrap().split(' ').collect();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("precommit");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("archive")).unwrap();
    std::fs::write(dir.join("copydesk.toml"), "exclude = [\"archive/**\"]\n").unwrap();
    std::fs::write(dir.join("archive/old.md"), "# Old\n\nSee #A#B.\n").unwrap();
    std::fs::write(dir.join("clean.md"), "# New\n\nA clean paragraph.\n").unwrap();
    let run = |files: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_copydesk")).current_dir(&dir).args(&entry[1..]).args(files).output().unwrap()
    };
    assert_eq!(run(&["clean.md", "archive/old.md"]).status.code(), Some(0), "the excluded file is skipped");
    std::fs::write(dir.join("new.md"), "# New\n\nSee #A#B.\n").unwrap();
    assert_eq!(run(&["clean.md", "new.md"]).status.code(), Some(1));
}

#[test]
fn pre_commit_validates_the_manifest_when_installed() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml");
    match Command::new("pre-commit").arg("validate-manifest").arg(&manifest).output() {
        Ok(o) => {
            assert!(o.status.success(), "{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
        }
        Err(_) => {
            eprintln!("notice: pre-commit not on PATH; the manifest was checked against the documented keys only")
        }
    }
}

#[test]
fn the_example_workflow_annotates_and_uploads_sarif() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/github-workflow.yml");
    let docs = YamlLoader::load_from_str(&std::fs::read_to_string(path).unwrap()).expect("valid YAML");
    let steps = docs[0]["jobs"]["copydesk"]["steps"].as_vec().expect("steps");
    let runs: Vec<&str> =
        steps.iter().filter_map(|s| s["run"].as_str()).filter(|r| r.starts_with("copydesk ")).collect();
    assert!(runs.iter().any(|r| r.contains("--format github --changed-since")), "{runs:?}");
    assert!(runs.iter().any(|r| r.contains("--format sarif --output-file copydesk.sarif")), "{runs:?}");
    let upload =
        steps.iter().find(|s| s["uses"].as_str().is_some_and(|u| u.starts_with("github/codeql-action/upload-sarif")));
    assert_eq!(upload.expect("an upload step")["with"]["sarif_file"].as_str(), Some("copydesk.sarif"));
    assert_eq!(docs[0]["permissions"]["security-events"].as_str(), Some("write"));
    // Each command parses: clap rejects an unknown flag with exit 2 before reading anything.
    for run in runs {
        let args: Vec<String> = run.split(' ').skip(1).map(|a| a.replace("\"origin/$BASE\"", "HEAD")).collect();
        let help: Vec<&str> = args.iter().map(String::as_str).chain(["--help"]).collect();
        let o = Command::new(env!("CARGO_BIN_EXE_copydesk")).args(&help).output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{run}: {}", String::from_utf8_lossy(&o.stderr));
    }
}
