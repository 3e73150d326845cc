//! `--format narrated`: the findings as plain sentences for screen readers and speech
//! (miette's narratable handler): no box drawing, every position spelled out, the whole
//! line given, one finding per piece of text as in `human`, the summary the same.

use super::finding;
use super::human::{labels, notes, summary, Shown};
use super::{Outcome, ReportOptions};
use miette::{NamedSource, NarratableReportHandler};
use std::collections::HashSet;
use std::io::{self, Write};

pub fn write(out: &mut dyn Write, outcome: &Outcome, options: &ReportOptions) -> io::Result<()> {
    // No context lines: read aloud, a blank line around every finding is noise.
    let handler = NarratableReportHandler::new().with_context_lines(0);
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
        let src = NamedSource::new(&f.path, f.document.source.clone());
        for fd in &findings {
            let help = finding::help_text(fd, seen.insert(fd.d.rule));
            let shown = Shown { d: &fd.d, source: &src, labels: labels(&fd.d, |s| s.range().into()), help };
            let mut s = format!("{} {}: ", fd.d.severity, fd.d.rule.as_str());
            if handler.render_report(&mut s, &shown).is_err() {
                s.push_str(&fd.d.message);
                s.push('\n');
            }
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
