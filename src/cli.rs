//! The command line as typed: clap structures and their help texts, nothing
//! more. Validation beyond the shape of the arguments happens in main.

use crate::report::Format;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Checks political proposals against the EU treaties, quoting the provisions word for word.
#[derive(Debug, Parser)]
#[command(name = "lexcompat", version, about, long_about = None)]
pub struct Cli {
    /// The corpus folder to read [default: `corpus:` in ./lexcompat.yaml, else the corpus built into lexcompat]
    #[arg(long, global = true, value_name = "DIR")]
    pub corpus: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check corpus and proposal files and report every problem found.
    ///
    /// The configured corpus is always read; PATHs (files or folders of .lex
    /// files) are read with it. Exit status: 0 when there are no errors
    /// (warnings allowed), 1 when there is an error, 2 on a usage error.
    Lint {
        /// Files or folders to check together with the corpus
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print a provision with its text, source, statements, predecessors and
    /// successors, or with no CITATION list every instrument and article.
    Show {
        /// A citation such as "TFEU 20" or "EC-1992 8a(2)"
        citation: Option<String>,
        /// Output format; JSON without a citation prints the whole resolved model
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}
