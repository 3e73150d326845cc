# Hand labels for wikinews-k (md files). (line, text, kind, status, note); columns are computed
# by make_labels.py as the 1-based character offset of `text`, which must occur once on its line.
S, SE, R, U = "sourced", "sourced_elsewhere", "record", "unsourced"

STATS = {
1: [
 (9, "the first time since the retirement of the space shuttles in 2011", "ranking", R, "an order of events with a comparison class (the first US crew-capable craft at the station since 2011): the reported event itself, as newsset's 'the first state ... to'"),
 (21, "about US$1.5 billion apiece", "money", U, "cost per shuttle mission; 'according to NASA administrator Jim Bridenstine' in the sentence covers the programme's goal, not this background figure in the relative clause (clause-scoped, as newsset's md/24); a reader who lets the attribution cover the whole sentence would call it sourced"),
 (21, "roughly US$80 million per astronaut", "money", U, "price NASA pays per Russian seat; no attribution in this sentence, and the Bridenstine attribution in the sentence before covers the goal, a different claim"),
 (25, "valued at US$4.2 billion", "money", R, "value of NASA's Boeing contract: a fact of public record (an awarded government contract); a stricter reader would want a source and call it unsourced"),
 (25, "valued at US$2.6 billion", "money", R, "value of NASA's SpaceX contract: a fact of public record, as the Boeing contract"),
],
2: [
 (11, "One of the biggest questions in exoplanet exploration", "ranking", S, "a superlative inside a direct quotation with a named speaker (George Ricker, 'told the press')"),
 (17, "at least over 2300", "count", U, "planets identified with Kepler; 'Scientists used Kepler' names the actors, not a source; no attribution in the sentence or the one before"),
 (17, "perhaps over 4500 planets", "count", U, "same sentence: the upper estimate of Kepler's planets, unattributed"),
 (17, "400 times as much of the sky as Kepler", "multiplier", U, "a design specification stated without a source ('TESS is designed'); NASA is named as designer only in the first paragraph, for another claim"),
 (17, "85% of the sky", "percentage", U, "same sentence as the multiplier: unattributed specification"),
 (17, "1500 planets during its two-year mission", "count", S, "'Scientists expect' in the sentence, read like wikinews-j's 'Officials fear' and newsset's 'officials said'; a stricter editor would want the scientists named and call it unsourced"),
],
3: [
 (9, "C$750 million", "money", R, "the settlement the government agreed to pay: the reported event (a compensation agreement), announced by the minister named two sentences later"),
 (9, "20,000 First Nations children", "count", U, "number of children removed in the programme; no attribution in the sentence or the one before (the minister, two sentences on, announced the agreement, a different claim)"),
 (11, "the 150,000 children who were instead sent to institutions", "count", U, "no attribution in this sentence; the sentence before ('Some of the plaintiffs say') covers abuse claims, a different claim"),
 (15, "the first time anyone has argued", "ranking", S, "'According to a lawyer for some of the plaintiffs, Jeffrey Wilson' in the sentence"),
 (17, "approximately four percent of Canada's population", "percentage", R, "share of the population (in words): a population figure, a fact of public record as newsset's 'a city's population'; a stricter reader would call it unsourced"),
 (17, "about 1.4 million people", "count", R, "First Nations population: a fact of public record, as the percentage in the same sentence"),
 (21, "the first of Canada's provinces to apologize", "ranking", R, "an order of events (the first province to apologise, in 2015), as newsset's 'the first state ... to'"),
],
}

TRAPS = {
1: [
 (13, "2:49 a.m.", "statistics", "a clock time"),
 (13, "Falcon 9", "statistics", "a designation (rocket model)"),
 (15, "enough room for seven people", "statistics", "a capacity under 1,000, in words"),
],
2: [
 (9, "300 light-years", "statistics", "a distance (measure)"),
 (17, "60 days", "statistics", "a duration"),
 (17, "13.7-day orbit", "statistics", "an orbital period (duration)"),
 (17, "300 Earth-like", "statistics", "a count under 1,000 (part of the expected 1500, which is labelled)"),
 (21, "about 27 gigabytes collected per day", "statistics", "a data volume (measure)"),
],
3: [
 (11, "as many as ten times", "statistics", "a count under 1,000, in words"),
 (11, "From the 1960s to 1980s", "statistics", "decades"),
 (19, "From 1910 to 1970", "statistics", "years"),
],
}

PROBLEMS = {}
