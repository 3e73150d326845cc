//! Markdown bodies through pulldown-cmark's offset iterator: headings, paragraphs, list
//! items and block quotes become regions whose prose pieces are the text events' source
//! ranges; code, HTML, images and link destinations are recorded as not prose. Images
//! (with their alt text) and code text are also kept apart, for the read-time count.

use super::{Region, RegionKind};
use crate::patterns;
use crate::span::Span;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// An image and the source ranges of its alt text.
#[derive(Debug, Clone)]
pub struct Image {
    pub span: Span,
    pub alt: Vec<Span>,
}

/// What the Markdown body holds besides prose regions.
#[derive(Debug, Default)]
pub struct Extras {
    /// Spans that are not prose: code, HTML, images, link destinations.
    pub non_prose: Vec<Span>,
    pub images: Vec<Image>,
    /// Text of code blocks and inline code.
    pub code: Vec<Span>,
}

struct Leaf {
    kind: RegionKind,
    span: Span,
    pieces: Vec<Span>,
}

/// The `{#id .class}` blocks closing heading lines, which the parser leaves out of the
/// headings' text.
fn heading_attributes<'a>(source: &'a str, regions: &'a [Region]) -> impl Iterator<Item = Span> + 'a {
    regions.iter().filter(|r| r.kind == RegionKind::Heading).filter_map(|r| heading_attribute(source, r))
}

fn heading_attribute(source: &str, heading: &Region) -> Option<Span> {
    let after = heading.pieces.last()?.end;
    let line = &source[after..heading.span.end];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let open = line.find('{')?;
    let close = line.rfind('}')?;
    (open < close).then(|| Span::new(after + open, after + close + 1))
}

pub fn parse(source: &str, start: usize) -> (Vec<Region>, Extras) {
    let text = &source[start..];
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    // `## Heading {#anchor .class}`: the attribute block is markup, not heading text.
    options.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    let shift = |r: std::ops::Range<usize>| Span::new(start + r.start, start + r.end);

    let mut regions = Vec::new();
    let mut non_prose = Vec::new();
    let mut images: Vec<Image> = Vec::new();
    let mut code: Vec<Span> = Vec::new();
    let mut in_code = 0usize;
    // The images open around the current event, innermost last: alt text belongs to it.
    let mut open_images: Vec<usize> = Vec::new();
    let mut leaf: Option<Leaf> = None;
    let mut quote_depth = 0usize;
    let mut item_depth = 0usize;
    let mut skip_depth = 0usize; // inside an image or autolink: text is not prose
                                 // Each open link, and whether it raised `skip_depth` (an autolink): a link inside an
                                 // image must not lower the image's.
    let mut links: Vec<(Span, bool)> = Vec::new();

    // `until`: where the block that ends this leaf starts. A list item's range holds its
    // nested lists; its region ends where the nested list begins, or nested items would
    // make regions overlap (and the text scanned grow with the square of the depth).
    let finish = |leaf: &mut Option<Leaf>, regions: &mut Vec<Region>, until: usize| {
        if let Some(mut l) = leaf.take() {
            l.span.end = l.span.end.min(until.max(l.span.start));
            if !l.pieces.is_empty() {
                // Block ranges end after the line break; a region ends at its last character,
                // or its last piece's end: prose may end in a space Markdown keeps (U+00A0).
                let trimmed = l.span.start + l.span.text(source).trim_end().len();
                let end = l.pieces.iter().map(|p| p.end).fold(trimmed, usize::max);
                regions.push(Region { kind: l.kind, span: Span::new(l.span.start, end), pieces: l.pieces });
            }
        }
    };

    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let span = shift(range);
        match event {
            Event::Start(Tag::Paragraph) => {
                finish(&mut leaf, &mut regions, span.start);
                let kind = if quote_depth > 0 {
                    RegionKind::BlockQuote
                } else if item_depth > 0 {
                    RegionKind::ListItem
                } else {
                    RegionKind::Paragraph
                };
                leaf = Some(Leaf { kind, span, pieces: Vec::new() });
            }
            Event::Start(Tag::Heading { .. }) => {
                finish(&mut leaf, &mut regions, span.start);
                leaf = Some(Leaf { kind: RegionKind::Heading, span, pieces: Vec::new() });
            }
            Event::Start(Tag::Item) => {
                finish(&mut leaf, &mut regions, span.start);
                item_depth += 1;
                leaf = Some(Leaf { kind: RegionKind::ListItem, span, pieces: Vec::new() });
            }
            Event::Start(Tag::List(_)) | Event::Start(Tag::Table(_)) => finish(&mut leaf, &mut regions, span.start),
            Event::Start(Tag::BlockQuote(_)) => {
                finish(&mut leaf, &mut regions, span.start);
                quote_depth += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                finish(&mut leaf, &mut regions, usize::MAX);
                quote_depth -= 1;
            }
            Event::End(TagEnd::Item) => {
                finish(&mut leaf, &mut regions, usize::MAX);
                item_depth -= 1;
            }
            Event::End(TagEnd::Paragraph) | Event::End(TagEnd::Heading(_)) => {
                finish(&mut leaf, &mut regions, usize::MAX)
            }
            Event::Start(Tag::CodeBlock(_)) | Event::Start(Tag::HtmlBlock) | Event::Start(Tag::MetadataBlock(_)) => {
                finish(&mut leaf, &mut regions, span.start);
                non_prose.push(span);
                skip_depth += 1;
                in_code += usize::from(matches!(event, Event::Start(Tag::CodeBlock(_))));
            }
            Event::End(TagEnd::CodeBlock) | Event::End(TagEnd::HtmlBlock) | Event::End(TagEnd::MetadataBlock(_)) => {
                skip_depth -= 1;
                in_code -= usize::from(matches!(event, Event::End(TagEnd::CodeBlock)));
            }
            Event::Start(Tag::Image { .. }) => {
                non_prose.push(span);
                open_images.push(images.len());
                images.push(Image { span, alt: Vec::new() });
                skip_depth += 1;
            }
            Event::End(TagEnd::Image) => {
                skip_depth -= 1;
                open_images.pop();
            }
            Event::Start(Tag::Link { link_type, .. }) => {
                let auto = matches!(link_type, LinkType::Autolink | LinkType::Email);
                if auto {
                    non_prose.push(span);
                    skip_depth += 1;
                }
                links.push((span, auto));
            }
            Event::End(TagEnd::Link) => {
                if let Some((link, auto)) = links.pop() {
                    // Everything in the link after its text is destination and title.
                    let text_end = leaf
                        .as_ref()
                        .and_then(|l| l.pieces.last())
                        .filter(|p| link.contains(**p))
                        .map_or(link.start, |p| p.end);
                    if text_end < link.end {
                        non_prose.push(Span::new(text_end, link.end));
                    }
                    if auto {
                        skip_depth -= 1;
                    }
                }
            }
            Event::Text(_) if skip_depth == 0 => {
                if let Some(l) = leaf.as_mut() {
                    match l.pieces.last_mut() {
                        Some(last) if last.end == span.start => last.end = span.end,
                        _ => l.pieces.push(span),
                    }
                }
            }
            Event::Text(_) if in_code > 0 => code.push(span),
            Event::Text(_) if !open_images.is_empty() => {
                let image = &mut images[*open_images.last().expect("an open image")];
                if image.span.contains(span) {
                    image.alt.push(span);
                }
            }
            Event::Code(_) => {
                non_prose.push(span);
                code.push(span);
            }
            Event::InlineHtml(_) | Event::Html(_) | Event::InlineMath(_) | Event::DisplayMath(_) => {
                non_prose.push(span)
            }
            _ => {}
        }
    }
    finish(&mut leaf, &mut regions, usize::MAX);
    non_prose.extend(heading_attributes(source, &regions));
    // The parser's text of a CRLF line may end between the CR and the LF.
    for s in non_prose.iter_mut().chain(code.iter_mut()) {
        *s = whole_line_breaks(source, *s);
    }
    for region in &mut regions {
        let t = region.span.text(source).trim();
        if region.kind == RegionKind::Paragraph {
            if super::house::is_hashtag_block(t) {
                region.kind = RegionKind::Hashtags;
            } else if patterns::FOOTER_LINE.is_match(t) {
                region.kind = RegionKind::Footer;
            } else if patterns::ATTRIBUTION_LINE.is_match(t) {
                region.kind = RegionKind::Attribution;
            }
        }
    }
    (regions, Extras { non_prose, images, code })
}

/// `span` widened so that neither end falls between a CR and its LF.
fn whole_line_breaks(source: &str, span: Span) -> Span {
    let b = source.as_bytes();
    let inside_crlf = |at: usize| at > 0 && at < b.len() && b[at - 1] == b'\r' && b[at] == b'\n';
    let start = span.start - usize::from(inside_crlf(span.start));
    Span::new(start, span.end + usize::from(inside_crlf(span.end)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<(RegionKind, Vec<&str>)> {
        let (regions, _) = parse(src, 0);
        regions.iter().map(|r| (r.kind, r.pieces.iter().map(|p| p.text(src)).collect())).collect()
    }

    /// Breaks the fuzzers found (issue 10): an image whose alt text holds a link made the
    /// parser skip the rest of the document; a lone U+00A0 made a piece reach outside its
    /// region; an indented code line's span ended between CR and LF.
    #[test]
    fn fuzzer_finds_stay_fixed() {
        let src = "See ![a [b](c)](d.png).\n\nNext paragraph.\n";
        assert_eq!(kinds(src).last().unwrap().1, ["Next paragraph."]);
        let src = "\u{a0}\n";
        let (regions, _) = parse(src, 0);
        assert!(regions.iter().all(|r| r.pieces.iter().all(|p| r.span.contains(*p))), "{regions:?}");
        let src = "# H\r\n\n    indented\r\n\nText\r\n";
        let (_, extras) = parse(src, 0);
        let b = src.as_bytes();
        for s in extras.code.iter().chain(&extras.non_prose) {
            assert!(!(b[s.end - 1] == b'\r' && b.get(s.end) == Some(&b'\n')), "{s:?} splits CRLF");
        }
    }

    /// A list item's region stops where its nested list starts: regions never overlap, so
    /// a list nested 1,000 deep is not read a thousand times (it took 40 s).
    #[test]
    fn nested_list_items_do_not_overlap() {
        let src: String = (0..1000).map(|i| format!("{}* item {i}\n", "  ".repeat(i))).collect();
        let (regions, _) = parse(&src, 0);
        assert_eq!(regions.len(), 1000);
        assert!(regions.windows(2).all(|w| w[0].span.end <= w[1].span.start));
        assert_eq!(regions[0].span.text(&src), "* item 0");
    }

    #[test]
    fn blocks_become_regions() {
        use RegionKind::*;
        let src = "## Heading\n\nSome `code` and [a link](https://x.example/#frag) here.\n\n- item one\n- item two\n\n> quoted line\n\n```\n#notatag\n```\n\n#TagOne #TagTwo\n";
        assert_eq!(
            kinds(src),
            [
                (Heading, vec!["Heading"]),
                (Paragraph, vec!["Some ", " and ", "a link", " here."]),
                (ListItem, vec!["item one"]),
                (ListItem, vec!["item two"]),
                (BlockQuote, vec!["quoted line"]),
                (Hashtags, vec!["#TagOne #TagTwo"]),
            ]
        );
        let (_, extras) = parse(src, 0);
        let np: Vec<_> = extras.non_prose.iter().map(|s| s.text(src)).collect();
        assert!(np.contains(&"`code`"));
        assert!(np.contains(&"](https://x.example/#frag)"));
        assert!(np.iter().any(|t| t.contains("#notatag")));
    }

    #[test]
    fn a_paragraph_opening_with_a_rank_is_prose() {
        assert_eq!(kinds("#1 on the list was the noise.\n")[0].0, RegionKind::Paragraph);
        assert_eq!(kinds("#Ferries #NightLife\n")[0].0, RegionKind::Hashtags);
    }

    #[test]
    fn heading_attributes_are_markup() {
        let src = "## Where it stops {#late-stops .wide}\n\nText.\n";
        assert_eq!(kinds(src)[0], (RegionKind::Heading, vec!["Where it stops"]));
        let (_, extras) = parse(src, 0);
        let np: Vec<_> = extras.non_prose.iter().map(|s| s.text(src)).collect();
        assert_eq!(np, ["{#late-stops .wide}"]);
        // Braces in the heading text itself are text.
        assert_eq!(kinds("## Sets {a, b} compared\n")[0], (RegionKind::Heading, vec!["Sets {a, b} compared"]));
    }

    #[test]
    fn images_and_code_are_kept_apart() {
        let src = "Text ![a chart of rates](https://x.example/c.png) and `let x`.\n\n```\nfn main() {}\n```\n";
        let (_, extras) = parse(src, 0);
        let alt: Vec<_> = extras.images.iter().flat_map(|i| &i.alt).map(|s| s.text(src)).collect();
        assert_eq!(alt, ["a chart of rates"]);
        let code: Vec<_> = extras.code.iter().map(|s| s.text(src)).collect();
        assert_eq!(code, ["`let x`", "fn main() {}\n"]);
    }

    #[test]
    fn offsets_shift_past_front_matter() {
        let src = "---\na: b\n---\nText here.\n";
        let (regions, _) = parse(src, 12);
        assert_eq!(regions[0].span.text(src).trim_end(), "Text here.");
    }
}
