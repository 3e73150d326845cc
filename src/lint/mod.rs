//! The engine: read a file, parse it once, run the enabled rules over the shared
//! document, apply suppression comments, and return findings in a stable order.

use crate::diagnostic::Diagnostic;
use crate::document::count::Stats;
use crate::document::Document;
use crate::rules::suppression::{self, unused};
use crate::rules::ActiveRule;
use crate::rules::{Context, RuleId, Runner};
use std::path::Path;

pub mod examples;

/// Everything learned about one input.
#[derive(Debug)]
pub struct FileReport {
    pub path: String,
    pub document: Document,
    pub diagnostics: Vec<Diagnostic>,
    /// Read-time figures, when the output includes them (`--format json`).
    pub stats: Option<Stats>,
}

/// Run `rules` over a parsed document.
pub fn check(doc: &Document, rules: &[ActiveRule]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in rules {
        if let Runner::Rule(r) = &rule.runner {
            r.check(doc, &mut Context::new(rule.id, rule.severity, &mut out));
        }
    }
    let comments = suppression::parse(&doc.source, &doc.lines);
    if !comments.is_empty() {
        let used = suppression::apply(&comments, &mut out);
        if let Some(rule) = rules.iter().find(|r| r.id == RuleId::SuppressionUnused) {
            let known =
                |s: &str| s == "all" || RuleId::ALL.iter().chain(rules.iter().map(|r| &r.id)).any(|r| r.matches(s));
            unused::report(&comments, &used, &known, &mut Context::new(rule.id, rule.severity, &mut out));
        }
    }
    out.sort_by_key(|d| (d.span.start, d.rule.as_str(), d.span.end));
    out
}

/// Read `path` as a draft: UTF-8 (a BOM is fine), not binary, not a directory.
pub fn read_source(path: &Path) -> Result<String, String> {
    if path.is_dir() {
        return Err("is a directory, not a file".into());
    }
    let bytes = std::fs::read(path).map_err(|e| io_reason(&e))?;
    decode(bytes)
}

/// Check that bytes are a text draft and return them as a string.
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.contains(&0) {
        return Err("looks like a binary file (contains NUL bytes)".into());
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("is not valid UTF-8 (invalid byte at offset {at})")
    })
}

pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
