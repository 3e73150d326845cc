//! Reading one pack rule file: every key checked, every error labelled on its key.

use super::matcher::{Matcher, MatcherSpec, MAX_PATTERNS};
use super::scope::{self, Granularity, Scope};
use super::{granularity, matcher_spec, Example, Expect, File, Kind, PackRule, KINDS};
use crate::diagnostic::{Applicability, Severity};
use crate::document::Format;
use crate::error::ConfigError;
use crate::rules::RuleId;
use toml::de::DeTable;

const COMMON: &[&str] = &[
    "id",
    "kind",
    "severity",
    "enabled",
    "message",
    "help",
    "description",
    "why",
    "scope",
    "granularity",
    "formats",
    "examples",
];
const MATCH: &[&str] = &["tokens", "pattern", "ignore_case", "whole_word"];

fn allowed(kind: &str) -> Vec<&'static str> {
    let extra: &[&str] = match kind {
        "existence" => MATCH,
        "substitution" => &["replace", "pattern", "replacement", "ignore_case", "whole_word", "fix"],
        "required" => &["tokens", "pattern", "ignore_case", "whole_word", "alternatives"],
        "occurrence" => &["tokens", "pattern", "ignore_case", "whole_word", "min", "max"],
        "consistency" => &["pairs", "ignore_case", "whole_word"],
        "conditional" => &["if", "then", "ignore_case", "whole_word"],
        _ => &[],
    };
    COMMON.iter().chain(extra).copied().collect()
}

type Value<'a> = toml::Spanned<toml::de::DeValue<'a>>;

pub fn parse_rule(name: &str, text: &str) -> Result<PackRule, ConfigError> {
    let file = File { name, text };
    let doc =
        DeTable::parse(text).map_err(|e| file.error(e.span().unwrap_or(0..0), e.message().trim_end().to_string()))?;
    let t = doc.get_ref();
    let get = |k: &str| t.get(k);
    let (id, id_v) = rule_id(&file, t)?;
    let kind_v = get("kind").ok_or_else(|| file.error(id_v.span(), format!("rule `{id}` has no `kind` ({KINDS})")))?;
    let kind_name = file.string(kind_v, "kind")?;
    check_keys(&file, t, &kind_name, kind_v)?;
    let message_v = get("message").ok_or_else(|| file.error(kind_v.span(), format!("rule `{id}` has no `message`")))?;
    let body = Body { file: &file, t, kind_name: &kind_name, kind_at: kind_v.span(), spec: matcher_spec(&file, t)? };
    let kind = body.kind()?;
    let severity = match get("severity") {
        Some(v) => Severity::parse(&file.string(v, "severity")?)
            .ok_or_else(|| file.error(v.span(), "severity must be \"error\", \"warning\" or \"info\""))?,
        None => Severity::Warning,
    };
    let scope = scope_of(&file, t)?;
    let formats = formats(&file, t)?;
    let examples = match get("examples") {
        Some(v) => examples(&file, v)?,
        None => Vec::new(),
    };
    Ok(PackRule {
        id: RuleId::pack(&id),
        file: name.to_string(),
        source: text.to_string(),
        id_span: id_v.span(),
        kind_name,
        kind,
        severity,
        enabled: get("enabled").map(|v| file.bool(v, "enabled")).transpose()?.unwrap_or(true),
        message: file.string(message_v, "message")?,
        help: get("help").map(|v| file.string(v, "help")).transpose()?,
        description: get("description").map(|v| file.string(v, "description")).transpose()?.unwrap_or_default(),
        why: get("why").map(|v| file.string(v, "why")).transpose()?,
        scope,
        formats,
        examples,
    })
}

/// The rule's `id`: `family/name` in lowercase, and not a built-in rule's.
fn rule_id<'t>(file: &File<'_>, t: &'t DeTable<'_>) -> Result<(String, &'t Value<'t>), ConfigError> {
    let whole = 0..file.text.len().min(1);
    let id_v = t.get("id").ok_or_else(|| file.error(whole, "rule file has no `id`"))?;
    let id = file.string(id_v, "id")?;
    let valid_id = id.split_once('/').is_some_and(|(f, n)| {
        let ok = |s: &str| {
            !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        };
        ok(f) && ok(n)
    });
    if !valid_id {
        return Err(file.error(id_v.span(), format!("rule id `{id}` must be `family/name` in lowercase")));
    }
    if RuleId::from_id(&id).is_some() {
        return Err(file.error(id_v.span(), format!("`{id}` is a built-in rule id")));
    }
    Ok((id, id_v))
}

/// A known kind, and only the keys that kind takes.
fn check_keys(file: &File<'_>, t: &DeTable<'_>, kind_name: &str, kind_v: &Value<'_>) -> Result<(), ConfigError> {
    let keys = allowed(kind_name);
    if keys.len() == COMMON.len() {
        return Err(file.error(kind_v.span(), format!("unknown kind `{kind_name}` (one of {KINDS})")));
    }
    for (k, _) in t {
        if !keys.contains(&k.get_ref().as_ref()) {
            return Err(file.error(k.span(), format!("unknown key `{}` for a `{kind_name}` rule", k.get_ref())));
        }
    }
    Ok(())
}

/// The keys of one rule file that define what its kind matches.
struct Body<'a> {
    file: &'a File<'a>,
    t: &'a DeTable<'a>,
    kind_name: &'a str,
    /// Where errors about a missing key point: the `kind` value.
    kind_at: std::ops::Range<usize>,
    spec: MatcherSpec,
}

impl Body<'_> {
    fn get(&self, k: &str) -> Option<&Value<'_>> {
        self.t.get(k)
    }

    fn need(&self, k: &str) -> Result<&Value<'_>, ConfigError> {
        self.get(k)
            .ok_or_else(|| self.file.error(self.kind_at.clone(), format!("a `{}` rule needs `{k}`", self.kind_name)))
    }

    fn build(&self, spec: &MatcherSpec, at: std::ops::Range<usize>) -> Result<Matcher, ConfigError> {
        Matcher::build(spec).map_err(|e| self.file.error(at, e))
    }

    /// A matcher for one literal spelling, with the file's matching options.
    fn token(&self, token: String) -> MatcherSpec {
        MatcherSpec { tokens: vec![token], pattern: None, ..self.spec.clone() }
    }

    fn kind(&self) -> Result<Kind, ConfigError> {
        let file = self.file;
        let pattern_at = self.get("pattern").or(self.get("tokens")).map_or(self.kind_at.clone(), |v| v.span());
        Ok(match self.kind_name {
            "existence" => Kind::Existence { matcher: self.build(&self.spec, pattern_at)? },
            "required" => Kind::Required {
                matcher: self.build(&self.spec, pattern_at)?,
                alternatives: self
                    .get("alternatives")
                    .map(|v| file.strings(v, "alternatives"))
                    .transpose()?
                    .unwrap_or_default(),
            },
            "occurrence" => {
                let min = self.get("min").map(|v| file.count(v, "min")).transpose()?;
                let max = self.get("max").map(|v| file.count(v, "max")).transpose()?;
                if min.is_none() && max.is_none() {
                    return Err(file.error(self.kind_at.clone(), "an `occurrence` rule needs `min` or `max`"));
                }
                Kind::Occurrence { matcher: self.build(&self.spec, pattern_at)?, min, max }
            }
            "substitution" => self.substitution()?,
            "consistency" => self.consistency()?,
            "conditional" => {
                let (if_v, then_v) = (self.need("if")?, self.need("then")?);
                let m = |v: &Value<'_>, k: &str| -> Result<Matcher, ConfigError> {
                    let p = file.string(v, k)?;
                    Matcher::compile(&p, self.spec.ignore_case).map_err(|e| file.error(v.span(), e))
                };
                Kind::Conditional { trigger: m(if_v, "if")?, then: m(then_v, "then")? }
            }
            _ => unreachable!("kinds are checked first"),
        })
    }

    fn substitution(&self) -> Result<Kind, ConfigError> {
        let file = self.file;
        let applicability = match self.get("fix") {
            Some(v) => super::kinds::applicability(&file.string(v, "fix")?)
                .ok_or_else(|| file.error(v.span(), "`fix` must be \"safe\" or \"unsafe\""))?,
            None => Applicability::Safe,
        };
        let mut pairs = Vec::new();
        if let Some(v) = self.get("replace") {
            let table = file.table(v, "replace")?;
            // Counted before compiling: the memory goes in compiling them.
            if table.len() > MAX_PATTERNS {
                let why = format!(
                    "`replace` has {} entries; a rule folder compiles at most {MAX_PATTERNS} patterns",
                    table.len()
                );
                return Err(file.error(v.span(), why));
            }
            for (from, to) in table {
                let with = file.string(to, "replace")?;
                // `$` in a literal replacement is literal.
                pairs
                    .push((self.build(&self.token(from.get_ref().to_string()), from.span())?, with.replace('$', "$$")));
            }
        } else {
            let p = self.need("pattern")?;
            let with = file.string(self.need("replacement")?, "replacement")?;
            pairs.push((self.build(&self.spec, p.span())?, with));
        }
        Ok(Kind::Substitution { pairs, applicability })
    }

    fn consistency(&self) -> Result<Kind, ConfigError> {
        let v = self.need("pairs")?;
        let err = || self.file.error(v.span(), "`pairs` must be a list of lists of two or more spellings");
        let mut groups = Vec::new();
        let mut spellings_seen = 0;
        for g in v.get_ref().as_array().ok_or_else(err)? {
            let spellings = self.file.strings(g, "pairs")?;
            if spellings.len() < 2 {
                return Err(err());
            }
            spellings_seen += spellings.len();
            if spellings_seen > MAX_PATTERNS {
                let why = format!(
                    "`pairs` has over {MAX_PATTERNS} spellings; a rule folder compiles at most {MAX_PATTERNS} patterns"
                );
                return Err(self.file.error(v.span(), why));
            }
            let ms = spellings
                .iter()
                .map(|s| self.build(&self.token(s.clone()), g.span()))
                .collect::<Result<Vec<_>, _>>()?;
            groups.push(ms);
        }
        Ok(Kind::Consistency { groups })
    }
}

/// Where the rule looks (`scope`, default the body) and in what units (`granularity`).
fn scope_of(file: &File<'_>, t: &DeTable<'_>) -> Result<Scope, ConfigError> {
    let mut items = Vec::new();
    let scope_v = t.get("scope");
    for name in scope_v.map(|v| file.strings(v, "scope")).transpose()?.unwrap_or_else(|| vec!["body".into()]) {
        let item = scope::parse_item(&name).ok_or_else(|| {
            file.error(scope_v.map_or(0..0, |v| v.span()), format!("unknown scope `{name}` ({})", scope::SCOPE_NAMES))
        })?;
        items.push(item);
    }
    let granularity = t.get("granularity").map(|v| granularity(file, v)).transpose()?.unwrap_or(Granularity::Document);
    Ok(Scope { items, granularity })
}

/// The input formats the rule is limited to; none means all.
fn formats(file: &File<'_>, t: &DeTable<'_>) -> Result<Vec<Format>, ConfigError> {
    let mut formats = Vec::new();
    if let Some(v) = t.get("formats") {
        for f in file.strings(v, "formats")? {
            formats.push(match f.as_str() {
                "house" => Format::House,
                "markdown" => Format::Markdown,
                "plain" => Format::Plain,
                _ => return Err(file.error(v.span(), format!("unknown format `{f}` (house, markdown, plain)"))),
            });
        }
    }
    Ok(formats)
}

fn examples(file: &File<'_>, v: &Value<'_>) -> Result<Vec<Example>, ConfigError> {
    let err = || file.error(v.span(), "`examples` must be an array of tables (`[[examples]]`)");
    let mut out = Vec::new();
    for e in v.get_ref().as_array().ok_or_else(err)? {
        let t = file.table(e, "examples")?;
        let mut text = None;
        let mut path = "example.md".to_string();
        let mut expect = None;
        for (k, val) in t {
            match k.get_ref().as_ref() {
                "text" => text = Some(file.string(val, "text")?),
                "path" => path = file.string(val, "path")?,
                "flags" => expect = Some(Expect::Flags(file.strings(val, "flags")?)),
                "clean" if file.bool(val, "clean")? => expect = Some(Expect::Clean),
                "clean" => {}
                other => {
                    return Err(
                        file.error(k.span(), format!("unknown key `{other}` in an example (text, path, flags, clean)"))
                    )
                }
            }
        }
        let text = text.ok_or_else(|| file.error(e.span(), "an example needs `text`"))?;
        let expect =
            expect.ok_or_else(|| file.error(e.span(), "an example needs `flags = [...]` or `clean = true`"))?;
        out.push(Example { text, path, expect });
    }
    Ok(out)
}
