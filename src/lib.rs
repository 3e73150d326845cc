//! copydesk: an editorial content linter. The library does all the work and never
//! prints; `report` is the only module that writes output.
//!
//! Flow: CLI args → validated settings (`app`) → config → document → rules (`engine`)
//! → reporter (`report`).

pub mod config;
pub mod document;
pub mod engine;
pub mod fix;
pub mod patterns;
pub mod rules;
pub mod span;
pub mod app;
pub mod cli;
pub mod report;
