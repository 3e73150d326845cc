//! The front-matter family: the metadata block itself, before any other rule reads it.

pub mod invalid;

/// What the family compiles ahead: nothing.
pub static PATTERNS: crate::patterns::Warm = &[];
