//! Validated settings per subcommand: clap's arguments with the defaults that depend on
//! the terminal applied and clap's enums mapped onto the library's. What to read is
//! shared by `check` and `stats`; the rest is each command's own.

use crate::cli::{self, CheckArgs, Color, FailOn, StatsArgs};
use crate::diagnostic::Severity;
use crate::report::{Format, ListFormat, ReportOptions};
use std::io::IsTerminal;
use std::path::PathBuf;

/// Where rules and settings come from.
#[derive(Debug, Clone)]
pub(super) enum ConfigMode {
    Builtin,
    Explicit(PathBuf),
    Discover,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FixMode {
    Off,
    Write,
    Diff,
}

/// What to read and which config governs each input.
pub(super) struct InputSettings {
    pub paths: Vec<PathBuf>,
    pub config: ConfigMode,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub stdin_name: Option<PathBuf>,
    /// Whether a config error is shown in colour.
    pub color: bool,
    /// Whether include/exclude apply to paths given on the command line too.
    pub force_exclude: bool,
    /// Folders outside the project that rule packs may come from (`allowed_rule_paths`).
    pub allowed_rule_paths: Vec<PathBuf>,
}

/// `check` arguments after validation.
pub(super) struct CheckSettings {
    pub inputs: InputSettings,
    pub report: ReportOptions,
    pub fail_on: Option<Severity>,
    pub fix: FixMode,
    pub unsafe_fixes: bool,
    pub output_file: Option<PathBuf>,
    pub changed_since: Option<String>,
    pub baseline: Option<PathBuf>,
    pub write_baseline: Option<PathBuf>,
}

/// `stats` arguments after validation.
pub(super) struct StatsSettings {
    pub inputs: InputSettings,
    pub format: ListFormat,
}

impl CheckSettings {
    pub fn new(args: CheckArgs) -> CheckSettings {
        // A report written to a file is not read on a terminal: no colour, concise by default.
        let terminal = std::io::stdout().is_terminal() && args.ci.output_file.is_none();
        let format = args.format.map_or(if terminal { Format::Human } else { Format::Concise }, format);
        let color = match args.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        };
        CheckSettings {
            inputs: InputSettings {
                paths: paths(args.paths),
                config: config_mode(args.no_config, args.config),
                select: args.select,
                ignore: args.ignore,
                stdin_name: args.stdin_filename,
                color,
                force_exclude: args.ci.force_exclude,
                allowed_rule_paths: allowed_rule_paths(args.allow_rule_paths),
            },
            report: ReportOptions { format, color, statistics: args.statistics, quiet: args.ci.quiet, width: width() },
            fail_on: match args.fail_on {
                FailOn::Error => Some(Severity::Error),
                FailOn::Warning => Some(Severity::Warning),
                FailOn::Info => Some(Severity::Info),
                FailOn::Never => None,
            },
            fix: if args.diff {
                FixMode::Diff
            } else if args.fix {
                FixMode::Write
            } else {
                FixMode::Off
            },
            unsafe_fixes: args.unsafe_fixes,
            output_file: args.ci.output_file,
            changed_since: args.ci.changed_since,
            baseline: args.ci.baseline,
            write_baseline: args.ci.write_baseline,
        }
    }
}

impl StatsSettings {
    pub fn new(args: StatsArgs) -> StatsSettings {
        StatsSettings {
            inputs: InputSettings {
                paths: paths(args.paths),
                config: config_mode(args.no_config, args.config),
                select: Vec::new(),
                ignore: Vec::new(),
                stdin_name: args.stdin_filename,
                color: false,
                force_exclude: false,
                allowed_rule_paths: allowed_rule_paths(args.allow_rule_paths),
            },
            format: list_format(args.format),
        }
    }
}

/// The columns to fit human output to: `COLUMNS`, else the terminal's, else 80.
fn width() -> usize {
    let columns = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse().ok()).filter(|&c: &usize| c >= 40);
    columns.or_else(|| terminal_size::terminal_size().map(|(w, _)| w.0 as usize)).unwrap_or(80)
}

/// Why `--stdin-filename` without `-` among the paths is a mistake, and the fix: the
/// name would otherwise be ignored without a word.
pub(super) fn stdin_name_unused(paths: &[PathBuf], name: Option<&std::path::Path>) -> Option<String> {
    let name = name?;
    if paths.iter().any(|p| p.as_os_str() == "-") {
        return None;
    }
    Some(format!(
        "--stdin-filename {} names standard input, but `-` is not among the paths; add `-` to read standard input (`copydesk check --stdin-filename {} -`), or drop --stdin-filename",
        name.display(),
        name.display()
    ))
}

/// No paths means the current directory.
fn paths(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths
    }
}

/// The shared rule folders the person running copydesk allows: `--allow-rule-path`, then
/// `COPYDESK_ALLOW_RULE_PATHS` (`:`-separated, as `PATH`), which editors and CI can set
/// once. Both come from the one running the command, never from the checked project.
pub(super) fn allowed_rule_paths(flags: Vec<PathBuf>) -> Vec<PathBuf> {
    let env = std::env::var_os("COPYDESK_ALLOW_RULE_PATHS").unwrap_or_default();
    flags.into_iter().chain(std::env::split_paths(&env).filter(|p| !p.as_os_str().is_empty())).collect()
}

pub(super) fn config_mode(no_config: bool, config: Option<PathBuf>) -> ConfigMode {
    match (no_config, config) {
        (true, _) => ConfigMode::Builtin,
        (false, Some(p)) => ConfigMode::Explicit(p),
        (false, None) => ConfigMode::Discover,
    }
}

fn format(f: cli::Format) -> Format {
    match f {
        cli::Format::Human => Format::Human,
        cli::Format::Narrated => Format::Narrated,
        cli::Format::Concise => Format::Concise,
        cli::Format::Json => Format::Json,
        cli::Format::Github => Format::Github,
        cli::Format::Sarif => Format::Sarif,
        cli::Format::Junit => Format::Junit,
    }
}

pub(super) fn list_format(f: cli::ListFormat) -> ListFormat {
    match f {
        cli::ListFormat::Human => ListFormat::Human,
        cli::ListFormat::Json => ListFormat::Json,
    }
}
