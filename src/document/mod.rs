//! The document model: one draft parsed once into front matter, regions (headline,
//! byline, body paragraphs, attribution, hashtags, footer…), and on demand sentences and
//! words. Every piece keeps its byte span into the file as read; rules share this model
//! and never re-parse.

pub mod byline;
pub mod claim;
pub mod count;
pub mod dates;
pub mod frontmatter;
pub mod hashtags;
mod house;
pub mod markdown;
pub mod text;
pub mod tokens;
pub mod twitter;

use crate::span::{LineIndex, Span};
pub use byline::Byline;
pub use frontmatter::{Field, FrontMatter, FrontMatterKind, Scalar, Value};
use std::path::Path;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    /// The house plain-text format: category, headline, standfirst, byline, body,
    /// attribution, hashtags, footer, related items, as blocks separated by blank lines.
    House,
    /// A `.txt` file that follows no template (no byline, no footer): a headline and
    /// paragraphs. Read with the house block rules, but house-only checks do not apply.
    Plain,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::House => "house",
            Format::Plain => "plain",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RegionKind {
    Category,
    Headline,
    Standfirst,
    Byline,
    Paragraph,
    Heading,
    ListItem,
    BlockQuote,
    Attribution,
    Hashtags,
    Footer,
    Related,
}

impl RegionKind {
    pub fn name(self) -> &'static str {
        match self {
            RegionKind::Category => "category",
            RegionKind::Headline => "headline",
            RegionKind::Standfirst => "standfirst",
            RegionKind::Byline => "byline",
            RegionKind::Paragraph => "paragraph",
            RegionKind::Heading => "heading",
            RegionKind::ListItem => "list-item",
            RegionKind::BlockQuote => "block-quote",
            RegionKind::Attribution => "attribution",
            RegionKind::Hashtags => "hashtags",
            RegionKind::Footer => "footer",
            RegionKind::Related => "related",
        }
    }

    /// Body prose: what a reader reads as the story itself.
    pub fn is_body(self) -> bool {
        matches!(self, RegionKind::Paragraph | RegionKind::Heading | RegionKind::ListItem | RegionKind::BlockQuote)
    }
}

/// One block of the draft. `pieces` are the prose parts of `span`: in Markdown, inline
/// code, HTML and link destinations are cut out; in plain text a region is one piece.
#[derive(Debug, Clone)]
pub struct Region {
    pub kind: RegionKind,
    pub span: Span,
    pub pieces: Vec<Span>,
}

/// A sentence or word with its region.
#[derive(Debug, Clone, Copy)]
pub struct Segment {
    pub span: Span,
    pub region: usize,
}

#[derive(Debug)]
pub struct Document {
    pub path: String,
    pub source: String,
    pub format: Format,
    pub front_matter: Option<FrontMatter>,
    pub regions: Vec<Region>,
    pub byline: Option<Byline>,
    /// Why the front matter is not valid YAML/TOML; it was then read leniently.
    pub front_matter_error: Option<frontmatter::SyntaxError>,
    /// Spans that are not prose anywhere in the file: code, HTML, URLs, front matter.
    pub non_prose: Vec<Span>,
    /// Markdown images with their alt text (none in the house format).
    pub images: Vec<markdown::Image>,
    /// Text of Markdown code blocks and inline code.
    pub code: Vec<Span>,
    pub lines: LineIndex,
    sentences: OnceLock<Vec<Segment>>,
    /// Sentences of single regions, cut once for every rule that asks for them.
    region_sentences: OnceLock<Vec<OnceLock<Vec<Segment>>>>,
    words: OnceLock<Vec<Segment>>,
    hashtags: OnceLock<Vec<hashtags::Hashtag>>,
    dates: OnceLock<dates::Dates>,
    count: OnceLock<count::Count>,
    claims: OnceLock<Vec<claim::Claim>>,
    /// For `is_prose`: the furthest end among `non_prose[..=i]` (they are sorted).
    non_prose_reach: OnceLock<Vec<usize>>,
}

impl Document {
    /// Parse `source`, choosing the format from the path's extension, or Markdown when
    /// the text opens with front matter.
    pub fn parse(path: &str, source: String) -> Document {
        let body_start = if source.starts_with('\u{feff}') { 3 } else { 0 };
        let located = frontmatter::locate(&source, body_start);
        let ext = Path::new(path).extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        let format = if matches!(ext.as_str(), "md" | "markdown" | "mdx" | "mkd") || located.is_some() {
            Format::Markdown
        } else {
            Format::House
        };
        let mut front_matter_error = None;
        let front_matter = located.map(|(kind, span, body)| {
            frontmatter::parse(&source, kind, span, body).unwrap_or_else(|e| {
                front_matter_error = Some(e);
                frontmatter::parse_lenient(&source, kind, span, body)
            })
        });
        let content_start = front_matter.as_ref().map_or(body_start, |f| f.span.end);
        let mut non_prose: Vec<Span> = front_matter.iter().map(|f| f.span).collect();
        let mut extras = markdown::Extras::default();
        let (regions, byline) = match format {
            Format::House | Format::Plain => house::parse(&source, content_start),
            Format::Markdown => {
                let regions;
                (regions, extras) = markdown::parse(&source, content_start);
                non_prose.append(&mut extras.non_prose);
                let byline = front_matter.as_ref().and_then(Byline::from_front_matter);
                (regions, byline)
            }
        };
        non_prose.sort();
        // A house draft is known by its structure: a byline or a footer, not its extension.
        let format = if format == Format::House
            && byline.is_none()
            && !regions.iter().any(|r| matches!(r.kind, RegionKind::Footer | RegionKind::Byline))
        {
            Format::Plain
        } else {
            format
        };
        Document {
            path: path.to_string(),
            lines: LineIndex::new(&source),
            source,
            format,
            front_matter,
            regions,
            byline,
            front_matter_error,
            non_prose,
            images: extras.images,
            code: extras.code,
            sentences: OnceLock::new(),
            region_sentences: OnceLock::new(),
            words: OnceLock::new(),
            hashtags: OnceLock::new(),
            dates: OnceLock::new(),
            count: OnceLock::new(),
            claims: OnceLock::new(),
            non_prose_reach: OnceLock::new(),
        }
    }

    /// Whether the draft follows the house template: a house draft, or a Markdown draft
    /// that carries the house footer (`This is an original analysis by … team`), and so
    /// is held to the house rules.
    pub fn follows(&self, format: Format) -> bool {
        self.format == format
            || (format == Format::House
                && self.format == Format::Markdown
                && self.regions.iter().any(|r| r.kind == RegionKind::Footer))
    }

    pub fn text(&self, span: Span) -> &str {
        span.text(&self.source)
    }

    pub fn regions_of(&self, kind: RegionKind) -> impl Iterator<Item = &Region> {
        self.regions.iter().filter(move |r| r.kind == kind)
    }

    /// Prose pieces of every region, with the region's index.
    pub fn pieces(&self) -> impl Iterator<Item = (usize, Span)> + '_ {
        self.regions.iter().enumerate().flat_map(|(i, r)| r.pieces.iter().map(move |&p| (i, p)))
    }

    /// Whether `span` overlaps no non-prose span: a binary search, since a pass over every
    /// non-prose span per hit made a draft full of code and links quadratic.
    pub fn is_prose(&self, span: Span) -> bool {
        let reach = self.non_prose_reach.get_or_init(|| {
            self.non_prose
                .iter()
                .scan(0, |far, n| {
                    *far = n.end.max(*far);
                    Some(*far)
                })
                .collect()
        });
        // Only spans starting before `span` ends can overlap it; one of them does when the
        // furthest of their ends lies past its start.
        let before = self.non_prose.partition_point(|n| n.start < span.end);
        before == 0 || reach[before - 1] <= span.start
    }

    pub fn region_at(&self, offset: usize) -> Option<&Region> {
        self.regions.iter().find(|r| r.span.start <= offset && offset < r.span.end)
    }

    /// Sentences of every region's prose, computed on first use.
    pub fn sentences(&self) -> &[Segment] {
        // Through the per-region cache, so regions a rule already cut are not cut again.
        self.sentences.get_or_init(|| (0..self.regions.len()).flat_map(|i| self.region_sentences(i)).collect())
    }

    /// Hashtags in hashtag lines, prose and front matter, found on first use.
    pub fn hashtags(&self) -> &[hashtags::Hashtag] {
        self.hashtags.get_or_init(|| hashtags::find(self))
    }

    /// Dates in prose and front matter, and the publication date, found on first use.
    pub fn dates(&self) -> &dates::Dates {
        self.dates.get_or_init(|| dates::find(self))
    }

    /// The read-time count (words a reader reads, per region), computed on first use.
    pub fn count(&self) -> &count::Count {
        self.count.get_or_init(|| count::count(self))
    }

    /// Read-time claims in the byline and front matter, found on first use.
    pub fn claims(&self) -> &[claim::Claim] {
        self.claims.get_or_init(|| claim::find(self))
    }

    /// The sentences of one region, without segmenting the rest of the document: rules
    /// that only look at a few regions ask for those.
    pub fn region_sentences(&self, index: usize) -> Vec<Segment> {
        match self.sentences.get() {
            Some(all) => {
                let from = all.partition_point(|s| s.region < index);
                all[from..].iter().take_while(|s| s.region == index).copied().collect()
            }
            None => {
                let cache =
                    self.region_sentences.get_or_init(|| self.regions.iter().map(|_| OnceLock::new()).collect());
                cache[index].get_or_init(|| text::region_sentences(self, index)).clone()
            }
        }
    }

    /// Words of every region's prose, computed on first use.
    pub fn words(&self) -> &[Segment] {
        self.words.get_or_init(|| text::words(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_chosen_by_extension_or_front_matter() {
        let d = Document::parse("a.txt", "---\ntitle: x\n---\nHello.\n".into());
        assert_eq!(d.format, Format::Markdown);
        let d = Document::parse("a.txt", "Policy\n\nBy Jo· May 3, 2026\n\nHello there\n".into());
        assert_eq!(d.format, Format::House);
        let d =
            Document::parse("a.txt", "Policy\n\nHello there.\n\nThis is an original analysis by the desk.\n".into());
        assert_eq!(d.format, Format::House);
        let d = Document::parse("a.md", "Hello.\n".into());
        assert_eq!(d.format, Format::Markdown);
    }

    #[test]
    fn text_with_no_byline_or_footer_is_plain_prose() {
        let d = Document::parse("a.txt", "A Headline\n\nFirst paragraph.\n\nSecond paragraph.\n".into());
        assert_eq!(d.format, Format::Plain);
        let kinds: Vec<_> = d.regions.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, [RegionKind::Heading, RegionKind::Paragraph, RegionKind::Paragraph]);
        assert!(!d.follows(Format::House));
    }

    #[test]
    fn markdown_with_the_house_footer_follows_the_house_template() {
        let d = Document::parse(
            "a.md",
            "Body.\n\nThis is an original analysis by the Harbour Desk editorial team.\n".into(),
        );
        assert_eq!(d.format, Format::Markdown);
        assert_eq!(d.regions.last().map(|r| r.kind), Some(RegionKind::Footer));
        assert!(d.follows(Format::House) && d.follows(Format::Markdown));
        let d = Document::parse("a.md", "Body.\n\nThe desk published an original analysis by its data team.\n".into());
        assert!(!d.follows(Format::House));
    }

    #[test]
    fn bom_before_front_matter_is_accepted() {
        let d = Document::parse("a.md", "\u{feff}---\ntitle: x\n---\nHello.\n".into());
        assert_eq!(d.front_matter.unwrap().get("title").unwrap().value.as_scalar().unwrap().text, "x");
    }

    #[test]
    fn invalid_front_matter_is_recorded_and_read_leniently() {
        let d = Document::parse("a.md", "---\nkey: [oops\ntitle: Fine\n---\nBody.\n".into());
        assert!(d.front_matter_error.unwrap().message.contains("YAML"));
        assert_eq!(d.front_matter.unwrap().get("title").unwrap().value.as_scalar().unwrap().text, "Fine");
        assert_eq!(d.regions.len(), 1);
    }
}
