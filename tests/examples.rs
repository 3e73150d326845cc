//! The shipped examples: the clean drafts stay clean under every rule, and the broken
//! ones fire exactly the expected findings, and the example desk rule pack (`examples/style`,
//! enabled by `examples/copydesk.toml`) passes `copydesk rules test` and fires on its draft.

use std::process::Command;

fn run(args: &[&str]) -> (Option<i32>, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("runs");
    (o.status.code(), String::from_utf8_lossy(&o.stdout).into_owned())
}

#[test]
fn clean_examples_are_clean() {
    let (code, out) =
        run(&["check", "--format", "concise", "--fail-on", "info", "examples/clean-house.txt", "examples/clean.md"]);
    assert_eq!((code, out.as_str()), (Some(0), ""));
}

#[test]
fn broken_examples_fire_the_hashtag_rules() {
    let (code, out) = run(&[
        "check",
        "--format",
        "concise",
        "--select",
        "hashtags",
        "examples/broken-hashtags.txt",
        "examples/broken-tags.md",
    ]);
    assert_eq!(code, Some(1));
    assert_eq!(
        out,
        "examples/broken-hashtags.txt:13:1: error[hashtags/run-together] hashtags `#citizen science#Fireflies` run together with no separator
examples/broken-hashtags.txt:13:1: error[hashtags/whitespace] hashtag `#citizen science` contains whitespace; only `#citizen` would be linked
examples/broken-hashtags.txt:13:37: warning[hashtags/duplicate] `#fireflies` is listed twice
examples/broken-hashtags.txt:13:37: warning[hashtags/style] hashtag `#fireflies` is not in the house style (PascalCase)
examples/broken-hashtags.txt:13:48: warning[hashtags/numeric] hashtag `#2026` has no letters, so platforms will not link it
examples/broken-hashtags.txt:13:54: error[hashtags/truncated] hashtag `#wild-life` would be cut short at `-` and publish as `#wild`
examples/broken-tags.md:6:27: error[hashtags/truncated] hashtag `four-day week` would be cut short at `-` and publish as `four`
examples/broken-tags.md:6:27: error[hashtags/whitespace] hashtag `four-day week` contains whitespace; only `four` would be linked
examples/broken-tags.md:6:56: warning[hashtags/duplicate] `Bakeries` is listed twice
examples/broken-tags.md:12:99: error[hashtags/run-together] hashtags `#BakeryLife#FourDayWeek` run together with no separator
"
    );
}

#[test]
fn the_desk_rule_pack_passes_its_examples_and_fires() {
    let (code, out) = run(&["rules", "test", "examples/style"]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.ends_with(" rules passed, 0 failed\n"), "{out}");
    for kind_rule in [
        "desk/placeholder-tk",
        "desk/plain-words",
        "desk/byline-author",
        "desk/exclamations",
        "desk/email-spelling",
        "desk/who-spelled-out",
    ] {
        assert!(out.contains(&format!("ok    {kind_rule} (2 examples)")), "{kind_rule}: {out}");
    }
    let (code, out) = run(&["check", "--format", "concise", "--select", "desk", "examples/"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        out,
        "examples/desk-style.md:11:5: warning[desk/who-spelled-out] `WHO` is used before `World Health Organization` is spelled out
examples/desk-style.md:11:65: warning[desk/plain-words] write `use`, not `utilise`
examples/desk-style.md:11:145: warning[desk/email-spelling] `email` here but `e-mail` elsewhere in the draft
examples/desk-style.md:13:31: error[desk/placeholder-tk] editing mark `TK` left in the text
"
    );
}
