//! What one sentence holds that the candidate patterns need, found in a single pass over
//! its bytes, so that [`find`](super::find) runs only the patterns that can match: most
//! sentences hold a digit or two but no `%`, no currency, no fraction and no multiplier,
//! and every skipped pattern is a whole scan of the sentence saved.
//!
//! Each flag is a necessary condition, never a sufficient one. The patterns spell these
//! words in ASCII and bound them by `\b`, spaces, hyphens or digits, so every word a
//! match needs is a whole run of ASCII letters in the text; the runs are looked up after
//! folding ASCII case. The only other characters that case-insensitive patterns fold to
//! ASCII letters are the Kelvin sign and the long s: a sentence with either gets every
//! flag, and so every pattern; `ł` marks a currency, as `złoty` is spelled with it.

use crate::patterns::CURRENCY_WORDS;

/// The features of one sentence (see the module header).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Features {
    /// An ASCII digit.
    pub digit: bool,
    /// Digit runs and number words (`one` … `thousand`): a ratio needs two.
    pub numbers: usize,
    /// `%`, `per`, `percent`, `percentage`, `pc` or `basis`.
    pub percent: bool,
    /// A currency sign or a currency word (`dollars`, `pounds`…).
    pub currency: bool,
    /// A multiplier word (`twice`, `double`, `x`, `times`, `…fold`, `halved`…).
    pub multiplier: bool,
    /// `point` or `points`.
    pub point: bool,
    /// A fraction word (`half`, `third`, `quarters`…).
    pub part: bool,
    /// A magnitude word (`thousand`, `million`, `billion`, `trillion`).
    pub magnitude: bool,
    /// Four digits or more in a row, or a digit group after a comma (`12,000`).
    pub long_number: bool,
    /// A unit suffix right after a digit (`5k`, `2.5bn`, `3m`).
    pub unit: bool,
    /// A speed ranking's or a rank's word (`fastest`, `quickest`, `slowest`, `ranked`).
    pub rank: bool,
}

impl Features {
    pub fn of(text: &str) -> Features {
        let mut f = Features::default();
        let bytes = text.as_bytes();
        let mut i = 0;
        // The run of letters right after a digit run, for a unit suffix (`5k`, `2.5bn`).
        let mut after_digit = false;
        while i < bytes.len() {
            let start = i;
            match bytes[i] {
                b'0'..=b'9' => {
                    while i < bytes.len() && bytes[i].is_ascii_digit() {
                        i += 1;
                    }
                    f.digit = true;
                    f.numbers += 1;
                    // `12,000`: a digit group after a comma.
                    let group = bytes.get(i + 1..i + 4).is_some_and(|g| g.iter().all(u8::is_ascii_digit));
                    let grouped = bytes.get(i) == Some(&b',') && group;
                    f.long_number |= i - start >= 4 || grouped;
                    after_digit = true;
                    continue;
                }
                b'a'..=b'z' | b'A'..=b'Z' => {
                    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                        i += 1;
                    }
                    f.word(&bytes[start..i], after_digit);
                }
                b'%' => f.percent = true,
                b'$' => f.currency = true,
                // The lead bytes of `£`, `¥`, `ł` (of `złoty`, the one currency word
                // not all ASCII), the long s, the currency signs block (`€`, `₹`, `₱`,
                // `₩`…), `฿` and the Kelvin sign.
                0xC2 | 0xC5 | 0xE0 | 0xE2 => match bytes[i..].get(..3).unwrap_or(&bytes[i..]) {
                    [0xC2, 0xA3 | 0xA5, ..] | [0xC5, 0x82, ..] | [0xE2, 0x82, 0xA0..=0xBF] | [0xE0, 0xB8, 0xBF] => {
                        f.currency = true
                    }
                    [0xC5, 0xBF, ..] | [0xE2, 0x84, 0xAA] => return Features::everything(),
                    _ => {}
                },
                _ => {}
            }
            after_digit = false;
            i = i.max(start + 1);
        }
        f
    }

    fn everything() -> Features {
        Features {
            digit: true,
            numbers: usize::MAX,
            percent: true,
            currency: true,
            multiplier: true,
            point: true,
            part: true,
            magnitude: true,
            long_number: true,
            unit: true,
            rank: true,
        }
    }

    /// Records what one run of ASCII letters is; `after_digit` when a digit stands
    /// right before it.
    fn word(&mut self, word: &[u8], after_digit: bool) {
        let mut buf = [0u8; 12];
        if word.len() > buf.len() {
            return;
        }
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word);
        lower.make_ascii_lowercase();
        if lower.ends_with(b"fold") {
            self.multiplier = true;
            return;
        }
        match &*lower {
            b"one" | b"two" | b"three" | b"four" | b"five" | b"six" | b"seven" | b"eight" | b"nine" | b"ten"
            | b"eleven" | b"twelve" | b"thirteen" | b"fourteen" | b"fifteen" | b"sixteen" | b"seventeen"
            | b"eighteen" | b"nineteen" | b"twenty" | b"thirty" | b"forty" | b"fifty" | b"sixty" | b"seventy"
            | b"eighty" | b"ninety" | b"hundred" => self.numbers += 1,
            b"thousand" => {
                self.numbers += 1;
                self.magnitude = true;
            }
            b"million" | b"billion" | b"trillion" => self.magnitude = true,
            b"per" | b"percent" | b"percentage" | b"pc" | b"basis" => self.percent = true,
            w if w == b"pounds" || CURRENCY_WORDS.binary_search_by(|c| c.as_bytes().cmp(w)).is_ok() => {
                self.currency = true
            }
            b"twice" | b"thrice" | b"double" | b"triple" | b"quadruple" | b"x" | b"times" | b"doubled" | b"tripled"
            | b"trebled" | b"quadrupled" | b"halved" | b"doubling" | b"tripling" | b"quadrupling" | b"halving" => {
                self.multiplier = true
            }
            b"point" | b"points" => self.point = true,
            b"half" | b"halfs" | b"third" | b"thirds" | b"quarter" | b"quarters" | b"fifth" | b"fifths" | b"sixth"
            | b"sixths" | b"seventh" | b"sevenths" | b"eighth" | b"eighths" | b"ninth" | b"ninths" | b"tenth"
            | b"tenths" => self.part = true,
            b"fastest" | b"quickest" | b"slowest" | b"ranked" => self.rank = true,
            b"bn" | b"mn" | b"tn" | b"m" | b"k" => self.unit |= after_digit,
            _ => {}
        }
    }

    /// Whether a count can stand in the sentence: a magnitude, a unit suffix or a
    /// number too long to be small.
    pub fn count(&self) -> bool {
        self.magnitude || self.unit || self.long_number
    }

    /// Whether any number, in digits or words, stands in the sentence.
    pub fn number(&self) -> bool {
        self.numbers > 0
    }
}

#[cfg(test)]
mod tests {
    use super::super::patterns::{
        CHANGE, COUNT, FRACTION_HYPHENATED, FRACTION_LOOSE, MULTIPLIER, RANKING, RATIO, RATIO_NOUN,
    };
    use super::Features;
    use crate::patterns::{MONEY, PERCENT};

    /// Every pattern that matches a sentence has the features `find` asks of it.
    #[test]
    fn a_match_implies_its_features() {
        for text in [
            "It grew 30%, thirty per cent, 4pc, 12 percentage points and 50 basis points; 30percent.",
            "It cost US$8.8bn, €5m, three million pounds sterling and 40 Canadian dollars.",
            "The sale is 900 million złotys, or 4.1 billion crowns and 64 million soles.",
            "One in three adults, 4 out of every 10, one train in five, 3 of the 12 members.",
            "Twice as fast, 1.5x faster, 1.5X more, two and a half times the rate, tenfold, ten-fold, halved.",
            "Approval is up 12 points; rose by twenty-one points.",
            "Two-thirds of homes, nearly a third, half of them, one-halfs.",
            "A 2,300 crowd, 12,000 fans, 5k runners, a thousand people, 2 million, 1800 people.",
            "The fastest-growing city, ranked No. 3, ranked first.",
            "It grew ſix percent and \u{212A}ept twice.",
        ] {
            let f = Features::of(text);
            let m = |r: &regex::Regex| r.is_match(text);
            assert!(!m(&PERCENT) || (f.number() && f.percent), "{text}");
            assert!(!m(&MONEY) || (f.number() && f.currency), "{text}");
            assert!(!(m(&RATIO) || m(&RATIO_NOUN)) || f.numbers >= 2, "{text}");
            assert!(!m(&MULTIPLIER) || f.multiplier, "{text}");
            assert!(!m(&CHANGE) || (f.number() && f.point), "{text}");
            assert!(!(m(&FRACTION_HYPHENATED) || m(&FRACTION_LOOSE)) || f.part, "{text}");
            assert!(!m(&COUNT) || f.count(), "{text}");
            assert!(!m(&RANKING) || f.rank, "{text}");
        }
        let plain = Features::of("The council met on a rainy evening in 2024.");
        assert!(plain.digit && !plain.percent && !plain.currency && !plain.multiplier && plain.numbers == 1);
        let small = Features::of("Only 12 of 300 came, at 9 a.m.; 3.5 m away.");
        assert!(!small.count() && small.numbers == 5);
        assert!(Features::of("A 5K run").count() && Features::of("1,200").count() && !Features::of("1,20").count());
    }
}
