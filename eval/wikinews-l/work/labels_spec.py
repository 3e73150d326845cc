# Hand labels for wikinews-l (md files). (line, text, kind, status, note); columns are computed
# by make_labels.py as the 1-based character offset of `text`, which must occur once on its line.
S, SE, R, U = "sourced", "sourced_elsewhere", "record", "unsourced"

STATS = {
1: [
 (9, "for the first time", "ranking", S, "the first successful SHA-1 collision attack (an order of events with a comparison class); 'Google announced that' in the sentence, with Google's own hedge 'that they know of'"),
 (15, "more than nine quintillion (upwards of 9,223,372,036,854,775,808)", "count", SE, "number of SHA-1 computations; no verb of attribution in this sentence or the one before ('They wrote ...'); the group's own description follows in the next sentence ('They described this as') and Google's announcement is the article's subject (line 9)"),
 (15, "6,500 years of CPU time", "amount", S, "the computing effort of the attack's first phase, a quantity held as a statistic (not the duration of an event); 'They described this as' in the sentence; a reader who treats CPU-years as a duration would leave it unlabelled"),
 (15, "110 years of graphics processing unit (GPU) time", "amount", S, "the second phase's computing effort; same sentence ('They described this as'), same judgement as the CPU time"),
 (15, "100,000 times faster than the brute-force attack", "multiplier", S, "'They said' in the sentence (the researchers)"),
 (15, "50 times faster than a collision attack algorithm proposed in 2005", "multiplier", S, "same sentence: 'They said'"),
],
2: [
 (9, "over 500,000 women and other protesters", "count", U, "crowd size in Washington; 'by estimates' names no one (a hedge, as newsset's 'reportedly'); The Independent, cited in the next sentence, gives a different figure (575,000) for Washington, so it does not source this one"),
 (9, "twice the figure expected by organizers", "multiplier", U, "a multiplier in words, derived from the unsourced crowd estimate; the organizers are named only as holders of the expectation, not as the source of the comparison; a reader who takes 'expected by organizers' as the source would call it sourced"),
 (11, "between 3.3 and 4.6 million people", "count", S, "'The Independent reports that' in the sentence"),
 (11, "750,000 in Los Angeles", "count", S, "same sentence: 'The Independent reports that'"),
 (11, "575,000 in Washington D.C.", "count", S, "same sentence: 'The Independent reports that'"),
 (11, "450,000 in New York", "count", S, "same sentence: 'The Independent reports that'"),
 (11, "250,000 in Chicago", "count", S, "same sentence: 'The Independent reports that'"),
 (11, "the largest protest in American history", "ranking", S, "historical superlative with a comparison class, inside the clause governed by 'The Independent reports that' ('making this ...'); a reader who reads 'making this' as the writer's own conclusion would call it unsourced"),
 (17, "the most marginalized among us", "ranking", S, "a superlative inside a direct quotation of a named document ('The march's mission statement reads'), labelled as newsset labels quoted superlatives ('the worst-case scenario you can possibly have'); it could also be left unlabelled as rhetoric"),
 (21, "16 times more likely to be killed with a gun than in other high-income countries", "multiplier", S, "inside Amy Schumer's quoted post ('attendee Amy Schumer posted online'): figures in a direct quotation with a named speaker are sourced"),
 (21, "Approximately 4.5 million American women", "count", S, "same quotation (Schumer)"),
 (23, "the march's single biggest sponsor", "ranking", R, "a descriptive fact with a comparison class (the march's sponsors, as listed by its organizers), as newsset's 'the island's biggest power plant'; a stricter reader would call it unsourced"),
],
3: [
 (9, "60 out of the senate's 100 votes", "ratio", R, "the Senate's usual threshold to end a filibuster: a procedural (legal) threshold, as newsset's 'a legal or definitional threshold'"),
 (11, "the most corrosive elements of Obamacare", "ranking", S, "a superlative inside a direct quotation with a named speaker ('said Vice President-elect Mike Pence')"),
 (17, "the 51-48 vote", "ratio", R, "the Senate vote result: the reported event, as newsset's election results ('17 out of 18 of the area's districts'); a reader who treats a vote tally like a score would leave it unlabelled"),
 (23, "the wealthiest 1% of citizens", "percentage", S, "the income bracket that would get the tax cut; 'Matt O'Brien of The Washington Post claims' in the sentence (cf. newsset's income brackets of a study)"),
 (23, "about $32,820 annually per person", "money", S, "'estimated ... by the Tax Policy Center' in the sentence: an estimate with a named source"),
 (25, "as many as 30 million people", "count", S, "'According to Democratic Senator Bernie Sanders' in the sentence"),
],
}

TRAPS = {
1: [
 (13, "SHA-256", "statistics", "a designation (hash function name)"),
 (15, "in 2013", "statistics", "a year"),
 (19, "a 90-day delay", "statistics", "a duration"),
 (25, "more than twenty years ago", "statistics", "a duration, in words"),
],
2: [
 (9, "hundreds of thousands of others", "statistics", "a vague quantity"),
 (9, "all seven continents", "statistics", "a count under 1,000, in words"),
 (15, "two people", "statistics", "a count under 1,000, in words"),
 (21, "50 women are shot to death", "statistics", "a count under 1,000 (inside the quotation)"),
],
3: [
 (9, "At 1:30 a.m.", "statistics", "a clock time"),
 (25, "a date of January 27", "statistics", "a date"),
],
}

PROBLEMS = {}
