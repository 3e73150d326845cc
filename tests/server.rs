//! `copydesk server` in process, over an in-memory connection: the protocol as an
//! editor speaks it (initialize, open, change, hover, code actions, config reload,
//! shutdown), with config discovered as `copydesk check` discovers it.

use copydesk::cli::ConfigArgs;
use copydesk::server::Connection;
use lsp_server::{Message, Notification, Request, RequestId, Response};
use serde_json::{json, Value};
use std::collections::VecDeque;
use std::path::Path;
use std::thread::JoinHandle;
use std::time::Duration;

/// Long enough for a loaded machine; a hang fails the test instead of blocking it.
const WAIT: Duration = Duration::from_secs(30);

/// A draft whose finding sits after an emoji on its line: UTF-16 and UTF-8 columns
/// differ there.
const DRAFT: &str = "# Launch day\n\nThe crew cheered 🚀 at dawn. Follow #SpaceFlight#Launch and #Orbit.\n";

/// A hashtag cut short at its hyphen: a finding with a label and an unsafe fix.
const TRUNCATED: &str = "# Tags\n\nRead on #four-day-week now.\n";

struct Client {
    conn: Connection,
    server: Option<JoinHandle<Result<(), String>>>,
    /// Notifications read while waiting for something else.
    seen: VecDeque<Notification>,
    next_id: i32,
}

impl Client {
    fn start(capabilities: Value) -> Client {
        let (server, conn) = Connection::memory();
        let handle = std::thread::spawn(move || {
            copydesk::app::serve(server, &ConfigArgs { config: None, no_config: false, allow_rule_paths: Vec::new() })
        });
        let mut client = Client { conn, server: Some(handle), seen: VecDeque::new(), next_id: 0 };
        let init =
            client.request("initialize", json!({"capabilities": capabilities, "processId": null, "rootUri": null}));
        assert!(init["capabilities"]["hoverProvider"].as_bool().unwrap(), "{init}");
        client.notify("initialized", json!({}));
        client
    }

    fn send(&self, m: impl Into<Message>) {
        self.conn.sender.send(m.into()).expect("server is running");
    }

    fn notify(&self, method: &str, params: Value) {
        self.send(Notification::new(method.into(), params));
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        self.send(Request::new(id.clone(), method.into(), params));
        loop {
            match self.conn.receiver.recv_timeout(WAIT).expect("an answer in time") {
                Message::Response(Response { id: got, response_result }) if got == id => {
                    return response_result.unwrap_or_else(|e| panic!("{method}: {e:?}"));
                }
                Message::Notification(n) => self.seen.push_back(n),
                other => panic!("unexpected {other:?}"),
            }
        }
    }

    /// The next notification `method` for which `pick` is true.
    fn wait(&mut self, method: &str, pick: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.seen.iter().position(|n| n.method == method && pick(&n.params)) {
            return self.seen.remove(i).unwrap().params;
        }
        loop {
            match self.conn.receiver.recv_timeout(WAIT).unwrap_or_else(|_| panic!("no {method} in time")) {
                Message::Notification(n) if n.method == method && pick(&n.params) => return n.params,
                Message::Notification(n) => self.seen.push_back(n),
                other => panic!("unexpected {other:?}"),
            }
        }
    }

    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let p = self.wait("textDocument/publishDiagnostics", |p| p["uri"] == uri);
        p["diagnostics"].as_array().unwrap().clone()
    }

    fn shutdown(mut self) {
        assert_eq!(self.request("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        let result = self.server.take().unwrap().join().expect("no panic");
        assert_eq!(result, Ok(()));
    }
}

fn uri(path: &Path) -> String {
    lsp_types::Url::from_file_path(path).unwrap().to_string()
}

fn open(client: &Client, uri: &str, text: &str) {
    let item = json!({"uri": uri, "languageId": "markdown", "version": 1, "text": text});
    client.notify("textDocument/didOpen", json!({"textDocument": item}));
}

fn utf16() -> Value {
    json!({})
}

#[test]
fn diagnostics_on_open_and_change_from_the_buffer_not_the_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("draft.md");
    std::fs::write(&path, "# On disk\n\nNothing wrong here.\n").unwrap();
    let uri = uri(&path);
    let mut client = Client::start(utf16());
    open(&client, &uri, DRAFT);
    let found = client.diagnostics(&uri);
    let d = found.iter().find(|d| d["code"] == "hashtags/run-together").expect("run-together");
    assert_eq!(d["source"], "copydesk");
    assert_eq!(d["severity"], 1);
    // After `🚀` (two UTF-16 units): the tag starts at character 36.
    assert_eq!(d["range"], json!({"start": {"line": 2, "character": 36}, "end": {"line": 2, "character": 55}}));
    assert!(d["codeDescription"]["href"].as_str().unwrap().ends_with("hashtags/run-together.toml"), "{d}");
    let change =
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": "# Clean\n\nAll fine.\n"}]});
    client.notify("textDocument/didChange", change);
    assert_eq!(client.diagnostics(&uri), Vec::<Value>::new());
    client.shutdown();
}

#[test]
fn utf8_positions_when_the_client_offers_them() {
    let dir = tempfile::tempdir().unwrap();
    let uri = uri(&dir.path().join("draft.md"));
    let mut client = Client::start(json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}}));
    open(&client, &uri, DRAFT);
    let found = client.diagnostics(&uri);
    let d = found.iter().find(|d| d["code"] == "hashtags/run-together").unwrap();
    // The emoji is four bytes: the tag starts at byte 38 of its line.
    assert_eq!(d["range"]["start"], json!({"line": 2, "character": 38}));
    client.shutdown();
}

#[test]
fn labels_are_related_information() {
    let dir = tempfile::tempdir().unwrap();
    let uri = uri(&dir.path().join("draft.md"));
    let mut client = Client::start(utf16());
    open(&client, &uri, TRUNCATED);
    let found = client.diagnostics(&uri);
    let with_related: Vec<&Value> = found.iter().filter(|d| d["relatedInformation"].is_array()).collect();
    assert!(!with_related.is_empty(), "{found:?}");
    let info = &with_related[0]["relatedInformation"][0];
    assert_eq!(info["location"]["uri"], uri);
    assert!(!info["message"].as_str().unwrap().is_empty());
    client.shutdown();
}

#[test]
fn hover_shows_the_rules_documentation() {
    let dir = tempfile::tempdir().unwrap();
    let uri = uri(&dir.path().join("draft.md"));
    let mut client = Client::start(utf16());
    open(&client, &uri, DRAFT);
    client.diagnostics(&uri);
    let at = json!({"textDocument": {"uri": uri}, "position": {"line": 2, "character": 40}});
    let hover = client.request("textDocument/hover", at);
    assert_eq!(hover["contents"]["kind"], "markdown");
    let text = hover["contents"]["value"].as_str().unwrap();
    assert!(text.contains("# hashtags/run-together") && text.contains("## Why it matters"), "{text}");
    let nothing = json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}});
    assert_eq!(client.request("textDocument/hover", nothing), Value::Null);
    client.shutdown();
}

#[test]
fn code_actions_fix_one_finding_or_all_safe_ones() {
    let dir = tempfile::tempdir().unwrap();
    let uri = uri(&dir.path().join("draft.md"));
    let mut client = Client::start(utf16());
    open(&client, &uri, DRAFT);
    let found = client.diagnostics(&uri);
    let range = json!({"start": {"line": 2, "character": 40}, "end": {"line": 2, "character": 40}});
    let params = json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": found}});
    let actions = client.request("textDocument/codeAction", params);
    let actions = actions.as_array().unwrap();
    let quick = actions.iter().find(|a| a["kind"] == "quickfix").expect("a quick fix");
    assert_eq!(quick["isPreferred"], true, "a safe fix is preferred");
    assert_eq!(quick["diagnostics"][0]["code"], "hashtags/run-together");
    let edits = &quick["edit"]["changes"][uri.as_str()];
    assert_eq!(
        edits[0],
        json!({"range": {"start": {"line": 2, "character": 48}, "end": {"line": 2, "character": 48}}, "newText": " "})
    );
    let all = actions.iter().find(|a| a["kind"] == "source.fixAll.copydesk").expect("fix all");
    assert_eq!(all["edit"]["changes"][uri.as_str()][0]["newText"], " ");
    let only = json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": [], "only": ["source.fixAll"]}});
    let filtered = client.request("textDocument/codeAction", only);
    assert_eq!(filtered.as_array().unwrap().len(), 1, "{filtered}");
    client.shutdown();
}

#[test]
fn unsafe_fixes_are_marked_and_not_preferred() {
    let dir = tempfile::tempdir().unwrap();
    let uri = uri(&dir.path().join("draft.md"));
    let mut client = Client::start(utf16());
    open(&client, &uri, TRUNCATED);
    let found = client.diagnostics(&uri);
    assert!(found.iter().any(|d| d["code"] == "hashtags/truncated"), "{found:?}");
    let range = json!({"start": {"line": 2, "character": 12}, "end": {"line": 2, "character": 12}});
    let params = json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": []}});
    let actions = client.request("textDocument/codeAction", params);
    let fix = actions.as_array().unwrap().iter().find(|a| a["kind"] == "quickfix").expect("a quick fix");
    assert_eq!(fix["isPreferred"], false);
    assert!(fix["title"].as_str().unwrap().contains("unsafe"), "{fix}");
    client.shutdown();
}

#[test]
fn config_errors_show_on_the_config_and_a_reload_recovers() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("copydesk.toml");
    std::fs::write(&config, "[rules.\"hashtags/run-together\"]\nseverity = \"loud\"\n").unwrap();
    let uri = uri(&dir.path().join("draft.md"));
    let config_uri = self::uri(&config);
    let mut client = Client::start(utf16());
    open(&client, &uri, DRAFT);
    assert_eq!(client.diagnostics(&uri), Vec::<Value>::new(), "not checked under a broken config");
    let shown = client.wait("window/showMessage", |_| true);
    assert_eq!(shown["type"], 1);
    let on_config = client.diagnostics(&config_uri);
    assert_eq!(on_config[0]["range"]["start"]["line"], 1, "{on_config:?}");
    // Fixed on disk and saved: every config is read again and the draft checked again.
    std::fs::write(&config, "[rules.\"hashtags/run-together\"]\nseverity = \"warning\"\n").unwrap();
    client.notify("textDocument/didSave", json!({"textDocument": {"uri": config_uri}}));
    assert_eq!(client.diagnostics(&config_uri), Vec::<Value>::new());
    let found = client.diagnostics(&uri);
    let d = found.iter().find(|d| d["code"] == "hashtags/run-together").unwrap();
    assert_eq!(d["severity"], 2, "the desk's severity");
    // A watched-file event does the same: turning the rule off clears it.
    std::fs::write(&config, "[rules.\"hashtags/run-together\"]\nenabled = false\n").unwrap();
    client.notify("workspace/didChangeWatchedFiles", json!({"changes": [{"uri": config_uri, "type": 2}]}));
    let found = client.diagnostics(&uri);
    assert!(found.iter().all(|d| d["code"] != "hashtags/run-together"), "{found:?}");
    client.shutdown();
}

#[test]
fn watched_files_are_registered_when_the_client_can() {
    let caps = json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}});
    let (server, conn) = Connection::memory();
    let handle = std::thread::spawn(move || {
        copydesk::app::serve(server, &ConfigArgs { config: None, no_config: false, allow_rule_paths: Vec::new() })
    });
    let init = json!({"capabilities": caps, "processId": null, "rootUri": null});
    conn.sender.send(Request::new(RequestId::from(1), "initialize".into(), init).into()).unwrap();
    assert!(matches!(conn.receiver.recv_timeout(WAIT).unwrap(), Message::Response(_)));
    conn.sender.send(Notification::new("initialized".into(), json!({})).into()).unwrap();
    let Message::Request(r) = conn.receiver.recv_timeout(WAIT).unwrap() else { panic!("a request") };
    assert_eq!(r.method, "client/registerCapability");
    assert_eq!(r.params["registrations"][0]["method"], "workspace/didChangeWatchedFiles");
    conn.sender.send(Response::new_ok(r.id, Value::Null).into()).unwrap();
    drop(conn); // the client hangs up: the server ends on its own
    assert_eq!(handle.join().unwrap(), Ok(()));
}

#[test]
fn exit_without_shutdown_is_an_error_and_requests_after_shutdown_are_refused() {
    let mut client = Client::start(utf16());
    assert_eq!(client.request("shutdown", Value::Null), Value::Null);
    client.next_id += 1;
    client.send(Request::new(RequestId::from(client.next_id), "textDocument/hover".into(), json!({})));
    let Message::Response(r) = client.conn.receiver.recv_timeout(WAIT).unwrap() else { panic!("a response") };
    assert!(r.response_result.is_err());
    client.notify("exit", Value::Null);
    assert_eq!(client.server.take().unwrap().join().unwrap(), Ok(()));

    let client = Client::start(utf16());
    client.notify("exit", Value::Null);
    let mut client = client;
    assert!(client.server.take().unwrap().join().unwrap().is_err());
}

/// An editor that dies closes the server's input: the process must end by itself.
#[test]
fn the_binary_exits_when_its_input_ends() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .arg("server")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("runs");
    let body = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}).to_string();
    let mut stdin = child.stdin.take().unwrap();
    write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    drop(stdin);
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > WAIT {
            child.kill().unwrap();
            panic!("copydesk server kept running after its input ended");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut out = String::new();
    std::io::Read::read_to_string(&mut child.stdout.take().unwrap(), &mut out).unwrap();
    assert!(out.contains("\"positionEncoding\":\"utf-16\""), "answered initialize first: {out}");
}

/// A desk's rule, and the same rule file broken: the error sits on the rule file, and
/// saving the fixed file brings the desk's rule back.
#[test]
fn a_broken_rule_pack_is_shown_on_its_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("copydesk.toml"), "rule_paths = [\"style\"]\n").unwrap();
    std::fs::create_dir(dir.path().join("style")).unwrap();
    let rule = dir.path().join("style/shouting.toml");
    let good =
        "id = \"desk/shouting\"\nkind = \"existence\"\npattern = '!!'\nmessage = \"one exclamation mark is enough\"\n";
    std::fs::write(&rule, good.replace("'!!'", "'(!!'")).unwrap();
    let (uri, rule_uri) = (uri(&dir.path().join("draft.md")), uri(&rule));
    let mut client = Client::start(utf16());
    open(&client, &uri, "# News\n\nWe won!!\n");
    let on_rule = client.diagnostics(&rule_uri);
    assert_eq!(on_rule[0]["range"]["start"]["line"], 2, "on the pattern: {on_rule:?}");
    assert_eq!(on_rule[0]["source"], "copydesk");
    std::fs::write(&rule, good).unwrap();
    client.notify("textDocument/didSave", json!({"textDocument": {"uri": rule_uri}}));
    let found = loop {
        let found = client.diagnostics(&uri);
        if !found.is_empty() {
            break found;
        }
    };
    let d = found.iter().find(|d| d["code"] == "desk/shouting").expect("the desk's rule");
    assert_eq!(d["codeDescription"]["href"], rule_uri, "a desk's rule links to its file");
    client.shutdown();
}

/// A desk's fix that holds its own pattern never settles: "fix all" offers no edit (the
/// text grown by its rounds), and the writer is told once which rule, as `check --fix`
/// names it; the other code actions stay.
#[test]
fn fix_all_offers_no_edit_when_fixes_do_not_converge() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("copydesk.toml"), "rule_paths = [\"style\"]\n").unwrap();
    std::fs::create_dir(dir.path().join("style")).unwrap();
    let rule =
        "id = \"desk/echo\"\nkind = \"substitution\"\nmessage = \"m\"\nfix = \"safe\"\n[replace]\n\"go\" = \"go go\"\n";
    std::fs::write(dir.path().join("style/echo.toml"), rule).unwrap();
    let uri = uri(&dir.path().join("draft.md"));
    let mut client = Client::start(utf16());
    open(&client, &uri, "# News\n\nLet us go.\n");
    let found = client.diagnostics(&uri);
    assert!(found.iter().any(|d| d["code"] == "desk/echo"), "{found:?}");
    let range = json!({"start": {"line": 2, "character": 8}, "end": {"line": 2, "character": 8}});
    let params = json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": []}});
    for _ in 0..2 {
        let actions = client.request("textDocument/codeAction", params.clone());
        let kinds: Vec<&Value> = actions.as_array().unwrap().iter().map(|a| &a["kind"]).collect();
        assert_eq!(kinds, [&json!("quickfix")], "the finding's own fix, no fix-all: {actions}");
    }
    let shown = client.wait("window/showMessage", |_| true);
    assert_eq!(shown["type"], 2, "a warning");
    let message = shown["message"].as_str().unwrap();
    assert!(message.contains("fix does not converge (desk/echo keeps changing the text)"), "{message}");
    assert!(client.seen.iter().all(|n| n.method != "window/showMessage"), "told once: {:?}", client.seen);
    client.shutdown();
}
