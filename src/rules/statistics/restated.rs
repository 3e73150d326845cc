//! A figure the story attributes where it gives it again: a lede that sums up `up to 1.5
//! million Armenians` is sourced by the resolution quoted later (`1,500,000 men, women,
//! and children were killed`), and `the €1.5bn costs of the Games` by the mayor's `some
//! 1.5 billion [euros]`. Figures are compared by value, so the two spellings meet.

use super::find::Kind;
use super::source::Sources;
use super::{is_checked, Quotations};
use crate::document::Document;
use crate::patterns::{compile, CURRENCY_SIGN, CURRENCY_WORDS, DECIMAL};
use crate::span::Span;
use regex::Regex;
use std::cell::OnceCell;
use std::sync::LazyLock;

/// The smallest value compared: small numbers recur by chance.
const LEAST: f64 = 10_000.0;

/// A number in digits with its magnitude word or suffix (`1,500,000`, `1.5 billion`,
/// `€1.5bn`), a currency sign before it, and the word after it.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)(?P<sign>{CURRENCY_SIGN}\s?)?(?P<n>{DECIMAL})(?:\s?(?P<mag>thousand|million|billion|trillion|bn|tn|mn|m|k)\b)?(?:\s+\[?(?P<noun>[a-z]+))?"
    ))
});

/// The large numbers a document gives with a source, found when first asked (see
/// [`given_again`]): each value, what it counts and the sentence it stands in.
pub type Attributed = Vec<(f64, String, Span)>;

/// What a number counts: `money` for a sum (a sign before it, a currency after it), else
/// the word after it, so `100,000 passengers` and `100,000 visitors` do not meet.
fn counted(c: &regex::Captures<'_>) -> String {
    let noun = c.name("noun").map_or(String::new(), |n| n.as_str().to_ascii_lowercase());
    let currency = CURRENCY_WORDS.binary_search(&noun.as_str()).is_ok() || matches!(noun.as_str(), "pounds" | "euro");
    if c.name("sign").is_some() || currency {
        "money".to_string()
    } else {
        noun
    }
}

/// The value of the number `text` opens with, magnitude applied, and what it counts.
fn value(text: &str) -> Option<(f64, String)> {
    NUMBER.captures(text).and_then(|c| Some((scaled(&c)?, counted(&c))))
}

fn scaled(c: &regex::Captures<'_>) -> Option<f64> {
    let n: f64 = c["n"].replace(',', "").parse().ok()?;
    let times = match c.name("mag").map(|m| m.as_str().to_ascii_lowercase()).as_deref() {
        Some("thousand" | "k") => 1e3,
        Some("million" | "m" | "mn") => 1e6,
        Some("billion" | "bn") => 1e9,
        Some("trillion" | "tn") => 1e12,
        _ => 1.0,
    };
    Some(n * times)
}

/// The values of the large numbers `doc` gives in an attributed sentence or inside a
/// quotation with a speaker, with the sentence each stands in.
fn attributed(doc: &Document, sources: &Sources) -> Attributed {
    let mut found = Vec::new();
    for (index, region) in doc.regions.iter().enumerate().filter(|(_, r)| is_checked(r.kind)) {
        let text = doc.text(region.span);
        if !text.contains(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let quotes = Quotations::new(text);
        for s in doc.region_sentences(index) {
            let sentence = doc.text(s.span);
            let cited = sources.cites(sentence);
            for c in NUMBER.captures_iter(sentence) {
                let Some(v) = scaled(&c).filter(|&v| v >= LEAST) else { continue };
                let at = s.span.start + c.get(0).map_or(0, |m| m.start()) - region.span.start;
                if cited || quotes.quotes_speaker(Span::new(at, at + 1)) {
                    found.push((v, counted(&c), s.span));
                }
            }
        }
    }
    found
}

/// Whether the sum or count at `at`, in `sentence`, is given again with a source in
/// another sentence: the same value, counting the same thing. `found` keeps the
/// document's attributed numbers once they are first looked for.
pub fn given_again(
    doc: &Document,
    sources: &Sources,
    found: &OnceCell<Attributed>,
    (kind, at): (Kind, Span),
    sentence: Span,
) -> bool {
    let Some((v, what)) =
        value(&doc.source[at.start..sentence.end]).filter(|_| matches!(kind, Kind::Count | Kind::Money))
    else {
        return false;
    };
    v >= LEAST
        && found
            .get_or_init(|| attributed(doc, sources))
            .iter()
            .any(|(w, counts, s)| *s != sentence && *counts == what && (w - v).abs() <= v * 1e-9)
}

#[cfg(test)]
mod tests {
    use super::value;

    #[test]
    fn values_meet_across_spellings() {
        let money = |v: f64| Some((v, "money".to_string()));
        assert_eq!(value("€1.5bn costs"), money(1.5e9));
        assert_eq!(value("some 1.5 billion [euros]"), money(1.5e9));
        assert_eq!(value("1,500,000 men"), Some((1.5e6, "men".to_string())));
        assert_ne!(value("100,000 passengers"), value("100,000 visitors"));
        assert_eq!(value("no number"), None);
    }
}
