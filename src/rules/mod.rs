//! Rules: the `Rule` trait, the diagnostics rules produce, the context that stamps each
//! finding with its rule id and severity, and the one table of rule ids.
//!
//! Adding a rule: write `src/rules/<family>/<name>.rs` with `META`, `Options` and a
//! `build` function, add its line to `rule_table!` below, and its defaults file under
//! `rules/<family>/<name>.toml`.

pub mod attribution;
pub mod dates;
pub mod examples;
pub mod front_matter;
pub mod hashtags;
pub mod pack;
pub mod read_time;
pub mod statistics;
pub mod suppression;

use crate::document::Document;
use crate::span::Span;
use serde::Deserialize;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Applicability {
    Safe,
    Unsafe,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub applicability: Applicability,
    pub message: String,
    pub edits: Vec<Edit>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: RuleId,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub span: Span,
    pub labels: Vec<Label>,
    pub fix: Option<Fix>,
}

impl Diagnostic {
    pub fn help(&mut self, help: impl Into<String>) -> &mut Self {
        self.help = Some(help.into());
        self
    }

    pub fn label(&mut self, span: Span, message: impl Into<String>) -> &mut Self {
        self.labels.push(Label { span, message: message.into() });
        self
    }

    pub fn fix(&mut self, applicability: Applicability, message: impl Into<String>, edits: Vec<Edit>) -> &mut Self {
        self.fix = Some(Fix { applicability, message: message.into(), edits });
        self
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

/// How the engine runs a rule.
pub enum Runner {
    Rule(Box<dyn Rule>),
    /// Computed by the engine itself after the other rules (e.g. unused suppressions).
    Engine,
}

/// Build a rule from its typed options, checking every user-supplied key on its own so
/// that an error can point at that key.
pub type Builder = fn(toml::Table) -> Result<Runner, String>;

macro_rules! rule_table {
    ($($variant:ident => $id:literal, $module:path;)*) => {
        /// Every rule copydesk knows. Built-in rules are variants whose `family/name`
        /// string is written only here; rules from TOML rule packs carry their interned id.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleId { $($variant,)* Pack(&'static str) }

        impl RuleId {
            /// The built-in (Rust) rules.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $(RuleId::$variant => $id,)* RuleId::Pack(id) => id }
            }

            /// Documentation of a built-in rule; pack rules carry theirs in their file.
            pub fn meta(self) -> Option<&'static RuleMeta> {
                match self { $(RuleId::$variant => { use $module as m; Some(&m::META) })* RuleId::Pack(_) => None }
            }

            pub fn builder(self) -> Option<Builder> {
                match self { $(RuleId::$variant => { use $module as m; Some(m::build as Builder) })* RuleId::Pack(_) => None }
            }

            /// Whether `key = value` is an option this rule accepts; the error says why not.
            pub fn check_option(self, key: &str, value: &toml::Value) -> Result<(), String> {
                match self {
                    $(RuleId::$variant => { use $module as m; check_option::<m::Options>(key, value) })*
                    RuleId::Pack(_) => Err(format!("unknown field `{key}`: rules from rule packs have no options; edit the rule file")),
                }
            }
        }
    };
}

rule_table! {
    HashtagsWhitespace => "hashtags/whitespace", hashtags::whitespace;
    HashtagsRunTogether => "hashtags/run-together", hashtags::run_together;
    HashtagsTruncated => "hashtags/truncated", hashtags::truncated;
    HashtagsNumeric => "hashtags/numeric", hashtags::numeric;
    HashtagsDuplicate => "hashtags/duplicate", hashtags::duplicate;
    HashtagsTooMany => "hashtags/too-many", hashtags::too_many;
    HashtagsStyle => "hashtags/style", hashtags::style;
    AttributionPlaceholder => "attribution/placeholder", attribution::placeholder;
    AttributionSourceMismatch => "attribution/source-mismatch", attribution::source_mismatch;
    AttributionUnattributedQuote => "attribution/unattributed-quote", attribution::unattributed_quote;
    DatesImpossible => "dates/impossible", dates::impossible;
    DatesWeekdayMismatch => "dates/weekday-mismatch", dates::weekday_mismatch;
    DatesPublicationMismatch => "dates/publication-mismatch", dates::publication_mismatch;
    DatesFutureEvent => "dates/future-event", dates::future_event;
    DatesMixedFormats => "dates/mixed-formats", dates::mixed_formats;
    DatesAmbiguousNumeric => "dates/ambiguous-numeric", dates::ambiguous_numeric;
    DatesUpdatedBeforePublished => "dates/updated-before-published", dates::updated_before_published;
    DatesUnreadable => "dates/unreadable", dates::unreadable;
    ReadTimeMismatch => "read-time/mismatch", read_time::mismatch;
    ReadTimeMalformed => "read-time/malformed", read_time::malformed;
    ReadTimeConflict => "read-time/conflict", read_time::conflict;
    ReadTimeMissing => "read-time/missing", read_time::missing;
    FrontMatterInvalid => "front-matter/invalid", front_matter::invalid;
    StatisticsUnsourced => "statistics/unsourced", statistics::unsourced;
    StatisticsVagueSource => "statistics/vague-source", statistics::vague_source;
    SuppressionUnused => "suppression/unused", suppression::unused;
}

impl RuleId {
    /// The built-in rule with this id.
    pub fn from_id(s: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|r| r.as_str() == s)
    }

    /// The id of a pack rule, interned so it can be copied like a built-in id.
    pub fn pack(id: &str) -> RuleId {
        static IDS: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
        let mut ids = IDS.lock().unwrap_or_else(|e| e.into_inner());
        match ids.iter().find(|s| **s == id) {
            Some(s) => RuleId::Pack(s),
            None => {
                let leaked: &'static str = Box::leak(id.to_string().into_boxed_str());
                ids.push(leaked);
                RuleId::Pack(leaked)
            }
        }
    }

    pub fn family(self) -> &'static str {
        self.as_str().split('/').next().unwrap_or_default()
    }

    pub fn name(self) -> &'static str {
        self.as_str().split_once('/').map_or("", |(_, n)| n)
    }

    /// Whether `selector` (a rule id, a family, or `all`) covers this rule.
    pub fn matches(self, selector: &str) -> bool {
        selector == "all" || selector == self.as_str() || selector == self.family()
    }
}

fn check_option<O: serde::de::DeserializeOwned>(key: &str, value: &toml::Value) -> Result<(), String> {
    let mut table = toml::Table::new();
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
