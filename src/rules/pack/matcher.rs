//! Patterns of pack rules: a token list or a user regex, compiled once when the pack is
//! loaded. Regexes come from users, so they are size-limited; Rust's regex engine is
//! linear in the text, so no rule can make checking super-linear.

use regex::{Regex, RegexBuilder};

/// The largest compiled program a user pattern may produce.
const SIZE_LIMIT: usize = 1 << 20;
const MAX_PATTERN_LEN: usize = 10_000;
/// The most patterns one rule folder compiles. Each costs memory (about 13 KB for a
/// one-word token, up to `SIZE_LIMIT` for a big program), so without a budget a 1 MiB
/// `[replace]` table of 60,000 words, or a folder of many rule files, took a gigabyte
/// and seconds before the first draft was read. Far above any house style list.
pub const MAX_PATTERNS: usize = 2_000;

#[derive(Debug, Clone)]
pub struct Matcher {
    pub regex: Regex,
}

/// How a matcher is written in a rule file.
#[derive(Debug, Clone, Default)]
pub struct MatcherSpec {
    pub tokens: Vec<String>,
    pub pattern: Option<String>,
    pub ignore_case: bool,
    pub whole_word: bool,
}

impl Matcher {
    pub fn build(spec: &MatcherSpec) -> Result<Matcher, String> {
        let source = match (&spec.pattern, spec.tokens.is_empty()) {
            (Some(p), true) => p.clone(),
            (None, false) => {
                let mut tokens: Vec<&String> = spec.tokens.iter().collect();
                // Longest first, so `per cent` wins over `per`.
                tokens.sort_by_key(|t| std::cmp::Reverse(t.len()));
                let alternation =
                    tokens.iter().map(|t| token_pattern(t, spec.whole_word)).collect::<Vec<_>>().join("|");
                format!("(?:{alternation})")
            }
            (Some(_), false) => return Err("give either `tokens` or `pattern`, not both".into()),
            (None, true) => return Err("needs `tokens` or `pattern`".into()),
        };
        Self::compile(&source, spec.ignore_case)
    }

    pub fn compile(source: &str, ignore_case: bool) -> Result<Matcher, String> {
        if source.len() > MAX_PATTERN_LEN {
            return Err(format!("pattern is longer than {MAX_PATTERN_LEN} characters"));
        }
        let regex = RegexBuilder::new(source)
            .case_insensitive(ignore_case)
            .size_limit(SIZE_LIMIT)
            .dfa_size_limit(SIZE_LIMIT)
            .build()
            .map_err(|e| format!("invalid regex: {}", first_line(&e.to_string())))?;
        if regex.is_match("") {
            return Err("pattern matches the empty string".into());
        }
        Ok(Matcher { regex })
    }
}

/// A literal token, with any run of spaces matching any whitespace (line breaks too).
/// Whole-word tokens get a word boundary on each side that starts or ends with a word
/// character (a boundary next to `?` would demand a letter there).
fn token_pattern(token: &str, whole_word: bool) -> String {
    let body = token.split_whitespace().map(regex::escape).collect::<Vec<_>>().join(r"\s+");
    let word = |c: Option<char>| whole_word && c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let lead = if word(token.chars().next()) { r"\b" } else { "" };
    let tail = if word(token.chars().last()) { r"\b" } else { "" };
    format!("{lead}{body}{tail}")
}

fn first_line(s: &str) -> String {
    s.lines().rfind(|l| !l.trim().is_empty()).unwrap_or(s).trim().to_string()
}

/// Fill `{match}` and `{name}` (named capture groups) in a message template.
pub fn render(template: &str, regex: &Regex, caps: &regex::Captures<'_>) -> String {
    let mut out = template.replace("{match}", caps.get(0).map_or("", |m| m.as_str()));
    for name in regex.capture_names().flatten() {
        out = out.replace(&format!("{{{name}}}"), caps.name(name).map_or("", |m| m.as_str()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(tokens: &[&str], ignore_case: bool, whole_word: bool) -> MatcherSpec {
        MatcherSpec { tokens: tokens.iter().map(|s| s.to_string()).collect(), pattern: None, ignore_case, whole_word }
    }

    #[test]
    fn tokens_whole_word_and_case() {
        let m = Matcher::build(&spec(&["TK", "very unique"], true, true)).unwrap();
        let hits: Vec<_> = m.regex.find_iter("TK here, tkt no, Very\nunique yes, (tk)").map(|x| x.as_str()).collect();
        assert_eq!(hits, ["TK", "Very\nunique", "tk"]);
        let m = Matcher::build(&spec(&["???"], false, true)).unwrap();
        assert_eq!(m.regex.find("source: ???.").map(|x| x.as_str()), Some("???"));
    }

    #[test]
    fn bad_patterns_are_errors() {
        let bad = MatcherSpec { pattern: Some("(unclosed".into()), ..MatcherSpec::default() };
        assert!(Matcher::build(&bad).unwrap_err().starts_with("invalid regex"));
        let empty = MatcherSpec { pattern: Some("x*".into()), ..MatcherSpec::default() };
        assert!(Matcher::build(&empty).is_err());
        let huge = MatcherSpec { pattern: Some("\\w{1000}{1000}".into()), ..MatcherSpec::default() };
        assert!(Matcher::build(&huge).is_err());
        assert!(Matcher::build(&MatcherSpec::default()).is_err());
    }

    #[test]
    fn render_fills_groups() {
        let m = Matcher::compile(r"(?P<word>utilise)s?", false).unwrap();
        let caps = m.regex.captures("we utilises").unwrap();
        assert_eq!(render("`{match}` from {word}", &m.regex, &caps), "`utilises` from utilise");
    }
}
