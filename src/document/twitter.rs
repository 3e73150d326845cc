//! Hashtag extraction compatible with twitter-text (`extractHashtags` / `isValidHashtag`).
//!
//! copydesk checks hashtags in copy meant for social posts, so "is this a hashtag?" must get the
//! same answer the platform gives, not a plausible-looking regex. This module reimplements
//! twitter-text's rules as a hand-written scanner (no regex engine) and is tested against
//! twitter-text's own conformance cases (`tests/data/twitter-hashtags.json`).
//!
//! Character classes follow twitter-text's `hashtagAlphaNumeric`: Unicode letters and marks,
//! decimal digits, and a short list of special characters. General categories come from the
//! `unicode-general-category` crate (Unicode 16), which is newer than twitter-text's generated
//! tables; the difference only affects characters assigned since then.

use std::ops::Range;
use unicode_general_category::{get_general_category, GeneralCategory as Gc};

/// A hashtag found by twitter-text's rules. Byte offsets into the input text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    /// The `#` or `＃` sign.
    pub hash: Range<usize>,
    /// The text after the sign.
    pub tag: Range<usize>,
}

/// Non-letter characters twitter-text lets into a tag. Most exist because real words in some
/// script contain them: ZWNJ/ZWJ (Persian, Sinhala), Hebrew maqaf/geresh/gershayim, Catalan
/// middle dot, Japanese ditto/iteration marks and the two tildes used in TV-station names,
/// Tibetan tsheg.
const SPECIAL: &[char] = &[
    '_', '\u{200C}', '\u{200D}', '\u{A67E}', '\u{05BE}', '\u{05F3}', '\u{05F4}', '\u{FF5E}', '\u{301C}', '\u{309B}',
    '\u{309C}', '\u{30A0}', '\u{30FB}', '\u{3003}', '\u{0F0B}', '\u{0F0C}', '\u{00B7}',
];

/// Variation selectors are marks (so tag characters), but an emoji ending in one must still be
/// able to precede a `#`; twitter-text whitelists exactly these two.
const VS15: char = '\u{FE0E}';
const VS16: char = '\u{FE0F}';
/// `#` + VS16 / keycap is the "#️⃣" emoji, not the start of a tag.
const KEYCAP: char = '\u{20E3}';

/// `#` or `＃` (fullwidth, common in CJK input).
pub fn is_hash_sign(c: char) -> bool {
    c == '#' || c == '＃'
}

/// The one thing a tag must contain: a letter or mark (so `#2024` or `#_` are not tags).
fn is_letter_or_mark(c: char) -> bool {
    matches!(
        get_general_category(c),
        Gc::UppercaseLetter
            | Gc::LowercaseLetter
            | Gc::TitlecaseLetter
            | Gc::ModifierLetter
            | Gc::OtherLetter
            | Gc::NonspacingMark
            | Gc::SpacingMark
            | Gc::EnclosingMark
    )
}

/// A character that may continue a hashtag. Only decimal digits (Nd) count as numbers:
/// twitter-text leaves out `²`, `Ⅻ` and other No/Nl characters.
pub fn is_tag_char(c: char) -> bool {
    is_letter_or_mark(c) || get_general_category(c) == Gc::DecimalNumber || SPECIAL.contains(&c)
}

/// What twitter-text's `extractHashtags` would return, as byte ranges.
pub fn extract(text: &str) -> Vec<Extracted> {
    let urls = url_spans(text);
    let mut out = Vec::new();
    // twitter-text runs a global regex whose boundary consumes the character before the sign.
    // `resume` is where that regex would continue after its previous match (kept or rejected),
    // so a boundary character already eaten by the previous match cannot be reused.
    let mut resume = 0;
    for (i, c) in text.char_indices() {
        if i < resume || !is_hash_sign(c) {
            continue;
        }
        let boundary_ok = match text[..i].char_indices().next_back() {
            None => true,
            Some((p, prev)) => p >= resume && (prev == VS15 || prev == VS16 || !(is_tag_char(prev) || prev == '&')),
        };
        if !boundary_ok {
            continue;
        }
        let start = i + c.len_utf8();
        let rest = &text[start..];
        if rest.starts_with([VS16, KEYCAP]) {
            continue;
        }
        // The regex is greedy on both sides of the required letter, so the match is always
        // the whole run of tag characters, or nothing.
        let len = rest.find(|ch: char| !is_tag_char(ch)).unwrap_or(rest.len());
        let tag = &rest[..len];
        if !tag.chars().any(is_letter_or_mark) {
            continue;
        }
        let end = start + len;
        resume = end;
        // `#mozilla#canada` yields nothing: the first tag is followed by `#`, and the second
        // has a tag character before its sign. `#http://x` is a URL scheme, not a tag.
        let after = &text[end..];
        if after.starts_with(is_hash_sign) || after.starts_with("://") {
            continue;
        }
        if urls.iter().any(|u| u.contains(&i)) {
            continue;
        }
        out.push(Extracted { hash: i..start, tag: start..end });
    }
    out
}

/// `isValidHashtag`: the whole candidate (sign included) must extract as exactly one tag.
pub fn is_valid_hashtag(candidate: &str) -> bool {
    match extract(candidate).as_slice() {
        [one] => one.hash.start == 0 && one.tag.end == candidate.len(),
        _ => false,
    }
}

/// Byte spans of things that look like URLs, so `example.com/#section` is not taken for a tag.
/// twitter-text runs its full URL extractor and drops hashtags that overlap a URL; a rough
/// detector suffices here because only a `#` inside the URL matters. A URL starts at a
/// `scheme://`, a `www.`, or a `domain.tld/`, and runs to the next whitespace.
pub(super) fn url_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut word_start = 0;
    for word in text.split(char::is_whitespace) {
        let start = word_start;
        word_start += word.len() + text[start + word.len()..].chars().next().map_or(0, char::len_utf8);
        // Every URL form has a `.` or `://`; most words have neither, so skip them cheaply.
        if !word.contains('.') && !word.contains("://") {
            continue;
        }
        if let Some(off) = url_start(word) {
            spans.push(start + off..start + word.len());
        }
    }
    spans
}

fn url_start(word: &str) -> Option<usize> {
    let is_host = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '.';
    if let Some(p) = word.find("://") {
        let scheme =
            word[..p].char_indices().rfind(|(_, c)| !c.is_ascii_alphanumeric()).map_or(0, |(q, c)| q + c.len_utf8());
        if scheme < p {
            return Some(scheme);
        }
    }
    let bytes = word.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !is_host(bytes[i] as char) {
            i += 1;
            continue;
        }
        let run_end = word[i..].find(|c: char| !is_host(c)).map_or(word.len(), |n| i + n);
        let host = &word[i..run_end];
        if host.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www.")) {
            return Some(i);
        }
        let tld = host.rsplit('.').next().unwrap_or("");
        if host.contains('.')
            && tld.len() >= 2
            && tld.bytes().all(|b| b.is_ascii_alphabetic())
            && word[run_end..].starts_with('/')
        {
            return Some(i);
        }
        i = run_end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(text: &str) -> Vec<&str> {
        extract(text).into_iter().map(|e| &text[e.tag]).collect()
    }

    #[test]
    fn byte_ranges_cover_sign_and_tag() {
        let text = "a #café b";
        let found = extract(text);
        assert_eq!(found, vec![Extracted { hash: 2..3, tag: 3..8 }]);
        assert_eq!(&text[found[0].tag.clone()], "café");
        let text = "x ＃タグ";
        let found = extract(text);
        assert_eq!(&text[found[0].hash.clone()], "＃");
        assert_eq!(&text[found[0].tag.clone()], "タグ");
    }

    #[test]
    fn adjacent_tags_yield_nothing() {
        // twitter-text: `#mozilla` is dropped because a `#` follows it, and `#canada` is
        // dropped because `a` (a tag character) precedes its sign.
        assert!(extract("#mozilla#canada").is_empty());
        assert_eq!(tags("##tag"), ["tag"]);
    }

    #[test]
    fn boundaries() {
        assert!(tags("a#b &#8220; 日本語#tag").is_empty());
        assert_eq!(tags("(#x ✌#y 。#z ✌\u{FE0F}#w"), ["x", "y", "z", "w"]);
        assert!(tags("#\u{FE0F}\u{20E3} #\u{20E3}").is_empty());
    }

    #[test]
    fn urls_hide_tags() {
        assert!(tags("https://example.com/#a www.example.com/#b example.com/#c").is_empty());
        assert_eq!(tags("see #a.com/ and e.g./#b"), ["a", "b"]);
    }

    #[test]
    fn validity() {
        assert!(is_valid_hashtag("#tag") && is_valid_hashtag("＃タグ"));
        assert!(!is_valid_hashtag("#12") && !is_valid_hashtag("tag") && !is_valid_hashtag(""));
        assert!(!is_valid_hashtag("#a b") && !is_valid_hashtag("#a #b"));
        assert!(is_tag_char('·') && is_tag_char('〃') && !is_tag_char('-') && !is_tag_char('²'));
    }
}
