//! How far a source reaches beyond its own sentence. A story about a named document (a
//! study, survey, trial, report, poll or filing that is published, released, announced or
//! that finds something) reports that document's figures paragraph after paragraph: the
//! document is a *source frame* that covers what follows until someone else takes the
//! floor (a named attribution that does not point back to the document or its authors).
//! The frame is found on paragraph text alone, so only drafts with a figure its sentence
//! does not source pay for it.

use super::attribution::names_source;
use super::source::Sources;
use super::{is_checked, Quotations};
use crate::document::{Document, RegionKind};
use crate::patterns::{compile, NUMBER_WORD};
use regex::Regex;
use std::sync::LazyLock;

/// Documents whose figures a story reports.
const DOCUMENT: &str = r"(?:study|studies|survey|report|trial|poll|census|analysis|audit|review|paper|findings|results|research|filing|assessment|inquiry|investigation|evaluation|experiment)";
/// A determiner that makes the document a particular one (`a new study`, `the survey`,
/// `Ofsted's report`), where `some reports` or `media reports` stay vague.
const PARTICULAR: &str =
    r"(?:\b(?:a|an|the|its|their|this|his|her|our)|[A-Z][A-Za-z0-9&.-]*['’]s|\b(?:A|An|The|Its|Their|This|Our))";

/// A paragraph that introduces a document as its subject: published, released or
/// announced, the subject of a finding verb (`The survey found`), or the source a
/// sentence opens with (`According to the port's annual report, …`; one cited in passing
/// at the end of a sentence opens nothing).
static OPENER: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"{PARTICULAR}\s+(?:[\w-]+['’]s\s+)?(?:(?:new|latest|recent|annual|first|final|preliminary|independent|peer-reviewed|large|major|national|global|long-running|two-year|five-year|official|interim)\s+)*(?:[A-Z][\w-]*\s+){{0,3}}{DOCUMENT}\b[^.!?;]{{0,120}}?\b(?:published|released|issued|announced|presented|unveiled|conducted|carried\s+out|found|finds|shows?|showed|suggests?|suggested|concluded|concludes|reports?|reported|indicates?|indicated|estimates?|estimated|revealed|reveals|counted|identified|listed|lists|recorded)\b|\b(?:published|released|issued|announced|presented|unveiled|launched|led|ran|conducted)\s+(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,3}}?)?{DOCUMENT}\b|\b(?:results?|findings)\s+(?:of|from)\s+(?:a|an|the|its|their|our)\s+(?:[\w-]+\s+){{0,4}}?{DOCUMENT}\b|\b[Ii]n\s+(?:(?:a|an|the|its|their|new)\s+)?(?:[\w-]+\s+){{0,3}}?{DOCUMENT}\s+(?:published|released|issued|by|from|of|conducted|carried\s+out|commissioned)\b|\btold\s+the\s+(?:court|jury|tribunal|inquest|hearing)\b|\b[Tt]he\s+(?:court|jury|tribunal|inquest|hearing)\s+(?:heard|was\s+told)\b|(?:^|[.!?]\s+)According\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){{0,3}}?{DOCUMENT}\b"
    ))
});

/// Figures, statistics or data published by or from a named body (`according to figures
/// published by the Office for National Statistics`): in the story's opening paragraph
/// they are its subject, reported as a report would be; cited later, they are in passing.
static FIGURES_FROM: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:figures|statistics|data)\s+(?:(?:published|released|issued)\s+(?:on\s+\w+\s+)?)?(?:by|from)\s+(?:the\s+)?(?-i:[A-Z])",
    )
});

/// A paragraph that opens on the body the story is about announcing (`In a trading
/// statement on Wednesday, the company said …`, `The firm said …`).
static ANNOUNCES: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^(?:(?P<lead>[^.!?]*?),\s+)?(?i:the)\s+(?:{})\s+(?:said|says|announced|announces|confirmed|confirms|told)\b",
        super::background::SELF.join("|")
    ))
});

/// Whether `next`, the paragraph after the story's opening one, opens on the body that
/// opening is about announcing it: the opening's figures are that body's news
/// (`… is to close nine shops, putting 1,150 jobs at risk.` and then `the company said`).
pub fn announced_after(next: &str) -> bool {
    // A lead-in of at most 80 bytes, checked here: a bounded repeat compiles 80 copies.
    ANNOUNCES.captures(next).is_some_and(|c| c.name("lead").is_none_or(|lead| lead.len() <= 80))
}

/// What points back to a frame's document or its authors.
static REFERS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:the|this|that|these|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{DOCUMENT}|researchers|scientists|authors?|co-?authors?|team|investigators|organi[sz]ers|pollsters?|respondents|data|figures)\b|\b(?:the\s+)?(?:study|survey|report|trial|poll|paper)['’]s\b|\b(?:lead|senior|co-?)\s*authors?\b|\bco-?author(?:s|ing|ed)?\b"
    ))
});

/// A share of those asked as the speaker (`63% said`, `Most respondents say`, `Half of
/// them told us`): the surveyed answering, who neither open a frame nor end it.
static SHARE_SPEAKING: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)^\W*(?:(?:only|just|about|around|nearly|almost|over|more\s+than|fewer\s+than|some)\s+)?(?:[0-9][0-9.,]*\s*(?:%|percent|per\s+cent)|{NUMBER_WORD}\s+(?:percent|per\s+cent|in\s+\w+)|half|most|many|a\s+(?:third|quarter|fifth|majority|minority)|the\s+(?:majority|rest))(?:\s+of\s+(?:them|those|the\s+\w+|respondents|\w+))?(?:\s+\w+){{0,3}}\s*$"
    ))
});

/// A named attribution in a paragraph: a reporting verb with someone behind it.
static ATTRIBUTING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:said|says|say|told|tells|according\s+to|reported|reports|wrote|writes|stated|noted|explained|added|observed|commented|remarked|announced|claimed|estimated|estimates|warned|argued|argue|argues|contend|contends|testified)\b",
    )
});

/// The start of the sentence holding byte `at` of `text`, found by the full stop or
/// question mark and the space or line break after it.
fn sentence_start(text: &str, at: usize) -> usize {
    let bytes = &text.as_bytes()[..at];
    (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i - 1], b'.' | b'?') && bytes[i].is_ascii_whitespace())
        .map_or(0, |i| i + 1)
}

/// What one paragraph does to the frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Turn {
    /// Introduces a document: a frame starts.
    Opens,
    /// Names a source that points back to the frame's document or its authors.
    Refers,
    /// Someone else takes the floor: the frame ends here.
    Other,
    /// Names no source: the frame goes on.
    Neutral,
}

/// A document word anywhere: the cheap test before [`OPENER`], whose many starting
/// words (`the`, `a`) would otherwise be tried all through every paragraph.
static ANY_DOCUMENT: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"(?i)\b(?:{DOCUMENT}|court|jury|tribunal|inquest|hearing)\b")));

/// The surname of the author a speaker phrase names after its role (`coauthor Rob
/// Jenkins`, `the study's lead author, Dr Ana Ruiz`): a few lowercase words may stand
/// between, then the name's capitalised words, of which the last is kept.
fn author_named(speaker: &str, role_end: usize) -> Option<String> {
    let words = speaker[role_end..].split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty());
    let name: Vec<&str> = words
        .skip_while(|w| w.starts_with(char::is_lowercase))
        .take_while(|w| w.starts_with(char::is_uppercase))
        .collect();
    name.last().filter(|w| w.len() > 2 && name.len() > 1).map(|w| w.to_string())
}

fn turn(text: &str, authors: &mut Vec<String>) -> Turn {
    if ANY_DOCUMENT.is_match(text) && OPENER.is_match(text) {
        return Turn::Opens;
    }
    let mut turn = Turn::Neutral;
    for m in ATTRIBUTING.find_iter(text) {
        if !names_source(text, m.start(), m.end()) {
            continue;
        }
        // Who speaks: the sentence up to the verb; after `according to`, an agent's `by`
        // or a quotation (`"…," said the inspector`), the words after it.
        let from = sentence_start(text, m.start());
        let mut speaker = text[from..m.start()].to_string();
        // `estimated by the team`, not `estimated by 2050`: a year or a date is no agent.
        let agent_follows = text[m.end()..]
            .trim_start()
            .strip_prefix("by ")
            .is_some_and(|rest| !rest.trim_start().starts_with(|c: char| c.is_ascii_digit()));
        let inverted = speaker.trim_end().trim_end_matches(',').ends_with(['”', '"']);
        if inverted {
            speaker.clear();
        }
        if m.as_str().to_lowercase().starts_with("according") || agent_follows || inverted {
            speaker.extend(text[m.end()..].chars().take(60));
        }
        let named = |w: &String| speaker.split(|c: char| !c.is_alphanumeric()).any(|x| x == w);
        if let Some(role) = REFERS.find(&speaker) {
            authors.extend(author_named(&speaker, role.end()));
            turn = Turn::Refers;
        } else if authors.iter().any(named) {
            // An author once named (`coauthor Rob Jenkins`) speaks for the document
            // later by name alone (`Jenkins said`).
            turn = Turn::Refers;
        } else if !speaker.trim().eq_ignore_ascii_case("they") && !SHARE_SPEAKING.is_match(&speaker) {
            // `They estimated …` (a plural pronoun goes on with the authors who spoke
            // last) and a share of those asked neither open nor end a frame.
            return Turn::Other;
        }
    }
    turn
}

/// For each paragraph (its text, in document order), whether a document frame covers it;
/// the story's opening paragraph is `paragraphs[lede]` (a headline and standfirst may
/// stand before it).
pub fn covered_from(paragraphs: &[&str], lede: usize, titled: bool) -> Vec<bool> {
    let (mut open, mut authors) = (false, Vec::new());
    paragraphs
        .iter()
        .enumerate()
        // With no frame open, a paragraph naming no document cannot open one.
        .map(|(i, text)| {
            let opens = i == lede && (titled || FIGURES_FROM.is_match(text));
            let turn = if opens {
                Turn::Opens
            } else if open || ANY_DOCUMENT.is_match(text) || REFERS.is_match(text) {
                turn(text, &mut authors)
            } else {
                Turn::Neutral
            };
            match turn {
                Turn::Opens | Turn::Refers => {
                    open = true;
                    true
                }
                Turn::Other => {
                    open = false;
                    false
                }
                Turn::Neutral => open,
            }
        })
        .collect()
}

/// For each region of `doc`, whether a document frame covers it.
pub fn document_frames(doc: &Document) -> Vec<bool> {
    let checked: Vec<usize> = (0..doc.regions.len()).filter(|&i| is_checked(doc.regions[i].kind)).collect();
    let texts: Vec<&str> = checked.iter().map(|&i| doc.text(doc.regions[i].span)).collect();
    let mut by_region = vec![false; doc.regions.len()];
    let lede = checked.iter().position(|&i| doc.regions[i].kind == RegionKind::Paragraph).unwrap_or(0);
    for (&i, covered) in checked.iter().zip(covered_from(&texts, lede, titled(doc))) {
        by_region[i] = covered;
    }
    if let (Some(&at), Some(next)) = (checked.get(lede), texts.get(lede + 1)) {
        by_region[at] |= announced_after(next);
    }
    by_region
}

/// A headline naming the document a piece presents (`Airflow Survey 2020`, `Presenting
/// the Docs Redesign Card Sort Results`, `Go 2016 Survey Results`, `2017: Year in Review`).
static TITLE_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:surveys?|poll|census|card\s+sort|study|audit|results|findings|year\s+in\s+review)\b")
});

/// Whether the piece's title (its front matter `title`, headline or first heading) names
/// a document that the piece, speaking in the first person outside quotation marks
/// (`we`, `our`), presents as its own: the story opens on that document, as on a report.
/// A news story about someone else's survey still needs its attributions.
fn titled(doc: &Document) -> bool {
    let field = doc.front_matter.as_ref().and_then(|fm| fm.get("title")).and_then(|f| f.value.as_scalar());
    let heading = || {
        doc.regions
            .iter()
            .find(|r| matches!(r.kind, RegionKind::Headline | RegionKind::Heading))
            .map(|r| doc.text(r.span))
    };
    let own = || {
        doc.regions.iter().filter(|r| is_checked(r.kind)).any(|r| {
            let text = doc.text(r.span);
            Sources::first_person(&Quotations::new(text).blank(text))
        })
    };
    field.map(|s| s.text.as_str()).or_else(heading).is_some_and(|t| TITLE_DOCUMENT.is_match(t)) && own()
}

/// A sentence that points back to the one before it to source it (`That is according to
/// the agency.`, `These figures come from the census.`).
static BACKWARD: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\W*(?:that|this|those|these|both|the|all)(?:['’]s|\s+(?:is|was|are|were|figures?|numbers?|data|estimates?|totals?|counts?|statistics|rates?|numbers?))\b",
    )
});

/// Whether `next` (the sentence after a figure's) opens by sourcing what came before.
pub fn sources_before(next: &str) -> bool {
    BACKWARD.is_match(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`covered_from`] for paragraphs that open with the story's lede.
    fn covered(paragraphs: &[&str]) -> Vec<bool> {
        covered_from(paragraphs, 0, false)
    }

    #[test]
    fn a_document_frame_lasts_until_someone_else_speaks() {
        let paragraphs = [
            "Cold homes were common, and heating costs rose.",
            "A survey published on Monday by the Tenants' Union asked 2,000 renters about damp.",
            "Damp affected 41% of flats, and 12% had mould in a bedroom.",
            "The survey's authors said 30% of tenants had complained to a landlord.",
            "Nearly half of the complaints went unanswered.",
            "Housing minister Ana Ruiz said 18% of inspections found hazards.",
            "About 60% of renters are under 35.",
        ];
        assert_eq!(covered(&paragraphs), [false, true, true, true, true, false, false]);
    }

    #[test]
    fn figures_from_a_named_body_frame_a_story_that_opens_on_them() {
        let opening = "Crime fell 4 percent in the year, according to figures published by the Office for National Statistics on Thursday.";
        let story = [opening, "Burglary fell 12 percent.", "Violence accounted for 38 percent of all crime."];
        assert_eq!(covered(&story), [true, true, true]);
        // Cited in passing after the opening paragraph, they frame nothing.
        let passing = [
            "Schools closed.",
            "It lost people fastest, according to data from the Ministry of Health.",
            "About 38 percent are over 65.",
        ];
        assert_eq!(covered(&passing), [false, false, false]);
    }

    #[test]
    fn the_authors_as_they_and_a_year_after_by_keep_the_frame() {
        let study = "A study of wheat yields was published in Nature on Monday.";
        let going_on = "They estimated by 2050 food needs would rise by 50 percent. Yields fell 9%.";
        assert_eq!(covered(&[study, going_on]), [true, true]);
        // A speaker named, or an agent after `by`, still takes the floor.
        assert_eq!(covered(&[study, "The minister estimated by 2050 a rise of 50 percent."]), [true, false]);
        assert_eq!(covered(&[study, "A rise of 50 percent was estimated by the ministry."]), [true, false]);
    }

    #[test]
    fn results_published_or_summarised_open_a_frame_that_its_respondents_keep() {
        let published = "The agency published results on the reading skills of adults in 20 countries.";
        assert_eq!(covered(&[published, "Norway ranks first, at 2.1%."]), [true, true]);
        // Without a determiner the document follows its verb at once.
        let trial = "Some 80,000 pages are to be presented at trial.";
        assert_eq!(covered(&[trial, "It will cost 3 million euros."]), [false, false]);
        let summary = "This post sums up the results of our 2025 reader survey.";
        let answers = "We asked where people read.\n61% said they read on a phone, and 12% on paper.";
        let later = "Asked about price, 40% of respondents say they would pay.";
        assert_eq!(covered(&[summary, answers, later]), [true, true, true]);
        // Another speaker after a line break still takes the floor.
        let other = "We asked where people read.\nThe minister said 30% of adults read no books.";
        assert_eq!(covered(&[summary, other, later]), [true, false, false]);
        // Results named in passing, without a document, open nothing.
        assert_eq!(covered(&["The results of the vote surprised no one.", "About 30% stayed home."]), [false, false]);
    }

    #[test]
    fn the_body_a_story_opens_on_announces_it_in_the_next_paragraph() {
        assert!(announced_after("In a statement on Monday, the company said the depot would shut."));
        assert!(announced_after("The bank confirmed the figure."));
        // Someone else speaking, or the body named late in the paragraph, announces nothing.
        assert!(!announced_after("Analysts said the closures were overdue."));
        assert!(!announced_after("Staff were told on Monday. Later that day the company said more."));
    }

    #[test]
    fn an_author_named_once_speaks_for_the_study_by_name() {
        let study = "A study of passport checks was published in a journal on Monday.";
        let named = "As coauthoring psychologist Dr Ana Ruiz says, the task is hard.";
        let later = "Ruiz said officers rejected 6% of genuine photos.";
        assert_eq!(covered(&[study, named, later]), [true, true, true]);
        // Someone never named as an author still takes the floor.
        assert_eq!(covered(&[study, named, "Minister Tom Hale said 6% is too many."]), [true, true, false]);
    }

    #[test]
    fn vague_reports_open_no_frame() {
        let paragraphs = ["Some reports suggest a gas leak.", "The block was home to over 1,000 people."];
        assert_eq!(covered(&paragraphs), [false, false]);
        assert_eq!(
            covered(&["In findings published Wednesday, researchers reported a fall.", "It fell 9%."]),
            [true, true]
        );
    }

    #[test]
    fn a_speaker_tied_to_the_document_keeps_it() {
        let paragraphs = [
            "The health agency announced a trial of three vaccines in May.",
            "Dr Ama Owusu, who led the trial, said the results were clear.",
            "Efficacy was 81% for the first vaccine.",
        ];
        assert_eq!(covered(&paragraphs), [true, true, true]);
    }

    #[test]
    fn a_report_the_sentence_opens_with_is_a_frame_and_one_cited_in_passing_is_not() {
        let opened = ["According to the port authority's annual report, volumes rose.", "Imports rose 14%."];
        assert_eq!(covered(&opened), [true, true]);
        let poll = ["In a survey by the Daily Courier of 2,000 adults, 61% said yes.", "Of the rest, 30% said no."];
        assert_eq!(covered(&poll), [true, true]);
        let passing = ["Only 10% own one, according to a 2011 study.", "Sales rose 14%."];
        assert_eq!(covered(&passing), [false, false]);
        let possessive = ["The commission's report found the pumps had failed.", "Leakage stood at 19%."];
        assert_eq!(covered(&possessive), [true, true]);
    }

    #[test]
    fn a_speaker_after_a_quotation_is_the_one_named_after_the_verb() {
        let paragraphs = [
            "A survey published on Monday asked renters about damp.",
            "\"We were shocked,\" said one of the survey's authors.",
            "Damp affected 41% of flats.",
        ];
        assert_eq!(covered(&paragraphs), [true, true, true]);
        let other = [
            "A survey published on Monday asked renters about damp.",
            "\"It is bad,\" said Ana Ruiz, a tenant.",
            "Rents rose 9%.",
        ];
        assert_eq!(covered(&other), [true, false, false]);
    }

    #[test]
    fn respondents_reporting_keep_the_frame() {
        let paragraphs = [
            "A study of 11,000 pupils published on Wednesday looked at sleep.",
            "Among those, 29 percent reported symptoms of anxiety.",
            "A third slept less than seven hours.",
        ];
        assert_eq!(covered(&paragraphs), [true, true, true]);
    }

    #[test]
    fn backward_sources() {
        assert!(sources_before("That is according to the regional statistics office."));
        assert!(sources_before("These figures come from the census."));
        assert!(!sources_before("Rents rose 8% in the city."));
    }
}
