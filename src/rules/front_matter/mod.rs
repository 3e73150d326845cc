//! The front-matter family: the metadata block itself, before any other rule reads it.

// The rule modules, one per line of the rule table (see build.rs).
include!(concat!(env!("OUT_DIR"), "/rule_modules_front_matter.rs"));

/// What the family compiles ahead: nothing.
pub static PATTERNS: crate::patterns::Warm = &[];
