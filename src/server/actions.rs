//! Requests on a checked draft: code actions (each finding's fix as a quick fix, safe
//! ones preferred and unsafe ones marked, and "fix all safe problems", offered only when
//! the fixes converge) and hover (the rule's documentation as `copydesk explain` prints
//! it).

use super::documents::Open;
use super::{convert, Server};
use crate::diagnostic::{Applicability, Fix};
use crate::report;
use crate::span::Span;
use lsp_types::notification::ShowMessage;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionParams, Hover, HoverContents, HoverParams, MarkupContent, MarkupKind,
    MessageType, ShowMessageParams, TextEdit, Url, WorkspaceEdit,
};
use serde_json::Value;
use std::collections::HashMap;

pub const QUICKFIX: &str = "quickfix";
pub const FIX_ALL: &str = "source.fixAll.copydesk";

pub(super) fn code_actions(server: &mut Server, p: CodeActionParams) -> Value {
    let uri = p.text_document.uri;
    let Some(open) = server.docs.get(&uri) else { return Value::Null };
    let Some(c) = &open.checked else { return Value::Null };
    let wanted = |kind: &str| {
        p.context
            .only
            .as_ref()
            .is_none_or(|only| only.iter().any(|o| kind == o.as_str() || kind.starts_with(&format!("{}.", o.as_str()))))
    };
    let range = server.encoding.span(&c.document.lines, &c.document.source, p.range);
    let mut actions = Vec::new();
    if wanted(QUICKFIX) {
        for d in c.diagnostics.iter().filter(|d| touches(d.span, range)) {
            let Some(fix) = &d.fix else { continue };
            let href = server.links.href(d.rule, &c.linter);
            let diagnostic = convert::diagnostic(d, &c.document, &uri, server.encoding, href);
            let mut action = quick_fix(server, &uri, open, fix);
            action.diagnostics = Some(vec![diagnostic]);
            actions.push(action);
        }
    }
    let mut unconverged = None;
    if wanted(FIX_ALL) {
        match fix_all(server, &uri, open) {
            Some(Ok(action)) => actions.push(action),
            Some(Err(why)) => unconverged = Some((open.version, why)),
            None => {}
        }
    }
    if let Some((version, why)) = unconverged {
        // Editors ask for code actions whenever the cursor moves: tell the writer once
        // per version of the text, not at every request.
        if server.told_unconverged.insert(uri.clone(), version) != Some(version) {
            let message = format!("copydesk: {why}; no fix-all edit is offered, fix these by hand");
            server.notify::<ShowMessage>(ShowMessageParams { typ: MessageType::WARNING, message });
        }
    }
    serde_json::to_value(actions).unwrap_or(Value::Null)
}

/// A finding at the cursor: its span holds the range, or meets it at an edge (an empty
/// range where the cursor sits just after a word).
fn touches(span: Span, range: Span) -> bool {
    span.start <= range.end && range.start <= span.end
}

fn quick_fix(server: &Server, uri: &Url, open: &Open, fix: &Fix) -> CodeAction {
    let c = open.checked.as_ref().expect("checked");
    let edits = fix
        .edits
        .iter()
        .map(|e| {
            TextEdit::new(server.encoding.range(&c.document.lines, &c.document.source, e.span), e.replacement.clone())
        })
        .collect();
    let safe = fix.applicability == Applicability::Safe;
    CodeAction {
        title: if safe { fix.message.clone() } else { format!("{} (unsafe: check the result)", fix.message) },
        kind: Some(CodeActionKind::QUICKFIX),
        edit: Some(workspace_edit(uri, edits)),
        is_preferred: Some(safe),
        ..Default::default()
    }
}

/// Every safe fix, applied in rounds as `check --fix` does, as one edit over the part of
/// the text that changes; `Err` with the reason, naming the rules, when the fixes do not
/// converge: as `check --fix` writes nothing then, the editor gets no edit (which would
/// be the text grown by rounds of a fix that never settles).
fn fix_all(server: &Server, uri: &Url, open: &Open) -> Option<Result<CodeAction, String>> {
    let c = open.checked.as_ref()?;
    let safe =
        |d: &&crate::diagnostic::Diagnostic| d.fix.as_ref().is_some_and(|f| f.applicability == Applicability::Safe);
    if !c.diagnostics.iter().any(|d| safe(&d)) {
        return None;
    }
    let source = &c.document.source;
    let fixed = super::documents::guarded(|| c.linter.fix(&open.name, source.clone(), false)).ok()?;
    if let Some(why) = fixed.unconverged_reason() {
        return Some(Err(why));
    }
    let new = &fixed.document.source;
    let prefix = common_prefix(source, new);
    let suffix = common_suffix(&source[prefix..], &new[prefix..]);
    let span = Span::new(prefix, source.len() - suffix);
    let edit = TextEdit::new(
        server.encoding.range(&c.document.lines, source, span),
        new[prefix..new.len() - suffix].to_string(),
    );
    Some(Ok(CodeAction {
        title: format!("Fix all safe copydesk problems ({})", fixed.fixes),
        kind: Some(CodeActionKind::from(FIX_ALL.to_string())),
        edit: Some(workspace_edit(uri, vec![edit])),
        ..Default::default()
    }))
}

fn workspace_edit(uri: &Url, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit { changes: Some(HashMap::from([(uri.clone(), edits)])), ..Default::default() }
}

/// Bytes the two texts share at the start, cut back to a character boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    let n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    crate::span::floor_char_boundary(a, n)
}

fn common_suffix(a: &str, b: &str) -> usize {
    let mut n = a.bytes().rev().zip(b.bytes().rev()).take_while(|(x, y)| x == y).count();
    while n > 0 && !(a.is_char_boundary(a.len() - n) && b.is_char_boundary(b.len() - n)) {
        n -= 1;
    }
    n
}

pub(super) fn hover(server: &mut Server, p: HoverParams) -> Value {
    let at = p.text_document_position_params;
    let Some(c) = server.docs.get(&at.text_document.uri).and_then(|o| o.checked.as_ref()) else { return Value::Null };
    let (lines, source) = (&c.document.lines, &c.document.source);
    let Some(offset) = server.encoding.offset(lines, source, at.position) else { return Value::Null };
    let here: Vec<_> = c.diagnostics.iter().filter(|d| touches(d.span, Span::new(offset, offset))).collect();
    let Some(first) = here.first() else { return Value::Null };
    let mut markdown = String::new();
    let mut shown = Vec::new();
    for d in &here {
        markdown.push_str(&format!("**{}**: {}\n\n", d.rule.as_str(), d.message));
        if !shown.contains(&d.rule) {
            shown.push(d.rule);
            let mut doc = Vec::new();
            let _ = report::explain(&mut doc, d.rule, c.linter.config());
            markdown.push_str(&String::from_utf8_lossy(&doc));
            markdown.push_str("\n---\n\n");
        }
    }
    let hover = Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown.trim_end().trim_end_matches("---").trim_end().to_string(),
        }),
        range: Some(server.encoding.range(lines, source, first.span)),
    };
    serde_json::to_value(hover).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_changed_part_is_between_the_common_ends() {
        let (a, b) = ("one #bad tag two", "one #BadTag two");
        let p = common_prefix(a, b);
        let s = common_suffix(&a[p..], &b[p..]);
        assert_eq!((&a[p..a.len() - s], &b[p..b.len() - s]), ("bad t", "BadT"), "only what differs");
        let (a, b) = ("x é y", "x è y"); // é and è share their first byte
        let p = common_prefix(a, b);
        assert_eq!(&a[p..a.len() - common_suffix(&a[p..], &b[p..])], "é");
    }
}
