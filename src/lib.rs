//! copydesk: an editorial content linter. The library does all the work and never
//! prints; `report` is the only module that writes output.

pub mod document;
pub mod patterns;
pub mod span;
