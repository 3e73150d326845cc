//! Runs twitter-text's hashtag conformance cases (converted to `tests/data/twitter-hashtags.json`)
//! against our reimplementation. All cases are checked before failing, so one run shows every
//! divergence at once.

use copydesk::document::twitter;
use serde_json::Value;

fn tags(text: &str) -> Vec<String> {
    twitter::extract(text).into_iter().map(|e| text[e.tag].to_string()).collect()
}

/// The original data counts code points; our API speaks bytes.
fn code_points(text: &str, byte: usize) -> u64 {
    text[..byte].chars().count() as u64
}

fn str_of(v: &Value) -> &str {
    v.as_str().expect("string field")
}

#[test]
fn twitter_text_hashtag_conformance() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/twitter-hashtags.json");
    let data: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let (mut total, mut failures) = (0, Vec::new());
    let mut check = |section: &str, case: &Value, ok: bool, got: String| {
        total += 1;
        if !ok {
            failures.push(format!("[{section}] {} — got {got}", str_of(&case["description"])));
        }
    };

    for case in data["extract"].as_array().unwrap() {
        let got = tags(str_of(&case["text"]));
        let want: Vec<&str> = case["expected"].as_array().unwrap().iter().map(str_of).collect();
        check("extract", case, got == want, format!("{got:?}"));
    }
    for case in data["indices"].as_array().unwrap() {
        let text = str_of(&case["text"]);
        let got: Vec<(String, u64, u64)> = twitter::extract(text)
            .into_iter()
            .map(|e| {
                let (s, t) = (code_points(text, e.hash.start), code_points(text, e.tag.end));
                (text[e.tag].to_string(), s, t)
            })
            .collect();
        let want: Vec<(String, u64, u64)> = case["expected"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let n = |k: &str| e[k].as_u64().unwrap();
                (str_of(&e["tag"]).to_string(), n("start"), n("end"))
            })
            .collect();
        check("indices", case, got == want, format!("{got:?}"));
    }
    for case in data["validate"].as_array().unwrap() {
        let got = twitter::is_valid_hashtag(str_of(&case["text"]));
        check("validate", case, Some(got) == case["expected"].as_bool(), got.to_string());
    }

    let passed = total - failures.len();
    println!("twitter-text hashtag conformance: {passed} of {total} cases pass");
    assert!(failures.is_empty(), "failing cases:\n{}", failures.join("\n"));
}
