//! The attribution family: every piece says whose reporting it rests on. The required
//! `Source reporting:` line is a rule pack rule (`rules/attribution/source-line.toml`);
//! the checks here need more than a pattern. Shared: where a draft names its sources.

// The rule modules, one per line of the rule table (see build.rs).
include!(concat!(env!("OUT_DIR"), "/rule_modules_attribution.rs"));
mod tag;

/// What the family compiles ahead.
pub static PATTERNS: crate::patterns::Warm = &[&patterns::FOR_ATTRIBUTION];

use crate::document::{Document, RegionKind, Value};
use crate::patterns;
use crate::span::Span;

/// Front matter keys that name the piece's source.
pub const SOURCE_KEYS: &[&str] = &["source", "sources"];

/// A place where the draft names (or should name) its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// The name as written, trimmed; empty when nothing is named.
    pub span: Span,
    /// The whole attribution (`Source reporting: X.`), for empty names.
    pub context: Span,
    pub in_front_matter: bool,
    /// From `Source reporting:` (the footer's formal line), not `first reported by`.
    pub formal: bool,
}

/// Every source named in footer and attribution lines and in front matter.
pub fn named_sources(doc: &Document) -> Vec<Named> {
    let mut out = Vec::new();
    for region in doc.regions.iter().filter(|r| matches!(r.kind, RegionKind::Footer | RegionKind::Attribution)) {
        let text = doc.text(region.span);
        for caps in patterns::ATTRIBUTED_SOURCE.captures_iter(text) {
            let whole = caps.get(0).expect("group 0");
            let name = caps.name("src").expect("src group");
            out.push(Named {
                span: region.span.sub(name.range()),
                context: region.span.sub(whole.range()),
                in_front_matter: false,
                formal: whole.as_str().to_ascii_lowercase().starts_with("source reporting"),
            });
        }
    }
    if let Some(fm) = &doc.front_matter {
        for field in fm.fields.iter().filter(|f| SOURCE_KEYS.contains(&f.key.as_str())) {
            let context = Span::new(field.key_span.start, field.value.span().end);
            match &field.value {
                Value::Scalar(s) => out.push(Named { span: s.span, context, in_front_matter: true, formal: true }),
                Value::List { items, span } if items.is_empty() => out.push(Named {
                    span: Span::new(span.start, span.start),
                    context,
                    in_front_matter: true,
                    formal: true,
                }),
                Value::List { items, .. } => out.extend(items.iter().map(|s| Named {
                    span: s.span,
                    context,
                    in_front_matter: true,
                    formal: true,
                })),
                Value::Other(_) => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_names_in_footer_attribution_and_front_matter() {
        let src = "---\nsources: [\"Wire\", \"TK\"]\n---\nBody.\n\nThese details were first reported by the Gazette.\n\nThis is an original analysis by the desk. Source reporting: AI Watch.\n";
        let doc = Document::parse("a.md", src.to_string());
        let names: Vec<_> = named_sources(&doc).iter().map(|n| (doc.text(n.span), n.formal)).collect();
        assert_eq!(names, [("the Gazette", false), ("AI Watch", true), ("Wire", true), ("TK", true)]);
    }
}
