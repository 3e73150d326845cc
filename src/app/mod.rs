//! The application: validated settings from the command line, input discovery, config
//! resolution per file, parallel checking, fixing, and the exit code. Output goes only
//! through `report`.

use crate::cli::{self, CheckArgs, Cli, Color, Command, ConfigArgs, FailOn, RulesAction, StatsArgs};
use crate::config::{find_config, Config};
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::error::ConfigError;
use crate::fix;
use crate::lint::source::{decode, io_reason, read_source};
use crate::lint::{FileReport, Linter};
use crate::report::{self, Format, ListFormat, Outcome, ReportOptions};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const EXIT_OK: i32 = 0;
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_ERROR: i32 = 2;

/// Where rules and settings come from.
#[derive(Debug, Clone)]
enum ConfigMode {
    Builtin,
    Explicit(PathBuf),
    Discover,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FixMode {
    Off,
    Write,
    Diff,
}

/// `check` arguments after validation.
struct Settings {
    paths: Vec<PathBuf>,
    report: ReportOptions,
    fail_on: Option<Severity>,
    select: Vec<String>,
    ignore: Vec<String>,
    config: ConfigMode,
    fix: FixMode,
    unsafe_fixes: bool,
    stdin_name: Option<PathBuf>,
}

/// One thing to check.
#[derive(Debug, Clone)]
enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// The text of this input; standard input was read once, up front, into `stdin`.
    fn read(&self, stdin: Option<&[u8]>) -> Result<String, String> {
        match self {
            Input::Stdin => decode(stdin.unwrap_or_default().to_vec()),
            Input::File(p) => read_source(p),
        }
    }
}

pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let result = match cli.command {
        Command::Check(args) => check(args, out, err),
        Command::Stats(args) => stats(args, out, err),
        Command::Rules(args) => {
            let config = match listing_config(&args.config) {
                Ok(c) => c,
                Err(e) => return config_failure(err, &e),
            };
            match args.action {
                None => report::rules_list(out, list_format(args.format), &config).map(|_| EXIT_OK),
                Some(RulesAction::Test { paths }) => rules_test(out, err, config, &paths),
            }
        }
        Command::Explain { rule, config } => match listing_config(&config) {
            Ok(config) => match config.rules.keys().find(|id| id.as_str() == rule) {
                Some(&id) => report::explain(out, id, &config).map(|_| EXIT_OK),
                None => writeln!(err, "error: unknown rule `{rule}`; `copydesk rules` lists them").map(|_| EXIT_ERROR),
            },
            Err(e) => return config_failure(err, &e),
        },
    };
    result.unwrap_or(EXIT_ERROR)
}

/// The config `rules` and `explain` describe: given, discovered from here, or built in.
fn listing_config(args: &ConfigArgs) -> Result<Config, ConfigError> {
    match (&args.config, args.no_config) {
        (_, true) => Config::builtin(),
        (Some(path), false) => Config::load(path),
        (None, false) => match find_config(&std::path::absolute(".").unwrap_or_else(|_| PathBuf::from("."))) {
            Some(path) => Config::load(&path),
            None => Config::builtin(),
        },
    }
}

/// `copydesk rules test`: every rule's examples, the given rule files' too.
fn rules_test(out: &mut dyn Write, err: &mut dyn Write, mut config: Config, paths: &[PathBuf]) -> std::io::Result<i32> {
    for path in paths {
        let rules = match crate::rules::pack::load_dir(path) {
            Ok(r) => r,
            Err(e) => return Ok(config_failure(err, &e)),
        };
        if let Err(e) = config.add_packs(rules, &path.display().to_string()) {
            return Ok(config_failure(err, &e));
        }
    }
    let results = crate::lint::examples::run_all(&config);
    report::rules_test(out, &results)?;
    Ok(if results.iter().all(|r| r.failures.is_empty()) { EXIT_OK } else { EXIT_FINDINGS })
}

fn config_failure(err: &mut dyn Write, e: &ConfigError) -> i32 {
    let color = std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal();
    let _ = report::config_error(err, e, color);
    EXIT_ERROR
}

fn settings(args: CheckArgs) -> Settings {
    let terminal = std::io::stdout().is_terminal();
    let format = args.format.map_or(if terminal { Format::Human } else { Format::Concise }, format);
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let config = match (args.no_config, args.config) {
        (true, _) => ConfigMode::Builtin,
        (false, Some(p)) => ConfigMode::Explicit(p),
        (false, None) => ConfigMode::Discover,
    };
    Settings {
        paths: if args.paths.is_empty() { vec![PathBuf::from(".")] } else { args.paths },
        report: ReportOptions { format, color, statistics: args.statistics },
        fail_on: match args.fail_on {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        },
        select: args.select,
        ignore: args.ignore,
        config,
        fix: if args.diff {
            FixMode::Diff
        } else if args.fix {
            FixMode::Write
        } else {
            FixMode::Off
        },
        unsafe_fixes: args.unsafe_fixes,
        stdin_name: args.stdin_filename,
    }
}

/// Resolves and caches configs: one per config file, built once.
struct Configs<'a> {
    settings: &'a Settings,
    by_file: HashMap<Option<PathBuf>, Arc<Linter>>,
    by_dir: HashMap<PathBuf, Option<PathBuf>>,
}

impl Configs<'_> {
    fn config_path_for(&mut self, dir: &Path) -> Option<PathBuf> {
        match &self.settings.config {
            ConfigMode::Builtin => None,
            ConfigMode::Explicit(p) => Some(p.clone()),
            ConfigMode::Discover => {
                let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
                self.by_dir.entry(dir.clone()).or_insert_with(|| find_config(&dir)).clone()
            }
        }
    }

    fn for_dir(&mut self, dir: &Path) -> Result<Arc<Linter>, ConfigError> {
        let path = self.config_path_for(dir);
        if let Some(loaded) = self.by_file.get(&path) {
            return Ok(loaded.clone());
        }
        let mut config = match &path {
            Some(p) => Config::load(p)?,
            None => Config::builtin()?,
        };
        if let Some(bad) = self.settings.select.iter().chain(&self.settings.ignore).find(|s| !config.knows(s)) {
            return Err(ConfigError::plain(format!(
                "unknown rule or family `{bad}` in --select/--ignore; `copydesk rules` lists them"
            )));
        }
        config.select(&self.settings.select, &self.settings.ignore);
        let loaded = Arc::new(Linter::new(&config)?);
        self.by_file.insert(path, loaded.clone());
        Ok(loaded)
    }
}

fn check(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let settings = settings(args);
    // Compile ahead, on the idle core, what the selected families will need.
    let wants = |family: &str| {
        settings.select.is_empty()
            || settings
                .select
                .iter()
                .any(|s| s == "all" || s == family || s.strip_prefix(family).is_some_and(|r| r.starts_with('/')))
    };
    if wants("statistics") {
        crate::patterns::prepare(&crate::rules::statistics::find::PATTERNS);
        crate::patterns::prepare(&crate::patterns::FOR_STATISTICS);
        crate::patterns::prepare(&crate::rules::statistics::source::PATTERNS);
    }
    crate::patterns::prepare(&crate::patterns::DOCUMENT);
    if wants("dates") {
        crate::patterns::prepare(&crate::patterns::FOR_DATES);
    }
    if wants("attribution") {
        crate::patterns::prepare(&crate::patterns::FOR_ATTRIBUTION);
    }
    let Some(Gathered { jobs, mut errors, stdin_text }) = gather(&settings, err)? else {
        return Ok(EXIT_ERROR);
    };

    let results: Vec<Result<Checked, (String, String)>> = jobs
        .par_iter()
        .map(|(input, name, loaded)| check_one(input, name, loaded, &settings, stdin_text.as_deref()))
        .collect();
    let mut outcome = Outcome::default();
    for r in results {
        match r {
            Ok(c) => {
                if let Some(d) = c.diff {
                    outcome.diffs.push(d);
                }
                if let Some(text) = c.stdin_fixed {
                    outcome.stdin_fixed = Some(text);
                }
                outcome.fixed += c.fixed;
                outcome.files.push(c.report);
            }
            Err(e) => errors.push(e),
        }
    }
    errors.sort();
    outcome.errors = errors;
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

/// The inputs of a run: files with the config that governs each, unreadable paths, and
/// standard input's bytes when `-` is among them.
struct Gathered {
    jobs: Vec<(Input, String, Arc<Linter>)>,
    errors: Vec<(String, String)>,
    stdin_text: Option<Vec<u8>>,
}

/// Find the inputs and their configs; `None` when a config error was printed.
fn gather(settings: &Settings, err: &mut dyn Write) -> std::io::Result<Option<Gathered>> {
    let mut configs = Configs { settings, by_file: HashMap::new(), by_dir: HashMap::new() };
    let mut errors: Vec<(String, String)> = Vec::new();
    let mut jobs: Vec<(Input, String, Arc<Linter>)> = Vec::new();
    for path in &settings.paths {
        let result = if path.as_os_str() == "-" {
            let name = settings.stdin_name.clone().unwrap_or_else(|| PathBuf::from("-"));
            let dir = name.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf();
            configs.for_dir(&dir).map(|l| jobs.push((Input::Stdin, name.display().to_string(), l)))
        } else if path.is_dir() {
            collect_dir(path, &mut configs, &mut jobs, &mut errors)
        } else if path.exists() {
            let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            configs.for_dir(dir).map(|l| jobs.push((Input::File(path.clone()), display(path), l)))
        } else {
            errors.push((display(path), "no such file or directory".into()));
            Ok(())
        };
        if let Err(e) = result {
            let color = settings.report.color;
            report::config_error(err, &e, color)?;
            return Ok(None);
        }
    }
    jobs.sort_by(|a, b| a.1.cmp(&b.1));
    jobs.dedup_by(|a, b| a.1 == b.1);

    let stdin_text = if jobs.iter().any(|j| matches!(j.0, Input::Stdin)) {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map(|_| Some(bytes))
    } else {
        Ok(None)
    };
    let stdin_text = match stdin_text {
        Ok(t) => t,
        Err(e) => {
            errors.push(("-".into(), io_reason(&e)));
            None
        }
    };

    Ok(Some(Gathered { jobs, errors, stdin_text }))
}

/// `copydesk stats`: the read-time figures of each draft, under its governing config.
fn stats(args: StatsArgs, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let check_args = CheckArgs {
        paths: args.paths,
        format: Some(cli::Format::Json),
        color: Color::Never,
        fail_on: FailOn::Never,
        select: Vec::new(),
        ignore: Vec::new(),
        config: args.config,
        no_config: args.no_config,
        statistics: false,
        fix: false,
        unsafe_fixes: false,
        diff: false,
        stdin_filename: args.stdin_filename,
    };
    let settings = settings(check_args);
    let Some(Gathered { jobs, mut errors, stdin_text }) = gather(&settings, err)? else {
        return Ok(EXIT_ERROR);
    };
    let results: Vec<Result<FileReport, (String, String)>> = jobs
        .par_iter()
        .map(|(input, name, loaded)| {
            let text = input.read(stdin_text.as_deref()).map_err(|reason| (name.clone(), reason))?;
            let document = Document::parse(name, text);
            let stats = Some(document.stats(loaded.reading()));
            Ok(FileReport { path: name.clone(), document, diagnostics: Vec::new(), stats })
        })
        .collect();
    let mut files = Vec::new();
    for r in results {
        match r {
            Ok(f) => files.push(f),
            Err(e) => errors.push(e),
        }
    }
    errors.sort();
    report::stats(out, err, &files, &errors, list_format(args.format))?;
    Ok(if errors.is_empty() { EXIT_OK } else { EXIT_ERROR })
}

fn display(path: &Path) -> String {
    let s = path.display().to_string();
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// Walk a directory the way ripgrep does (.gitignore, .ignore, hidden files), keeping
/// files with a configured extension that the governing config's globs accept.
fn collect_dir(
    root: &Path,
    configs: &mut Configs<'_>,
    jobs: &mut Vec<(Input, String, Arc<Linter>)>,
    errors: &mut Vec<(String, String)>,
) -> Result<(), ConfigError> {
    let extensions = configs.for_dir(root)?.config().extensions.clone();
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
        let loaded = configs.for_dir(path.parent().unwrap_or(root))?;
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        if loaded.config().accepts(&abs) {
            jobs.push((Input::File(path.to_path_buf()), display(path), loaded));
        }
    }
    Ok(())
}

struct Checked {
    report: FileReport,
    diff: Option<String>,
    stdin_fixed: Option<String>,
    fixed: usize,
}

/// Check one input. A bug that panics while checking it becomes an error for that file
/// (exit 2), so one bad draft never takes down a whole run.
fn check_one(
    input: &Input,
    name: &str,
    loaded: &Linter,
    settings: &Settings,
    stdin: Option<&[u8]>,
) -> Result<Checked, (String, String)> {
    let run = std::panic::AssertUnwindSafe(|| check_one_unguarded(input, name, loaded, settings, stdin));
    std::panic::catch_unwind(run).unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("unknown panic");
        Err((
            name.to_string(),
            format!("internal error while checking this file (a copydesk bug; please report it): {what}"),
        ))
    })
}

fn check_one_unguarded(
    input: &Input,
    name: &str,
    loaded: &Linter,
    settings: &Settings,
    stdin: Option<&[u8]>,
) -> Result<Checked, (String, String)> {
    let fail = |reason: String| (name.to_string(), reason);
    let original = input.read(stdin).map_err(fail)?;
    let (doc, mut diags, fixed) = if settings.fix == FixMode::Off {
        let (doc, diags) = loaded.lint(name, original.clone());
        (doc, diags, 0)
    } else {
        let f = loaded.fix(name, original.clone(), settings.unsafe_fixes);
        (f.document, f.diagnostics, f.fixes)
    };
    let changed = doc.source != original;
    let mut checked = Checked {
        report: FileReport { path: name.to_string(), document: doc, diagnostics: Vec::new(), stats: None },
        diff: None,
        stdin_fixed: None,
        fixed,
    };
    match (settings.fix, changed, input) {
        (FixMode::Diff, true, _) => {
            checked.diff = Some(fix::diff(name, &original, &checked.report.document.source));
            // Nothing is written, so what is reported is the file as it stands.
            let (doc, original_diags) = loaded.lint(name, original);
            checked.report.document = doc;
            diags = original_diags;
        }
        (FixMode::Write, true, Input::File(p)) => {
            fix::write_atomic(p, &checked.report.document.source)
                .map_err(|e| fail(format!("cannot write fixes: {}", io_reason(&e))))?;
        }
        (FixMode::Write, _, Input::Stdin) => checked.stdin_fixed = Some(checked.report.document.source.clone()),
        _ => {}
    }
    checked.report.diagnostics = diags;
    if settings.report.format == Format::Json {
        checked.report.stats = Some(checked.report.document.stats(loaded.reading()));
    }
    Ok(checked)
}

fn format(f: cli::Format) -> Format {
    match f {
        cli::Format::Human => Format::Human,
        cli::Format::Concise => Format::Concise,
        cli::Format::Json => Format::Json,
        cli::Format::Github => Format::Github,
    }
}

fn list_format(f: cli::ListFormat) -> ListFormat {
    match f {
        cli::ListFormat::Human => ListFormat::Human,
        cli::ListFormat::Json => ListFormat::Json,
    }
}
