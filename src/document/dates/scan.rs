//! Scanning prose for written dates: the shared `DATE` pattern proposes candidates, and
//! this module checks what stands either side (so `CVE-2026-1187`, `24.10.2` and `1/2`
//! are not dates), reads the parts, and attaches a weekday written with the date.

use super::{DateMention, MonthName, Order, Place, Role, Style, WeekdayMention};
use crate::calendar::{month_number, weekday_of};
use crate::document::Document;
use crate::patterns;
use crate::span::Span;
use regex::Captures;

fn num(c: &Captures<'_>, name: &str) -> Option<i32> {
    c.name(name).and_then(|m| m.as_str().parse().ok())
}

/// Scan one prose piece (or front matter value) for dates.
pub(super) fn scan(doc: &Document, piece: Span, place: Place, out: &mut Vec<DateMention>) {
    let text = piece.text(&doc.source);
    for c in patterns::DATE.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let prev = text[..whole.start()].chars().next_back();
        let rest = &text[whole.end()..];
        let mut next = rest.chars();
        let (n1, n2) = (next.next(), next.next());
        let digit_start = whole.as_str().starts_with(|c: char| c.is_ascii_digit());
        // `version 2.1.2026`, `build 12/03/2026`: numbers that name a release.
        // The words just before, not the whole text before: a copy of that per date made a
        // paragraph full of dates quadratic.
        let near = crate::span::floor_char_boundary(text, whole.start().saturating_sub(64));
        let lead = text[near..whole.start()].trim_end().to_ascii_lowercase();
        let last_word = lead.rsplit(char::is_whitespace).next().unwrap_or("");
        let release = digit_start && ["version", "release", "build", "v", "ver."].contains(&last_word);
        if release
            || prev.is_some_and(|p| p.is_alphanumeric() || digit_start && "$£€#/.-–:+".contains(p))
            // `2026-06-29T08:00` is a date with a time.
            || n1.is_some_and(char::is_alphanumeric) && !(c.name("iso").is_some() && n1 == Some('T'))
            || n1.is_some_and(|n| "/.-–:,".contains(n)) && n2.is_some_and(|n| n.is_ascii_digit())
        {
            continue;
        }
        let weekday_after = patterns::WEEKDAY_AFTER.captures(rest);
        let base = piece.start;
        let at = |s: usize, e: usize| Span::new(base + s, base + e);
        let mut found: Vec<DateMention> = Vec::new();
        let mention = |span: Span, style, month, day, year, order, month_name| DateMention {
            span,
            style,
            order,
            month,
            day,
            year,
            context_year: None,
            relative_year: None,
            year_guessed: false,
            month_name,
            weekday: None,
            place: place.clone(),
            role: Role::Text,
            quoted: false,
        };
        let name_form = |m: &regex::Match<'_>, dot: Option<regex::Match<'_>>| {
            let full = m.as_str().len() > 4 || m.as_str() == "May" || m.as_str() == "June" || m.as_str() == "July";
            Some(if full {
                MonthName::Full
            } else if dot.is_some() {
                MonthName::ShortDot
            } else {
                MonthName::Short
            })
        };
        let valid_day = |d: i32| (1..=31).contains(&d);
        if c.name("md").is_some() {
            let m = c.name("md_m").expect("month");
            let month = month_number(m.as_str());
            let year = num(&c, "md_y").map(|y| y as i16);
            let day = num(&c, "md_d").unwrap_or(0);
            let form = name_form(&m, c.name("md_dot"));
            if !valid_day(day) {
                continue;
            }
            if let Some(d0) = c.name("md_d0") {
                let d0v = d0.as_str().parse().unwrap_or(0);
                if !valid_day(d0v) {
                    continue;
                }
                found.push(mention(
                    at(whole.start(), d0.end()),
                    Style::MonthDay,
                    month,
                    Some(d0v as i8),
                    year,
                    None,
                    form,
                ));
                let d = c.name("md_d").expect("day");
                found.push(mention(
                    at(d.start(), whole.end()),
                    Style::MonthDay,
                    month,
                    Some(day as i8),
                    year,
                    None,
                    form,
                ));
            } else {
                found.push(mention(
                    at(whole.start(), whole.end()),
                    Style::MonthDay,
                    month,
                    Some(day as i8),
                    year,
                    None,
                    form,
                ));
            }
        } else if c.name("dm").is_some() {
            let m = c.name("dm_m").expect("month");
            let month = month_number(m.as_str());
            let year = num(&c, "dm_y").map(|y| y as i16);
            let day = num(&c, "dm_d").unwrap_or(0);
            let form = name_form(&m, c.name("dm_dot"));
            if !valid_day(day) {
                continue;
            }
            // After a full month name the stop ends the sentence, not an abbreviation.
            let whole_end = whole.end() - usize::from(form == Some(MonthName::Full) && c.name("dm_dot").is_some());
            if let Some(d0) = c.name("dm_d0") {
                let d0v = d0.as_str().parse().unwrap_or(0);
                if !valid_day(d0v) {
                    continue;
                }
                found.push(mention(
                    at(d0.start(), d0.end()),
                    Style::DayMonth,
                    month,
                    Some(d0v as i8),
                    year,
                    None,
                    form,
                ));
                let d = c.name("dm_d").expect("day");
                found.push(mention(
                    at(d.start(), whole_end),
                    Style::DayMonth,
                    month,
                    Some(day as i8),
                    year,
                    None,
                    form,
                ));
            } else {
                found.push(mention(
                    at(whole.start(), whole_end),
                    Style::DayMonth,
                    month,
                    Some(day as i8),
                    year,
                    None,
                    form,
                ));
            }
        } else if c.name("my").is_some() {
            let m = c.name("my_m").expect("month");
            let form = name_form(&m, c.name("my_dot"));
            let year = num(&c, "my_y").map(|y| y as i16);
            found.push(mention(
                at(whole.start(), whole.end()),
                Style::MonthYear,
                month_number(m.as_str()),
                None,
                year,
                None,
                form,
            ));
        } else if c.name("iso").is_some() {
            let (y, m, d) =
                (num(&c, "iso_y").unwrap_or(0), num(&c, "iso_m").unwrap_or(0), num(&c, "iso_d").unwrap_or(0));
            if !(1..=12).contains(&m) || !valid_day(d) {
                continue;
            }
            found.push(mention(
                at(whole.start(), whole.end()),
                Style::Iso,
                m as i8,
                Some(d as i8),
                Some(y as i16),
                None,
                None,
            ));
        } else if c.name("ymd").is_some() {
            let (y, m, d) =
                (num(&c, "ymd_y").unwrap_or(0), num(&c, "ymd_m").unwrap_or(0), num(&c, "ymd_d").unwrap_or(0));
            if !(1..=12).contains(&m) || !valid_day(d) {
                continue;
            }
            let span = at(whole.start(), whole.end());
            found.push(mention(span, Style::Numeric, m as i8, Some(d as i8), Some(y as i16), Some(Order::Ymd), None));
        } else if c.name("num").is_some() {
            // Slashes, or dashes with a year (`30-11-2026`; without one, `3-1` is a score).
            let b = num(&c, "num_b").or_else(|| num(&c, "num_b2")).unwrap_or(0);
            let (a, y) = (num(&c, "num_a").unwrap_or(0), num(&c, "num_y").or_else(|| num(&c, "num_y2")));
            // Without a year, `4/23` is only a date when a weekday vouches for it.
            if y.is_none() && weekday_after.is_none() || !valid_day(a) || !valid_day(b) || a > 12 && b > 12 {
                continue;
            }
            let (order, month, day) = match (a > 12, b > 12) {
                (true, _) => (Order::Dmy, b, a),
                (_, true) => (Order::Mdy, a, b),
                _ => (Order::Ambiguous, a, b),
            };
            let style = Style::Numeric;
            found.push(mention(
                at(whole.start(), whole.end()),
                style,
                month as i8,
                Some(day as i8),
                y.map(|y| y as i16),
                Some(order),
                None,
            ));
        } else if c.name("dot").is_some() {
            let (d, m, y) =
                (num(&c, "dot_d").unwrap_or(0), num(&c, "dot_m").unwrap_or(0), num(&c, "dot_y").unwrap_or(0));
            if !(1..=12).contains(&m) || !valid_day(d) {
                continue;
            }
            found.push(mention(
                at(whole.start(), whole.end()),
                Style::Dotted,
                m as i8,
                Some(d as i8),
                Some(y as i16),
                None,
                None,
            ));
        }
        attach_weekday(text, base, whole.start(), weekday_after.as_ref(), whole.end(), &mut found);
        out.extend(found);
    }
}

/// Words after which a capitalised `Sun`, `Sat` or `Wed` is a name, not a weekday
/// (`the Sun 28 June edition`, `their Sat 4 May`).
const NAME_BEFORE: &[&str] =
    &["the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "your", "my", "every", "each", "no"];

/// Capitalised words after which a weekday may still open a date (`On Sun 28 Nov`).
const OPENERS: &[&str] =
    &["On", "From", "Until", "Till", "By", "Before", "After", "Since", "Through", "And", "Or", "To"];

/// Whether a three- or four-letter weekday without a dot (`Sun 28 Nov`, `Tue, Nov 30`)
/// is one: `Sun`, `Sat` and `Wed` are words and names too, so it must be capitalised
/// (not `SUN`, not `sat`), and the word before must not make it a name: a determiner
/// (`the Sun`) or another capitalised word inside the sentence (`the Daily Sun`) other
/// than a preposition.
/// The date itself following directly is already required by the pattern.
fn bare_abbreviation(before: &str, wd: &str) -> bool {
    let mut letters = wd.chars();
    if !letters.next().is_some_and(|c| c.is_ascii_uppercase()) || !letters.all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let mut words = before.split_whitespace().rev();
    let Some(previous) = words.next() else { return true };
    // A word ending in punctuation closes what came before (`Deadline: Tue 30 Nov`).
    if previous.ends_with(|c: char| !c.is_alphanumeric()) {
        return true;
    }
    if NAME_BEFORE.contains(&previous.to_lowercase().as_str()) {
        return false;
    }
    // A capital opening the sentence says nothing (`Due Tue, Nov 30`).
    let sentence_start = words.next().is_none_or(|w| w.ends_with(['.', '!', '?', ':']));
    !previous.starts_with(char::is_uppercase) || OPENERS.contains(&previous) || sentence_start
}

/// A weekday written with the date: before it (`Monday, June 29`, `Mon. June 29`,
/// `Monday (June 29)`) or after it in parentheses (`2016-12-29 (Thursday)`).
/// Whether `before` ends with a weekday and a range mark (`Friday–`, `Fri to `).
fn ends_with_weekday_range(before: &str) -> bool {
    let t = before.trim_end();
    let Some(t) = ["–", "—", "-", " to", " through", " thru", " until"].iter().find_map(|mark| t.strip_suffix(mark))
    else {
        return false;
    };
    let word = t.trim_end().trim_end_matches('.').rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    weekday_of(word).is_some()
}

fn attach_weekday(
    text: &str,
    base: usize,
    start: usize,
    after: Option<&Captures<'_>>,
    end: usize,
    found: &mut [DateMention],
) {
    if found.is_empty() || found[0].day.is_none() {
        return;
    }
    if let Some(c) = patterns::WEEKDAY_BEFORE.captures(&text[..start]) {
        let wd = c.name("wd").expect("weekday");
        // `Friday–Sunday, September 18–20`: the second day of a range of weekdays goes with
        // the end of the range of dates, not with its first day; leave the pair unjudged.
        if ends_with_weekday_range(&text[..wd.start()]) {
            return;
        }
        let short = wd.as_str().len() < 6;
        let closes = c.name("paren").is_none() || text[end..].trim_start().starts_with(')');
        let marked = c.name("dot").is_some() || c.name("paren").is_some();
        if closes && (!short || marked || bare_abbreviation(&text[..wd.start()], wd.as_str())) {
            if let Some(weekday) = weekday_of(wd.as_str()) {
                found[0].weekday =
                    Some(WeekdayMention { span: Span::new(base + wd.start(), base + wd.end()), weekday });
                return;
            }
        }
    }
    if let Some(c) = after {
        let wd = c.name("wd").expect("weekday");
        if let (Some(weekday), Some(last)) = (weekday_of(wd.as_str()), found.last_mut()) {
            let s = base + end + wd.start();
            last.weekday = Some(WeekdayMention { span: Span::new(s, s + wd.len()), weekday });
        }
    }
}
