//! `copydesk rules` (the rule list, human or JSON) and `copydesk explain RULE` (a rule's
//! documentation, its defaults and its example).

use crate::cli::ListFormat;
use crate::config::Config;
use crate::rules::RuleId;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct RuleEntry {
    id: &'static str,
    family: &'static str,
    severity: &'static str,
    enabled: bool,
    fixable: &'static str,
    summary: &'static str,
}

pub fn rules_list(out: &mut dyn Write, format: ListFormat, config: &Config) -> io::Result<()> {
    let entries: Vec<RuleEntry> = RuleId::ALL
        .iter()
        .map(|&id| {
            let rc = &config.rules[&id];
            RuleEntry {
                id: id.as_str(),
                family: id.family(),
                severity: rc.severity.as_str(),
                enabled: rc.enabled,
                fixable: id.meta().fixable.as_str(),
                summary: id.meta().summary,
            }
        })
        .collect();
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &entries).map_err(io::Error::other)?;
            writeln!(out)
        }
        ListFormat::Human => {
            writeln!(out, "{:<28} {:<8} {:<16} summary", "rule", "severity", "fixable")?;
            for e in entries {
                let off = if e.enabled { "" } else { " (off by default)" };
                writeln!(out, "{:<28} {:<8} {:<16} {}{off}", e.id, e.severity, e.fixable, e.summary)?;
            }
            Ok(())
        }
    }
}

pub fn explain(out: &mut dyn Write, id: RuleId, config: &Config) -> io::Result<()> {
    let meta = id.meta();
    let doc = &meta.doc;
    let rc = &config.rules[&id];
    writeln!(out, "# {}\n\n{}\n", id.as_str(), meta.summary)?;
    writeln!(
        out,
        "Default severity: {}{}. Fix: {}.\n",
        rc.severity,
        if rc.enabled { "" } else { " (off by default)" },
        meta.fixable.as_str()
    )?;
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
    for (name, text) in doc.options {
        let current = rc.options.get(*name).map(|v| format!(" Default here: `{v}`.")).unwrap_or_default();
        writeln!(out, "- `{name}`: {text}.{current}")?;
    }
    writeln!(out, "\n## Known false positives\n\n{}", doc.false_positives)
}
