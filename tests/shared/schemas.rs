//! The schemas copied into `tests/data/schemas` are still byte-identical to the shared
//! folder's, so the SARIF and JUnit tests validate against what the desk publishes.

#[test]
fn vendored_schemas_match_the_shared_ones() {
    let Some(root) = super::root() else { return };
    let ours = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/schemas");
    for name in ["sarif-2.1.0.json", "junit.xsd"] {
        let shared = std::fs::read(root.join("schemas").join(name)).expect("shared schema");
        assert!(
            std::fs::read(ours.join(name)).unwrap() == shared,
            "tests/data/schemas/{name} differs from the shared copy"
        );
    }
}
