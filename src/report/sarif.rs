//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning and other SARIF viewers read
//! it. One run; the driver lists the rules with their `explain` text as help; each
//! result has one physical location relative to `%SRCROOT%` (the working directory),
//! labels as related locations, the fix as `fixes[]` and a `partialFingerprints` entry
//! that is the same fingerprint baselines use. Files that could not be read are tool
//! execution notifications, a config error a configuration notification.

use super::{Outcome, ReportOptions};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::RuleId;
use crate::span::Span;
use serde_json::{json, Value};
use std::io::{self, Write};
use std::path::Path;

const SCHEMA: &str = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
/// Where code scanning sends a reader who wants to know what copydesk is.
pub const INFORMATION_URI: &str = env!("CARGO_PKG_REPOSITORY");
/// The `partialFingerprints` key: versioned, so a change of recipe is a new key rather
/// than every alert closing and reopening.
const FINGERPRINT_KEY: &str = "copydesk/v1";
const SRCROOT: &str = "%SRCROOT%";

pub fn write(out: &mut dyn Write, outcome: &Outcome, options: &ReportOptions) -> io::Result<()> {
    let rules = rule_ids(outcome);
    let mut results = Vec::new();
    for f in &outcome.files {
        for (i, d) in f.diagnostics.iter().enumerate() {
            let index = rules.iter().position(|r| *r == d.rule);
            results.push(result(&f.path, &f.document, d, f.fingerprints.get(i), index));
        }
    }
    let mut run = json!({
        "tool": {"driver": driver(&rules, outcome.config.as_ref())},
        "invocations": [invocation(outcome)],
        "originalUriBaseIds": {SRCROOT: {"uri": srcroot()}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    });
    if options.statistics {
        let counts: serde_json::Map<String, Value> =
            outcome.per_rule().into_iter().map(|(r, n)| (r.as_str().to_string(), json!(n))).collect();
        run["properties"] = json!({"statistics": counts});
    }
    let log = json!({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]});
    serde_json::to_writer_pretty(&mut *out, &log).map_err(io::Error::other)?;
    writeln!(out)
}

/// The rules the driver lists: every enabled rule, and any rule that reported.
fn rule_ids(outcome: &Outcome) -> Vec<RuleId> {
    let mut ids: Vec<RuleId> = outcome
        .config
        .iter()
        .flat_map(|c| c.rules.iter().filter(|(_, rc)| rc.enabled).map(|(&id, _)| id))
        .chain(outcome.files.iter().flat_map(|f| f.diagnostics.iter().map(|d| d.rule)))
        .collect();
    ids.sort_by_key(|id| id.as_str());
    ids.dedup();
    ids
}

fn driver(rules: &[RuleId], config: Option<&Config>) -> Value {
    let version = env!("CARGO_PKG_VERSION");
    json!({
        "name": "copydesk",
        "semanticVersion": version,
        "version": version,
        "informationUri": INFORMATION_URI,
        "rules": rules.iter().map(|&id| rule(id, config)).collect::<Vec<_>>(),
    })
}

fn rule(id: RuleId, config: Option<&Config>) -> Value {
    let rc = config.and_then(|c| c.rules.get(&id));
    let (summary, full) = match (rc.and_then(|r| r.pack.as_ref()), id.meta()) {
        (Some(p), _) => {
            let summary = p.description.lines().next().unwrap_or(&p.message).to_string();
            let full = if p.description.is_empty() { p.message.clone() } else { p.description.clone() };
            (summary, full)
        }
        (None, Some(m)) => (m.summary.to_string(), m.doc.what.to_string()),
        (None, None) => (id.as_str().to_string(), id.as_str().to_string()),
    };
    let mut help = Vec::new();
    if let Some(config) = config.filter(|c| c.rules.contains_key(&id)) {
        let _ = super::listing::explain(&mut help, id, config);
    }
    let help = String::from_utf8_lossy(&help).into_owned();
    let level = rc.map_or("warning", |r| level(r.severity));
    json!({
        "id": id.as_str(),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": {"text": if help.is_empty() { full.clone() } else { help.clone() }, "markdown": help},
        "defaultConfiguration": {"level": level, "enabled": rc.is_none_or(|r| r.enabled)},
        "properties": {"tags": [id.family()]},
    })
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn result(path: &str, doc: &Document, d: &Diagnostic, fingerprint: Option<&String>, index: Option<usize>) -> Value {
    let text = match &d.help {
        Some(h) => format!("{}\nhelp: {h}", d.message),
        None => d.message.clone(),
    };
    let mut r = json!({
        "ruleId": d.rule.as_str(),
        "level": level(d.severity),
        "message": {"text": text},
        "locations": [{"physicalLocation": physical(path, doc, d.span)}],
    });
    if let Some(i) = index {
        r["ruleIndex"] = json!(i);
    }
    if !d.labels.is_empty() {
        let related = d.labels.iter().enumerate().map(
            |(i, l)| json!({"id": i, "physicalLocation": physical(path, doc, l.span), "message": {"text": l.message}}),
        );
        r["relatedLocations"] = Value::Array(related.collect());
    }
    if let Some(fix) = &d.fix {
        let replacements = fix
            .edits
            .iter()
            .map(|e| json!({"deletedRegion": region(doc, e.span), "insertedContent": {"text": e.replacement}}));
        let change = json!({"artifactLocation": artifact(path), "replacements": replacements.collect::<Vec<_>>()});
        let description = format!("{} ({} fix)", fix.message, fix.applicability.as_str());
        r["fixes"] = json!([{"description": {"text": description}, "artifactChanges": [change]}]);
    }
    if let Some(fp) = fingerprint {
        r["partialFingerprints"] = json!({FINGERPRINT_KEY: fp});
    }
    r
}

fn physical(path: &str, doc: &Document, span: Span) -> Value {
    json!({"artifactLocation": artifact(path), "region": region(doc, span)})
}

/// Lines and columns as SARIF counts them under `unicodeCodePoints`: 1-based, the end
/// column one past the last character, which is how copydesk counts too.
fn region(doc: &Document, span: Span) -> Value {
    let (s, e) = (doc.lines.position(&doc.source, span.start), doc.lines.position(&doc.source, span.end));
    json!({"startLine": s.line, "startColumn": s.column, "endLine": e.line, "endColumn": e.column})
}

/// Notifications: unreadable files, stale baseline entries, a config error.
fn invocation(outcome: &Outcome) -> Value {
    let mut execution: Vec<Value> = outcome
        .errors
        .iter()
        .map(|(path, reason)| {
            json!({"level": "error", "message": {"text": format!("{path}: {reason}")},
                   "locations": [{"physicalLocation": {"artifactLocation": artifact(path)}}]})
        })
        .collect();
    for s in outcome.baseline.iter().flat_map(|b| &b.stale) {
        execution.push(json!({"level": "note", "message": {"text": super::text::stale_message(s)},
                              "locations": [{"physicalLocation": {"artifactLocation": artifact(&s.path)}}]}));
    }
    let configuration: Vec<Value> = outcome
        .config_error
        .iter()
        .map(|e| {
            let mut n = json!({"level": "error", "message": {"text": e.message()}});
            if let Some(file) = e.file() {
                let mut loc = json!({"artifactLocation": artifact(file)});
                if let Some(line) = e.line() {
                    loc["region"] = json!({"startLine": line});
                }
                n["locations"] = json!([{"physicalLocation": loc}]);
            }
            n
        })
        .collect();
    json!({
        "executionSuccessful": outcome.errors.is_empty() && outcome.config_error.is_none(),
        "toolExecutionNotifications": execution,
        "toolConfigurationNotifications": configuration,
    })
}

/// A path as reported becomes a URI: relative to `%SRCROOT%` when it is under the
/// working directory, an absolute `file:` URI otherwise.
fn artifact(path: &str) -> Value {
    let p = Path::new(path);
    let relative = if p.is_absolute() {
        std::env::current_dir().ok().and_then(|cwd| p.strip_prefix(cwd).ok().map(|r| r.to_string_lossy().into_owned()))
    } else {
        Some(path.strip_prefix("./").unwrap_or(path).to_string())
    };
    match relative {
        Some(rel) => json!({"uri": encode(&rel), "uriBaseId": SRCROOT}),
        None => json!({"uri": format!("file://{}", encode(path))}),
    }
}

fn srcroot() -> String {
    let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
    let cwd = encode(&cwd.replace('\\', "/"));
    let slash = if cwd.starts_with('/') { "" } else { "/" };
    format!("file://{slash}{}/", cwd.trim_end_matches('/'))
}

/// Percent-encode a path for a URI reference (RFC 3986): unreserved characters and `/`
/// stay, everything else (spaces, `%`, `#`, `?`, non-ASCII as UTF-8) is encoded.
pub(super) fn encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::encode;

    #[test]
    fn paths_are_percent_encoded() {
        assert_eq!(encode("drafts/a b#1?.md"), "drafts/a%20b%231%3F.md");
        assert_eq!(encode("café/100%.md"), "caf%C3%A9/100%25.md");
    }
}
