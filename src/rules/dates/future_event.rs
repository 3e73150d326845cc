//! `dates/future-event`: something told in the past tense (`the ministry announced`)
//! dated after the piece was published.

use super::long;
use super::tense::{tense, Tense};
use crate::document::dates::Role;
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use serde::Deserialize;

pub const META: RuleMeta = RuleMeta {
    summary: "A past event dated after the publication date",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "A full date in body prose later than the publication date, in a clause whose verb is in the past tense (`voted on May 5`, `On July 3, the ministry announced`). A date written without a year and with no year around it is read in the year that puts it nearest publication; told in the past, it is read as the previous year's when that puts it more than two weeks after publication (`struck the reef on May 26` in a March story means last May). The verb nearest the date decides: future and scheduling words (`will`, `is scheduled`, `expected`, `due`, `to`, `until`) keep the clause clean. Past forms are the regular `-ed` ones and the common irregular ones (`heard`, `held`, `met`); a participle after its noun (`a tour led by the archivist`) or after an article (`the closed road`) is not a verb in the past.",
        why: "A story cannot report as done what had not happened when it was published: either the date is wrong (often the month or year) or the tense is.",
        example_path: "example.md",
        example: "---\ndate: 2026-06-29\n---\nThe ministry announced the plan on July 3, 2026.\n",
        corrected: "---\ndate: 2026-06-29\n---\nThe ministry will announce the plan on July 3, 2026.\n",
        example_options: "",
        options: &[],
        false_positives: "Tense is judged from words near the date, not by parsing: a past-tense verb in a clause that is really about a future date (`the council agreed on July 3 as the date`) can be reported.",
    },
};

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {}

pub struct FutureEvent;

/// How many days after publication a year-less date told in the past still reads as this
/// year's: further on, the reader takes it for the same day a year earlier.
const WRITTEN_AHEAD_DAYS: i32 = 14;

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let _: Options = crate::rules::options(table)?;
    Ok(Runner::Rule(Box::new(FutureEvent)))
}

impl Rule for FutureEvent {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        let dates = doc.dates();
        let Some((reference, published)) = dates.published() else { return };
        for m in &dates.mentions {
            let (Some(date), Some(kind)) = (m.date(), m.region_kind()) else { continue };
            if date <= published || !kind.is_body() || m.role != Role::Text {
                continue;
            }
            // A year-less date told in the past is the last one before publication, unless
            // it falls just after it, where a story written ahead or a slipped day is likely.
            if m.year_guessed && (date - published).get_days() > WRITTEN_AHEAD_DAYS {
                continue;
            }
            let Some(region) = doc.regions.iter().position(|r| r.span.contains(m.span)) else { continue };
            let sentences = doc.region_sentences(region);
            let Some(sentence) = sentences.iter().find(|s| s.span.contains(m.span)) else { continue };
            let start = m.weekday.map_or(m.span.start, |w| w.span.start.min(m.span.start));
            // A weekday abbreviated with a dot (`Sun. March 22`) can end the sentence before
            // the date: the words before the weekday then belong to that earlier sentence.
            let from = sentences.iter().rev().find(|s| s.span.start <= start).map_or(start, |s| s.span.start);
            let before: Vec<&str> = doc.source[from..start].split_whitespace().rev().collect();
            let after: Vec<&str> = doc.source[m.span.end..sentence.span.end].split_whitespace().collect();
            let verdict = tense(&before, true).or_else(|| if before.len() <= 2 { tense(&after, false) } else { None });
            if verdict == Some(Tense::Past) {
                ctx.report(
                    m.span,
                    format!(
                        "told in the past tense but dated {}, after publication on {}",
                        long(date),
                        long(published)
                    ),
                )
                .label(reference.span, "publication date")
                .help("check the date (month and year especially), or put the event in the future tense");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;
    use crate::rules::RuleId::DatesFutureEvent as R;

    const HEAD: &str = "---\ndate: 2026-06-29\n---\n";

    #[test]
    fn flags_past_events_after_publication() {
        let src = format!(
            "{HEAD}The board voted on July 2, 2026, to close it. On July 3, 2026, the ministry announced a review. \
             Crews began laying track near the depot on Friday, July 10. They held a public hearing on July 6. She said on 2026-07-04 that it was over.\n"
        );
        assert_eq!(check(R, "", "a.md", &src), ["July 2, 2026", "July 3, 2026", "July 10", "July 6", "2026-07-04"]);
    }

    #[test]
    fn future_tense_schedules_and_earlier_dates_are_clean() {
        let src = format!(
            "{HEAD}The council will vote on July 2. The review is scheduled for Friday, July 10. \
             The board approved the plan on June 20, and work starts on July 6. Officials said the vote is set for July 8. \
             Details are due by July 30. The clinic will stay open until 2026-12-18. The festival opens on Friday, July 3. \
             The market is held on July 4. The desk released the schedule for a fair happening from July 8. The lane closes on July 5 and crews paved it last year.\n"
        );
        assert!(check(R, "", "a.md", &src).is_empty(), "{:?}", check(R, "", "a.md", &src));
    }

    #[test]
    fn a_year_less_past_date_well_after_publication_is_last_years() {
        let src = format!(
            "{HEAD}The ferry struck the reef on August 20. Divers held a drill on July 14. \
             Crews sealed the leak on July 13. The ferry sailed again on August 20, 2026.\n"
        );
        assert_eq!(check(R, "", "a.md", &src), ["July 13", "August 20, 2026"]);
    }

    #[test]
    fn update_and_correction_notes_and_other_years_are_not_events() {
        let src = format!(
            "{HEAD}_This article was updated on July 12, 2026, to add a name._\n\n\
             Correction: An earlier version misstated the length. It was corrected on July 13, 2026.\n\n\
             In 2019, a storm tore the pier away on November 6.\n\nThe council updated its plan on July 14, 2026.\n"
        );
        assert_eq!(check(R, "", "a.md", &src), ["July 14, 2026"]);
    }

    #[test]
    fn a_participle_whose_preposition_targets_the_date_is_not_a_past_event() {
        let src = format!(
            "{HEAD}The retrial has been provisionally listed for 8 July 2026. The vote was pencilled in for Monday, July 6. \
             The match was moved to July 9. The crowd gathered for the parade on July 12. The club booked the hall on July 11.\n"
        );
        assert_eq!(check(R, "", "a.md", &src), ["July 12", "July 11"]);
    }

    #[test]
    fn an_ing_word_after_a_determiner_is_a_noun() {
        let src = format!(
            "{HEAD}The cabinet approved the tagging plan on 8 July. The firm is opening the depot on 9 July.\n"
        );
        assert_eq!(check(R, "", "a.md", &src), ["8 July"]);
    }

    #[test]
    fn to_before_a_noun_phrase_is_a_preposition() {
        let src = format!(
            "{HEAD}She invited him to the palace on July 2. He flew to Lisbon on July 3. \
             Crews will move to the new depot on July 4. The board plans to meet on July 5.\n"
        );
        assert_eq!(check(R, "", "a.md", &src), ["July 2", "July 3"]);
    }

    #[test]
    fn a_weekday_with_a_dot_before_the_date_does_not_split_the_sentence() {
        let src = format!("{HEAD}The parade leaves on Sun. July 5. The fair opened on Sat. July 4 to crowds.\n");
        assert_eq!(check(R, "", "a.md", &src), ["July 4"]);
    }

    #[test]
    fn irregular_verbs_and_participles_after_nouns() {
        let src = format!(
            "{HEAD}The inquiry heard from the first witnesses on 14 July 2026. \
             Readers can book a tour led by the archivist on Friday, July 10. \
             The appeal was dismissed by the court on July 9. A march held by students on July 11 is planned.\n"
        );
        assert_eq!(check(R, "", "a.md", &src), ["14 July 2026", "July 9"]);
    }
}
