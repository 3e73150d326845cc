//! The CI formats and switches, through the binary: SARIF with what code scanning
//! reads, JUnit as GitLab and Jenkins read it, the JSON Schema of `--format json`, and
//! every machine format carrying config errors, unreadable files, `--statistics` and
//! `--diff` in its own shape; `--output-file`, `--quiet`, `--force-exclude`. Every
//! machine-format output is validated against its schema (`common`).

mod common;

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TAGS: &str = "Headline here\n\nA body paragraph.\n\n#dark skies#Astronomy #Astronomy\n";

fn copydesk(dir: &Path, args: &[&str]) -> Output {
    let mut args: Vec<&str> = args.to_vec();
    if args.first() == Some(&"check") && !args.contains(&"--select") {
        args.splice(1..1, ["--select", "hashtags,suppression,front-matter"]);
    }
    let o = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .current_dir(dir)
        .args(&args)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    common::validate_check_output(&args, &o.stdout);
    o
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ci").join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("one JSON document on stdout ({e}):\n{}", out(o)))
}

#[test]
fn sarif_has_what_code_scanning_reads() {
    let dir = scratch("sarif");
    fs::create_dir_all(dir.join("drafts")).unwrap();
    fs::write(dir.join("drafts/été 1#.txt"), TAGS).unwrap();
    let o = copydesk(&dir, &["check", "--format", "sarif", "drafts", "missing.md"]);
    assert_eq!(o.status.code(), Some(2), "a missing file is exit 2");
    let log = json(&o);
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "copydesk");
    assert_eq!(driver["semanticVersion"], env!("CARGO_PKG_VERSION"));
    assert!(driver["informationUri"].as_str().unwrap().starts_with("https://"));
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert!(run["originalUriBaseIds"]["%SRCROOT%"]["uri"].as_str().unwrap().ends_with("/ci/sarif/"));
    let rules = driver["rules"].as_array().unwrap();
    let dup = rules.iter().find(|r| r["id"] == "hashtags/duplicate").expect("rule listed");
    assert!(dup["shortDescription"]["text"].as_str().unwrap().len() > 5);
    assert!(dup["fullDescription"]["text"].as_str().unwrap().len() > 20);
    assert!(dup["help"]["text"].as_str().unwrap().contains("## What it checks"), "help is the explain text");
    assert_eq!(dup["defaultConfiguration"]["level"], "warning");

    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    let r = results.iter().find(|r| r["ruleId"] == "hashtags/duplicate").unwrap();
    assert_eq!(r["level"], "warning");
    assert_eq!(rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"], "hashtags/duplicate");
    assert!(r["message"]["text"].as_str().unwrap().starts_with("`#Astronomy` is listed twice"));
    let loc = &r["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "drafts/%C3%A9t%C3%A9%201%23.txt");
    assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    let region = &loc["region"];
    assert_eq!((&region["startLine"], &region["startColumn"]), (&5.into(), &23.into()));
    assert_eq!((&region["endLine"], &region["endColumn"]), (&5.into(), &33.into()));
    assert_eq!(r["relatedLocations"][0]["message"]["text"], "first listed here");
    assert_eq!(r["relatedLocations"][0]["physicalLocation"]["region"]["startColumn"], 12);
    let change = &r["fixes"][0]["artifactChanges"][0];
    assert_eq!(change["replacements"][0]["insertedContent"]["text"], "");
    assert_eq!(change["replacements"][0]["deletedRegion"]["startColumn"], 22);

    // The fingerprint is the JSON output's, and stable across runs.
    let j = json(&copydesk(&dir, &["check", "--format", "json", "drafts"]));
    let jd = j["files"][0]["diagnostics"].as_array().unwrap();
    let fp = &jd.iter().find(|d| d["rule"] == "hashtags/duplicate").unwrap()["fingerprint"];
    assert_eq!(&r["partialFingerprints"]["copydesk/v1"], fp);

    let note = &run["invocations"][0];
    assert_eq!(note["executionSuccessful"], false);
    let n = &note["toolExecutionNotifications"][0];
    assert_eq!(n["level"], "error");
    assert!(n["message"]["text"].as_str().unwrap().contains("missing.md: no such file"));
    assert_eq!(n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "missing.md");
}

#[test]
fn junit_has_a_suite_per_file_and_a_case_per_finding() {
    let dir = scratch("junit");
    fs::write(dir.join("tags.txt"), TAGS).unwrap();
    fs::write(dir.join("clean.txt"), "Headline here\n\nA body.\n\n#One #Two\n").unwrap();
    fs::write(dir.join("latin1.txt"), b"Caf\xe9\n").unwrap();
    // A name with markup and a control character: escaped, and the character dropped.
    fs::write(dir.join("a&<b>\"\u{1}.txt"), "Headline\n\nBody.\n\n#A#B\n").unwrap();
    let o = copydesk(&dir, &["check", "--format", "junit", "."]);
    assert_eq!(o.status.code(), Some(2));
    let xml = out(&o);
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"copydesk\" tests=\"6\" failures=\"4\" errors=\"1\">"), "{xml}");
    assert!(xml.contains("<testsuite name=\"tags.txt\" tests=\"3\" failures=\"3\" errors=\"0\">"), "{xml}");
    assert!(xml.contains("<testcase name=\"hashtags/duplicate at 5:23\" classname=\"tags.txt\">"), "{xml}");
    assert!(
        xml.contains(
            "tags.txt:5:23: warning[hashtags/duplicate] `#Astronomy` is listed twice&#10;help: remove the repeated tag"
        ),
        "{xml}"
    );
    assert!(xml.contains("<testcase name=\"no findings\" classname=\"clean.txt\"/>"), "{xml}");
    assert!(xml.contains("<error type=\"copydesk\" message=\"latin1.txt: is not valid UTF-8"), "{xml}");
    assert!(xml.contains("classname=\"a&amp;&lt;b&gt;&quot;.txt\""), "{xml}");
    assert!(!xml.contains('\u{1}'));
    let names: Vec<&str> = xml.match_indices("<testcase name=\"").map(|(i, _)| &xml[i + 16..]).collect();
    let mut seen = std::collections::HashSet::new();
    for n in &names {
        let name = &n[..n.find('"').unwrap()];
        let class = &n[n.find("classname=\"").unwrap() + 11..];
        assert!(seen.insert((name, &class[..class.find('"').unwrap()])), "duplicate case {name}");
    }
}

#[test]
fn the_json_schema_describes_the_output_and_catches_drift() {
    let o = Command::new(env!("CARGO_BIN_EXE_copydesk")).arg("schema").output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let schema: Value = serde_json::from_slice(&o.stdout).expect("the schema is JSON");
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let doc = fs::read_to_string(fixtures.join("fm.expected.json")).unwrap();
    common::validate_json(&common::check_schema(), &doc, "fm.expected.json");
    // The schema bites: an undocumented key or an unknown severity is an error.
    let mut bad: Value = serde_json::from_str(&doc).unwrap();
    bad["files"][0]["diagnostics"][0]["severity"] = "fatal".into();
    bad["files"][0]["diagnostics"][1]["column_utf8"] = 3.into();
    if let Some(errors) = common::json_errors(&common::check_schema(), &bad.to_string()) {
        assert!(errors.contains("'fatal' is not one of"), "{errors}");
        assert!(errors.contains("column_utf8"), "{errors}");
    }
}

#[test]
fn machine_formats_carry_config_errors_in_their_own_shape() {
    let dir = scratch("config-error");
    fs::write(dir.join("copydesk.toml"), "[rules.\"hashtags/too-many\"]\nmax = \"eight\"\n").unwrap();
    fs::write(dir.join("a.txt"), TAGS).unwrap();
    for format in ["json", "sarif", "junit", "github"] {
        let o = copydesk(&dir, &["check", "--format", format, "a.txt"]);
        assert_eq!(o.status.code(), Some(2), "{format}");
        let text = out(&o);
        assert!(text.contains("invalid value for `hashtags/too-many.max`"), "{format}: {text}");
        assert!(!err(&o).contains("max = \"eight\""), "{format}: no miette report beside the document");
    }
    let j = json(&copydesk(&dir, &["check", "--format", "json", "a.txt"]));
    assert_eq!(j["config_errors"][0]["line"], 2);
    assert!(j["config_errors"][0]["file"].as_str().unwrap().ends_with("copydesk.toml"));
    let s = json(&copydesk(&dir, &["check", "--format", "sarif", "a.txt"]));
    let n = &s["runs"][0]["invocations"][0]["toolConfigurationNotifications"][0];
    assert_eq!(n["locations"][0]["physicalLocation"]["region"]["startLine"], 2);
    let g = out(&copydesk(&dir, &["check", "--format", "github", "a.txt"]));
    assert!(
        g.starts_with("::error file=copydesk.toml,line=2,title=copydesk config::"),
        "relative to the checkout: {g}"
    );
    // Human output keeps the labelled TOML on stderr.
    let o = copydesk(&dir, &["check", "--format", "human", "a.txt"]);
    assert!(err(&o).contains("max = \"eight\""), "{}", err(&o));
}

#[test]
fn machine_formats_carry_statistics_and_diffs() {
    let dir = scratch("stats-diff");
    fs::write(dir.join("a.txt"), TAGS).unwrap();
    let j = json(&copydesk(&dir, &["check", "--format", "json", "--statistics", "a.txt"]));
    assert_eq!(j["statistics"]["hashtags/duplicate"], 1);
    assert_eq!(j["files"][0]["diagnostics"].as_array().unwrap().len(), 3, "findings stay in the document");
    let s = json(&copydesk(&dir, &["check", "--format", "sarif", "--statistics", "a.txt"]));
    assert_eq!(s["runs"][0]["properties"]["statistics"]["hashtags/whitespace"], 1);
    let x = out(&copydesk(&dir, &["check", "--format", "junit", "--statistics", "a.txt"]));
    assert!(x.contains("<property name=\"hashtags/duplicate\" value=\"1\"/>"), "{x}");
    let g = out(&copydesk(&dir, &["check", "--format", "github", "--statistics", "a.txt"]));
    assert!(g.contains("::notice title=copydesk statistics::1 hashtags/duplicate\n"), "{g}");

    let o = copydesk(&dir, &["check", "--format", "json", "--diff", "a.txt"]);
    let j = json(&o);
    assert!(j["diff"].as_str().unwrap().contains("+#dark skies #Astronomy"), "{j}");
    assert!(err(&o).contains("+++ "), "the diff is on stderr too");
    for format in ["sarif", "junit", "github"] {
        let o = copydesk(&dir, &["check", "--format", format, "--diff", "a.txt"]);
        assert!(!out(&o).contains("+++ "), "{format}: stdout is the document only");
        assert!(err(&o).contains("+++ "), "{format}: {}", err(&o));
    }
    assert_eq!(fs::read_to_string(dir.join("a.txt")).unwrap(), TAGS, "--diff writes nothing");
}

#[test]
fn output_file_quiet_and_force_exclude() {
    let dir = scratch("switches");
    fs::create_dir_all(dir.join("drafts/archive")).unwrap();
    fs::write(dir.join("copydesk.toml"), "exclude = [\"drafts/archive/**\"]\n").unwrap();
    fs::write(dir.join("drafts/archive/old.txt"), TAGS).unwrap();
    fs::write(dir.join("drafts/new.txt"), TAGS).unwrap();

    let o = copydesk(&dir, &["check", "--format", "sarif", "--output-file", "out.sarif", "drafts/new.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(out(&o), "", "the report went to the file");
    let written = fs::read_to_string(dir.join("out.sarif")).unwrap();
    common::validate_json(&common::data("sarif-2.1.0.json"), &written, "--output-file out.sarif");
    assert!(written.contains("drafts/new.txt"));

    let o = copydesk(&dir, &["check", "--format", "human", "drafts/new.txt"]);
    assert!(out(&o).contains("Found 2 problems"), "one per broken tag: {}", out(&o));
    let o = copydesk(&dir, &["check", "--format", "human", "--quiet", "drafts/new.txt"]);
    assert!(!out(&o).contains("Found 2 problems") && out(&o).contains("hashtags/duplicate"), "{}", out(&o));

    // Named on the command line, an excluded file is checked unless --force-exclude.
    let o = copydesk(&dir, &["check", "--format", "concise", "drafts/archive/old.txt"]);
    assert_eq!(o.status.code(), Some(1));
    let o = copydesk(
        &dir,
        &["check", "--format", "concise", "--force-exclude", "drafts/archive/old.txt", "drafts/new.txt"],
    );
    assert!(!out(&o).contains("archive") && out(&o).contains("drafts/new.txt"), "{}", out(&o));
    let o = copydesk(&dir, &["check", "--format", "concise", "--force-exclude", "drafts/archive/old.txt"]);
    assert_eq!((o.status.code(), out(&o)), (Some(0), String::new()));
}
