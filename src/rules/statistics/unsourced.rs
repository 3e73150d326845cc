//! `statistics/unsourced`: a claim stated as fact with no source that reaches it (see
//! `reach`, `frame` and `record` for what reaches a figure and what needs no source).

use super::attribution::clause_bounds;
use super::background::{outside_a_frame, own_claim};
use super::find::{find, Kind, Statistic};
use super::frame::document_frames;
use super::restated::{given_again, Attributed};
use super::reach::{
    body_text, continues_list, is_conversion, opening_regions, squash,
    tail_before, Reach, Voice,
};
use super::publisher::{organisation_author, questions};
use super::record::{budget, hedges_figure, names_no_one, Record, Records};
use super::source::Sources;
use super::{paragraphs_with_figures, Quotations};
use crate::document::{Document, RegionKind, Segment};
use crate::rules::statistics::words::{ATTRIBUTION_PHRASES, RECORD_NOUNS, SOURCE_NOUNS};
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use crate::span::Span;
use serde::Deserialize;
use std::cell::OnceCell;

pub const META: RuleMeta = RuleMeta {
    summary: "A statistic stated as fact with no source that reaches it",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "A claim stated as fact with no source that reaches it. Claims are percentages, sums of money, counts of 1,000 or more (`1800 people` too, but not years), ratios and rates (`seven per 100,000`, `an R0 of 2`), fractions, multipliers, changes (not one to a small count: `doubled the number of editors to about four`), and rankings with a comparison class (`the third-largest port in Europe`, `faster than in any other city`, a place by name, `the largest maker in Scandinavia`, or the town when the rank is said of something, `is the largest employer in the town`). A record is not a claim and needs no source: election results and turnout (a share set off by a dash after the vote too: `voted against — 51.9% opting to keep`), a match's statistics (possession, passes, clearances, fouls, a crowd of spectators) and the standings (`second in the standings with 5,037 points`), a placing with its share (`came second with 27.9 percent`) and a player's career or season totals (`8,912 regular-season points`, `51 percent of her shots`) and an age record in a competition (`the youngest goalscorer in the competition's history`), a population (`The Carrow Valley, home to about 140,000 people`, though a building home to 1,000 people is a count of tenants), the price of one unit, an exchange rate or a share's move (`lost 5% of its share value`) and a market value, a budget approved and, in a story that opens on one, the sums it allocates, cuts or draws (`It also cuts $12 million`), a fine, prize or fund set, a sum requested, a threshold, requirement or target (and one a law moves: `the threshold … falls from £425,000 to £300,000`), a bill a set rise takes to a new level, a company's value at its share price (`valuing the company at $71 billion`), the sums of a worked example (`Take a saver with £30,000 …`), and the figures of the dated event the opening sentence reports (`On Monday, … 50.8 percent`); a hedged (`reportedly`) or derived (`25% higher than last year`) figure stays a claim, though a hedge inside a relative clause closed before the figure hedges that clause only (`Manning, who is rumored to be retiring, completed 13 of 23 passes`), and a hedge in the figure's own clause is not lifted by an attribution in another (`…, she said, and visitors spent an estimated €9 million`), though a second `that` of what was said goes on with it. A source reaches a figure from its own sentence (`according to`, `… said`, `a study by`, a link, a footnote, `(ONS)`-style citations; in its own clause or as a tail, not from a clause about something else nor into a contrasting clause with a subject of its own (`…, while the city's population …`) or, when set off after its clause (`…, according to X, and …`), a later clause with a subject of its own; a share of people saying something (`60% of teenagers say`) is not a source; a speaker's own description or a parenthetical inside a later phrase), from the sentence before when its source vouched for the figures there (the writer of a first-person post does when speaking there of numbers of its own: `Our reply time went from 41 to 44 minutes`), and on along a run of sentences that go on with those figures citing no one of their own (a run may start from a source given as a tail at the end of the paragraph before, or from the story's opening paragraph, wherever its source stands, and resumes after an aside of the writer's own, or after a sentence of colour with no number at all when the source gave figures: `Construction bore the brunt.`) (not from a relative clause such as `…, which the union says …`, nor into a sentence that makes a claim of its own: one that widens the scope, `Nationally, …`, `Across the province, …`, `in the region`, `World demand …`, or states a standing fact in the present tense, `Brannock has 38,000 rented homes`, `Unemployment stands at 7.8 percent`, unless its subject points back: `40 percent of them work part time`, `The company employs 4,200 people`), from the sentence after when it points back (`That is according to …`), and from a document frame: a story about a named study, survey, trial, report or filing that is published, released or finds something, or one that opens on figures published by a named body (`according to figures published by the Office for National Statistics`), on the results of a survey or study (`the results of our 2025 survey`, `published results on`), or a post titled with a survey or study it presents as its own in the first person (`Airflow Survey 2020`), covers the paragraphs after it until someone else takes the floor (its authors, once named, still speak for it: `coauthor Rob Jenkins` and later `Jenkins said`; a share of those asked, `63% said`, is no one else), though not a wider scope nor what something has, holds, employs or spends, unless that is an average, a share or a rank the analysis yields (a reading of a level, `access stands at 85%`, is the document's). A sum or count the story gives again, of the same value and counting the same thing, in an attributed sentence or a quotation with a speaker (`the €1.5bn costs of the Games`, then the mayor's `some 1.5 billion [euros]`) is sourced there. The opening paragraph's figures are also the news of the body the next paragraph opens on announcing it (`…, putting 1,150 jobs at risk.` then `In a statement, the company said …`). A hedge (`reportedly`, `by reports`, `an estimated`, `is understood to`, or a whole profession speaking: `Critics say`, `Estate agents in the city say`, though `The scientists found` is the group the story named) names no one and blocks all reach beyond its sentence. Figures in a direct quotation with a named speaker (before a colon, or in a quotation that reopens its marks paragraph after paragraph, its speaker named or brought on at the end of the paragraph before it: `…, when she spoke to reporters.`) and headline figures the body repeats are not checked. A finding labels the hedge or the attribution it considered and rejected.",
        why: "An unsourced number is the claim readers most often repeat and the one corrections most often retract. Naming the source lets the reader weigh it and the desk check it.",
        example_path: "example.txt",
        example: "Headline\n\nBy Jo Park· May 3, 2026\n\nSales at independent shops grew 14% last year.\n",
        corrected: "Headline\n\nBy Jo Park· May 3, 2026\n\nSales at independent shops grew 14% last year, according to the retailers' association.\n",
        example_options: "",
        options: &[
            ("attribution_phrases", "phrases and verbs that attribute a figure (`according to`, `said`, `found`, `data from`…); matched as whole words, any case"),
            ("extend_attribution_phrases", "more attribution phrases, added to the built-in list without copying it"),
            ("source_nouns", "nouns that name a source (`study`, `survey`, `report`…): they cite in `a survey by …` or `in its report`, and let an opening sentence cover its paragraph"),
            ("extend_source_nouns", "more source nouns, added to the built-in list"),
            ("record_nouns", "nouns whose value is a fact of record (`population`, `goal`, `fine`, `threshold`…): the figure right after `a population of`, `the fine was` or before `floor`/`bonus` needs no source"),
            ("extend_record_nouns", "more record nouns, added to the built-in list"),
            ("first_person_is_source", "whether a sentence in which the writer speaks as `we`/`our` is sourced by the publisher itself (default true)"),
        ],
        false_positives: "A figure sourced only two or more sentences away without a document frame (a source named once at the top of a long interview); a ranking or count the reporter observed first-hand; a figure whose sentence-before attribution is about another claim (the rule cannot tell what an attribution is about). A document frame can also cover a figure that really needs its own source, when no other speaker comes between. Small prices (`$12`) and counts under 1,000 are not statistics. A size or a position is a description, not a claim: a length, distance, tonnage or depth (`6.4 billion kilometres`, `240,000 gross tonnage`) and a fraction of one unit (`a tenth of a second`) are left alone, while an amount produced, lost or held (`270,000 tonnes of ice`) is checked.",
    },
};

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub attribution_phrases: Vec<String>,
    #[serde(alias = "extend-attribution-phrases")]
    pub extend_attribution_phrases: Vec<String>,
    pub source_nouns: Vec<String>,
    #[serde(alias = "extend-source-nouns")]
    pub extend_source_nouns: Vec<String>,
    pub record_nouns: Vec<String>,
    #[serde(alias = "extend-record-nouns")]
    pub extend_record_nouns: Vec<String>,
    pub first_person_is_source: bool,
}

impl Default for Options {
    fn default() -> Self {
        let owned = |l: &[&str]| l.iter().map(|s| s.to_string()).collect();
        Options {
            attribution_phrases: owned(ATTRIBUTION_PHRASES),
            extend_attribution_phrases: Vec::new(),
            source_nouns: owned(SOURCE_NOUNS),
            extend_source_nouns: Vec::new(),
            record_nouns: owned(RECORD_NOUNS),
            extend_record_nouns: Vec::new(),
            first_person_is_source: true,
        }
    }
}

pub struct Unsourced {
    sources: Sources,
    records: Records,
    first_person: bool,
}

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let o: Options = crate::rules::options(table)?;
    let joined = |a: &[String], b: &[String]| a.iter().chain(b).cloned().collect::<Vec<_>>();
    let sources = Sources::new(
        &joined(&o.attribution_phrases, &o.extend_attribution_phrases),
        &joined(&o.source_nouns, &o.extend_source_nouns),
    )?;
    let records = Records::new(&joined(&o.record_nouns, &o.extend_record_nouns))?;
    Ok(Runner::Rule(Box::new(Unsourced { sources, records, first_person: o.first_person_is_source })))
}

const HELP: &str = "name the source in this sentence or the one before: `according to …`, `… said`, `a study by …`, `data from …`, a link, a footnote or a parenthetical citation";

/// What the whole document lends every region, worked out at most once.
struct Shared {
    opening: Vec<usize>,
    organisation: Option<String>,
    questions: Vec<usize>,
    body: OnceCell<String>,
    frames: OnceCell<Vec<bool>>,
    attributed: OnceCell<Attributed>,
    /// The story opens on a budget approved: the sums it allocates are of record.
    budget: bool,
}

/// One region being checked: its sentences, quotations, reach and figures.
struct Scope<'a> {
    index: usize,
    sentences: &'a [Segment],
    quotes: Quotations,
    reach: Reach,
    tail: OnceCell<bool>,
}

impl Rule for Unsourced {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        let opening = opening_regions(doc);
        let shared = Shared {
            budget: opens_on_budget(doc, &opening),
            opening,
            organisation: organisation_author(doc),
            questions: questions(doc),
            body: OnceCell::new(),
            frames: OnceCell::new(),
            attributed: OnceCell::new(),
        };
        for (index, sentences) in paragraphs_with_figures(doc) {
            // Each sentence's figures, found once. A region without any has nothing to
            // report, so what reaches it is never worked out.
            let figures: Vec<Vec<Statistic>> = sentences.iter().map(|s| find(doc.text(s.span))).collect();
            if figures.iter().all(Vec::is_empty) {
                continue;
            }
            let figures_of = |i: usize| &figures[i];
            let quotes = Quotations::new(doc.text(doc.regions[index].span));
            let voice = Voice {
                sources: &self.sources,
                first_person: self.first_person,
                organisation: shared.organisation.as_deref(),
                questions: &shared.questions,
            };
            let reach = Reach::new(&voice, doc, index, &sentences, &|i| figures_of(i).as_slice(), &quotes);
            let scope = Scope { index, sentences: &sentences, quotes, reach, tail: OnceCell::new() };
            for i in 0..sentences.len() {
                self.check_sentence(doc, &shared, &scope, i, figures_of(i), ctx);
            }
        }
    }
}

/// Whether the story's opening sentence reports a budget approved (see [`budget`]).
fn opens_on_budget(doc: &Document, opening: &[usize]) -> bool {
    opening
        .iter()
        .any(|&i| doc.region_sentences(i).first().is_some_and(|s| budget::approves_budget(doc.text(s.span))))
}

impl Unsourced {
    fn check_sentence(
        &self,
        doc: &Document,
        shared: &Shared,
        scope: &Scope<'_>,
        i: usize,
        figures: &[Statistic],
        ctx: &mut Context<'_>,
    ) {
        let (reach, sentence) = (&scope.reach, scope.sentences[i]);
        let text = doc.text(sentence.span);
        let kind = doc.regions[scope.index].kind;
        // Covered from outside, with no hedge to block it: nothing to look at.
        let nearby = reach.answer
            || reach.carried[i]
            || reach.backward[i]
            || (reach.covered && !reach.own_claims[i] && (i > 0 || kind == RegionKind::ListItem));
        if nearby && names_no_one(text).is_none() {
            return;
        }
        let conversions = conversions(text, figures);
        let mut last_record: Option<usize> = None;
        for (j, &Statistic { span, kind }) in figures.iter().enumerate() {
            let conversion = conversions[j];
            // `fined up to A$50 million, three times the gain, or 30 percent of turnover`:
            // the figures listed after a record are more of the same record.
            if last_record.is_some_and(|end| continues_list(&text[end..span.start])) {
                last_record = Some(span.end);
                continue;
            }
            // A hedge in the figure's clause, which may follow the figure (`5 percent is
            // often cited`), or a whole profession said to speak for it (`Critics say`);
            // found once, when first asked.
            let (from, to) = clause_bounds(text, span.start);
            let found = OnceCell::new();
            let hedge = || {
                found
                    .get_or_init(|| hedges_figure(&text[from..to.max(span.end)]).map(|h| h.start() + from..h.end() + from))
                    .clone()
            };
            // The publisher speaking covers the sentence; an attribution, its reach.
            let attributed = reach.cited[i] && reach.citing[i].covers_figure(text, span, (from, to), || hedge().is_some());
            if conversion || reach.voiced[i] || attributed {
                continue;
            }
            let first = i == 0 && shared.opening.contains(&scope.index);
            // A ranking compares with a class: analysis, not a record, unless it describes
            // the dated event the story opens with.
            let record = if kind == Kind::Ranking {
                Records::classify_ranking(text, span, first)
            } else {
                self.records.classify(text, span, first)
            };
            // `It also cuts $12 million`: a line of the budget the story opens on.
            let before = &text[text[..span.start].rfind(';').map_or(0, |i| i + 1)..span.start];
            let record = record.or((shared.budget && kind == Kind::Money && budget::allocates(before)).then_some(Record::Value));
            if record.is_some() {
                last_record = Some(span.end);
                continue;
            }
            // A hedge says the writer does not know the source: nothing beyond the
            // sentence covers the figure.
            let hedge = hedge();
            let outside = hedge.is_none()
                && (nearby
                    || (i == 0 && *scope.tail.get_or_init(|| tail_before(&self.sources, doc, scope.index)) && !own_claim(text))
                    || (shared.frames.get_or_init(|| document_frames(doc))[scope.index] && !outside_a_frame(text)));
            let at = sentence.span.sub(span.range());
            if !outside
                && self.stands_alone(doc, shared, scope, at)
                && !given_again(doc, &self.sources, &shared.attributed, (kind, at), sentence.span)
            {
                // A sum converted in brackets just after is the same claim: shown with it.
                let restated = (kind == Kind::Money && conversions.get(j + 1) == Some(&true))
                    .then(|| sentence.span.sub(figures[j + 1].span.range()));
                self.report(doc, ctx, sentence, at, kind, Why { hedge, restated });
            }
        }
    }

    /// Whether a figure no source reaches is the writer's own claim here: prose, outside a
    /// quotation with a speaker, and not a headline figure the body states again.
    fn stands_alone(&self, doc: &Document, shared: &Shared, scope: &Scope<'_>, at: Span) -> bool {
        let region = &doc.regions[scope.index];
        let relative = Span::new(at.start - region.span.start, at.end - region.span.start);
        if !doc.is_prose(at)
            || scope.quotes.quotes_speaker(relative)
            || (scope.reach.reopened && scope.quotes.quoted(relative))
        {
            return false;
        }
        // A headline figure the body repeats is checked where the body states it.
        let heading = matches!(region.kind, RegionKind::Headline | RegionKind::Standfirst | RegionKind::Heading);
        !heading || !shared.body.get_or_init(|| body_text(doc)).contains(&squash(doc.text(at)))
    }

    fn report(
        &self,
        doc: &Document,
        ctx: &mut Context<'_>,
        sentence: Segment,
        at: Span,
        kind: Kind,
        why: Why,
    ) {
        let text = doc.text(at);
        let message = format!("unsourced {}: `{text}` has no source in its sentence or the one before", kind.name());
        let d = ctx.report(at, message).help(HELP);
        if let Some(r) = why.restated {
            d.label(r, "the same sum, converted");
        }
        let sentence_text = doc.text(sentence.span);
        if let Some(h) = why.hedge {
            d.label(sentence.span.sub(h), "this hedge names no one");
        } else if let Some(a) = self.sources.attribution(sentence_text) {
            d.label(sentence.span.sub(a.range()), "this attribution sources another clause");
        }
    }
}

/// Per figure of a sentence: whether it is a sum restating the last sum before it in
/// another currency (`€40,000 (£34,000)`), which is that sum's claim, not one of its own.
fn conversions(text: &str, figures: &[Statistic]) -> Vec<bool> {
    let mut last_money: Option<usize> = None;
    figures
        .iter()
        .map(|&Statistic { span, kind }| {
            let money = kind == Kind::Money;
            let conversion = money && last_money.is_some_and(|end| is_conversion(&text[end..span.start]));
            if money {
                last_money = Some(span.end);
            }
            conversion
        })
        .collect()
}

/// What a finding shows beside its figure: the hedge that names no one, and the same
/// sum converted in brackets.
struct Why {
    hedge: Option<std::ops::Range<usize>>,
    restated: Option<Span>,
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;
    use crate::rules::RuleId::StatisticsUnsourced as R;

    const HEAD: &str = "Headline\n\nBy Jo Park· May 3, 2026\n\n";

    fn house(body: &str) -> Vec<String> {
        check(R, "", "a.txt", &format!("{HEAD}{body}\n"))
    }

    #[test]
    fn flags_each_kind_of_figure() {
        assert_eq!(house("Sales grew 14% and cost $8.8 trillion."), ["14%", "$8.8 trillion"]);
        assert_eq!(house("More than 2,300 residents left. One in three adults smoke."), ["2,300", "One in three"]);
        assert_eq!(house("Nearly a third of homes flood. Peat holds twice as much carbon."), ["a third", "twice"]);
        assert_eq!(
            house("Rents doubled. Approval is up 12 points. It is the fastest-growing town."),
            ["doubled", "up 12 points", "fastest-growing"]
        );
    }

    #[test]
    fn sources_in_the_sentence_or_the_one_before() {
        assert!(house("Sales grew 14%, the union said.").is_empty());
        assert!(house("The figures come from the union. Sales grew 14%.").is_empty());
        assert!(
            house("A study by the institute found workers were tired. Most slept badly. About 40% quit.").is_empty()
        );
        assert_eq!(house("The mayor spoke on Monday. Sales grew 14%."), ["14%"]);
        let hedged = "Floods cost $90m a year, and hoteliers say guests left.\n\nFarms lost an estimated $3m.";
        assert_eq!(house(hedged), ["$90m", "$3m"]);
        assert_eq!(house("The union said rents were too high.\n\nRents rose 8%."), ["8%"]);
        let md = "Figures come from [the union](https://x.example/figures).\nSales grew 14%.\n\nSales grew 15%[^1].\n\n[^1]: Union.\n";
        assert!(check(R, "", "a.md", md).is_empty());
    }

    #[test]
    fn builtin_defaults_match_the_options() {
        let file: toml::Table = toml::from_str(include_str!("../../../rules/statistics/unsourced.toml")).unwrap();
        let options = file["options"].as_table().unwrap().clone();
        let o: super::Options = crate::rules::options(options).unwrap();
        let d = super::Options::default();
        assert_eq!(
            (o.attribution_phrases, o.source_nouns, o.record_nouns, o.first_person_is_source),
            (d.attribution_phrases, d.source_nouns, d.record_nouns, d.first_person_is_source)
        );
    }

    #[test]
    fn first_person_and_list_lead_ins() {
        assert!(house("We issued 5 million certificates last year.").is_empty());
        assert_eq!(
            check(R, "first_person_is_source = false", "a.txt", &format!("{HEAD}We issued 5 million certificates.\n")),
            ["5 million"]
        );
        assert_eq!(house("\"We lost 40% of our stock,\" the owner told me.\n\nRents rose 8% in the US."), ["8%"]);
        let md = "Intro.\n\nThe survey found:\n\n- 45% use it\n- 30% do not\n\nThe mayor said the town is growing.\n\n- 12% left\n";
        assert_eq!(check(R, "", "a.md", md), ["12%"]);
    }

    #[test]
    fn quotations_and_headlines() {
        assert!(house("\"Half of my customers drive here,\" said Ana Ruiz, 52.").is_empty());
        assert_eq!(house("Officials call it the \"30% rule\"."), ["30%"]);
        let src = "Rents Up 8% in a Year\n\nBy Jo Park· May 3, 2026\n\nRents rose 8%, the council said.\n";
        assert!(check(R, "", "a.txt", src).is_empty());
        let src = "Rents Up 9% in a Year\n\nBy Jo Park· May 3, 2026\n\nRents rose 8%, the council said.\n";
        assert_eq!(check(R, "", "a.txt", src), ["9%"]);
    }

    #[test]
    fn non_prose_regions_and_desk_phrases() {
        let src = format!("{HEAD}Body text.\n\n#Tag\n\nThis is an original analysis by the desk. Source reporting: Wire.\n\nMore in Policy\n\nPlan worth $1.2 trillion\n");
        assert!(check(R, "", "a.txt", &src).is_empty());
        assert_eq!(
            check(
                R,
                "attribution_phrases = [\"tallied\"]",
                "a.txt",
                &format!("{HEAD}Polls closed at eight.\n\nThe clerk tallied 2,000 votes.\n\nSales grew 14%, she said.\n")
            ),
            ["14%"]
        );
    }

    #[test]
    fn a_footnote_after_the_full_stop_sources_its_sentence() {
        let src = "Fees rose 14% last year.[^1] Rents rose 9% this spring.\n\n[^1]: Regulator data.\n";
        assert!(check(R, "", "a.md", src).is_empty(), "the next sentence is covered by the one before");
        let src = "Fees rose 14% last year.[^1]\n\nRents rose 9% this spring.\n\n[^1]: Regulator data.\n";
        assert_eq!(check(R, "", "a.md", src), ["9%"]);
    }
}
