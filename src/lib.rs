//! copydesk: an editorial content linter. The library does all the work and never
//! prints; `report` is the only module that writes output.
//!
//! Flow: CLI args → validated settings (`app`) → config → document → rules (`lint`)
//! → reporter (`report`); or, for editors, the language server (`server`).

// Config errors carry their TOML source for miette; they happen once per run at most,
// so their size on the error path does not matter.
#![allow(clippy::result_large_err)]

pub mod app;
pub mod calendar;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod error;
pub mod fix;
pub mod lint;
pub mod patterns;
pub mod report;
pub mod rule_id;
pub mod rules;
pub mod server;
pub mod span;
