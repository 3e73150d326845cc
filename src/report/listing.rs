//! `copydesk rules` (the rule list, human or JSON), `copydesk explain RULE` (a rule's
//! documentation, defaults and examples), `copydesk explain FAMILY` (its rules) and
//! `copydesk rules test` results. Built-in and desk rules are shown alike.

use super::ListFormat;
use crate::config::{Config, RuleConfig};
use crate::lint::examples::ExampleResult;
use crate::rules::pack::Expect;
use crate::rules::RuleId;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct RuleEntry<'a> {
    id: &'static str,
    family: &'static str,
    severity: &'static str,
    enabled: bool,
    fixable: &'static str,
    kind: &'a str,
    summary: &'a str,
}

fn entry(id: RuleId, rc: &RuleConfig) -> RuleEntry<'_> {
    let (fixable, kind, summary) = match (&rc.pack, id.meta()) {
        (Some(p), _) => {
            (p.fixable().as_str(), p.kind_name.as_str(), p.description.lines().next().unwrap_or(&p.message))
        }
        (None, Some(m)) => (m.fixable.as_str(), "builtin", m.summary),
        (None, None) => ("no", "builtin", ""),
    };
    RuleEntry {
        id: id.as_str(),
        family: id.family(),
        severity: rc.severity.as_str(),
        enabled: rc.enabled,
        fixable,
        kind,
        summary,
    }
}

pub fn rules_list(out: &mut dyn Write, format: ListFormat, config: &Config) -> io::Result<()> {
    let entries: Vec<RuleEntry> = config.rules.iter().map(|(&id, rc)| entry(id, rc)).collect();
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &entries).map_err(io::Error::other)?;
            writeln!(out)
        }
        ListFormat::Human => {
            let w = entries.iter().map(|e| e.id.len()).max().unwrap_or(4);
            writeln!(out, "{:<w$} {:<8} {:<16} summary", "rule", "severity", "fixable")?;
            for e in entries {
                let off = if e.enabled { "" } else { " (off by default)" };
                writeln!(out, "{:<w$} {:<8} {:<16} {}{off}", e.id, e.severity, e.fixable, e.summary)?;
            }
            Ok(())
        }
    }
}

pub fn explain(out: &mut dyn Write, id: RuleId, config: &Config) -> io::Result<()> {
    let rc = &config.rules[&id];
    let e = entry(id, rc);
    let off = if rc.enabled { "" } else { " (off by default)" };
    writeln!(out, "# {}\n\n{}\n\nSeverity: {}{off}. Fix: {}.\n", e.id, e.summary, e.severity, e.fixable)?;
    if let Some(p) = &rc.pack {
        writeln!(out, "Rule pack rule of kind `{}`, from {}.\n", p.kind_name, p.file)?;
        writeln!(out, "## What it checks\n\n{}\n", if p.description.is_empty() { &p.message } else { &p.description })?;
        if let Some(why) = &p.why {
            writeln!(out, "## Why it matters\n\n{why}\n")?;
        }
        if let Some(help) = &p.help {
            writeln!(out, "## What to write instead\n\n{help}\n")?;
        }
        for ex in &p.examples {
            match &ex.expect {
                Expect::Flags(f) => {
                    writeln!(out, "## Example that fires (on {f:?})\n\n```\n{}\n```\n", ex.text.trim_end())?
                }
                Expect::Clean => writeln!(out, "## Clean example\n\n```\n{}\n```\n", ex.text.trim_end())?,
            }
        }
        return Ok(());
    }
    let Some(meta) = id.meta() else { return Ok(()) };
    let doc = &meta.doc;
    writeln!(out, "## What it checks\n\n{}\n\n## Why it matters\n\n{}\n", doc.what, doc.why)?;
    let opts =
        if doc.example_options.is_empty() { String::new() } else { format!(" (with `{}`)", doc.example_options) };
    writeln!(
        out,
        "## Example that fires{opts}\n\n```\n{}```\n\n## Write instead\n\n```\n{}```\n",
        doc.example, doc.corrected
    )?;
    writeln!(out, "## Options\n")?;
    if doc.options.is_empty() {
        writeln!(out, "None.")?;
    }
    let builtin = Config::builtin().ok();
    let defaults = builtin.as_ref().and_then(|b| b.rules.get(&id)).map(|r| &r.options);
    for (name, text) in doc.options {
        // The default is said once, from the rule's defaults file, never from the prose.
        let default = defaults.and_then(|d| d.get(*name));
        let value = match (default, rc.options.get(*name)) {
            (Some(d), Some(v)) if d != v => format!(" Default: `{d}`; this config sets `{v}`."),
            (Some(d), _) => format!(" Default: `{d}`."),
            (None, Some(v)) => format!(" This config sets `{v}`."),
            (None, None) => String::new(),
        };
        writeln!(out, "- `{name}`: {}.{value}", without_default(text))?;
    }
    writeln!(out, "\n## Known false positives\n\n{}", doc.false_positives)
}

/// An option's description without the "(default …)" its author wrote into it: the
/// value printed beside it comes from the config and cannot go stale.
fn without_default(text: &str) -> String {
    let mut out = text.to_string();
    while let Some(at) = out.find(" (default") {
        let Some(len) = out[at..].find(')') else { break };
        out.replace_range(at..at + len + 1, "");
    }
    out
}

/// `copydesk explain FAMILY`: the family's rules with their summaries.
pub fn explain_family(out: &mut dyn Write, family: &str, config: &Config) -> io::Result<()> {
    let entries: Vec<RuleEntry> =
        config.rules.iter().filter(|(id, _)| id.family() == family).map(|(&id, rc)| entry(id, rc)).collect();
    writeln!(
        out,
        "# {family}\n\n{} rule{}; `copydesk explain RULE` for one of them.\n",
        entries.len(),
        if entries.len() == 1 { "" } else { "s" }
    )?;
    let w = entries.iter().map(|e| e.id.len()).max().unwrap_or(4);
    for e in entries {
        let off = if e.enabled { "" } else { " (off by default)" };
        writeln!(out, "{:<w$}  {:<7}  {}{off}", e.id, e.severity, e.summary)?;
    }
    writeln!(out, "\nSet every rule of the family at once in copydesk.toml under `[rules.{family}]`.")
}

pub fn rules_test(out: &mut dyn Write, results: &[ExampleResult]) -> io::Result<()> {
    let (mut passed, mut failed) = (0, 0);
    for r in results {
        if r.failures.is_empty() {
            passed += 1;
            writeln!(
                out,
                "ok    {} ({} example{})",
                r.rule.as_str(),
                r.examples,
                if r.examples == 1 { "" } else { "s" }
            )?;
        } else {
            failed += 1;
            writeln!(out, "FAIL  {}", r.rule.as_str())?;
            for f in &r.failures {
                writeln!(out, "      {f}")?;
            }
        }
    }
    writeln!(out, "{passed} rules passed, {failed} failed")
}
