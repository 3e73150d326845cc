//! `statistics/unsourced` through the lint entry point: how far a source reaches beyond
//! its sentence. The sentence before carries its source on when it vouched for figures,
//! along a run of sentences that go on with them, but not into a claim of the writer's
//! own (a wider scope, a standing fact) nor from a view; the publisher's own voice.

use super::cases::{clean, house};
use crate::rules::testing::findings;
use crate::rules::RuleId::StatisticsUnsourced as R;

#[test]
fn the_sentence_before_carries_figures_not_views() {
    clean("Fares rose 8%, the transport authority said. Ridership fell 3% in the same year.");
    assert_eq!(
        house("The mayor said the clinics were working. About 1,400 operations were cancelled."),
        ["1,400 | unsourced count: `1,400` has no source in its sentence or the one before"]
    );
    clean("The fire had burned about 4,200 acres and forced more than 1,500 residents out, officials said.\n\nIt was about 20% contained by nightfall.");
    assert_eq!(
        house("Pelosi said her plans would start with small bills.\n\nAbout a quarter of the government is shut.")
            .len(),
        1,
        "a view in the paragraph before does not carry"
    );
}

#[test]
fn a_run_of_figures_goes_on_until_it_widens_or_cites_someone_else() {
    clean(
        "The port handled 9.1 million tonnes, its owner said. Grain rose 12 percent. About a third of it went to Asia.",
    );
    assert_eq!(
        house("The port handled 9.1 million tonnes, its owner said. Grain rose 12 percent. Across Velmar, freight rates rose 30 percent."),
        ["30 percent | unsourced percentage: `30 percent` has no source in its sentence or the one before"]
    );
    assert_eq!(
        house("The port handled 9.1 million tonnes, its owner said. Grain rose 12 percent. World grain demand grew 4 percent.")
            .len(),
        1
    );
    assert_eq!(
        house("The port handled 9.1 million tonnes, its owner said. Grain rose 12 percent. Docks, which the union says are unsafe, have 1,200 vacancies.")
            .len(),
        1,
        "a sentence citing someone of its own ends the run"
    );
    assert_eq!(house("Fares rose 8%, the authority said. Wages in the region rose 4 percent.").len(), 1);
}

#[test]
fn a_run_goes_on_from_a_tail_source_in_the_paragraph_before() {
    clean("The region drew a record 4.8 million visitors, its tourism board said on Tuesday.\n\nSpending rose 11 percent to €3.9 billion. Hotel occupancy averaged 81 percent.");
    assert_eq!(
        house("The mayor said the plan would work.\n\nSpending rose 11 percent to €3.9 billion. Hotel occupancy averaged 81 percent.").len(),
        3,
        "a view ends no paragraph with a source"
    );
}

#[test]
fn the_opening_paragraphs_source_reaches_the_next_paragraph() {
    let lede = "Pellworth said on Wednesday that profit fell 11 percent.";
    clean(&format!("{lede}\n\nNet income was $184 million. Revenue rose 4.2 percent to $2.31 billion."));
    let relative = "Work began on the farm, which its owners say will power 520,000 homes.";
    assert_eq!(house(&format!("{relative}\n\nThe £1.9 billion project has 48 turbines.")).len(), 1);
}

#[test]
fn a_standing_fact_after_a_report_is_the_writers_background() {
    assert_eq!(
        house(
            "The mayor said the plant paid 6 million euros in taxes. Unemployment in the town stands at 7.8 percent."
        ),
        ["7.8 percent | unsourced percentage: `7.8 percent` has no source in its sentence or the one before"]
    );
    clean(
        "The chain employs 26,000 people, according to its annual report. Roughly 40 percent of them work part time.",
    );
    clean("The company said sales rose 7 percent. The delivery fleet has grown to 1,150 vans.");
    assert_eq!(
        house("Visitors rose 8% to 1.4 million, the board said. Tourism accounts for a fifth of jobs. Cruise passengers made up 31% of arrivals."),
        ["a fifth | unsourced fraction: `a fifth` has no source in its sentence or the one before"],
        "the report resumes after an aside of the writer's own"
    );
    let framed =
        "A report published by the institute found that 9,000 glaciers shrank.\n\nThe Alps hold about 4,000 glaciers.";
    assert_eq!(
        house(framed),
        ["4,000 | unsourced count: `4,000` has no source in its sentence or the one before"],
        "a document frame does not reach the writer's background"
    );
}

#[test]
fn an_organisations_own_post_and_years_that_open_a_clause() {
    let post = "---\nauthor: The Lantern Project\n---\n\nLantern now has more than 3 million users, up 40% in a year.\n\nAbout 60% of websites use a framework.\n";
    assert_eq!(
        findings(R, "", "a.md", post),
        ["60% | unsourced percentage: `60%` has no source in its sentence or the one before"]
    );
    let person = "---\nauthor: Ana Ruiz\n---\n\nLantern now has more than 3 million users.\n";
    assert_eq!(findings(R, "", "a.md", person).len(), 1, "a person's post is not the organisation's");
    clean("As busy as 2016 was, 2017 seems set to be busier.");
    assert_eq!(house("In all, 1800 households signed.").len(), 1);
}

#[test]
fn the_publishers_own_numbers_go_on_into_the_next_sentence() {
    let post = |body: &str| findings(R, "", "a.md", &format!("---\nauthor: Ana Ruiz\n---\n\nWe tried it.\n\n{body}\n"));
    assert!(post("Our median reply time went from 41 to 44 minutes. Satisfaction stayed at 94 percent.").is_empty());
    assert_eq!(
        post("Many of the people we meet never needed help before. Food prices rose 19 percent in two years."),
        ["19 percent | unsourced percentage: `19 percent` has no source in its sentence or the one before"],
        "the publisher speaking of no numbers vouches for none"
    );
}

#[test]
fn a_sentence_pointing_back_keeps_the_publishers_voice() {
    let org = "---\ntitle: T\nauthor: We\n---\n\n";
    let text = "What if the outage had hit all of our servers? That's more than 40,000 machines.";
    assert!(findings(R, "", "a.md", &format!("{org}{text}\n")).is_empty());
    // Without the first person before it, `That's` restates no one.
    let plain = "What if the outage had hit every server? That's more than 40,000 machines.";
    assert_eq!(
        findings(R, "", "a.md", &format!("{org}{plain}\n")),
        ["40,000 | unsourced count: `40,000` has no source in its sentence or the one before"]
    );
}

#[test]
fn a_source_reaches_the_next_sentence_only_with_its_own_claim() {
    // The next sentence goes on with what the police reported.
    clean("Police said 1,200 homes were damaged in the storm. About 3,000 people spent the night in shelters.");
    let wider = "Police said the unit recovered 80% of stolen cars. Nationally, fewer than one in ten thefts leads to an arrest.";
    assert_eq!(
        house(wider),
        ["one in ten | unsourced ratio: `one in ten` has no source in its sentence or the one before"]
    );
    // Scoped to a relative clause (the salary is a pay-scale record): the union speaks
    // for its view, not for the next sentence.
    let scoped = "The starting salary is $48,500, which the union says is too low. Pay has risen 11% since 2020.";
    assert_eq!(house(scoped), ["11% | unsourced percentage: `11%` has no source in its sentence or the one before"]);
    assert_eq!(
        house("Roughly 60% of teenagers say they feel tired at school."),
        ["60% | unsourced percentage: `60%` has no source in its sentence or the one before"]
    );
    let defined = "Renters spend 38% of their income on rent, above the 30% level regarded as affordable.";
    assert_eq!(house(defined), ["38% | unsourced percentage: `38%` has no source in its sentence or the one before"]);
    let clause =
        "Wages at the port rose 6% last year, according to the union, while prices across the state climbed 3.2%.";
    assert_eq!(house(clause), ["3.2% | unsourced percentage: `3.2%` has no source in its sentence or the one before"]);
    let relative = "Kovac promised free buses, which her party says would cost €4 million a year. Fares bring in €22 million a year.";
    assert_eq!(
        house(relative),
        ["€22 million | unsourced sum of money: `€22 million` has no source in its sentence or the one before"]
    );
    // Widened inside the sentence, after a paragraph opened by the company's own figures.
    clean("Own-brand goods made up 31% of sales, the company said. Own-label goods made up 12% of returns.");
    let industry =
        "Own-brand goods made up 31% of sales, the company said. Own-label goods across the industry cost 25% less.";
    assert_eq!(house(industry), ["25% | unsourced percentage: `25%` has no source in its sentence or the one before"]);
}

#[test]
fn a_sentence_of_colour_with_no_number_does_not_end_a_report() {
    clean("The bureau said 14,200 people lost their jobs in May. Builders bore the brunt. The sector shed 6,300 jobs.");
    clean("Organisers said 22,400 runners started. Entries had been capped after a crush at the start. Women made up 41 percent of finishers.");
    // A number in the sentence between, a source that gave no figures, or another
    // speaker between, and the report has ended.
    let numbered =
        "The bureau said 14,200 people lost their jobs in May. Two sectors bore the brunt. The sector shed 6,300 jobs.";
    assert_eq!(house(numbered), ["6,300 | unsourced count: `6,300` has no source in its sentence or the one before"]);
    let figureless = "Varnsk, home to about 14,000 people, lies in the hills. Rescuers worked in the cold, the ministry said. The street was closed. Over 1,200 rescuers came.";
    assert_eq!(house(figureless), ["1,200 | unsourced count: `1,200` has no source in its sentence or the one before"]);
    let hedged = "The bureau said 14,200 people lost their jobs in May. Builders reportedly bore the brunt. The sector shed 6,300 jobs.";
    assert_eq!(house(hedged), ["6,300 | unsourced count: `6,300` has no source in its sentence or the one before"]);
}

#[test]
fn the_body_a_story_opens_on_may_announce_it_in_the_next_paragraph() {
    clean("Harlow Foods is to shut six depots, putting about 1,300 jobs at risk.\n\nIn a statement on Monday, the company said staff would be offered transfers.");
    assert_eq!(
        house("Harlow Foods is to shut six depots, putting about 1,300 jobs at risk.\n\nAnalysts said the closures were overdue."),
        ["1,300 | unsourced count: `1,300` has no source in its sentence or the one before"]
    );
}

#[test]
fn a_post_titled_with_its_own_survey_reports_that_survey() {
    let own = "---\ntitle: \"Reader Survey 2025\"\n---\nWe asked readers how they read.\n\n\
               About 61% of readers use a phone, and 12% read on paper.\n";
    assert_eq!(findings(R, "", "a.md", own), Vec::<String>::new());
    // Someone else's survey, told in the third person, still needs its attributions.
    let news = "---\ntitle: \"Reader Survey 2025\"\n---\nReaders were asked how they read.\n\n\
                About 61% of readers use a phone.\n";
    assert_eq!(
        findings(R, "", "a.md", news),
        ["61% | unsourced percentage: `61%` has no source in its sentence or the one before"]
    );
}

#[test]
fn a_sum_the_story_attributes_where_it_gives_it_again_is_sourced() {
    clean("The bid puts the €1.5bn cost of the Games at the centre.\n\nThe mayor said the budget, some 1.5 billion euros over seven years, was affordable.");
    // Another sum, or a count of something else with the same value, sources nothing.
    assert_eq!(
        house("The airport handled 100,000 passengers in its first year.\n\n\"We cannot add 100,000 visitors a year,\" the chair said."),
        ["100,000 | unsourced count: `100,000` has no source in its sentence or the one before"]
    );
}
