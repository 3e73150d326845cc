//! The inputs of a run: paths given on the command line, directories walked the way
//! ripgrep does, standard input read once, each with the linter of the config that
//! governs it, sorted and without duplicates; and running a job over all of them in
//! parallel.

use super::configs::Configs;
use super::settings::InputSettings;
use crate::config::Config;
use crate::error::ConfigError;
use crate::lint::source::{decode, io_reason, read_limited, read_source};
use crate::lint::Linter;
use rayon::prelude::*;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// (path, reason) for an input that could not be checked.
pub(super) type FileError = (String, String);

/// Where one input's text comes from.
#[derive(Debug, Clone)]
pub(super) enum Input {
    Stdin,
    File(PathBuf),
}

/// One thing to check: where it comes from, the name it is reported under, its linter.
pub(super) struct Job {
    pub input: Input,
    pub name: String,
    pub linter: Arc<Linter>,
}

/// The inputs of a run, unreadable paths, and standard input's bytes when `-` is among
/// the inputs.
pub(super) struct Gathered {
    jobs: Vec<Job>,
    errors: Vec<FileError>,
    stdin: Option<Vec<u8>>,
    /// What the run assumed or skipped that a writer should know (a walk that found
    /// nothing to check, standard input read as house text).
    pub notes: Vec<String>,
}

impl Job {
    /// The text of this input; standard input was read once, up front, into `stdin`.
    pub fn read(&self, stdin: Option<&[u8]>) -> Result<String, FileError> {
        let text = match &self.input {
            Input::Stdin => decode(stdin.unwrap_or_default().to_vec()),
            Input::File(p) => read_source(p, self.linter.config().max_file_size),
        };
        text.map_err(|reason| (self.name.clone(), reason))
    }
}

impl Gathered {
    /// Every rule the run's configs know, for reports that describe them: the first
    /// config's, then what later ones add (their rule packs).
    pub fn config(&self) -> Option<Config> {
        let mut jobs = self.jobs.iter();
        let mut config = jobs.next()?.linter.config().clone();
        for job in jobs {
            for (id, rc) in &job.linter.config().rules {
                config.rules.entry(*id).or_insert_with(|| rc.clone());
            }
        }
        Some(config)
    }

    /// Run `work` on every input in parallel: what succeeded in input order, and every
    /// input that failed (unreadable paths included), sorted.
    pub fn run<T: Send>(
        self,
        work: impl Fn(&Job, Option<&[u8]>) -> Result<T, FileError> + Sync,
    ) -> (Vec<T>, Vec<FileError>) {
        let stdin = self.stdin.as_deref();
        let results: Vec<Result<T, FileError>> = self.jobs.par_iter().map(|job| work(job, stdin)).collect();
        let mut errors = self.errors;
        let mut done = Vec::new();
        for r in results {
            match r {
                Ok(t) => done.push(t),
                Err(e) => errors.push(e),
            }
        }
        errors.sort();
        (done, errors)
    }

    /// Like [`Gathered::run`], handing each success to `sink` in input order as soon as
    /// its batch is done, so a run holds one batch of results, never all of them.
    pub fn run_in_order<T: Send>(
        self,
        work: impl Fn(&Job, Option<&[u8]>) -> Result<T, FileError> + Sync,
        mut sink: impl FnMut(T) -> std::io::Result<()>,
    ) -> std::io::Result<Vec<FileError>> {
        let stdin = self.stdin.as_deref();
        let mut errors = self.errors;
        // Enough files per batch that the cores rarely wait at its end for a long one.
        let batch = rayon::current_num_threads() * 32;
        for jobs in self.jobs.chunks(batch) {
            let results: Vec<Result<T, FileError>> = jobs.par_iter().map(|job| work(job, stdin)).collect();
            for r in results {
                match r {
                    Ok(t) => sink(t)?,
                    Err(e) => errors.push(e),
                }
            }
        }
        errors.sort();
        Ok(errors)
    }
}

/// Find the inputs and their configs.
pub(super) fn gather(settings: &InputSettings, warm: bool) -> Result<Gathered, ConfigError> {
    let mut configs = Configs::new(settings, warm);
    let mut errors: Vec<FileError> = Vec::new();
    let mut jobs: Vec<Job> = Vec::new();
    let mut notes = Vec::new();
    let stdin_named = settings.paths.iter().any(|p| p.as_os_str() == "-");
    if settings.stdin_name.is_some() && !stdin_named {
        return Err(ConfigError::plain(
            "--stdin-filename names standard input: pass `-` among the paths to read it".into(),
        ));
    }
    for path in &settings.paths {
        if path.as_os_str() == "-" {
            if settings.stdin_name.is_none() {
                notes.push(STDIN_ASSUMED.to_string());
            }
            let name = settings.stdin_name.clone().unwrap_or_else(|| PathBuf::from("-"));
            let dir = name.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf();
            let linter = configs.for_dir(&dir)?;
            if settings.stdin_name.is_some() && forced_out(settings, &linter, &name) {
                continue;
            }
            jobs.push(Job { input: Input::Stdin, name: name.display().to_string(), linter });
        } else if path.is_dir() {
            collect_dir(path, &mut configs, &mut jobs, &mut errors, &mut notes)?;
        } else if path.symlink_metadata().is_ok() {
            // Anything that is there (a FIFO, a symlink loop) gets its reason when read.
            let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let linter = configs.for_dir(dir)?;
            if !forced_out(settings, &linter, path) {
                jobs.push(Job { input: Input::File(path.clone()), name: display(path), linter });
            }
        } else {
            errors.push((display(path), "no such file or directory".into()));
        }
    }
    jobs.sort_by(|a, b| a.name.cmp(&b.name));
    jobs.dedup_by(|a, b| a.name == b.name);
    let stdin_job = jobs.iter().find(|j| matches!(j.input, Input::Stdin));
    let stdin = stdin_job.map(|j| read_stdin(j.linter.config().max_file_size).map_err(|e| (j.name.clone(), e)));
    let stdin = match stdin {
        Some(Err(e)) => {
            // Reported once, as the input's error; nothing is checked in its place.
            errors.push(e);
            jobs.retain(|j| !matches!(j.input, Input::Stdin));
            notes.retain(|n| n != STDIN_ASSUMED);
            None
        }
        Some(Ok(bytes)) => Some(bytes),
        None => None,
    };
    Ok(Gathered { jobs, errors, stdin, notes })
}

/// Standard input without a name has no extension to choose its format by.
const STDIN_ASSUMED: &str = "standard input has no name, so it was read as house text (Markdown only with \
    front matter); pass --stdin-filename draft.md to read it as Markdown";

/// With `--force-exclude`, a path named on the command line that the config's
/// include/exclude rejects is skipped, as a directory walk would skip it: pre-commit
/// and editors pass every staged or open file by name.
fn forced_out(settings: &InputSettings, linter: &Linter, path: &Path) -> bool {
    settings.force_exclude && !linter.config().accepts(&std::path::absolute(path).unwrap_or_else(|_| path.into()))
}

/// All of standard input, up to the size limit.
fn read_stdin(limit: u64) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    std::io::stdin().take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > limit {
        return Err(read_limited(&bytes[..], limit).unwrap_err());
    }
    Ok(bytes)
}

/// A path as reported: without a leading `./`.
fn display(path: &Path) -> String {
    let s = path.display().to_string();
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// Walk a directory the way ripgrep does (.gitignore, .ignore, hidden files), keeping
/// files with a configured extension that the governing config's globs accept.
fn collect_dir(
    root: &Path,
    configs: &mut Configs<'_>,
    jobs: &mut Vec<Job>,
    errors: &mut Vec<FileError>,
    notes: &mut Vec<String>,
) -> Result<(), ConfigError> {
    let extensions = configs.for_dir(root)?.config().extensions.clone();
    let (mut drafts, before) = (0, jobs.len());
    for entry in ignore::WalkBuilder::new(root).build() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                errors.push((display(root), e.to_string()));
                continue;
            }
        };
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !extensions.iter().any(|e| e.eq_ignore_ascii_case(ext)) {
            continue;
        }
        drafts += 1;
        let linter = configs.for_dir(path.parent().unwrap_or(root))?;
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        if linter.config().accepts(&abs) {
            jobs.push(Job { input: Input::File(path.to_path_buf()), name: display(path), linter });
        }
    }
    // A walk that checks nothing must say so: CI would otherwise pass on no files at all.
    if jobs.len() == before {
        let why = match drafts {
            0 => format!("no files with the extensions {} (config `extensions`)", extensions.join(", ")),
            n => format!("all {n} drafts are left out by the config's `include`/`exclude`"),
        };
        notes.push(format!("{}: nothing to check: {why}", display(root)));
    }
    Ok(())
}
