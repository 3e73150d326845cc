//! Validators for the machine formats, shared by the CLI tests: JSON Schema (Python's
//! `jsonschema`) for `--format json` and `--format sarif`, `xmllint` against the JUnit
//! XSD for `--format junit`. A validator missing on a developer's machine skips the
//! check with a notice; `.ci/run` installs both and sets `COPYDESK_REQUIRE_VALIDATORS`,
//! so in CI a missing validator fails instead.

#![allow(dead_code)] // each test target uses part of it

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/schemas").join(name)
}

/// The JSON Schema `copydesk schema` prints, written to a file once per test target.
pub fn check_schema() -> PathBuf {
    static PATH: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    PATH.get_or_init(|| {
        let o = Command::new(env!("CARGO_BIN_EXE_copydesk")).arg("schema").output().expect("runs");
        assert_eq!(o.status.code(), Some(0), "copydesk schema");
        let name = format!("check.schema.{}.json", std::process::id());
        let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        std::fs::write(&path, &o.stdout).unwrap();
        path
    })
    .clone()
}

/// Whether a validator that is missing fails the test (CI) or skips it (a laptop).
fn missing(what: &str) {
    assert!(
        std::env::var_os("COPYDESK_REQUIRE_VALIDATORS").is_none(),
        "{what} is required (COPYDESK_REQUIRE_VALIDATORS is set) but missing"
    );
    eprintln!("notice: {what} not found; schema validation skipped (.ci/run installs it)");
}

const PY: &str = r#"
import json, sys
try:
    import jsonschema
except ImportError:
    sys.exit(3)
schema = json.load(open(sys.argv[1]))
doc = json.load(sys.stdin)
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
errors = sorted(cls(schema).iter_errors(doc), key=lambda e: list(e.absolute_path))
for e in errors[:10]:
    print("/".join(map(str, e.absolute_path)) or "(root)", ":", e.message[:400])
sys.exit(1 if errors else 0)
"#;

/// The schema errors of `doc` against the JSON Schema at `schema` (empty: valid), or
/// `None` when the validator is missing.
pub fn json_errors(schema: &Path, doc: &str) -> Option<String> {
    let child = Command::new("python3")
        .args(["-c", PY])
        .arg(schema)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        missing("python3");
        return None;
    };
    child.stdin.take().unwrap().write_all(doc.as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    match o.status.code() {
        Some(0) => Some(String::new()),
        Some(3) => {
            missing("Python's jsonschema");
            None
        }
        _ => Some(format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))),
    }
}

/// Validate `doc` against the JSON Schema at `schema`; panic with the errors.
pub fn validate_json(schema: &Path, doc: &str, what: &str) {
    if let Some(errors) = json_errors(schema, doc) {
        let doc = &doc[..doc.len().min(4000)];
        assert!(
            errors.is_empty(),
            "{what} does not validate against {}:\n{errors}\n--- document ---\n{doc}",
            schema.display()
        );
    }
}

/// xmllint's complaints about a JUnit report (empty: valid), or `None` when it is missing.
pub fn junit_errors(xml: &str) -> Option<String> {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), xml).unwrap();
    let o = Command::new("xmllint").args(["--noout", "--schema"]).arg(data("junit.xsd")).arg(file.path()).output();
    let Ok(o) = o else {
        missing("xmllint (Debian: libxml2-utils)");
        return None;
    };
    Some(if o.status.success() { String::new() } else { String::from_utf8_lossy(&o.stderr).into_owned() })
}

/// Validate a JUnit report against the xUnit plugin's schema with xmllint.
pub fn validate_junit(xml: &str, what: &str) {
    if let Some(errors) = junit_errors(xml) {
        assert!(errors.is_empty(), "{what} does not validate:\n{errors}\n--- document ---\n{xml}");
    }
}

/// Validate a `check` run's stdout by the format its arguments ask for.
pub fn validate_check_output(args: &[&str], stdout: &[u8]) {
    if args.first() != Some(&"check") || args.contains(&"--output-file") {
        return;
    }
    let format = args.windows(2).find(|w| w[0] == "--format").map(|w| w[1]);
    let text = String::from_utf8_lossy(stdout);
    let what = format!("copydesk {}", args.join(" "));
    match format {
        Some("json") => validate_json(&check_schema(), &text, &what),
        Some("sarif") => validate_json(&data("sarif-2.1.0.json"), &text, &what),
        Some("junit") => validate_junit(&text, &what),
        _ => {}
    }
}
