//! Which parts of a long source line a snippet keeps, in display columns: one piece
//! around the marks when they fit together, else two (the primary mark's, and the
//! rest's, such as a label on the first date in the house style far along the same
//! paragraph) with `…` between, each cut at a space where one is near.

use unicode_width::UnicodeWidthChar;

/// How far a cut may move to land on a space rather than inside a word.
const SNAP: usize = 10;
/// Text kept before a mark when the line is split, so the mark reads in its sentence.
const LEAD: usize = 16;

/// One span on a line: its byte range (relative to the line), the width its label's
/// text needs, and whether it is the finding's own span.
#[derive(Debug, Clone, Copy)]
pub(super) struct Mark {
    pub a: usize,
    pub b: usize,
    pub note: usize,
    pub primary: bool,
}

/// Byte ranges of the line to keep, in order; `…` goes at every cut.
pub(super) type Kept = Vec<(usize, usize)>;

/// Columns a character takes in the snippet (miette draws a tab as four spaces).
fn columns(c: char) -> usize {
    if c == '\t' {
        4
    } else {
        c.width().unwrap_or(0)
    }
}

pub(super) fn width_of(s: &str) -> usize {
    s.chars().map(columns).sum()
}

/// The byte offset where `column` (display columns from the line's start) is reached.
fn byte_at(text: &str, column: usize) -> usize {
    let mut w = 0;
    for (i, c) in text.char_indices() {
        if w >= column {
            return i;
        }
        w += columns(c);
    }
    text.len()
}

/// Extent of some marks in columns: first column, and the last column their label text
/// may reach (miette hangs a label's text after the widest mark, not at the label).
fn extent(text: &str, marks: &[&Mark]) -> (usize, usize, usize) {
    let a = marks.iter().map(|m| m.a).min().unwrap_or(0);
    let b = marks.iter().map(|m| m.b).max().unwrap_or(0);
    let note = marks.iter().map(|m| m.note).max().unwrap_or(0);
    let (ca, cb) = (width_of(&text[..a]), width_of(&text[..b]));
    (ca, cb, cb + 1 + note)
}

/// The kept parts of a marked line no wider than `avail` columns.
pub(super) fn marked(text: &str, marks: &[Mark], avail: usize) -> Kept {
    let total = width_of(text);
    let all: Vec<&Mark> = marks.iter().collect();
    let (ca, cb, need) = extent(text, &all);
    // A short line is cut too when a label's text would run past the edge.
    if total <= avail && need <= avail {
        return vec![(0, text.len())];
    }
    if need - ca > avail - 2 {
        if let Some(split) = split(text, marks, avail) {
            return split;
        }
    }
    vec![one(text, ca, cb, need, avail)]
}

/// One window: the marks, room for the label text after them, and as much of the
/// sentence before them as fits.
fn one(text: &str, ca: usize, cb: usize, need: usize, avail: usize) -> (usize, usize) {
    let total = width_of(text);
    let budget = avail - 2;
    let mut start = if need - ca >= budget { ca } else { ca - ca.min((budget - (need - ca)) / 2) };
    if start + avail > total {
        // The window reaches the line's end: one ellipsis, and the room it frees.
        start = total.saturating_sub(avail - 1).max(need.saturating_sub(avail - 1)).min(ca);
    }
    let end = if start == 0 {
        avail - 1
    } else if start + avail > total {
        total
    } else {
        start + budget
    };
    let (a, b) = (byte_at(text, ca), byte_at(text, cb));
    snapped(text, byte_at(text, start), byte_at(text, end.min(total)), a, b)
}

/// Two pieces: the primary mark's and the others', when each fits with a little lead.
fn split(text: &str, marks: &[Mark], avail: usize) -> Option<Kept> {
    let (near, far): (Vec<&Mark>, Vec<&Mark>) = marks.iter().partition(|m| m.primary);
    if near.is_empty() || far.is_empty() {
        return None;
    }
    let (pa, pb, pneed) = extent(text, &near);
    let (fa, fb, fneed) = extent(text, &far);
    if fa <= pb {
        return None;
    }
    // Columns: `…` lead primary tail ` … ` lead far `…` (the far label's text last).
    let used = 5 + (pb - pa) + (fneed - fa);
    let lead = LEAD.min(avail.checked_sub(used)? / 3);
    let tail = (avail - used - 2 * lead).min(fa.saturating_sub(lead + pb + 1));
    if 1 + lead + (pneed - pa) > avail {
        return None;
    }
    let first = (byte_at(text, pa.saturating_sub(lead)), byte_at(text, pb + tail));
    let second = (byte_at(text, fa.saturating_sub(lead).max(pb + 1)), byte_at(text, fb));
    let mut first = snapped(text, first.0, first.1, byte_at(text, pa), byte_at(text, pb));
    // The ` … ` between the pieces brings its own spaces.
    first.1 = first.0 + text[first.0..first.1].trim_end().len();
    let second = snapped(text, second.0, second.1, byte_at(text, fa), second.1);
    Some(vec![first, second])
}

/// Cuts moved onto spaces where one is near, never into the marks `[a, b)`.
fn snapped(text: &str, mut s: usize, mut e: usize, a: usize, b: usize) -> (usize, usize) {
    if s > 0 {
        s = snap_forward(text, s, a);
    }
    if e < text.len() {
        e = snap_back(text, e, b.max(s));
    }
    (s, e)
}

/// A context line cut to the columns of the marked line.
pub(super) fn context(text: &str, column: usize, avail: usize) -> Kept {
    let total = width_of(text);
    if total <= avail {
        return vec![(0, text.len())];
    }
    let start = column.min(total.saturating_sub(avail - 1));
    let end = if start == 0 { avail - 1 } else { start + avail - 2 }.min(total);
    vec![(byte_at(text, start), byte_at(text, end))]
}

/// Move a cut start to just after a space within reach, never past `limit`.
fn snap_forward(text: &str, at: usize, limit: usize) -> usize {
    let reach = &text[at..limit.max(at)];
    match reach.char_indices().take(SNAP).find(|(_, c)| *c == ' ') {
        Some((i, _)) if at + i < limit => at + i + 1,
        _ => at,
    }
}

/// Move a cut end back to a space within reach, never before `limit`.
fn snap_back(text: &str, at: usize, limit: usize) -> usize {
    let reach = &text[limit.min(at)..at];
    match reach.char_indices().rev().take(SNAP).find(|(_, c)| *c == ' ') {
        Some((i, _)) => limit.min(at) + i,
        None => at,
    }
}
