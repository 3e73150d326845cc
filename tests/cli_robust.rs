//! What copydesk does with hostile inputs and failing writes, through the binary: it
//! never loses or damages a file, never hangs, never says "passed" on a run that
//! checked nothing or failed, and gives an exit code CI can trust.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Run copydesk in `dir`, killed after 20 s so a hang fails the test instead of the run.
fn run_with(dir: &Path, args: &[&str], stdin: &[u8], wrap: &[&str]) -> Output {
    let (program, rest) = match wrap.split_first() {
        Some((p, rest)) => (p.to_string(), [rest, &[env!("CARGO_BIN_EXE_copydesk")]].concat()),
        None => (env!("CARGO_BIN_EXE_copydesk").to_string(), vec![]),
    };
    let mut child = Command::new(program)
        .args(rest)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    std::thread::spawn(move || {
        use std::io::Write;
        let _ = input.write_all(&bytes);
    });
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("copydesk {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn run(dir: &Path, args: &[&str]) -> Output {
    run_with(dir, args, b"", &[])
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A folder others can enter, for runs as an unprivileged user.
fn scratch() -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    dir
}

const BROKEN: &str = "Head\n\nBody #one#two here.\n";
const ONLY: [&str; 2] = ["--select", "hashtags/run-together"];

#[test]
fn fix_writes_through_a_symlink_and_keeps_the_link() {
    let dir = scratch();
    fs::write(dir.path().join("real.md"), BROKEN).unwrap();
    std::os::unix::fs::symlink("real.md", dir.path().join("link.md")).unwrap();
    let o = run(dir.path(), &["check", ONLY[0], ONLY[1], "--fix", "link.md"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(fs::symlink_metadata(dir.path().join("link.md")).unwrap().file_type().is_symlink());
    assert_eq!(fs::read_to_string(dir.path().join("real.md")).unwrap(), "Head\n\nBody #one #two here.\n");
}

#[test]
fn a_fix_that_cannot_be_written_keeps_its_findings_and_exits_2() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch();
    let sub = dir.path().join("locked");
    fs::create_dir(&sub).unwrap();
    fs::write(sub.join("a.md"), BROKEN).unwrap();
    fs::set_permissions(&sub, fs::Permissions::from_mode(0o555)).unwrap();
    // Root writes anywhere: run as nobody, who cannot create the temporary file.
    let root = std::env::var("USER").as_deref() == Ok("root") || fs::write(sub.join("probe"), "").is_ok();
    let wrap: &[&str] = if root { &["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] } else { &[] };
    let o = run_with(&sub, &["check", ONLY[0], ONLY[1], "--no-config", "--fix", "a.md"], b"", wrap);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert_eq!(o.status.code(), Some(2), "{out}{err}");
    assert!(err.contains("a.md: cannot write fixes: permission denied"), "{err}");
    assert!(out.contains("a.md:3:6: error[hashtags/run-together]"), "the findings are still reported: {out}");
    assert_eq!(fs::read_to_string(sub.join("a.md")).unwrap(), BROKEN);
}

/// A rename needs only the folder's permission: a read-only file in a folder its owner may
/// write must still be left alone, not replaced by a fixed copy.
#[test]
fn a_read_only_file_is_not_fixed_even_in_a_writable_folder() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch();
    let sub = dir.path().join("open");
    fs::create_dir(&sub).unwrap();
    let file = sub.join("a.md");
    fs::write(&file, BROKEN).unwrap();
    fs::set_permissions(&file, fs::Permissions::from_mode(0o444)).unwrap();
    fs::set_permissions(&sub, fs::Permissions::from_mode(0o777)).unwrap();
    // Root writes anything: the file goes to nobody, who runs copydesk and owns it.
    let root = std::os::unix::fs::MetadataExt::uid(&fs::metadata(&file).unwrap()) == 0;
    if root {
        std::os::unix::fs::chown(&file, Some(65534), Some(65534)).unwrap();
    }
    let wrap: &[&str] = if root { &["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] } else { &[] };
    let o = run_with(&sub, &["check", ONLY[0], ONLY[1], "--no-config", "--fix", "a.md"], b"", wrap);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert_eq!(o.status.code(), Some(2), "{out}{err}");
    assert!(err.contains("a.md: cannot write fixes: permission denied"), "{err}");
    assert!(out.contains("a.md:3:6: error[hashtags/run-together]"), "the findings are still reported: {out}");
    assert_eq!(fs::read_to_string(&file).unwrap(), BROKEN);
    assert_eq!(fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o444);
}

#[test]
fn a_report_that_cannot_be_written_is_exit_2_even_with_findings() {
    let dir = scratch();
    fs::write(dir.path().join("a.md"), BROKEN).unwrap();
    let full = fs::File::create("/dev/full").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["check", ONLY[0], ONLY[1], "a.md"])
        .current_dir(dir.path())
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_relative_config_with_include_globs_checks_its_files() {
    let dir = scratch();
    fs::create_dir(dir.path().join("drafts")).unwrap();
    fs::write(dir.path().join("drafts/a.md"), BROKEN).unwrap();
    fs::write(dir.path().join("desk.toml"), "include = [\"drafts/*.md\"]\n").unwrap();
    for config in ["desk.toml", "./desk.toml"] {
        let o = run(dir.path(), &["check", ONLY[0], ONLY[1], "--config", config, "drafts"]);
        assert_eq!(o.status.code(), Some(1), "{config}: {}{}", text(&o.stdout), text(&o.stderr));
    }
}

#[test]
fn a_walk_with_nothing_to_check_says_so() {
    let dir = scratch();
    fs::create_dir(dir.path().join("empty")).unwrap();
    fs::create_dir(dir.path().join("drafts")).unwrap();
    fs::write(dir.path().join("drafts/a.md"), BROKEN).unwrap();
    fs::write(dir.path().join("copydesk.toml"), "exclude = [\"drafts/**\"]\n").unwrap();
    let o = run(dir.path(), &["check", "empty", "drafts"]);
    let err = text(&o.stderr);
    assert!(err.contains("warning: empty: nothing to check: no files with the extensions md, markdown, txt"), "{err}");
    assert!(err.contains("warning: drafts: nothing to check: all 1 drafts are left out by the config's"), "{err}");
}

#[test]
fn a_run_with_an_unreadable_input_never_says_all_checks_passed() {
    let dir = scratch();
    fs::write(dir.path().join("ok.md"), "Fine.\n").unwrap();
    let o = run(dir.path(), &["check", "--format", "human", ONLY[0], ONLY[1], "ok.md", "gone.md"]);
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.contains("All checks passed"), "{out}");
    assert!(out.contains("No problems in 1 checked file; 1 input could not be checked"), "{out}");
}

#[test]
fn stdin_filename_needs_a_dash_and_a_dash_without_it_says_what_it_assumed() {
    let dir = scratch();
    fs::write(dir.path().join("a.md"), BROKEN).unwrap();
    let o = run_with(dir.path(), &["check", "--stdin-filename", "x.md"], BROKEN.as_bytes(), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("`-` is not among the paths"), "{}", text(&o.stderr));
    assert!(o.stdout.is_empty(), "the folder is not checked instead: {}", text(&o.stdout));
    let o = run_with(dir.path(), &["check", ONLY[0], ONLY[1], "-"], BROKEN.as_bytes(), &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("read as house text"), "{}", text(&o.stderr));
}

#[test]
fn inputs_that_never_end_are_refused_not_read() {
    let dir = scratch();
    let fifo = dir.path().join("pipe.md");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    fs::write(dir.path().join("a.md"), BROKEN).unwrap();
    let o = run(dir.path(), &["check", ONLY[0], ONLY[1], "pipe.md", "/dev/zero", "a.md"]);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert_eq!(o.status.code(), Some(2), "{out}{err}");
    assert!(err.contains("pipe.md: is not a regular file (a FIFO, socket or device)"), "{err}");
    assert!(err.contains("/dev/zero: is not a regular file"), "{err}");
    assert!(out.contains("a.md:3:6"), "the other files are still checked: {out}");
    // In a walk a FIFO is not a draft: skipped without a word.
    let o = run(dir.path(), &["check", ONLY[0], ONLY[1], "."]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    assert!(!text(&o.stderr).contains("pipe.md"), "{}", text(&o.stderr));
}

#[test]
fn a_file_over_the_size_limit_is_refused_and_the_limit_is_configurable() {
    let dir = scratch();
    fs::write(dir.path().join("big.md"), "word ".repeat(100)).unwrap();
    fs::write(dir.path().join("copydesk.toml"), "max_file_size = 100\n").unwrap();
    let o = run(dir.path(), &["check", "big.md"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("big.md: is larger than the limit of 100 bytes"), "{}", text(&o.stderr));
    let o = run_with(dir.path(), &["check", "-"], "word ".repeat(100).as_bytes(), &[]);
    assert!(text(&o.stderr).contains("-: is larger than the limit of 100 bytes"), "{}", text(&o.stderr));
    assert!(!text(&o.stderr).contains("read as house text"), "nothing was read as anything: {}", text(&o.stderr));
}

#[test]
fn utf16_and_symlink_loops_are_named_for_what_they_are() {
    let dir = scratch();
    fs::write(dir.path().join("u.md"), b"\xff\xfeh\x00i\x00").unwrap();
    std::os::unix::fs::symlink("loop-b.md", dir.path().join("loop-a.md")).unwrap();
    std::os::unix::fs::symlink("loop-a.md", dir.path().join("loop-b.md")).unwrap();
    let o = run(dir.path(), &["check", "u.md", "loop-a.md"]);
    let err = text(&o.stderr);
    assert!(err.contains("u.md: is UTF-16 (little-endian, with a byte order mark); copydesk reads UTF-8"), "{err}");
    assert!(err.contains("loop-a.md: is a symlink loop"), "{err}");
}

/// Rule packs are untrusted: a `[replace]` table or a folder of rule files that would
/// compile thousands of patterns (a gigabyte for 60,000) is refused before it compiles.
#[test]
fn a_rule_pack_that_compiles_too_many_patterns_is_refused() {
    let dir = scratch();
    fs::write(dir.path().join("copydesk.toml"), "rule_paths = [\"rules\"]\n").unwrap();
    fs::write(dir.path().join("a.md"), "# Head\n\nWe say w5 here.\n").unwrap();
    fs::create_dir(dir.path().join("rules")).unwrap();
    let rule = |name: &str, entries: std::ops::Range<usize>| {
        let table: String = entries.map(|i| format!("w{i} = \"s\"\n")).collect();
        let head = format!("id = \"desk/{name}\"\nkind = \"substitution\"\nmessage = \"m\"\n[replace]\n");
        fs::write(dir.path().join(format!("rules/{name}.toml")), head + &table).unwrap();
    };
    rule("one", 0..2001);
    let o = run(dir.path(), &["check", "--select", "desk", "a.md"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stdout));
    assert!(
        text(&o.stderr).contains("`replace` has 2001 entries; a rule folder compiles at most 2000"),
        "{}",
        text(&o.stderr)
    );
    for (i, name) in ["one", "two", "three"].iter().enumerate() {
        rule(name, i * 700..i * 700 + 700);
    }
    let o = run(dir.path(), &["check", "--select", "desk", "a.md"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stdout));
    assert!(text(&o.stderr).contains("rule files compile more than 2000 patterns"), "{}", text(&o.stderr));
}

/// A desk's shared rule folder outside the project loads only when whoever runs copydesk
/// allows it, by flag or environment; the project's config alone gets an error (exit 2)
/// naming the folder and how to allow it.
#[test]
fn a_shared_rule_folder_needs_the_runners_allow_list() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, shared) = (dir.path().join("desk"), dir.path().join("shared"));
    fs::create_dir_all(&desk).unwrap();
    fs::create_dir_all(&shared).unwrap();
    let rule = "id = \"desk/house\"\nkind = \"existence\"\nmessage = \"house style\"\ntokens = [\"utilise\"]\n";
    fs::write(shared.join("house.toml"), rule).unwrap();
    fs::write(desk.join("copydesk.toml"), "rule_paths = [\"../shared\"]\n").unwrap();
    fs::write(desk.join("a.md"), "# Head\n\nWe utilise it.\n").unwrap();
    let run = |flags: &[&str], env: Option<&Path>| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_copydesk"));
        cmd.current_dir(&desk).args(["check", "--format", "concise", "--select", "desk"]).args(flags).arg("a.md");
        cmd.env("NO_COLOR", "1").env_remove("COPYDESK_ALLOW_RULE_PATHS");
        if let Some(p) = env {
            cmd.env("COPYDESK_ALLOW_RULE_PATHS", p);
        }
        cmd.output().expect("runs")
    };
    let refused = run(&[], None);
    let err = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(2), "{err}");
    let real = fs::canonicalize(&shared).unwrap();
    assert!(err.contains(&format!("--allow-rule-path {}", real.display())), "{err}");
    let shared_str = shared.to_str().unwrap();
    for allowed in [run(&["--allow-rule-path", shared_str], None), run(&[], Some(&shared))] {
        let out = String::from_utf8_lossy(&allowed.stdout);
        assert_eq!(allowed.status.code(), Some(1), "{out}{}", String::from_utf8_lossy(&allowed.stderr));
        assert!(out.contains("a.md:3:4: warning[desk/house] house style"), "{out}");
    }
}
