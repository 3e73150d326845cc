//! Running rule examples outside `cargo test`: the documentation examples of built-in
//! rules (the example fires, the corrected text is clean) and the `[[examples]]` of pack
//! rules. `copydesk rules test` and the test suite both use this.

use super::Linter;
use crate::config::Config;
use crate::rules::pack::{Expect, PackRule};
use crate::rules::RuleId;
use std::path::Path;

/// The outcome of one rule's examples.
#[derive(Debug)]
pub struct ExampleResult {
    pub rule: RuleId,
    pub examples: usize,
    pub failures: Vec<String>,
}

/// Run one built-in rule over `text` with its example options.
fn fired(config: &Config, rule: RuleId, options: &str, path: &str, text: &str) -> Result<Vec<String>, String> {
    let mut config = config.clone();
    config
        .overlay("example options", &format!("[rules.\"{}\"]\n{options}\n", rule.as_str()), Path::new("."))
        .map_err(|e| e.message().to_string())?;
    let linter = Linter::only(&config, rule).map_err(|e| e.message().to_string())?;
    Ok(span_texts(&linter, path, text))
}

fn span_texts(linter: &Linter, path: &str, text: &str) -> Vec<String> {
    let (doc, diagnostics) = linter.lint(path, text.to_string());
    diagnostics.iter().map(|d| doc.text(d.span).to_string()).collect()
}

/// Run a pack rule's `[[examples]]`; each failure is described in one line.
pub fn pack_examples(config: &Config, rule: &PackRule) -> Vec<String> {
    let linter = match Linter::only(config, rule.id) {
        Ok(l) => l,
        Err(e) => return vec![format!("{}: {}", rule.id.as_str(), e.message())],
    };
    let mut failures = Vec::new();
    for (i, example) in rule.examples.iter().enumerate() {
        let got = span_texts(&linter, &example.path, &example.text);
        let want = match &example.expect {
            Expect::Flags(f) => f.clone(),
            Expect::Clean => Vec::new(),
        };
        if got != want {
            failures.push(format!("{} example {}: expected {:?}, got {:?}", rule.id.as_str(), i + 1, want, got));
        }
    }
    failures
}

fn builtin(config: &Config, rule: RuleId) -> ExampleResult {
    let mut failures = Vec::new();
    if let Some(meta) = rule.meta() {
        let doc = &meta.doc;
        match fired(config, rule, doc.example_options, doc.example_path, doc.example) {
            Ok(f) if f.is_empty() => failures.push(format!("{}: the documented example does not fire", rule.as_str())),
            Ok(_) => {}
            Err(e) => failures.push(format!("{}: {e}", rule.as_str())),
        }
        match fired(config, rule, doc.example_options, doc.example_path, doc.corrected) {
            Ok(f) if !f.is_empty() => failures.push(format!("{}: the corrected example fires on {f:?}", rule.as_str())),
            Ok(_) => {}
            Err(e) => failures.push(format!("{}: {e}", rule.as_str())),
        }
    }
    ExampleResult { rule, examples: 2, failures }
}

/// Every rule's examples, in rule id order.
pub fn run_all(config: &Config) -> Vec<ExampleResult> {
    config
        .rules
        .iter()
        .map(|(&id, rc)| match &rc.pack {
            Some(p) => ExampleResult { rule: id, examples: p.examples.len(), failures: pack_examples(config, p) },
            None => builtin(config, id),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `cargo test` runs `copydesk rules test` on the built-in `rules/` folder.
    #[test]
    fn every_built_in_example_passes() {
        let config = Config::builtin().unwrap();
        let failures: Vec<String> = run_all(&config).into_iter().flat_map(|r| r.failures).collect();
        assert!(failures.is_empty(), "{failures:#?}");
    }
}
