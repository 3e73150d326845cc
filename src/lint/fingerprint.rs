//! Fingerprints: a name for a finding that survives edits elsewhere in the file, for
//! baselines and for SARIF's `partialFingerprints`. It is built from the rule, the
//! finding's text with whitespace normalised, and which occurrence of that pair in the
//! file it is; never from a line or an offset, which move whenever an earlier paragraph
//! changes.

use crate::diagnostic::Diagnostic;
use std::collections::HashMap;

/// The fingerprint of every finding in `diagnostics` (in their order), found in `source`.
/// `diagnostics` must be all of a file's findings, before any are hidden: the occurrence
/// index counts them.
pub fn fingerprints(source: &str, diagnostics: &[Diagnostic]) -> Vec<String> {
    let mut seen: HashMap<(&str, String), usize> = HashMap::new();
    diagnostics
        .iter()
        .map(|d| {
            let text = normalise(source.get(d.span.range()).unwrap_or(""));
            let n = seen.entry((d.rule.as_str(), text.clone())).or_insert(0);
            let occurrence = *n;
            *n += 1;
            format!("{:016x}:{occurrence}", fnv1a(&[d.rule.as_str(), &text]))
        })
        .collect()
}

/// Whitespace runs (line breaks included, so re-wrapping does not matter) become one
/// space; `\r` goes with them, so a CRLF conversion changes nothing.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// FNV-1a, 64-bit: tiny, and unlike std's hasher stable across Rust releases, which a
/// baseline file written today and read next year needs.
fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.as_bytes().iter().chain(&[0u8]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::lint::Linter;

    fn prints(text: &str) -> Vec<(String, String)> {
        let linter = Linter::new(&Config::builtin().unwrap()).unwrap();
        let diags = linter.lint_text("d.txt", text);
        let fps = fingerprints(text, &diags);
        diags.iter().map(|d| d.rule.as_str().to_string()).zip(fps).collect()
    }

    #[test]
    fn survives_edits_above() {
        let before = prints("Headline here\n\nA body.\n\n#One #one #Two #two\n");
        let after = prints("Headline here\n\nA longer body\nwith more lines.\n\nMore.\n\n#One #one #Two #two\n");
        assert!(!before.is_empty());
        assert_eq!(before, after);
    }

    #[test]
    fn same_text_twice_gets_two_occurrences() {
        let p = prints("Headline here\n\nBody.\n\n#A#B\n\nAgain.\n\n#A#B\n");
        let runs: Vec<&String> = p.iter().filter(|(r, _)| r == "hashtags/run-together").map(|(_, f)| f).collect();
        assert_eq!(runs.len(), 2, "{p:?}");
        assert!(runs[0].ends_with(":0") && runs[1].ends_with(":1"), "{runs:?}");
        assert_eq!(runs[0].split(':').next(), runs[1].split(':').next());
    }

    #[test]
    fn hash_is_stable() {
        // Pinned: a baseline written by an older copydesk must still match.
        assert_eq!(fnv1a(&["a/b", "x y"]), 0x3a3c_49b7_9ad5_beca);
        assert_eq!(fnv1a(&[]), 0xcbf2_9ce4_8422_2325);
        assert_eq!(normalise(" #A \r\n #B\t"), "#A #B");
    }
}
