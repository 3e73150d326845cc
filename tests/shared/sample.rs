//! The published sample article beside the repository (`../shared/samples`): its hashtag
//! line gets a finding on each broken tag, with spans exactly on those tags, and its
//! attribution is clean until the `Source reporting:` part is removed.

use copydesk::config::Config;
use copydesk::lint::Linter;

fn sample() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/samples/house-article.txt");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e} (CI runs with ../shared beside the repo)"))
}

fn findings(text: &str, family: &str) -> Vec<(String, String)> {
    let mut config = Config::builtin().unwrap();
    config.select(&[family.to_string()], &[]);
    let (doc, diags) = Linter::new(&config).unwrap().lint("house-article.txt", text.to_string());
    diags.iter().map(|d| (d.rule.as_str().to_string(), doc.text(d.span).to_string())).collect()
}

#[test]
fn every_broken_tag_on_the_hashtag_line_is_reported_on_the_tag() {
    let got = findings(&sample(), "hashtags");
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
    let text = sample();
    assert_eq!(findings(&text, "attribution"), []);
    let start = text.find(" Source reporting:").expect("the sample credits its source");
    let end = start + text[start..].find('\n').unwrap();
    let without = format!("{}{}", &text[..start], &text[end..]);
    let got = findings(&without, "attribution");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "attribution/source-line");
}
