//! A claim is not a record. Some figures need no source because they are themselves the
//! news or a fact of public record: an election result, a population, the price of one
//! unit, a target or pledge announced, a sum or rate a body set (a budget approved, a fine
//! imposed, a threshold in law, a discount offered), and the figures of a dated event the
//! opening sentence reports. This module decides, from the words that govern a figure in
//! its clause, whether it is such a record. A figure the writer hedges (`reportedly`,
//! `an estimated`) or derives (`25% higher than last year`) is a claim whatever it counts.

use super::attribution::clause_bounds;
use super::find::{near_end, NEAR};
use crate::patterns::compile;
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// Why a figure is a record rather than a claim; the name reads in `explain` and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    /// Votes, turnout, seats won: the count of a ballot is public record.
    Election,
    /// The value a noun of record takes (`a population of`, `a fine of`, `their goal of`).
    Value,
    /// A sum or rate a body decided (`approved $2m`, `fined £40,000`, `capped at 5%`).
    Decision,
    /// A plan or target in the making (`seeks to remove tariffs on 90%`, `aims to cut`).
    Target,
    /// The price of one unit (`one bitcoin is worth $8,000`, `$4 a litre`).
    Price,
    /// A figure of the dated event the opening sentence reports (`On Monday, … 50.8%`).
    Event,
}

/// A comparison with another figure or period: the writer's arithmetic, not the record.
static COMPARISON_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s*(?:higher|lower|more|less|fewer|greater|bigger|smaller|larger|up|down|above|below)\s+(?:than|on|from|compared)\b",
    )
});

/// Ballots: votes cast, turnout, the electorate, seats won or lost, bodies elected.
static ELECTION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:of\s+the\s+(?:popular\s+|total\s+|first[- ]round\s+)?votes?|votes?\s+cast|votes|voted|turnout|(?:pass(?:ed|es|ing)?|approv(?:ed|ing)|reject(?:ed|ing)|carried|defeated|won|winning)\s+(?:[\w-]+\s+){0,6}?(?:by\s+)?[0-9.]+\s*(?:%|percent|per\s+cent)\s+to\s+[0-9.]+|voters\s+(?:also\s+)?(?:approved|rejected|backed|passed|endorsed|chose)|referendum|electorate|ballots|elects|elected|(?:won|winning|went\s+to|gained|gaining|lost|losing|took|taking|secured|securing|captured|retained|netted|totall?ing)\b(?:\s+[^\s,.;:!?]+){0,6}?\s+(?:seats?|delegates)|(?:seats?|delegates)\b(?:\s+[^\s,.;:!?]+){0,6}?\s+(?:went\s+to|were\s+won|changed\s+hands))\b",
    )
});
/// `would vote`, `plan to vote`: a poll of intentions, not a count of ballots.
static INTENDED_VOTE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:would|will|might|could|plan\s+to|intend\s+to|likely\s+to)\s+vote\b"));

/// A verb of intention or plan that governs the figure: the figure is the aim.
static INTENTION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:seeks?|sought|aims?|aimed|aiming|plans?|planned|planning|pledged?|pledges|pledging|promised?|promises|vowed?|vows|intends?|intended|wants?|wanted|hopes?|hoped|called\s+for|calls?\s+for|calling\s+for|proposed?|proposes|proposing|targets?|targeted|targeting|committed\s+to|commits\s+to|seeking|demand(?:s|ed|ing)|ask(?:s|ed|ing)\s+for|request(?:s|ed|ing)?|appl(?:y|ies|ied|ying)\s+for|requir(?:e|es|ed|ing)|mandat(?:e|es|ed|ing)|oblig(?:e|es|ed|ing)|must|goals?|aims?|objectives?|ambitions?)\b",
    )
});

/// A verb by which a body sets a sum or rate, just before the figure.
static DECISION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:approved|approves|approving|allocated|allocates|released|releases|budgeted|earmarked|set\s+aside|sets\s+aside|commits|committed|(?:fined|fines|awarded|awards|granted|grants|charged|charges|paid|pays|owes|owed|(?:agreed|agreement)\s+to\s+(?:pay|spend|invest|give|provide|lend))(?:\s+[^\s,.;:!?$€£¥₹]+){0,4}?|imposed|imposes|levied|levies|takes\s+home|took\s+home|won|wins|pocketed|collects|collected|ordered\s+(?:[^\s,.;:!?]+\s+){0,4}?to\s+(?:re)?pay|priced\s+(?:it\s+)?at|capped\s+(?:[^\s,.;:!?]+\s+){0,2}?at|set\s+(?:[^\s,.;:!?]+\s+){0,3}?at|fixed\s+(?:[^\s,.;:!?]+\s+){0,2}?at|raised\s+(?:[^\s,.;:!?]+\s+){0,3}?to|cut\s+(?:[^\s,.;:!?]+\s+){0,3}?to|lowered\s+(?:[^\s,.;:!?]+\s+){0,3}?to|offers?|offered|offering|donated|donates|will\s+(?:pay|receive|get)|is\s+to\s+receive|(?:rais(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|increas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|froze|freez(?:e|es|ing))\s+(?:[\w-]+\s+){0,8}?(?:rates?|tax|taxes|fares?|fees?|prices?|tariffs?|levy|levies|rents?|wages?|salaries|pay|charges?|duty|duties|bills?)\s+by|(?:budget|plan|bill|deal|package|programme|program)\s+(?:also\s+)?(?:includes|provides|contains|allocates|earmarks|sets\s+aside|commits|adds)|sold\s+for|fetched|went\s+for|bidding\s+(?:opened|started)\s+at)\s+(?:(?:a|an|the)\s+(?:total\s+of\s+|sum\s+of\s+|further\s+|extra\s+|additional\s+)?)?(?:(?:nearly|almost|about|around|roughly|approximately|up\s+to|more\s+than|over|some|just\s+over|just\s+under)\s+)?$",
    )
});
/// What after a sum names it as decided (`€20,000 (£17,500) in compensation`, `20% off`).
static DECISION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^(?:\s*\([^()]{0,60}\))?\s*(?:off\b|discount\b|in\s+(?:compensation|damages|fines|penalties|bail|prize\s+money|reparations)\b|(?:fine|penalty|bail|bond|deposit|bonus|prize|purse|reward)\b|for\s+(?:the\s+)?(?:win|victory|title)\b|as\s+runners?-up\b)",
    )
});

/// The price of one unit: `one bitcoin is worth`, `a barrel cost`, `each ticket sells for`.
static UNIT_PRICE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:one|a|an|each|per|every)\s+(?:[^\s,.;:!?]+\s+){1,3}?(?:is\s+|was\s+|are\s+|were\s+|now\s+)?(?:worth|costs?|sells?\s+for|sold\s+for|trades?\s+at|traded\s+at|priced\s+at|fetch(?:es|ed)?)\s+(?:(?:approximately|about|around|roughly|nearly|some|just\s+over|just\s+under)\s+)?$",
    )
});
static UNIT_PRICE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s*(?:a|an|per|each)\s+(?:share|barrel|ton|tonne|litre|liter|gallon|kilo|kilogram|pound|ounce|night|head|ticket|seat|person|unit|dose)\b",
    )
});

/// A price move on a market (`rose 6.2% in morning trading`): market data, the event.
static MARKET_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:to\s+\S+\s+)?(?:in\s+(?:early|morning|afternoon|midday|late|after-hours|heavy|light|thin|pre-market)?\s*trading|on\s+the\s+(?:stock\s+)?(?:exchange|market|index)|at\s+(?:current|today['’]s|present|recent|prevailing)\s+(?:exchange\s+)?rates?|of\s+its\s+value\s+against|of\s+(?:its|their)\s+(?:share|stock|market)\s+(?:value|price)|against\s+the\s+(?:US\s+|U\.S\.\s+)?(?:dollar|euro|pound|yen|yuan|franc|rupee))\b",
    )
});

/// A definition or threshold in rules (`are considered cost-burdened`, `is defined as`).
static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:(?:are|is|were|was|be)\s+(?:considered|deemed|classed|classified|defined)|(?:generally\s+|widely\s+|commonly\s+)?regarded\s+as|defined\s+as|counts?\s+as|qualif(?:y|ies)\s+as|under\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:guidelines|rules|law|act|regulations|definition))\b",
    )
});

/// Whether a definition in the clause `from..to` is of the figure at `figure`: no other
/// number stands between them (`38 percent, well above the 30 percent level regarded as
/// affordable` defines the 30 percent only).
fn defines(sentence: &str, from: usize, to: usize, figure: Span) -> bool {
    DEFINITION.find_iter(&sentence[from..to]).any(|m| {
        let (start, end) = (from + m.start(), from + m.end());
        let between = if start >= figure.end {
            &sentence[figure.end..start]
        } else {
            &sentence[end.min(figure.start)..figure.start]
        };
        !between.contains(|c: char| c.is_ascii_digit())
    })
}

/// `Selby has about 384,000 residents`: a place's population, said as what it has.
static HAS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:has|had|have|is\s+home\s+to|was\s+home\s+to)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just\s+over|just\s+under|fewer\s+than)\s+)?$",
    )
});
static RESIDENTS_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+(?:residents|inhabitants)\b"));
/// `The Carrow Valley, home to about 140,000 people`: a named place set off with how many
/// live there, its population (a building `home to 1,000 people` is a count of tenants).
static PLACE_HOME_TO: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?-i:[A-Z])[\w'’.-]+,\s+(?i:(?:already|now|still)\s+)?(?i:home\s+to)\s+(?i:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just\s+over|just\s+under|fewer\s+than)\s+)?$",
    )
});
static PEOPLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:people|residents|inhabitants)\b|^\s+of\s+(?:the\s+)?(?:country|nation|state|island|region|province)['’]s\s+(?:people|population|residents|inhabitants)\b",
    )
});

/// A charge a body sets that went up or down (`Fares rose by 4.5 percent`): the change
/// took effect by decision, unlike a price a market sets.
static SET_CHARGE_MOVED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:fares?|fees?|tolls?|tax(?:es)?|tariffs?|levy|levies|duty|duties|premiums?|charges?|rates?\s+of\s+tax)\s+(?:[\w-]+\s+){0,3}?(?:set\s+by\s+(?:[\w'’-]+\s+){1,4}?)?(?:rose|rise|rises|went\s+up|go\s+up|increased|increase|fell|fall|were\s+cut|was\s+cut|will\s+rise|climbed)\s+(?:by\s+|to\s+)?(?:(?:about|around|nearly|almost|some)\s+)?$",
    )
});
/// `can rise by no more than 3 percent`: a cap in rules.
static CAP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:can|may|must|shall|will|cannot|could|allows?|allowed|permits?|permitted|covers?|pays?|funds?|refunds?|reimburses?)\b[^,;]{0,60}?\b(?:no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|not\s+exceed(?:ing)?)\s+$",
    )
});

/// `(up 12% on last year)`: a change measured against an earlier period is the writer's
/// arithmetic, even inside a record's sentence.
static UP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:up|down)\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|more\s+than)\s+)?$")
});
static EARLIER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:on|from|over|against|compared\s+(?:with|to))\s+(?:last|the\s+previous|the\s+same|a\s+year|its\s+(?:previous|last))\b",
    )
});

/// `Getting to 50% … seemed an ambitious goal`: a figure to reach that its own sentence
/// calls a goal is the goal.
static TO_REACH_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:getting\s+to|get\s+to|reaching|to\s+reach|hitting|to\s+hit)\s+$"));
static GOAL_AFTER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^[^.;:!?]{0,120}?\b(?:goal|target|aim|ambition|milestone)\b"));

/// What it takes to win, pass or qualify (`1,991 delegates are needed to secure the
/// nomination`, `326 seats are required for a majority`): the rule, not a claim. A need
/// without such a purpose (`4,000 homes are needed`) stays a claim.
static REQUIRED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:[^\s,.;:!?]+\s+){0,3}?(?:are|is|were|was|be|being)\s+(?:(?:still|also|now|currently|typically|usually|normally|legally)\s+)?(?:needed|required|necessary)\s+(?:(?:in\s+order\s+)?to\s+(?:win|secure|clinch|pass|trigger|force|form|qualify|reach|approve|amend|override|overturn|claim|become|be\s+(?:elected|nominated|approved|valid)|enter|join|stand|register|get\s+on)|for\s+(?:a|an|the)?\s*(?:[\w-]+\s+)?(?:majority|quorum|nomination|victory|win|passage|approval|qualification|result|recall|referendum|ballot|motion))\b|^\s+(?:[^\s,.;:!?]+\s+){0,3}?(?:requires?|required|need|needs)\s+(?:(?:the|a|an)\s+)?(?:approval|consent|sign-off|vote|referendum|permission|licen[cs]e|permit|clearance)\b",
    )
});

/// `needs the approval of 75% of shareholders`: the share a decision requires, a rule.
static REQUIRED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:needs?|needed|requires?|required|requiring)\s+(?:the\s+)?(?:approval|support|backing|votes?|consent|signatures?|endorsement)\s+of\s+(?:at\s+least\s+)?$|\b(?:appl(?:y|ies|ied)|kicks?\s+in|kicked\s+in)\s+(?:from|above|below|at)\s+$",
    )
});

/// `a budget gap of`, `a revenue shortfall of`: a forecast against the record, a claim.
static GAP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:gap|shortfall|deficit|overrun|hole|surplus|overspend)\s+(?:of|is|was|at)\s+(?:(?:about|around|nearly|almost|some|more\s+than|over)\s+)?$",
    )
});

/// A ranking by population (`the country's most populous city`): the census, not a claim.
static BY_POPULATION: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:most|least)\s+populous\b|\bby\s+population\b"));

/// `one in four wage workers`: a ratio's noun is whom it counts, not a value of record.
fn counts_people(figure: &str) -> bool {
    figure.contains(" in ") || figure.contains(" out of ")
}

/// An age record in a competition (`the youngest goalscorer in the competition's history`):
/// a player's age and the competition's records are public record.
static AGE_RECORD: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^(?:youngest|oldest)\s+(?:[\w-]+\s+){0,2}?(?:player|goalscorer|scorer|winner|captain|quarterback|champion|starter|debutant|manager|coach|medall?ist|finisher)s?\b",
    )
});

/// A count of seats, delegates or electoral votes (`a total of 1,357 delegates`): the
/// electoral record, as the votes are.
static SEATS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^[\s-]+(?:(?:pledged|unpledged|bound|elected|parliamentary|legislative)\s+)?(?:delegates|superdelegates|seats?|electoral(?:\s+college)?\s+votes|(?:super)?majority)\b|^\s+(?:of\s+the\s+vote\s*)?(?:,|and|with)\s+(?:[0-9]+|[a-z]+)\s+seats\b",
    )
});

/// An aside between commas that parts a noun of record from its linking verb (`The sale
/// price, payable in cash, is`): the value still belongs to the noun before the aside.
static ASIDE_BEFORE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i),\s[^,;]{1,60},\s+(?P<verb>(?:is|was|are|were|will\s+be|remains|remained|stands\s+at|stood\s+at)\s+(?:(?:a|an|the)\s+)?(?:(?:nearly|almost|about|around|roughly|approximately|more\s+than|over|some|just\s+over|just\s+under|at\s+least)\s+)?)$",
    )
});

/// `$180 million over budget`: an overrun measured against the record is a claim.
static OVERRUN_AFTER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^\s+(?:over|under|above|below|short\s+of|beyond)\b"));

/// A share or index move (`Shares in Northgate rose 6.3 percent`): market data.
static MARKET_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:\b(?:shares?|stocks?|futures|bonds?|yields?|the\s+index|the\s+(?:FTSE|Dow|Nasdaq|S&P|Nikkei|DAX|CAC)\b[^,;]{0,20}?)\b[^,;]{0,40}?\b(?:rose|fell|jumped|climbed|dropped|slid|slipped|gained|lost|closed|ended|opened|surged|plunged|tumbled|traded\s+at|trading\s+at|peaked\s+(?:at|above|near)|hit|touched)|\bclos(?:ed|ing)\s+(?:up|down|higher|lower))\s+(?:by\s+)?(?:(?:about|around|nearly|almost|more\s+than|as\s+much\s+as)\s+)?$",
    )
});

/// A court's outcome in a story's opening sentence (`was jailed … after stealing £340,000`):
/// the case is the story, and its sums are the charges the court dealt with.
static COURT_OUTCOME: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:jailed|imprisoned|sentenced|convicted|found\s+guilty|pleaded\s+guilty|acquitted|cleared\s+of)\b")
});

/// The day a dated event happened, as the opening sentence of a news story gives it.
static DATED_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:on\s+(?:[^\s,]+\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))\b",
    )
});

/// A milestone reached, the news a story opens on (`has become the first YouTube video to
/// surpass one billion views`).
static FIRST_TO: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:has\s+become|have\s+become|became|becomes|is\s+now)\s+the\s+first\b[^.;:!?]{0,80}?\bto\s+[a-z]")
});

/// Nouns of record, compiled from the rule's `record_nouns`: the figure that is the value
/// of one (`a population of 7.5 million`, `the fine was $2m`) is a record.
pub struct Records {
    value_before: Option<Regex>,
    /// `a 15 percent floor`, `a $10,000 bonus`: the noun of record right after the figure.
    value_after: Option<Regex>,
}

impl Records {
    pub fn new(nouns: &[String]) -> Result<Records, String> {
        let words: Vec<String> = nouns
            .iter()
            .map(|n| n.split_whitespace().map(regex::escape).collect::<Vec<_>>().join(r"\s+"))
            .filter(|n| !n.is_empty())
            .collect();
        let value_before = (!words.is_empty())
            .then(|| {
                let pattern = format!(
                    r"(?i)\b(?:{})\b(?:\s+(?:[^\s,.;:!?]+\s+){{0,3}}?(?:of|at|to|is|was|are|were|will\s+be|stands\s+at|stood\s+at|stays\s+at|stayed\s+at|that|for|is\s+(?:currently|now)|was\s+(?:then|last)|remains\s+at|remained\s+at|rises\s+to|falls\s+to|set\s+at|reached|reaches|exceeds?|exceeded|to\s+exceed|was\s+to\s+exceed|is\s+to\s+exceed|as)|\s*[:=]|\s*,\s*(?:currently|now|then|at\s+present|at\s+the\s+time|at))\s+(?:(?:a|an|the)\s+)?(?:(?:nearly|almost|about|around|roughly|approximately|up\s+to|more\s+than|over|some|just\s+over|just\s+under|at\s+least|below|under|above)\s+)?$",
                    words.join("|")
                );
                Regex::new(&pattern).map_err(|e| format!("invalid record noun: {e}"))
            })
            .transpose()?;
        let value_after = (!words.is_empty())
            .then(|| {
                Regex::new(&format!(
                    r"(?i)^(?:[\s-]+(?:of\s+(?:its|the|their|a|an)\s+(?:[a-z]+\s+)?(?:goal|target|quota|pledge|aim|objective)\b|(?:[a-z]+[\s-]+)?(?:{0})(?:$|[^\w-]))|,\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:{0})\b)",
                    words.join("|")
                ))
                    .map_err(|e| format!("invalid record noun: {e}"))
            })
            .transpose()?;
        Ok(Records { value_before, value_after })
    }

    /// Whether the words just before a figure make it the value of a noun of record,
    /// directly or past an aside between commas.
    fn value_of_noun(&self, just_before: &str) -> bool {
        let Some(value) = &self.value_before else { return false };
        value.is_match(just_before)
            || ASIDE_BEFORE_VERB.captures(just_before).is_some_and(|c| {
                let whole = c.get(0).expect("match");
                value.is_match(&format!("{} {}", &just_before[..whole.start()], &c["verb"]))
            })
    }

    /// Whether the ranking at `figure` is a record: a comparison with a class is analysis,
    /// unless it ranks by population (the census) or describes the dated opening event.
    pub fn classify_ranking(sentence: &str, figure: Span, opening: bool) -> Option<Record> {
        if BY_POPULATION.is_match(&sentence[figure.range()]) || AGE_RECORD.is_match(&sentence[figure.range()]) {
            return Some(Record::Value);
        }
        (opening && Records::reports_event(sentence)).then_some(Record::Event)
    }

    /// Whether `sentence`, opening a story, reports a dated event or a court's outcome
    /// without hedging: its figures are the event itself.
    pub fn reports_event(sentence: &str) -> bool {
        (DATED_EVENT.is_match(sentence) || COURT_OUTCOME.is_match(sentence) || FIRST_TO.is_match(sentence))
            && !HEDGE.is_match(sentence)
    }

    /// Whether the figure at `figure` (relative to `sentence`) is a record; `opening` says
    /// the sentence opens the story's body (or is the standfirst that repeats it).
    pub fn classify(&self, sentence: &str, figure: Span, opening: bool) -> Option<Record> {
        let (from, to) = clause_bounds(sentence, figure.start);
        // A Markdown escape before a currency sign (`\$6,000`) is no word of the text.
        let clause_before = sentence[from..figure.start].strip_suffix('\\').unwrap_or(&sentence[from..figure.start]);
        let after = &sentence[figure.end..];
        let just_before = near_end(clause_before, NEAR);
        if settled::worked_example(sentence) {
            return Some(Record::Value);
        }
        if hedges_figure(clause_before).is_some()
            || COMPARISON_AFTER.is_match(after)
            || (UP_BEFORE.is_match(just_before) && EARLIER_AFTER.is_match(after))
            || GAP_BEFORE.is_match(just_before)
        {
            return None;
        }
        // `voted against — 51.87% opting to keep`: a dash sets off more of its clause.
        let lead = sentence[..from].trim_end();
        let vote_from = match lead.strip_suffix(['—', '–']) {
            Some(rest) => clause_bounds(sentence, rest.len()).0,
            None => from,
        };
        let clause = &sentence[vote_from..to.max(figure.end)];
        if (ELECTION.is_match(clause) && !INTENDED_VOTE.is_match(clause))
            || SEATS_AFTER.is_match(after)
            || contest::result(clause, just_before)
        {
            return Some(Record::Election);
        }
        // The end-anchored checks see the last words before the figure only.
        if self.value_of_noun(just_before)
            || REQUIRED_AFTER.is_match(after)
            || REQUIRED_BEFORE.is_match(just_before)
            || (self.value_after.as_ref().is_some_and(|r| r.is_match(after))
                && !OVERRUN_AFTER.is_match(after)
                && !counts_people(&sentence[figure.range()]))
            || defines(sentence, from, to.max(figure.end), figure)
            || (HAS_BEFORE.is_match(just_before) && RESIDENTS_AFTER.is_match(after))
            || (PLACE_HOME_TO.is_match(just_before) && PEOPLE_AFTER.is_match(after))
        {
            return Some(Record::Value);
        }
        if DECISION_BEFORE.is_match(just_before)
            || DECISION_AFTER.is_match(after)
            || SET_CHARGE_MOVED.is_match(just_before)
            || CAP_BEFORE.is_match(just_before)
            || settled::settled(clause_before)
        {
            return Some(Record::Decision);
        }
        if UNIT_PRICE_BEFORE.is_match(just_before)
            || UNIT_PRICE_AFTER.is_match(after)
            || MARKET_AFTER.is_match(after)
            || MARKET_BEFORE.is_match(just_before)
        {
            return Some(Record::Price);
        }
        if INTENTION.is_match(clause_before) || (TO_REACH_BEFORE.is_match(just_before) && GOAL_AFTER.is_match(after)) {
            return Some(Record::Target);
        }
        (opening && Records::reports_event(sentence)).then_some(Record::Event)
    }
}

/// This module's patterns that every checked sentence with a figure consults.
pub static PATTERNS: [&LazyLock<Regex>; 3] = [&HEDGE, &ELECTION, &DECISION_BEFORE];

pub mod budget;
mod contest;
mod hedge;
pub use hedge::{hedges_figure, names_no_one, HEDGE};
mod settled;
#[cfg(test)]
mod tests;
