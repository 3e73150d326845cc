//! The writer's view (issue 15): human output at 80 columns pinned exactly (snapshots in
//! `tests/fixtures/writer/*.human.txt`; `UPDATE_SNAPSHOTS=1` rewrites them), one finding
//! per broken tag or date, help in full once per rule, the summary lines, the message
//! fixes, `--format narrated`, did-you-mean, `explain FAMILY`, `init`, `completions`,
//! `man` and the `--stdin-filename` checks.

mod common;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const WRITER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/writer");

fn run_in(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child.stdin.take().unwrap().write_all(stdin.unwrap_or_default().as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    common::validate_check_output(args, &o.stdout);
    o
}

fn run(args: &[&str]) -> Output {
    run_in(Path::new(WRITER), args, None)
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("writer").join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Compare with the pinned snapshot, or rewrite it when asked.
fn snapshot(name: &str, got: &str) {
    let path = Path::new(WRITER).join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        fs::write(&path, got).unwrap();
    }
    let want = fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(got, want, "human output differs from {name} (UPDATE_SNAPSHOTS=1 rewrites it)");
}

/// Every line a terminal of 80 columns shows without wrapping (only the snippet's
/// source lines when `source_only`).
fn assert_fits(text: &str, source_only: bool) {
    let numbered = |l: &&str| l.trim_start().split(' ').next().is_some_and(|n| n.parse::<usize>().is_ok());
    for line in text.lines().filter(|l| !source_only || numbered(l)) {
        assert!(line.chars().count() <= 80, "wider than 80 columns ({}): {line}", line.chars().count());
    }
}

#[test]
fn a_long_paragraph_draft_at_80_columns_is_pinned() {
    // Statistics are left out: that family's wording is another change's to tune, and
    // `help_is_in_full_once_per_rule_then_short` covers its long help.
    let o = run(&["check", "--format", "human", "--no-config", "--ignore", "statistics", "long-paragraph.txt"]);
    assert_eq!(o.status.code(), Some(1));
    let text = out(&o);
    snapshot("long-paragraph.human.txt", &text);
    assert_fits(&text, false);
    // Each finding ends with a blank line; the full line stays in machine formats.
    assert!(text.contains("\n\ndates/mixed-formats\n"), "{text}");
    let json = run(&["check", "--format", "json", "--no-config", "long-paragraph.txt"]);
    let source = fs::read_to_string(Path::new(WRITER).join("long-paragraph.txt")).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let long_line = source.lines().nth(10).unwrap();
    assert!(long_line.chars().count() > 200);
    assert!(v["files"][0]["diagnostics"].as_array().unwrap().len() >= 4, "every rule's finding: {v}");
}

#[test]
fn the_hashtag_line_gives_one_finding_per_broken_tag() {
    let o = run(&["check", "--format", "human", "--no-config", "--select", "hashtags", "hashtag-line.txt"]);
    let text = out(&o);
    snapshot("hashtag-line.human.txt", &text);
    assert_fits(&text, false);
    assert!(text.contains("Found 6 problems (6 errors, 0 warnings, 0 info) in 1 of 1 file."), "{text}");
    assert!(text.contains("1 fixable with --fix, 5 more with --fix --unsafe-fixes."), "{text}");
    // Machine formats keep every rule's own finding.
    let concise = run(&["check", "--format", "concise", "--no-config", "--select", "hashtags", "hashtag-line.txt"]);
    assert_eq!(out(&concise).lines().count(), 11, "{}", out(&concise));
}

#[test]
fn a_date_reported_by_two_rules_is_one_finding() {
    let dir = scratch("date");
    fs::write(dir.join("a.md"), "Opened on May 8, 2026, closed on May 9, 2026, reopens 04/05/2026.\n").unwrap();
    let o = run_in(&dir, &["check", "--format", "human", "--select", "dates", "a.md"], None);
    let text = out(&o);
    assert_eq!(text.matches("04/05/2026` can be read as").count(), 1, "{text}");
    assert!(text.contains("also dates/mixed-formats: `04/05/2026` is written numeric"), "{text}");
    assert!(text.contains("Found 1 problem (0 errors, 1 warning, 0 info)"), "{text}");
}

#[test]
fn help_is_in_full_once_per_rule_then_short() {
    let dir = scratch("help");
    let draft = "Bus Use Falls\n\nRents rose 12 percent in March, the steepest rise in a decade.\n\nRidership fell 8 percent over the same months.\n";
    fs::write(dir.join("a.txt"), draft).unwrap();
    let o = run_in(&dir, &["check", "--format", "human", "--select", "statistics", "a.txt"], None);
    let text = out(&o);
    assert_eq!(text.matches("parenthetical citation").count(), 1, "{text}");
    assert!(text.contains("name the source in this sentence or the one before (in full above;"), "{text}");
}

#[test]
fn the_summary_never_says_all_passed_when_an_input_failed() {
    let dir = scratch("summary");
    fs::write(dir.join("clean.md"), "A clean sentence.\n").unwrap();
    let o = run_in(&dir, &["check", "--format", "human", "--select", "hashtags", "clean.md", "missing.md"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(!out(&o).contains("All checks passed"), "{}", out(&o));
    assert!(out(&o).contains("No problems in 1 checked file; 1 input could not be checked"), "{}", out(&o));
    let o = run_in(&dir, &["check", "--format", "human", "--select", "hashtags", "clean.md"], None);
    assert!(out(&o).contains("All checks passed (1 file)."), "{}", out(&o));
    fs::write(dir.join("tags.md"), "Text #One#Two.\n").unwrap();
    let o = run_in(&dir, &["check", "--format", "human", "--select", "hashtags", "tags.md"], None);
    assert!(out(&o).ends_with("1 fixable with --fix.\n"), "no \"0 more\": {}", out(&o));
}

#[test]
fn messages_name_the_key_quote_the_draft_and_leave_odd_claims_to_malformed() {
    let dir = scratch("messages");
    fs::write(dir.join("fm.md"), "---\ndate: 2026-05-03\npublished: 2026-05-08\n---\n\nText.\n").unwrap();
    let o = run_in(&dir, &["check", "--format", "concise", "--select", "dates/publication-mismatch", "fm.md"], None);
    assert!(out(&o).contains("front matter `published` May 8, 2026 disagrees with the publication date May 3, 2026"));
    assert!(!out(&o).contains("date date"), "{}", out(&o));
    fs::write(dir.join("mixed.md"), "Opened on May 8, 2026, closed on May 9, 2026, reopens 2026-07-01.\n").unwrap();
    let o = run_in(&dir, &["check", "--format", "concise", "--select", "dates/mixed-formats", "mixed.md"], None);
    assert!(out(&o).contains("the body writes dates month-day-year, like `May 8, 2026`"), "{}", out(&o));
    let words = vec!["word"; 400].join(" ");
    fs::write(dir.join("neg.md"), format!("---\nread_time: -3\n---\n{words}.\n")).unwrap();
    fs::write(dir.join("huge.md"), format!("---\nread_time: \"99999999999999999999 min read\"\n---\n{words}.\n"))
        .unwrap();
    let o = run_in(&dir, &["check", "--format", "concise", "--select", "read-time", "neg.md", "huge.md"], None);
    let text = out(&o);
    assert!(!text.contains("claims 3 min") && !text.contains("18446744073709551615"), "{text}");
    assert!(text.contains("neg.md:2:12: error[read-time/malformed]") || text.contains("neg.md:2:"), "{text}");
    assert!(text.contains("is more minutes than any piece takes to read"), "{text}");
    assert!(!text.contains("not in the house form"), "{text}");
}

#[test]
fn narrated_output_spells_positions_out_with_no_drawing_or_colour() {
    let o = run(&["check", "--format", "narrated", "--no-config", "--select", "hashtags", "hashtag-line.txt"]);
    let text = out(&o);
    assert!(text.contains("error hashtags/whitespace: hashtag `#night-time buses` contains whitespace"), "{text}");
    assert!(text.contains("label at line 11"), "{text}");
    assert!(!text.contains('│') && !text.contains('\u{1b}'), "{text}");
    assert!(text.contains("Found 6 problems"), "{text}");
}

#[test]
fn did_you_mean_wherever_a_rule_is_typed() {
    let dir = scratch("mean");
    fs::write(dir.join("a.md"), "<!-- copydesk-disable-next-line hashtags/duplicat -->\n#A #A\n").unwrap();
    for flag in ["--select", "--ignore"] {
        let o = run_in(&dir, &["check", flag, "hashtag", "a.md"], None);
        assert_eq!(o.status.code(), Some(2));
        assert!(err(&o).contains("did you mean `hashtags`?"), "{flag}: {}", err(&o));
    }
    let o = run_in(&dir, &["explain", "hashtags/duplicat"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("did you mean `hashtags/duplicate`?"), "{}", err(&o));
    let o = run_in(&dir, &["check", "--format", "human", "a.md"], None);
    assert!(out(&o).contains("did you mean `hashtags/duplicate`?"), "suppression: {}", out(&o));
    fs::write(dir.join("keys.toml"), "rulse = 1\n").unwrap();
    let o = run_in(&dir, &["check", "--config", "keys.toml", "a.md"], None);
    assert!(err(&o).contains("did you mean `rules`?"), "{}", err(&o));
    fs::write(dir.join("table.toml"), "[rules.\"hashtags/too-mny\"]\nmax = 3\n").unwrap();
    let o = run_in(&dir, &["check", "--config", "table.toml", "a.md"], None);
    assert!(err(&o).contains("did you mean `hashtags/too-many`?"), "{}", err(&o));
    fs::write(dir.join("option.toml"), "[rules.\"hashtags/too-many\"]\nmx = 3\n").unwrap();
    let o = run_in(&dir, &["check", "--config", "option.toml", "a.md"], None);
    assert!(err(&o).contains("did you mean `max`?"), "{}", err(&o));
}

#[test]
fn explain_lists_a_family_and_says_each_default_once() {
    let o = run(&["explain", "hashtags", "--no-config"]);
    assert_eq!(o.status.code(), Some(0));
    let text = out(&o);
    assert!(text.starts_with("# hashtags\n\n7 rules;"), "{text}");
    assert!(text.contains("hashtags/too-many      warning  More hashtags than the house maximum"), "{text}");
    let o = run(&["explain", "hashtags/too-many", "--no-config"]);
    let text = out(&o);
    assert!(text.contains("- `max`: the most tags allowed on one line or in one list. Default: `8`.\n"), "{text}");
    assert_eq!(text.matches("Default: `8`").count(), 1, "the default once: {text}");
    assert!(!text.contains("(default 8)"), "{text}");
    let dir = scratch("explain");
    fs::write(dir.join("copydesk.toml"), "[rules.\"hashtags/too-many\"]\nmax = 5\n").unwrap();
    let o = run_in(&dir, &["explain", "hashtags/too-many"], None);
    assert!(out(&o).contains("Default: `8`; this config sets `5`."), "{}", out(&o));
}

#[test]
fn init_writes_a_starter_config_and_never_overwrites() {
    let dir = scratch("init");
    let o = run_in(&dir, &["init"], None);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = fs::read_to_string(dir.join("copydesk.toml")).unwrap();
    for family in ["attribution", "dates", "front-matter", "hashtags", "read-time", "statistics", "suppression"] {
        assert!(text.contains(&format!("# [rules.{family}]\n")), "{family}");
    }
    assert!(text.contains("# [rules.\"hashtags/too-many\"]\n# enabled = true\n# severity = \"warning\"\n# max = 8\n"));
    assert!(text.lines().all(|l| l.is_empty() || l.starts_with('#')), "everything commented out");
    // As written it changes nothing: a check passes with it as with no config.
    fs::write(dir.join("a.md"), "#A#B\n").unwrap();
    let with = run_in(&dir, &["check", "--format", "concise", "a.md"], None);
    let without = run_in(&dir, &["check", "--format", "concise", "--no-config", "a.md"], None);
    assert_eq!(out(&with), out(&without));
    fs::write(dir.join("copydesk.toml"), "# mine\n").unwrap();
    let o = run_in(&dir, &["init"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("already exists"), "{}", err(&o));
    assert_eq!(fs::read_to_string(dir.join("copydesk.toml")).unwrap(), "# mine\n");
}

#[test]
fn completions_for_every_shell_and_manual_pages() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let o = run(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}");
        let text = out(&o);
        assert!(text.contains("copydesk") && text.contains("stdin-filename"), "{shell}: {text}");
    }
    let o = run(&["man"]);
    assert!(out(&o).contains(".TH copydesk 1"), "{}", out(&o));
    let dir = scratch("man");
    let o = run_in(&dir, &["man", "--dir", "pages"], None);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    for page in ["copydesk.1", "copydesk-check.1", "copydesk-explain.1", "copydesk-init.1", "copydesk-rules-test.1"] {
        let text = fs::read_to_string(dir.join("pages").join(page)).unwrap_or_default();
        assert!(text.contains(".TH copydesk"), "{page}");
    }
}

#[test]
fn stdin_filename_needs_a_dash_and_a_nameless_dash_says_how_it_was_read() {
    let o = run(&["check", "--stdin-filename", "draft.md", "hashtag-line.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("add `-` to read standard input"), "{}", err(&o));
    let o = run(&["stats", "--stdin-filename", "draft.md", "hashtag-line.txt"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run_in(Path::new(WRITER), &["check", "--format", "human", "--select", "hashtags", "-"], Some("#a#b\n"));
    assert!(out(&o).starts_with("note: -: standard input has no name, so it was read as plain prose"), "{}", out(&o));
    let o = run_in(Path::new(WRITER), &["check", "--format", "concise", "--select", "hashtags", "-"], Some("#a#b\n"));
    assert!(err(&o).contains("`--stdin-filename NAME.md` reads it as Markdown"), "{}", err(&o));
}

#[test]
fn the_readme_says_the_shipped_examples_exit_1_on_purpose() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = fs::read_to_string(root.join("README.md")).unwrap();
    let line = readme.lines().find(|l| l.contains("cargo run --release -- check examples/")).unwrap();
    assert!(line.contains("exits 1"), "{line}");
    let o = run_in(root, &["check", "--format", "concise", "examples/"], None);
    assert_eq!(o.status.code(), Some(1), "the examples are broken on purpose");
    // Labels included: a short line is cut too when a label's text would pass the edge.
    let o = run_in(root, &["check", "--format", "human", "examples/"], None);
    assert_fits(&out(&o), false);
}
