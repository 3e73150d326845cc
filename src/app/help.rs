//! The commands that help a writer find their way: `explain` (a rule, or a family's
//! rules, with a "did you mean" for a mistyped name), `init` (a starter config that
//! never overwrites one), `completions` and `man` (from the same clap definition the
//! parser uses, so they cannot drift from it).

use super::configs::listing_config;
use super::{config_failure, EXIT_ERROR, EXIT_OK};
use crate::cli::{Cli, ConfigArgs};
use crate::config::{Config, CONFIG_NAMES};
use crate::report;
use clap::CommandFactory;
use std::io::{self, Write};
use std::path::Path;

/// `copydesk explain NAME`: a rule's documentation, or a family's rules.
pub(super) fn explain(name: &str, args: &ConfigArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<i32> {
    let config = match listing_config(args) {
        Ok(c) => c,
        Err(e) => return Ok(config_failure(err, &e)),
    };
    if let Some(&id) = config.rules.keys().find(|id| id.as_str() == name) {
        return report::explain(out, id, &config).map(|_| EXIT_OK);
    }
    if config.families().contains(&name) {
        return report::explain_family(out, name, &config).map(|_| EXIT_OK);
    }
    let mean = config.suggest(name).map(|s| format!("did you mean `{s}`? ")).unwrap_or_default();
    writeln!(err, "error: unknown rule or family `{name}`; {mean}`copydesk rules` lists them")?;
    Ok(EXIT_ERROR)
}

/// `copydesk init [PATH]`: the starter config, written only where nothing is.
pub(super) fn init(path: &Path, err: &mut dyn Write) -> io::Result<i32> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let existing =
        std::iter::once(path.to_path_buf()).chain(CONFIG_NAMES.iter().map(|n| dir.join(n))).find(|p| p.exists());
    if let Some(p) = existing {
        writeln!(
            err,
            "error: {} already exists; copydesk init never overwrites a config (edit it, or remove it first)",
            p.display()
        )?;
        return Ok(EXIT_ERROR);
    }
    let config = match Config::builtin() {
        Ok(c) => c,
        Err(e) => return Ok(config_failure(err, &e)),
    };
    let mut text = Vec::new();
    report::starter_config(&mut text, &config)?;
    // `create_new`: a file that appeared since the check above is not overwritten either.
    let written =
        std::fs::OpenOptions::new().write(true).create_new(true).open(path).and_then(|mut f| f.write_all(&text));
    match written {
        Ok(()) => {
            writeln!(
                err,
                "wrote {}: every setting at its default, commented out; uncomment what the desk changes",
                path.display()
            )?;
            Ok(EXIT_OK)
        }
        Err(e) => {
            writeln!(err, "error: cannot write {}: {}", path.display(), crate::lint::source::io_reason(&e))?;
            Ok(EXIT_ERROR)
        }
    }
}

/// `copydesk completions SHELL`.
pub(super) fn completions(shell: clap_complete::Shell, out: &mut dyn Write) -> io::Result<i32> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "copydesk", &mut script);
    report::generated(out, &script).map(|_| EXIT_OK)
}

/// `copydesk man [--dir DIR]`: the main page on stdout, or every page into DIR.
pub(super) fn man(dir: Option<&Path>, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<i32> {
    let command = Cli::command();
    let Some(dir) = dir else {
        let mut page = Vec::new();
        clap_mangen::Man::new(command).render(&mut page)?;
        return report::generated(out, &page).map(|_| EXIT_OK);
    };
    let written = std::fs::create_dir_all(dir).and_then(|_| clap_mangen::generate_to(command, dir));
    if let Err(e) = written {
        writeln!(err, "error: cannot write manual pages to {}: {}", dir.display(), crate::lint::source::io_reason(&e))?;
        return Ok(EXIT_ERROR);
    }
    Ok(EXIT_OK)
}
