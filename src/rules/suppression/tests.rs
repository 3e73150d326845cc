//! Suppression comments: reach, where they are read from, and what is reported.

use crate::rules::testing::{check, findings};
use crate::rules::RuleId;

const TAGS: &str = "Head\n\nBody.\n\n";
const UNCLOSED: &str = "this disable comment is never closed, so it silences the rest of the file";

/// `span text | message` with run-together hashtags and the suppression checks on.
fn both(src: &str) -> Vec<String> {
    let mut config = crate::config::Config::builtin().unwrap();
    config.select(&["hashtags/run-together".into(), "suppression".into()], &[]);
    let linter = crate::lint::Linter::new(&config).unwrap();
    let diags = linter.lint_text("a.txt", src);
    diags.iter().map(|d| format!("{} | {}", d.span.text(src), d.message)).collect()
}

#[test]
fn bare_disable_silences_every_rule_until_enable() {
    let src = format!("{TAGS}<!-- copydesk-disable -->\n#A#B\n\n<!-- copydesk-enable -->\n#C#D\n");
    assert_eq!(check(RuleId::HashtagsRunTogether, "", "a.txt", &src), ["#C#D"]);
}

#[test]
fn family_selector_and_unknown_rules() {
    let src = format!("{TAGS}<!-- copydesk-disable-next-line hashtags -->\n#A#B\n");
    assert!(check(RuleId::HashtagsRunTogether, "", "a.txt", &src).is_empty());
    let src = format!("{TAGS}<!-- copydesk-disable-next-line hashtag/typo -->\n#A #B\n");
    assert_eq!(
        check(RuleId::SuppressionUnused, "", "a.txt", &src),
        ["<!-- copydesk-disable-next-line hashtag/typo -->"]
    );
}

#[test]
fn next_line_only_covers_the_next_line() {
    let src = format!("{TAGS}<!-- copydesk-disable-next-line -->\n#A #B\n\n#C#D\n");
    assert_eq!(check(RuleId::HashtagsRunTogether, "", "a.txt", &src), ["#C#D"]);
}

#[test]
fn unused_says_whether_the_rule_is_unknown_or_silenced_nothing() {
    let src = format!("{TAGS}<!-- copydesk-disable-next-line hashtag/typo -->\n#A\n\n<!-- copydesk-disable-next-line hashtags -->\n#B\n");
    assert_eq!(
        findings(RuleId::SuppressionUnused, "", "a.txt", &src),
        [
            "<!-- copydesk-disable-next-line hashtag/typo --> | suppression names unknown rule `hashtag/typo`",
            "<!-- copydesk-disable-next-line hashtags --> | this suppression comment suppresses nothing",
        ]
    );
}

#[test]
fn a_comment_inside_code_is_text_not_a_directive() {
    let src = "# Head\n\nBody.\n\n```\n<!-- copydesk-disable -->\n```\n\n#A#B\n\nSee `<!-- copydesk-disable -->` here.\n\n#C#D\n";
    assert_eq!(check(RuleId::HashtagsRunTogether, "", "a.md", src), ["#A#B", "#C#D"]);
    // In the house format a directive stands on a line of its own.
    let src = format!("{TAGS}Write <!-- copydesk-disable --> to silence.\n\n#A#B\n");
    assert_eq!(check(RuleId::HashtagsRunTogether, "", "a.txt", &src), ["#A#B"]);
}

#[test]
fn disable_line_covers_its_own_line_only_and_unknown_directives_are_reported() {
    let src = "# Head\n\nBody.\n\n#A#B <!-- copydesk-disable-line -->\n\n#C#D\n";
    assert_eq!(check(RuleId::HashtagsRunTogether, "", "a.md", src), ["#C#D"]);
    let src = "# Head\n\nBody.\n\n<!-- copydesk-disable-lines -->\n\n#C#D\n";
    assert_eq!(check(RuleId::HashtagsRunTogether, "", "a.md", src), ["#C#D"]);
    assert_eq!(
        findings(RuleId::SuppressionUnused, "", "a.md", src),
        ["<!-- copydesk-disable-lines --> | unknown suppression directive `copydesk-disable-lines`; it suppresses nothing"]
    );
}

#[test]
fn families_and_ids_match_both_ways_and_an_unclosed_disable_is_reported() {
    let src = format!(
        "{TAGS}<!-- copydesk-disable hashtags -->\n#A#B\n\n<!-- copydesk-enable hashtags/run-together -->\n#C#D\n"
    );
    assert_eq!(check(RuleId::HashtagsRunTogether, "", "a.txt", &src), ["#C#D"]);
    // The rest of the family stays disabled: the comment is never closed for them.
    assert_eq!(
        both(&src),
        [
            &format!("{} | {UNCLOSED}", "<!-- copydesk-disable hashtags -->"),
            "#C#D | hashtags `#C#D` run together with no separator",
        ]
    );
    let src = format!(
        "{TAGS}<!-- copydesk-disable hashtags/run-together -->\n#A#B\n\n<!-- copydesk-enable hashtags -->\n#C#D\n"
    );
    assert_eq!(check(RuleId::HashtagsRunTogether, "", "a.txt", &src), ["#C#D"]);
}

#[test]
fn many_comments_and_findings_stay_linear() {
    // 4,000 disable/enable pairs around 4,000 findings: quadratic matching took seconds.
    let block = "<!-- copydesk-disable hashtags -->\n#A#B\n<!-- copydesk-enable hashtags -->\n#C#D\n\n";
    let src = format!("{TAGS}{}", block.repeat(4000));
    let start = std::time::Instant::now();
    let got = both(&src);
    assert_eq!(got.len(), 4000);
    assert!(start.elapsed() < std::time::Duration::from_secs(20), "{:?}", start.elapsed());
}
