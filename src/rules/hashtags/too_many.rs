//! `hashtags/too-many`: more tags on one line or in one list than the house allows.

use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use crate::span::Span;
use serde::Deserialize;

pub const META: RuleMeta = RuleMeta {
    summary: "More hashtags than the house maximum",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "A hashtag line or front matter tag list with more tags than `max`. The span covers the tags beyond the limit.",
        why: "A wall of tags reads as spam and dilutes the ones that matter; platforms also rank heavily tagged posts lower.",
        example_path: "example.txt",
        example: "Headline\n\nBody text.\n\n#A1 #B2 #C3 #D4 #E5 #F6 #G7 #H8 #I9\n",
        corrected: "Headline\n\nBody text.\n\n#A1 #B2 #C3 #D4 #E5 #F6 #G7 #H8\n",
        example_options: "",
        options: &[("max", "the most tags allowed on one line or in one list (default 8)")],
        false_positives: "None known; hashtags mentioned in prose are not counted.",
    },
};

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub max: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { max: 8 }
    }
}

pub struct TooMany {
    max: usize,
}

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let o: Options = crate::rules::options(table)?;
    Ok(Runner::Rule(Box::new(TooMany { max: o.max })))
}

impl Rule for TooMany {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        let tags = doc.hashtags();
        let mut i = 0;
        while i < tags.len() {
            let Some(group) = tags[i].group else {
                i += 1;
                continue;
            };
            let n = tags[i..].iter().take_while(|t| t.group == Some(group)).count();
            if n > self.max {
                let span = Span::new(tags[i + self.max].span.start, tags[i + n - 1].span.end);
                // A front matter list is named by its key; a hashtag line by its first tag.
                let key = doc.front_matter.as_ref().and_then(|fm| {
                    fm.fields.iter().find(|f| f.value.span().contains(tags[i].span)).map(|f| f.key_span)
                });
                ctx.report(span, format!("{n} tags here; the house maximum is {}", self.max))
                    .label(key.unwrap_or(tags[i].span), "the list starts here")
                    .help(format!("keep the {} tags that matter most", self.max));
            }
            i += n;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, labels};
    use crate::rules::RuleId::HashtagsTooMany as R;

    #[test]
    fn flags_the_excess() {
        let src = "Head\n\nBody.\n\n#A #B #C #D\n";
        assert_eq!(check(R, "max = 2", "a.txt", src), ["#C #D"]);
        let src = "---\ntags: [a, b, c, d, e, f, g, h, i, j]\n---\nText.\n";
        assert_eq!(check(R, "", "a.md", src), ["i, j"]);
    }

    #[test]
    fn a_block_list_is_labelled_at_its_key() {
        let items: String = (1..=9).map(|n| format!("  - \"#Tag{n}\"\n")).collect();
        let src = format!("---\nhashtags:\n{items}---\nText.\n");
        assert_eq!(check(R, "", "a.md", &src), ["#Tag9"]);
        assert_eq!(labels(R, "", "a.md", &src), ["hashtags"]);
    }

    #[test]
    fn at_the_limit_is_clean() {
        assert!(check(R, "", "a.txt", "Head\n\nBody.\n\n#A #B #C #D #E #F #G #H\n").is_empty());
        assert!(check(R, "max = 1", "a.md", "We like #A and #B and #C.\n").is_empty());
    }
}
