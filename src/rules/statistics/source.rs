//! Whether a sentence names where its figures come from: an attribution phrase or verb
//! (`according to`, `… said`, `a study by`), a source noun in a citing construction
//! (`a survey by …`, `in its annual report`), a Markdown link or URL, a footnote
//! reference, a parenthetical citation, or `per` and a name. The phrases and nouns come
//! from the rule's options so a desk can extend them.

use super::attribution::{in_relative_clause, names_source, put_at, reaches, OWNED_FIGURES};
use super::record::HEDGE;
use crate::patterns::compile;
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// Citations whose form alone names a source: links (the sentence text keeps the
/// `[text](url)` markup), URLs, footnote references, `(Source: …)`, `(Name, 2024)`, and
/// `per Statistics Canada`.
static CITATION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\]\(|\]\[|https?://|www\.|\[\^[^\]]+\]|\[[0-9]{1,3}\]|\((?i:source|sources|via|see|data|cited in|figures)\b[^()]*\)|\([A-Z][^()]{0,80}?\b(?:1[89]|20)[0-9]{2}[a-z]?\)|\bper\s+(?:the\s+)?[A-Z]",
    )
});

/// The writer's own organisation speaking (`we issued`, `our figures`): in a first-party
/// post the publisher is the source. `us` is matched in lower case only, not as `US`.
static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(?:[Ww]e(?:['’](?:re|ve|d|ll))?|[Oo]urs?|us)\b"));

/// `according to`, whose object is the source it names.
static ACCORDING_TO: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\baccording\s+to\b"));

/// A subject that names no owner before `put … at` (`Official figures`, `Estimates`).
static UNOWNED_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:^|\b(?:the|some|official|latest|new|early|unofficial|rough))\s*(?:figures|estimates|data|numbers|statistics|counts)\s+$",
    )
});

/// This module's patterns, for [`crate::patterns::prepare`].
pub static PATTERNS: [&LazyLock<Regex>; 2] = [&CITATION, &FIRST_PERSON];

/// Source nouns that, with `the`/`this`/`its`, point back to a source already named
/// (`the survey`, `this report`); looser nouns like `data` would catch `the data centre`.
const REFERRING_NOUNS: &[&str] =
    &["study", "studies", "survey", "surveys", "report", "reports", "poll", "polls", "census", "audit", "analysis"];

pub struct Sources {
    /// Attribution phrases, and source nouns used the way a citation uses them.
    cites: Option<Regex>,
    /// What a paragraph's opening sentence must hold to cover the sentences after it.
    opener: Option<Regex>,
}

/// `(?i)\b(?:a|b c)\b` for the phrases, with any run of spaces between words; `None` for
/// an empty list, which would otherwise match everywhere.
fn alternation(phrases: &[String]) -> Option<String> {
    let words: Vec<String> = phrases
        .iter()
        .map(|p| p.split_whitespace().map(regex::escape).collect::<Vec<_>>().join(r"\s+"))
        .filter(|p| !p.is_empty())
        .collect();
    (!words.is_empty()).then(|| format!(r"(?:{})", words.join("|")))
}

impl Sources {
    pub fn new(phrases: &[String], nouns: &[String]) -> Result<Sources, String> {
        let compile = |p: String| Regex::new(&p).map_err(|e| format!("invalid attribution phrase or source noun: {e}"));
        let phrase = alternation(phrases);
        let noun = alternation(nouns);
        let mut cites = Vec::new();
        if let Some(p) = &phrase {
            cites.push(format!(r"\b{p}\b"));
        }
        if let Some(n) = &noun {
            cites.push(format!(
                r"\b{n},?\s+(?:(?:of|on|into|in)\s+(?:[^\s.;:!?()\[\]]+\s+){{1,4}}?)?(?:(?:conducted|published|released|commissioned|compiled|prepared|carried\s+out|run|led|done)\s+(?:[^\s,.;:!?()\[\]]+\s+){{0,2}}?)?(?:by|from)\b"
            ));
            let referring: Vec<String> =
                nouns.iter().filter(|n| REFERRING_NOUNS.contains(&n.as_str())).cloned().collect();
            if let Some(r) = alternation(&referring) {
                cites.push(format!(r"\b(?:the|this|that|these|its|their)\s+(?:[^\s,.;:!?()\[\]]+\s+){{0,2}}?{r}\b"));
            }
            cites.push(format!(
                r"\b(?:in|from)\s+(?:a|an|the|its|their|his|her|this|that|[^\s,;:!?()\[\]'’]+['’]s?)\s+(?:[^\s,.;:!?()\[\]]+\s+){{0,3}}?{n}\b"
            ));
        }
        let cites = (!cites.is_empty()).then(|| compile(format!("(?i){}", cites.join("|")))).transpose()?;
        let opener = match &noun {
            Some(n) => Some(compile(format!(r"(?i)\b{n}\b|\baccording\s+to\b"))?),
            None => Some(compile(r"(?i)\baccording\s+to\b".into())?),
        };
        Ok(Sources { cites, opener })
    }

    /// What `sentence` cites, for asking [`Citing::cites`] and [`Citing::covers`] of it
    /// without searching it again for every figure.
    pub fn citing(&self, sentence: &str) -> Citing {
        // A citation by form covers every figure: its attributions are never asked for.
        let citation = CITATION.is_match(sentence);
        let attributions = if citation { Vec::new() } else { self.attributions(sentence).collect() };
        Citing { citation, attributions }
    }

    /// Whether `sentence` names a source for its figures.
    pub fn cites(&self, sentence: &str) -> bool {
        CITATION.is_match(sentence) || self.attributions(sentence).next().is_some()
    }

    /// Whether `sentence` names a source that reaches the figure at `figure` (relative to
    /// it): a citation by form reaches every figure, an attribution its own clause, the
    /// clauses after it, and earlier ones only as a tail (`…, the union said`).
    pub fn covers(&self, sentence: &str, figure: Span) -> bool {
        CITATION.is_match(sentence)
            || self.attributions(sentence).any(|a| reaches(sentence, a.start, a.end, figure.start))
    }

    /// The first attribution in `sentence` that names a source, for a finding's label.
    pub fn attribution(&self, sentence: &str) -> Option<Span> {
        self.attributions(sentence).next()
    }

    /// The attributions in `sentence` that name a source, hedges (`an estimated`) left out.
    fn attributions<'a>(&'a self, sentence: &'a str) -> impl Iterator<Item = Span> + 'a {
        let phrases = self.cites.iter().flat_map(|r| r.find_iter(sentence));
        // Worked out on the first phrase found: most sentences have none.
        let context = std::cell::OnceCell::new();
        let named = phrases.filter(move |m| {
            let (hedges, according) = context.get_or_init(|| {
                // A reporting word inside a hedge (`by reports`, `reportedly`) names no one.
                let hedges: Vec<regex::Match<'_>> = HEDGE.find_iter(sentence).collect();
                // The source named after `according to` is one attribution: `government
                // reports` there is its object, not a second verb.
                let according: Vec<usize> = ACCORDING_TO.find_iter(sentence).map(|m| m.end()).collect();
                (hedges, according)
            });
            let in_object = according
                .iter()
                .any(|&end| end < m.start() && !sentence[end..m.start()].contains([',', '.', ';', ':', '(', '—']));
            !in_object
                && !hedges.iter().any(|h| h.start() <= m.start() && m.end() <= h.end())
                && names_source(sentence, m.start(), m.end())
        });
        // `Official figures put it at …` names no owner; `The office put the cost at …` does.
        let put_at = put_at(sentence).filter(|m| !UNOWNED_SUBJECT.is_match(&sentence[..m.start()]));
        named.chain(OWNED_FIGURES.find_iter(sentence)).chain(put_at).map(|m| Span::new(m.start(), m.end()))
    }

    /// Whether `sentence`, opening a paragraph, attributes it (`The survey found that …`),
    /// so that its source covers the figures in the sentences after it.
    pub fn opens_paragraph(&self, sentence: &str) -> bool {
        self.cites(sentence)
            && (CITATION.is_match(sentence) || self.opener.as_ref().is_some_and(|r| r.is_match(sentence)))
    }

    /// [`Sources::opens_paragraph`] for a sentence already searched (`citing`).
    pub fn opens_citing(&self, citing: &Citing, sentence: &str) -> bool {
        citing.cites() && (citing.has_citation() || self.opener.as_ref().is_some_and(|r| r.is_match(sentence)))
    }

    /// Whether `sentence` names a document or data a figure can come from (a source noun,
    /// a link or a footnote), as opposed to a speaker's view.
    pub fn names_document(&self, sentence: &str) -> bool {
        CITATION.is_match(sentence) || self.opener.as_ref().is_some_and(|r| r.is_match(sentence))
    }

    /// Whether `text` (quotations blanked out) speaks for the writer's organisation.
    pub fn first_person(text: &str) -> bool {
        FIRST_PERSON.is_match(text)
    }

    /// Whether `sentence` holds a citation by its form alone (link, footnote, parenthetical).
    pub fn has_citation(sentence: &str) -> bool {
        CITATION.is_match(sentence)
    }
}

/// What one sentence cites, searched once (see [`Sources::citing`]); the answers are
/// those of [`Sources::cites`] and [`Sources::covers`] for the same sentence.
#[derive(Default)]
pub struct Citing {
    citation: bool,
    attributions: Vec<Span>,
}

impl Citing {
    /// Whether the sentence names a source for its figures.
    pub fn cites(&self) -> bool {
        self.citation || !self.attributions.is_empty()
    }

    /// Whether the sentence (`sentence`, the one searched) names a source that reaches the
    /// figure at `figure`.
    pub fn covers(&self, sentence: &str, figure: Span) -> bool {
        self.covers_within(sentence, figure, (0, sentence.len()))
    }

    /// [`Citing::covers`] for a figure in its `clause` (a byte range of the sentence):
    /// not from another clause into one the writer hedges (`hedged`, asked only then:
    /// `…, she said, and visitors spent an estimated €9 million`), though a second
    /// `that` goes on with what was said (`…, and that … an estimated 14,000`).
    pub fn covers_figure(
        &self,
        sentence: &str,
        figure: Span,
        clause: (usize, usize),
        hedged: impl FnOnce() -> bool,
    ) -> bool {
        let reported = sentence[clause.0..].trim_start().starts_with("that ");
        if !reported && hedged() {
            self.covers_within(sentence, figure, clause)
        } else {
            self.covers(sentence, figure)
        }
    }

    /// [`Citing::covers`] by a citation or an attribution inside `clause`.
    fn covers_within(&self, sentence: &str, figure: Span, clause: (usize, usize)) -> bool {
        let inside = |a: &Span| a.start >= clause.0 && a.end <= clause.1;
        self.citation || self.attributions.iter().any(|a| inside(a) && reaches(sentence, a.start, a.end, figure.start))
    }

    /// Whether what the sentence cites goes on into the next sentence: an attribution
    /// inside a relative clause (`…, which the party says would cost €4 million`) speaks
    /// for that clause only.
    pub fn carries(&self, sentence: &str) -> bool {
        self.citation || self.attributions.iter().any(|a| !in_relative_clause(sentence, a.start))
    }

    /// Whether the sentence holds a citation by its form alone.
    pub fn has_citation(&self) -> bool {
        self.citation
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::statistics::words::{ATTRIBUTION_PHRASES, SOURCE_NOUNS};

    fn defaults() -> Sources {
        let owned = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        Sources::new(&owned(ATTRIBUTION_PHRASES), &owned(SOURCE_NOUNS)).unwrap()
    }

    #[test]
    fn sources_are_recognised() {
        let s = defaults();
        for yes in [
            "Sales rose 14%, according to the union.",
            "Research cited by Mozilla indicates $8.8 trillion in value.",
            "The agency said 40% of trips were late.",
            "Data from the [association](https://x.example/r) put the rise at 48%.",
            "Claims rose 12%[^1] last year.",
            "Claims rose 12% (Statistics Office, 2025).",
            "Claims rose 12% (source: county records).",
            "Claims rose 12%, per Statistics Canada.",
            "In its annual report, the port put traffic at 2.6 million containers.",
            "A survey of 600 workers conducted by the centre put it at 45%.",
            "The study, by the institute, counted 2,200 workers.",
            "The figures come from the union.",
            "In all, 1,760 people completed the survey.",
            "The harbour board estimated the damage at $3 million.",
            "Estimates by the Wildlife Trust put the toll at 4,000 birds.",
            "Home Office statistics put the backlog at 52,000 claims.",
            "The merger, announced by Kestrel Foods on Friday, is worth $2bn.",
        ] {
            assert!(s.cites(yes) && s.citing(yes).cites(), "{yes}");
        }
        for no in [
            "Data centres cool servers by evaporating water.",
            "Sales rose 14% last year.",
            "Costs rose (up from 12% in 2019).",
            "It costs $5 per ticket.",
            "Farmers lost an estimated $3 million in one storm.",
            "The repair bill is estimated at $3 million.",
            "By some estimates, 4,000 birds died.",
            "The merger, announced on Friday at the exchange, is worth $2bn.",
            "Nearly half of the complaints came from one street.",
            "Official figures put the backlog at 52,000 claims.",
        ] {
            assert!(!s.cites(no) && !s.citing(no).cites(), "{no}");
        }
    }

    #[test]
    fn attributions_reach_their_clause_and_tails() {
        let s = defaults();
        let covers = |text: &str, figure: &str| {
            let at = text.find(figure).unwrap();
            let span = Span::new(at, at + figure.len());
            assert_eq!(s.covers(text, span), s.citing(text).covers(text, span), "{text}");
            s.covers(text, span)
        };
        let text = "Storms cost the coast $90m a year, and some hoteliers say guests have stopped booking.";
        assert!(s.cites(text) && !covers(text, "$90m"));
        assert!(covers("Storms cost $90m, and insurers paid $40m, the council said.", "$90m"));
        assert!(covers("The council said storms cost $90m, and insurers paid $40m.", "$40m"));
        assert!(covers("Storms cost $90m; insurers paid $40m, according to the insurers' body.", "$90m"));
        assert!(covers("Storms cost $90m, and insurers say guests left ([report](https://x.example)).", "$90m"));
    }

    #[test]
    fn first_person_is_the_publisher() {
        assert!(Sources::first_person("We issued 5 million certificates."));
        assert!(Sources::first_person("Our users number 2 million."));
        assert!(!Sources::first_person("Sales in the US rose 4%."));
    }

    #[test]
    fn paragraph_openers_need_a_source_noun() {
        let s = defaults();
        assert!(s.opens_paragraph("The survey found that workers were tired."));
        assert!(!s.opens_paragraph("The mayor said the plan was fine."));
        let desk = Sources::new(&["tallied".into()], &[]).unwrap();
        assert!(desk.cites("The clerk tallied 2,000 votes.") && !desk.cites("The clerk said 2,000."));
        assert!(!Sources::new(&[], &[]).unwrap().cites("Anything at all."));
    }
}
