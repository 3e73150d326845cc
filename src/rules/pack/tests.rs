//! Pack rules of every kind, and malformed rule files labelled on the bad key.

use super::*;

/// A rule file's text, once it is known to parse.
fn rule(text: &str) -> String {
    parse_rule("test.toml", text).unwrap_or_else(|e| panic!("{}", e.message()));
    text.to_string()
}

/// The built-in config with the rule of `text` added, and that rule's id.
fn config_with(text: &str) -> (crate::config::Config, RuleId) {
    let rule = parse_rule("test.toml", text).unwrap_or_else(|e| panic!("{}", e.message()));
    let id = rule.id;
    let mut config = crate::config::Config::builtin().expect("built-in config");
    config.add_packs(vec![rule], "test").unwrap_or_else(|e| panic!("{}", e.message()));
    (config, id)
}

/// `span text | message` of what the rule defined by `text` finds in `src`.
fn fired(text: &str, path: &str, src: &str) -> Vec<String> {
    let (config, id) = config_with(text);
    let (doc, diags) = crate::lint::Linter::only(&config, id).expect("rule builds").lint(path, src.to_string());
    diags.iter().map(|d| format!("{} | {}", doc.text(d.span), d.message)).collect()
}

fn error(text: &str) -> (String, Option<String>) {
    let e = parse_rule("bad.toml", text).unwrap_err();
    (e.message().to_string(), e.label_text().map(str::to_string))
}

#[test]
fn existence_with_groups_in_the_message() {
    let r = rule("id = \"desk/tk\"\nkind = \"existence\"\npattern = '\\b(?P<mark>TK|TKTK)\\b'\nignore_case = false\nmessage = \"placeholder {mark} left in\"\n");
    assert_eq!(
        fired(&r, "a.md", "Done TK and TKTK, not tk.\n\n`TK` in code.\n"),
        ["TK | placeholder TK left in", "TKTK | placeholder TKTK left in"]
    );
}

#[test]
fn substitution_fixes_keep_case() {
    let r = rule("id = \"desk/plain\"\nkind = \"substitution\"\nmessage = \"write {replacement}, not {match}\"\n[replace]\nutilise = \"use\"\n\"per cent\" = \"percent\"\n");
    assert_eq!(
        fired(&r, "a.md", "Utilise 5 per cent.\n"),
        ["Utilise | write Use, not Utilise", "per cent | write percent, not per cent"]
    );
    assert_eq!(parse_rule("test.toml", &r).unwrap().fixable(), Fixable::Safe);
}

#[test]
fn required_anchors_at_the_footer_and_accepts_front_matter() {
    let r = rule("id = \"desk/source\"\nkind = \"required\"\nscope = [\"footer\", \"attribution\"]\npattern = 'Source reporting:'\nalternatives = [\"source\"]\nmessage = \"no source line\"\n");
    let house = "Head\n\nBy Jo· May 3, 2026\n\nBody.\n\nThis is an original analysis by the desk.\n";
    assert_eq!(fired(&r, "a.txt", house), ["This is an original analysis by the desk. | no source line"]);
    assert!(fired(&r, "a.txt", &house.replace("desk.", "desk. Source reporting: Wire.")).is_empty());
    assert!(fired(&r, "a.md", "---\nsource: Wire\n---\nBody.\n").is_empty());
    assert!(
        fired(&r, "a.md", "---\nsource: \"\"\n---\nBody.\n").is_empty(),
        "an empty field is another rule's finding"
    );
    assert_eq!(fired(&r, "a.md", "---\ntitle: x\n---\nBody.\n"), ["Body. | no source line"]);
    let house_only =
        rule("id = \"desk/source\"\nkind = \"required\"\npattern = 'x'\nformats = [\"house\"]\nmessage = \"m\"\n");
    assert!(fired(&house_only, "a.md", "Body.\n").is_empty());
    assert_eq!(fired(&house_only, "a.txt", "Headline\n\nBy Jo· May 3, 2026\n\nBody.\n"), ["Body. | m"]);
    assert!(fired(&house_only, "a.txt", "Body.\n").is_empty(), "plain prose follows no template");
    assert_eq!(
        fired(&house_only, "a.md", "Body.\n\nThis is an original analysis by the desk team.\n"),
        ["This is an original analysis by the desk team. | m"],
        "Markdown with the house footer is held to the house rules"
    );
}

#[test]
fn occurrence_limits_per_unit() {
    let r = rule("id = \"desk/bangs\"\nkind = \"occurrence\"\npattern = '!'\nmax = 1\ngranularity = \"paragraph\"\nmessage = \"{count} exclamation marks; at most {limit}\"\n");
    assert_eq!(fired(&r, "a.md", "Wow! Yes! No!\n\nOne!\n"), ["! No! | 3 exclamation marks; at most 1"]);
}

#[test]
fn consistency_reports_the_minority() {
    let r = rule("id = \"desk/email\"\nkind = \"consistency\"\npairs = [[\"email\", \"e-mail\"]]\nmessage = \"`{match}` here, `{preferred}` elsewhere\"\n");
    assert_eq!(
        fired(&r, "a.md", "Send an email. An e-mail came. Another email.\n"),
        ["e-mail | `e-mail` here, `email` elsewhere"]
    );
    assert!(fired(&r, "a.md", "Email and email.\n").is_empty());
}

#[test]
fn conditional_needs_the_introduction_first() {
    let r = rule("id = \"desk/who\"\nkind = \"conditional\"\nif = '\\bWHO\\b'\nthen = 'World Health Organization'\nignore_case = false\nmessage = \"spell out {match} on first use\"\n");
    assert_eq!(
        fired(&r, "a.md", "The WHO said so. The World Health Organization agreed.\n"),
        ["WHO | spell out WHO on first use"]
    );
    assert!(fired(&r, "a.md", "The World Health Organization (WHO) said so. Who knows.\n").is_empty());
}

#[test]
fn examples_are_run() {
    let r = rule("id = \"desk/very\"\nkind = \"existence\"\ntokens = [\"very unique\"]\nmessage = \"m\"\n[[examples]]\ntext = \"A very unique idea.\"\nflags = [\"very unique\"]\n[[examples]]\ntext = \"A unique idea.\"\nclean = true\n[[examples]]\ntext = \"Very unique.\"\nclean = true\n");
    let (config, id) = config_with(&r);
    let pack = config.rules[&id].pack.as_ref().expect("a pack rule");
    assert_eq!(
        crate::lint::examples::pack_examples(&config, pack),
        ["desk/very example 3: expected [], got [\"Very unique\"]"]
    );
}

#[test]
fn malformed_files_are_labelled() {
    let base = "id = \"desk/x\"\nkind = \"existence\"\nmessage = \"m\"\n";
    assert_eq!(error(&format!("{base}pattern = '(oops'\n")).1.as_deref(), Some("'(oops'"));
    assert_eq!(error(&format!("{base}tokens = [\"a\"]\ncolour = 1\n")).1.as_deref(), Some("colour"));
    assert_eq!(error("id = \"desk/x\"\nkind = \"shout\"\nmessage = \"m\"\n").1.as_deref(), Some("\"shout\""));
    assert_eq!(error(&format!("{base}tokens = [\"a\"]\nscope = \"bodyy\"\n")).1.as_deref(), Some("\"bodyy\""));
    assert_eq!(error("id = \"Desk X\"\nkind = \"existence\"\n").1.as_deref(), Some("\"Desk X\""));
    assert_eq!(error("id = \"hashtags/numeric\"\nkind = \"existence\"\n").1.as_deref(), Some("\"hashtags/numeric\""));
    assert!(error(base).0.contains("needs `tokens` or `pattern`"));
    assert!(error("id = \"desk/x\"\nkind = \"occurrence\"\nmessage = \"m\"\npattern = 'x'\n")
        .0
        .contains("`min` or `max`"));
    assert!(error("kind = [").0.contains("bad.toml"));
}
