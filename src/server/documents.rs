//! Open drafts: the editor's text (never the file on disk, which may be older), checked
//! on open and on every change, and the findings kept for hover and code actions.

use super::{convert, watch, Server};
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::lint::Linter;
use lsp_types::notification::PublishDiagnostics;
use lsp_types::{
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams, MessageType,
    PublishDiagnosticsParams, Url,
};
use std::path::PathBuf;
use std::sync::Arc;

/// One document the editor holds.
pub(super) struct Open {
    pub version: i32,
    pub text: String,
    /// The name it is checked as (its extension picks the format) and the folder its
    /// config is discovered from.
    pub name: String,
    pub dir: PathBuf,
    /// The last check of `text`; `None` when it could not be checked.
    pub checked: Option<Checked>,
}

pub(super) struct Checked {
    pub document: Document,
    pub diagnostics: Vec<Diagnostic>,
    pub linter: Arc<Linter>,
}

pub(super) fn open(server: &mut Server, p: DidOpenTextDocumentParams) {
    let uri = p.text_document.uri;
    let (name, dir) = name_and_dir(&uri);
    let open = Open { version: p.text_document.version, text: p.text_document.text, name, dir, checked: None };
    server.docs.insert(uri.clone(), open);
    check(server, &uri);
}

pub(super) fn change(server: &mut Server, p: DidChangeTextDocumentParams) {
    let uri = p.text_document.uri;
    let Some(open) = server.docs.get_mut(&uri) else { return };
    // Full sync: the last change holds the whole text.
    if let Some(change) = p.content_changes.into_iter().last() {
        open.text = change.text;
        open.version = p.text_document.version;
        check(server, &uri);
    }
}

pub(super) fn close(server: &mut Server, p: DidCloseTextDocumentParams) {
    let uri = p.text_document.uri;
    server.told_unconverged.remove(&uri);
    if server.docs.remove(&uri).is_some() && !server.config_diagnostics.contains(&uri) {
        publish(server, uri, Vec::new(), None);
    }
}

/// A file URI checks as its path; anything else (an unsaved buffer) by its last
/// segment, with config discovered from the server's folder.
fn name_and_dir(uri: &Url) -> (String, PathBuf) {
    match uri.to_file_path() {
        Ok(path) => {
            let dir = path.parent().map(PathBuf::from).unwrap_or_default();
            (path.display().to_string(), dir)
        }
        Err(()) => {
            let name = uri.path().rsplit('/').next().filter(|s| !s.is_empty());
            (name.unwrap_or("untitled.md").to_string(), PathBuf::from("."))
        }
    }
}

/// Check a document and publish what was found.
pub(super) fn check(server: &mut Server, uri: &Url) {
    let Some(open) = server.docs.get(uri) else { return };
    if watch::is_config_file(uri) {
        return; // a config file's own problems are config errors, shown by `watch`
    }
    let (dir, name, text, version) = (open.dir.clone(), open.name.clone(), open.text.clone(), open.version);
    // Config loading is inside too: a bug there is as much a bug in checking this draft.
    let outcome = guarded(|| {
        let linter = watch::linter_for(server, &dir)?;
        let (document, diagnostics) = linter.lint(&name, text);
        let (enc, links) = (server.encoding, &server.links);
        let lsp = diagnostics
            .iter()
            .map(|d| convert::diagnostic(d, &document, uri, enc, links.href(d.rule, &linter)))
            .collect();
        Some((Checked { document, diagnostics, linter }, lsp))
    });
    let (checked, lsp) = match outcome {
        Ok(Some((checked, lsp))) => (Some(checked), lsp),
        Ok(None) => (None, Vec::new()),
        Err(what) => {
            let message = format!("internal error while checking {name} (a copydesk bug; please report it): {what}");
            server.log(MessageType::ERROR, &message);
            (None, Vec::new())
        }
    };
    if let Some(open) = server.docs.get_mut(uri) {
        open.checked = checked;
    }
    publish(server, uri.clone(), lsp, Some(version));
}

pub(super) fn publish(server: &Server, uri: Url, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) {
    server.notify::<PublishDiagnostics>(PublishDiagnosticsParams { uri, diagnostics, version });
}

/// Run `f`, turning a panic into its message: a bug in one rule must cost the writer
/// that document's findings, not the server.
pub(super) fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "unknown panic".into())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message() {
        assert_eq!(guarded(|| 2 + 2), Ok(4));
        assert_eq!(guarded(|| -> u8 { panic!("rule broke") }), Err("rule broke".to_string()));
        assert_eq!(guarded(|| -> u8 { panic!("{} broke", "rule") }), Err("rule broke".to_string()));
    }

    #[test]
    fn unsaved_buffers_check_by_their_name() {
        let (name, dir) = name_and_dir(&Url::parse("untitled:notes/draft.md").unwrap());
        assert_eq!((name.as_str(), dir), ("draft.md", PathBuf::from(".")));
        let (name, _) = name_and_dir(&Url::parse("untitled:Untitled-1").unwrap());
        assert_eq!(name, "Untitled-1");
    }
}
