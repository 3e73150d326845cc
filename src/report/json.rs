//! `--format json`: the machine format editors and CI depend on. Schema version 1; the
//! shape is documented in the README, described by `copydesk schema` (`schema.json`)
//! and pinned by a CLI test. Keys added since version 1 are optional, so readers of the
//! first shape still work.

use super::json_span::{span, JsonSpan};
use super::{Outcome, ReportOptions};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Report<'a> {
    schema_version: u32,
    tool: Tool,
    files: Vec<File<'a>>,
    errors: Vec<FileError<'a>>,
    summary: Summary,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    config_errors: Vec<ConfigProblem<'a>>,
    /// `--statistics`: findings per rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    statistics: Option<std::collections::BTreeMap<&'static str, usize>>,
    /// `--diff`: the fixes as one unified diff.
    #[serde(skip_serializing_if = "Option::is_none")]
    diff: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline: Option<Baseline<'a>>,
}

#[derive(Serialize)]
struct ConfigProblem<'a> {
    message: &'a str,
    file: Option<&'a str>,
    line: Option<usize>,
}

#[derive(Serialize)]
struct Baseline<'a> {
    hidden: usize,
    stale: Vec<Stale<'a>>,
}

#[derive(Serialize)]
struct Stale<'a> {
    path: &'a str,
    rule: &'a str,
    fingerprint: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stats: Option<super::stats::JsonStats>,
}

#[derive(Serialize)]
struct FileError<'a> {
    path: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    rule: &'static str,
    severity: &'static str,
    message: &'a str,
    help: Option<&'a str>,
    span: JsonSpan,
    labels: Vec<JsonLabel<'a>>,
    fix: Option<JsonFix<'a>>,
    /// Stable across edits elsewhere in the file; what baselines and SARIF use.
    #[serde(skip_serializing_if = "Option::is_none")]
    fingerprint: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    span: JsonSpan,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    applicability: &'static str,
    message: &'a str,
    edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    span: JsonSpan,
    replacement: &'a str,
}

fn diagnostic<'a>(doc: &Document, d: &'a Diagnostic, fingerprint: Option<&'a String>) -> JsonDiagnostic<'a> {
    JsonDiagnostic {
        rule: d.rule.as_str(),
        severity: d.severity.as_str(),
        message: &d.message,
        help: d.help.as_deref(),
        span: span(doc, d.span),
        labels: d.labels.iter().map(|l| JsonLabel { span: span(doc, l.span), message: &l.message }).collect(),
        fix: d.fix.as_ref().map(|f| JsonFix {
            applicability: f.applicability.as_str(),
            message: &f.message,
            edits: f.edits.iter().map(|e| JsonEdit { span: span(doc, e.span), replacement: &e.replacement }).collect(),
        }),
        fingerprint: fingerprint.map(String::as_str),
    }
}

pub fn write(out: &mut dyn Write, outcome: &Outcome, options: &ReportOptions) -> io::Result<()> {
    let report = Report {
        schema_version: 1,
        tool: Tool { name: "copydesk", version: env!("CARGO_PKG_VERSION") },
        files: outcome
            .files
            .iter()
            .map(|f| File {
                path: &f.path,
                diagnostics: f
                    .diagnostics
                    .iter()
                    .enumerate()
                    .map(|(i, d)| diagnostic(&f.document, d, f.fingerprints.get(i)))
                    .collect(),
                stats: super::stats::json_stats(f),
            })
            .collect(),
        errors: outcome.errors.iter().map(|(path, message)| FileError { path, message }).collect(),
        summary: Summary {
            files: outcome.files.len(),
            errors: outcome.count(Severity::Error),
            warnings: outcome.count(Severity::Warning),
            infos: outcome.count(Severity::Info),
        },
        config_errors: outcome
            .config_error
            .iter()
            .map(|e| ConfigProblem { message: e.message(), file: e.file(), line: e.line() })
            .collect(),
        statistics: options
            .statistics
            .then(|| outcome.per_rule().into_iter().map(|(rule, n)| (rule.as_str(), n)).collect()),
        diff: (!outcome.diffs.is_empty()).then(|| outcome.diffs.concat()),
        baseline: outcome.baseline.as_ref().map(|b| Baseline {
            hidden: b.hidden,
            stale: b
                .stale
                .iter()
                .map(|s| Stale { path: &s.path, rule: &s.rule, fingerprint: &s.fingerprint, message: &s.message })
                .collect(),
        }),
    };
    serde_json::to_writer_pretty(&mut *out, &report).map_err(io::Error::other)?;
    writeln!(out)
}
