//! Plain prose outside the house template: copydesk says once, in every output that
//! describes the file, that it read the file as plain prose, and house-only rules
//! (`attribution/source-line`) do not fire on it.

mod common;

use std::process::{Command, Output};

const PLAIN: &str = "Lighthouse Cottage Becomes a Museum\n\nThe cottage beside the lighthouse will open as a museum in the summer.\n\nVolunteers rebuilt the chimney over two winters.\n";
const HOUSE: &str = "Culture\n\nLighthouse Cottage Becomes a Museum\n\nThe cottage opens in summer.\n\nCoast Desk· May 3, 2026· 1 min read\n\nThe cottage will open as a museum in the summer.\n";

fn run(args: &[&str], text: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    child.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("writes");
    let o = child.wait_with_output().expect("finishes");
    common::validate_check_output(args, &o.stdout);
    o
}

fn check(format: &str, text: &str) -> String {
    let o = run(&["check", "--format", format, "--fail-on", "never", "--stdin-filename", "draft.txt", "-"], text);
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn plain_prose_is_said_once_and_skips_house_rules() {
    let human = check("human", PLAIN);
    assert_eq!(human.matches("read as plain prose").count(), 1, "{human}");
    assert!(!human.contains("attribution/source-line"), "{human}");
    let json: serde_json::Value = serde_json::from_str(&check("json", PLAIN)).expect("json");
    let file = &json["files"][0];
    assert_eq!(file["stats"]["read_as"], "plain prose");
    assert!(file["diagnostics"].as_array().expect("list").iter().all(|d| d["rule"] != "attribution/source-line"));
}

#[test]
fn a_house_draft_is_known_by_its_byline_and_still_needs_its_source_line() {
    let json: serde_json::Value = serde_json::from_str(&check("json", HOUSE)).expect("json");
    let file = &json["files"][0];
    assert!(file["stats"].get("read_as").is_none());
    let rules: Vec<_> = file["diagnostics"].as_array().expect("list").iter().map(|d| d["rule"].clone()).collect();
    assert!(rules.contains(&"attribution/source-line".into()), "{rules:?}");
}
