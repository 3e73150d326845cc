//! Unit tests of `attribution`: each class with its near-misses.
use super::*;

fn source(sentence: &str, word: &str) -> bool {
    let start = sentence.find(word).unwrap();
    names_source(sentence, start, start + word.len())
}

#[test]
fn a_turn_of_the_argument_is_no_attribution() {
    assert!(!source("That said, about 40% of users never upgrade.", "said"));
    assert!(!source("Half use it daily. That said - 40% never upgrade.", "said"));
    assert!(!source("Having said that, 40% never upgrade.", "said"));
    // A relative clause or a speaker before `said` is still one.
    assert!(source("It was the report that said 40% never upgrade.", "said"));
    assert!(source("The maintainers said 40% never upgrade.", "said"));
}

#[test]
fn hedges_are_not_sources() {
    assert!(!source("Farms lost an estimated $3 million.", "estimated"));
    assert!(!source("The bill is estimated at $3 million.", "estimated"));
    assert!(!source("Estimates suggest 4,000 birds died.", "Estimates"));
    assert!(!source("By some estimates 4,000 birds died.", "estimates"));
    assert!(!source("The merger, announced on Friday, is worth $2bn.", "announced"));
    assert!(!source("The plan is said to cost $2bn.", "said"));
    assert!(!source("Most of the money came from one donor.", "came from"));
    assert!(!source("The cut is also estimated at $3 million by the end of May.", "estimated"));
    assert!(!source("It now builds large projects 1.5x faster.", "projects"));
    assert!(!source("Their forecasts were wrong by 40%.", "forecasts"));
    // A negated passive names no one either.
    assert!(!source("About 60 percent of thefts are never reported to police.", "reported"));
    assert!(!source("Families were not told in a third of cases.", "told"));
    assert!(source("The police never reported 60 percent of thefts, the audit said.", "reported"));
}

#[test]
fn named_estimators_are_sources() {
    assert!(source("The harbour board estimated the loss at $3 million.", "estimated"));
    assert!(source("The loss was estimated by the Harbour Board at $3 million.", "estimated"));
    assert!(source("Estimates by the Wildlife Trust put deaths at 4,000.", "Estimates"));
    assert!(source("The trust's estimate put deaths at 4,000.", "estimate"));
    assert!(source("The merger, announced by Kestrel Foods, is worth $2bn.", "announced"));
    assert!(source("Kestrel Foods announced the merger, worth $2bn.", "announced"));
    assert!(source("Rents rose 8%, said the union.", "said"));
    assert!(source("The numbers came from the port authority.", "came from"));
    assert!(source("Italy estimated the cost at $3 million.", "estimated"));
    assert!(source("The treasury projects 2% growth.", "projects"));
    assert!(source("Kestrel Bank forecasts a 3% fall.", "forecasts"));
    assert!(source("The council also said 40% of roads need repair.", "said"));
    assert!(source("The loss was estimated by researchers at $3 million.", "estimated"));
}

fn reach(sentence: &str, word: &str, figure: &str) -> bool {
    let start = sentence.find(word).unwrap();
    reaches(sentence, start, start + word.len(), sentence.find(figure).unwrap())
}

#[test]
fn attributions_reach_their_own_clause_and_tails() {
    let s = "Floods cost the coast $90m a year, and some hoteliers say guests have stopped booking.";
    assert!(!reach(s, "say", "$90m"));
    assert!(reach("Floods cost $90m, and insurers paid $40m, the council said.", "said", "$90m"));
    assert!(reach("Floods cost $90m, and insurers paid $40m, the council said on Monday.", "said", "$90m"));
    assert!(reach(
        "Floods cost $90m; insurers paid $40m, according to the regional insurers' body.",
        "according to",
        "$90m"
    ));
    assert!(reach("Floods cost $90m a year, hoteliers say, and guests are leaving.", "say", "$90m"));
    assert!(reach("The council said floods cost $90m, and insurers paid $40m.", "said", "$40m"));
    assert!(reach("Prices rose 6%, and the union says wages lag, citing the ONS.", "citing", "6%"));
    assert!(reach(
        "Floods cost $90m; insurers paid $40m, the Kestrel Bay council's chief executive said.",
        "said",
        "$90m"
    ));
    let s = "Rents rose 6%, and tenants have complained about repairs announced at short notice.";
    assert!(!reach(s, "announced", "6%"));
    let s = "Rents rose 6%, and many tenants in the older blocks complained of repairs announced at short notice.";
    assert!(!reach(s, "announced", "6%"));
    assert!(!reach("Shares fell 12%, and analysts said the drop was overdone.", "said", "12%"));
}

#[test]
fn owned_figures() {
    assert!(OWNED_FIGURES.is_match("Home Office statistics put the number at 11,000."));
    assert!(OWNED_FIGURES.is_match("Last year the ONS figures suggest 4% left."));
    assert!(OWNED_FIGURES.is_match("The regulator's latest data indicate a 4% rise."));
    assert!(OWNED_FIGURES.is_match("In March, Eurostat figures put it at 4%."));
    assert!(!OWNED_FIGURES.is_match("Official figures put the number at 11,000."));
    assert!(!OWNED_FIGURES.is_match("The figures put the number at 11,000."));
}

#[test]
fn an_attribution_in_a_relative_clause_vouches_for_that_clause_only() {
    assert!(!reach("The salary is $78,500, which the union says is too low.", "says", "$78,500"));
    assert!(!reach("Sales hit $5 million, who analysts said were buyers.", "said", "$5 million"));
    assert!(reach("The salary is $78,500, the union says.", "says", "$78,500"));
    // Closed before the tail: the tail speaks for the whole sentence.
    assert!(reach("Sales of $5 million, which rose 3%, the company said.", "said", "$5 million"));
    assert!(reach("The union, which says $78,500 is too low, wants more.", "says", "$78,500"));
}

#[test]
fn a_share_of_people_saying_something_is_not_its_own_source() {
    assert!(!source("Roughly 60 percent of teenagers nationally say they are tired.", "say"));
    assert!(!source("Half of the parents said they worried.", "said"));
    assert!(!source("About 40% reported symptoms.", "reported"));
    assert!(!source("Eighteen percent of the stations showed raised levels.", "showed"));
    assert!(!source("Most backed the plan, while 28 percent said it should wait.", "said"));
    assert!(!source("Fewer than one in 100 reported frauds leads to a charge.", "reported"));
    assert!(!source("The Hafsten project will cost about €4.5 billion.", "project"));
    assert!(source("The Norland ministry projects sales of $4 billion.", "projects"));
    assert!(!source("About 40 percent of recorded crimes are solved.", "recorded"));
    assert!(source("About 4,000 cases were reported by the agency.", "reported"));
    assert!(source("The agency said 60 percent of teenagers are tired.", "said"));
    assert!(source("The charity said half of the parents were worried.", "said"));
}

#[test]
fn a_set_off_attribution_covers_its_clause_and_not_the_next_subjects() {
    let s = "Wages rose 6 percent last year, according to the union, while prices climbed 3.2 percent.";
    assert!(reach(s, "according to", "6 percent"));
    assert!(!reach(s, "according to", "3.2 percent"));
    let tail = "Air readings peaked at four times the limit, the agency said, and about 60% of schools shut.";
    assert!(!reach(tail, "said", "60%"));
    // The same subject's next verb, and an attribution that introduces a list.
    assert!(reach(
        "Buses carry 14,500 riders, according to the agency, and run late on a third of trips.",
        "according to",
        "a third"
    ));
    assert!(reach(
        "Potentially, according to the paper, $3.6 billion from one fund and $601 million from another.",
        "according to",
        "$601 million"
    ));
    assert!(reach(
        "In the last year, Tesco said, it lost $24 million, and its units lost $107 million.",
        "said",
        "$107 million"
    ));
}

#[test]
fn an_attribution_inside_a_closed_relative_clause_covers_that_clause_only() {
    assert!(!reach("Hospitals, which the union says are short-staffed, have 1,050 vacancies.", "says", "1,050"));
    assert!(reach("She promised free buses, which her party says would cost €4 million a year.", "says", "€4 million"));
}

#[test]
fn an_expectation_is_sourced_by_whoever_holds_it() {
    assert!(source("The authority expects 45 million passengers next year.", "expects"));
    assert!(source("Analysts at Corrin Securities expect margins to stay below 3%.", "expect"));
    assert!(source("Analysts polled by Marketlens had expected a profit of $55 million.", "expected"));
    assert!(!source("Data centres use about 2.5% of power, a share expected to grow.", "expected"));
    assert!(!source("Turnout is expected to top 60%.", "expected"));
    assert!(source("The council expected to raise $5 million from the levy.", "expected"));
}

#[test]
fn a_contrasting_clause_is_out_of_any_attributions_reach() {
    let s = "The authority expects 45 million riders, while the population is forecast to pass 420,000.";
    assert!(reach(s, "expects", "45 million"));
    assert!(!reach(s, "expects", "420,000"));
    assert!(reach("Police said 3,000 homes flooded and 1,200 lost power.", "said", "1,200"));
    assert!(reach("The ministry said 3,000 homes were damaged, while 1,200 were destroyed.", "said", "1,200"));
}
