//! Who speaks for a piece as a whole rather than sentence by sentence: the organisation
//! that wrote its own post (its name or `we` voices its figures), and an interviewee
//! answering an interviewer's questions.

use crate::document::{Document, RegionKind};
use crate::patterns::compile;
use regex::Regex;
use std::sync::LazyLock;

/// Whether a paragraph is an interviewer's question: set apart in bold or italics, or
/// tagged `Q:`, and ending in a question mark.
fn is_question(text: &str) -> bool {
    let t = text.trim();
    let marked = (t.starts_with("**") && t.ends_with("**"))
        || (t.starts_with('_') && t.ends_with('_'))
        || (t.starts_with('*') && t.ends_with('*'))
        || t.starts_with("Q:")
        || t.starts_with("Q.");
    marked && t.trim_end_matches(['*', '_']).ends_with('?')
}

/// Whether region `index` is an interviewee's answer: the paragraphs after a question,
/// up to the next one, in a piece laid out as questions and answers (two or more).
pub fn answers_a_question(doc: &Document, questions: &[usize], index: usize) -> bool {
    let paragraph = |i: usize| doc.regions[i].kind == RegionKind::Paragraph;
    if questions.len() < 2 || !paragraph(index) || questions.binary_search(&index).is_ok() {
        return false;
    }
    // The nearest question before, with nothing but paragraphs between.
    let Some(&asked) = questions[..questions.partition_point(|&q| q < index)].last() else {
        return false;
    };
    let answered = (asked + 1..index).all(paragraph);
    // Answers speak in the first person; the writer's own closing lines do not.
    let text = doc.text(doc.regions[index].span);
    answered && (ANSWER_VOICE.is_match(text) || SPEAKER_TAG.is_match(text))
}

/// The interviewer's questions of `doc`, by region index (see [`answers_a_question`]).
pub fn questions(doc: &Document) -> Vec<usize> {
    let paragraph = |i: usize| doc.regions[i].kind == RegionKind::Paragraph;
    (0..doc.regions.len()).filter(|&i| paragraph(i) && is_question(doc.text(doc.regions[i].span))).collect()
}

/// An answer tagged with its speaker's name (`Okafor: There are more beds …`).
static SPEAKER_TAG: LazyLock<Regex> = LazyLock::new(|| compile(r"^\W*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}:\s"));

/// The interviewee's own voice: `I`, `my`, `we`, `our`.
static ANSWER_VOICE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]urs?|us)\b"));

/// Words of an author's name that mark it as an organisation (`The Node.js Project`).
const ORGANISATION: &[&str] = &[
    "Project",
    "Foundation",
    "Team",
    "Inc",
    "Inc.",
    "Ltd",
    "Group",
    "Association",
    "Council",
    "Ministry",
    "Department",
    "Agency",
    "Company",
    "Corporation",
    "Institute",
    "Network",
    "Coalition",
    "Alliance",
    "Society",
    "Trust",
    "Board",
];

/// Words after an organisation's name that say which of its desks wrote (`… Newsroom`).
const ROLE: &[&str] = &["Newsroom", "News", "Press", "Office", "Communications", "Media", "Editorial", "Desk"];

/// When the author is an organisation, the distinctive word of its name (`Node.js`): a
/// sentence of its own post that names it speaks for it, as `we` does.
pub fn organisation_author(doc: &Document) -> Option<String> {
    let author = doc.text(doc.byline.as_ref()?.author?);
    let words: Vec<&str> = author.split_whitespace().collect();
    // An author named as the actor in its own body (`Northwind Cold Storage today opened …`)
    // is the organisation, even without a word like `Project` in its name.
    let name: Vec<&str> = words.iter().copied().filter(|w| !ROLE.contains(w)).collect();
    let named_in_body = name.len() >= 2 && {
        let name = name.join(" ");
        doc.regions.iter().any(|r| r.kind == RegionKind::Paragraph && doc.text(r.span).contains(&name))
    };
    let organisation = words.first() == Some(&"The") || words.iter().any(|w| ORGANISATION.contains(w)) || named_in_body;
    let distinctive = words.iter().filter(|w| **w != "The" && !ORGANISATION.contains(*w)).max_by_key(|w| w.len())?;
    (organisation && distinctive.len() > 2).then(|| distinctive.to_string())
}
