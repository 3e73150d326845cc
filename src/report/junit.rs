//! `--format junit`: JUnit XML as Jenkins, GitLab and Azure read it (the xUnit plugin's
//! `junit-10.xsd`). One test suite per file and one test case per finding, named
//! `rule at line:col` and made unique, because GitLab drops cases with the same name;
//! a clean file is one passing case, an unreadable file one case in error. Text is
//! escaped and the characters XML 1.0 forbids are dropped, since a draft can hold any
//! of them and one would make the whole report unreadable.

use super::{Outcome, ReportOptions};
use crate::diagnostic::Applicability;
use crate::lint::FileReport;
use std::collections::HashSet;
use std::io::{self, Write};

pub fn write(out: &mut dyn Write, outcome: &Outcome, options: &ReportOptions) -> io::Result<()> {
    let mut suites = Vec::new();
    let mut files: Vec<(&str, Suite)> = outcome.files.iter().map(|f| (f.path.as_str(), file_suite(f))).collect();
    files.extend(outcome.errors.iter().map(|(path, reason)| (path.as_str(), error_suite(path, reason))));
    files.sort_by(|a, b| a.0.cmp(b.0));
    suites.extend(files.into_iter().map(|(_, s)| s));
    if let Some(e) = &outcome.config_error {
        let name = e.file().unwrap_or("copydesk config");
        let line = e.line().map(|l| format!(" at line {l}")).unwrap_or_default();
        let case = format!("config{line}");
        suites.push(error_suite_named(name, &case, e.message()));
    }
    let stale: Vec<String> = outcome
        .baseline
        .iter()
        .flat_map(|b| &b.stale)
        .map(|s| format!("{}: {}", s.path, super::text::stale_message(s)))
        .collect();
    if !stale.is_empty() || options.statistics {
        suites.push(notes_suite(outcome, &stale, options.statistics));
    }
    let (tests, failures, errors) =
        suites.iter().fold((0, 0, 0), |(t, f, e), s| (t + s.tests, f + s.failures, e + s.errors));
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(out, r#"<testsuites name="copydesk" tests="{tests}" failures="{failures}" errors="{errors}">"#)?;
    for s in &suites {
        out.write_all(s.xml.as_bytes())?;
    }
    writeln!(out, "</testsuites>")
}

/// One `<testsuite>` element with its counts.
struct Suite {
    tests: usize,
    failures: usize,
    errors: usize,
    xml: String,
}

fn suite(name: &str, tests: usize, failures: usize, errors: usize, body: &str) -> Suite {
    let name = escape(name);
    let xml = format!(
        "  <testsuite name=\"{name}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">\n{body}  </testsuite>\n"
    );
    Suite { tests, failures, errors, xml }
}

fn file_suite(f: &FileReport) -> Suite {
    let (path, mut body, mut names) = (escape(&f.path), String::new(), HashSet::new());
    if f.diagnostics.is_empty() {
        body.push_str(&format!("    <testcase name=\"no findings\" classname=\"{path}\"/>\n"));
        return suite(&f.path, 1, 0, 0, &body);
    }
    for d in &f.diagnostics {
        let p = f.document.lines.position(&f.document.source, d.span.start);
        let base = format!("{} at {}:{}", d.rule.as_str(), p.line, p.column);
        let mut name = base.clone();
        for n in 2.. {
            if names.insert(name.clone()) {
                break;
            }
            name = format!("{base} ({n})");
        }
        let mut text = format!("{}:{}:{}: {}[{}] {}", f.path, p.line, p.column, d.severity, d.rule.as_str(), d.message);
        if let Some(help) = &d.help {
            text.push_str(&format!("\nhelp: {help}"));
        }
        if let Some(fix) = &d.fix {
            let how = if fix.applicability == Applicability::Safe { "--fix" } else { "--fix --unsafe-fixes" };
            text.push_str(&format!("\nfix ({how}): {}", fix.message));
        }
        body.push_str(&format!(
            "    <testcase name=\"{}\" classname=\"{path}\">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>\n",
            escape(&name),
            escape(d.rule.as_str()),
            escape(&d.message),
            escape(&text)
        ));
    }
    suite(&f.path, f.diagnostics.len(), f.diagnostics.len(), 0, &body)
}

fn error_suite(path: &str, reason: &str) -> Suite {
    error_suite_named(path, "read", &format!("{path}: {reason}"))
}

fn error_suite_named(name: &str, case: &str, message: &str) -> Suite {
    let body = format!(
        "    <testcase name=\"{}\" classname=\"{}\">\n      <error type=\"copydesk\" message=\"{m}\">{m}</error>\n    </testcase>\n",
        escape(case),
        escape(name),
        m = escape(message)
    );
    suite(name, 1, 0, 1, &body)
}

/// `--statistics` as properties and stale baseline entries as output, in a suite of
/// their own with no test cases, so no count changes.
fn notes_suite(outcome: &Outcome, stale: &[String], statistics: bool) -> Suite {
    let mut body = String::new();
    if statistics {
        body.push_str("    <properties>\n");
        for (rule, n) in outcome.per_rule() {
            body.push_str(&format!("      <property name=\"{}\" value=\"{n}\"/>\n", escape(rule.as_str())));
        }
        body.push_str("    </properties>\n");
    }
    if !stale.is_empty() {
        body.push_str(&format!("    <system-out>{}</system-out>\n", escape(&stale.join("\n"))));
    }
    suite("copydesk", 0, 0, 0, &body)
}

/// Escape for attribute values and text alike; line breaks and tabs become character
/// references so attribute values keep them; characters XML 1.0 cannot carry go.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{escape, file_suite};
    use crate::config::Config;
    use crate::lint::{FileReport, Linter};

    #[test]
    fn two_findings_of_a_rule_at_one_place_get_two_names() {
        let linter = Linter::new(&Config::builtin().unwrap()).unwrap();
        let (document, mut diagnostics) = linter.lint("a.txt", "Headline\n\nBody.\n\n#A#B\n".into());
        diagnostics.retain(|d| d.rule.as_str() == "hashtags/run-together");
        diagnostics.push(diagnostics[0].clone());
        let report = FileReport { path: "a.txt".into(), document, diagnostics, stats: None, fingerprints: Vec::new() };
        let xml = file_suite(&report).xml;
        assert!(xml.contains("name=\"hashtags/run-together at 5:1\""), "{xml}");
        assert!(xml.contains("name=\"hashtags/run-together at 5:1 (2)\""), "{xml}");
    }

    #[test]
    fn escapes_markup_and_drops_what_xml_forbids() {
        assert_eq!(escape("a<b & \"c\" 'd'>"), "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
        assert_eq!(escape("x\u{1}\u{8}y\u{fffe}\nz"), "xy&#10;z");
        assert_eq!(escape("é 🚀"), "é 🚀");
    }
}
