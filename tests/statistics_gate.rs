//! The statistics rule skips paragraphs that `may_hold_figure` says cannot hold a figure.
//! That is only sound if `find` never finds a figure where the gate says none can be:
//! checked here on every form of figure the finder knows (and in `tests/shared/` on
//! every sentence of the shared drafts).

use copydesk::rules::statistics::find::{find, may_hold_figure};

fn assert_gate_holds(text: &str, origin: &str) {
    if !find(text).is_empty() {
        assert!(may_hold_figure(text), "{origin}: `find` sees a figure the gate would skip: {text:?}");
    }
}

#[test]
fn the_gate_knows_every_form_of_figure() {
    let figures = [
        "30%",
        "thirty percent",
        "Forty per cent",
        "1–2%",
        "three percentage points",
        "$8.8 trillion",
        "€5m",
        "£1.2bn",
        "3 billion dollars",
        "9,800 conversations",
        "2.4 million people",
        "a million people",
        "seventeen thousand people",
        "one in five",
        "three out of four",
        "one-third",
        "two-thirds",
        "a third of",
        "nearly half",
        "half of all",
        "a quarter of",
        "three times as many",
        "twice as many",
        "THRICE as many",
        "fourfold",
        "a tenfold rise",
        "doubled",
        "Tripled",
        "halved",
        "quadrupling",
        "up 12 points",
        "rose by seven points",
        "the fastest-growing",
        "the slowest growing",
        "ranked first",
        "ranked No. 1",
        "1.5x faster",
        "12pc",
        "ninety-nine in a hundred",
        "Twenty-five percent",
        "two fifths of",
        "1.8x faster",
        "1.3m homes",
        "2bn users",
        "40k volunteers",
        "one train in five",
        "one person in every 14",
        "three pupils in every ten",
    ];
    for figure in figures {
        let text = format!("Officials said that {figure} of residents took part.");
        assert_gate_holds(&text, "generated");
        assert!(may_hold_figure(&text), "{text}");
    }
    assert!(!may_hold_figure("The council met on a rainy evening and adjourned early."));
    assert!(!may_hold_figure("Someone often mentions tennis at the weekend."));
}
