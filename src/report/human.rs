//! `--format human`: miette graphical diagnostics, one per piece of text (`finding`),
//! each with its snippet cropped to the terminal's width (`window`), labels and help,
//! a blank line after each, then a summary. A rule's long help is shown in full once
//! per run and shortened after that.

use super::finding::{self, Finding};
use super::window::{Lines, Window};
use super::{Outcome, ReportOptions};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Format;
use crate::lint::FileReport;
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};
use std::collections::HashSet;
use std::fmt;
use std::io::{self, Write};

/// A finding as miette sees it: its text, where it points, and its help.
pub(super) struct Shown<'a> {
    pub d: &'a Diagnostic,
    pub source: &'a dyn SourceCode,
    pub labels: Vec<LabeledSpan>,
    pub help: Option<String>,
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.d.message)
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.d.message)
    }
}

impl std::error::Error for Shown<'_> {}

impl miette::Diagnostic for Shown<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.d.rule.as_str()))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help.as_ref().map(|h| Box::new(h.as_str()) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}

/// The primary span (no text) then every label, placed by `place`.
pub(super) fn labels(d: &Diagnostic, place: impl Fn(crate::span::Span) -> miette::SourceSpan) -> Vec<LabeledSpan> {
    let primary = LabeledSpan::new_primary_with_span(None, place(d.span));
    let rest = d.labels.iter().map(|l| LabeledSpan::new_with_span(Some(l.message.clone()), place(l.span)));
    std::iter::once(primary).chain(rest).collect()
}

pub fn write(out: &mut dyn Write, outcome: &Outcome, options: &ReportOptions) -> io::Result<()> {
    let theme = if options.color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(1).with_width(options.width);
    write_merged(out, outcome, options, |f, findings, help| {
        let lines = Lines::new(&f.document.source);
        findings.iter().map(|fd| render(&handler, f, &lines, fd, help(fd), options.width)).collect()
    })
}

/// Writes what the human and narrated outputs share: each file's notes, then its
/// findings merged one per defect (rendered by `file`, which gets the help to show for
/// each: in full the first time a rule appears in the run, short after), each followed
/// by a blank line, and the summary.
pub(super) fn write_merged(
    out: &mut dyn Write,
    outcome: &Outcome,
    options: &ReportOptions,
    mut file: impl FnMut(&FileReport, &[Finding], &mut dyn FnMut(&Finding) -> Option<String>) -> Vec<String>,
) -> io::Result<()> {
    let mut seen = HashSet::new();
    let mut all = Vec::new();
    let mut with_findings = 0;
    for f in &outcome.files {
        notes(out, f, options)?;
        let findings = finding::merge(&f.diagnostics);
        if findings.is_empty() {
            continue;
        }
        with_findings += 1;
        let mut help = |fd: &Finding| finding::help_text(fd, seen.insert(fd.d.rule));
        for s in file(f, &findings, &mut help) {
            out.write_all(s.as_bytes())?;
            writeln!(out)?;
        }
        all.extend(findings);
    }
    if options.quiet {
        return Ok(());
    }
    summary(out, outcome, &all, with_findings)
}

fn render(
    handler: &GraphicalReportHandler,
    f: &FileReport,
    lines: &Lines<'_>,
    fd: &Finding,
    help: Option<String>,
    width: usize,
) -> String {
    let d = &fd.d;
    let header = f.document.lines.position(&f.document.source, d.span.start);
    let mut spans = vec![(d.span, 0)];
    spans.extend(d.labels.iter().map(|l| (l.span, l.message.chars().count() + 4)));
    let window = Window::new(&f.path, lines, &spans, header, width);
    let shown = Shown { d, source: &window, labels: labels(d, |s| window.span(s)), help };
    let mut s = String::new();
    if handler.render_report(&mut s, &shown).is_err() {
        s = format!("{}: {}[{}] {}\n", f.path, d.severity, d.rule.as_str(), d.message);
    }
    s
}

/// What the reader should know about how a file was read, before its findings.
pub(super) fn notes(out: &mut dyn Write, f: &FileReport, options: &ReportOptions) -> io::Result<()> {
    if options.quiet {
        return Ok(());
    }
    if let Some(note) = stdin_note(f) {
        writeln!(out, "{note}")?;
    }
    if f.document.format == Format::Plain {
        writeln!(out, "note: {}: {}", f.path, super::stats::PLAIN_NOTE)?;
    }
    Ok(())
}

/// For standard input read without a name: which format was assumed, and how to say.
pub(super) fn stdin_note(f: &FileReport) -> Option<String> {
    let read_as = match f.document.format {
        Format::Markdown => "Markdown",
        Format::House => "a house plain-text draft",
        Format::Plain => "plain prose",
    };
    (f.path == "-").then(|| {
        format!("note: -: standard input has no name, so it was read as {read_as}; `--stdin-filename NAME.md` reads it as Markdown")
    })
}

/// The closing lines: what was found (or that nothing was), and what `--fix` can do.
pub(super) fn summary(out: &mut dyn Write, outcome: &Outcome, all: &[Finding], with: usize) -> io::Result<()> {
    let ([e, w, i], safe, risky) = finding::counts(all);
    let files = outcome.files.len();
    if outcome.fixed > 0 {
        writeln!(out, "Applied {} fix{}.", outcome.fixed, if outcome.fixed == 1 { "" } else { "es" })?;
    }
    let unchecked = match outcome.errors.len() {
        0 => String::new(),
        n => format!("; {n} input{} could not be checked (see the errors)", plural(n)),
    };
    if e + w + i == 0 && outcome.errors.is_empty() {
        return writeln!(out, "All checks passed ({files} file{}).", plural(files));
    }
    if e + w + i == 0 {
        return writeln!(out, "No problems in {files} checked file{}{unchecked}.", plural(files));
    }
    writeln!(
        out,
        "Found {} problem{} ({e} error{}, {w} warning{}, {i} info) in {with} of {files} file{}{unchecked}.",
        e + w + i,
        plural(e + w + i),
        plural(e),
        plural(w),
        plural(files)
    )?;
    match (safe, risky) {
        (0, 0) => Ok(()),
        (s, 0) => writeln!(out, "{s} fixable with --fix."),
        (0, r) => writeln!(out, "{r} fixable with --fix --unsafe-fixes."),
        (s, r) => writeln!(out, "{s} fixable with --fix, {r} more with --fix --unsafe-fixes."),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
