//! The `copydesk` binary: parse arguments, run, exit with the run's code.

use clap::Parser;
use std::io::Write;

fn main() {
    // A bug must not print a backtrace at a writer: one line, and the run goes on where
    // it can (the app turns a panic while checking a file into one error for that file).
    std::panic::set_hook(Box::new(copydesk::app::panic_hook));
    let cli = copydesk::cli::Cli::parse();
    // Buffered: stdout is line-buffered, and pretty JSON has a line per field. Not
    // locked for the whole run: `copydesk server` writes from its own thread.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout());
    let mut code = copydesk::app::run(cli, &mut out, &mut std::io::stderr());
    if out.flush().is_err() {
        // e.g. a closed pipe or a full disk: the output is incomplete, whatever was found
        code = copydesk::app::EXIT_ERROR;
    }
    std::process::exit(code);
}
