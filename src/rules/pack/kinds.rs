//! What each declarative kind checks, over the units of its scope.

use super::matcher::{render, Matcher};
use super::{Kind, PackRule};
use crate::diagnostic::{Applicability, Edit};
use crate::document::{Document, RegionKind};
use crate::rules::Context;
use crate::span::Span;

impl PackRule {
    pub(super) fn run(&self, doc: &Document, ctx: &mut Context<'_>) {
        let units = self.scope.units(doc);
        match &self.kind {
            Kind::Existence { matcher } => {
                for unit in &units {
                    for (span, caps) in super::scope::find(doc, &matcher.regex, unit) {
                        let d = ctx.report(span, render(&self.message, &matcher.regex, &caps));
                        if let Some(h) = &self.help {
                            d.help(render(h, &matcher.regex, &caps));
                        }
                    }
                }
            }
            Kind::Substitution { pairs, applicability } => {
                for unit in &units {
                    for (matcher, replacement) in pairs {
                        self.substitute(doc, ctx, unit, (matcher, replacement), *applicability);
                    }
                }
            }
            Kind::Required { matcher, alternatives } => {
                let satisfied = units.iter().any(|u| !super::scope::find(doc, &matcher.regex, u).is_empty())
                    || alternatives.iter().any(|key| front_matter_has(doc, key));
                if !satisfied {
                    if let Some(anchor) = anchor(doc) {
                        let d = ctx.report(anchor, self.message.clone());
                        if let Some(h) = &self.help {
                            d.help(h.clone());
                        }
                    }
                }
            }
            Kind::Occurrence { matcher, min, max } => {
                for unit in &units {
                    self.occurrence(doc, ctx, unit, matcher, (*min, *max));
                }
            }
            Kind::Consistency { groups } => {
                for unit in &units {
                    for group in groups {
                        self.consistency(doc, ctx, unit, group);
                    }
                }
            }
            Kind::Conditional { trigger, then } => {
                for unit in &units {
                    self.conditional(doc, ctx, unit, trigger, then);
                }
            }
        }
    }

    /// Each match of `matcher` replaced with `replacement` (its case kept), as a fix.
    fn substitute(
        &self,
        doc: &Document,
        ctx: &mut Context<'_>,
        unit: &[Span],
        (matcher, replacement): (&Matcher, &String),
        applicability: Applicability,
    ) {
        for (span, caps) in super::scope::find(doc, &matcher.regex, unit) {
            let mut with = String::new();
            caps.expand(replacement, &mut with);
            let with = keep_case(doc.text(span), &with);
            let message = render(&self.message, &matcher.regex, &caps).replace("{replacement}", &with);
            let d = ctx.report(span, message);
            d.help(
                self.help.as_deref().map_or_else(|| format!("write `{with}`"), |h| h.replace("{replacement}", &with)),
            );
            d.fix(applicability, format!("replace with `{with}`"), vec![Edit { span, replacement: with }]);
        }
    }

    /// Too many matches in a unit (reported from the first one over the limit), or too few
    /// (reported on the whole unit).
    fn occurrence(
        &self,
        doc: &Document,
        ctx: &mut Context<'_>,
        unit: &[Span],
        matcher: &Matcher,
        (min, max): (Option<usize>, Option<usize>),
    ) {
        let hits = super::scope::find(doc, &matcher.regex, unit);
        let n = hits.len();
        let message = |what: &str| self.message.replace("{count}", &n.to_string()).replace("{limit}", what);
        let (span, limit) = if let Some(max) = max.filter(|&m| n > m) {
            (Span::new(hits[max].0.start, hits[n - 1].0.end), max)
        } else if let Some(min) = min.filter(|&m| n < m) {
            let Some(span) = unit.first().map(|f| Span::new(f.start, unit.last().map_or(f.end, |l| l.end))) else {
                return;
            };
            (span, min)
        } else {
            return;
        };
        let d = ctx.report(span, message(&limit.to_string()));
        if let Some(h) = &self.help {
            d.help(h.clone());
        }
    }

    /// The first use of `trigger` in a unit, unless `then` came before it.
    fn conditional(&self, doc: &Document, ctx: &mut Context<'_>, unit: &[Span], trigger: &Matcher, then: &Matcher) {
        let Some((first, caps)) = super::scope::find(doc, &trigger.regex, unit).into_iter().next() else {
            return;
        };
        let introduced = super::scope::find(doc, &then.regex, unit).iter().any(|(s, _)| s.start < first.start);
        if !introduced {
            let d = ctx.report(first, render(&self.message, &trigger.regex, &caps));
            if let Some(h) = &self.help {
                d.help(render(h, &trigger.regex, &caps));
            }
        }
    }

    /// Either spelling may be used, not both: report the minority, pointing at the
    /// first use of the majority (ties: the spelling used first wins).
    fn consistency(&self, doc: &Document, ctx: &mut Context<'_>, unit: &[Span], group: &[Matcher]) {
        let hits: Vec<Vec<Span>> = group
            .iter()
            .map(|m| super::scope::find(doc, &m.regex, unit).into_iter().map(|(s, _)| s).collect())
            .collect();
        let used: Vec<usize> = (0..group.len()).filter(|&i| !hits[i].is_empty()).collect();
        if used.len() < 2 {
            return;
        }
        let major =
            *used.iter().max_by_key(|&&i| (hits[i].len(), std::cmp::Reverse(hits[i][0].start))).expect("two used");
        let first_major = hits[major][0];
        for &i in used.iter().filter(|&&i| i != major) {
            for &span in &hits[i] {
                let message = self
                    .message
                    .replace("{match}", doc.text(span))
                    .replace("{preferred}", doc.text(first_major))
                    .replace("{count}", &hits[major].len().to_string());
                let d = ctx.report(span, message);
                d.label(first_major, "the spelling used most here");
                if let Some(h) = &self.help {
                    d.help(h.replace("{preferred}", doc.text(first_major)));
                }
            }
        }
    }
}

/// Where a missing line is reported: the footer, or else the end of the body.
fn anchor(doc: &Document) -> Option<Span> {
    let footer = doc.regions.iter().find(|r| r.kind == RegionKind::Footer);
    footer.or_else(|| doc.regions.iter().rev().find(|r| r.kind.is_body())).or(doc.regions.last()).map(|r| r.span)
}

/// An alternative field stands in when present; whether its value is usable is for
/// other rules to say (an empty `sources: []` is one finding, not two).
fn front_matter_has(doc: &Document, key: &str) -> bool {
    doc.front_matter.as_ref().is_some_and(|f| f.get(key).is_some())
}

/// A replacement keeps a capital first letter or all capitals of what it replaces.
fn keep_case(found: &str, replacement: &str) -> String {
    let mut chars = replacement.chars();
    let letters = found.chars().filter(|c| c.is_alphabetic()).count();
    if letters > 1 && found.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
        return replacement.to_uppercase();
    }
    match (found.chars().next(), chars.next()) {
        (Some(f), Some(r)) if f.is_uppercase() && r.is_lowercase() => r.to_uppercase().chain(chars).collect(),
        _ => replacement.to_string(),
    }
}

pub(super) fn applicability(name: &str) -> Option<Applicability> {
    match name {
        "safe" => Some(Applicability::Safe),
        "unsafe" => Some(Applicability::Unsafe),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn keep_case() {
        assert_eq!(super::keep_case("Utilise", "use"), "Use");
        assert_eq!(super::keep_case("utilise", "use"), "use");
        assert_eq!(super::keep_case("UTILISE", "use"), "USE");
    }
}
