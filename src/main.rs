//! The `copydesk` binary: parse arguments, run, exit with the run's code.

use clap::Parser;
use std::io::Write;

fn main() {
    let cli = copydesk::cli::Cli::parse();
    // Buffered: stdout is line-buffered, and pretty JSON has a line per field.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut code = copydesk::app::run(cli, &mut out, &mut std::io::stderr().lock());
    if out.flush().is_err() && code == 0 {
        code = copydesk::app::EXIT_ERROR; // e.g. a closed pipe or a full disk: the output is incomplete
    }
    std::process::exit(code);
}
