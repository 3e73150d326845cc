//! `--format narrated`: the findings as plain sentences for screen readers and speech
//! (miette's narratable handler): no box drawing, every position spelled out, the whole
//! line given, one finding per piece of text as in `human`, the summary the same.

use super::finding::Finding;
use super::human::{labels, write_merged, Shown};
use super::{Outcome, ReportOptions};
use miette::{NamedSource, NarratableReportHandler};
use std::io::{self, Write};

pub fn write(out: &mut dyn Write, outcome: &Outcome, options: &ReportOptions) -> io::Result<()> {
    // No context lines: read aloud, a blank line around every finding is noise.
    let handler = NarratableReportHandler::new().with_context_lines(0);
    write_merged(out, outcome, options, |f, findings, help| {
        let src = NamedSource::new(&f.path, f.document.source.clone());
        let render = |fd: &Finding, help| {
            let shown = Shown { d: &fd.d, source: &src, labels: labels(&fd.d, |s| s.range().into()), help };
            let mut s = format!("{} {}: ", fd.d.severity, fd.d.rule.as_str());
            if handler.render_report(&mut s, &shown).is_err() {
                s.push_str(&fd.d.message);
                s.push('\n');
            }
            s
        };
        findings.iter().map(|fd| render(fd, help(fd))).collect()
    })
}
