//! `copydesk check`: lint every input, apply fixes when asked (write the file
//! atomically, print a diff, or print fixed standard input), report, and pick the exit
//! code.

use super::inputs::{gather, FileError, Input, Job};
use super::settings::{CheckSettings, FixMode};
use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::cli::CheckArgs;
use crate::fix;
use crate::lint::source::io_reason;
use crate::lint::FileReport;
use crate::report::{self, Format, Outcome};
use std::io::Write;

/// What checking one input produced.
struct Checked {
    report: FileReport,
    diff: Option<String>,
    stdin_fixed: Option<String>,
    fixed: usize,
}

pub(super) fn run(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let settings = CheckSettings::new(args);
    let Some(gathered) = gather(&settings.inputs, true, err)? else {
        return Ok(EXIT_ERROR);
    };
    let (checked, errors) = gathered.run(|job, stdin| guarded(job, &settings, stdin));
    let mut outcome = Outcome { errors, ..Outcome::default() };
    for c in checked {
        if let Some(d) = c.diff {
            outcome.diffs.push(d);
        }
        if let Some(text) = c.stdin_fixed {
            outcome.stdin_fixed = Some(text);
        }
        outcome.fixed += c.fixed;
        outcome.files.push(c.report);
    }
    report::check(out, err, &outcome, &settings.report)?;
    let failing =
        settings.fail_on.is_some_and(|t| outcome.files.iter().flat_map(|f| &f.diagnostics).any(|d| d.severity >= t));
    Ok(if !outcome.errors.is_empty() {
        EXIT_ERROR
    } else if failing {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

/// Check one input. A bug that panics while checking it becomes an error for that file
/// (exit 2), so one bad draft never takes down a whole run.
fn guarded(job: &Job, settings: &CheckSettings, stdin: Option<&[u8]>) -> Result<Checked, FileError> {
    let run = std::panic::AssertUnwindSafe(|| check_one(job, settings, stdin));
    std::panic::catch_unwind(run).unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("unknown panic");
        Err((
            job.name.clone(),
            format!("internal error while checking this file (a copydesk bug; please report it): {what}"),
        ))
    })
}

fn check_one(job: &Job, settings: &CheckSettings, stdin: Option<&[u8]>) -> Result<Checked, FileError> {
    let (name, linter) = (job.name.as_str(), &job.linter);
    let original = job.read(stdin)?;
    let (document, diagnostics, fixed) = if settings.fix == FixMode::Off {
        let (doc, diags) = linter.lint(name, original.clone());
        (doc, diags, 0)
    } else {
        let f = linter.fix(name, original.clone(), settings.unsafe_fixes);
        (f.document, f.diagnostics, f.fixes)
    };
    let report = FileReport { path: name.to_string(), document, diagnostics, stats: None };
    let mut checked = Checked { report, diff: None, stdin_fixed: None, fixed };
    deliver_fixes(job, settings, &original, &mut checked)?;
    if settings.report.format == Format::Json {
        checked.report.stats = Some(checked.report.document.stats(linter.reading()));
    }
    Ok(checked)
}

/// Where fixed text goes: a diff (and findings on the file as it stands, since nothing
/// is written), the file itself, or standard output for standard input.
fn deliver_fixes(job: &Job, settings: &CheckSettings, original: &str, checked: &mut Checked) -> Result<(), FileError> {
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
            fix::write_atomic(p, fixed_text)
                .map_err(|e| (job.name.clone(), format!("cannot write fixes: {}", io_reason(&e))))?;
        }
        (FixMode::Write, _, Input::Stdin) => checked.stdin_fixed = Some(fixed_text.clone()),
        _ => {}
    }
    Ok(())
}
