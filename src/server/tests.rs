//! A bug while checking must not take the server down: with a `Linters` that panics,
//! the client gets a logged error and an empty diagnostic set, and the server answers on.

use super::*;
use lsp_server::Response;
use std::time::Duration;

struct Panicking;

impl Linters for Panicking {
    fn for_dir(&mut self, _: &Path) -> Result<Arc<Linter>, ConfigError> {
        panic!("a bug in config loading")
    }

    fn config_path(&mut self, _: &Path) -> Option<PathBuf> {
        None
    }

    fn reload(&mut self) {}
}

fn next(client: &Connection) -> Message {
    client.receiver.recv_timeout(Duration::from_secs(30)).expect("a message in time")
}

#[test]
fn a_panic_while_checking_is_logged_and_publishes_nothing() {
    let (server, client) = Connection::memory();
    let thread = std::thread::spawn(move || run(server, &mut Panicking));
    let init = json!({"capabilities": {}});
    client.sender.send(Request::new(RequestId::from(1), "initialize".into(), init).into()).unwrap();
    assert!(matches!(next(&client), Message::Response(_)));
    client.sender.send(Notification::new("initialized".into(), json!({})).into()).unwrap();
    let item = json!({"uri": "file:///desk/draft.md", "languageId": "markdown", "version": 1, "text": "# Hi\n"});
    client.sender.send(Notification::new("textDocument/didOpen".into(), json!({"textDocument": item})).into()).unwrap();
    let Message::Notification(log) = next(&client) else { panic!("a log line") };
    assert_eq!(log.method, "window/logMessage");
    assert!(log.params["message"].as_str().unwrap().contains("a bug in config loading"), "{log:?}");
    let Message::Notification(published) = next(&client) else { panic!("diagnostics") };
    assert_eq!(published.method, "textDocument/publishDiagnostics");
    assert_eq!(published.params["diagnostics"], json!([]));
    // Still serving.
    client.sender.send(Request::new(RequestId::from(2), "shutdown".into(), Value::Null).into()).unwrap();
    let Message::Response(Response { response_result, .. }) = next(&client) else { panic!("a response") };
    assert_eq!(response_result.ok(), Some(Value::Null));
    client.sender.send(Notification::new("exit".into(), Value::Null).into()).unwrap();
    assert_eq!(thread.join().unwrap(), Ok(()));
}
