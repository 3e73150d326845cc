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
