//! Small helpers for rule tests: run one rule with options over a text through the
//! `Linter` and look at what fired (span texts, `span | message` lines), the label
//! texts, or the text after fixes.

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::lint::Linter;
use crate::rules::RuleId;
use std::path::Path;

/// A linter running `rule` alone, with `options` written as the body of its TOML table.
pub fn linter(rule: RuleId, options: &str) -> Linter {
    let mut config = Config::builtin().expect("built-in config");
    config
        .overlay("test.toml", &format!("[rules.\"{}\"]\n{options}\n", rule.as_str()), Path::new("."))
        .unwrap_or_else(|e| panic!("test options: {}", e.message()));
    Linter::only(&config, rule).expect("rules build")
}

/// Run `rule` alone, with `options` written as the body of its TOML table.
pub fn run(rule: RuleId, options: &str, path: &str, src: &str) -> (Document, Vec<Diagnostic>) {
    linter(rule, options).lint(path, src.to_string())
}

/// The span texts of what fired, in order.
pub fn check(rule: RuleId, options: &str, path: &str, src: &str) -> Vec<String> {
    let (doc, diags) = run(rule, options, path, src);
    diags.iter().map(|d| doc.text(d.span).to_string()).collect()
}

/// What fired as `span text | message` lines, in order, so tests pin the messages too.
pub fn findings(rule: RuleId, options: &str, path: &str, src: &str) -> Vec<String> {
    let (doc, diags) = run(rule, options, path, src);
    diags.iter().map(|d| format!("{} | {}", doc.text(d.span), d.message)).collect()
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
    linter(rule, options).fix(path, src.to_string(), unsafe_fixes).document.source
}
