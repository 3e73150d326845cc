//! Config layering and config errors, asserted on the labelled key.

use super::*;

fn overlay(text: &str) -> Result<Config, ConfigError> {
    let mut c = Config::builtin()?;
    c.overlay("copydesk.toml", text, Path::new("."))?;
    Ok(c)
}

#[test]
fn builtin_defaults_cover_every_rule() {
    let c = Config::builtin().unwrap();
    assert!(RuleId::ALL.iter().all(|r| c.rules.contains_key(r)));
    assert!(!c.rules[&RuleId::HashtagsStyle].options.contains_key("style"));
    assert_eq!(c.rules[&RuleId::HashtagsTooMany].options["max"].as_integer(), Some(8));
}

#[test]
fn rule_and_family_settings() {
    let c = overlay("[rules.hashtags]\nseverity = \"info\"\nstyle = \"lower\"\n[rules.\"hashtags/too-many\"]\nmax = 3\nenabled = false\n").unwrap();
    assert_eq!(c.rules[&RuleId::HashtagsWhitespace].severity, Severity::Info);
    assert_eq!(c.rules[&RuleId::HashtagsStyle].options["style"].as_str(), Some("lower"));
    assert!(!c.rules[&RuleId::HashtagsTooMany].enabled);
    assert_eq!(c.rules[&RuleId::HashtagsTooMany].options["max"].as_integer(), Some(3));
}

#[test]
fn unknown_rule_is_labelled() {
    let e = overlay("[rules.\"hashtags/nope\"]\nenabled = true\n").unwrap_err();
    assert!(e.message().contains("unknown rule or family `hashtags/nope`"), "{}", e.message());
    assert_eq!(e.label_text(), Some("\"hashtags/nope\""));
}

#[test]
fn unknown_option_and_wrong_type_are_labelled() {
    let e = overlay("[rules.\"hashtags/too-many\"]\nmaximum = 3\n").unwrap_err();
    assert_eq!((e.label_text(), e.line()), (Some("maximum"), Some(2)));
    let e = overlay("[rules.\"hashtags/too-many\"]\nmax = \"three\"\n").unwrap_err();
    assert_eq!(e.label_text(), Some("\"three\""));
    let e = overlay("[rules.hashtags]\nseverity = \"fatal\"\n").unwrap_err();
    assert_eq!(e.label_text(), Some("\"fatal\""));
    let e = overlay("colour = true\n").unwrap_err();
    assert_eq!(e.label_text(), Some("colour"));
}

#[test]
fn invalid_toml_is_an_error_not_a_panic() {
    let e = overlay("[rules\n").unwrap_err();
    assert!(e.line().is_some());
}

#[test]
fn select_and_ignore() {
    let mut c = Config::builtin().unwrap();
    c.select(&["hashtags/style".into()], &[]);
    assert!(c.rules[&RuleId::HashtagsStyle].enabled);
    assert!(!c.rules[&RuleId::HashtagsWhitespace].enabled);
    let mut c = Config::builtin().unwrap();
    c.select(&[], &["hashtags".into()]);
    assert!(!c.rules[&RuleId::HashtagsWhitespace].enabled);
    assert!(c.rules[&RuleId::SuppressionUnused].enabled);
}

#[test]
fn include_and_exclude_globs() {
    let c = overlay("include = [\"drafts/**\"]\nexclude = [\"drafts/old/**\"]\n").unwrap();
    assert!(c.accepts(Path::new("drafts/a.md")));
    assert!(!c.accepts(Path::new("drafts/old/a.md")));
    assert!(!c.accepts(Path::new("notes/a.md")));
}

/// Each option's documentation and its default stay together: every option in a rule's
/// TOML is documented in its `META`, and every documented option is one the rule takes.
#[test]
fn every_option_is_documented_and_every_documented_option_exists() {
    let c = Config::builtin().unwrap();
    let mut problems = Vec::new();
    for id in RuleId::ALL {
        let documented: Vec<&str> = id.meta().unwrap().doc.options.iter().map(|(name, _)| *name).collect();
        for key in c.rules[id].options.keys() {
            if !documented.contains(&key.as_str()) {
                problems.push(format!("{}: option `{key}` has a default but no documentation", id.as_str()));
            }
        }
        for name in documented {
            // A value of the wrong type is still an answer about the key: only an unknown
            // field means the rule does not take it.
            if id
                .check_option(name, &toml::Value::Boolean(true), &c.rules[id].options)
                .is_err_and(|e| e.starts_with("unknown field"))
            {
                problems.push(format!("{}: documents `{name}`, which is not an option", id.as_str()));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn rule_paths_stay_inside_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("desk");
    std::fs::create_dir_all(project.join("rules")).unwrap();
    std::fs::create_dir(dir.path().join("elsewhere")).unwrap();
    std::os::unix::fs::symlink("../../elsewhere", project.join("rules/out")).unwrap();
    for folder in ["../elsewhere", "/etc", "rules/out"] {
        let mut c = Config::builtin().unwrap();
        let e = c.overlay("copydesk.toml", &format!("rule_paths = [{folder:?}]\n"), &project).unwrap_err();
        assert!(e.message().contains("is outside the config's folder"), "{folder}: {}", e.message());
    }
    // A link inside a rule folder is followed only as far as the project.
    let mut c = Config::builtin().unwrap();
    let e = c.overlay("copydesk.toml", "rule_paths = [\"rules\"]\n", &project).unwrap_err();
    assert!(e.message().contains("leads outside"), "{}", e.message());
}
