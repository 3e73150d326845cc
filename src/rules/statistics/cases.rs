//! `statistics/unsourced` through the lint entry point, one test per class of real copy it
//! must get right: records, rankings, counts without separators, rates, how far a source
//! reaches (frames, the next sentence, quotations, parentheticals, hedges). Each pins the
//! span text and the message, and each has clean near-misses.

use crate::rules::testing::{findings, labels};
use crate::rules::RuleId::StatisticsUnsourced as R;

const HEAD: &str = "Headline\n\nBy Jo Park· May 3, 2026\n\n";

/// `span | message` of what fired in a house draft with `body` after the byline.
pub(super) fn house(body: &str) -> Vec<String> {
    findings(R, "", "a.txt", &format!("{HEAD}{body}\n"))
}

pub(super) fn clean(body: &str) {
    assert_eq!(house(body), Vec::<String>::new(), "{body}");
}

#[test]
fn data_released_showing_a_figure_sources_it() {
    clean("The statistics bureau released data on Saturday showing that prices climbed 6.4% in June.");
    clean("The national newspaper has suggested it is the largest fraud in the country's history.");
    // A picture showing something sources nothing.
    assert_eq!(
        house("A sign showing the way stood by the road where rents climbed 6.4% in June."),
        ["6.4% | unsourced percentage: `6.4%` has no source in its sentence or the one before"]
    );
}

#[test]
fn records_need_no_source() {
    clean("Mayor Adeyemi won 54.2% of the vote, and turnout was about 61%.");
    clean("The council approved $4.2 million for the bridge on Tuesday night.");
    clean("The regulator fined Harbour Gas £3.1 million for the outage.");
    clean("The pact seeks to remove duties on 85 percent of goods.");
    clean("Members beat their goal of $25,000 within a week.");
    clean("The city has a population of about 480,000.");
    clean("As of Friday, one barrel of crude was worth about $1,000 in the futures market.");
    clean("The winner takes home $25,000 and a $10,000 bonus for the course record.");
    clean("The new rule requires that at least a quarter of the flats be let below market rents.");
    clean("The probe was 6.4 billion kilometres from Earth. The tanker, of 240,000 gross tonnage, docked.");
}

#[test]
fn the_line_items_of_an_approved_budget_are_the_budget() {
    let opening = "The board approved a $1.4 billion budget on Tuesday.\n\n";
    clean(&format!("{opening}It also cuts $12 million from central offices and draws $20 million from reserves."));
    assert_eq!(
        house(&format!("{opening}Critics said the plan would cut $12 million. Demand rose 18 percent.")).len(),
        2,
        "a claim about the budget and a figure beside it are still claims"
    );
    assert_eq!(house("It also cuts $12 million from central offices.").len(), 1, "no budget approved");
}

#[test]
fn claims_beside_records_still_need_one() {
    assert_eq!(house("Bars employ about one in four minimum-wage workers.").len(), 1);
    assert_eq!(
        house("Turnout was about 61%, some 25% higher than last year."),
        ["25% | unsourced percentage: `25%` has no source in its sentence or the one before"]
    );
    assert_eq!(
        house("Women hold about 28 percent of seats on county councils."),
        ["28 percent | unsourced percentage: `28 percent` has no source in its sentence or the one before"]
    );
}

#[test]
fn rankings_with_a_comparison_class() {
    assert_eq!(
        house("Kestrel is the third-largest container port in Europe."),
        ["third-largest container port in Europe | unsourced ranking: `third-largest container port in Europe` has no source in its sentence or the one before"]
    );
    assert_eq!(house("Rents rose faster than in any other city.").len(), 1);
    assert_eq!(house("Pennyfield, Britain's third-largest grocer, cut prices.").len(), 1);
    clean("It was the best way to start the week, and the island's biggest plant reopened.");
    clean("She is the third-highest ranking official in the ministry.");
    clean("Kestrel is the third-largest container port in Europe, the port authority said.");
    clean("At 17, she became the youngest goalscorer in the competition's history.");
    assert_eq!(house("The league has the youngest average age in its history.").len(), 1);
    clean("The Broncos won in front of 71,088 spectators; Manning completed 13 of 23 passes.");
}

#[test]
fn counts_without_a_separator_and_rates() {
    assert_eq!(
        house("Over 1800 people have died since 2014."),
        ["1800 | unsourced count: `1800` has no source in its sentence or the one before"]
    );
    assert_eq!(
        house("The rate was seven per 100,000 people."),
        ["seven per 100,000 | unsourced ratio: `seven per 100,000` has no source in its sentence or the one before"]
    );
    assert_eq!(house("Measles has an R0 of about 12–18.").len(), 1);
    clean("The wreck sank on February 26, 1944 as the convoy turned; in 1800 it was a port.");
}

#[test]
fn a_document_frame_reaches_later_paragraphs() {
    let body = "A survey published on Monday by the Tenants' Union asked renters about damp.\n\nDamp affected 41% of flats.\n\nNearly half of the complaints went unanswered.";
    clean(body);
    let body = format!(
        "{body}\n\nHousing minister Ana Ruiz said inspections would rise.\n\nAbout 60% of renters are under 35."
    );
    assert_eq!(house(&body), ["60% | unsourced percentage: `60%` has no source in its sentence or the one before"]);
    let hedged = "A survey published on Monday by the Tenants' Union asked renters about damp.\n\nThe damp reportedly affects 41% of flats.";
    assert_eq!(house(hedged), ["41% | unsourced percentage: `41%` has no source in its sentence or the one before"]);
    assert_eq!(labels(R, "", "a.txt", &format!("{HEAD}{hedged}\n")), ["reportedly"]);
}

#[test]
fn the_next_sentence_and_parentheticals() {
    clean("Sales rose 12% last year. That is according to the retailers' association.");
    clean("Sales rose 12% in the year, according to the statistics office, down from 14% a year earlier.");
    assert_eq!(
        house("The virus had, by reports, infected over 4,200 people, including, according to officials, 54 children."),
        ["4,200 | unsourced count: `4,200` has no source in its sentence or the one before"]
    );
    assert_eq!(
        house("Brightcart, one of the largest online retailers in the country, said it would appeal.").len(),
        1,
        "a speaker's own description is the writer's"
    );
}

#[test]
fn quotations_keep_their_speakers() {
    clean("The ministry posted: \"Cases rose to 3,728 this week.\"");
    clean("Ana Ruiz commented: \"Half of them left.\"");
    let long = "Ana Ruiz, the festival director, said: \"Costs went up every year.\n\n\"Nearly half of the companies did not come back.\"";
    clean(long);
    let brought_on = "The manager spoke to reporters afterwards.\n\n\"We were second-best for a while.\n\n\"When more than 20,000 people turn up you owe them.\"";
    clean(brought_on);
    assert_eq!(
        house("Ana Ruiz said, \"We need parity.\" About 70 percent of members are men."),
        ["70 percent | unsourced percentage: `70 percent` has no source in its sentence or the one before"]
    );
}

#[test]
fn attribution_words_in_other_senses() {
    assert_eq!(
        house("The school gets about 58% of its budget from state grants.").len(),
        1,
        "`from state grants` names money, not a source"
    );
    assert_eq!(house("He said goodbye to more than 40,000 runners.").len(), 1);
    assert_eq!(house("The report card went to about 1,900 students.").len(), 1);
    assert_eq!(house("The storm claimed about 3000 lives.").len(), 1);
    clean("The prime minister stated 92% had been reached.");
}

#[test]
fn desks_extend_the_lists() {
    let src = format!("{HEAD}The clerk tallied 2,000 letters from readers.\n\nThe levy is 4% of sales.\n");
    assert_eq!(findings(R, "extend_record_nouns = [\"levy\"]", "a.txt", &src).len(), 1);
    assert_eq!(findings(R, "extend_attribution_phrases = [\"tallied\"]", "a.txt", &src).len(), 1);
    assert!(findings(R, "extend_attribution_phrases = [\"tallied\"]\nextend_record_nouns = [\"levy\"]", "a.txt", &src)
        .is_empty());
}

#[test]
fn demand_as_a_market_is_a_claim_and_as_a_call_a_target() {
    assert_eq!(
        house("Demand for grain rose 4 percent last year."),
        ["4 percent | unsourced percentage: `4 percent` has no source in its sentence or the one before"]
    );
    clean("The union demanded a 14 percent raise.");
    clean("Teachers are demanding a 9 percent raise.");
}

#[test]
fn estimates_with_owners_set_charges_caps_and_markets() {
    clean("The county's emergency office put the cost of the cleanup at $14.2 million.");
    assert_eq!(house("Official figures put the backlog at 52,000 claims.").len(), 1);
    clean("Voters backed the transit levy, passing it 57 percent to 43 percent.");
    clean("Fares rose by 4.5 percent in January, and the union is seeking a 14 percent raise.");
    clean("The ordinance allows the fee to rise by no more than 3 percent a year.");
    clean("The shares closed down 5.2 percent, and cocoa futures peaked above $12,000.");
    clean("The lease costs one yen a year.");
    assert_eq!(house("Consumer prices rose 3 percent in a year.").len(), 1);
}

#[test]
fn verbs_that_only_look_like_attributions() {
    assert_eq!(house("Fewer than a third of the buildings have found a new use.").len(), 1);
    assert_eq!(house("Fewer than half of the projects announced since 2021 have started.").len(), 1);
    assert_eq!(house("A figure of 5 percent is often cited, although recyclers say the rate is higher.").len(), 1);
    assert_eq!(house("The £1.9 billion project will power 900,000 homes.").len(), 2);
    clean("The survey found a 12 percent rise in rents.");
}

#[test]
fn hedges_and_rankings_since_a_date() {
    assert_eq!(
        house("The hall cost a reported $210 million."),
        ["$210 million | unsourced sum of money: `$210 million` has no source in its sentence or the one before"]
    );
    assert_eq!(
        house(
            "Data from the state show rates fell. Exemptions have reportedly more than doubled over the same period."
        )
        .len(),
        1
    );
    assert_eq!(house("By one industry count, fewer than half of the plants opened.").len(), 1);
    assert_eq!(house("It was the biggest one-day fall since March 2020.").len(), 1);
}

#[test]
fn court_reports_and_organisations_named_in_their_own_release() {
    let court = "The former treasurer was jailed on Friday after admitting she stole more than £412,000.\n\nProsecutor Ann Lyle told the court the charity had raised about £1.6 million.\n\nThe balance was £96,000 lower than the figure in its annual return.";
    clean(court);
    let release = "---\nauthor: Northwind Cold Storage Newsroom\n---\n\nNorthwind Cold Storage today opened a $85 million depot.\n\nAbout 60% of grocers lack cold space.\n";
    assert_eq!(findings(R, "", "a.md", release).len(), 1, "its own figure is first-party, the market claim is not");
}

#[test]
fn interview_answers_speak_for_the_interviewee() {
    let qa = "Intro.\n\n**Do prices still pay?**\n\nWe recover about 95 percent of the nickel, and lithium trades at a tenth of its peak.\n\n**Who leads?**\n\nI think China processes three-quarters of the scrap; by one industry count fewer than half of the plants opened.\n\nShe will speak again in May. About 70 percent of the plants are idle.";
    let found = house(qa);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("half |") && found[1].starts_with("70 percent |"), "{found:?}");
}

#[test]
fn a_court_outcome_in_the_opening_sentence_is_the_case() {
    let src = "Headline\n\nBy Jo Park· May 3, 2026\n\nA former treasurer was jailed for four years after stealing more than £340,000 from a hospice.\n";
    assert!(findings(R, "", "a.txt", src).is_empty());
    assert_eq!(house("The charity lost more than £340,000 to fraud last year.").len(), 1);
}

#[test]
fn lists_after_a_record_budgets_auctions_and_tail_sources() {
    clean("Companies can be fined up to $50 million, three times the gain, or 30 percent of their turnover.");
    clean("The health department will receive $7.2 billion, an increase of 9.1 percent over last year.");
    clean("The budget includes $126 million to recruit staff and $45 million to open new beds.");
    clean("The budget cuts the provincial portion of the sales tax by one percentage point, to 14 percent.");
    clean("Bidding opened at €1.5 million. The court made a confiscation order for £640,000.");
    clean("Eleven people were arrested, police said. Officers also seized €380,000 in cash.");
    clean("Seattle held the ball for 61 percent of the match and received $100,000 as runners-up.");
    assert_eq!(house("Sales rose 14%, and profits fell 3%.").len(), 2, "two claims are not a list");
}

#[test]
fn areas_currencies_searchers_and_whole_professions() {
    clean("The lake covers about 1,900 square kilometres.");
    clean("The krone rose 0.6 percent against the US dollar.");
    clean("The council raised the bill by 4.99 percent, taking it to £2,114.");
    assert_eq!(house("Police found about £85,000 in a safe.").len(), 1);
    assert_eq!(
        house("Security experts described it as one of the largest breaches in the country's history.").len(),
        1
    );
    assert_eq!(house("It holds one of the largest collections of drawings outside London.").len(), 1);
}

#[test]
fn thresholds_seats_and_conversions() {
    clean("At least 1,991 delegates are needed to secure the nomination.");
    clean("Deals worth more than 500 million kronor require approval from the regulator.");
    clean("The deal needs the approval of 75% of shareholders. A two-thirds majority is needed.");
    clean("The contests in March represent a total of 1,357 delegates.");
    clean("The sale price, payable in cash, is 900 million złotys (181 million pounds).");
    clean("It is the country's most populous province.");
    clean("The charity credits itself with around 14,000 lives saved since 2016.");
    assert_eq!(
        house("At least 4,000 more homes are needed every year."),
        ["4,000 | unsourced count: `4,000` has no source in its sentence or the one before"]
    );
    let body = "The new tax would raise 2.3 billion crowns (€93 million) a year.";
    assert_eq!(
        house(body),
        ["2.3 billion crowns | unsourced sum of money: `2.3 billion crowns` has no source in its sentence or the one before"]
    );
    assert_eq!(labels(R, "", "a.txt", &format!("{HEAD}{body}\n")), ["€93 million"]);
    assert_eq!(
        house("On Friday the festival won €3 million (up 12% on last year) from the board."),
        ["12% | unsourced percentage: `12%` has no source in its sentence or the one before"]
    );
}

#[test]
fn a_whole_profession_said_to_speak_names_no_one() {
    let body = "Power Watch said grid charges had risen by 31% in two years. Critics say charges make up more than a third of a typical bill.";
    assert_eq!(
        house(body),
        ["a third | unsourced fraction: `a third` has no source in its sentence or the one before"]
    );
    assert_eq!(labels(R, "", "a.txt", &format!("{HEAD}{body}\n")), ["Critics say"]);
    // Named, it is a source; and a profession in another clause hedges nothing here.
    clean("Power Watch said grid charges had risen by 31% in two years. Analysts at Norbank say charges make up a third of a bill.");
    clean("Quotas were cut by 20% on Thursday, after scientists warned that stocks were falling.");
    assert_eq!(
        house("Estate agents in the city say asking prices are being cut by as much as 12 percent."),
        ["12 percent | unsourced percentage: `12 percent` has no source in its sentence or the one before"]
    );
    clean("Agents at Harlow Homes say asking prices are being cut by as much as 12 percent.");
}

#[test]
fn a_profession_after_a_definite_determiner_is_the_group_named_and_a_verb_in_the_present_reports() {
    let team = "A team from Harlow University studied wheat yields over fifty years.\n\n";
    clean(&format!("{team}The scientists say that yields fell by more than 10% in dry years."));
    clean(&format!("{team}Yields fell by 9% in dry years, these scientists said."));
    // Without the determiner the profession is everyone's, and names no one.
    assert_eq!(
        house(&format!("{team}Scientists say that yields fell by more than 10% in dry years.")),
        ["10% | unsourced percentage: `10%` has no source in its sentence or the one before"]
    );
    clean("The Audit Commission warns 30% of the grants it reviews go to firms with no staff.");
    clean("The Harbour Authority predicts 4,500 more sailings next year.");
    // A verb in the present reaches no claim of the writer's own in the next sentence.
    assert_eq!(
        house("The Audit Commission warns of waste. Across the country, 30% of councils overspend."),
        ["30% | unsourced percentage: `30%` has no source in its sentence or the one before"]
    );
}

#[test]
fn a_share_price_move_and_the_standings_are_of_record() {
    clean("Tarrow Mining lost eight percent of its share value on Friday after the flood.");
    clean("Okoro finished second in the drivers' standings with 4,210 points, 12 behind Lind.");
    // A company's own losses are a claim, not a market's record.
    assert_eq!(
        house("Tarrow Mining lost eight percent of its customers after the flood."),
        ["eight percent | unsourced percentage: `eight percent` has no source in its sentence or the one before"]
    );
}

#[test]
fn placings_career_totals_market_values_funds_and_requests_are_of_record() {
    clean("The Liberal Union came second with 24.1 percent, and the Greens were third with 9.8 percent.");
    clean("Mensah retires with 7,415 regular-season points and made 48 percent of her shots from the field.");
    clean("The deal gives the company a market value of about $84 billion.");
    clean("The state has released an emergency fund of $30 million for the towns.");
    clean("Fees for overseas students will rise to £21,300 next year.");
    clean("The ministry requested $2.8 billion from the development bank.");
    // A placing without a share, a forecast share, and a cost of the writer's own stay claims.
    assert_eq!(
        house("The Liberal Union came second, and polls suggest 24.1 percent would back it again."),
        ["24.1 percent | unsourced percentage: `24.1 percent` has no source in its sentence or the one before"]
    );
    assert_eq!(
        house("The flood caused damage worth $30 million in the towns."),
        ["$30 million | unsourced sum of money: `$30 million` has no source in its sentence or the one before"]
    );
}

#[test]
fn a_body_that_puts_a_figure_at_a_level_vouches_for_the_change_beside_it() {
    clean("The bureau put youth unemployment, for those aged 16 to 24, at 12.8 percent, up 0.9 percentage points.");
    clean("The office's price release, out last week, put the average price of a loaf at £1.52, up 5 percent.");
    // Without a body that puts it, the level and its change are the writer's.
    assert_eq!(
        house("Youth unemployment, for those aged 16 to 24, rose to 12.8 percent."),
        ["12.8 percent | unsourced percentage: `12.8 percent` has no source in its sentence or the one before"]
    );
}

#[test]
fn a_story_that_opens_on_a_bodys_figures_reports_them_until_someone_else_speaks() {
    let opening = "Crime in Harlow fell 3 percent in the year, according to figures published by the Office for National Statistics.";
    clean(&format!("{opening}\n\nBurglary fell 11 percent.\n\nViolence made up 36 percent of all crime."));
    assert_eq!(
        house(&format!(
            "{opening}\n\nThe mayor said 40 percent of officers were new.\n\nViolence made up 36 percent of all crime."
        )),
        ["36 percent | unsourced percentage: `36 percent` has no source in its sentence or the one before"]
    );
}

#[test]
fn a_hedge_in_the_figures_own_clause_is_not_lifted_by_an_attribution_in_another() {
    assert_eq!(
        house("The fair sold 38,200 tickets, she said, and visitors spent an estimated €7 million in the town."),
        ["€7 million | unsourced sum of money: `€7 million` has no source in its sentence or the one before"]
    );
    // A named source in the hedged clause, or a second `that` of what was said, still vouches.
    clean("The agency said an estimated 9,500 homes lost power.");
    clean(
        "The college said 1.4 million patients waited, and that the delays were linked to an estimated 12,000 deaths.",
    );
}
