//! The command line as users and CI see it: exit codes, every output format (the JSON
//! compared exactly), bad inputs, config errors, stdin, and `--fix`/`--diff`.

mod common;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// The pipeline is exercised through the hashtags family (and the suppression and front
/// matter checks); every other family has its own tests, so `check` runs select these
/// unless a test selects rules itself.
const PIPELINE_RULES: &str = "hashtags,suppression,front-matter";

fn copydesk(dir: &Path, args: &[&str]) -> Output {
    let mut args: Vec<&str> = args.to_vec();
    if args.first() == Some(&"check") && !args.contains(&"--select") {
        args.splice(1..1, ["--select", PIPELINE_RULES]);
    }
    let o = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .current_dir(dir)
        .args(&args)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    // Every machine-format output in the suite is checked against its schema.
    common::validate_check_output(&args, &o.stdout);
    o
}

fn fixtures() -> &'static Path {
    Path::new(FIXTURES)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch folder under the target dir, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn json_output_is_exactly_the_documented_shape() {
    let o = copydesk(fixtures(), &["check", "--format", "json", "fm.md"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let expected = fs::read_to_string(fixtures().join("fm.expected.json")).unwrap();
    assert_eq!(stdout(&o), expected.replace("\"0.1.0\"", &format!("{:?}", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn exit_codes_follow_fail_on() {
    let dir = scratch("exit-codes");
    fs::write(dir.join("clean.txt"), "Headline here\n\nA body paragraph.\n\n#One #Two\n").unwrap();
    fs::write(dir.join("dup.txt"), "Headline here\n\nA body paragraph.\n\n#One #one\n").unwrap();
    assert_eq!(copydesk(&dir, &["check", "clean.txt"]).status.code(), Some(0));
    // A duplicate is a warning: fails at the default threshold, passes at `error`.
    assert_eq!(copydesk(&dir, &["check", "dup.txt"]).status.code(), Some(1));
    assert_eq!(copydesk(&dir, &["check", "--fail-on", "error", "dup.txt"]).status.code(), Some(0));
    assert_eq!(copydesk(&dir, &["check", "--fail-on", "never", "dup.txt"]).status.code(), Some(0));
    assert_eq!(copydesk(&dir, &["check", "--bogus"]).status.code(), Some(2));
    assert_eq!(copydesk(&dir, &["check", "--select", "nope/rule", "clean.txt"]).status.code(), Some(2));
}

#[test]
fn bad_inputs_are_reported_and_other_files_still_checked() {
    let dir = scratch("bad-inputs");
    fs::write(dir.join("latin1.txt"), b"Caf\xe9 headline\n").unwrap();
    fs::write(dir.join("binary.md"), b"abc\x00def").unwrap();
    fs::write(dir.join("good.txt"), "Headline\n\nBody.\n\n#A#B\n").unwrap();
    let o = copydesk(&dir, &["check", "--format", "concise", "missing.md", "latin1.txt", "binary.md", "good.txt"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("error: missing.md: no such file or directory"), "{err}");
    assert!(err.contains("error: latin1.txt: is not valid UTF-8 (invalid byte at offset 3)"), "{err}");
    assert!(err.contains("error: binary.md: looks like a binary file"), "{err}");
    assert_eq!(
        stdout(&o),
        "good.txt:5:1: error[hashtags/run-together] hashtags `#A#B` run together with no separator\n"
    );
    // JSON carries the errors too, and every checked file.
    let o = copydesk(&dir, &["check", "--format", "json", "missing.md", "good.txt"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["errors"][0]["path"], "missing.md");
    assert_eq!(v["files"].as_array().unwrap().len(), 1);
}

#[test]
fn directories_are_walked_respecting_ignore_files_and_extensions() {
    let dir = scratch("walk");
    fs::create_dir_all(dir.join("drafts/skip")).unwrap();
    fs::create_dir_all(dir.join("drafts/folder.md")).unwrap();
    fs::write(dir.join(".ignore"), "skip/\n").unwrap();
    fs::write(dir.join("drafts/b.md"), "Text with #A#B.\n").unwrap();
    fs::write(dir.join("drafts/a.txt"), "Headline\n\nBody.\n\n#C#D\n").unwrap();
    fs::write(dir.join("drafts/skip/c.md"), "#E#F\n").unwrap();
    fs::write(dir.join("drafts/.hidden.md"), "#G#H\n").unwrap();
    fs::write(dir.join("drafts/notes.rst"), "#I#J\n").unwrap();
    let o = copydesk(&dir, &["check", "--format", "concise"]);
    assert_eq!(
        stdout(&o),
        "drafts/a.txt:5:1: error[hashtags/run-together] hashtags `#C#D` run together with no separator\n\
         drafts/b.md:1:11: error[hashtags/run-together] hashtags `#A#B` run together with no separator\n"
    );
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn concise_github_and_human_formats() {
    let o = copydesk(fixtures(), &["check", "--format", "concise", "crlf.txt"]);
    assert_eq!(
        stdout(&o),
        "crlf.txt:5:16: error[hashtags/run-together] hashtags `#Tag#Other` run together with no separator\n"
    );
    let o = copydesk(fixtures(), &["check", "--format", "github", "tags.txt"]);
    assert_eq!(
        stdout(&o),
        "::error file=tags.txt,line=13,col=1,endLine=13,endColumn=22,title=hashtags/run-together::hashtags `#dark skies#Astronomy` run together with no separator\n\
         ::error file=tags.txt,line=13,col=1,endLine=13,endColumn=12,title=hashtags/whitespace::hashtag `#dark skies` contains whitespace; only `#dark` would be linked\n\
         ::warning file=tags.txt,line=13,col=23,endLine=13,endColumn=33,title=hashtags/duplicate::`#Astronomy` is listed twice\n"
    );
    let o = copydesk(fixtures(), &["check", "--format", "human", "--color", "never", "tags.txt"]);
    let out = stdout(&o);
    assert!(out.contains("hashtags/duplicate"), "{out}");
    assert!(out.contains("13 │ #dark skies#Astronomy #Astronomy"), "{out}");
    assert!(out.contains("first listed here"), "{out}");
    // One finding for the broken tag (whitespace, with run-together beside it).
    assert!(out.contains("Found 2 problems (1 error, 1 warning, 0 info) in 1 of 1 file."), "{out}");
    assert!(!out.contains('\u{1b}'), "no colour codes with --color never");
    let o = copydesk(fixtures(), &["check", "--format", "human", "--color", "always", "tags.txt"]);
    assert!(stdout(&o).contains('\u{1b}'));
}

#[test]
fn statistics_count_per_rule() {
    let o = copydesk(fixtures(), &["check", "--statistics", "tags.txt", "crlf.txt"]);
    let out = stdout(&o);
    assert!(out.contains("    1  hashtags/whitespace"), "{out}");
    assert!(out.contains("    2  hashtags/run-together"), "{out}");
}

#[test]
fn stdin_with_a_filename() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .current_dir(fixtures())
        .args(["check", "--select", PIPELINE_RULES, "--format", "concise", "--stdin-filename", "draft.md", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"---\ntitle: x\n---\nSee #A#B now.\n").unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(
        stdout(&o),
        "draft.md:4:5: error[hashtags/run-together] hashtags `#A#B` run together with no separator\n"
    );
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn config_files_are_discovered_and_errors_point_at_the_key() {
    let dir = scratch("config");
    fs::create_dir_all(dir.join("desk/sub")).unwrap();
    fs::write(dir.join("desk/copydesk.toml"), "[rules.hashtags]\nseverity = \"info\"\n").unwrap();
    fs::write(dir.join("desk/sub/a.txt"), "Headline\n\nBody.\n\n#A#B\n").unwrap();
    let o = copydesk(&dir, &["check", "--format", "concise", "desk/sub/a.txt"]);
    assert!(stdout(&o).contains("info[hashtags/run-together]"), "{}", stdout(&o));
    assert_eq!(o.status.code(), Some(0), "info is below the default threshold");
    let o = copydesk(&dir, &["check", "--no-config", "--format", "concise", "desk/sub/a.txt"]);
    assert!(stdout(&o).contains("error[hashtags/run-together]"));

    fs::write(dir.join("bad.toml"), "[rules.\"hashtags/too-many\"]\nmax = \"eight\"\n").unwrap();
    let o = copydesk(&dir, &["check", "--config", "bad.toml", "desk/sub/a.txt"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("invalid value for `hashtags/too-many.max`"), "{err}");
    assert!(err.contains("max = \"eight\""), "the TOML is shown: {err}");
    let o = copydesk(&dir, &["check", "--config", "desk", "desk/sub/a.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot read config"), "{}", stderr(&o));
}

#[test]
fn suppression_comments() {
    let dir = scratch("suppress");
    let text = "Headline\n\nBody.\n\n<!-- copydesk-disable-next-line hashtags/run-together -->\n#A#B\n\n<!-- copydesk-disable hashtags/numeric -->\n\nMore body.\n";
    fs::write(dir.join("a.txt"), text).unwrap();
    let o = copydesk(&dir, &["check", "--format", "concise", "a.txt"]);
    assert_eq!(stdout(&o), "a.txt:8:1: info[suppression/unused] this suppression comment suppresses nothing\n");
}

#[test]
fn fix_is_atomic_and_idempotent_and_diff_writes_nothing() {
    let dir = scratch("fix");
    let original = "Headline\n\nBody.\n\n#dark skies#Night #night\n";
    fs::write(dir.join("a.txt"), original).unwrap();
    let o = copydesk(&dir, &["check", "--diff", "--unsafe-fixes", "a.txt"]);
    assert!(stdout(&o).contains("-#dark skies#Night #night\n+#DarkSkies #Night\n"), "{}", stdout(&o));
    assert_eq!(fs::read_to_string(dir.join("a.txt")).unwrap(), original, "--diff writes nothing");

    let o = copydesk(&dir, &["check", "--fix", "a.txt"]);
    assert_eq!(fs::read_to_string(dir.join("a.txt")).unwrap(), "Headline\n\nBody.\n\n#dark skies #Night\n");
    assert_eq!(o.status.code(), Some(1), "the unsafe finding remains");
    let o = copydesk(&dir, &["check", "--fix", "--unsafe-fixes", "a.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let fixed = fs::read_to_string(dir.join("a.txt")).unwrap();
    assert_eq!(fixed, "Headline\n\nBody.\n\n#DarkSkies #Night\n");
    copydesk(&dir, &["check", "--fix", "--unsafe-fixes", "a.txt"]);
    assert_eq!(fs::read_to_string(dir.join("a.txt")).unwrap(), fixed, "a second run changes nothing");
    let leftovers: Vec<_> =
        fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()).filter(|e| e.file_name() != "a.txt").collect();
    assert!(leftovers.is_empty(), "no temporary files left behind");
}

#[test]
fn rules_and_explain() {
    let o = copydesk(fixtures(), &["rules", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let run = v.as_array().unwrap().iter().find(|r| r["id"] == "hashtags/run-together").unwrap();
    assert_eq!(run["family"], "hashtags");
    assert_eq!(run["severity"], "error");
    assert_eq!(run["fixable"], "safe");
    let o = copydesk(fixtures(), &["explain", "hashtags/too-many"]);
    let out = stdout(&o);
    assert!(out.contains("## Why it matters") && out.contains("`max`"), "{out}");
    assert_eq!(copydesk(fixtures(), &["explain", "nope"]).status.code(), Some(2));
}

#[test]
fn desk_rule_packs_are_loaded_listed_and_validated() {
    let dir = scratch("packs");
    fs::create_dir_all(dir.join("style")).unwrap();
    fs::write(dir.join("copydesk.toml"), "rule_paths = [\"style\"]\n[rules.\"desk/tk\"]\nseverity = \"error\"\n")
        .unwrap();
    let rule = "id = \"desk/tk\"\nkind = \"existence\"\ntokens = [\"TK\"]\nignore_case = false\nmessage = \"mark `{match}` left in\"\ndescription = \"Editing marks.\"\n";
    fs::write(dir.join("style/tk.toml"), rule).unwrap();
    fs::write(dir.join("a.md"), "The vote is on TK.\n").unwrap();
    let o = copydesk(&dir, &["check", "--select", "desk", "--format", "concise", "a.md"]);
    assert_eq!(stdout(&o), "a.md:1:16: error[desk/tk] mark `TK` left in\n");
    let o = copydesk(&dir, &["rules"]);
    assert!(stdout(&o).contains("desk/tk"), "{}", stdout(&o));
    let o = copydesk(&dir, &["explain", "desk/tk"]);
    assert!(stdout(&o).contains("Rule pack rule of kind `existence`, from"), "{}", stdout(&o));

    fs::write(dir.join("style/copy.toml"), rule).unwrap();
    let o = copydesk(&dir, &["check", "a.md"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("duplicate rule id `desk/tk`"), "{}", stderr(&o));
    fs::remove_file(dir.join("style/copy.toml")).unwrap();

    fs::write(
        dir.join("style/bad.toml"),
        "id = \"desk/bad\"\nkind = \"existence\"\nmessage = \"m\"\npattern = '[oops'\n",
    )
    .unwrap();
    let o = copydesk(&dir, &["check", "a.md"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("invalid regex") && err.contains("pattern = '[oops'"), "{err}");
}
