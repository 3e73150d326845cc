//! Small helpers for rule tests: run one rule with options over a text and look at the
//! span texts that fired, the label texts, or the text after fixes.

use crate::config::Config;
use crate::document::Document;
use crate::engine;
use crate::fix;
use crate::rules::{Diagnostic, RuleId};
use std::path::Path;

/// Run `rule` alone, with `options` written as the body of its TOML table.
pub fn run(rule: RuleId, options: &str, path: &str, src: &str) -> (Document, Vec<Diagnostic>) {
    let mut config = Config::builtin().expect("built-in config");
    config
        .overlay("test.toml", &format!("[rules.\"{}\"]\n{options}\n", rule.as_str()), Path::new("."))
        .unwrap_or_else(|e| panic!("test options: {}", e.message()));
    config.select(&[rule.as_str().to_string()], &[]);
    let rules = config.build_rules().expect("rules build");
    let doc = Document::parse(path, src.to_string());
    let diags = engine::check(&doc, &rules);
    (doc, diags)
}

/// The span texts of what fired, in order.
pub fn check(rule: RuleId, options: &str, path: &str, src: &str) -> Vec<String> {
    let (doc, diags) = run(rule, options, path, src);
    diags.iter().map(|d| doc.text(d.span).to_string()).collect()
}

/// The messages of what fired, in order.
pub fn messages(rule: RuleId, options: &str, path: &str, src: &str) -> Vec<String> {
    run(rule, options, path, src).1.into_iter().map(|d| d.message).collect()
}

/// The texts of every secondary label, in order.
pub fn labels(rule: RuleId, options: &str, path: &str, src: &str) -> Vec<String> {
    let (doc, diags) = run(rule, options, path, src);
    diags.iter().flat_map(|d| d.labels.iter().map(|l| doc.text(l.span).to_string())).collect()
}

/// The text after applying the rule's fixes (unsafe ones too when asked) until stable.
pub fn fixed(rule: RuleId, options: &str, path: &str, src: &str, unsafe_fixes: bool) -> String {
    let mut text = src.to_string();
    for _ in 0..10 {
        let (_, diags) = run(rule, options, path, &text);
        match fix::apply(&text, &diags, unsafe_fixes) {
            Some((next, _)) => text = next,
            None => break,
        }
    }
    text
}
