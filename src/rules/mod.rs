//! Rules: the `Rule` trait, the context that stamps each finding with its rule id and
//! severity, rule documentation, and what the table of rule ids (`rule_id`) dispatches
//! to for each built-in rule.
//!
//! Adding a rule: write `src/rules/<family>/<name>.rs` with `META`, `Options` and a
//! `build` function, add its line to the table in `src/rule_id.rs`, and its defaults
//! file `rules/<family>/<name>.toml`.

pub mod attribution;
pub mod dates;
pub mod front_matter;
pub mod hashtags;
pub mod pack;
pub mod read_time;
pub mod statistics;
pub mod suppression;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
pub use crate::rule_id::RuleId;
use crate::span::Span;
use serde::Deserialize;

/// Whether a rule can offer fixes, as listed by `copydesk rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fixable {
    No,
    Safe,
    Unsafe,
    /// Some findings have a safe fix, others an unsafe one.
    Mixed,
}

impl Fixable {
    pub fn as_str(self) -> &'static str {
        match self {
            Fixable::No => "no",
            Fixable::Safe => "safe",
            Fixable::Unsafe => "unsafe",
            Fixable::Mixed => "safe and unsafe",
        }
    }
}

/// The documentation every rule carries; `copydesk explain` prints it and the examples
/// are run as tests (the example fires, the corrected text is clean).
#[derive(Debug)]
pub struct RuleDoc {
    pub what: &'static str,
    pub why: &'static str,
    /// The file name the examples are parsed as (its extension picks the format).
    pub example_path: &'static str,
    pub example: &'static str,
    pub corrected: &'static str,
    /// Options (TOML, the body of the rule's table) the examples are run with.
    pub example_options: &'static str,
    pub options: &'static [(&'static str, &'static str)],
    pub false_positives: &'static str,
}

#[derive(Debug)]
pub struct RuleMeta {
    pub summary: &'static str,
    pub fixable: Fixable,
    pub doc: RuleDoc,
}

pub trait Rule: Send + Sync {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>);
}

/// Where a rule reports. It stamps the rule id and the configured severity, so a rule
/// never decides either.
pub struct Context<'a> {
    rule: RuleId,
    severity: Severity,
    out: &'a mut Vec<Diagnostic>,
}

impl<'a> Context<'a> {
    pub fn new(rule: RuleId, severity: Severity, out: &'a mut Vec<Diagnostic>) -> Self {
        Context { rule, severity, out }
    }

    pub fn report(&mut self, span: Span, message: impl Into<String>) -> &mut Diagnostic {
        self.out.push(Diagnostic {
            rule: self.rule,
            severity: self.severity,
            message: message.into(),
            help: None,
            span,
            labels: Vec::new(),
            fix: None,
        });
        self.out.last_mut().expect("just pushed")
    }
}

/// How the linter runs a rule.
pub enum Runner {
    Rule(Box<dyn Rule>),
    /// Computed by the linter itself after the other rules (e.g. unused suppressions).
    Engine,
}

/// A rule ready to run, with the severity it reports at.
pub struct ActiveRule {
    pub id: RuleId,
    pub severity: Severity,
    pub runner: Runner,
}

/// Build a rule from its typed options, checking every user-supplied key on its own so
/// that an error can point at that key.
pub type Builder = fn(toml::Table) -> Result<Runner, String>;

macro_rules! define_dispatch {
    ($($variant:ident => $id:literal, $family:ident::$module:ident;)*) => {
        impl RuleId {
            /// The patterns this rule's family compiles ahead (its module's `PATTERNS`).
            pub fn patterns(self) -> crate::patterns::Warm {
                match self { $(RuleId::$variant => $family::PATTERNS,)* RuleId::Pack(_) => &[] }
            }

            /// Documentation of a built-in rule; pack rules carry theirs in their file.
            pub fn meta(self) -> Option<&'static RuleMeta> {
                match self { $(RuleId::$variant => { use $family::$module as m; Some(&m::META) })* RuleId::Pack(_) => None }
            }

            pub fn builder(self) -> Option<Builder> {
                match self { $(RuleId::$variant => { use $family::$module as m; Some(m::build as Builder) })* RuleId::Pack(_) => None }
            }

            /// Whether `key = value`, set among the options `current`, is an option this rule
            /// accepts; the error says why not.
            pub fn check_option(self, key: &str, value: &toml::Value, current: &toml::Table) -> Result<(), String> {
                match self {
                    $(RuleId::$variant => { use $family::$module as m; check_option::<m::Options>(key, value, current) })*
                    RuleId::Pack(_) => Err(format!("unknown field `{key}`: rules from rule packs have no options; edit the rule file")),
                }
            }
        }
    };
}

crate::rule_id::with_rule_table!(define_dispatch);

/// Whether the options `current` with `key = value` set deserialize as `O`.
fn check_option<O: serde::de::DeserializeOwned>(
    key: &str,
    value: &toml::Value,
    current: &toml::Table,
) -> Result<(), String> {
    let mut table = current.clone();
    table.insert(key.to_string(), value.clone());
    O::deserialize(toml::Value::Table(table)).map(|_| ()).map_err(|e| e.message().to_string())
}

/// The options of a rule that has none: any key given is an error.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NoOptions {}

/// Build a rule that takes no options, rejecting any that are given.
pub fn build_without_options(table: toml::Table, rule: impl Rule + 'static) -> Result<Runner, String> {
    let _: NoOptions = options(table)?;
    Ok(Runner::Rule(Box::new(rule)))
}

/// Deserialize a rule's typed options from its merged options table.
pub fn options<O: serde::de::DeserializeOwned>(table: toml::Table) -> Result<O, String> {
    O::deserialize(toml::Value::Table(table)).map_err(|e| e.message().to_string())
}

#[cfg(test)]
pub mod testing;
