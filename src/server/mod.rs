//! `copydesk server`: a language server over a synchronous connection (lsp-server, no
//! async runtime). Drafts are checked from the editor's buffer on open and on every
//! change, through the one `Linter`; fixes are code actions and the rule's `explain`
//! text is the hover. Which linter governs a file is asked of `Linters`, which the app
//! gives with the CLI's config discovery, so the editor and `copydesk check` agree.

mod actions;
mod convert;
mod documents;
mod encoding;
mod watch;

#[cfg(test)]
mod tests;

use crate::error::ConfigError;
use crate::lint::Linter;
use convert::Links;
use documents::Open;
use encoding::Encoding;
pub use lsp_server::Connection;
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{self as note, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{InitializeParams, MessageType, Url};
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Which linter governs the files of a folder.
pub trait Linters {
    /// The linter for a file in `dir`, or the config error that stops one being built.
    fn for_dir(&mut self, dir: &Path) -> Result<Arc<Linter>, ConfigError>;
    /// The config file that governs `dir` (`None`: built-in defaults).
    fn config_path(&mut self, dir: &Path) -> Option<PathBuf>;
    /// Forget every config read, so the next request reads them again.
    fn reload(&mut self);
}

/// The server's state between messages.
struct Server<'a> {
    connection: Connection,
    linters: &'a mut dyn Linters,
    encoding: Encoding,
    links: Links,
    docs: HashMap<Url, Open>,
    /// Configs that failed to load since the last reload: not retried on every
    /// keystroke, and the writer told once.
    broken: HashSet<Option<PathBuf>>,
    /// Config and rule pack files on which a config error is shown.
    config_diagnostics: HashSet<Url>,
    /// For each open draft, the last version whose fixes were found not to converge and
    /// the writer told so (one entry a draft: it is dropped on close).
    told_unconverged: HashMap<Url, i32>,
    shutdown: bool,
    next_request: i32,
}

/// Serve one client until `exit` or the end of its input. `Err` for a broken protocol
/// (no `initialize` first, `exit` without `shutdown`).
pub fn run(connection: Connection, linters: &mut dyn Linters) -> Result<(), String> {
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let params: InitializeParams = serde_json::from_value(params).map_err(|e| format!("bad initialize: {e}"))?;
    let encoding = Encoding::negotiate(&params.capabilities);
    let links = Links { template: option(&params, "ruleDocsUrl") };
    let result = json!({
        "capabilities": capabilities(encoding),
        "serverInfo": {"name": "copydesk", "version": env!("CARGO_PKG_VERSION")},
    });
    connection.initialize_finish(id, result).map_err(|e| e.to_string())?;
    let mut server = Server {
        connection,
        linters,
        encoding,
        links,
        docs: HashMap::new(),
        broken: HashSet::new(),
        config_diagnostics: HashSet::new(),
        told_unconverged: HashMap::new(),
        shutdown: false,
        next_request: 0,
    };
    watch::register(&mut server, &params.capabilities);
    server.main_loop()
}

fn option(params: &InitializeParams, key: &str) -> Option<String> {
    params.initialization_options.as_ref()?.get(key)?.as_str().map(str::to_string)
}

fn capabilities(encoding: Encoding) -> Value {
    json!({
        "positionEncoding": encoding.kind(),
        "textDocumentSync": {"openClose": true, "change": 1, "save": {"includeText": false}},
        "hoverProvider": true,
        "codeActionProvider": {"codeActionKinds": [actions::QUICKFIX, actions::FIX_ALL]},
    })
}

impl Server<'_> {
    fn main_loop(&mut self) -> Result<(), String> {
        // The receiver closes when the client's input ends: exit then too, or an editor
        // that died would leave a server behind.
        while let Ok(message) = self.connection.receiver.recv() {
            match message {
                Message::Request(r) => {
                    let id = r.id.clone();
                    if let Err(what) = documents::guarded(|| self.request(r)) {
                        self.log(MessageType::ERROR, &format!("internal error (a copydesk bug): {what}"));
                        self.error(id, ErrorCode::InternalError, &what);
                    }
                }
                Message::Notification(n) if n.method == note::Exit::METHOD => {
                    return if self.shutdown { Ok(()) } else { Err("exit before shutdown".into()) };
                }
                Message::Notification(n) => {
                    if let Err(what) = documents::guarded(|| self.notification(n)) {
                        self.log(MessageType::ERROR, &format!("internal error (a copydesk bug): {what}"));
                    }
                }
                Message::Response(_) => {} // to registerCapability: nothing to do either way
            }
        }
        Ok(())
    }

    fn request(&mut self, r: Request) {
        if self.shutdown {
            return self.error(r.id, ErrorCode::InvalidRequest, "the server is shutting down");
        }
        let result = match r.method.as_str() {
            req::Shutdown::METHOD => {
                self.shutdown = true;
                Ok(Value::Null)
            }
            req::HoverRequest::METHOD => parse(r.params).map(|p| actions::hover(self, p)),
            req::CodeActionRequest::METHOD => parse(r.params).map(|p| actions::code_actions(self, p)),
            _ => return self.error(r.id, ErrorCode::MethodNotFound, &format!("unsupported request {}", r.method)),
        };
        match result {
            Ok(value) => self.send(Response::new_ok(r.id, value)),
            Err(e) => self.error(r.id, ErrorCode::InvalidParams, &e),
        }
    }

    fn notification(&mut self, n: Notification) {
        let method = n.method.clone();
        let handled = match method.as_str() {
            note::DidOpenTextDocument::METHOD => parse(n.params).map(|p| documents::open(self, p)),
            note::DidChangeTextDocument::METHOD => parse(n.params).map(|p| documents::change(self, p)),
            note::DidCloseTextDocument::METHOD => parse(n.params).map(|p| documents::close(self, p)),
            note::DidSaveTextDocument::METHOD => parse(n.params).map(|p| watch::saved(self, p)),
            note::DidChangeWatchedFiles::METHOD => parse(n.params).map(|p| watch::changed(self, p)),
            _ => Ok(()), // $/cancelRequest, $/setTrace, …: nothing runs long enough to cancel
        };
        if let Err(e) = handled {
            self.log(MessageType::ERROR, &format!("{method}: {e}"));
        }
    }

    fn send(&self, message: impl Into<Message>) {
        // A send fails only once the client has gone; the loop ends on its own then.
        let _ = self.connection.sender.send(message.into());
    }

    fn notify<N: note::Notification>(&self, params: N::Params) {
        self.send(Notification::new(N::METHOD.to_string(), params));
    }

    fn request_client<R: req::Request>(&mut self, params: R::Params) {
        self.next_request += 1;
        let id = RequestId::from(format!("copydesk-{}", self.next_request));
        self.send(Request::new(id, R::METHOD.to_string(), params));
    }

    fn error(&self, id: RequestId, code: ErrorCode, message: &str) {
        self.send(Response::new_err(id, code as i32, message.to_string()));
    }

    /// A line in the client's log for the server (Neovim's lsp.log, VS Code's output).
    fn log(&self, typ: MessageType, message: &str) {
        self.notify::<note::LogMessage>(lsp_types::LogMessageParams { typ, message: message.to_string() });
    }
}

fn parse<P: serde::de::DeserializeOwned>(params: Value) -> Result<P, String> {
    serde_json::from_value(params).map_err(|e| format!("invalid parameters: {e}"))
}
