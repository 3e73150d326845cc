//! `copydesk schema`: the JSON Schema (draft 2020-12) of `check --format json`. It is a
//! file beside the writer, not generated from it, so a change to the output that the
//! schema does not describe fails the tests that validate every JSON output against it.

use std::io::{self, Write};

const SCHEMA: &str = include_str!("schema.json");

pub fn write(out: &mut dyn Write) -> io::Result<()> {
    out.write_all(SCHEMA.as_bytes())
}
