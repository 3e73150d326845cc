//! `--changed-since` and baselines end to end, in temporary git repositories whose git
//! config is as unhelpful as a user's can be (no or mnemonic prefixes, renames off,
//! colour forced, an external diff tool that fails, relative diffs, untracked files
//! hidden from status): copydesk must read git the same way whatever it says.

mod common;

use serde_json::Value;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const HOSTILE: &str = "[user]\n\tname = Test Desk\n\temail = desk@example.com\n[init]\n\tdefaultBranch = main\n\
[diff]\n\tnoprefix = true\n\tmnemonicPrefix = true\n\trenames = false\n\trelative = true\n\texternal = false\n\
[color]\n\tui = always\n\tdiff = always\n[core]\n\tquotePath = true\n\tpager = false\n\tautocrlf = false\n\
[status]\n\tshowUntrackedFiles = no\n[commit]\n\tgpgsign = false\n";

/// A repository in a temporary folder, with a home folder holding the hostile config
/// and a desk rule that flags editing marks (`TK`) on any line.
struct Repo {
    dir: tempfile::TempDir,
    home: tempfile::TempDir,
}

impl Repo {
    fn new() -> Repo {
        let (dir, home) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        fs::write(home.path().join(".gitconfig"), HOSTILE).unwrap();
        let repo = Repo { dir, home };
        repo.git(&["init", "-q"]);
        repo.write("copydesk.toml", "rule_paths = [\"style\"]\n");
        repo.write(
            "style/tk.toml",
            "id = \"desk/tk\"\nkind = \"existence\"\nseverity = \"warning\"\npattern = '\\bTK\\b'\n\
             ignore_case = false\nscope = [\"all\"]\nmessage = \"editing mark left in the text\"\n",
        );
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn write(&self, name: &str, text: &str) {
        let p = self.path().join(name);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }

    fn env(&self, c: &mut Command) {
        c.env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CEILING_DIRECTORIES", self.path().parent().unwrap())
            .env("NO_COLOR", "1");
    }

    fn git(&self, args: &[&str]) -> String {
        self.git_in(self.path(), args)
    }

    fn git_in(&self, dir: &Path, args: &[&str]) -> String {
        let mut c = Command::new("git");
        self.env(&mut c);
        let o = c.current_dir(dir).args(args).output().expect("git runs");
        assert!(o.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stdout).into_owned()
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    fn copydesk(&self, dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
        let mut c = Command::new(env!("CARGO_BIN_EXE_copydesk"));
        self.env(&mut c);
        c.current_dir(dir).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = c.spawn().expect("runs");
        child.stdin.take().unwrap().write_all(stdin.unwrap_or("").as_bytes()).unwrap();
        let o = child.wait_with_output().unwrap();
        common::validate_check_output(args, &o.stdout);
        o
    }

    /// The concise lines of `check --select desk ARGS`, sorted.
    fn findings(&self, args: &[&str]) -> Vec<String> {
        let mut all = vec!["check", "--select", "desk", "--format", "concise"];
        all.extend(args);
        let o = self.copydesk(self.path(), &all, None);
        assert!(matches!(o.status.code(), Some(0 | 1)), "{all:?}: {}", String::from_utf8_lossy(&o.stderr));
        let mut lines: Vec<String> = String::from_utf8_lossy(&o.stdout).lines().map(|l| loc(l).to_string()).collect();
        lines.sort();
        lines
    }
}

/// `path:line:col` of a concise line.
fn loc(line: &str) -> &str {
    line.split(": ").next().unwrap()
}

const DRAFT: &str = "# Title\n\nFirst TK paragraph.\n\nSecond paragraph.\n\nThird TK paragraph.\n";

#[test]
fn changed_since_reports_only_changed_lines() {
    let repo = Repo::new();
    repo.write("drafts/été notes.md", DRAFT);
    repo.write("old name.md", DRAFT);
    repo.write("crlf.md", DRAFT);
    repo.write("same.md", DRAFT);
    repo.commit("base");

    // An edit above the old findings, and a new mark on a changed line.
    repo.write("drafts/été notes.md", &DRAFT.replace("# Title\n", "# Title\n\nNew TK lead.\n"));
    repo.git(&["mv", "old name.md", "new name.md"]);
    repo.write("new name.md", &DRAFT.replace("Second paragraph.", "Second TK paragraph."));
    repo.write("crlf.md", &DRAFT.replace('\n', "\r\n"));
    repo.write("untracked.md", "# New\n\nA TK here.\n");
    let everything = repo.findings(&["."]);
    assert_eq!(everything.len(), 11, "{everything:?}");
    let changed = repo.findings(&["--changed-since", "HEAD", "."]);
    assert_eq!(changed, ["drafts/été notes.md:3:5", "new name.md:5:8", "untracked.md:3:3"]);
    // From a subfolder (where `diff.relative` would cut git's names short) too.
    let args = ["check", "--select", "desk", "--format", "concise", "--changed-since", "HEAD", "."];
    let o = repo.copydesk(&repo.path().join("drafts"), &args, None);
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().map(loc).collect::<Vec<_>>(), ["été notes.md:3:5"]);
}

#[test]
fn changed_since_uses_the_merge_base_and_reads_stdin() {
    let repo = Repo::new();
    repo.write("a.md", DRAFT);
    repo.write("b.md", DRAFT);
    repo.commit("base");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("a.md", &DRAFT.replace("Second paragraph.", "Second TK paragraph."));
    repo.commit("feature edit");
    repo.git(&["checkout", "-q", "main"]);
    repo.write("b.md", &DRAFT.replace("Second paragraph.", "Main TK line."));
    repo.commit("main moves on");
    repo.git(&["checkout", "-q", "feature"]);
    // Against main itself b.md would look changed; against the merge base it is not.
    assert_eq!(repo.findings(&["--changed-since", "main", "."]), ["a.md:5:8"]);

    // Standard input is compared with the base, not with the file on disk.
    let text = DRAFT.replace("# Title", "# Title TK");
    let args = ["check", "--select", "desk", "--format", "json", "--changed-since", "main"];
    let o = repo.copydesk(repo.path(), &[&args[..], &["--stdin-filename", "b.md", "-"]].concat(), Some(&text));
    let j: Value = serde_json::from_slice(&o.stdout).unwrap();
    let lines: Vec<&Value> =
        j["files"][0]["diagnostics"].as_array().unwrap().iter().map(|d| &d["span"]["line"]).collect();
    assert_eq!(lines, [&Value::from(1)]);
}

#[test]
fn changed_since_outside_a_repository_or_a_missing_revision_is_exit_2() {
    let repo = Repo::new();
    repo.write("a.md", DRAFT);
    repo.commit("one");
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("a.md"), DRAFT).unwrap();
    let o = repo.copydesk(outside.path(), &["check", "--changed-since", "HEAD", "a.md"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--changed-since needs a git repository"));

    let o = repo.copydesk(repo.path(), &["check", "--format", "json", "--changed-since", "no-such-rev", "a.md"], None);
    assert_eq!(o.status.code(), Some(2));
    let j: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(j["config_errors"][0]["message"].as_str().unwrap().contains("`no-such-rev` is not in this repository"));

    // A shallow clone lacks the older commits.
    repo.write("a.md", &DRAFT.replace("Second", "Second TK"));
    repo.commit("two");
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", repo.path().display());
    repo.git_in(clone.path(), &["clone", "-q", "--depth", "1", &url, "shallow"]);
    let o = repo.copydesk(&clone.path().join("shallow"), &["check", "--changed-since", "HEAD~1", "a.md"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("a shallow clone may lack it"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

fn baseline_json(repo: &Repo, dir: &Path, args: &[&str]) -> (Option<i32>, Value, String) {
    let all = [&["check", "--select", "desk", "--format", "json"][..], args].concat();
    let o = repo.copydesk(dir, &all, None);
    (o.status.code(), serde_json::from_slice(&o.stdout).unwrap(), String::from_utf8_lossy(&o.stderr).into_owned())
}

#[test]
fn baselines_hide_known_findings_across_edits_and_report_stale_entries() {
    let repo = Repo::new();
    repo.write("drafts/a.md", DRAFT);
    repo.commit("archive");
    let (code, j, err) = baseline_json(&repo, repo.path(), &["--write-baseline", "baseline.json", "drafts"]);
    assert_eq!(code, Some(0), "what was recorded is accepted: {err}");
    assert!(j["files"][0]["diagnostics"].as_array().unwrap().is_empty());
    let written: Value = serde_json::from_str(&fs::read_to_string(repo.path().join("baseline.json")).unwrap()).unwrap();
    let entries = written["findings"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["path"], "drafts/a.md");
    assert_eq!(entries[0]["rule"], "desk/tk");

    // The fingerprints are the ones JSON and SARIF print.
    let (_, plain, _) = baseline_json(&repo, repo.path(), &["drafts"]);
    assert_eq!(plain["files"][0]["diagnostics"][0]["fingerprint"], entries[0]["fingerprint"]);
    let o = repo.copydesk(repo.path(), &["check", "--select", "desk", "--format", "sarif", "drafts"], None);
    let sarif: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(sarif["runs"][0]["results"][1]["partialFingerprints"]["copydesk/v1"], entries[1]["fingerprint"]);

    // Edits above move every line; a mark added at the end is the only news. (Findings
    // with the same rule and text are told apart by their order only, so a new one
    // added above them would be counted as new in the place of the last.)
    let edited = DRAFT.replace("# Title\n", "# Title\n\nA new lead,\nwrapped.\n\n") + "\nA closing TK.\n";
    repo.write("drafts/a.md", &edited);
    let (code, j, _) = baseline_json(&repo, repo.path(), &["--baseline", "baseline.json", "drafts"]);
    assert_eq!(code, Some(1));
    let d = j["files"][0]["diagnostics"].as_array().unwrap();
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0]["span"]["line"], 13);
    assert_eq!(j["baseline"]["hidden"], 2);
    assert_eq!(j["baseline"]["stale"], Value::Array(vec![]));

    // From another folder the same baseline still applies.
    let (_, j, _) = baseline_json(&repo, &repo.path().join("drafts"), &["--baseline", "../baseline.json", "a.md"]);
    assert_eq!(j["baseline"]["hidden"], 2);

    // A fixed finding leaves a stale entry, reported at info; the run still passes.
    repo.write("drafts/a.md", &DRAFT.replace("Third TK paragraph.", "Third paragraph."));
    let (code, j, _) = baseline_json(&repo, repo.path(), &["--baseline", "baseline.json", "drafts"]);
    assert_eq!(code, Some(0));
    assert_eq!(j["baseline"]["stale"][0]["fingerprint"], entries[1]["fingerprint"]);
    let o = repo.copydesk(
        repo.path(),
        &["check", "--select", "desk", "--format", "concise", "--baseline", "baseline.json", "drafts"],
        None,
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.starts_with("info: drafts/a.md: baseline entry ") && err.contains("--write-baseline"), "{err}");
}

#[test]
fn a_bad_baseline_file_is_exit_2() {
    let repo = Repo::new();
    repo.write("a.md", DRAFT);
    repo.write("bad.json", "{\"findings\": 3}");
    let o = repo.copydesk(repo.path(), &["check", "--baseline", "bad.json", "a.md"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not a copydesk baseline"));
}
