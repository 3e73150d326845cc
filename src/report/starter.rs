//! The starter `copydesk.toml` that `copydesk init` writes: every top-level setting,
//! family and rule with its severity, switch and options at the built-in defaults, all
//! commented out, so a desk uncomments what it changes. Setting lines start with `# `
//! and prose with `## `, so uncommenting a setting never uncomments an explanation.

use crate::config::{Config, RuleConfig, DEFAULT_EXTENSIONS};
use crate::rules::RuleId;
use std::io::{self, Write};

pub fn write(out: &mut dyn Write, config: &Config) -> io::Result<()> {
    writeln!(out, "## copydesk.toml, written by `copydesk init`.")?;
    writeln!(out, "## Every setting is shown at its default and commented out: uncomment a line to")?;
    writeln!(out, "## change it. `copydesk explain RULE` (or FAMILY) says what a rule checks.\n")?;
    let extensions: Vec<String> = DEFAULT_EXTENSIONS.iter().map(|e| format!("\"{e}\"")).collect();
    writeln!(out, "## File extensions checked when a folder is walked.")?;
    writeln!(out, "# extensions = [{}]", extensions.join(", "))?;
    writeln!(out, "## Globs (relative to this file) a walked file must match, and must not.")?;
    writeln!(out, "# include = [\"**/*\"]\n# exclude = []")?;
    writeln!(out, "## Folders of the desk's own rules (TOML rule packs).")?;
    writeln!(out, "# rule_paths = []")?;
    for family in config.families() {
        writeln!(out, "\n## ── {family} ──")?;
        writeln!(out, "## Under [rules.{family}], a setting applies to every rule of the family.")?;
        writeln!(out, "# [rules.{family}]")?;
        for (id, rc) in config.rules.iter().filter(|(id, _)| id.family() == family) {
            rule(out, *id, rc)?;
        }
    }
    Ok(())
}

/// One rule's table: its summary, switch, severity and options.
fn rule(out: &mut dyn Write, id: RuleId, rc: &RuleConfig) -> io::Result<()> {
    let summary = match (&rc.pack, id.meta()) {
        (Some(p), _) => p.description.lines().next().unwrap_or(&p.message).to_string(),
        (None, Some(m)) => m.summary.to_string(),
        (None, None) => String::new(),
    };
    writeln!(out, "\n## {summary}")?;
    writeln!(out, "# [rules.\"{}\"]", id.as_str())?;
    writeln!(out, "# enabled = {}\n# severity = \"{}\"", rc.enabled, rc.severity.as_str())?;
    for (name, value) in &rc.options {
        writeln!(out, "# {name} = {value}")?;
    }
    // Options whose default lives in the rule itself have no value to show: say what
    // they are, so a desk knows it can set them.
    for (name, text) in id.meta().map_or(&[][..], |m| m.doc.options) {
        if !rc.options.contains_key(*name) {
            writeln!(out, "## option `{name}`: {text}")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    /// Uncommented, every setting line is valid config, and the defaults it spells out
    /// are the built-in ones.
    #[test]
    fn uncommented_it_is_the_builtin_config() {
        let builtin = Config::builtin().unwrap();
        let mut text = Vec::new();
        super::write(&mut text, &builtin).unwrap();
        let text = String::from_utf8(text).unwrap();
        let settings: String = text.lines().filter_map(|l| l.strip_prefix("# ")).map(|l| format!("{l}\n")).collect();
        let mut config = Config::builtin().unwrap();
        config.overlay("starter.toml", &settings, std::path::Path::new(".")).unwrap();
        for (id, rc) in &builtin.rules {
            let got = &config.rules[id];
            assert_eq!((got.enabled, got.severity, &got.options), (rc.enabled, rc.severity, &rc.options), "{id:?}");
        }
    }
}
