//! `copydesk server`: the language server given the CLI's config discovery, so each
//! open draft is checked under exactly the config `copydesk check` would pick for it.

use super::configs::Configs;
use super::settings::{config_mode, InputSettings};
use super::{EXIT_ERROR, EXIT_OK};
use crate::cli::ConfigArgs;
use crate::error::ConfigError;
use crate::lint::Linter;
use crate::server::{self, Connection, Linters};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The CLI's per-folder discovery and cache; a reload starts a fresh cache, so every
/// config and rule pack is read again.
struct Discovery<'a> {
    settings: &'a InputSettings,
    configs: Configs<'a>,
}

impl Linters for Discovery<'_> {
    fn for_dir(&mut self, dir: &Path) -> Result<Arc<Linter>, ConfigError> {
        self.configs.for_dir(dir)
    }

    fn config_path(&mut self, dir: &Path) -> Option<PathBuf> {
        self.configs.config_path_for(dir)
    }

    fn reload(&mut self) {
        self.configs = Configs::new(self.settings, true);
    }
}

/// Serve one client over `connection` until it exits or hangs up.
pub fn serve(connection: Connection, config: &ConfigArgs) -> Result<(), String> {
    let settings = InputSettings {
        paths: Vec::new(),
        config: config_mode(config.no_config, config.config.clone()),
        select: Vec::new(),
        ignore: Vec::new(),
        stdin_name: None,
        color: false,
        force_exclude: false,
        allowed_rule_paths: super::settings::allowed_rule_paths(config.allow_rule_paths.clone()),
    };
    // Warm: the first draft opened should not wait for every pattern to compile.
    let mut discovery = Discovery { settings: &settings, configs: Configs::new(&settings, true) };
    server::run(connection, &mut discovery)
}

/// `copydesk server` on standard input and output; protocol failures go to stderr,
/// which editors keep as the server's log.
pub(super) fn stdio(config: &ConfigArgs, err: &mut dyn Write) -> std::io::Result<i32> {
    let (connection, threads) = Connection::stdio();
    match serve(connection, config) {
        Ok(()) => {
            // The reader has stopped (end of input or `exit`); the writer stops once the
            // connection is dropped, after sending what was queued.
            let _ = threads.join();
            Ok(EXIT_OK)
        }
        // Not joined: the reader may still be waiting on an open standard input.
        Err(e) => writeln!(err, "copydesk server: {e}").map(|_| EXIT_ERROR),
    }
}
