//! The hashtags family: tags that platforms would cut short, break apart or drop, and
//! house limits on how many and in what style. Tags come from the document model
//! (`Document::hashtags`); this module holds what the rules share: the house styles and
//! the rewrite that turns `#open-source ai` into `#OpenSourceAI`.

// The rule modules, one per line of the rule table (see build.rs).
include!(concat!(env!("OUT_DIR"), "/rule_modules_hashtags.rs"));

/// What the family compiles ahead: nothing, the hashtag scanner has no regex.
pub static PATTERNS: crate::patterns::Warm = &[];

use crate::diagnostic::{Applicability, Diagnostic, Edit};
use crate::document::hashtags::{Hashtag, TagOrigin};
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Style {
    /// `#OpenSourceAI`
    #[default]
    Pascal,
    /// `#openSourceAI`
    Camel,
    /// `#opensourceai`
    Lower,
}

impl Style {
    pub fn name(self) -> &'static str {
        match self {
            Style::Pascal => "PascalCase",
            Style::Camel => "camelCase",
            Style::Lower => "lowercase",
        }
    }

    /// Whether a tag body (no hash sign) is written in this style.
    pub fn fits(self, body: &str) -> bool {
        let mut chars = body.chars();
        let Some(first) = chars.next() else { return true };
        if !body.chars().all(|c| c.is_alphanumeric()) {
            return false;
        }
        match self {
            Style::Pascal => !first.is_lowercase(),
            Style::Camel => !first.is_uppercase() || body.chars().all(|c| !c.is_lowercase()),
            Style::Lower => !body.chars().any(char::is_uppercase),
        }
    }
}

/// Acronyms kept in capitals when a tag is rewritten, unless the desk sets its own list.
pub const DEFAULT_ACRONYMS: &[&str] = &["AI", "EU", "UK", "US", "UN", "NHS", "NASA", "NATO", "GDP", "CEO", "TV", "ER"];

pub fn default_acronyms() -> Vec<String> {
    DEFAULT_ACRONYMS.iter().map(|s| s.to_string()).collect()
}

/// Rewrite a tag body in `style`: words split at anything that is not a letter or digit;
/// acronyms from the list stay in capitals; a word already mixing cases keeps its inner
/// capitals (`OpenAI`).
pub fn restyle(body: &str, style: Style, acronyms: &[String]) -> String {
    // An apostrophe joins (`women's` → `Womens`); anything else separates words.
    let joined: String = body.chars().filter(|c| !matches!(c, '\'' | '’')).collect();
    let words = joined.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let mut out = String::with_capacity(body.len());
    for (i, word) in words.enumerate() {
        if style == Style::Lower {
            out.extend(word.chars().flat_map(char::to_lowercase));
            continue;
        }
        if let Some(acronym) = acronyms.iter().find(|a| a.eq_ignore_ascii_case(word)) {
            out.push_str(if i == 0 && style == Style::Camel { word } else { acronym });
            continue;
        }
        let mut chars = word.chars();
        let first = chars.next().expect("non-empty word");
        let rest: String = chars.collect();
        let mixed = rest.chars().any(char::is_uppercase) && rest.chars().any(char::is_lowercase);
        let rest = if mixed { rest } else { rest.to_lowercase() };
        if i == 0 && style == Style::Camel {
            out.extend(first.to_lowercase());
        } else {
            out.extend(first.to_uppercase());
        }
        out.push_str(&rest);
    }
    out
}

/// The edit that rewrites `tag` in `style`; `None` when nothing usable is left.
pub fn restyle_edit(source: &str, tag: &Hashtag, style: Style, acronyms: &[String]) -> Option<Edit> {
    let body = restyle(tag.body(source), style, acronyms);
    if body.is_empty() || body.chars().all(char::is_numeric) {
        return None;
    }
    // Front matter lists written without hash signs keep that convention.
    let hash = &source[tag.span.start..tag.span.start + tag.hash_len];
    Some(Edit { span: tag.span, replacement: format!("{hash}{body}") })
}

/// Options of the rules that offer to rewrite a tag: the style and the acronyms kept.
#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RestyleOptions {
    pub style: Option<Style>,
    pub acronyms: Vec<String>,
}

impl Default for RestyleOptions {
    fn default() -> Self {
        RestyleOptions { style: None, acronyms: default_acronyms() }
    }
}

impl RestyleOptions {
    /// Offer the rewrite of `tag` in the configured style (PascalCase when unset) as an
    /// unsafe fix, with the help `help` gives for the new tag.
    pub fn offer(&self, d: &mut Diagnostic, source: &str, tag: &Hashtag, help: impl Fn(&str) -> String) {
        let style = self.style.unwrap_or_default();
        if let Some(edit) = restyle_edit(source, tag, style, &self.acronyms) {
            d.help(help(&edit.replacement));
            d.fix(Applicability::Unsafe, format!("rewrite as `{}` ({})", edit.replacement, style.name()), vec![edit]);
        }
    }
}

/// Tags the shape rules judge: category lists are allowed spaces and punctuation.
pub fn is_hashtag(tag: &Hashtag) -> bool {
    tag.origin != TagOrigin::Categories
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restyles_with_acronyms() {
        let ac = default_acronyms();
        assert_eq!(restyle("open-source ai", Style::Pascal, &ac), "OpenSourceAI");
        assert_eq!(restyle("eu technology", Style::Camel, &ac), "euTechnology");
        assert_eq!(restyle("national ai strategy", Style::Camel, &ac), "nationalAIStrategy");
        assert_eq!(restyle("Women's Football", Style::Lower, &ac), "womensfootball");
        assert_eq!(restyle("OpenAI news", Style::Pascal, &ac), "OpenAINews");
    }

    #[test]
    fn style_fits() {
        assert!(Style::Pascal.fits("OpenSourceAI"));
        assert!(Style::Pascal.fits("Game7"));
        assert!(!Style::Pascal.fits("openSource"));
        assert!(Style::Camel.fits("openSource"));
        assert!(Style::Camel.fits("AI"));
        assert!(!Style::Lower.fits("Open"));
        assert!(!Style::Pascal.fits("Open-Source"));
    }
}
