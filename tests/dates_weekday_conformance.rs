//! `dates/weekday-mismatch` against textlint-rule-date-weekday-mismatch's English cases
//! (restated in `tests/data/weekday-cases.json`) and against the calendar for every day
//! from 1900 to 2100, each written with its real weekday (clean) and a wrong one (flagged).

use copydesk::config::Config;
use copydesk::diagnostic::Diagnostic;
use copydesk::document::Document;
use copydesk::lint::Linter;
use copydesk::rules::RuleId;
use jiff::civil::{date, Date, Weekday};
use jiff::ToSpan;
use serde_json::Value;

fn rules() -> Linter {
    Linter::only(&Config::builtin().expect("built-in config"), RuleId::DatesWeekdayMismatch).expect("rules build")
}

fn run(linter: &Linter, text: String) -> (Document, Vec<Diagnostic>) {
    linter.lint("case.md", text)
}

#[test]
fn textlint_english_cases() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/weekday-cases.json");
    let data: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let rules = rules();
    let mut failures = Vec::new();
    for case in data["cases"].as_array().unwrap() {
        let text = case["text"].as_str().unwrap();
        // textlint's `currentYear` is our publication date, given as front matter.
        let head = case["published"].as_str().map_or(String::new(), |d| format!("---\ndate: {d}\n---\n"));
        let shift = head.lines().count();
        let (doc, diags) = run(&rules, format!("{head}{text}"));
        let got: Vec<(u64, u64)> = diags
            .iter()
            .map(|d| {
                let p = doc.lines.position(&doc.source, d.span.start);
                ((p.line - shift) as u64, p.column as u64)
            })
            .collect();
        let want: Vec<(u64, u64)> = case["reports"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["line"].as_u64().unwrap(), r["column"].as_u64().unwrap()))
            .collect();
        if got != want {
            failures.push(format!("{text:?}: reports {got:?}, expected {want:?}"));
        }
        if let Some(fixed) = case["fixed"].as_str() {
            let out = copydesk::fix::apply(&doc.source, &diags, true).map(|(t, _)| t).unwrap_or_default();
            if out.strip_prefix(&head) != Some(fixed) {
                failures.push(format!("{text:?}: fixed to {out:?}, expected {fixed:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} divergences:\n{}", failures.len(), failures.join("\n"));
}

const FULL: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn index(w: Weekday) -> usize {
    w.to_monday_zero_offset() as usize
}

/// `d` written with weekday `w`, in one of four forms chosen by the day; returns the line
/// and the weekday word as written.
fn written(d: Date, w: usize) -> (String, String) {
    let month = MONTHS[d.month() as usize - 1];
    let (y, m, day) = (d.year(), d.month(), d.day());
    match d.day() % 4 {
        0 => (format!("{}, {month} {day}, {y}", FULL[w]), FULL[w].to_string()),
        1 => (format!("{}., {}. {day}, {y}", &FULL[w][..3], &month[..3]), FULL[w][..3].to_string()),
        2 => (format!("{y:04}-{m:02}-{day:02} ({})", FULL[w]), FULL[w].to_string()),
        _ => (format!("{} ({day} {month} {y})", FULL[w]), FULL[w].to_string()),
    }
}

#[test]
fn every_day_from_1900_to_2100() {
    assert_eq!(date(2026, 6, 29).weekday(), Weekday::Monday, "calendar anchor");
    let rules = rules();
    for year in 1900..=2100i16 {
        let days: Vec<Date> = date(year, 1, 1).series(1.day()).take_while(|d| d.year() == year).collect();
        let right: Vec<(String, String)> = days.iter().map(|&d| written(d, index(d.weekday()))).collect();
        // A wrong weekday one to six days off, varying with the date.
        let wrong: Vec<(String, String)> =
            days.iter().map(|&d| written(d, (index(d.weekday()) + 1 + d.day() as usize % 6) % 7)).collect();
        let join = |lines: &[(String, String)]| lines.iter().map(|l| l.0.as_str()).collect::<Vec<_>>().join("\n\n");

        let (_, diags) = run(&rules, join(&right));
        assert!(diags.is_empty(), "{year}: right weekdays flagged: {:?}", diags.first().map(|d| &d.message));

        let (doc, diags) = run(&rules, join(&wrong));
        let got: Vec<&str> = diags.iter().map(|d| doc.text(d.span)).collect();
        let want: Vec<&str> = wrong.iter().map(|l| l.1.as_str()).collect();
        assert_eq!(got, want, "{year}: wrong weekdays");
    }
}
