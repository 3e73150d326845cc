//! What sources a region's figures from outside their own sentence, worked out once per
//! region for `statistics/unsourced`: the sentence before (unless it only names the speaker
//! of a quotation), a sentence after that points back (`That is according to …`), an
//! attribution opening the paragraph or a list's lead-in, the publisher speaking, a
//! footnote marker, a quotation continued from an earlier paragraph, and document frames.

use super::attribution::in_relative_clause;
use super::background::own_claim;
use super::find::{find, may_hold_figure, Statistic};
use super::publisher::answers_a_question;
use super::record::names_no_one;
use super::source::{Citing, Sources};
use super::{frame, is_checked, Quotations};
use crate::document::{Document, RegionKind, Segment};
use crate::patterns::{compile, NUMBER_WORD};
use crate::span::Span;
use regex::Regex;
use std::cell::OnceCell;
use std::sync::LazyLock;

/// Who may speak for a figure besides an attribution: the source lists, and whether the
/// publisher speaking (`we`, or the organisation that wrote the post naming itself) counts.
#[derive(Clone, Copy)]
pub struct Voice<'a> {
    pub sources: &'a Sources,
    pub first_person: bool,
    pub organisation: Option<&'a str>,
    /// The interviewer's questions, by region index: their answers speak for the
    /// interviewee.
    pub questions: &'a [usize],
}

/// What reaches the sentences of one region from outside each sentence.
pub struct Reach {
    /// Per sentence: it names a source itself (or the publisher speaks in it).
    pub cited: Vec<bool>,
    /// Per sentence: what it cites, searched once; left empty where the publisher speaks,
    /// which covers the sentence whatever it cites.
    pub citing: Vec<Citing>,
    /// Per sentence: the writer's organisation speaks, or a footnote marker closes it.
    pub voiced: Vec<bool>,
    /// Per sentence: the sentence before, in the same paragraph, sources it (unless it
    /// only names the speaker of a quotation). For the first sentence, see [`tail_before`].
    pub carried: Vec<bool>,
    /// Per sentence: the sentence after points back to source it (`That is according to …`).
    pub backward: Vec<bool>,
    /// The region is covered as a whole (an opening attribution, a list lead-in).
    pub covered: bool,
    /// Per sentence: it makes a claim of its own (a wider scope, `Nationally, …`, or a
    /// standing fact, `Brannock has 38,000 rented homes`; see [`own_claim`]), so
    /// neither the sentence before nor the paragraph's opening source reaches it.
    pub own_claims: Vec<bool>,
    /// The region answers an interviewer's question: the interviewee speaks, though a
    /// hedge in the answer (`by one count`) still names no one.
    pub answer: bool,
    /// The region continues a quotation whose speaker an earlier paragraph names.
    pub reopened: bool,
}

impl Reach {
    /// The reach of region `index`, whose sentences are `sentences`.
    pub fn new<'f>(
        voice: &Voice<'_>,
        doc: &Document,
        index: usize,
        sentences: &[Segment],
        figures: &dyn Fn(usize) -> &'f [Statistic],
        quotes: &Quotations,
    ) -> Reach {
        let Voice { sources, first_person, organisation, .. } = *voice;
        let region = doc.regions[index].span;
        let unquoted = quotes.blank(doc.text(region));
        let answer = answers_a_question(doc, voice.questions, index);
        let voiced = voiced(first_person, organisation, doc, region, sentences, &unquoted);
        let has = |i: usize| !figures(i).is_empty();
        let citing = citing_near_figures(sources, doc, sentences, &voiced, &has);
        let cited: Vec<bool> = citing.iter().zip(&voiced).map(|(c, v)| *v || c.cites()).collect();
        let quoted = |s: &Segment| quotes.within(s.span.start - region.start, s.span.end - region.start);
        // A speaker quoted in the opening sentence speaks only inside the quotation marks.
        let first = doc.text(sentences[0].span);
        let opens = if voiced[0] { sources.opens_paragraph(first) } else { sources.opens_citing(&citing[0], first) };
        let opened = opens && !quoted(&sentences[0]);
        let covered = opened || lead_in_cites(sources, first_person, doc, index);
        // The sentence before carries its source on when it reports figures on that
        // source's authority or names a document; an attribution of a view (`Petrie said
        // the clinics work`) does not, nor one scoped to a clause its figures stand
        // outside (`$78,500, which the union says is low`).
        let reports = |i: usize| {
            let s = &sentences[i];
            let text = doc.text(s.span);
            let vouched = (voiced[i] && first_person && text.contains(|c: char| c.is_ascii_digit()))
                || has(i)
                    && (voiced[i]
                        || (citing[i].carries(text) && figures(i).iter().any(|f| citing[i].covers(text, f.span))));
            !quoted(s) && (sources.names_document(text) || TAIL_SOURCE.is_match(text) || vouched)
        };
        // `… all of our certificates? That's more than 150 million`: a sentence that points
        // back restates what the publisher just spoke of, in the publisher's voice.
        let restates = |i: usize| voiced[i - 1] && POINTS_BACK.is_match(doc.text(sentences[i].span));
        let tail = OnceCell::new();
        let links = Links {
            has: &has,
            cited: &cited,
            cites: &|i| citing[i].cites(),
            reports: &reports,
            restates: &restates,
            plain: &|k| !cited[k] && !quoted(&sentences[k]) && names_no_one(doc.text(sentences[k].span)).is_none(),
            claims: &|i| own_claim(doc.text(sentences[i].span)),
            numberless: &|i| !ANY_NUMBER.is_match(doc.text(sentences[i].span)),
            tail: &|| *tail.get_or_init(|| tail_before(sources, doc, index)),
        };
        let (carried, own_claims) = links.runs(sentences.len(), covered);
        let backward = (0..sentences.len())
            .map(|i| {
                has(i)
                    && sentences.get(i + 1).is_some_and(|n| {
                        let next = doc.text(n.span);
                        // What the next sentence cites was searched above, unless the
                        // publisher speaks in it.
                        frame::sources_before(next) && (citing[i + 1].cites() || (voiced[i + 1] && sources.cites(next)))
                    })
            })
            .collect();
        Reach {
            cited,
            citing,
            voiced,
            carried,
            backward,
            covered,
            own_claims,
            answer,
            reopened: reopened_quotation(doc, index),
        }
    }
}

/// What one sentence of a region tells about the next, for [`Links::runs`].
struct Links<'a> {
    has: &'a dyn Fn(usize) -> bool,
    cited: &'a [bool],
    /// The sentence cites someone, whatever the clause.
    cites: &'a dyn Fn(usize) -> bool,
    /// Its source vouched for figures in it (see `reports` in [`Reach::new`]).
    reports: &'a dyn Fn(usize) -> bool,
    /// It points back at the publisher's sentence before (`That's more than …`).
    restates: &'a dyn Fn(usize) -> bool,
    /// It cites no one, is not quoted and names no one (no hedge).
    plain: &'a dyn Fn(usize) -> bool,
    /// It makes a claim of its own: `Nationally, …`, `Brannock has 38,000 rented homes`.
    claims: &'a dyn Fn(usize) -> bool,
    /// It holds no number of any kind, in digits or in words.
    numberless: &'a dyn Fn(usize) -> bool,
    /// The paragraph before ends on figures and their source as a tail, which reaches
    /// the first sentence (see [`tail_before`]); asked only when a run could start there.
    tail: &'a dyn Fn() -> bool,
}

impl Links<'_> {
    /// Per sentence of `n`: whether the sentence before carries its source on to it, and
    /// whether it makes a claim of its own that nothing from outside reaches (`covered`:
    /// the region's opening source would). A run of figures goes on on the same
    /// authority (`…, its operator said. International traffic rose 17 percent. Almost
    /// a quarter …`): a sentence the one before carried, citing and naming no one,
    /// carries on in turn, and an aside of the writer's own (`Tourism accounts for a
    /// fifth of jobs.`) does not end the run: the report resumes after it.
    fn runs(&self, n: usize, covered: bool) -> (Vec<bool>, Vec<bool>) {
        let (mut carried, mut own_claims) = (vec![false; n], vec![false; n]);
        for i in 0..n {
            let goes_on = |k: usize| (carried[k] || (k == 0 && (self.has)(0) && (self.tail)())) && (self.plain)(k);
            let vouched = |k: usize| self.cited[k] && (self.reports)(k);
            // An aside of the writer's own: a claim nothing reaches, or, after a source
            // that gave figures, a sentence of colour with no number at all
            // (`Construction bore the brunt.`).
            let aside = i > 1
                && (own_claims[i - 1] || ((self.numberless)(i - 1) && (self.has)(i - 2)))
                && (self.plain)(i - 1)
                && (vouched(i - 2) || goes_on(i - 2));
            let reached = (self.has)(i)
                && i > 0
                && (vouched(i - 1) || (self.restates)(i) || ((goes_on(i - 1) || aside) && !(self.cites)(i)));
            own_claims[i] = (self.has)(i) && (reached || covered) && (self.claims)(i);
            carried[i] = reached && !own_claims[i];
        }
        (carried, own_claims)
    }
}

/// Per sentence: the publisher speaks in it (outside quotation marks, `unquoted` being the
/// region's text with them blanked), or a footnote marker closes it.
fn voiced(
    first_person: bool,
    organisation: Option<&str>,
    doc: &Document,
    region: Span,
    sentences: &[Segment],
    unquoted: &str,
) -> Vec<bool> {
    let own = |s: &Segment| &unquoted[s.span.start - region.start..s.span.end - region.start];
    let names_itself = |s: &Segment| organisation.is_some_and(|o| own(s).contains(o));
    let speaks = |s: &Segment| first_person && (Sources::first_person(own(s)) || names_itself(s));
    sentences.iter().map(|s| speaks(s) || footnote_after(doc, s.span)).collect()
}

/// What each sentence cites, read only beside figures (its own, the next sentence's or
/// the one before's) and in the opening sentence, which may cover the region; left empty
/// where the publisher speaks.
fn citing_near_figures(
    sources: &Sources,
    doc: &Document,
    sentences: &[Segment],
    voiced: &[bool],
    has: &dyn Fn(usize) -> bool,
) -> Vec<Citing> {
    let near = |i: usize| i == 0 || has(i) || (i > 0 && has(i - 1)) || (i + 1 < sentences.len() && has(i + 1));
    (0..sentences.len())
        .map(|i| if voiced[i] || !near(i) { Citing::default() } else { sources.citing(doc.text(sentences[i].span)) })
        .collect()
}

/// A number in digits or in words (`two`, `a hundred`, `dozens` not included).
static ANY_NUMBER: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"[0-9]|(?i)\b{NUMBER_WORD}\b")));

/// A sentence that opens by pointing back at the one before (`That's`, `This is`).
static POINTS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^\W*(?:That|This|Those|These)(?:['’]s|\s+(?:is|was|are|were|would\s+be|means|amounts\s+to|comes\s+to))\b")
});

/// A source given as a tail (`…, police said.`): the sentence reports facts on its
/// authority, and the next sentence goes on with them.
static TAIL_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r#"(?i),\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|reported|confirmed|added|told\s+[\w.-]+(?:\s+[\w.-]+)?)(?:\s+(?:on\s+\w+|in\s+a\s+statement|yesterday|today))?\s*[.!]?["”]?\s*$"#,
    )
});

/// Whether the paragraph before `index` ends by giving figures and then their source as
/// a tail (`…, forcing 1,500 from their homes, fire officials said.`): wire copy goes on
/// with that source's figures in the next paragraph.
pub fn tail_before(sources: &Sources, doc: &Document, index: usize) -> bool {
    let paragraph = |i: usize| doc.regions[i].kind == RegionKind::Paragraph;
    if index == 0
        || !paragraph(index)
        || !paragraph(index - 1)
        || !may_hold_figure(doc.text(doc.regions[index - 1].span))
    {
        return false;
    }
    let text = last_sentence(doc.text(doc.regions[index - 1].span));
    let Some(figure) = find(text).last().map(|f| f.span) else {
        return false;
    };
    // The story's opening paragraph (`X said on Wednesday that profit fell 11 percent`)
    // sets up the report the next paragraph details, wherever its source stands.
    let lede = !doc.regions[..index - 1].iter().any(|r| r.kind == RegionKind::Paragraph);
    let tail =
        sources.attribution(text).is_some_and(|a| a.start > figure.end || (lede && !in_relative_clause(text, a.start)));
    !text.contains(['"', '“']) && tail && sources.covers(text, figure)
}

/// A paragraph's last sentence, found by its full stop rather than by cutting the
/// paragraph into sentences.
fn last_sentence(paragraph: &str) -> &str {
    let text = paragraph.trim_end();
    let from = [". ", "? ", "! "].iter().filter_map(|p| text.rfind(p)).max().map_or(0, |i| i + 2);
    &text[from..]
}

/// A list item whose list follows a sentence ending in a colon that names a source
/// (`The survey found:`) is covered by it.
fn lead_in_cites(sources: &Sources, first_person: bool, doc: &Document, index: usize) -> bool {
    if doc.regions[index].kind != RegionKind::ListItem {
        return false;
    }
    let Some(lead) = doc.regions[..index].iter().rposition(|r| r.kind != RegionKind::ListItem) else {
        return false;
    };
    let Some(last) = doc.region_sentences(lead).pop() else {
        return false;
    };
    let text = doc.text(last.span).trim_end_matches(['*', '_', ' ']);
    text.ends_with(':') && (sources.cites(text) || (first_person && Sources::first_person(text)))
}

/// A footnote marker written after the full stop (`…rose 14%.[^1]`) belongs to the
/// sentence it follows, though sentence segmentation hands it to the next one.
fn footnote_after(doc: &Document, span: Span) -> bool {
    // Segmentation may keep the marker's `[` (an opening bracket) with the sentence.
    let end = if doc.source[..span.end].ends_with('[') { span.end - 1 } else { span.end };
    let rest = &doc.source[end..];
    rest.starts_with("[^") || rest.strip_prefix('[').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether region `index` opens with quotation marks that continue a quotation left open
/// at the end of the paragraph before, whose speaker is named there or further back.
fn reopened_quotation(doc: &Document, mut index: usize) -> bool {
    let opens = |i: usize| doc.text(doc.regions[i].span).trim_start().starts_with(['“', '"', '‘']);
    // A quotation runs a few paragraphs at most; the bound keeps long files linear.
    let floor = index.saturating_sub(12);
    let reopens = opens(index);
    while opens(index) && index > floor && is_checked(doc.regions[index - 1].kind) {
        index -= 1;
        let text = doc.text(doc.regions[index].span);
        let q = Quotations::new(text);
        if !q.open_at_end() {
            // The quotation began in the paragraph after this one, which ends by bringing
            // on its speaker (`…, when she spoke to reporters afterwards.`).
            let last = last_sentence(text);
            return reopens && !last.contains(['"', '“', '”']) && INTRODUCES.is_match(last);
        }
        if q.attributed() {
            return true;
        }
    }
    false
}

/// A paragraph's last sentence bringing on a speaker: a speech verb or an interview.
static INTRODUCES: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:said|says|told|added|explained|recalled|spoke\s+to|speaking\s+to|in\s+an\s+interview)\b|:\s*$")
});

/// `US$8,000 or €7,000`, `€20,000 (£17,500; US$22,900)`: the same sum in another currency;
/// `£52,000, up from £50,270`: the same figure's earlier value.
pub fn is_conversion(between: &str) -> bool {
    let t = between.trim();
    t.is_empty()
        || matches!(
            t,
            "(" | "or"
                | ", up from"
                | ", down from"
                | "up from"
                | "down from"
                | ";"
                | ","
                | "/"
                | "or about"
                | "or around"
                | "(about"
                | "(around"
                | "(approximately"
                | "or approximately"
        )
}

/// Whether the words between two figures make the second one more of a list the first
/// began (`, three times the gain, or`, `, to`, ` to recruit staff and `): a short run of
/// words with no verb of its own, ending in a comma or a conjunction.
pub fn continues_list(between: &str) -> bool {
    LIST_CONTINUES.is_match(between) && !between.split_whitespace().any(|w| LIST_BREAKING_VERBS.contains(&w))
}

static LIST_CONTINUES: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^,?(?:\s+[\w'’-]+){0,8}?(?:,\s+(?:or|and|to|up\s+to)?|\s+(?:and|or|to))\s*(?:an?\s+(?:increase|rise|cut|fall)\s+of\s+)?$|^,\s+$",
    )
});

const LIST_BREAKING_VERBS: &[&str] =
    &["is", "are", "was", "were", "rose", "fell", "has", "have", "had", "said", "says", "grew"];

/// The regions whose first sentence opens the story: the first body paragraph, and the
/// standfirst that repeats it.
pub fn opening_regions(doc: &Document) -> Vec<usize> {
    let first = doc.regions.iter().position(|r| r.kind == RegionKind::Paragraph);
    let standfirst = doc.regions.iter().position(|r| r.kind == RegionKind::Standfirst);
    first.into_iter().chain(standfirst).collect()
}

/// The body's text, squashed, to find headline figures the body repeats.
pub fn body_text(doc: &Document) -> String {
    let body = doc
        .regions
        .iter()
        .filter(|r| matches!(r.kind, RegionKind::Paragraph | RegionKind::ListItem | RegionKind::BlockQuote));
    body.map(|r| squash(doc.text(r.span))).collect::<Vec<_>>().join(" ")
}

/// Letters and digits only, lowercased: `$8.8 Trillion` and `$8.8 trillion` compare equal.
pub fn squash(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric() || *c == '.').flat_map(char::to_lowercase).collect()
}
