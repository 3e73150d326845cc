//! What must hold for any input, not just "no panic": shared by the fuzz targets and by
//! `tests/fuzz_regressions.rs`, which replays every input the fuzzers have found.

// Each target and the regression test use only some of these.
#![allow(dead_code)]

use copydesk::config::Config;
use copydesk::diagnostic::Diagnostic;
use copydesk::document::Document;
use copydesk::lint::Linter;
use copydesk::rules::RuleId;
use copydesk::span::{Position, Span};

/// A linter with every rule on, built once per process.
pub fn linter() -> &'static Linter {
    static LINTER: std::sync::OnceLock<Linter> = std::sync::OnceLock::new();
    LINTER.get_or_init(|| {
        let mut config = Config::builtin().expect("built-in config");
        config.select(&["all".into()], &[]);
        Linter::new(&config).expect("linter")
    })
}

/// The file name an input is read as: its first byte picks house text or Markdown.
pub fn split(data: &[u8]) -> Option<(&'static str, &str)> {
    let (first, rest) = data.split_first()?;
    let name = if first % 2 == 0 { "fuzz.txt" } else { "fuzz.md" };
    Some((name, std::str::from_utf8(rest).ok()?))
}

/// `span` lies inside `src`, on character boundaries, and never between a CR and its LF.
pub fn span_ok(src: &str, span: Span, what: &str) {
    assert!(span.start <= span.end && span.end <= src.len(), "{what} {span:?} outside 0..{}", src.len());
    assert!(src.is_char_boundary(span.start) && src.is_char_boundary(span.end), "{what} {span:?} splits a character");
    let b = src.as_bytes();
    for at in [span.start, span.end] {
        let splits = at > 0 && at < b.len() && b[at - 1] == b'\r' && b[at] == b'\n';
        assert!(!splits || span.is_empty(), "{what} {span:?} splits a CRLF line break");
    }
}

fn inside(outer: Span, inner: Span, what: &str) {
    assert!(outer.start <= inner.start && inner.end <= outer.end, "{what} {inner:?} reaches outside {outer:?}");
}

/// Line and column of a span's start lead back to it.
fn position_ok(doc: &Document, at: usize, what: &str) {
    let src = &doc.source;
    if src.starts_with('\u{feff}') && at < 3 {
        return; // a BOM is not counted as a column
    }
    let pos: Position = doc.lines.position(src, at);
    assert_eq!(doc.lines.offset(src, pos), Some(at), "{what} at {at}: line/column {pos:?} disagree");
}

/// The full rule set over `text` read as `name`: every invariant of the document and
/// its findings, the suppression oracle included, with the rules run once.
pub fn rules(name: &str, text: &str) {
    let doc = copydesk::document::Document::parse(name, text.to_string());
    let raw = linter().check_unsuppressed(&doc);
    let diags = linter().suppress(&doc, raw.clone());
    document(&doc);
    diagnostics(&doc, &diags);
    suppressions(&doc, &raw, &diags);
}

/// Every piece of the parsed document.
pub fn document(doc: &Document) {
    let src = &doc.source;
    for w in doc.regions.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "regions {:?} and {:?} overlap", w[0].span, w[1].span);
    }
    for r in &doc.regions {
        span_ok(src, r.span, "region");
        for p in &r.pieces {
            span_ok(src, *p, "piece");
            inside(r.span, *p, "piece");
        }
    }
    for (i, s) in doc.non_prose.iter().enumerate() {
        span_ok(src, *s, &format!("non-prose #{i}"));
    }
    for s in &doc.code {
        span_ok(src, *s, "code");
    }
    if let Some(f) = &doc.front_matter {
        span_ok(src, f.span, "front matter");
    }
    for img in &doc.images {
        span_ok(src, img.span, "image");
        img.alt.iter().for_each(|a| inside(img.span, *a, "alt text"));
    }
    for s in doc.sentences().iter().chain(doc.words()) {
        span_ok(src, s.span, "segment");
        assert!(s.region < doc.regions.len(), "segment of region {} of {}", s.region, doc.regions.len());
    }
    let _ = doc.count();
}

/// Every finding, label and edit; the edits of one fix do not overlap; no finding twice.
pub fn diagnostics(doc: &Document, diags: &[Diagnostic]) {
    let src = &doc.source;
    for d in diags {
        let what = d.rule.as_str();
        span_ok(src, d.span, what);
        position_ok(doc, d.span.start, what);
        d.labels.iter().for_each(|l| span_ok(src, l.span, &format!("{what} label")));
        if let Some(f) = &d.fix {
            let mut edits: Vec<Span> = f.edits.iter().map(|e| e.span).collect();
            edits.iter().for_each(|e| span_ok(src, *e, &format!("{what} edit")));
            edits.sort_by_key(|e| (e.start, e.end));
            for w in edits.windows(2) {
                assert!(w[0].end <= w[1].start && w[0] != w[1], "{what}: edits {:?} and {:?} overlap", w[0], w[1]);
            }
        }
    }
    for w in diags.windows(2) {
        assert!(
            !(w[0].rule == w[1].rule && w[0].span == w[1].span && w[0].message == w[1].message),
            "{} reported twice at {:?}",
            w[0].rule.as_str(),
            w[0].span
        );
    }
}

/// Suppression comments hide exactly the findings inside their stated reach: a finding
/// the rules made (`raw`) is missing from the report (`diags`) if and only if a comment
/// naming its rule covers it, worked out here the slow, obvious way (the linter uses range
/// tables).
pub fn suppressions(doc: &Document, raw: &[Diagnostic], diags: &[Diagnostic]) {
    use copydesk::rules::suppression::{self, Kind};
    let key = |d: &Diagnostic| (d.rule, d.span, d.message.clone());
    let shown: std::collections::HashSet<_> =
        diags.iter().filter(|d| d.rule != RuleId::SuppressionUnused).map(key).collect();
    let raw_keys: std::collections::HashSet<_> = raw.iter().map(key).collect();
    for k in &shown {
        assert!(raw_keys.contains(k), "{} at {:?} was added by suppression", k.0.as_str(), k.1);
    }
    let comments = suppression::parse(doc);
    for c in &comments {
        span_ok(&doc.source, c.span, "suppression comment");
        assert!(doc.source[c.span.start..c.span.end].starts_with("<!--"), "comment {:?} is not a comment", c.span);
    }
    for d in raw {
        let names = |c: &suppression::Comment| c.selectors.is_empty() || c.selectors.iter().any(|s| d.rule.matches(s));
        let at = d.span.start;
        let line = doc.lines.line(at);
        let by_line = comments
            .iter()
            .any(|c| matches!(c.kind, Kind::Line | Kind::NextLine) && names(c) && c.lines.contains(&line));
        // The last disable or enable of this rule before the finding decides.
        let last = comments.iter().filter(|c| names(c)).rfind(|c| match c.kind {
            Kind::Disable => c.span.end <= at,
            Kind::Enable => c.span.start <= at,
            _ => false,
        });
        let hidden = by_line || last.is_some_and(|c| c.kind == Kind::Disable);
        assert_eq!(
            !shown.contains(&key(d)),
            hidden,
            "{} at {:?}: {} by the comments",
            d.rule.as_str(),
            d.span,
            if hidden { "should be hidden" } else { "hidden outside their reach" }
        );
    }
}

/// Fixing converges (or says which rule does not), and a second pass changes nothing.
pub fn fixes(name: &str, text: &str) {
    let l = linter();
    let once = l.fix(name, text.to_string(), true);
    document(&once.document);
    diagnostics(&once.document, &once.diagnostics);
    // No fix applied: the text is the input, which the pass has just checked, and a
    // second pass over it would only repeat that check.
    if !once.unconverged.is_empty() || once.fixes == 0 {
        return;
    }
    let again = l.fix(name, once.document.source.clone(), true);
    assert_eq!(again.fixes, 0, "a second fix pass applied more fixes");
    assert_eq!(again.document.source, once.document.source, "a second fix pass changed the text");
}

/// A config or rule-pack TOML: an error or a config that builds; a rule that parses runs.
pub fn config_toml(text: &str) {
    let mut config = Config::builtin().expect("built-in config");
    // A folder that does not exist: `rule_paths` must fail cleanly, never read elsewhere.
    if config.overlay("fuzz.toml", text, std::path::Path::new("/nonexistent-copydesk-fuzz")).is_ok() {
        let _ = Linter::new(&config);
    }
    if let Ok(rule) = copydesk::rules::pack::parse_rule("fuzz.toml", text) {
        let mut config = Config::builtin().expect("built-in config");
        if config.add_packs(vec![rule], "fuzz").is_ok() {
            if let Ok(l) = Linter::new(&config) {
                for (name, sample) in
                    [("a.txt", "Head\n\nBody text, 5 per cent.\n"), ("a.md", "# Head\n\nBody *text*.\n")]
                {
                    let (doc, diags) = l.lint(name, sample.to_string());
                    diagnostics(&doc, &diags);
                }
            }
        }
    }
}
