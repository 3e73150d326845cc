//! copydesk's findings as LSP diagnostics: the rule id as the code, a link to the rule,
//! the severity, labels as related information and `copydesk` as the source.

use super::encoding::Encoding;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::lint::Linter;
use crate::rule_id::RuleId;
use lsp_types::{self as lsp, CodeDescription, DiagnosticRelatedInformation, Location, NumberOrString, Url};
use std::path::Path;

pub const SOURCE: &str = "copydesk";

/// Where a rule's documentation is linked from each finding.
#[derive(Debug, Clone, Default)]
pub struct Links {
    /// A URL with `{rule}` (the id), `{family}` and `{name}` in it, from the client's
    /// `initializationOptions.ruleDocsUrl`; without it, the rule's TOML file.
    pub template: Option<String>,
}

impl Links {
    pub fn href(&self, rule: RuleId, linter: &Linter) -> Option<Url> {
        let id = rule.as_str();
        if let Some(t) = &self.template {
            let (family, name) = id.split_once('/').unwrap_or((id, ""));
            return Url::parse(&t.replace("{rule}", id).replace("{family}", family).replace("{name}", name)).ok();
        }
        // A desk's rule links to its own file; a built-in rule to its defaults in the
        // source tree the binary was built from, the same file `explain` describes.
        let pack = linter.config().rules.get(&rule).and_then(|r| r.pack.as_ref());
        match pack.map(|p| Path::new(&p.file)) {
            Some(file) if file.is_absolute() => Url::from_file_path(file).ok(),
            _ => {
                Url::from_file_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules").join(format!("{id}.toml"))).ok()
            }
        }
    }
}

pub fn severity(s: Severity) -> lsp::DiagnosticSeverity {
    match s {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Info => lsp::DiagnosticSeverity::INFORMATION,
    }
}

/// One finding in `doc` (the text of `uri`) as the client shows it.
pub fn diagnostic(d: &Diagnostic, doc: &Document, uri: &Url, enc: Encoding, href: Option<Url>) -> lsp::Diagnostic {
    let range = |span| enc.range(&doc.lines, &doc.source, span);
    let related: Vec<DiagnosticRelatedInformation> = d
        .labels
        .iter()
        .map(|l| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), range(l.span)),
            message: l.message.clone(),
        })
        .collect();
    let message = match &d.help {
        Some(help) => format!("{}\nhelp: {help}", d.message),
        None => d.message.clone(),
    };
    lsp::Diagnostic {
        range: range(d.span),
        severity: Some(severity(d.severity)),
        code: Some(NumberOrString::String(d.rule.as_str().to_string())),
        code_description: href.map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}
