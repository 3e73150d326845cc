//! No draft, however mangled, makes copydesk panic: every rule runs over cut-short,
//! spliced and shuffled versions of the shared drafts. (`scripts/fuzz-drafts.py` does the
//! same at scale against the release binary.)

use copydesk::config::Config;
use copydesk::lint::Linter;

/// Fragments that have broken parsers before: multi-byte characters right before a hash
/// sign or a URL scheme, abbreviated weekdays that end a sentence before their date.
const FRAGMENTS: [&str; 22] = [
    " Sun. ",
    "#",
    "—",
    "“",
    "\u{a0}#Tag",
    "·http://x.example/#a",
    " on Sat. May 9",
    "\r\n",
    " 3 min read ",
    "Feb. 30, 2026",
    "](",
    "🚀",
    "---\n",
    "+++\n",
    " 1,200 ",
    " 1O min read ",
    "<!-- copydesk-disable -->",
    "\u{a0}",
    "·",
    "＃",
    "#Tag＃",
    "#1#",
];

/// A small deterministic generator, so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below.max(1)
    }
}

fn boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[test]
fn mangled_drafts_never_panic() {
    let mut config = Config::builtin().unwrap();
    config.select(&["all".into()], &[]);
    let linter = Linter::new(&config).unwrap();
    let Some(root) = super::root() else { return };
    let mut rng = Lcg(2026);
    let mut runs = 0;
    for dir in ["devset/drafts", "samples"] {
        let entries = std::fs::read_dir(root.join(dir)).unwrap_or_else(|e| panic!("{}/{dir}: {e}", root.display()));
        for entry in entries {
            let path = entry.unwrap().path();
            let name = path.display().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            let mut variants: Vec<String> =
                (1..12).map(|k| text[..boundary(&text, text.len() * k / 12)].to_string()).collect();
            for _ in 0..6 {
                let mut t = text.clone();
                for _ in 0..12 {
                    let at = boundary(&t, rng.next(t.len() + 1));
                    t.insert_str(at, FRAGMENTS[rng.next(FRAGMENTS.len())]);
                }
                variants.push(t);
            }
            let mut lines: Vec<&str> = text.lines().collect();
            for i in (1..lines.len()).rev() {
                lines.swap(i, rng.next(i + 1));
            }
            variants.push(lines.join("\n"));
            for v in variants {
                let (doc, _) = linter.lint(&name, v);
                let _ = doc.count();
                runs += 1;
            }
        }
    }
    assert!(runs > 500, "{runs}");
}
