//! `copydesk stats`: the read-time figures of each draft, under its governing config.

use super::inputs::gather;
use super::settings::StatsSettings;
use super::{EXIT_ERROR, EXIT_OK};
use crate::cli::StatsArgs;
use crate::document::Document;
use crate::lint::FileReport;
use crate::report;
use std::io::Write;

pub(super) fn run(args: StatsArgs, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    if let Some(message) = super::settings::stdin_name_unused(&args.paths, args.stdin_filename.as_deref()) {
        writeln!(err, "error: {message}")?;
        return Ok(EXIT_ERROR);
    }
    let settings = StatsSettings::new(args);
    let gathered = match gather(&settings.inputs, false) {
        Ok(g) => g,
        Err(e) => {
            report::config_error(err, &e, settings.inputs.color)?;
            return Ok(EXIT_ERROR);
        }
    };
    let (files, errors) = gathered.run(|job, stdin| {
        let document = Document::parse(&job.name, job.read(stdin)?);
        let stats = Some(document.stats(job.linter.reading()));
        Ok(FileReport { path: job.name.clone(), document, diagnostics: Vec::new(), stats, fingerprints: Vec::new() })
    });
    report::stats(out, err, &files, &errors, settings.format)?;
    Ok(if errors.is_empty() { EXIT_OK } else { EXIT_ERROR })
}
