//! `copydesk stats` and the `"stats"` object of `check --format json`, run through the
//! binary: exact figures, regions counted, and the exit codes.

mod common;

use serde_json::{json, Value};
use std::io::Write;
use std::process::{Command, Stdio};

const DRAFT: &str = "Transport\n\nNight Buses Return to the Harbour Line\n\nThe council restores a route cut in the spring.\n\nAsha Verma· March 4, 2026· 3 min read\n\nThe night bus along the harbour returns on Friday, the council said.\n\nWhat changes\n\nBuses will run every 20 minutes until 2:30 a.m.\n\nThese details were first reported by the Harbour Courier.\n\n#Transport #NightBus\n\nThis is an original analysis by the desk. Source reporting: Harbour Courier.\n";

fn run(args: &[&str], stdin: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("binary finishes");
    common::validate_check_output(args, &out.stdout);
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).expect("UTF-8 output"))
}

fn region(kind: &str, start: usize, end: usize, line: usize, words: usize) -> Value {
    json!({"kind": kind, "start": start, "end": end, "line": line, "words": words})
}

#[test]
fn stats_json_lists_figures_and_regions() {
    let (code, out) = run(&["stats", "--no-config", "--format", "json", "--stdin-filename", "bus.txt", "-"], DRAFT);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).expect("JSON");
    let file = &v["files"][0];
    assert_eq!(file["path"], "bus.txt");
    assert_eq!(
        (&file["words"], &file["cjk_chars"], &file["images"], &file["minutes"], &file["claimed_minutes"]),
        (&json!(32), &json!(0), &json!(0), &json!(1), &json!(3.0))
    );
    let regions: Vec<Value> = file["regions"]
        .as_array()
        .expect("regions")
        .iter()
        .map(|r| {
            region(
                r["kind"].as_str().unwrap(),
                as_usize(&r["span"]["start"]),
                as_usize(&r["span"]["end"]),
                as_usize(&r["span"]["line"]),
                as_usize(&r["words"]),
            )
        })
        .collect();
    assert_eq!(
        regions,
        [
            region("paragraph", 141, 209, 9, 12),
            region("heading", 211, 223, 11, 2),
            region("paragraph", 225, 272, 13, 9),
            region("attribution", 274, 331, 15, 9),
        ]
    );
    assert_eq!(v["errors"], json!([]));
}

fn as_usize(v: &Value) -> usize {
    v.as_u64().expect("number") as usize
}

#[test]
fn check_json_carries_stats_beside_diagnostics() {
    let args =
        ["check", "--no-config", "--format", "json", "--select", "read-time", "--stdin-filename", "bus.txt", "-"];
    let (code, out) = run(&args, DRAFT);
    assert_eq!(code, 1, "3 min for 32 words is a mismatch");
    let v: Value = serde_json::from_str(&out).expect("JSON");
    let file = &v["files"][0];
    let keys: Vec<&str> = file.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["path", "diagnostics", "stats"]);
    assert_eq!(file["diagnostics"][0]["rule"], "read-time/mismatch");
    assert_eq!(file["diagnostics"][0]["fix"]["edits"][0]["replacement"], "1");
    assert_eq!(file["stats"]["words"], 32);
    assert_eq!(file["stats"]["claimed_minutes"], 3.0);
}

#[test]
fn stats_human_names_the_counted_regions() {
    let (code, out) = run(&["stats", "--no-config", "--stdin-filename", "bus.txt", "-"], DRAFT);
    assert_eq!(code, 0);
    assert!(
        out.starts_with(
            "bus.txt\n  32 words, 0 CJK characters, 0 images: 1 min (0.14 before rounding); claimed 3 min\n"
        ),
        "{out}"
    );
    assert!(out.contains("attribution      9 words  These details were first reported by the Harbour"), "{out}");
}

#[test]
fn missing_file_is_an_error() {
    let (code, _) = run(&["stats", "--no-config", "no-such-draft.txt"], "");
    assert_eq!(code, 2);
}
