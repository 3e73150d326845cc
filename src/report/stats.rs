//! `copydesk stats` and the `"stats"` object of `check --format json`: the read-time
//! figures of each draft, with the regions that were counted so a writer can see exactly
//! what the count saw. `minutes` is the computed time as a label would say it (whole
//! minutes, the desk's rounding); `exact_minutes` is the time before rounding.

use super::json_span::{span, JsonSpan};
use super::ListFormat;
use crate::document::count::Stats;
use crate::lint::FileReport;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
pub(super) struct JsonStats {
    words: usize,
    cjk_chars: usize,
    images: usize,
    minutes: u64,
    exact_minutes: f64,
    claimed_minutes: Option<f64>,
    /// `"plain prose"` for a text file that follows no template; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    read_as: Option<&'static str>,
    regions: Vec<JsonRegion>,
}

/// What copydesk says once about a draft it read as plain prose.
pub(super) const PLAIN_NOTE: &str =
    "read as plain prose (no house byline or footer): house-template checks do not apply";

fn read_as(doc: &crate::document::Document) -> Option<&'static str> {
    (doc.format == crate::document::Format::Plain).then_some("plain prose")
}

#[derive(Serialize)]
struct JsonRegion {
    kind: &'static str,
    span: JsonSpan,
    words: usize,
    cjk_chars: usize,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    #[serde(flatten)]
    stats: JsonStats,
}

#[derive(Serialize)]
struct JsonFileError<'a> {
    path: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct Report<'a> {
    files: Vec<JsonFile<'a>>,
    errors: Vec<JsonFileError<'a>>,
}

pub(super) fn json_stats(file: &FileReport) -> Option<JsonStats> {
    let (doc, s) = (&file.document, file.stats.as_ref()?);
    Some(JsonStats {
        words: s.words,
        cjk_chars: s.cjk_chars,
        images: s.images,
        minutes: s.minutes,
        exact_minutes: (s.exact_minutes * 100.0).round() / 100.0,
        claimed_minutes: s.claimed_minutes,
        read_as: read_as(doc),
        regions: s
            .parts
            .iter()
            .map(|p| JsonRegion {
                kind: p.kind.name(),
                span: span(doc, p.span),
                words: p.words,
                cjk_chars: p.cjk_chars,
            })
            .collect(),
    })
}

pub fn write(
    out: &mut dyn Write,
    err: &mut dyn Write,
    files: &[FileReport],
    errors: &[(String, String)],
    format: ListFormat,
) -> io::Result<()> {
    match format {
        ListFormat::Json => {
            let report = Report {
                files: files.iter().filter_map(|f| Some(JsonFile { path: &f.path, stats: json_stats(f)? })).collect(),
                errors: errors.iter().map(|(path, message)| JsonFileError { path, message }).collect(),
            };
            serde_json::to_writer_pretty(&mut *out, &report).map_err(io::Error::other)?;
            writeln!(out)?;
        }
        ListFormat::Human => {
            for f in files {
                if let Some(s) = &f.stats {
                    human(out, f, s)?;
                }
            }
        }
    }
    for (path, reason) in errors {
        writeln!(err, "error: {path}: {reason}")?;
    }
    Ok(())
}

fn human(out: &mut dyn Write, f: &FileReport, s: &Stats) -> io::Result<()> {
    let claimed = s.claimed_minutes.map_or("no claim".to_string(), |m| format!("claimed {m} min"));
    writeln!(out, "{}", f.path)?;
    writeln!(
        out,
        "  {} words, {} CJK characters, {} images: {} min ({:.2} before rounding); {claimed}",
        s.words, s.cjk_chars, s.images, s.minutes, s.exact_minutes
    )?;
    let doc = &f.document;
    if read_as(doc).is_some() {
        writeln!(out, "  {PLAIN_NOTE}")?;
    }
    for p in &s.parts {
        let line = doc.lines.position(&doc.source, p.span.start).line;
        let cjk = if p.cjk_chars > 0 { format!(" + {} CJK", p.cjk_chars) } else { String::new() };
        let text = doc.text(p.span).split_whitespace().collect::<Vec<_>>().join(" ");
        let excerpt: String = text.chars().take(48).collect();
        let more = if excerpt.len() < text.len() { "…" } else { "" };
        writeln!(out, "  {line:>5}  {:<12} {:>5} words{cjk}  {excerpt}{more}", p.kind.name(), p.words)?;
    }
    writeln!(out)
}
