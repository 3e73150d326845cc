//! Hashtags as a reader sees them, found once per document: on hashtag lines (a tag runs
//! until the next `#`, spaces and all), in body prose (twitter-text's rules, so `#1`,
//! `&#8220;` and URL fragments are not tags), and in front matter `hashtags`/`tags`
//! lists. Each tag also records where a social platform would stop linking it.

use super::twitter::{is_hash_sign, is_tag_char};
use super::{Document, RegionKind, Value};
use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagOrigin {
    /// A hashtag line of the draft.
    Line,
    /// A tag mentioned in running text.
    Prose,
    /// A front matter list of hashtags (`hashtags`, or `tags` written as hashtags).
    FrontMatter,
    /// A front matter `tags` list of CMS categories, where spaces are fine.
    Categories,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hashtag {
    /// The tag as a reader sees it, the hash sign included when written.
    pub span: Span,
    /// Bytes of the hash sign (0 in front matter lists written without one).
    pub hash_len: usize,
    /// Where a platform's link would end; equals `span.end` for a well-formed tag.
    pub linked_end: usize,
    /// The hash sign of the next tag, when it follows with no separator.
    pub joined_next: Option<usize>,
    /// Tags on one line or in one list share a group; prose mentions have none.
    pub group: Option<usize>,
    pub origin: TagOrigin,
}

impl Hashtag {
    /// The tag without its hash sign.
    pub fn body<'a>(&self, source: &'a str) -> &'a str {
        &source[self.span.start + self.hash_len..self.span.end]
    }

    pub fn body_span(&self) -> Span {
        Span::new(self.span.start + self.hash_len, self.span.end)
    }

    pub fn has_whitespace(&self, source: &str) -> bool {
        self.body(source).chars().any(char::is_whitespace)
    }

    pub fn is_numeric(&self, source: &str) -> bool {
        let body = self.body(source);
        !body.is_empty() && body.chars().all(|c| c.is_numeric())
    }
}

/// Scan a run of tags as written on a hashtag line or in one list item.
fn scan_line(text: &str, base: usize, group: usize, origin: TagOrigin, out: &mut Vec<Hashtag>) {
    let starts: Vec<usize> = text
        .char_indices()
        .filter(|&(i, c)| {
            is_hash_sign(c)
                && text[i + c.len_utf8()..].chars().next().is_some_and(|n| !n.is_whitespace() && !is_hash_sign(n))
        })
        .map(|(i, _)| i)
        .collect();
    for (k, &start) in starts.iter().enumerate() {
        let next = starts.get(k + 1).copied();
        let raw_end = next.unwrap_or(text.len());
        let end = start + text[start..raw_end].trim_end().len();
        let hash_len = text[start..].chars().next().map_or(1, char::len_utf8);
        out.push(Hashtag {
            span: Span::new(base + start, base + end),
            hash_len,
            linked_end: base + linked_end(text, start + hash_len, end),
            joined_next: next.filter(|&n| n == end).map(|n| base + n),
            group: Some(group),
            origin,
        });
    }
}

fn linked_end(text: &str, from: usize, limit: usize) -> usize {
    text[from..limit].char_indices().find(|&(_, c)| !is_tag_char(c)).map_or(limit, |(i, _)| from + i)
}

/// Characters that end a reader's view of a tag in prose.
fn closes_prose_tag(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '"' | '”' | '…')
}

fn scan_prose(doc: &Document, piece: Span, out: &mut Vec<Hashtag>) {
    let text = piece.text(&doc.source);
    let mut glued_from: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if !is_hash_sign(c) {
            continue;
        }
        let after = i + c.len_utf8();
        let prev = text[..i].chars().next_back();
        let glued = glued_from == Some(i);
        if !glued && prev.is_some_and(|p| is_tag_char(p) || p == '&' || p == '/' || is_hash_sign(p)) {
            continue;
        }
        let token_start =
            text[..i].char_indices().rfind(|(_, c)| c.is_whitespace()).map_or(0, |(w, c)| w + c.len_utf8());
        let token = &text[token_start..];
        if token.contains("://") && token_start < i || text[token_start..i].starts_with("www.") {
            continue;
        }
        let link = linked_end(text, after, text.len());
        if link == after || text[after..link].chars().all(|c| c.is_numeric() || c == '_') {
            continue; // `#1`, `#33`, a lone `#`: numbers and symbols, not tags
        }
        let reader_end = text[link..].find(closes_prose_tag).map_or(text.len(), |e| link + e);
        let trimmed = text[link..reader_end].trim_end_matches(['.', '\'', '’', '-']);
        let mut end = link + trimmed.len();
        // Glued to the next tag only when that `#` starts one (`#a#b`, not `#a# `).
        let next_hash =
            text[link..].strip_prefix(is_hash_sign).is_some_and(|rest| rest.starts_with(is_tag_char)).then_some(link);
        if next_hash.is_some() || !trimmed.starts_with(['-', '&', '\'', '’', '.']) {
            end = link;
        }
        let span = Span::new(piece.start + i, piece.start + end);
        if !doc.is_prose(span) {
            continue;
        }
        glued_from = next_hash;
        out.push(Hashtag {
            span,
            hash_len: c.len_utf8(),
            linked_end: piece.start + link,
            joined_next: next_hash.map(|n| piece.start + n),
            group: None,
            origin: TagOrigin::Prose,
        });
    }
}

/// A `tags` list is a list of hashtags when it is written like one: a `#`, or a
/// CamelCase compound such as `SmallBusiness`. Otherwise it holds CMS categories.
fn is_hashtag_style(items: &[super::Scalar]) -> bool {
    items.iter().any(|s| {
        let t = s.text.trim();
        t.starts_with(is_hash_sign) || (!t.contains(char::is_whitespace) && is_compound(t))
    })
}

/// Capitalised words written together, as tags are: `SmallBusiness`, and also when a
/// joiner that breaks hashtags sits between them (`Rent&Repairs`, `Sci.Comm`).
fn is_compound(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    chars.windows(2).any(|w| w[0].is_lowercase() && w[1].is_uppercase())
        || chars
            .windows(3)
            .any(|w| w[0].is_lowercase() && matches!(w[1], '&' | '.' | '-' | '_' | '+') && w[2].is_uppercase())
}

pub(super) fn find(doc: &Document) -> Vec<Hashtag> {
    let mut out = Vec::new();
    let mut group = 0;
    if let Some(fm) = &doc.front_matter {
        for field in &fm.fields {
            let items: Vec<super::Scalar> = match &field.value {
                Value::List { items, .. } => items.clone(),
                Value::Scalar(s) if field.key == "hashtags" => vec![s.clone()],
                _ => continue,
            };
            let origin = match field.key.as_str() {
                "hashtags" => TagOrigin::FrontMatter,
                "tags" if is_hashtag_style(&items) => TagOrigin::FrontMatter,
                "tags" => TagOrigin::Categories,
                _ => continue,
            };
            for item in &items {
                let text = item.span.text(&doc.source);
                let hashed = text.trim_start().starts_with(is_hash_sign);
                // One list item is one tag: `#Aviation #Noise` is a tag with a space in it,
                // while `#Rural#Satellite` is two tags run together.
                if hashed && !text.trim().contains(char::is_whitespace) {
                    scan_line(text, item.span.start, group, origin, &mut out);
                } else if !text.trim().is_empty() {
                    let hash_len = if hashed { text.chars().next().map_or(1, char::len_utf8) } else { 0 };
                    out.push(Hashtag {
                        span: item.span,
                        hash_len,
                        linked_end: item.span.start + linked_end(text, hash_len, text.len()),
                        joined_next: None,
                        group: Some(group),
                        origin,
                    });
                }
            }
            group += 1;
        }
    }
    for region in &doc.regions {
        match region.kind {
            RegionKind::Hashtags => {
                for piece in &region.pieces {
                    scan_line(piece.text(&doc.source), piece.start, group, TagOrigin::Line, &mut out);
                    group += 1;
                }
            }
            RegionKind::Byline | RegionKind::Related => {}
            _ => region.pieces.iter().for_each(|&p| scan_prose(doc, p, &mut out)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::document::Document;

    fn tags(path: &str, src: &str) -> Vec<(String, String, bool)> {
        let doc = Document::parse(path, src.to_string());
        doc.hashtags()
            .iter()
            .map(|t| {
                (
                    doc.text(t.span).to_string(),
                    doc.source[t.span.start..t.linked_end].to_string(),
                    t.joined_next.is_some(),
                )
            })
            .collect()
    }

    fn t(a: &str, b: &str, j: bool) -> (String, String, bool) {
        (a.into(), b.into(), j)
    }

    #[test]
    fn hashtag_line_tags_run_to_the_next_hash() {
        let got = tags("a.txt", "Head\n\nBody text.\n\n#open-source ai#mozilla #Fine\n");
        assert_eq!(
            got,
            [t("#open-source ai", "#open", true), t("#mozilla", "#mozilla", false), t("#Fine", "#Fine", false)]
        );
    }

    #[test]
    fn prose_tags_follow_platform_rules() {
        let got = tags(
            "a.md",
            "Ranked #1 and #33, see &#8220;x and https://x.example/#frag but #open-source and #Go. #a#b\n",
        );
        assert_eq!(
            got,
            [t("#open-source", "#open", false), t("#Go", "#Go", false), t("#a", "#a", true), t("#b", "#b", false)]
        );
    }

    #[test]
    fn code_and_headings_are_not_tags() {
        assert!(tags("a.md", "## Heading\n\n`#code` and\n\n```\n#block\n```\n").is_empty());
    }

    #[test]
    fn front_matter_lists() {
        let src = "---\ntags: [\"Public Health\", Film]\nhashtags:\n  - \"#One#Two\"\n  - Three\n---\nText.\n";
        let doc = Document::parse("a.md", src.to_string());
        let got: Vec<_> = doc.hashtags().iter().map(|t| (doc.text(t.span), t.origin, t.group)).collect();
        use super::TagOrigin::*;
        assert_eq!(
            got,
            [
                ("Public Health", Categories, Some(0)),
                ("Film", Categories, Some(0)),
                ("#One", FrontMatter, Some(1)),
                ("#Two", FrontMatter, Some(1)),
                ("Three", FrontMatter, Some(1)),
            ]
        );
    }

    #[test]
    fn glued_capitalised_words_make_a_hashtag_list() {
        let src = "+++\ntags = [\"Renters\", \"Rent&Repairs\"]\n+++\n";
        let doc = Document::parse("a.md", src.to_string());
        assert!(doc.hashtags().iter().all(|t| t.origin == super::TagOrigin::FrontMatter));
        let src = "+++\ntags = [\"Arts & Culture\", \"news\", \"e-mail\"]\n+++\n";
        let doc = Document::parse("a.md", src.to_string());
        assert!(doc.hashtags().iter().all(|t| t.origin == super::TagOrigin::Categories));
    }

    #[test]
    fn one_list_item_is_one_tag() {
        let src = "---\nhashtags:\n  - \"#Aviation #Noise\"\n  - \"#Rural#Satellite\"\n---\nText.\n";
        let got = tags("a.md", src);
        assert_eq!(
            got,
            [
                t("#Aviation #Noise", "#Aviation", false),
                t("#Rural", "#Rural", true),
                t("#Satellite", "#Satellite", false)
            ]
        );
    }

    #[test]
    fn camel_case_tags_list_is_a_hashtag_list() {
        let src = "+++\ntags = [\"CityBudget\", \"small loans\"]\n+++\n";
        let doc = Document::parse("a.md", src.to_string());
        assert!(doc.hashtags().iter().all(|t| t.origin == super::TagOrigin::FrontMatter));
    }
}
