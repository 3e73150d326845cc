//! The one table of rule ids. A built-in rule's `family/name` string is written here;
//! its defaults file is `rules/<family>/<name>.toml` and its module is named alike.
//! `build.rs` reads this table: a missing defaults file, an `id` line that differs from
//! the file's path, or a module named unlike its id fails the build. Ids sit below
//! every other layer because diagnostics carry them.

/// Calls `$callback!` with every built-in rule as `Variant => "family/name", family::module;`
/// (the module path is relative to `rules`). `build.rs` reads these lines too.
macro_rules! with_rule_table {
    ($callback:ident) => {
        $callback! {
            HashtagsWhitespace => "hashtags/whitespace", hashtags::whitespace;
            HashtagsRunTogether => "hashtags/run-together", hashtags::run_together;
            HashtagsTruncated => "hashtags/truncated", hashtags::truncated;
            HashtagsNumeric => "hashtags/numeric", hashtags::numeric;
            HashtagsDuplicate => "hashtags/duplicate", hashtags::duplicate;
            HashtagsTooMany => "hashtags/too-many", hashtags::too_many;
            HashtagsStyle => "hashtags/style", hashtags::style;
            AttributionPlaceholder => "attribution/placeholder", attribution::placeholder;
            AttributionSourceMismatch => "attribution/source-mismatch", attribution::source_mismatch;
            AttributionUnattributedQuote => "attribution/unattributed-quote", attribution::unattributed_quote;
            DatesImpossible => "dates/impossible", dates::impossible;
            DatesWeekdayMismatch => "dates/weekday-mismatch", dates::weekday_mismatch;
            DatesPublicationMismatch => "dates/publication-mismatch", dates::publication_mismatch;
            DatesFutureEvent => "dates/future-event", dates::future_event;
            DatesMixedFormats => "dates/mixed-formats", dates::mixed_formats;
            DatesAmbiguousNumeric => "dates/ambiguous-numeric", dates::ambiguous_numeric;
            DatesUpdatedBeforePublished => "dates/updated-before-published", dates::updated_before_published;
            DatesUnreadable => "dates/unreadable", dates::unreadable;
            ReadTimeMismatch => "read-time/mismatch", read_time::mismatch;
            ReadTimeMalformed => "read-time/malformed", read_time::malformed;
            ReadTimeConflict => "read-time/conflict", read_time::conflict;
            ReadTimeMissing => "read-time/missing", read_time::missing;
            FrontMatterInvalid => "front-matter/invalid", front_matter::invalid;
            StatisticsUnsourced => "statistics/unsourced", statistics::unsourced;
            StatisticsVagueSource => "statistics/vague-source", statistics::vague_source;
            SuppressionUnused => "suppression/unused", suppression::unused;
        }
    };
}
pub(crate) use with_rule_table;

macro_rules! define_ids {
    ($($variant:ident => $id:literal, $family:ident::$module:ident;)*) => {
        /// Every rule copydesk knows. Built-in rules are variants; rules from TOML rule
        /// packs carry their interned id.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleId { $($variant,)* Pack(&'static str) }

        impl RuleId {
            /// The built-in (Rust) rules.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $(RuleId::$variant => $id,)* RuleId::Pack(id) => id }
            }
        }
    };
}

with_rule_table!(define_ids);

impl RuleId {
    /// The built-in rule with this id.
    pub fn from_id(s: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|r| r.as_str() == s)
    }

    /// The id of a pack rule, interned so it can be copied like a built-in id.
    pub fn pack(id: &str) -> RuleId {
        static IDS: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
        let mut ids = IDS.lock().unwrap_or_else(|e| e.into_inner());
        match ids.iter().find(|s| **s == id) {
            Some(s) => RuleId::Pack(s),
            None => {
                let leaked: &'static str = Box::leak(id.to_string().into_boxed_str());
                ids.push(leaked);
                RuleId::Pack(leaked)
            }
        }
    }

    pub fn family(self) -> &'static str {
        self.as_str().split('/').next().unwrap_or_default()
    }

    pub fn name(self) -> &'static str {
        self.as_str().split_once('/').map_or("", |(_, n)| n)
    }

    /// Whether `selector` (a rule id, a family, or `all`) covers this rule.
    pub fn matches(self, selector: &str) -> bool {
        selector == "all" || selector == self.as_str() || selector == self.family()
    }
}

/// The candidate closest to what was typed, when it is close enough to be what was
/// meant (a slip of a letter or two, or the start of exactly one candidate): the "did
/// you mean" wherever a user types a rule id, a family or a key.
pub fn closest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    let typed_len = typed.chars().count();
    let limit = (typed_len / 3).max(1);
    // The distance is at least the difference in length: skip those too far off to count
    // (a long garbled selector would otherwise cost a full table per candidate).
    let best = candidates
        .iter()
        .filter(|c| c.chars().count().abs_diff(typed_len) <= limit)
        .map(|c| (distance(typed, c), *c))
        .filter(|&(d, _)| d <= limit)
        .min();
    let prefixed: Vec<&&str> = candidates.iter().filter(|c| typed.len() >= 3 && c.starts_with(typed)).collect();
    // A slip of one letter wins; otherwise the one candidate that starts as typed.
    match (best, &prefixed[..]) {
        (Some((d, c)), _) if d <= 1 => Some(c),
        (_, [one]) => Some(**one),
        (best, _) => best.map(|(_, c)| c),
    }
}

/// Edit distance over Unicode scalar values, a swap of two neighbours counting as one
/// edit (`rulse` is one slip from `rules`).
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0; b.len() + 1]; a.len() + 1];
    (0..=a.len()).for_each(|i| d[i][0] = i);
    (0..=b.len()).for_each(|j| d[0][j] = j);
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn a_slip_or_a_unique_start_is_suggested_and_nothing_far_off() {
        let ids = ["hashtags/duplicate", "hashtags/style", "hashtags", "dates"];
        assert_eq!(closest("hashtags/duplicat", ids), Some("hashtags/duplicate"));
        assert_eq!(closest("hashtag", ids), Some("hashtags"));
        assert_eq!(closest("hashtags/dup", ids), Some("hashtags/duplicate"));
        assert_eq!(closest("dtaes", ids), Some("dates"));
        assert_eq!(closest("statistics", ids), None);
        assert_eq!(closest("rulse", ["rules", "include"]), Some("rules"));
    }
}
