//! `dates/mixed-formats`: full dates written in more than one style in the same part of
//! a piece, or against the desk's house style and abbreviation policy.

use super::{month_name, write};
use crate::document::dates::{DateMention, MonthName, Place, Style};
use crate::document::{Document, RegionKind};
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use serde::Deserialize;

pub const META: RuleMeta = RuleMeta {
    summary: "Dates written in more than one style",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "Within body prose (and separately within the byline, the related-items list and a timeline: the dates that open list items before a colon or a dash, and ISO timestamps with a clock time), full dates written in more than one style: month-day-year, day-month-year, ISO, numeric, dotted. The minority style is reported, with a label on the first date in the majority style; on a tie the style used first wins, but when no style is written more than once (one date each) nothing is reported, because there is no habit to measure the odd one against. Impossible dates (`dates/impossible`) take no part. With `style` set, every prose date in another style is reported (the related list and a timeline still only need to be consistent). `abbreviations` sets the month-name policy. Front matter dates and month-year mentions are not compared.",
        why: "One piece, one date style: a reader who meets `June 29` and then `2026-06-29` wonders whether they are different kinds of date, and a numeric date in a month-name piece is easy to misread.",
        example_path: "example.md",
        example: "The clinic closes on October 30. The other clinic stays open until 2026-12-18, and staff leave on November 20.\n",
        corrected: "The clinic closes on October 30. The other clinic stays open until December 18, 2026, and staff leave on November 20.\n",
        example_options: "",
        options: &[
            ("style", "\"auto\" (default: the majority style), or the house style: \"month-day-year\", \"day-month-year\", \"iso\", \"numeric\", \"dotted\""),
            ("abbreviations", "month names: \"any\" (default), \"full\", \"abbreviated\", or \"ap\" (Jan., Feb., Aug., Sept., Oct., Nov., Dec. abbreviated with a day; March to July spelled out)"),
        ],
        false_positives: "A piece that quotes a document's own date format (a court filing number, a form field) may be reported; suppress the line.",
    },
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HouseStyle {
    #[default]
    Auto,
    MonthDayYear,
    DayMonthYear,
    Iso,
    Numeric,
    Dotted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Abbreviations {
    #[default]
    Any,
    Full,
    Abbreviated,
    Ap,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub style: HouseStyle,
    pub abbreviations: Abbreviations,
}

pub struct MixedFormats {
    house: Option<Style>,
    abbreviations: Abbreviations,
}

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let o: Options = crate::rules::options(table)?;
    let house = match o.style {
        HouseStyle::Auto => None,
        HouseStyle::MonthDayYear => Some(Style::MonthDay),
        HouseStyle::DayMonthYear => Some(Style::DayMonth),
        HouseStyle::Iso => Some(Style::Iso),
        HouseStyle::Numeric => Some(Style::Numeric),
        HouseStyle::Dotted => Some(Style::Dotted),
    };
    Ok(Runner::Rule(Box::new(MixedFormats { house, abbreviations: o.abbreviations })))
}

/// Parts of a piece that keep their own date style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Zone {
    Prose,
    Byline,
    Related,
    /// The dates that label a list's items, a timeline's own style.
    Timeline,
}

fn zone(doc: &Document, m: &DateMention) -> Option<Zone> {
    match m.place {
        Place::FrontMatter { .. } => None,
        Place::Region { kind: RegionKind::Related, .. } => Some(Zone::Related),
        Place::Region { kind: RegionKind::Byline, .. } => Some(Zone::Byline),
        Place::Region { index, kind: RegionKind::ListItem } if labels_item(doc, index, m) => Some(Zone::Timeline),
        Place::Region { .. } if m.style == Style::Iso && stamps_time(&doc.source[m.span.end..]) => Some(Zone::Timeline),
        Place::Region { .. } => Some(Zone::Prose),
    }
}

/// Whether an ISO date goes on with a clock time (`2018-07-12 12:30 UTC`,
/// `2024-06-28T07:09`): a timestamp, written as logs write them.
fn stamps_time(after: &str) -> bool {
    let rest = after.strip_prefix(['T', ' ']).unwrap_or("");
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && rest[digits..].starts_with(':')
}

/// Whether `m` is the label of list item `index`, as a timeline writes its entries
/// (`- 2024-06-21:`, `* **2018-07-12 9:49 UTC**: …`, `- Early morning July 12, 2018 — …`):
/// at most a few words before it, then a colon or a dash closing the label.
fn labels_item(doc: &Document, index: usize, m: &DateMention) -> bool {
    let region = doc.regions[index].span;
    let before = doc.source[region.start..m.span.start].trim_start_matches(|c: char| " \t-*+>_#.)0123456789".contains(c));
    let after = &doc.source[m.span.end..region.end];
    let label_end = after.find([':', '—', '–']).filter(|&at| {
        let between = after[..at].trim_end_matches(['*', '_', ' ']);
        between.len() <= 24 && !between.contains(['.', ',', ';'])
    });
    before.split_whitespace().count() <= 3 && !before.contains(['.', ',', ':']) && label_end.is_some()
}

fn zone_name(z: Zone) -> &'static str {
    match z {
        Zone::Prose => "the body",
        Zone::Byline => "the byline",
        Zone::Related => "the related list",
        Zone::Timeline => "the timeline",
    }
}

/// How `m` would read in `style`, month names written like `like`'s.
fn rewritten(m: &DateMention, style: Style, like: Option<&DateMention>) -> Option<String> {
    let form = like.and_then(|l| l.month_name).or(m.month_name).unwrap_or(MonthName::Full);
    let needs_year = m.year.is_some() || !matches!(style, Style::MonthDay | Style::DayMonth);
    Some(write(m.date()?, style, form, needs_year))
}

impl MixedFormats {
    fn check_zone(&self, doc: &Document, zone: Zone, dates: &[&DateMention], ctx: &mut Context<'_>) {
        let house = self.house.filter(|_| !matches!(zone, Zone::Related | Zone::Timeline));
        let majority = house.or_else(|| {
            // Counted once per style, not once per date (quadratic in a draft of dates).
            let mut counts: Vec<(Style, usize)> = Vec::new();
            for m in dates {
                match counts.iter_mut().find(|(s, _)| *s == m.style) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((m.style, 1)),
                }
            }
            let count = |s: Style| counts.iter().find(|(c, _)| *c == s).map_or(0, |&(_, n)| n);
            // `max_by_key` keeps the last of equals; scanning in reverse keeps the first.
            // With one date per style there is no habit to measure against: which of two
            // dates is the odd one out is a coin toss, so only a set `style` reports it.
            dates.iter().rev().map(|m| m.style).max_by_key(|&s| count(s)).filter(|&s| count(s) > 1)
        });
        let Some(majority) = majority else { return };
        let first = dates.iter().find(|m| m.style == majority).copied();
        for m in dates.iter().filter(|m| m.style != majority) {
            // The draft's own dates make the point; a made-up example only where the
            // house style is set and the draft has no date written that way.
            let like = first.map_or_else(
                || majority.example().to_string(),
                |f| format!("{}, like `{}`", majority.name(), doc.text(f.span)),
            );
            let d = ctx.report(
                m.span,
                format!(
                    "`{}` is written {}; {} writes dates {like}",
                    doc.text(m.span),
                    m.style.name(),
                    zone_name(zone)
                ),
            );
            if let (Some(f), None) = (first, house) {
                d.label(f.span, format!("{} first here", majority.name()));
            }
            if let Some(text) = rewritten(m, majority, first) {
                d.help(format!("write it as `{text}`"));
            }
        }
    }

    fn check_abbreviation(&self, doc: &Document, m: &DateMention, ctx: &mut Context<'_>) {
        let Some(form) = m.month_name else { return };
        let short = form != MonthName::Full;
        let full_is_short = month_name(m.month, MonthName::Full).len() <= 4;
        let want = match self.abbreviations {
            Abbreviations::Any => return,
            Abbreviations::Full => MonthName::Full,
            Abbreviations::Abbreviated if full_is_short => return,
            Abbreviations::Abbreviated => MonthName::ShortDot,
            Abbreviations::Ap if m.day.is_some() && !(3..=7).contains(&m.month) => MonthName::ShortDot,
            Abbreviations::Ap => MonthName::Full,
        };
        if short == (want != MonthName::Full) && !(self.abbreviations == Abbreviations::Ap && short && form != want) {
            return;
        }
        let name = month_name(m.month, want);
        ctx.report(m.span, format!("month written `{}`; the house writes `{name}`", doc.text(m.span)))
            .help(format!("write `{name}`"));
    }
}

impl Rule for MixedFormats {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        // A date that cannot exist is `dates/impossible`'s, and casts no vote here; a date
        // inside a direct quotation is written in the speaker's style, not the desk's.
        // Each date's zone, worked out once: a timeline label reads the text around it.
        let zoned: Vec<(&DateMention, Option<Zone>)> = doc.dates().mentions.iter().map(|m| (m, zone(doc, m))).collect();
        let full = || zoned.iter().filter(|(m, _)| m.day.is_some() && m.is_possible() && !m.quoted);
        for z in [Zone::Prose, Zone::Byline, Zone::Related, Zone::Timeline] {
            let in_zone: Vec<&DateMention> = full().filter(|(_, zone)| *zone == Some(z)).map(|&(m, _)| m).collect();
            self.check_zone(doc, z, &in_zone, ctx);
        }
        for &(m, _) in zoned.iter().filter(|(_, zone)| matches!(zone, Some(Zone::Prose | Zone::Byline))) {
            self.check_abbreviation(doc, m, ctx);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, findings, labels};
    use crate::rules::RuleId::DatesMixedFormats as R;

    #[test]
    fn a_timelines_labels_keep_their_own_style() {
        let src = "On June 28, 2024, we were told of the leak, and on July 2, 2024, we closed it.\n\n\
                   - 2024-06-21: the image was removed.\n\
                   - **2024-06-28 07:09 UTC**: the report came in.\n\
                   - 2024-06-28 07:26 — the token was revoked.\n";
        assert!(check(R, "", "a.md", src).is_empty(), "{:?}", check(R, "", "a.md", src));
        // Inside the timeline the labels are compared with each other, and a date in an
        // item's prose is prose.
        let src = "On June 28, 2024, we were told. On July 2, 2024, we closed it.\n\n\
                   - 2024-06-21: removed.\n- 2024-06-22: checked.\n- June 28, 2024: reported.\n\
                   - The token, revoked on 2024-07-01, was old.\n";
        assert_eq!(check(R, "", "a.md", src), ["June 28, 2024", "2024-07-01"]);
        let stamped = "On July 12, 2018, we were hacked. Tokens from before 2018-07-12 12:30 UTC and 2018-07-12T13:00 were revoked.\n";
        assert!(check(R, "", "a.md", stamped).is_empty(), "timestamps keep their own style");
    }

    #[test]
    fn the_message_quotes_the_drafts_own_dates() {
        let src = "Opened on May 8, 2026, closed on May 9, 2026, reopens 04/05/2026.\n";
        assert_eq!(
            findings(R, "", "a.md", src),
            ["04/05/2026 | `04/05/2026` is written numeric; the body writes dates month-day-year, like `May 8, 2026`"]
        );
    }

    #[test]
    fn reports_the_minority_style() {
        let src = "Opened on June 2, closed on June 20, 2026, reopens 2026-07-01.\n\nA 13/09/2026 notice.\n";
        assert_eq!(check(R, "", "a.md", src), ["2026-07-01", "13/09/2026"]);
        assert_eq!(labels(R, "", "a.md", src), ["June 2", "June 2"]);
        assert_eq!(check(R, "style = \"iso\"", "a.md", src), ["June 2", "June 20, 2026", "13/09/2026"]);
    }

    #[test]
    fn a_date_inside_a_direct_quotation_keeps_the_speakers_style() {
        let src = "It opened on March 30, 2026. \"We open the café on 18 April 2026,\" the chair said. A walk is on April 25, 2026.\n";
        assert!(check(R, "", "a.md", src).is_empty(), "{:?}", check(R, "", "a.md", src));
        let src = "It opened on March 30, 2026. The café opens on 18 April 2026, the chair said. A walk is on April 25, 2026.\n";
        assert_eq!(check(R, "", "a.md", src), ["18 April 2026"]);
    }

    #[test]
    fn metadata_and_related_lists_keep_their_own_style() {
        let src = "News\n\nHeadline Here\n\nDesk· June 29, 2026· 2 min read\n\nThe clinic opened on June 2.\n\n\
                   More in News\n\nNews· 2 min read\n\nOther story\n\nVia Wire · Jun 29, 2026\n";
        assert!(check(R, "", "a.txt", src).is_empty());
        let md = "---\ndate: 2026-06-29\n---\nThe clinic opened on June 2 and closes in December 2026.\n";
        assert!(check(R, "", "a.md", md).is_empty());
    }

    #[test]
    fn impossible_dates_do_not_vote_and_one_each_is_no_habit() {
        let src = "Entries close on the 30th of April. Judging runs on the 31st of April, then May 9.\n\nPrizes go out on May 12.\n";
        assert_eq!(check(R, "", "a.md", src), ["30th of April"]);
        let src = "Entries close on the 31st of April and prizes go out on May 9.\n";
        assert!(check(R, "", "a.md", src).is_empty());
        let src = "Entries close on 2 May; prizes go out on May 9.\n";
        assert!(check(R, "", "a.md", src).is_empty());
        assert_eq!(check(R, "style = \"day-month-year\"", "a.md", src), ["May 9"]);
        let src = "Entries close on 2 May, judging is on 2026-05-04, prizes go out on May 9.\n";
        assert!(check(R, "", "a.md", src).is_empty());
        assert_eq!(check(R, "", "a.md", &format!("{src}Winners meet on 12 May.\n")), ["2026-05-04", "May 9"]);
    }

    #[test]
    fn abbreviation_policies() {
        let src = "From Jan. 5 to June 29 and Sept. 3, then March 2027 and Aug 4.\n";
        assert!(check(R, "", "a.md", src).is_empty());
        assert_eq!(check(R, "abbreviations = \"full\"", "a.md", src), ["Jan. 5", "Sept. 3", "Aug 4"]);
        assert_eq!(check(R, "abbreviations = \"ap\"", "a.md", src), ["Aug 4"]);
        assert_eq!(check(R, "abbreviations = \"abbreviated\"", "a.md", src), ["March 2027"]);
    }
}
