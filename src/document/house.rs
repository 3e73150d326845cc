//! The house plain-text format: blocks separated by blank lines. The opening blocks are
//! category, headline, standfirst and byline; then the body (paragraphs and short
//! section headings); then attribution lines, a hashtag line, the footer, and a trailing
//! "More in …" list of related items.

use super::{Byline, Region, RegionKind};
use crate::patterns;
use crate::span::Span;

/// A run of non-blank lines; `lines` are the line contents without their line breaks.
struct Block {
    span: Span,
    lines: Vec<Span>,
}

fn blocks(source: &str, start: usize) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut pos = start;
    let mut open = false;
    for raw in source[start..].split_inclusive('\n') {
        let content = raw.trim_end_matches(['\n', '\r']);
        let line = Span::new(pos, pos + content.len());
        pos += raw.len();
        // Blank lines and comment-only lines (suppression comments) separate blocks.
        let t = content.trim();
        if t.is_empty() || (t.starts_with("<!--") && t.ends_with("-->")) {
            open = false;
            continue;
        }
        match out.last_mut() {
            Some(block) if open => {
                block.span.end = line.end;
                block.lines.push(line);
            }
            _ => out.push(Block { span: line, lines: vec![line] }),
        }
        open = true;
    }
    out
}

/// A short label line: no closing punctuation, a few words.
fn is_label(text: &str, max_words: usize) -> bool {
    let t = text.trim();
    let words = t.split_whitespace().count();
    words > 0 && words <= max_words && !t.ends_with(['.', '!', '?', ':', ';', ',', '"', '”', '’']) && !t.contains('\n')
}

/// A label line's text without the `## ` of a Markdown-style heading some writers type.
fn heading_text(text: &str) -> &str {
    let t = text.trim_start();
    let unmarked = t.trim_start_matches('#');
    if unmarked.len() < t.len() && unmarked.starts_with(' ') {
        unmarked.trim_start()
    } else {
        t
    }
}

/// A hashtag line opens with a tag (a sign and then a word, so not a `## heading` or a
/// `# ` marker) and is not a sentence: a body paragraph that opens with `#1` ends like
/// one.
pub(super) fn is_hashtag_block(text: &str) -> bool {
    let t = text.trim();
    let mut chars = t.chars();
    let opens_with_tag = matches!(chars.next(), Some('#' | '＃'))
        && chars.next().is_some_and(|c| !c.is_whitespace() && !matches!(c, '#' | '＃'));
    opens_with_tag && !t.ends_with(['.', '!', '?', ':', ';', '"', '”'])
}

pub fn parse(source: &str, start: usize) -> (Vec<Region>, Option<Byline>) {
    let blocks = blocks(source, start);
    let text = |b: &Block| b.span.text(source);
    let mut kinds: Vec<Option<RegionKind>> = vec![None; blocks.len()];

    // The byline anchors the head of the piece.
    let mut byline = None;
    let byline_at = blocks.iter().take(6).position(|b| {
        b.lines.len() == 1
            && Byline::parse_line(text(b), b.span.start).is_some_and(|bl| bl.date.is_some() || bl.author.is_some())
    });
    if let Some(i) = byline_at {
        byline = Byline::parse_line(text(&blocks[i]), blocks[i].span.start);
        kinds[i] = Some(RegionKind::Byline);
    }
    let head_end = byline_at.unwrap_or(0);
    let head: Vec<RegionKind> = match head_end {
        0 => vec![],
        1 => vec![RegionKind::Headline],
        2 if is_label(text(&blocks[0]), 3) && is_label(text(&blocks[1]), 30) => {
            vec![RegionKind::Category, RegionKind::Headline]
        }
        2 => vec![RegionKind::Headline, RegionKind::Standfirst],
        n => {
            let mut v = vec![RegionKind::Category, RegionKind::Headline, RegionKind::Standfirst];
            v.resize(n, RegionKind::Standfirst);
            v
        }
    };
    for (i, k) in head.into_iter().enumerate() {
        kinds[i] = Some(k);
    }

    // The tail: related list, then hashtags and footer, read from the end.
    let body_start = byline_at.map_or(0, |i| i + 1);
    let mut tail_end = blocks.len();
    if let Some(i) = (body_start..blocks.len())
        .find(|&i| blocks[i].lines.first().is_some_and(|l| patterns::RELATED_HEADING.is_match(l.text(source).trim())))
    {
        (i..blocks.len()).for_each(|j| kinds[j] = Some(RegionKind::Related));
        tail_end = i;
    }
    let hashtags_at = (body_start..tail_end).rev().find(|&i| is_hashtag_block(text(&blocks[i])));
    let footer_from = match hashtags_at {
        Some(i) => {
            kinds[i] = Some(RegionKind::Hashtags);
            Some(i + 1)
        }
        None => (body_start..tail_end).find(|&i| patterns::FOOTER_LINE.is_match(text(&blocks[i]).trim())),
    };
    if let Some(from) = footer_from {
        (from..tail_end).for_each(|j| kinds[j] = Some(RegionKind::Footer));
    }

    let mut regions = Vec::with_capacity(blocks.len());
    for (block, kind) in blocks.iter().zip(kinds) {
        let t = text(block);
        let kind = kind.unwrap_or_else(|| {
            if patterns::ATTRIBUTION_LINE.is_match(t.trim()) {
                RegionKind::Attribution
            } else if block.lines.len() == 1 && is_label(t, 12) && heading_text(t).starts_with(char::is_uppercase) {
                RegionKind::Heading
            } else {
                RegionKind::Paragraph
            }
        });
        regions.push(Region { kind, span: block.span, pieces: block.lines.clone() });
    }
    (regions, byline)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &str = "Science\n\nA Headline About Comets\n\nA standfirst that explains.\n\nJo Park· May 3, 2026· 2 min read\n\nFirst paragraph of the body.\n\nWhat happens next\n\nSecond paragraph.\r\nStill second.\n\nThese details were first reported by the Gazette.\n\n#Comets #Space\n\nThis is an original analysis by the desk. Source reporting: Gazette.\n\nMore in Science\n\nScience· 2 min read\n";

    #[test]
    fn regions_in_order() {
        let (regions, byline) = parse(DRAFT, 0);
        let got: Vec<_> = regions.iter().map(|r| (r.kind, r.span.text(DRAFT))).collect();
        use RegionKind::*;
        assert_eq!(
            got,
            [
                (Category, "Science"),
                (Headline, "A Headline About Comets"),
                (Standfirst, "A standfirst that explains."),
                (Byline, "Jo Park· May 3, 2026· 2 min read"),
                (Paragraph, "First paragraph of the body."),
                (Heading, "What happens next"),
                (Paragraph, "Second paragraph.\r\nStill second."),
                (Attribution, "These details were first reported by the Gazette."),
                (Hashtags, "#Comets #Space"),
                (Footer, "This is an original analysis by the desk. Source reporting: Gazette."),
                (Related, "More in Science"),
                (Related, "Science· 2 min read"),
            ]
        );
        assert_eq!(
            regions[6].pieces.iter().map(|p| p.text(DRAFT)).collect::<Vec<_>>(),
            ["Second paragraph.", "Still second."]
        );
        assert_eq!(byline.unwrap().date.unwrap().text(DRAFT), "May 3, 2026");
    }

    #[test]
    fn a_ranked_paragraph_or_heading_line_is_body_not_hashtags() {
        let src = "Headline here\n\nBy Jo· May 3, 2026\n\n#1 on the list was the noise.\n\n## What comes next\n\nThe council will act.\n\nThis is an original analysis by the desk.\n";
        let (regions, _) = parse(src, 0);
        let got: Vec<_> = regions.iter().map(|r| (r.kind, r.span.text(src))).collect();
        use RegionKind::*;
        assert_eq!(
            got[2..],
            [
                (Paragraph, "#1 on the list was the noise."),
                (Heading, "## What comes next"),
                (Paragraph, "The council will act."),
                (Footer, "This is an original analysis by the desk."),
            ]
        );
        let (regions, _) = parse("Headline here\n\nBy Jo· May 3, 2026\n\nBody.\n\n#Council #night noise\n", 0);
        assert_eq!(regions.last().map(|r| r.kind), Some(Hashtags));
    }

    #[test]
    fn footer_without_hashtags() {
        let src = "Headline here\n\nBy Jo· May 3, 2026\n\nBody text.\n\nThis is an original analysis by the desk.\n";
        let (regions, _) = parse(src, 0);
        assert_eq!(regions.last().unwrap().kind, RegionKind::Footer);
        assert_eq!(regions[0].kind, RegionKind::Headline);
    }
}
