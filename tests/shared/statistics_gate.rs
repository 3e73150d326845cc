//! The statistics gate on real drafts: `find` never finds a figure in a sentence or
//! region of the shared drafts where `may_hold_figure` says none can be.

use copydesk::document::Document;
use copydesk::rules::statistics::find::{find, may_hold_figure};

fn assert_gate_holds(text: &str, origin: &str) {
    if !find(text).is_empty() {
        assert!(may_hold_figure(text), "{origin}: `find` sees a figure the gate would skip: {text:?}");
    }
}

#[test]
fn the_gate_never_skips_a_figure_in_real_drafts() {
    let Some(root) = super::root() else { return };
    let mut checked = 0;
    for dir in ["devset/drafts", "realset", "samples"] {
        let path = root.join(dir);
        let entries = std::fs::read_dir(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for entry in entries {
            let file = entry.unwrap().path();
            let Ok(text) = std::fs::read_to_string(&file) else { continue };
            let doc = Document::parse(&file.display().to_string(), text);
            for s in doc.sentences() {
                assert_gate_holds(doc.text(s.span), &file.display().to_string());
                checked += 1;
            }
            for r in &doc.regions {
                assert_gate_holds(doc.text(r.span), &file.display().to_string());
            }
        }
    }
    assert!(checked > 1000, "only {checked} sentences read");
}
