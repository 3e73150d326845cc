//! `hashtags/truncated`: a character inside a tag that platforms treat as its end (a
//! hyphen, `&`, an apostrophe, a full stop…), so `#open-source` publishes as `#open`.

use super::is_hashtag;
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use crate::span::Span;

pub const META: RuleMeta = RuleMeta {
    summary: "A hashtag contains a character that ends it early on social platforms",
    fixable: Fixable::Unsafe,
    doc: RuleDoc {
        what: "Hashtags containing a character that cannot be part of a hashtag, such as `-`, `&`, `'` or `.`, so the linked tag stops there. Validity follows twitter-text's hashtag extraction.",
        why: "`#open-source` is linked as `#open`: readers who click it land on an unrelated topic, and the desk's tag never trends.",
        example_path: "example.txt",
        example: "Headline\n\nBody text.\n\n#cloud-computing #Data\n",
        corrected: "Headline\n\nBody text.\n\n#CloudComputing #Data\n",
        example_options: "",
        options: &[
            ("style", "\"pascal\" (default), \"camel\" or \"lower\": the style the fix writes"),
            ("acronyms", "words kept in capitals by the fix"),
        ],
        false_positives: "In prose, a tag followed by a hyphenated word without a space (`#AI-powered`) is read as one tag; write it with a space if the hyphen is not part of the tag.",
    },
};

pub type Options = super::RestyleOptions;

pub struct Truncated {
    options: Options,
}

pub fn build(table: toml::Table) -> Result<Runner, String> {
    Ok(Runner::Rule(Box::new(Truncated { options: crate::rules::options(table)? })))
}

impl Rule for Truncated {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        for tag in doc.hashtags().iter().filter(|t| is_hashtag(t)) {
            let Some(stop) = doc.source[tag.linked_end..tag.span.end].chars().next() else { continue };
            if stop.is_whitespace() || tag.is_numeric(&doc.source) {
                continue; // reported by hashtags/whitespace and hashtags/numeric
            }
            let text = doc.text(tag.span);
            let linked = &doc.source[tag.span.start..tag.linked_end];
            let d = ctx
                .report(tag.span, format!("hashtag `{text}` would be cut short at `{stop}` and publish as `{linked}`"));
            d.label(Span::new(tag.linked_end, tag.linked_end + stop.len_utf8()), "the tag ends here");
            self.options.offer(d, &doc.source, tag, |new| format!("drop the `{stop}`: `{}`", new));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, fixed, labels, messages};
    use crate::rules::RuleId::HashtagsTruncated as R;

    #[test]
    fn flags_hyphens_apostrophes_and_ampersands() {
        let src = "Head\n\nBody.\n\n#open-source ai#womens-football #R&D #women's #Fine\n";
        assert_eq!(check(R, "", "a.txt", src), ["#open-source ai", "#womens-football", "#R&D", "#women's"]);
        assert_eq!(labels(R, "", "a.txt", src)[0], "-");
        assert_eq!(
            fixed(R, "", "a.txt", src, true),
            "Head\n\nBody.\n\n#OpenSourceAI#WomensFootball #RD #Womens #Fine\n"
        );
    }

    #[test]
    fn heading_attributes_and_url_fragments_are_not_tags() {
        let src = "## Where it stops {#late-stops}\n\nSee the [map](https://x.example/map#north-pier) or https://x.example/t#winter-2026.\n\n## Asked for {#rider-survey .wide}\n\nText.\n";
        assert!(check(R, "", "a.md", src).is_empty(), "{:?}", check(R, "", "a.md", src));
        // A real tag in a heading's text is still a tag.
        let src = "## Follow #late-stops {#stops}\n";
        assert_eq!(check(R, "", "a.md", src), ["#late-stops"]);
        assert_eq!(messages(R, "", "a.md", src).len(), 1);
    }

    #[test]
    fn prose_and_front_matter() {
        let src = "+++\ntags = [\"WomensSport\", \"pro-cycling\"]\n+++\nWe tagged it #AI-Assistants. Then #Done.\n";
        assert_eq!(check(R, "", "a.md", src), ["pro-cycling", "#AI-Assistants"]);
        assert_eq!(
            fixed(R, "", "a.md", src, true),
            src.replace("\"pro-cycling\"", "\"ProCycling\"").replace("#AI-Assistants", "#AIAssistants")
        );
    }

    #[test]
    fn near_misses_are_clean() {
        let src = "---\ntags: [\"e-mail\", \"Arts & Culture\"]\n---\nThe #Mañana tag, #il·lusió and #Game7. A well-known C# fan.\n";
        assert!(check(R, "", "a.md", src).is_empty());
    }
}
