//! `--format json`: the machine format editors and CI depend on. Schema version 1; the
//! shape is documented in the README and pinned by a CLI test.

use super::json_span::{span, JsonSpan};
use super::Outcome;
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

fn diagnostic<'a>(doc: &Document, d: &'a Diagnostic) -> JsonDiagnostic<'a> {
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
    }
}

pub fn write(out: &mut dyn Write, outcome: &Outcome) -> io::Result<()> {
    let report = Report {
        schema_version: 1,
        tool: Tool { name: "copydesk", version: env!("CARGO_PKG_VERSION") },
        files: outcome
            .files
            .iter()
            .map(|f| File {
                path: &f.path,
                diagnostics: f.diagnostics.iter().map(|d| diagnostic(&f.document, d)).collect(),
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
    };
    serde_json::to_writer_pretty(&mut *out, &report).map_err(io::Error::other)?;
    writeln!(out)
}
