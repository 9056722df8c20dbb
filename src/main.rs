//! The `lexcompat` binary: parse the arguments, run the driver, print, and map
//! the outcome to an exit status (0 clean, 1 problems found, 2 bad input or usage).

use clap::Parser;
use lexcompat::cli::{Cli, Command};
use lexcompat::config;
use lexcompat::driver::{self, Workspace};
use lexcompat::report::{diagnostics, show, Format, Style};
use lexcompat::source::{Origin, SourceFile, Sources};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let style = Style {
        colour: std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        ..Style::PLAIN
    };
    let config = match config::resolve(cli.corpus.as_deref(), Path::new(".")) {
        Ok(config) => config,
        Err(error) => {
            eprint!(
                "{}",
                diagnostics::render(&error.diagnostic, &error.sources, stderr_style())
            );
            return ExitCode::from(2);
        }
    };
    let outcome = match cli.command {
        Command::Lint { paths, format } => {
            driver::load(&config, &paths).map(|workspace| lint(&workspace, format, style))
        }
        Command::Show { citation, format } => driver::load(&config, &[])
            .map(|workspace| show(&workspace, citation.as_deref(), format)),
    };
    match outcome {
        Ok(Outcome { stdout, status }) => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`lexcompat show | head`) is the reader's choice, not an error.
            if let Err(error) = out.write_all(stdout.as_bytes()).and_then(|()| out.flush()) {
                if error.kind() != std::io::ErrorKind::BrokenPipe {
                    eprintln!("error: cannot write the output: {error}");
                    return ExitCode::from(2);
                }
            }
            ExitCode::from(status)
        }
        Err(driver::UsageError(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

struct Outcome {
    stdout: String,
    status: u8,
}

fn stderr_style() -> Style {
    Style {
        colour: std::io::stderr().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        ..Style::PLAIN
    }
}

fn lint(workspace: &Workspace, format: Format, style: Style) -> Outcome {
    let stdout = match format {
        Format::Text => diagnostics::render_all(&workspace.diagnostics, &workspace.sources, style),
        Format::Json => diagnostics::to_json(&workspace.diagnostics, &workspace.sources),
    };
    Outcome {
        stdout,
        status: u8::from(workspace.has_errors()),
    }
}

fn show(workspace: &Workspace, citation: Option<&str>, format: Format) -> Outcome {
    if workspace.has_errors() {
        let errors = workspace
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .count();
        eprintln!("warning: the corpus has {errors} error(s); what could not be read is left out. Run `lexcompat lint` to see them.");
    }
    let model = &workspace.model;
    let Some(citation) = citation else {
        return Outcome {
            stdout: match format {
                Format::Text => show::index_text(model),
                Format::Json => show::model_json(model),
            },
            status: 0,
        };
    };
    let mut typed = Sources::new();
    let file = typed.add(SourceFile::new("citation", Origin::Embedded, citation));
    let found = lexcompat::syntax::parse_citation(file, citation)
        .and_then(|parsed| lexcompat::model::lookup_citation(model, &parsed));
    match found {
        Ok(id) => Outcome {
            stdout: match format {
                Format::Text => show::provision_text(model, id),
                Format::Json => show::provision_json(model, id),
            },
            status: 0,
        },
        Err(diagnostic) => {
            // The citation typed is the "file" the diagnostic points into.
            eprint!(
                "{}",
                diagnostics::render(&diagnostic, &typed, stderr_style())
            );
            Outcome {
                stdout: String::new(),
                status: 2,
            }
        }
    }
}
