//! Layered configuration: built-in rule defaults (TOML under `rules/`, embedded), then a
//! desk's `copydesk.toml`, then command-line selection. Every mistake in a config file
//! is a `ConfigError` that carries the TOML and a label on the offending key.

use crate::diagnostic::Severity;
use crate::error::ConfigError;
use crate::rules::pack::{self, PackRule, PackRunner};
use crate::rules::{ActiveRule, RuleId, Runner};
use globset::GlobSet;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use toml::de::{DeTable, DeValue};
use toml::Spanned;
use values::{globs, inside, parse_severity, string_list};

include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

pub const CONFIG_NAMES: [&str; 2] = ["copydesk.toml", ".copydesk.toml"];
pub const DEFAULT_EXTENSIONS: [&str; 3] = ["md", "markdown", "txt"];
/// The largest draft read (`max_file_size`): far above any article, and it bounds the
/// memory a stray archive or device can take.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 10 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct RuleConfig {
    pub enabled: bool,
    pub severity: Severity,
    pub options: toml::Table,
    /// The rule's definition when it comes from a TOML rule pack.
    pub pack: Option<Arc<PackRule>>,
}

#[derive(Debug, Clone)]
pub struct Config {
    /// The config file this came from; `None` for built-in defaults only.
    pub path: Option<PathBuf>,
    pub rules: BTreeMap<RuleId, RuleConfig>,
    pub extensions: Vec<String>,
    /// Each with the folder its globs are relative to: the config file that set them,
    /// which an `extend`ing config need not share.
    pub include: Option<(GlobSet, PathBuf)>,
    pub exclude: Option<(GlobSet, PathBuf)>,
    /// Bytes; a larger file is refused with an error rather than read.
    pub max_file_size: u64,
    /// Folders outside the project that `rule_paths` may name (a desk's shared rules):
    /// set by whoever runs copydesk, never by a config file (`Config::load_allowing`).
    pub allowed_rule_paths: Vec<PathBuf>,
}

/// One TOML file being read, for errors that point into it.
struct Source<'a> {
    name: &'a str,
    text: &'a str,
}

impl Source<'_> {
    fn error(&self, span: std::ops::Range<usize>, message: impl Into<String>, help: Option<String>) -> ConfigError {
        ConfigError::new(self.name, self.text, span, message.into(), help)
    }

    fn parse(&self) -> Result<Spanned<DeTable<'_>>, ConfigError> {
        DeTable::parse(self.text).map_err(|e| self.error(e.span().unwrap_or(0..0), e.message().to_string(), None))
    }
}

fn to_value(v: &DeValue<'_>) -> toml::Value {
    match v {
        DeValue::String(s) => toml::Value::String(s.to_string()),
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
            .map_or_else(|_| toml::Value::String(i.as_str().into()), toml::Value::Integer),
        DeValue::Float(f) => {
            f.as_str().parse().map_or_else(|_| toml::Value::String(f.as_str().into()), toml::Value::Float)
        }
        DeValue::Boolean(b) => toml::Value::Boolean(*b),
        DeValue::Datetime(d) => toml::Value::Datetime(*d),
        DeValue::Array(a) => toml::Value::Array(a.iter().map(|x| to_value(x.get_ref())).collect()),
        DeValue::Table(t) => {
            toml::Value::Table(t.iter().map(|(k, x)| (k.get_ref().to_string(), to_value(x.get_ref()))).collect())
        }
    }
}

impl Config {
    /// The built-in defaults from the embedded `rules/` files.
    pub fn builtin() -> Result<Config, ConfigError> {
        let mut rules = BTreeMap::new();
        for (name, text) in BUILTIN_RULE_FILES {
            let src = Source { name, text };
            let doc = src.parse()?;
            if doc.get_ref().get("kind").and_then(|k| k.get_ref().as_str()) != Some("builtin") {
                let rule = pack::parse_rule(name, text)?;
                insert_pack(&mut rules, rule, &src)?;
                continue;
            }
            // The id is the file's path (`rules/<family>/<name>.toml`); build.rs checks that
            // every rule of the table has its file and that an `id` line agrees.
            let id_text = name.strip_prefix("rules/").and_then(|n| n.strip_suffix(".toml")).unwrap_or(name);
            let id = RuleId::from_id(id_text)
                .ok_or_else(|| src.error(0..0, format!("unknown built-in rule id `{id_text}`"), None))?;
            let mut rule =
                RuleConfig { enabled: true, severity: Severity::Warning, options: toml::Table::new(), pack: None };
            for (key, value) in doc.get_ref() {
                match key.get_ref().as_ref() {
                    "id" => {}
                    "kind" if value.get_ref().as_str() == Some("builtin") => {}
                    "enabled" => {
                        rule.enabled = value
                            .get_ref()
                            .as_bool()
                            .ok_or_else(|| src.error(value.span(), "`enabled` must be true or false", None))?
                    }
                    "severity" => rule.severity = parse_severity(&src, value)?,
                    "options" => {
                        let Some(table) = value.get_ref().as_table() else {
                            return Err(src.error(value.span(), "`options` must be a table", None));
                        };
                        // The file holds every default, so each key is checked with the others
                        // beside it: an option need not have a default in Rust.
                        rule.options =
                            table.iter().map(|(k, v)| (k.get_ref().to_string(), to_value(v.get_ref()))).collect();
                        for (k, v) in table {
                            let val = to_value(v.get_ref());
                            id.check_option(k.get_ref(), &val, &rule.options)
                                .map_err(|e| src.error(k.span(), e, None))?;
                        }
                    }
                    other => return Err(src.error(key.span(), format!("unknown key `{other}` in rule file"), None)),
                }
            }
            rules.insert(id, rule);
        }
        for id in RuleId::ALL {
            if !rules.contains_key(id) {
                return Err(ConfigError::plain(format!("built-in rule `{}` has no file under rules/", id.as_str())));
            }
        }
        Ok(Config {
            path: None,
            rules,
            extensions: DEFAULT_EXTENSIONS.iter().map(|s| s.to_string()).collect(),
            include: None,
            exclude: None,
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            allowed_rule_paths: Vec::new(),
        })
    }

    /// Overlay a config file's text; globs are relative to `base`.
    pub fn overlay(&mut self, name: &str, text: &str, base: &Path) -> Result<(), ConfigError> {
        let src = Source { name, text };
        let doc = src.parse()?;
        // Rule packs first, so `[rules]` can configure the rules they add.
        if let Some(paths) = doc.get_ref().get("rule_paths") {
            for folder in string_list(&src, paths)? {
                let allowed = &self.allowed_rule_paths;
                let (dir, roots) = inside(base, &folder, allowed).map_err(|why| src.error(paths.span(), why, None))?;
                for rule in pack::load_dir(&dir, Some(&roots))? {
                    insert_pack(&mut self.rules, rule, &src)?;
                }
            }
        }
        for (key, value) in doc.get_ref() {
            match key.get_ref().as_ref() {
                // Read by `load`, which overlays the extended file first.
                "rule_paths" | "extend" => {}
                "extensions" => {
                    self.extensions =
                        string_list(&src, value)?.into_iter().map(|e| e.trim_start_matches('.').to_string()).collect()
                }
                "include" => self.include = Some((globs(&src, value)?, base.to_path_buf())),
                "max_file_size" => {
                    let err = || src.error(value.span(), "`max_file_size` must be a positive number of bytes", None);
                    self.max_file_size =
                        to_value(value.get_ref()).as_integer().filter(|&n| n > 0).ok_or_else(err)? as u64
                }
                "exclude" => self.exclude = Some((globs(&src, value)?, base.to_path_buf())),
                "rules" => {
                    let Some(table) = value.get_ref().as_table() else {
                        return Err(src.error(value.span(), "`rules` must be a table of rule ids or families", None));
                    };
                    for (selector, settings) in table {
                        self.overlay_rule(&src, selector, settings)?;
                    }
                }
                other => {
                    let keys = ["extend", "extensions", "include", "exclude", "max_file_size", "rule_paths", "rules"];
                    let mean = crate::rule_id::closest(other, keys)
                        .map(|k| format!("did you mean `{k}`? "))
                        .unwrap_or_default();
                    return Err(src.error(
                        key.span(),
                        format!("unknown config key `{other}`"),
                        Some(format!(
                            "{mean}top-level keys are `extend`, `extensions`, `include`, `exclude`, `max_file_size`, `rule_paths` and `rules`"
                        )),
                    ));
                }
            }
        }
        Ok(())
    }

    fn overlay_rule(
        &mut self,
        src: &Source<'_>,
        selector: &Spanned<std::borrow::Cow<'_, str>>,
        settings: &Spanned<DeValue<'_>>,
    ) -> Result<(), ConfigError> {
        let name = selector.get_ref().as_ref();
        let targets: Vec<RuleId> =
            self.rules.keys().copied().filter(|r| r.as_str() == name || r.family() == name).collect();
        if targets.is_empty() {
            let families = format!("families: {}; `copydesk rules` lists every rule", self.families().join(", "));
            let help = match self.suggest(name) {
                Some(s) => format!("did you mean `{s}`? {families}"),
                None => families,
            };
            return Err(src.error(selector.span(), format!("unknown rule or family `{name}`"), Some(help)));
        }
        let Some(table) = settings.get_ref().as_table() else {
            return Err(src.error(settings.span(), format!("settings for `{name}` must be a table"), None));
        };
        for (key, value) in table {
            let k = key.get_ref().as_ref();
            match k {
                "enabled" => {
                    let on = value
                        .get_ref()
                        .as_bool()
                        .ok_or_else(|| src.error(value.span(), "`enabled` must be true or false", None))?;
                    targets.iter().for_each(|t| self.rules.get_mut(t).expect("every rule has defaults").enabled = on);
                }
                "severity" => {
                    let severity = parse_severity(src, value)?;
                    targets
                        .iter()
                        .for_each(|t| self.rules.get_mut(t).expect("every rule has defaults").severity = severity);
                }
                _ => self.overlay_option(src, name, &targets, key, value)?,
            }
        }
        Ok(())
    }

    /// Give option `key` to every rule of `targets` that has it; an error if none does.
    fn overlay_option(
        &mut self,
        src: &Source<'_>,
        name: &str,
        targets: &[RuleId],
        key: &Spanned<std::borrow::Cow<'_, str>>,
        value: &Spanned<DeValue<'_>>,
    ) -> Result<(), ConfigError> {
        let k = key.get_ref().as_ref();
        let val = to_value(value.get_ref());
        let mut accepted = 0;
        let mut last_error = String::new();
        for t in targets {
            match t.check_option(k, &val, &self.rules[t].options) {
                Ok(()) => {
                    accepted += 1;
                    self.rules.get_mut(t).expect("every rule has defaults").options.insert(k.to_string(), val.clone());
                }
                Err(e) => last_error = e,
            }
        }
        if accepted > 0 {
            return Ok(());
        }
        // A wrong type is reported on the value, an unknown option on the key.
        let unknown = last_error.starts_with("unknown field") || !name.contains('/');
        let (span, msg) = if unknown {
            (key.span(), format!("`{name}` has no option `{k}`"))
        } else {
            (value.span(), format!("invalid value for `{name}.{k}`: {last_error}"))
        };
        let options = targets.iter().flat_map(|t| {
            let documented = t.meta().map_or(&[][..], |m| m.doc.options).iter().map(|(n, _)| *n);
            self.rules[t].options.keys().map(String::as_str).chain(documented)
        });
        let mean = crate::rule_id::closest(k, options).filter(|_| unknown).map(|o| format!("did you mean `{o}`? "));
        let help = format!("{}`copydesk explain {}` lists the options", mean.unwrap_or_default(), targets[0].as_str());
        Err(src.error(span, msg, Some(help)))
    }

    /// Add rules from a pack loaded outside any config file (`copydesk rules test PATH`).
    pub fn add_packs(&mut self, rules: Vec<PackRule>, origin: &str) -> Result<(), ConfigError> {
        let src = Source { name: origin, text: "" };
        rules.into_iter().try_for_each(|r| insert_pack(&mut self.rules, r, &src))
    }

    /// Rule families, built-in and from packs, in order.
    pub fn families(&self) -> Vec<&'static str> {
        let mut f: Vec<_> = self.rules.keys().map(|r| r.family()).collect();
        f.sort();
        f.dedup();
        f
    }

    /// Whether a `--select`/`--ignore` or suppression selector names a known rule or family.
    pub fn knows(&self, selector: &str) -> bool {
        selector == "all" || self.rules.keys().any(|r| r.matches(selector))
    }

    /// The rule id or family (or `all`) a mistyped selector most likely meant.
    pub fn suggest(&self, selector: &str) -> Option<&'static str> {
        let families = self.families();
        let ids = self.rules.keys().map(|r| r.as_str());
        crate::rule_id::closest(selector, ids.chain(families).chain(["all"]))
    }

    /// Apply `--select` (only these run, opt-in rules included) and `--ignore`.
    pub fn select(&mut self, select: &[String], ignore: &[String]) {
        for (id, rule) in self.rules.iter_mut() {
            if !select.is_empty() {
                rule.enabled = select.iter().any(|s| id.matches(s));
            }
            if ignore.iter().any(|s| id.matches(s)) {
                rule.enabled = false;
            }
        }
    }

    /// Build the enabled rules from their typed options.
    pub fn build_rules(&self) -> Result<Vec<ActiveRule>, ConfigError> {
        let mut out = Vec::new();
        for (id, rule) in &self.rules {
            if !rule.enabled {
                continue;
            }
            let runner = match (&rule.pack, id.builder()) {
                (Some(p), _) => Runner::Rule(Box::new(PackRunner(p.clone()))),
                (None, Some(build)) => build(rule.options.clone())
                    .map_err(|e| ConfigError::plain(format!("{}: invalid options: {e}", id.as_str())))?,
                (None, None) => return Err(ConfigError::plain(format!("{}: rule has no definition", id.as_str()))),
            };
            out.push(ActiveRule { id: *id, severity: rule.severity, runner });
        }
        Ok(out)
    }

    /// Whether `path` (absolute) passes the include/exclude globs, each matched relative
    /// to the folder of the config that set it.
    pub fn accepts(&self, path: &Path) -> bool {
        let matches = |(globs, base): &(GlobSet, PathBuf)| {
            let rel = path.strip_prefix(base).unwrap_or(path);
            globs.is_match(rel.strip_prefix("./").unwrap_or(rel))
        };
        self.include.as_ref().is_none_or(matches) && !self.exclude.as_ref().is_some_and(matches)
    }
}

fn insert_pack(rules: &mut BTreeMap<RuleId, RuleConfig>, rule: PackRule, src: &Source<'_>) -> Result<(), ConfigError> {
    if let Some(existing) = rules.get(&rule.id) {
        let first = existing.pack.as_ref().map_or("a built-in rule".to_string(), |p| p.file.clone());
        return Err(ConfigError::new(
            &rule.file,
            &rule.source,
            rule.id_span.clone(),
            format!("duplicate rule id `{}`", rule.id.as_str()),
            Some(format!("already defined in {first} (loading rules for {})", src.name)),
        ));
    }
    let config = RuleConfig { enabled: rule.enabled, severity: rule.severity, options: toml::Table::new(), pack: None };
    rules.insert(rule.id, RuleConfig { pack: Some(Arc::new(rule)), ..config });
    Ok(())
}

/// The nearest `copydesk.toml` or `.copydesk.toml` in `dir` or a parent.
pub fn find_config(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().find_map(|d| CONFIG_NAMES.iter().map(|n| d.join(n)).find(|p| p.is_file()))
}

mod load;
#[cfg(test)]
mod tests;
mod values;
