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

const SHARED_RULE: &str = "id = \"desk/house\"\nkind = \"existence\"\nmessage = \"m\"\ntokens = [\"utilise\"]\n";

/// A desk and a shared rule folder beside it (not below it), holding one rule.
fn desk_and_shared() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (project, shared) = (dir.path().join("desk"), dir.path().join("shared"));
    std::fs::create_dir_all(&project).unwrap();
    std::fs::create_dir_all(shared.join("rules")).unwrap();
    std::fs::write(shared.join("rules/house.toml"), SHARED_RULE).unwrap();
    (dir, project, shared)
}

fn overlay_allowing(project: &Path, allowed: &[PathBuf], text: &str) -> Result<Config, ConfigError> {
    let mut c = Config::builtin().unwrap();
    c.allowed_rule_paths = allowed.to_vec();
    c.overlay("copydesk.toml", text, project).map(|()| c)
}

#[test]
fn a_shared_rule_folder_loads_only_when_the_one_running_copydesk_allows_it() {
    let (_dir, project, shared) = desk_and_shared();
    for folder in ["../shared/rules".to_string(), shared.join("rules").display().to_string()] {
        let text = format!("rule_paths = [{folder:?}]\n");
        let c = overlay_allowing(&project, std::slice::from_ref(&shared), &text).unwrap();
        assert!(c.rules.keys().any(|r| r.as_str() == "desk/house"), "{folder}: loaded");
        // Not allowed, or another folder allowed: refused, naming the folder and the way.
        for allowed in [vec![], vec![project.join("elsewhere")]] {
            let e = overlay_allowing(&project, &allowed, &text).unwrap_err();
            let real = std::fs::canonicalize(shared.join("rules")).unwrap();
            assert!(e.message().contains("is outside the config's folder"), "{}", e.message());
            assert!(e.message().contains(&format!("--allow-rule-path {}", real.display())), "{}", e.message());
            assert_eq!(e.label_text(), Some(format!("[{folder:?}]").as_str()));
        }
    }
    // A relative allowed folder would mean something else in every working directory.
    let e = overlay_allowing(&project, &[PathBuf::from("shared")], "rule_paths = [\"../shared\"]\n").unwrap_err();
    assert!(e.message().contains("must be an absolute path"), "{}", e.message());
}

#[test]
fn a_config_file_cannot_allow_a_folder_itself() {
    let (_dir, project, _) = desk_and_shared();
    let e = overlay_allowing(&project, &[], "allow_rule_paths = [\"/\"]\nrule_paths = [\"../shared\"]\n").unwrap_err();
    assert!(e.message().contains("outside the config's folder"), "{}", e.message());
    let e = overlay_allowing(&project, &[], "allow_rule_paths = [\"/\"]\n").unwrap_err();
    assert_eq!(e.label_text(), Some("allow_rule_paths"), "{}", e.message());
}

#[test]
fn a_symlink_out_of_the_project_is_followed_only_into_an_allowed_folder() {
    let (dir, project, shared) = desk_and_shared();
    std::os::unix::fs::symlink(shared.join("rules"), project.join("house")).unwrap();
    let text = "rule_paths = [\"house\"]\n";
    let e = overlay_allowing(&project, &[], text).unwrap_err();
    assert!(e.message().contains("is outside the config's folder"), "{}", e.message());
    let c = overlay_allowing(&project, std::slice::from_ref(&shared), text).unwrap();
    assert!(c.rules.keys().any(|r| r.as_str() == "desk/house"));
    // A link inside the allowed folder that leads out of it again is refused.
    std::fs::create_dir(dir.path().join("private")).unwrap();
    std::fs::write(dir.path().join("private/other.toml"), SHARED_RULE.replace("house", "other")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("private"), shared.join("rules/private")).unwrap();
    let e = overlay_allowing(&project, std::slice::from_ref(&shared), text).unwrap_err();
    assert!(e.message().contains("leads outside"), "{}", e.message());
}

#[test]
fn a_file_that_is_no_rule_in_an_allowed_folder_is_named_never_shown() {
    let (_dir, project, shared) = desk_and_shared();
    let secret = shared.join("rules/credentials.toml");
    std::fs::write(&secret, "[default]\naws_secret_access_key = \"hunter2\"\n").unwrap();
    let e =
        overlay_allowing(&project, std::slice::from_ref(&shared), "rule_paths = [\"../shared/rules\"]\n").unwrap_err();
    assert!(e.message().contains("credentials.toml") && e.message().contains("not a rule file"), "{}", e.message());
    let shown = format!("{e:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
}
