//! Diagnostics latency of `copydesk server`: the time from a `didChange` of a
//! 2,000-word house draft to its `publishDiagnostics`, over the in-memory connection
//! (no pipes, so what is measured is the server's own work). The target is 20 ms. Run:
//!
//!   cargo bench --bench server_latency
//!
//! It prints the distribution and never fails on time: speed is measured here, not in
//! timed tests.

use copydesk::cli::ConfigArgs;
use copydesk::server::Connection;
use lsp_server::{Message, Notification, Request, RequestId};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

const ROUNDS: usize = 200;
const WORDS: usize = 2_000;
const TARGET: Duration = Duration::from_millis(20);

const HEAD: &str = "Cities\n\nTram Line Extension Opens Two Months Early\n\nThe new branch links the harbour district to the university campus.\n\nInes Marlowe· September 14, 2026· 9 min read\n\n";
const PARAGRAPHS: [&str; 4] = [
    "Passengers boarded the first trams on the harbour branch on Monday morning, two months ahead of the schedule the transit authority published last spring.",
    "\"We finally have a ride that does not rattle,\" said Dana Obi, a nurse who commutes from the ferry terminal. Ridership rose 14% in the first week, the authority said.",
    "The branch adds four stops between the ferry terminal and the university. Officials said the early opening followed a dry summer that let crews finish track work on Friday, 3 October 2026.",
    "Regular commuters described a quieter ride than on the older lines, thanks to the new rail fastenings, and asked for later trams at weekends. About 40,000 people live within walking distance.",
];
const TAIL: &str = "These details were first reported by the Harbour Courier, based on a transit authority briefing.\n\n#Transit #HarbourDistrict#PublicTransport\n\nThis is an original analysis by the Omega cities team. Source reporting: Harbour Courier.\n";

/// A house draft of about `WORDS` words, with findings of several families in it.
fn draft(edit: usize) -> String {
    let mut text = HEAD.to_string();
    let mut words = 0;
    let mut i = 0;
    while words < WORDS {
        let p = PARAGRAPHS[i % PARAGRAPHS.len()];
        words += p.split_whitespace().count();
        text.push_str(p);
        text.push_str("\n\n");
        i += 1;
    }
    // Each round changes one word, as typing does.
    text.push_str(&format!("Edit number {edit} of the draft.\n\n"));
    text.push_str(TAIL);
    text
}

fn main() {
    let (server, client) = Connection::memory();
    let thread = std::thread::spawn(move || {
        copydesk::app::serve(server, &ConfigArgs { config: None, no_config: true, allow_rule_paths: Vec::new() })
    });
    let send = |m: Message| client.sender.send(m).unwrap();
    send(Request::new(RequestId::from(1), "initialize".into(), json!({"capabilities": {}})).into());
    let _ = client.receiver.recv().unwrap();
    send(Notification::new("initialized".into(), json!({})).into());
    let uri = "file:///bench/draft.txt";
    let item = json!({"uri": uri, "languageId": "plaintext", "version": 0, "text": draft(0)});
    send(Notification::new("textDocument/didOpen".into(), json!({"textDocument": item})).into());
    let findings = wait(&client, 0);
    let mut times = Vec::with_capacity(ROUNDS);
    for round in 1..=ROUNDS {
        let text = draft(round);
        let change = json!({"textDocument": {"uri": uri, "version": round}, "contentChanges": [{"text": text}]});
        let started = Instant::now();
        send(Notification::new("textDocument/didChange".into(), change).into());
        wait(&client, round);
        times.push(started.elapsed());
    }
    send(Request::new(RequestId::from(2), "shutdown".into(), Value::Null).into());
    let _ = client.receiver.recv();
    send(Notification::new("exit".into(), Value::Null).into());
    thread.join().unwrap().unwrap();
    report(&draft(0), findings, &mut times);
}

/// The number of diagnostics published for `version`.
fn wait(client: &Connection, version: usize) -> usize {
    loop {
        if let Message::Notification(n) = client.receiver.recv().unwrap() {
            if n.method == "textDocument/publishDiagnostics" && n.params["version"] == version {
                return n.params["diagnostics"].as_array().map_or(0, Vec::len);
            }
        }
    }
}

fn report(text: &str, findings: usize, times: &mut [Duration]) {
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    let words = text.split_whitespace().count();
    println!(
        "server latency, didChange to publishDiagnostics: {words}-word draft, {findings} findings, {ROUNDS} changes"
    );
    println!(
        "  min {:.2?}  median {:.2?}  p95 {:.2?}  max {:.2?}  (target {TARGET:?}: {})",
        at(0.0),
        at(0.5),
        at(0.95),
        at(1.0),
        if at(0.95) <= TARGET { "met at p95" } else { "NOT met at p95" }
    );
}
