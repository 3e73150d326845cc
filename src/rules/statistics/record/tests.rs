//! Unit tests of `record`: each class with its near-misses.
use super::*;
use crate::rules::statistics::words::RECORD_NOUNS;

fn classify(sentence: &str, figure: &str, opening: bool) -> Option<Record> {
    let nouns: Vec<String> = RECORD_NOUNS.iter().map(|s| s.to_string()).collect();
    let at = sentence.find(figure).unwrap();
    Records::new(&nouns).unwrap().classify(sentence, Span::new(at, at + figure.len()), opening)
}

#[test]
fn records_of_each_kind() {
    use Record::*;
    for (sentence, figure, record) in [
        ("She won the primary with 41.2% of the vote.", "41.2%", Election),
        ("Turnout was about 64%.", "64%", Election),
        ("In March, a court ordered a local gang leader to repay $640,000.", "$640,000", Decision),
        ("The higher rate of 40 percent will now apply from £52,000.", "40 percent", Value),
        ("The higher rate of 40 percent will now apply from £52,000.", "£52,000", Value),
        ("The Carrow Valley, home to about 140,000 people, flooded.", "140,000", Value),
        ("Ulaanbaatar, already home to nearly half of the country's people, grew.", "half", Value),
        ("One county voted against — 51.9% opting to keep the law.", "51.9%", Election),
        ("The visitors made almost twice as many clearances as the hosts.", "twice", Election),
        ("Some 1.8 million people voted on Sunday.", "1.8 million", Election),
        ("Over 70% of the seats went to the opposition, giving it 12 of 14 wards.", "12 of 14", Election),
        ("The town has a population of about 48,000.", "48,000", Value),
        ("It beat its goal of $25,000 in a week.", "$25,000", Value),
        ("The threshold is 5% of turnover.", "5%", Value),
        ("The basic rate of income tax stays at 20 percent.", "20 percent", Value),
        ("The region's population, currently 2.6 million, is growing.", "2.6 million", Value),
        ("They make up a share of the population, at about 1.4 million people.", "1.4 million", Value),
        ("The purchase price, payable in cash, is £210 million.", "£210 million", Value),
        ("At least 1,500 signatures are needed to trigger a recall.", "1,500", Value),
        ("At least 1,991 delegates are needed to secure the nomination.", "1,991", Election),
        ("In all, 1,276 votes are required for a majority.", "1,276", Election),
        ("A quorum of 1,200 members is needed for a motion.", "1,200", Value),
        ("The contests represent a total of 1,357 delegates.", "1,357", Election),
        ("The party holds 2,140 seats on local councils.", "2,140", Election),
        ("A two-thirds majority is needed.", "two-thirds", Election),
        ("Deals worth more than 500 million kronor require approval.", "500 million kronor", Value),
        ("The deal needs the approval of 75% of shareholders.", "75%", Value),
        ("Getting to 50% of homes by 2027 once seemed an ambitious goal.", "50%", Target),
        ("The council approved $4.2 million for the bridge.", "$4.2 million", Decision),
        ("Two funds reached an agreement to give the island US$5 million for panels.", "US$5 million", Decision),
        ("The donors agreed to provide about $2 million.", "$2 million", Decision),
        ("The ferry line was ordered to pay PH₱6.24 million.", "PH₱6.24 million", Decision),
        ("The three will be paid a temporary rate of \\$6,000 per month.", "$6,000", Decision),
        ("It won an order as part of the $298,004,398 contract.", "$298,004,398", Value),
        ("The court ordered the firm to pay €40,000 (£34,000) in damages.", "€40,000", Decision),
        ("The shop took 30% off every coat.", "30%", Decision),
        ("One barrel of crude is worth about $71,000 in futures.", "$71,000", Price),
        ("The pact seeks to remove duties on 85 percent of goods.", "85 percent", Target),
        ("The mayor called for a 100% recycling rate.", "100%", Target),
        ("On Tuesday, the port became the first to move 60% of freight by rail.", "60%", Event),
        ("The clip has become the first video to pass two billion views.", "two billion", Event),
    ] {
        assert_eq!(classify(sentence, figure, true), Some(record), "{sentence}");
    }
}

#[test]
fn claims_stay_claims() {
    for (sentence, figure) in [
        ("The block, home to over 1,000 people, was evacuated.", "1,000"),
        ("Turnout was 71%, some 25% higher than last year.", "25%"),
        ("Prices rose 14% in a year.", "14%"),
        ("Prices climbed by 8% after the merger.", "8%"),
        ("Women hold about 28 percent of legislative seats.", "28 percent"),
        ("Polls suggest 40% would vote for the mayor.", "40%"),
        ("Turnout was low, and 40% of residents distrust the council.", "40%"),
        ("The outbreak had, by reports, infected over 4,200 people.", "4,200"),
        ("The town is home to over 1,000 people.", "1,000"),
        ("Sales at independent shops grew 14% last year.", "14%"),
        ("On Monday, officials reportedly found 2,000 ballots.", "2,000"),
        ("The county says 4,000 homes are needed to meet demand.", "4,000"),
        ("It faces a budget gap of £6.8 million.", "£6.8 million"),
        ("Reaching 50% took a decade.", "50%"),
        ("The number of visitors, currently 2.6 million, is growing.", "2.6 million"),
        ("On Friday it won €3 million (up 12% on last year) in grants.", "12%"),
        ("On Tuesday the council voted to close a budget gap of £6.8 million.", "£6.8 million"),
        ("The county needs 4,000 more homes a year.", "4,000"),
        ("At least 4,000 more homes are needed every year.", "4,000"),
        ("Trump reportedly amassed 1,330 delegates.", "1,330"),
        ("The number of complaints, the highest in years, was 2,400.", "2,400"),
        ("The agreement to give more powers to the mayor cost the city $3 million a year.", "$3 million"),
    ] {
        assert_eq!(classify(sentence, figure, true), None, "{sentence}");
    }
    assert_eq!(classify("On Tuesday, the port moved 60% of freight by rail.", "60%", false), None);
    assert_eq!(classify("The clip has become the first video to pass two billion views.", "two billion", false), None);
    assert_eq!(classify("It was the first time 40% of voters stayed home.", "40%", true), None);
}

#[test]
fn a_definition_makes_a_record_of_its_own_figure_only() {
    let s = "Renters spend 38 percent of their income on rent, above the 30 percent level regarded as affordable.";
    assert_eq!(classify(s, "38 percent", false), None);
    assert_eq!(classify(s, "30 percent", false), Some(Record::Value));
    let after = "Households spending more than 30 percent of income on rent are considered cost-burdened.";
    assert_eq!(classify(after, "30 percent", false), Some(Record::Value));
    let before = "A household is defined as poor when its income falls below 60% of the median.";
    assert_eq!(classify(before, "60%", false), Some(Record::Value));
}

#[test]
fn vote_shares_with_seats_terms_of_a_scheme_charges_populations_and_funds_released() {
    let share = "The Liberals fell to 27.8 percent and 11 seats.";
    assert_eq!(classify(share, "27.8 percent", false), Some(Record::Election));
    assert_eq!(classify("Support fell to 27.8 percent and kept falling.", "27.8 percent", false), None);
    let scheme = "The scheme covers up to 60 percent of the cost of replanting.";
    assert_eq!(classify(scheme, "60 percent", false), Some(Record::Decision));
    assert_eq!(classify("Replanting covers 60 percent of the orchards.", "60 percent", false), None);
    let charge = "Landing charges set by the regional board will rise to 1,850 pounds per flight.";
    assert_eq!(classify(charge, "1,850 pounds", false), Some(Record::Decision));
    assert_eq!(classify("Selby has about 384,000 residents.", "384,000", false), Some(Record::Value));
    assert_eq!(classify("Selby has about 384,000 visitors a year.", "384,000", false), None);
    let funds = "The provincial government released 5 million euros in emergency aid.";
    assert_eq!(classify(funds, "5 million euros", false), Some(Record::Decision));
}

#[test]
fn an_age_record_in_a_competition_is_of_record() {
    let s = "She became the youngest goalscorer in the competition history.";
    let at = s.find("youngest").unwrap();
    let figure = crate::span::Span::new(at, s.len() - 1);
    assert_eq!(Records::classify_ranking(s, figure, false), Some(Record::Value));
}

#[test]
fn a_ratios_noun_is_whom_it_counts() {
    let r = Records::new(&["wage".to_string(), "fine".to_string()]).unwrap();
    let s = "Bars employ one in four wage workers.";
    let at = s.find("one").unwrap();
    assert_eq!(r.classify(s, crate::span::Span::new(at, at + "one in four".len()), false), None);
}

#[test]
fn a_hedge_in_a_closed_relative_clause_hedges_that_clause_only() {
    let closed = "Okafor, who is rumored to be leaving, completed 21 of 30 passes.";
    assert_eq!(classify(closed, "21 of 30", false), Some(Record::Election));
    // Hedging the figure's own clause, or a relative clause still open at the figure.
    assert_eq!(classify("Okafor reportedly completed 21 of 30 passes.", "21 of 30", false), None);
    assert_eq!(classify("It was Okafor, who reportedly completed 21 of 30 passes.", "21 of 30", false), None);
}

#[test]
fn being_understood_to_is_a_hedge() {
    let hedged = "The club is understood to have rejected a first bid of £30 million.";
    assert_eq!(classify(hedged, "£30 million", false), None);
    assert_eq!(classify("The club rejected a first bid of £30 million.", "£30 million", false), Some(Record::Value));
}

#[test]
fn it_is_estimated_that_is_a_hedge() {
    assert!(names_no_one("and it is estimated that another 30,000 will arrive").is_some());
    assert!(names_no_one("and the mayor estimated that another 30,000 will arrive").is_none());
}
