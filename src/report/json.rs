//! `--format json`: the machine format editors and CI depend on. Schema version 1; the
//! shape is documented in the README, described by `copydesk schema` (`schema.json`)
//! and pinned by a CLI test. Keys added since version 1 are optional, so readers of the
//! first shape still work. The document is written as a stream (head, one object per
//! file in path order, the run's keys), so a large run never holds it whole.

use super::json_span::{span, JsonSpan};
use super::{Outcome, ReportOptions};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::lint::FileReport;
use crate::rules::RuleId;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The document's keys before `files`.
#[derive(Serialize)]
struct Head {
    schema_version: u32,
    tool: Tool,
}

/// The document's keys after `files`, about the run as a whole.
#[derive(Serialize)]
struct Tail<'a> {
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

/// What the summary counts, added up file by file as a streamed run goes.
#[derive(Debug, Default)]
pub struct Totals {
    files: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    per_rule: BTreeMap<RuleId, usize>,
}

impl Totals {
    /// Count one file's findings.
    pub fn add(&mut self, diagnostics: &[Diagnostic]) {
        self.files += 1;
        for d in diagnostics {
            match d.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
            *self.per_rule.entry(d.rule).or_insert(0) += 1;
        }
    }

    /// Add another run's totals (a file counted on another thread).
    pub fn merge(&mut self, other: Totals) {
        self.files += other.files;
        (self.errors, self.warnings, self.infos) =
            (self.errors + other.errors, self.warnings + other.warnings, self.infos + other.infos);
        for (rule, n) in other.per_rule {
            *self.per_rule.entry(rule).or_insert(0) += n;
        }
    }
}

/// One file's object in `files`, rendered apart (by the thread that checked the file)
/// and indented for its place in the pretty-printed document.
pub fn file(f: &FileReport) -> String {
    // Serialised into memory first and indented in one pass: through [`Indented`], every
    // token of the pretty printer would be a call of its own.
    let plain = serde_json::to_vec_pretty(&file_object(f)).expect("writing to memory cannot fail");
    let mut out = Vec::with_capacity(plain.len() + plain.len() / 4);
    let mut lines = plain.split(|&b| b == b'\n');
    out.extend_from_slice(lines.next().unwrap_or_default());
    for line in lines {
        out.extend_from_slice(INDENT);
        out.extend_from_slice(line);
    }
    String::from_utf8(out).expect("JSON is UTF-8")
}

fn write_file(out: &mut dyn Write, f: &FileReport) -> io::Result<()> {
    serde_json::to_writer_pretty(Indented(out), &file_object(f)).map_err(io::Error::other)
}

/// A line break and the indent of a file's object in the document (two levels).
const INDENT: &[u8] = b"\n    ";

fn file_object(f: &FileReport) -> File<'_> {
    File {
        path: &f.path,
        diagnostics: f
            .diagnostics
            .iter()
            .enumerate()
            .map(|(i, d)| diagnostic(&f.document, d, f.fingerprints.get(i)))
            .collect(),
        stats: super::stats::json_stats(f),
    }
}

/// Indents every line after the first by two levels, the depth of a file's object in
/// the document. JSON strings hold no raw line breaks, so every `\n` is layout.
struct Indented<'a>(&'a mut dyn Write);

impl Write for Indented<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut lines = buf.split(|&b| b == b'\n');
        if let Some(first) = lines.next() {
            self.0.write_all(first)?;
        }
        for line in lines {
            self.0.write_all(INDENT)?;
            self.0.write_all(line)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// The one JSON document, written a file at a time: the head, each file's object as it
/// comes, then the run's keys. Byte for byte what serialising the whole report at once
/// would write, so a run need not keep every document until the end.
pub struct Stream {
    files: usize,
}

impl Stream {
    pub fn begin(out: &mut dyn Write) -> io::Result<Stream> {
        let head = Head { schema_version: 1, tool: Tool { name: "copydesk", version: env!("CARGO_PKG_VERSION") } };
        let text = serde_json::to_string_pretty(&head).map_err(io::Error::other)?;
        out.write_all(text.strip_suffix("\n}").unwrap_or(&text).as_bytes())?;
        out.write_all(b",\n  \"files\": [")?;
        Ok(Stream { files: 0 })
    }

    /// Write a file's object from [`file`].
    pub fn file(&mut self, out: &mut dyn Write, rendered: &str) -> io::Result<()> {
        self.separate(out)?;
        out.write_all(rendered.as_bytes())
    }

    /// Render and write a file's object here: for a large file, whose rendered object
    /// would be a second copy of it in memory.
    pub fn report(&mut self, out: &mut dyn Write, f: &FileReport) -> io::Result<()> {
        self.separate(out)?;
        write_file(out, f)
    }

    fn separate(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(if self.files == 0 { b"\n    " } else { b",\n    " })?;
        self.files += 1;
        Ok(())
    }

    /// Close `files` and write the run's keys: `outcome` gives errors, config errors,
    /// diffs and the baseline, `totals` the summary.
    pub fn finish(
        self,
        out: &mut dyn Write,
        outcome: &Outcome,
        totals: &Totals,
        options: &ReportOptions,
    ) -> io::Result<()> {
        out.write_all(if self.files == 0 { b"]" } else { b"\n  ]" })?;
        let tail = Tail {
            errors: outcome.errors.iter().map(|(path, message)| FileError { path, message }).collect(),
            summary: Summary {
                files: totals.files,
                errors: totals.errors,
                warnings: totals.warnings,
                infos: totals.infos,
            },
            config_errors: outcome
                .config_error
                .iter()
                .map(|e| ConfigProblem { message: e.message(), file: e.file(), line: e.line() })
                .collect(),
            statistics: options
                .statistics
                .then(|| totals.per_rule.iter().map(|(rule, n)| (rule.as_str(), *n)).collect()),
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
        let text = serde_json::to_string_pretty(&tail).map_err(io::Error::other)?;
        out.write_all(b",")?;
        out.write_all(text.strip_prefix('{').unwrap_or(&text).as_bytes())?;
        writeln!(out)
    }
}

pub fn write(out: &mut dyn Write, outcome: &Outcome, options: &ReportOptions) -> io::Result<()> {
    let mut stream = Stream::begin(out)?;
    let mut totals = Totals::default();
    for f in &outcome.files {
        stream.report(out, f)?;
        totals.add(&f.diagnostics);
    }
    stream.finish(out, outcome, &totals, options)
}
