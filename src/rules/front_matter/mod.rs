//! The front-matter family: the metadata block itself, before any other rule reads it.

pub mod invalid;
