//! The `copydesk` binary: parse arguments, run, exit with the run's code.

use clap::Parser;

fn main() {
    let cli = copydesk::cli::Cli::parse();
    let code = copydesk::app::run(cli, &mut std::io::stdout().lock(), &mut std::io::stderr().lock());
    std::process::exit(code);
}
