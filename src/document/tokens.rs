//! The one tokenizer: UAX #29 word and sentence boundaries as unicode-segmentation gives
//! them, with a fast path for ASCII text. Nearly every paragraph a desk writes is ASCII,
//! and there the boundaries follow from a 128-entry class table instead of a table
//! search per character; any other text goes to unicode-segmentation itself. The fast
//! path must give exactly the crate's boundaries (a property test holds it to that on
//! arbitrary input, and `tests/shared/` on every shared draft), since findings and
//! read-time counts depend on them.

use unicode_segmentation::UnicodeSegmentation;

/// Word-bound segments of `text` with their offsets, as `split_word_bound_indices`.
pub fn word_bounds(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let ascii = text.is_ascii();
    let fast = ascii.then_some(AsciiWords { text, bytes: text.as_bytes(), pos: 0 });
    let slow = (!ascii).then(|| text.split_word_bound_indices());
    fast.into_iter().flatten().chain(slow.into_iter().flatten())
}

/// Sentence-bound segments of `text` with their offsets, as `split_sentence_bound_indices`
/// on `text` with every `\r` and `\n` read as a space: line breaks inside a region are
/// wrapping, not sentence ends. Both are one byte, so offsets are those of `text`.
pub fn flat_sentence_bounds(text: &str) -> Vec<(usize, &str)> {
    if text.is_ascii() {
        return ascii_sentence_breaks(text.as_bytes()).windows(2).map(|w| (w[0], &text[w[0]..w[1]])).collect();
    }
    let flat: String = text.chars().map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c }).collect();
    flat.split_sentence_bound_indices().map(|(i, s)| (i, &text[i..i + s.len()])).collect()
}

/// Word break classes of ASCII (UAX #29 table 3, as unicode-segmentation's tables have them).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    Cr,
    Lf,
    Newline,
    Space,
    Letter,
    Numeric,
    MidLetter,
    /// `.` and `'` (MidNumLet and Single_Quote, which the rules treat alike).
    MidNumLetQ,
    MidNum,
    ExtendNumLet,
    Other,
}

/// Classes by byte, looked up once per byte on the hot path rather than matched.
static WORD_CLASSES: [Wb; 128] = {
    let mut table = [Wb::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = word_class_of(b as u8);
        b += 1;
    }
    table
};

fn word_class(b: u8) -> Wb {
    WORD_CLASSES[usize::from(b & 0x7f)]
}

const fn word_class_of(b: u8) -> Wb {
    match b {
        b'\r' => Wb::Cr,
        b'\n' => Wb::Lf,
        0x0b | 0x0c => Wb::Newline,
        b' ' => Wb::Space,
        b'A'..=b'Z' | b'a'..=b'z' => Wb::Letter,
        b'0'..=b'9' => Wb::Numeric,
        b':' => Wb::MidLetter,
        b'.' | b'\'' => Wb::MidNumLetQ,
        b',' | b';' => Wb::MidNum,
        b'_' => Wb::ExtendNumLet,
        _ => Wb::Other,
    }
}

/// Whether UAX #29 puts a word boundary before `bytes[i]` (0 < i < len): rules WB3 to
/// WB13b, those that can apply to ASCII (no Extend, Format, ZWJ, Hebrew, Katakana or
/// regional indicators there).
fn word_break(bytes: &[u8], i: usize) -> bool {
    let (a, b) = (word_class(bytes[i - 1]), word_class(bytes[i]));
    let before = || (i >= 2).then(|| word_class(bytes[i - 2]));
    let after = || bytes.get(i + 1).map(|&c| word_class(c));
    let mid_letter = |c: Wb| matches!(c, Wb::MidLetter | Wb::MidNumLetQ);
    let mid_num = |c: Wb| matches!(c, Wb::MidNum | Wb::MidNumLetQ);
    match (a, b) {
        (Wb::Cr, Wb::Lf) => false,
        (Wb::Cr | Wb::Lf | Wb::Newline, _) | (_, Wb::Cr | Wb::Lf | Wb::Newline) => true,
        (Wb::Space, Wb::Space) => false,
        (Wb::Letter | Wb::Numeric, Wb::Letter | Wb::Numeric) => false,
        (Wb::Letter, m) if mid_letter(m) && after() == Some(Wb::Letter) => false,
        (m, Wb::Letter) if mid_letter(m) && before() == Some(Wb::Letter) => false,
        (m, Wb::Numeric) if mid_num(m) && before() == Some(Wb::Numeric) => false,
        (Wb::Numeric, m) if mid_num(m) && after() == Some(Wb::Numeric) => false,
        (Wb::Letter | Wb::Numeric | Wb::ExtendNumLet, Wb::ExtendNumLet) => false,
        (Wb::ExtendNumLet, Wb::Letter | Wb::Numeric) => false,
        _ => true,
    }
}

struct AsciiWords<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for AsciiWords<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let start = self.pos;
        if start >= self.bytes.len() {
            return None;
        }
        let mut end = start + 1;
        while end < self.bytes.len() && !word_break(self.bytes, end) {
            end += 1;
        }
        self.pos = end;
        Some((start, &self.text[start..end]))
    }
}

/// Sentence break classes of ASCII, with `\r` and `\n` read as spaces.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sb {
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Other,
}

static SENTENCE_CLASSES: [Sb; 128] = {
    let mut table = [Sb::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = sentence_class_of(b as u8);
        b += 1;
    }
    table
};

fn sentence_class(b: u8) -> Sb {
    SENTENCE_CLASSES[usize::from(b & 0x7f)]
}

const fn sentence_class_of(b: u8) -> Sb {
    match b {
        b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' => Sb::Sp,
        b'a'..=b'z' => Sb::Lower,
        b'A'..=b'Z' => Sb::Upper,
        b'0'..=b'9' => Sb::Numeric,
        b'.' => Sb::ATerm,
        b'!' | b'?' => Sb::STerm,
        b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Sb::Close,
        b',' | b'-' | b':' | b';' => Sb::SContinue,
        _ => Sb::Other,
    }
}

/// What unicode-segmentation's forward sentence breaker remembers of each of the last
/// four runs; a run of closing punctuation or of spaces is one part.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Sot,
    Other,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

fn push(parts: [Part; 4], class: Sb) -> [Part; 4] {
    match (parts[3], class) {
        (Part::ClosePlus, Sb::Close) | (Part::SpPlus, Sb::Sp) => parts,
        _ => [
            parts[1],
            parts[2],
            parts[3],
            match class {
                Sb::ATerm => Part::ATerm,
                Sb::Upper | Sb::Lower => Part::UpperLower,
                Sb::Close => Part::ClosePlus,
                Sb::Sp => Part::SpPlus,
                Sb::STerm => Part::STerm,
                _ => Part::Other,
            },
        ],
    }
}

/// The index of the terminator a state ends in after `Close* Sp*` (SB8 to SB11).
fn terminator(parts: &[Part; 4], spaces: bool) -> Part {
    let mut idx = if spaces && parts[3] == Part::SpPlus { 2 } else { 3 };
    if parts[idx] == Part::ClosePlus {
        idx -= 1;
    }
    parts[idx]
}

/// SB8: `ATerm Close* Sp* ×` when the next letter ahead is lower case.
fn sb8(parts: &[Part; 4], ahead: &[u8]) -> bool {
    terminator(parts, true) == Part::ATerm
        && ahead
            .iter()
            .map(|&b| sentence_class(b))
            .find(|c| matches!(c, Sb::Lower | Sb::Upper | Sb::STerm | Sb::ATerm))
            .is_some_and(|c| c == Sb::Lower)
}

/// Sentence boundaries of ASCII `bytes` (0 and the length included for non-empty
/// input), by the same state machine as unicode-segmentation's: where it deviates
/// from the letter of UAX #29, so must this. No paragraph separators occur, since
/// line breaks are spaces here.
fn ascii_sentence_breaks(bytes: &[u8]) -> Vec<usize> {
    let mut breaks = Vec::new();
    let mut parts = [Part::Sot; 4];
    for (pos, &b) in bytes.iter().enumerate() {
        let before = parts;
        let class = sentence_class(b);
        parts = push(parts, class);
        let term = |p: &[Part; 4], spaces| matches!(terminator(p, spaces), Part::STerm | Part::ATerm);
        let keep = match class {
            _ if before[3] == Part::Sot => false,
            Sb::Numeric if before[3] == Part::ATerm => true,
            Sb::Upper if before[2] == Part::UpperLower && before[3] == Part::ATerm => true,
            _ if sb8(&before, &bytes[pos..]) => true,
            Sb::SContinue | Sb::STerm | Sb::ATerm if term(&before, true) => true,
            Sb::Close | Sb::Sp if term(&before, false) => true,
            Sb::Sp if term(&before, true) => true,
            _ => !term(&before, true),
        };
        if before[3] == Part::Sot || !keep {
            breaks.push(pos);
        }
    }
    if !bytes.is_empty() {
        breaks.push(bytes.len());
    }
    breaks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crate_words(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices().collect()
    }

    fn crate_sentences(text: &str) -> Vec<(usize, String)> {
        let flat: String = text.chars().map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c }).collect();
        flat.split_sentence_bound_indices().map(|(i, s)| (i, s.to_string())).collect()
    }

    fn ours_sentences(text: &str) -> Vec<(usize, String)> {
        let flat: String = text.chars().map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c }).collect();
        flat_sentence_bounds(text).into_iter().map(|(i, s)| (i, flat[i..i + s.len()].to_string())).collect()
    }

    #[test]
    fn words_match_the_crate_on_tricky_ascii() {
        for text in [
            "Don't stop: 1,200.5 at 8:40 a.m. -- e.g. U.S. a_b _1 x__ 'quoted' \"q\"",
            "a.b.c 1.2.3 a:1 1:a a'1 1'a 1;2 a;b  \t  \r\n\n\r\x0b\x0c end.",
            "",
            "'",
            "a.",
            ".a",
        ] {
            assert_eq!(word_bounds(text).collect::<Vec<_>>(), crate_words(text), "{text:?}");
        }
    }

    #[test]
    fn sentences_match_the_crate_on_tricky_ascii() {
        for text in [
            "First one. Second one! Third? e.g. this. Mr. Smith went. He said \"yes.\" Then (no.) next.",
            "3.5 percent. U.S. Army. etc. and more... ok?! fine.) Next; \"Quote.\" 'x' [a.] {b!}",
            "A sentence wrapped\r\nover lines. Next.\n\nNew.",
            "",
            " ",
            ".",
            "a. b",
        ] {
            assert_eq!(ours_sentences(text), crate_sentences(text), "{text:?}");
        }
    }

    #[test]
    fn non_ascii_text_goes_to_the_crate() {
        let text = "Café’s 8.8 — don't. Next·one.";
        assert_eq!(word_bounds(text).collect::<Vec<_>>(), crate_words(text));
        assert_eq!(ours_sentences(text), crate_sentences(text));
    }

    /// Text drawn mostly from the characters the rules care about, so that runs such as
    /// `a.b`, `1,2`, `. "A` and `?) x` come up often, plus any character at all.
    fn text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let interesting =
            prop::sample::select("aZ09 .,;:'\"!?()[]{}-_\t\r\n\x0b\x0c#$%&*+/<=>@\\^`|~".chars().collect::<Vec<_>>());
        let any_ascii = (0u8..128).prop_map(char::from);
        let chars = prop_oneof![6 => interesting, 2 => any_ascii, 1 => any::<char>()];
        prop::collection::vec(chars, 0..40).prop_map(|cs| cs.into_iter().collect())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn words_are_the_crates_on_any_text(text in text()) {
            proptest::prop_assert_eq!(word_bounds(&text).collect::<Vec<_>>(), crate_words(&text));
        }

        #[test]
        fn sentences_are_the_crates_on_any_text(text in text()) {
            proptest::prop_assert_eq!(ours_sentences(&text), crate_sentences(&text));
        }

        #[test]
        fn ascii_words_and_sentences_on_any_ascii(text in "[\\x00-\\x7f]{0,60}") {
            proptest::prop_assert_eq!(word_bounds(&text).collect::<Vec<_>>(), crate_words(&text));
            proptest::prop_assert_eq!(ours_sentences(&text), crate_sentences(&text));
        }
    }
}
