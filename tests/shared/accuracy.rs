//! Accuracy floors on labelled copy, so a change that makes the linter cry wolf (or go
//! quiet) fails CI instead of shipping: the shared newsset and devset, scored with their
//! own scorers, and the project's own labelled sets under `eval/`, scored with the
//! newsset scorer. The floors sit a little under today's scores; raise them as the model
//! improves, and never lower one without saying why.

use std::path::Path;
use std::process::Command;

/// `copydesk check --format json --fail-on never DIR`, as the scorers read it.
fn report(dir: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["check", "--format", "json", "--fail-on", "never"])
        .arg(dir)
        .output()
        .expect("run copydesk");
    assert!(out.status.success(), "copydesk failed on {}", dir.display());
    String::from_utf8(out.stdout).expect("UTF-8 report")
}

/// The scorer's summary for `report`, run with `args`.
fn score(scorer: &Path, args: &[&str], report: &str) -> String {
    let file = tempfile::NamedTempFile::new().expect("temp report");
    std::fs::write(file.path(), report).expect("write report");
    let out = Command::new("python3").arg(scorer).args(args).arg(file.path()).output().expect("run python3");
    assert!(out.status.success(), "{} failed: {}", scorer.display(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 summary")
}

/// (false findings per 20 articles, statistics recall) from a newsset-style summary.
fn numbers(summary: &str) -> (f64, f64) {
    let field = |prefix: &str, after: &str| {
        let line = summary.lines().find(|l| l.starts_with(prefix)).unwrap_or_else(|| panic!("no `{prefix}`"));
        let tail = line.split(after).nth(1).unwrap_or_else(|| panic!("no `{after}` in {line}"));
        tail.split_whitespace().next().unwrap().trim_end_matches(';').parse::<f64>().unwrap()
    };
    (field("all families:", "= "), field("statistics recall:", "= "))
}

#[test]
fn newsset_and_own_labelled_sets_stay_above_their_floors() {
    let Some(shared) = super::root() else { return };
    let scorer = shared.join("newsset/score.py");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    // (labels root, subfolder, most false findings per 20 articles, least recall)
    let floors: &[(&Path, &str, f64, f64)] = &[
        (&shared.join("newsset"), "md", 1.0, 0.85),
        (&shared.join("newsset"), "house", 1.0, 0.85),
        (&repo.join("eval/stats-records"), "md", 6.0, 0.88),
        (&repo.join("eval/stats-reach"), "md", 3.0, 0.82),
        (&repo.join("eval/other-families"), "md", 1.0, 0.0),
        (&repo.join("eval/holdout"), "md", 14.0, 0.90),
        (&repo.join("eval/holdout2"), "md", 7.0, 0.82),
        (&repo.join("eval/holdout3"), "md", 7.0, 0.80),
        (&repo.join("eval/holdout4"), "md", 9.0, 0.76),
        (&repo.join("eval/stats-thresholds"), "md", 3.0, 0.70),
        (&repo.join("eval/wikinews-a"), "md", 3.0, 0.80),
        (&repo.join("eval/wikinews-d"), "md", 2.0, 0.99),
        (&repo.join("eval/stats-carry"), "md", 5.0, 0.82),
        (&repo.join("eval/stats-background"), "md", 3.0, 0.73),
        (&repo.join("eval/wikinews-b"), "md", 7.0, 0.0),
        (&repo.join("eval/wikinews-c"), "md", 7.0, 0.25),
        (&repo.join("eval/holdout5"), "md", 8.0, 0.70),
        (&repo.join("eval/holdout6"), "md", 16.0, 0.66),
        (&repo.join("eval/wikinews-e"), "md", 10.0, 0.40),
        (&repo.join("eval/stats-genre"), "md", 22.0, 0.80),
        (&repo.join("eval/wikinews-f"), "md", 8.0, 0.90),
        (&repo.join("eval/holdout7"), "md", 10.0, 0.71),
        (&repo.join("eval/wikinews-g"), "md", 9.0, 0.70),
        (&repo.join("eval/wikinews-h"), "md", 13.0, 0.60),
        (&repo.join("eval/wikinews-i"), "md", 31.0, 0.60),
        (&repo.join("eval/wikinews-j"), "md", 11.0, 0.60),
        (&repo.join("eval/wikinews-k"), "md", 21.0, 0.45),
        (&repo.join("eval/wikinews-l"), "md", 14.0, 0.45),
    ];
    for &(root, sub, max_false, min_recall) in floors {
        let labels = root.join("labels.json");
        let args = ["--labels", labels.to_str().unwrap(), "--root", root.to_str().unwrap()];
        let summary = score(&scorer, &args, &report(&root.join(sub)));
        let (false_per_20, recall) = numbers(&summary);
        let name = format!("{}/{sub}", root.display());
        assert!(false_per_20 <= max_false, "{name}: {false_per_20} false findings per 20 > {max_false}\n{summary}");
        assert!(recall >= min_recall, "{name}: statistics recall {recall} < {min_recall}\n{summary}");
    }
}

#[test]
fn devset_stays_at_or_above_097_per_family() {
    let Some(shared) = super::root() else { return };
    let (labels, drafts) = (shared.join("devset/labels.json"), shared.join("devset/drafts"));
    let args = ["--labels", labels.to_str().unwrap(), "--drafts", drafts.to_str().unwrap()];
    let summary = score(&shared.join("eval/score.py"), &args, &report(&drafts));
    let family_rows = summary
        .lines()
        .filter(|l| l.split_whitespace().count() == 7 && !l.starts_with("family") && !l.starts_with("overall"));
    for line in family_rows {
        let cols: Vec<&str> = line.split_whitespace().collect();
        let (precision, recall) = (cols[4].parse::<f64>().unwrap(), cols[5].parse::<f64>().unwrap());
        assert!(precision >= 0.97 && recall >= 0.97, "devset {}: {line}\n{summary}", cols[0]);
    }
}

/// The real blog posts of `eval/blogs-a` to `-d` are judged finding by finding:
/// no more findings judged false than today, none judged true lost, and none that nobody
/// has judged.
#[test]
fn judged_blog_posts_gain_no_false_or_unread_findings() {
    if super::root().is_none() {
        return;
    }
    let eval = Path::new(env!("CARGO_MANIFEST_DIR")).join("eval");
    for (set, max_false) in [("blogs-a", 4), ("blogs-b", 10), ("blogs-c", 7), ("blogs-d", 5)] {
        let dir = eval.join(set);
        let summary = score(&eval.join("judged.py"), &[dir.to_str().unwrap()], &report(&dir.join("posts")));
        let line = summary.lines().find(|l| l.starts_with("findings:")).expect("a summary line");
        let count = |label: &str| -> u32 {
            let tail = line.split(label).nth(1).unwrap_or_else(|| panic!("no `{label}` in {line}"));
            tail.split_whitespace().next().unwrap().trim_end_matches(',').parse().unwrap()
        };
        assert!(count("judged false ") <= max_false, "{set}: {summary}");
        assert_eq!(count("true lost "), 0, "{set}: {summary}");
        assert_eq!(count("not yet judged "), 0, "{set}: judge the new findings in judged.tsv:\n{summary}");
    }
}
