//! Configs in the server: which linter governs a folder, a config error shown on the
//! config file and in a window message (the server goes on), and a reload of every
//! config and rule pack when one changes (watched files, or a save in the editor).

use super::documents::{self, publish};
use super::{convert, Server};
use crate::error::ConfigError;
use crate::lint::Linter;
use crate::span::LineIndex;
use lsp_types::notification::ShowMessage;
use lsp_types::request::RegisterCapability;
use lsp_types::{
    ClientCapabilities, DidChangeWatchedFilesParams, DidChangeWatchedFilesRegistrationOptions,
    DidSaveTextDocumentParams, FileSystemWatcher, GlobPattern, MessageType, Registration, RegistrationParams,
    ShowMessageParams, Url,
};
use miette::Diagnostic as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Ask the client to tell us about config and rule pack changes made outside the editor
/// (a `git pull`, another editor); rule packs are TOML files in any folder.
pub(super) fn register(server: &mut Server, caps: &ClientCapabilities) {
    let dynamic = caps.workspace.as_ref().and_then(|w| w.did_change_watched_files).and_then(|d| d.dynamic_registration);
    if dynamic != Some(true) {
        return;
    }
    let watchers = ["**/copydesk.toml", "**/.copydesk.toml", "**/*.toml"]
        .map(|glob| FileSystemWatcher { glob_pattern: GlobPattern::String(glob.into()), kind: None })
        .to_vec();
    let options = DidChangeWatchedFilesRegistrationOptions { watchers };
    let registration = Registration {
        id: "copydesk-configs".into(),
        method: "workspace/didChangeWatchedFiles".into(),
        register_options: serde_json::to_value(options).ok(),
    };
    server.request_client::<RegisterCapability>(RegistrationParams { registrations: vec![registration] });
}

/// A config or a rule pack: any TOML file, since a desk's rule folders can be anywhere.
pub(super) fn is_config_file(uri: &Url) -> bool {
    uri.path().ends_with(".toml")
}

pub(super) fn saved(server: &mut Server, p: DidSaveTextDocumentParams) {
    if is_config_file(&p.text_document.uri) {
        reload(server);
    }
}

pub(super) fn changed(server: &mut Server, p: DidChangeWatchedFilesParams) {
    if p.changes.iter().any(|c| is_config_file(&c.uri)) {
        reload(server);
    }
}

/// Read every config again and check every open draft under what is found now.
pub(super) fn reload(server: &mut Server) {
    server.linters.reload();
    server.broken.clear();
    for uri in std::mem::take(&mut server.config_diagnostics) {
        publish(server, uri, Vec::new(), None);
    }
    let uris: Vec<Url> = server.docs.keys().cloned().collect();
    for uri in uris {
        documents::check(server, &uri);
    }
}

/// The linter for drafts in `dir`; `None` while its config is broken, with the error
/// shown once when it is first met.
pub(super) fn linter_for(server: &mut Server, dir: &Path) -> Option<Arc<Linter>> {
    let config = server.linters.config_path(dir);
    if server.broken.contains(&config) {
        return None;
    }
    match server.linters.for_dir(dir) {
        Ok(linter) => Some(linter),
        Err(e) => {
            show_config_error(server, config.as_deref(), &e);
            server.broken.insert(config);
            None
        }
    }
}

fn show_config_error(server: &mut Server, config: Option<&Path>, e: &ConfigError) {
    let message = match e.help() {
        Some(help) => format!("{}\nhelp: {help}", e.message()),
        None => e.message().to_string(),
    };
    let text = format!("copydesk: config error, drafts under it are not checked: {message}");
    server.notify::<ShowMessage>(ShowMessageParams { typ: MessageType::ERROR, message: text });
    let Some((uri, diagnostic)) = config_diagnostic(server, config, e, message) else { return };
    server.config_diagnostics.insert(uri.clone());
    publish(server, uri, vec![diagnostic], None);
}

/// The error as a diagnostic on the file it labels (a rule pack, or the config), or at
/// the top of the config when it labels nothing.
fn config_diagnostic(
    server: &Server,
    config: Option<&Path>,
    e: &ConfigError,
    message: String,
) -> Option<(Url, lsp_types::Diagnostic)> {
    let label = e.labels().and_then(|mut l| l.next());
    let named = e.source_code().zip(label.as_ref()).and_then(|(src, l)| src.read_span(l.inner(), 0, 0).ok());
    let file: PathBuf = match named.as_ref().and_then(|c| c.name()) {
        Some(name) => PathBuf::from(name),
        None => config?.to_path_buf(),
    };
    let uri = Url::from_file_path(std::path::absolute(&file).ok()?).ok()?;
    // The file as it is on disk is the text the error's offsets are into.
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    let span = label.map_or(crate::span::Span::new(0, 0), |l| {
        let start = l.offset().min(text.len());
        crate::span::Span::new(start, (start + l.len()).min(text.len()))
    });
    let diagnostic = lsp_types::Diagnostic {
        range: server.encoding.range(&LineIndex::new(&text), &text, span),
        severity: Some(lsp_types::DiagnosticSeverity::ERROR),
        source: Some(convert::SOURCE.into()),
        message,
        ..Default::default()
    };
    Some((uri, diagnostic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configs_and_rule_packs_are_toml_files() {
        assert!(is_config_file(&Url::parse("file:///desk/copydesk.toml").unwrap()));
        assert!(is_config_file(&Url::parse("file:///desk/style/rules/plain.toml").unwrap()));
        assert!(!is_config_file(&Url::parse("file:///desk/draft.md").unwrap()));
    }
}
