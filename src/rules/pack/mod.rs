//! Rule packs: rules a desk writes in TOML, one rule a file, without recompiling. Kinds:
//! `existence`, `substitution`, `required`, `occurrence`, `consistency`, `conditional`.
//! Built-in packs live in `rules/` (embedded); desks add folders with `rule_paths`.
//! A malformed file is a `ConfigError` labelled on the offending key, never a panic and
//! never a silently ignored rule.

mod kinds;
pub mod matcher;
pub mod scope;

use crate::diagnostic::{Applicability, Severity};
use crate::document::Document;
use crate::error::ConfigError;
use crate::rules::{Context, Fixable, Rule, RuleId};
use matcher::{Matcher, MatcherSpec};
use scope::{Granularity, Scope};
use std::sync::Arc;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

pub const KINDS: &str = "existence, substitution, required, occurrence, consistency, conditional";

#[derive(Debug)]
pub enum Kind {
    Existence { matcher: Matcher },
    Substitution { pairs: Vec<(Matcher, String)>, applicability: Applicability },
    Required { matcher: Matcher, alternatives: Vec<String> },
    Occurrence { matcher: Matcher, min: Option<usize>, max: Option<usize> },
    Consistency { groups: Vec<Vec<Matcher>> },
    Conditional { trigger: Matcher, then: Matcher },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    Flags(Vec<String>),
    Clean,
}

#[derive(Debug, Clone)]
pub struct Example {
    pub text: String,
    pub path: String,
    pub expect: Expect,
}

#[derive(Debug)]
pub struct PackRule {
    pub id: RuleId,
    /// The file the rule came from, its text and where its `id` is, for messages.
    pub file: String,
    pub source: String,
    pub id_span: std::ops::Range<usize>,
    pub kind_name: String,
    pub kind: Kind,
    pub severity: Severity,
    pub enabled: bool,
    pub message: String,
    pub help: Option<String>,
    pub description: String,
    pub why: Option<String>,
    pub scope: Scope,
    /// The input formats the rule applies to; empty means all.
    pub formats: Vec<crate::document::Format>,
    pub examples: Vec<Example>,
}

impl PackRule {
    pub fn fixable(&self) -> Fixable {
        match &self.kind {
            Kind::Substitution { applicability: Applicability::Safe, .. } => Fixable::Safe,
            Kind::Substitution { .. } => Fixable::Unsafe,
            _ => Fixable::No,
        }
    }

    /// How many patterns the rule compiled, for the rule folder's budget.
    pub fn patterns(&self) -> usize {
        match &self.kind {
            Kind::Substitution { pairs, .. } => pairs.len(),
            Kind::Consistency { groups } => groups.iter().map(Vec::len).sum(),
            Kind::Conditional { .. } => 2,
            Kind::Existence { .. } | Kind::Required { .. } | Kind::Occurrence { .. } => 1,
        }
    }
}

/// A pack rule as the linter runs it.
pub struct PackRunner(pub Arc<PackRule>);

impl Rule for PackRunner {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        if self.0.formats.is_empty() || self.0.formats.iter().any(|&f| doc.follows(f)) {
            self.0.run(doc, ctx);
        }
    }
}

mod load;
mod parse;
pub use load::load_dir;
pub use parse::parse_rule;

/// Shorthand for errors that point into one rule file.
struct File<'a> {
    name: &'a str,
    text: &'a str,
}

impl File<'_> {
    fn error(&self, span: std::ops::Range<usize>, message: impl Into<String>) -> ConfigError {
        ConfigError::new(self.name, self.text, span, message.into(), None)
    }

    fn string(&self, v: &Spanned<DeValue<'_>>, key: &str) -> Result<String, ConfigError> {
        v.get_ref()
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| self.error(v.span(), format!("`{key}` must be a string")))
    }

    fn strings(&self, v: &Spanned<DeValue<'_>>, key: &str) -> Result<Vec<String>, ConfigError> {
        if let Some(s) = v.get_ref().as_str() {
            return Ok(vec![s.to_string()]);
        }
        let err = || self.error(v.span(), format!("`{key}` must be a string or a list of strings"));
        let items = v.get_ref().as_array().ok_or_else(err)?;
        items.iter().map(|i| i.get_ref().as_str().map(str::to_string).ok_or_else(err)).collect()
    }

    fn bool(&self, v: &Spanned<DeValue<'_>>, key: &str) -> Result<bool, ConfigError> {
        v.get_ref().as_bool().ok_or_else(|| self.error(v.span(), format!("`{key}` must be true or false")))
    }

    fn count(&self, v: &Spanned<DeValue<'_>>, key: &str) -> Result<usize, ConfigError> {
        v.get_ref()
            .as_integer()
            .and_then(|i| i.as_str().parse::<usize>().ok())
            .ok_or_else(|| self.error(v.span(), format!("`{key}` must be a whole number")))
    }

    fn table<'t>(&self, v: &'t Spanned<DeValue<'_>>, key: &str) -> Result<&'t DeTable<'t>, ConfigError>
    where
        Self: 't,
    {
        v.get_ref().as_table().ok_or_else(|| self.error(v.span(), format!("`{key}` must be a table")))
    }
}

/// How a matcher's fields are written, read from the rule table.
fn matcher_spec(file: &File<'_>, table: &DeTable<'_>) -> Result<MatcherSpec, ConfigError> {
    let mut spec = MatcherSpec { ignore_case: true, whole_word: true, ..MatcherSpec::default() };
    for (k, v) in table {
        match k.get_ref().as_ref() {
            "tokens" => spec.tokens = file.strings(v, "tokens")?,
            "pattern" => spec.pattern = Some(file.string(v, "pattern")?),
            "ignore_case" => spec.ignore_case = file.bool(v, "ignore_case")?,
            "whole_word" => spec.whole_word = file.bool(v, "whole_word")?,
            _ => {}
        }
    }
    Ok(spec)
}

fn granularity(file: &File<'_>, v: &Spanned<DeValue<'_>>) -> Result<Granularity, ConfigError> {
    let name = file.string(v, "granularity")?;
    scope::parse_granularity(&name)
        .ok_or_else(|| file.error(v.span(), format!("unknown granularity `{name}` (document, paragraph, sentence)")))
}

#[cfg(test)]
mod tests;
