//! The command line as typed: clap structures and their help texts, nothing
//! more. Validation beyond the shape of the arguments happens in main.

use crate::model::Date;
use crate::report::Format;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Checks political proposals against the EU treaties, quoting the provisions word for word.
#[derive(Debug, Parser)]
#[command(name = "lexcompat", version, about, long_about = None)]
pub struct Cli {
    /// The corpus folder to read [default: `corpus:` in the nearest lexcompat.yaml, from the current folder upwards to the repository's root, else the corpus built into lexcompat]
    #[arg(long, global = true, value_name = "DIR")]
    pub corpus: Option<PathBuf>,

    /// A folder read with the corpus, as part of it, such as a team's own statements beside the shared corpus; may be given more than once
    #[arg(long, global = true, value_name = "DIR")]
    pub extra: Vec<PathBuf>,

    /// When to colour the output: auto colours a terminal, unless NO_COLOR is set (CLICOLOR_FORCE colours even a pipe)
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Print the time each stage takes (read, parse, resolve, graph, analyse, render) to stderr; also LEXCOMPAT_TIMINGS=1
    #[arg(long, global = true)]
    pub timings: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve editors over stdin and stdout with the Language Server Protocol:
    /// lint's diagnostics as one types, hover, definition, references,
    /// completion and outline (see docs/editors.md).
    ///
    /// Each document's corpus is found as for lint, from the document's
    /// folder upwards, unless --corpus is given.
    Lsp,
    /// Check corpus and proposal files and report every problem found.
    ///
    /// The configured corpus is always read; PATHs (files or folders of .lex
    /// files) are read with it, never as the corpus: to check a corpus
    /// folder itself, give it with --corpus (`lexcompat lint --corpus
    /// corpus/`). Exit status: 0 when there are no errors (warnings
    /// allowed), 1 when there is an error, 2 on a usage error.
    Lint {
        /// Files or folders to check together with the corpus
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Check proposals against the corpus: for every grant, its verdict, its
    /// lawful routes and the reasoning with quotes, and the conflicts found.
    ///
    /// Exit status: 0 when no finding is at or above --fail-on, 1 when one
    /// is, 2 when the input has errors (nothing is reported then).
    Check {
        /// Proposal files, or folders of them
        #[arg(value_name = "PROPOSAL", required = true)]
        proposals: Vec<PathBuf>,
        /// Output format
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// In text, the full reasoning of every grant, with every route and the provisions quoted
        #[arg(short, long)]
        verbose: bool,
        /// Judge every proposal at this date instead of its own (YYYY-MM-DD)
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        as_of: Option<Date>,
        /// The lowest severity of finding that makes the run fail
        #[arg(long, value_enum, default_value_t = FailOn::Error)]
        fail_on: FailOn,
        /// Findings recorded in this file (.yaml or .json) are accepted: only new ones fail the run
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
        /// Record every current finding in the --baseline file, keeping the reasons it already has
        #[arg(long, requires = "baseline")]
        update_baseline: bool,
    },
    /// Write the analyst's report on a proposal: a summary, every grant with its
    /// reasoning, quotes and routes, the findings, and the corpus used.
    ///
    /// Exit status: 0 when no finding is at or above --fail-on, 1 when one is
    /// (the report is written all the same), 2 on bad input or usage.
    Report {
        /// Proposal files, or folders of them
        #[arg(value_name = "PROPOSAL", required = true)]
        proposals: Vec<PathBuf>,
        /// Write the report to FILE, .html or .md (written whole or not at all), instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Report format [default: from the extension of FILE, else html]
        #[arg(long, value_enum)]
        format: Option<ReportFormat>,
        /// Judge the proposal at this date instead of its own (YYYY-MM-DD)
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        as_of: Option<Date>,
        /// The lowest severity of finding that makes the run fail
        #[arg(long, value_enum, default_value_t = FailOn::Error)]
        fail_on: FailOn,
    },
    /// Lay .lex files out in the one canonical layout, in place.
    ///
    /// Comments, strings and text blocks are kept byte for byte; only files
    /// whose layout changes are written, whole or not at all, keeping their
    /// permissions. A file with syntax errors is left as it is and its errors
    /// are reported. `lexcompat fmt -` formats standard input to standard
    /// output. Exit status: 0 when every file is formatted (with --check:
    /// already was), 1 with --check when a file would change, 2 on a syntax
    /// error or a file that cannot be read or written.
    Fmt {
        /// Files, or folders of .lex files; `-` alone for standard input
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
        /// Write nothing: name the files that would change, and exit 1 if one would
        #[arg(long)]
        check: bool,
        /// With --check, also show how each file would change, as a unified diff
        #[arg(long, requires = "check")]
        diff: bool,
    },
    /// Export the dependency graph: of the whole corpus, or of what a proposal touches.
    Graph {
        /// A proposal file; without one, the whole corpus (at --as-of, or every provision)
        #[arg(value_name = "PROPOSAL")]
        proposal: Option<PathBuf>,
        /// Output format
        #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
        /// The date the graph is drawn at (YYYY-MM-DD)
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        as_of: Option<Date>,
    },
    /// Print the documentation of a code, such as LC102 or LX101; with no code, list them all.
    Explain {
        /// A rule code (LC...), a rule name, or a diagnostic code (LX...)
        code: Option<String>,
    },
    /// Print a shell completion script: `lexcompat completions bash > /etc/bash_completion.d/lexcompat`.
    Completions {
        /// The shell to complete in
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page, in roff: `lexcompat man > lexcompat.1; man ./lexcompat.1`.
    Man,
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

/// When to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour a terminal, unless NO_COLOR is set; CLICOLOR_FORCE colours a pipe too
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour a stream, from the choice, the environment
    /// (NO_COLOR, CLICOLOR_FORCE; see no-color.org and bixense.com/clicolors)
    /// and whether the stream is a terminal.
    pub fn colour(self, is_terminal: bool, env: impl Fn(&str) -> Option<String>) -> bool {
        let set = |name: &str| env(name).is_some_and(|v| !v.is_empty());
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto if set("NO_COLOR") => false,
            ColorChoice::Auto
                if set("CLICOLOR_FORCE") && env("CLICOLOR_FORCE").as_deref() != Some("0") =>
            {
                true
            }
            ColorChoice::Auto => is_terminal,
        }
    }
}

/// The formats `check` can print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// For people: one line per grant with its verdict and route, then the findings; with --verbose, the reasoning with quotes.
    Text,
    /// For programs: the contract of docs/check.schema.json.
    Json,
    /// The same document as JSON, in YAML.
    Yaml,
    /// SARIF 2.1.0, for code scanning; new findings only.
    Sarif,
    /// GitHub Actions workflow commands, one annotation per new finding.
    Github,
}

/// The lowest severity of finding that makes `check` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
}

/// Reads `YYYY-MM-DD` into a date that exists.
pub fn parse_date(text: &str) -> Result<Date, String> {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return Err("write the date as YYYY-MM-DD, such as 2020-02-01".to_string());
    };
    let number = |s: &str, len: usize| {
        (s.len() == len && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse::<u16>().ok())
            .flatten()
    };
    match (number(year, 4), number(month, 2), number(day, 2)) {
        (Some(y), Some(m), Some(d))
            if (1..=12).contains(&m) && d >= 1 && u32::from(d) <= days_in_month(y, m) =>
        {
            Ok(Date {
                year: y,
                month: m as u8,
                day: d as u8,
            })
        }
        _ => Err(format!(
            "`{text}` is not a date: write YYYY-MM-DD, such as 2020-02-01"
        )),
    }
}

fn days_in_month(year: u16, month: u16) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// The formats of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// One self-contained page with the graph drawn.
    Html,
    Markdown,
}

/// The formats of `graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormat {
    /// Graphviz's DOT language.
    Dot,
    /// An SVG drawing, laid out by lexcompat itself (at most 1,200 boxes and arrows).
    Svg,
    /// A Mermaid flowchart.
    Mermaid,
    /// Nodes and edges as JSON.
    Json,
}
