//! The application: dispatch a subcommand, with validated settings (`settings`), the
//! inputs of a run (`inputs`), the config that governs each (`configs`), checking and
//! fixing (`check`), baselines (`baseline`), changed lines (`changed`), read-time
//! figures (`stats`), the language server with the same config discovery (`serve`),
//! the commands that help find a rule or set one up (`help`), a panic while checking a
//! file reported once (`panics`); the exit code. Output goes only through `report`.

mod baseline;
mod changed;
mod check;
mod configs;
mod help;
mod inputs;
mod panics;
mod serve;
mod settings;
mod stats;

pub use panics::hook as panic_hook;
pub use serve::serve;

use crate::cli::{Cli, Command, RulesAction};
use crate::config::Config;
use crate::error::ConfigError;
use crate::report;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

pub const EXIT_OK: i32 = 0;
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_ERROR: i32 = 2;

pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let result = match cli.command {
        Command::Check(args) => check::run(args, out, err),
        Command::Stats(args) => stats::run(args, out, err),
        Command::Schema => report::schema(out).map(|_| EXIT_OK),
        Command::Rules(args) => {
            let config = match configs::listing_config(&args.config) {
                Ok(c) => c,
                Err(e) => return config_failure(err, &e),
            };
            match args.action {
                None => report::rules_list(out, settings::list_format(args.format), &config).map(|_| EXIT_OK),
                Some(RulesAction::Test { paths }) => rules_test(out, err, config, &paths),
            }
        }
        Command::Server { config } => serve::stdio(&config, err),
        Command::Explain { rule, config } => help::explain(&rule, &config, out, err),
        Command::Init { path } => help::init(&path, err),
        Command::Completions { shell } => help::completions(shell, out),
        Command::Man { dir } => help::man(dir.as_deref(), out, err),
    };
    result.unwrap_or(EXIT_ERROR)
}

/// `copydesk rules test`: every rule's examples, the given rule files' too.
fn rules_test(out: &mut dyn Write, err: &mut dyn Write, mut config: Config, paths: &[PathBuf]) -> std::io::Result<i32> {
    for path in paths {
        let rules = match crate::rules::pack::load_dir(path, None) {
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
