//! The published sample article (`samples/house-article.txt` in the shared folder): its hashtag
//! line gets a finding on each broken tag, with spans exactly on those tags, and its
//! attribution is clean until the `Source reporting:` part is removed.

use copydesk::config::Config;
use copydesk::lint::Linter;

fn sample() -> Option<String> {
    let path = super::root()?.join("samples/house-article.txt");
    Some(std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

fn findings(text: &str, family: &str) -> Vec<(String, String)> {
    let mut config = Config::builtin().unwrap();
    config.select(&[family.to_string()], &[]);
    let (doc, diags) = Linter::new(&config).unwrap().lint("house-article.txt", text.to_string());
    diags.iter().map(|d| (d.rule.as_str().to_string(), doc.text(d.span).to_string())).collect()
}

#[test]
fn every_broken_tag_on_the_hashtag_line_is_reported_on_the_tag() {
    let Some(text) = sample() else { return };
    let got = findings(&text, "hashtags");
    let spaced: Vec<&str> = got.iter().filter(|(r, _)| r == "hashtags/whitespace").map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        spaced,
        ["#open-source ai", "#ai sovereignty", "#national ai strategy", "#canada ai policy", "#eu technology"]
    );
    let joined = got.iter().filter(|(r, _)| r == "hashtags/run-together").count();
    assert_eq!(joined, 5, "six tags run together: five joins");
    let cut: Vec<&str> = got.iter().filter(|(r, _)| r == "hashtags/truncated").map(|(_, t)| t.as_str()).collect();
    assert_eq!(cut, ["#open-source ai"]);
}

#[test]
fn attribution_is_clean_and_removing_the_source_makes_one_error() {
    let Some(text) = sample() else { return };
    assert_eq!(findings(&text, "attribution"), []);
    let start = text.find(" Source reporting:").expect("the sample credits its source");
    let end = start + text[start..].find('\n').unwrap();
    let without = format!("{}{}", &text[..start], &text[end..]);
    let got = findings(&without, "attribution");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "attribution/source-line");
}
