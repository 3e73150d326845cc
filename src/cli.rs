//! Command-line arguments (clap). Parsing only: `app` turns these into validated
//! settings and runs them.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "copydesk",
    version,
    about = "An editorial content linter: the checks a good copy editor makes, with findings that point at the exact text."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check drafts (files, directories, or `-` for standard input).
    Check(CheckArgs),
    /// List every rule, or test rule packs.
    Rules(RulesArgs),
    /// Print what the read-time count sees in each draft: words, CJK characters, images,
    /// computed and claimed minutes, and the regions counted.
    Stats(StatsArgs),
    /// Print the JSON Schema of `check --format json`.
    Schema,
    /// Run the language server on standard input and output, for editors: findings as
    /// you type, fixes as code actions, rule documentation on hover.
    Server {
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Print a rule's documentation, or list a family's rules.
    Explain {
        /// A rule id such as `hashtags/whitespace`, or a family such as `hashtags`.
        rule: String,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Write a starter `copydesk.toml` here: every family, rule and option at its
    /// default, commented out. An existing file is never overwritten.
    Init {
        /// Where to write it.
        #[arg(default_value = "copydesk.toml")]
        path: PathBuf,
    },
    /// Print a shell completion script: `copydesk completions bash > ~/.local/share/bash-completion/completions/copydesk`.
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or write a page per subcommand into a folder.
    Man {
        /// Write `copydesk.1` and one `copydesk-SUBCOMMAND.1` per subcommand here.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    /// Plain sentences for screen readers: no box drawing, positions spelled out.
    Narrated,
    Concise,
    Json,
    Github,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// JUnit XML, for GitLab, Jenkins and Azure test reports.
    Junit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files and directories to check; `-` reads standard input. Default: the current directory.
    pub paths: Vec<PathBuf>,
    /// Output format (default: human on a terminal, concise otherwise).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// When to use colour in human output (NO_COLOR is honoured under `auto`).
    #[arg(long, value_enum, default_value = "auto")]
    pub color: Color,
    /// The lowest severity that makes the run fail (exit 1).
    #[arg(long, value_enum, default_value = "warning")]
    pub fail_on: FailOn,
    /// Run only these rules or families (comma-separated or repeated).
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Skip these rules or families (comma-separated or repeated).
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Use this config file instead of discovering `copydesk.toml`.
    #[arg(long, conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Use built-in defaults only.
    #[arg(long)]
    pub no_config: bool,
    /// A folder outside the project whose rule files `rule_paths` may load (a desk's
    /// shared rules); repeatable, absolute. `COPYDESK_ALLOW_RULE_PATHS` adds more
    /// (separated by `:`). A config file can never allow one.
    #[arg(long = "allow-rule-path", value_name = "DIR")]
    pub allow_rule_paths: Vec<PathBuf>,
    /// Print the number of findings per rule instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// Apply safe fixes to the files.
    #[arg(long)]
    pub fix: bool,
    /// Also apply unsafe fixes (with --fix or --diff).
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print the fixes as a unified diff and write nothing.
    #[arg(long, conflicts_with = "fix")]
    pub diff: bool,
    /// The name of standard input, for messages, format detection and config discovery.
    #[arg(long)]
    pub stdin_filename: Option<PathBuf>,
    #[command(flatten)]
    pub ci: CiArgs,
}

/// What CI, pre-commit and editors need beside the findings.
#[derive(Debug, Args)]
pub struct CiArgs {
    /// Write the report to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Print findings only: no summary line and no notes.
    #[arg(long, short)]
    pub quiet: bool,
    /// Apply the config's include/exclude to paths given on the command line too.
    #[arg(long)]
    pub force_exclude: bool,
    /// Report only findings on lines changed since REV (its merge base with HEAD);
    /// files git does not track count as new.
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,
    /// Hide the findings this baseline file lists; report its entries that match nothing.
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,
    /// Record today's findings in this baseline file (and report none of them).
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    pub action: Option<RulesAction>,
    #[arg(long, value_enum, default_value = "human")]
    pub format: ListFormat,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Debug, Subcommand)]
pub enum RulesAction {
    /// Run the `[[examples]]` of built-in rules, of the desk's rule packs, and of the rule
    /// files or folders given.
    Test {
        /// Rule files or folders of rule files.
        paths: Vec<PathBuf>,
    },
}

/// Which config `rules` and `explain` read (desk rule packs included).
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Use this config file instead of discovering `copydesk.toml` from the current folder.
    #[arg(long, conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Use built-in rules only.
    #[arg(long)]
    pub no_config: bool,
    /// A folder outside the project whose rule files `rule_paths` may load (a desk's
    /// shared rules); repeatable, absolute. `COPYDESK_ALLOW_RULE_PATHS` adds more
    /// (separated by `:`). A config file can never allow one.
    #[arg(long = "allow-rule-path", value_name = "DIR")]
    pub allow_rule_paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Files and directories; `-` reads standard input. Default: the current directory.
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "human")]
    pub format: ListFormat,
    /// Use this config file instead of discovering `copydesk.toml`.
    #[arg(long, conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Use built-in defaults only.
    #[arg(long)]
    pub no_config: bool,
    /// A folder outside the project whose rule files `rule_paths` may load (a desk's
    /// shared rules); repeatable, absolute. `COPYDESK_ALLOW_RULE_PATHS` adds more
    /// (separated by `:`). A config file can never allow one.
    #[arg(long = "allow-rule-path", value_name = "DIR")]
    pub allow_rule_paths: Vec<PathBuf>,
    /// The name of standard input, for messages, format detection and config discovery.
    #[arg(long)]
    pub stdin_filename: Option<PathBuf>,
}
