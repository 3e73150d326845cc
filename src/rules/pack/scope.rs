//! Scopes of pack rules: which parts of a draft a rule reads (document regions, front
//! matter fields, or everything) and in what units (the whole scope, each paragraph, or
//! each sentence) it counts.

use crate::document::{Document, RegionKind, Value};
use crate::span::Span;
use regex::{Captures, Regex};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScopeItem {
    Regions(Vec<RegionKind>),
    FrontMatter(String),
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Granularity {
    Document,
    Paragraph,
    Sentence,
}

#[derive(Debug, Clone)]
pub struct Scope {
    pub items: Vec<ScopeItem>,
    pub granularity: Granularity,
}

pub const SCOPE_NAMES: &str = "headline, standfirst, byline, category, body, heading, attribution, hashtags, footer, related, front-matter:FIELD, all";

pub fn parse_item(name: &str) -> Option<ScopeItem> {
    use RegionKind::*;
    let kinds = match name {
        "headline" => vec![Headline],
        "standfirst" => vec![Standfirst],
        "byline" => vec![Byline],
        "category" => vec![Category],
        "body" => vec![Paragraph, ListItem, BlockQuote, Heading],
        "heading" => vec![Heading],
        "attribution" => vec![Attribution],
        "hashtags" => vec![Hashtags],
        "footer" => vec![Footer],
        "related" => vec![Related],
        "all" => return Some(ScopeItem::All),
        _ => {
            let field = name.strip_prefix("front-matter:")?;
            return (!field.is_empty()).then(|| ScopeItem::FrontMatter(field.to_string()));
        }
    };
    Some(ScopeItem::Regions(kinds))
}

pub fn parse_granularity(name: &str) -> Option<Granularity> {
    match name {
        "document" => Some(Granularity::Document),
        "paragraph" => Some(Granularity::Paragraph),
        "sentence" => Some(Granularity::Sentence),
        _ => None,
    }
}

impl Scope {
    fn has_region(&self, kind: RegionKind) -> bool {
        self.items.iter().any(|i| match i {
            ScopeItem::All => true,
            ScopeItem::Regions(k) => k.contains(&kind),
            ScopeItem::FrontMatter(_) => false,
        })
    }

    /// The text units of this scope: each a list of spans read together.
    pub fn units(&self, doc: &Document) -> Vec<Vec<Span>> {
        let mut units: Vec<Vec<Span>> = Vec::new();
        match self.granularity {
            Granularity::Sentence => {
                let sentences = doc.sentences();
                units.extend(
                    sentences.iter().filter(|s| self.has_region(doc.regions[s.region].kind)).map(|s| vec![s.span]),
                );
            }
            _ => units.extend(doc.regions.iter().filter(|r| self.has_region(r.kind)).map(|r| vec![r.span])),
        }
        if let Some(fm) = &doc.front_matter {
            for item in &self.items {
                let ScopeItem::FrontMatter(key) = item else { continue };
                let Some(field) = fm.get(key) else { continue };
                match &field.value {
                    Value::Scalar(s) => units.push(vec![s.span]),
                    Value::List { items, .. } => units.extend(items.iter().map(|s| vec![s.span])),
                    Value::Other(_) => {}
                }
            }
        }
        if self.granularity == Granularity::Document && units.len() > 1 {
            units = vec![units.concat()];
        }
        units
    }
}

/// Matches of `regex` in a unit, skipping code, HTML and URLs in prose.
pub fn find<'a>(doc: &'a Document, regex: &Regex, unit: &[Span]) -> Vec<(Span, Captures<'a>)> {
    let in_front_matter = |s: Span| doc.front_matter.as_ref().is_some_and(|f| f.span.contains(s));
    let mut out = Vec::new();
    for &span in unit {
        let text = doc.text(span);
        for caps in regex.captures_iter(text) {
            let m = caps.get(0).expect("group 0");
            let hit = span.sub(m.range());
            if in_front_matter(span) || doc.is_prose(hit) {
                out.push((hit, caps));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(scope: &str, granularity: Granularity, src: &str) -> Vec<Vec<String>> {
        let doc = Document::parse("a.md", src.to_string());
        let scope = Scope { items: scope.split(',').map(|s| parse_item(s).unwrap()).collect(), granularity };
        scope.units(&doc).iter().map(|u| u.iter().map(|s| doc.text(*s).trim().to_string()).collect()).collect()
    }

    #[test]
    fn units_by_granularity() {
        let src = "---\nsources: [A, B]\n---\n# Head\n\nOne. Two.\n\nThree.\n";
        assert_eq!(texts("body", Granularity::Paragraph, src), [vec!["# Head"], vec!["One. Two."], vec!["Three."]]);
        assert_eq!(
            texts("body", Granularity::Sentence, src),
            [vec!["Head"], vec!["One."], vec!["Two."], vec!["Three."]]
        );
        assert_eq!(texts("heading,front-matter:sources", Granularity::Document, src), [vec!["# Head", "A", "B"]]);
    }

    #[test]
    fn unknown_names() {
        assert!(parse_item("bodyy").is_none());
        assert!(parse_item("front-matter:").is_none());
        assert!(parse_granularity("line").is_none());
    }
}
