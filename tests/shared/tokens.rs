//! The shared tokenizer on every file in `../shared`: word and sentence boundaries are
//! exactly unicode-segmentation's, for whole files, every line, and every region and
//! prose piece the document model hands to it (where the ASCII fast path runs).

use copydesk::document::tokens::{flat_sentence_bounds, word_bounds};
use copydesk::document::Document;
use std::path::{Path, PathBuf};
use unicode_segmentation::UnicodeSegmentation;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn assert_same(text: &str, origin: &str) {
    let words: Vec<_> = word_bounds(text).collect();
    assert_eq!(words, text.split_word_bound_indices().collect::<Vec<_>>(), "{origin}: words of {text:?}");
    let flat: String = text.chars().map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c }).collect();
    let ours: Vec<(usize, usize)> = flat_sentence_bounds(text).iter().map(|(i, s)| (*i, s.len())).collect();
    let theirs: Vec<(usize, usize)> = flat.split_sentence_bound_indices().map(|(i, s)| (i, s.len())).collect();
    assert_eq!(ours, theirs, "{origin}: sentences of {text:?}");
}

#[test]
fn the_tokenizer_gives_unicode_segmentations_boundaries_on_every_shared_file() {
    let Some(root) = super::root() else { return };
    let mut all = Vec::new();
    files(&root, &mut all);
    let mut checked = 0;
    for file in all {
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        let origin = file.display().to_string();
        assert_same(&text, &origin);
        text.lines().for_each(|line| assert_same(line, &origin));
        let doc = Document::parse(&origin, text.clone());
        for region in &doc.regions {
            assert_same(doc.text(region.span), &origin);
            region.pieces.iter().for_each(|p| assert_same(doc.text(*p), &origin));
        }
        checked += 1;
    }
    assert!(checked > 50, "only {checked} shared files read");
}
