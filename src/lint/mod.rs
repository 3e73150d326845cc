//! The one way to lint text: a `Linter` holds the rules a config enables and runs them
//! over a parsed document, applies suppression comments, and returns findings in a
//! stable order. The command line, rule tests, documentation and pack examples and the
//! integration tests all go through it, so they cannot drift apart.

pub mod examples;
pub mod fingerprint;
pub mod source;

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::document::count::{Reading, Stats};
use crate::document::Document;
use crate::error::ConfigError;
use crate::fix;
use crate::patterns::{self, Warm};
use crate::rules::suppression::{self, unused};
use crate::rules::{read_time, ActiveRule, Context, RuleId, Runner};

/// Everything learned about one input.
#[derive(Debug)]
pub struct FileReport {
    pub path: String,
    pub document: Document,
    pub diagnostics: Vec<Diagnostic>,
    /// Read-time figures, when the output includes them (`--format json`).
    pub stats: Option<Stats>,
    /// One per diagnostic (`fingerprint::fingerprints`), taken before any are hidden.
    pub fingerprints: Vec<String>,
}

/// The rules of one config, built once and shared by every file that config governs.
pub struct Linter {
    config: Config,
    rules: Vec<ActiveRule>,
    /// The desk's reading options, for `stats` and the JSON report's figures.
    reading: Reading,
}

/// A text after its fixes were applied until nothing changed.
pub struct Fixed {
    pub document: Document,
    pub diagnostics: Vec<Diagnostic>,
    /// How many fixes were applied in all.
    pub fixes: usize,
    /// Rules whose fixes still changed the text when the rounds ran out (or that grew
    /// it without bound): the fixes do not converge, and the text must not be written.
    pub unconverged: Vec<RuleId>,
}

impl Fixed {
    /// Why the text must not be written, when the fixes do not converge: the wording the
    /// command line and the language server share, naming the rules.
    pub fn unconverged_reason(&self) -> Option<String> {
        let rules: Vec<&str> = self.unconverged.iter().map(|r| r.as_str()).collect();
        (!rules.is_empty()).then(|| format!("fix does not converge ({} keeps changing the text)", rules.join(", ")))
    }
}

/// Fixes can uncover or unblock others, so they are applied in rounds; this bounds a
/// pair of fixes that would undo each other.
const FIX_ROUNDS: usize = 10;

impl Linter {
    /// The rules `config` enables, built from their typed options.
    pub fn new(config: &Config) -> Result<Linter, ConfigError> {
        let rules = config.build_rules()?;
        let reading = read_time::reading(config.rules.get(&read_time::READING_RULE).map(|r| &r.options))
            .map_err(|e| ConfigError::plain(format!("{}: invalid options: {e}", read_time::READING_RULE.as_str())))?;
        Ok(Linter { config: config.clone(), rules, reading })
    }

    /// Only `rule`, enabled even if it is off by default (tests and examples).
    pub fn only(config: &Config, rule: RuleId) -> Result<Linter, ConfigError> {
        let mut config = config.clone();
        config.select(&[rule.as_str().to_string()], &[]);
        Linter::new(&config)
    }

    /// The config the rules came from.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// What the enabled rules' families compile ahead, by family, after what parsing
    /// needs whatever rules run.
    pub fn patterns(&self) -> Vec<(&'static str, Warm)> {
        let mut out: Vec<(&'static str, Warm)> = vec![("document", patterns::PARSING)];
        for rule in &self.rules {
            if !out.iter().any(|(f, _)| *f == rule.id.family()) {
                out.push((rule.id.family(), rule.id.patterns()));
            }
        }
        out
    }

    /// The desk's reading options (words per minute, rounding).
    pub fn reading(&self) -> &Reading {
        &self.reading
    }

    /// Parse `text` as the file `path` (its extension picks the format) and lint it.
    pub fn lint(&self, path: &str, text: String) -> (Document, Vec<Diagnostic>) {
        let doc = Document::parse(path, text);
        let diagnostics = self.check(&doc);
        (doc, diagnostics)
    }

    /// The findings in `text`, read as the file `path`.
    pub fn lint_text(&self, path: &str, text: &str) -> Vec<Diagnostic> {
        self.lint(path, text.to_string()).1
    }

    /// Apply safe fixes (and unsafe ones when asked) until the text stops changing, or
    /// report the rules whose fixes never settle.
    pub fn fix(&self, path: &str, text: String, unsafe_fixes: bool) -> Fixed {
        // A fix that keeps inserting what it matches doubles the text each round.
        let bound = text.len().saturating_mul(4).saturating_add(4096);
        let (mut document, mut diagnostics) = self.lint(path, text);
        let mut fixes = 0;
        let mut grew = false;
        for _ in 0..FIX_ROUNDS {
            let Some((text, n)) = fix::apply(&document.source, &diagnostics, unsafe_fixes) else { break };
            fixes += n;
            grew = text.len() > bound;
            if grew {
                break;
            }
            (document, diagnostics) = self.lint(path, text);
        }
        if !grew && fix::apply(&document.source, &diagnostics, unsafe_fixes).is_none() {
            return Fixed { document, diagnostics, fixes, unconverged: Vec::new() };
        }
        let mut unconverged: Vec<RuleId> = fix::applicable(&diagnostics, unsafe_fixes).map(|d| d.rule).collect();
        unconverged.dedup();
        Fixed { document, diagnostics, fixes, unconverged }
    }

    /// Run the rules over a parsed document.
    pub fn check(&self, doc: &Document) -> Vec<Diagnostic> {
        self.suppress(doc, self.check_unsuppressed(doc))
    }

    /// `raw`, what the rules found in `doc`, with what suppression comments hide taken
    /// out and unused or unknown comments reported, in report order: the second half of
    /// [`Linter::check`], apart so the fuzzers can compare both halves without checking
    /// twice.
    pub fn suppress(&self, doc: &Document, raw: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let mut out = raw;
        let comments = suppression::parse(doc);
        if !comments.is_empty() {
            let used = suppression::apply(&comments, &mut out, &doc.lines);
            if let Some(rule) = self.rules.iter().find(|r| r.id == RuleId::SuppressionUnused) {
                // Known, or the rule or family a mistyped selector most likely meant.
                let known = |s: &str| if self.config.knows(s) { Ok(()) } else { Err(self.config.suggest(s)) };
                unused::report(&comments, &used, &known, &mut Context::new(rule.id, rule.severity, &mut out));
            }
        }
        out.sort_by_key(|d| (d.span.start, d.rule.as_str(), d.span.end));
        out
    }

    /// What the rules find before suppression comments hide any of it: what `check`
    /// filters, for checking that comments hide exactly what they say (the fuzzers).
    pub fn check_unsuppressed(&self, doc: &Document) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for rule in &self.rules {
            if let Runner::Rule(r) = &rule.runner {
                r.check(doc, &mut Context::new(rule.id, rule.severity, &mut out));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_pack(rule: &str) -> Linter {
        let mut config = Config::builtin().unwrap();
        config.add_packs(vec![crate::rules::pack::parse_rule("t.toml", rule).unwrap()], "test").unwrap();
        config.select(&["desk/t".into()], &[]);
        Linter::new(&config).unwrap()
    }

    #[test]
    fn a_suppression_naming_a_desk_rule_turned_off_is_unused_not_unknown() {
        let mut config = Config::builtin().unwrap();
        let rule = "id = \"desk/t\"\nkind = \"existence\"\nmessage = \"m\"\ntokens = [\"tk\"]\nenabled = false\n";
        config.add_packs(vec![crate::rules::pack::parse_rule("t.toml", rule).unwrap()], "test").unwrap();
        config.select(&["suppression".into()], &[]);
        let text = "# Head\n\n<!-- copydesk-disable-next-line desk/t -->\nA tk here.\n";
        let got: Vec<String> =
            Linter::new(&config).unwrap().lint_text("a.md", text).iter().map(|d| d.message.clone()).collect();
        assert_eq!(got, ["this suppression comment suppresses nothing"]);
    }

    /// As ruff tests it: fixes are applied again and again; they settle, or the rule whose
    /// fix never does is named (here its replacement holds its own pattern).
    #[test]
    fn fixes_applied_repeatedly_converge_or_name_the_rule() {
        let rule = "id = \"desk/t\"\nkind = \"substitution\"\nmessage = \"m\"\nfix = \"safe\"\n[replace]\n";
        let grows = with_pack(&format!("{rule}\"go\" = \"go go\"\n"));
        let f = grows.fix("a.md", "Let us go.\n".into(), false);
        assert_eq!(f.unconverged.iter().map(|r| r.as_str()).collect::<Vec<_>>(), ["desk/t"]);
        assert_eq!(f.unconverged_reason().as_deref(), Some("fix does not converge (desk/t keeps changing the text)"));
        assert!(f.document.source.len() < 100_000, "bounded: {}", f.document.source.len());
        let settles = with_pack(&format!("{rule}\"utilise\" = \"use\"\n"));
        let once = settles.fix("a.md", "We utilise it.\n".into(), false);
        assert!(once.unconverged.is_empty() && once.unconverged_reason().is_none());
        let twice = settles.fix("a.md", once.document.source.clone(), false);
        assert_eq!((twice.document.source, twice.fixes), (once.document.source, 0));
    }

    /// Whether a suppression names a known rule has one answer, the config's: a rule that
    /// is switched off is still a rule, so its suppression suppresses nothing.
    #[test]
    fn a_suppression_naming_a_rule_switched_off_is_unused_not_unknown() {
        let mut config = Config::builtin().unwrap();
        config.select(&[], &["attribution/source-line".into(), "hashtags".into()]);
        let linter = Linter::new(&config).unwrap();
        let text = "Head\n\n<!-- copydesk-disable-next-line attribution/source-line -->\nMore.\n\n<!-- copydesk-disable-next-line desk/none -->\nEnd.\n";
        let got: Vec<String> = linter.lint_text("a.md", text).iter().map(|d| d.message.clone()).collect();
        assert_eq!(got, ["this suppression comment suppresses nothing", "suppression names unknown rule `desk/none`"]);
    }

    #[test]
    fn only_runs_one_rule_even_if_it_is_off_by_default() {
        let config = Config::builtin().unwrap();
        let linter = Linter::only(&config, RuleId::ReadTimeMissing).unwrap();
        let ids: Vec<RuleId> = linter.lint_text("a.md", "Body text here.\n").iter().map(|d| d.rule).collect();
        assert_eq!(ids, [RuleId::ReadTimeMissing]);
        assert_eq!(linter.patterns().iter().map(|(f, _)| *f).collect::<Vec<_>>(), ["document", "read-time"]);
    }
}
