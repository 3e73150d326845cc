//! `copydesk check`: lint every input, apply fixes when asked (write the file
//! atomically, print a diff, or print fixed standard input), narrow the findings to a
//! baseline's news and to changed lines when asked, report, and pick the exit code.

use super::baseline::{self, Baseline};
use super::changed::{Changes, Touched};
use super::inputs::{gather, FileError, Input, Job};
use super::settings::{CheckSettings, FixMode};
use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::cli::CheckArgs;
use crate::error::ConfigError;
use crate::fix;
use crate::lint::fingerprint::fingerprints;
use crate::lint::source::io_reason;
use crate::lint::FileReport;
use crate::report::{self, BaselineOutcome, Format, Outcome};
use std::io::Write;

/// What checking one input produced.
struct Checked {
    report: FileReport,
    diff: Option<String>,
    stdin_fixed: Option<String>,
    fixed: usize,
    /// With `--changed-since`: the lines that changed.
    touched: Option<Touched>,
    /// Why the fixed text could not be written; the findings are then the file's as it
    /// stands, and still reported.
    write_error: Option<FileError>,
}

pub(super) fn run(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    if let Some(message) = super::settings::stdin_name_unused(&args.paths, args.stdin_filename.as_deref()) {
        writeln!(err, "error: {message}")?;
        return Ok(EXIT_ERROR);
    }
    let settings = CheckSettings::new(args);
    let mut file;
    let out: &mut dyn Write = match &settings.output_file {
        None => out,
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => {
                file = std::io::BufWriter::new(f);
                &mut file
            }
            Err(e) => {
                writeln!(err, "error: --output-file {}: {}", path.display(), io_reason(&e))?;
                return Ok(EXIT_ERROR);
            }
        },
    };
    let code = match prepare(&settings) {
        Ok(prepared) => check_all(prepared, &settings, out, err)?,
        Err(e) => {
            let outcome = Outcome { config_error: Some(e), ..Outcome::default() };
            report::check(out, err, &outcome, &settings.report)?;
            EXIT_ERROR
        }
    };
    out.flush()?;
    Ok(code)
}

/// What must be known before any file is checked; a failure is a config error (exit 2).
struct Prepared {
    gathered: super::inputs::Gathered,
    changes: Option<Changes>,
    baseline: Option<Baseline>,
}

fn prepare(settings: &CheckSettings) -> Result<Prepared, ConfigError> {
    let gathered = gather(&settings.inputs, true)?;
    let changes = settings.changed_since.as_deref().map(Changes::new).transpose().map_err(ConfigError::plain)?;
    let baseline = settings.baseline.as_deref().map(Baseline::load).transpose().map_err(ConfigError::plain)?;
    Ok(Prepared { gathered, changes, baseline })
}

fn check_all(
    mut p: Prepared,
    settings: &CheckSettings,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<i32> {
    if streams(settings) {
        return stream_json(p, settings, out);
    }
    let config = p.gathered.config();
    let notes = std::mem::take(&mut p.gathered.notes);
    let changes = p.changes.as_ref();
    let (checked, errors) = p.gathered.run(|job, stdin| guarded(job, settings, stdin, changes));
    let mut outcome = Outcome { errors, config, notes, ..Outcome::default() };
    let mut touched = Vec::new();
    for c in checked {
        if let Some(d) = c.diff {
            outcome.diffs.push(d);
        }
        if let Some(text) = c.stdin_fixed {
            outcome.stdin_fixed = Some(text);
        }
        outcome.fixed += c.fixed;
        outcome.errors.extend(c.write_error);
        outcome.files.push(c.report);
        touched.push(c.touched);
    }
    if let Some(path) = &settings.write_baseline {
        match baseline::write(path, &outcome.files) {
            Ok(n) if !settings.report.quiet => writeln!(err, "wrote {n} findings to {}", path.display())?,
            Ok(_) => {}
            Err(e) => outcome.errors.push((path.display().to_string(), e)),
        }
        // What was just recorded is accepted: the run reports what a later run with
        // `--baseline` would, which is nothing.
        outcome.files.iter_mut().for_each(|f| baseline::retain(f, &vec![false; f.diagnostics.len()]));
    }
    if let Some(b) = &p.baseline {
        let mut summary = BaselineOutcome::default();
        for f in &mut outcome.files {
            let (hidden, stale) = b.apply(f);
            summary.hidden += hidden;
            summary.stale.extend(stale);
        }
        outcome.baseline = Some(summary);
    }
    // Last: the baseline is matched against all of a file's findings, changed or not.
    for (f, t) in outcome.files.iter_mut().zip(&touched) {
        if let Some(t) = t {
            only_touched(f, t);
        }
    }
    report::check(out, err, &outcome, &settings.report)?;
    let failing =
        settings.fail_on.is_some_and(|t| outcome.files.iter().flat_map(|f| &f.diagnostics).any(|d| d.severity >= t));
    Ok(exit_code(&outcome, failing))
}

/// An input that could not be checked is exit 2 whatever was found; then findings at or
/// above `--fail-on` are exit 1.
fn exit_code(outcome: &Outcome, failing: bool) -> i32 {
    if !outcome.errors.is_empty() {
        EXIT_ERROR
    } else if failing {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

/// `--format json` with nothing to fix and no baseline to write: each file's object is
/// rendered by the thread that checked it and written in path order as its batch ends,
/// so memory holds a batch of documents, not the run's.
fn streams(settings: &CheckSettings) -> bool {
    settings.report.format == Format::Json && settings.fix == FixMode::Off && settings.write_baseline.is_none()
}

/// One file of a streamed run, ready to write.
struct Rendered {
    json: Body,
    totals: report::Totals,
    hidden: usize,
    stale: Vec<report::Stale>,
    failing: bool,
}

/// A file's object rendered, or for a large file the report itself, rendered as it is
/// written so that the file is not held twice.
enum Body {
    Json(String),
    Report(Box<FileReport>),
}

/// Past this size a file's object is rendered straight into the output.
const RENDER_APART: usize = 1 << 20;

fn stream_json(p: Prepared, settings: &CheckSettings, out: &mut dyn Write) -> std::io::Result<i32> {
    let (changes, baseline) = (p.changes.as_ref(), p.baseline.as_ref());
    let render = |job: &Job, stdin: Option<&[u8]>| {
        let mut c = guarded(job, settings, stdin, changes)?;
        // As in `check_all`: the baseline first, then the changed lines.
        let (hidden, stale) = baseline.map(|b| b.apply(&mut c.report)).unwrap_or_default();
        if let Some(t) = &c.touched {
            only_touched(&mut c.report, t);
        }
        let mut totals = report::Totals::default();
        totals.add(&c.report.diagnostics);
        let failing = settings.fail_on.is_some_and(|t| c.report.diagnostics.iter().any(|d| d.severity >= t));
        let json = if c.report.document.source.len() > RENDER_APART {
            Body::Report(Box::new(c.report))
        } else {
            Body::Json(report::json_file(&c.report))
        };
        Ok(Rendered { json, totals, hidden, stale, failing })
    };
    let mut stream = report::JsonStream::begin(out)?;
    let (mut totals, mut summary, mut failing) = (report::Totals::default(), BaselineOutcome::default(), false);
    let errors = p.gathered.run_in_order(render, |r| {
        match &r.json {
            Body::Json(text) => stream.file(out, text)?,
            Body::Report(f) => stream.report(out, f)?,
        }
        totals.merge(r.totals);
        summary.hidden += r.hidden;
        summary.stale.extend(r.stale);
        failing |= r.failing;
        Ok(())
    })?;
    let outcome = Outcome { errors, baseline: baseline.map(|_| summary), ..Outcome::default() };
    stream.finish(out, &outcome, &totals, &settings.report)?;
    Ok(exit_code(&outcome, failing))
}

/// Keep the findings whose primary span touches a changed line.
fn only_touched(report: &mut FileReport, touched: &Touched) {
    let (src, lines) = (&report.document.source, &report.document.lines);
    let keep: Vec<bool> = report
        .diagnostics
        .iter()
        .map(|d| {
            // A span ending right after a line break ends on the line before.
            let last = d.span.end.saturating_sub(1).max(d.span.start);
            touched.any(lines.position(src, d.span.start).line, lines.position(src, last).line)
        })
        .collect();
    baseline::retain(report, &keep);
}

/// Check one input. A bug that panics while checking it becomes an error for that file
/// (exit 2), so one bad draft never takes down a whole run.
fn guarded(
    job: &Job,
    settings: &CheckSettings,
    stdin: Option<&[u8]>,
    changes: Option<&Changes>,
) -> Result<Checked, FileError> {
    super::panics::catch(|| check_one(job, settings, stdin, changes)).unwrap_or_else(|why| Err((job.name.clone(), why)))
}

fn check_one(
    job: &Job,
    settings: &CheckSettings,
    stdin: Option<&[u8]>,
    changes: Option<&Changes>,
) -> Result<Checked, FileError> {
    let (name, linter) = (job.name.as_str(), &job.linter);
    let original = job.read(stdin)?;
    // The text is copied only when fixing, to compare the fixed text with it.
    let (document, diagnostics, fixed, write_error, original) = if settings.fix == FixMode::Off {
        let (doc, diags) = linter.lint(name, original);
        (doc, diags, 0, None, None)
    } else {
        let f = linter.fix(name, original.clone(), settings.unsafe_fixes);
        if let Some(why) = f.unconverged_reason() {
            // Nothing is written: the findings are the file's as it stands.
            let (doc, diags) = linter.lint(name, original.clone());
            (doc, diags, 0, Some((job.name.clone(), format!("{why}; not fixed"))), Some(original))
        } else {
            (f.document, f.diagnostics, f.fixes, None, Some(original))
        }
    };
    let report = FileReport { path: name.to_string(), document, diagnostics, stats: None, fingerprints: Vec::new() };
    let mut checked = Checked { report, diff: None, stdin_fixed: None, fixed, touched: None, write_error };
    if let Some(original) = original {
        deliver_fixes(job, settings, &original, &mut checked);
    }
    let r = &mut checked.report;
    r.fingerprints = fingerprints(&r.document.source, &r.diagnostics);
    if let Some(changes) = changes {
        let stdin = matches!(job.input, Input::Stdin);
        let touched = changes.touched(std::path::Path::new(&job.name), &r.document.source, stdin);
        checked.touched = Some(touched.map_err(|e| (job.name.clone(), e))?);
    }
    if settings.report.format == Format::Json {
        checked.report.stats = Some(checked.report.document.stats(linter.reading()));
    }
    Ok(checked)
}

/// Where fixed text goes: a diff (and findings on the file as it stands, since nothing
/// is written), the file itself, or standard output for standard input.
fn deliver_fixes(job: &Job, settings: &CheckSettings, original: &str, checked: &mut Checked) {
    let fixed_text = &checked.report.document.source;
    let changed = fixed_text != original;
    match (settings.fix, changed, &job.input) {
        (FixMode::Diff, true, _) => {
            checked.diff = Some(fix::diff(&job.name, original, fixed_text));
            let (document, diagnostics) = job.linter.lint(&job.name, original.to_string());
            checked.report.document = document;
            checked.report.diagnostics = diagnostics;
        }
        (FixMode::Write, true, Input::File(p)) => {
            if let Err(e) = fix::write_fixed(p, original, fixed_text) {
                checked.write_error = Some((job.name.clone(), format!("cannot write fixes: {}", io_reason(&e))));
                let (document, diagnostics) = job.linter.lint(&job.name, original.to_string());
                (checked.report.document, checked.report.diagnostics, checked.fixed) = (document, diagnostics, 0);
            }
        }
        (FixMode::Write, _, Input::Stdin) => checked.stdin_fixed = Some(fixed_text.clone()),
        _ => {}
    }
}
