//! `--format human`: miette graphical diagnostics with the source snippet, labels and
//! help, then a one-line summary.

use super::{Outcome, ReportOptions};
use crate::diagnostic::{Applicability, Diagnostic, Severity};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode};
use std::fmt;
use std::io::{self, Write};

struct Human<'a> {
    d: &'a Diagnostic,
    src: &'a NamedSource<String>,
    help: Option<String>,
}

impl fmt::Debug for Human<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.d.message)
    }
}

impl fmt::Display for Human<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.d.message)
    }
}

impl std::error::Error for Human<'_> {}

impl miette::Diagnostic for Human<'_> {
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
        Some(self.src)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let primary = LabeledSpan::new_primary_with_span(None, self.d.span.start..self.d.span.end);
        let rest =
            self.d.labels.iter().map(|l| LabeledSpan::new_with_span(Some(l.message.clone()), l.span.start..l.span.end));
        Some(Box::new(std::iter::once(primary).chain(rest)))
    }
}

fn help_text(d: &Diagnostic) -> Option<String> {
    let fix = d.fix.as_ref().map(|f| match f.applicability {
        Applicability::Safe => format!("fix (--fix): {}", f.message),
        Applicability::Unsafe => format!("fix (--fix --unsafe-fixes): {}", f.message),
    });
    match (&d.help, fix) {
        (Some(h), Some(f)) => Some(format!("{h}\n{f}")),
        (Some(h), None) => Some(h.clone()),
        (None, f) => f,
    }
}

pub fn write(out: &mut dyn Write, outcome: &Outcome, options: &ReportOptions) -> io::Result<()> {
    let theme = if options.color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(1);
    let mut with_findings = 0;
    for f in &outcome.files {
        if f.document.format == crate::document::Format::Plain && !options.quiet {
            writeln!(out, "note: {}: {}", f.path, super::stats::PLAIN_NOTE)?;
        }
        if f.diagnostics.is_empty() {
            continue;
        }
        with_findings += 1;
        let src = NamedSource::new(&f.path, f.document.source.clone());
        for d in &f.diagnostics {
            let mut s = String::new();
            let human = Human { d, src: &src, help: help_text(d) };
            if handler.render_report(&mut s, &human).is_err() {
                s = format!("{}: {}[{}] {}\n", f.path, d.severity, d.rule.as_str(), d.message);
            }
            out.write_all(s.as_bytes())?;
        }
    }
    if options.quiet {
        return Ok(());
    }
    let (e, w, i) = (outcome.count(Severity::Error), outcome.count(Severity::Warning), outcome.count(Severity::Info));
    let all = outcome.files.iter().flat_map(|f| &f.diagnostics);
    let safe = all.clone().filter(|d| d.fix.as_ref().is_some_and(|f| f.applicability == Applicability::Safe)).count();
    let risky = all.filter(|d| d.fix.as_ref().is_some_and(|f| f.applicability == Applicability::Unsafe)).count();
    if outcome.fixed > 0 {
        writeln!(out, "Applied {} fix{}.", outcome.fixed, if outcome.fixed == 1 { "" } else { "es" })?;
    }
    if e + w + i == 0 && !outcome.errors.is_empty() {
        // Never "passed" on a run that exits 2: some inputs were not checked at all.
        let n = outcome.errors.len();
        writeln!(
            out,
            "No problems in {} checked file{}; {n} could not be checked.",
            outcome.files.len(),
            plural(outcome.files.len())
        )?;
    } else if e + w + i == 0 {
        writeln!(
            out,
            "All checks passed ({} file{}).",
            outcome.files.len(),
            if outcome.files.len() == 1 { "" } else { "s" }
        )?;
    } else {
        writeln!(
            out,
            "Found {} problem{} ({e} error{}, {w} warning{}, {i} info) in {with_findings} of {} file{}.",
            e + w + i,
            plural(e + w + i),
            plural(e),
            plural(w),
            outcome.files.len(),
            plural(outcome.files.len())
        )?;
        if safe + risky > 0 {
            writeln!(out, "{safe} fixable with --fix; {risky} more with --fix --unsafe-fixes.")?;
        }
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
