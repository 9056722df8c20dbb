//! The `lexcompat` binary: parse the arguments, run the driver, print, and map
//! the outcome to an exit status (0 clean, 1 problems found, 2 bad input or usage).

use clap::Parser;
use lexcompat::cli::{CheckFormat, Cli, ColorChoice, Command, FailOn};
use lexcompat::config;
use lexcompat::driver::{self, Workspace};
use lexcompat::report::{diagnostics, printable_line, show, Format, Style};
use lexcompat::source::{Origin, SourceFile, Sources};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

/// The `--color` choice, for the streams that are written to.
static COLOR: std::sync::OnceLock<ColorChoice> = std::sync::OnceLock::new();

fn colour(is_terminal: bool) -> bool {
    COLOR
        .get()
        .copied()
        .unwrap_or(ColorChoice::Auto)
        .colour(is_terminal, |name| {
            std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
        })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let _ = COLOR.set(cli.color);
    let style = Style {
        colour: colour(std::io::stdout().is_terminal()),
        ..Style::PLAIN
    };
    let config = match config::resolve(cli.corpus.as_deref(), &cli.extra, Path::new(".")) {
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
            driver::load(&config, &paths).map(|workspace| {
                let mut outcome = lint(&workspace, format, style);
                if workspace.has_errors()
                    && config.corpus == config::CorpusSource::Embedded
                    && paths.iter().any(|p| p.is_dir())
                {
                    eprintln!("note: the corpus is the one built into lexcompat and the folders given are checked beside it; to check a corpus folder itself, give it with --corpus FOLDER");
                }
                if format == Format::Text {
                    outcome.stdout =
                        name_corpus(outcome.stdout, &driver::corpus_label(&workspace, &config));
                }
                outcome
            })
        }
        Command::Check {
            proposals,
            format,
            verbose,
            as_of,
            fail_on,
            baseline,
            update_baseline,
        } => driver::load(&config, &proposals).and_then(|workspace| {
            let mut outcome = check(
                &workspace,
                format,
                as_of,
                fail_on,
                baseline.as_deref(),
                update_baseline,
                TextOptions {
                    colour: style.colour,
                    verbose,
                },
            )?;
            if matches!(format, CheckFormat::Text | CheckFormat::Github) && !outcome.stdout.is_empty() {
                outcome.stdout =
                    name_corpus(outcome.stdout, &driver::corpus_label(&workspace, &config));
            }
            Ok(outcome)
        }),
        Command::Report {
            proposals,
            output,
            format,
            as_of,
            fail_on,
        } => driver::load(&config, &proposals).and_then(|workspace| {
            report(
                &workspace,
                &config,
                output.as_deref(),
                format,
                as_of,
                fail_on,
            )
        }),
        Command::Graph {
            proposal,
            format,
            as_of,
        } => {
            let paths: Vec<_> = proposal.into_iter().collect();
            driver::load(&config, &paths)
                .map(|workspace| graph(&workspace, !paths.is_empty(), format, as_of))
        }
        Command::Explain { code } => Ok(explain(code.as_deref())),
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(
                shell,
                &mut <Cli as clap::CommandFactory>::command(),
                "lexcompat",
                &mut script,
            );
            Ok(Outcome {
                stdout: String::from_utf8_lossy(&script).into_owned(),
                status: 0,
            })
        }
        Command::Man => {
            let mut page = Vec::new();
            match clap_mangen::Man::new(<Cli as clap::CommandFactory>::command()).render(&mut page) {
                Ok(()) => Ok(Outcome {
                    stdout: String::from_utf8_lossy(&page).into_owned(),
                    status: 0,
                }),
                Err(e) => Err(driver::UsageError(format!("cannot write the manual page: {e}"))),
            }
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
            // Messages name files and quote what they hold: one inert line.
            eprintln!("error: {}", printable_line(&message));
            ExitCode::from(2)
        }
    }
}

/// The summary line, the last, with the corpus used appended.
fn name_corpus(mut stdout: String, label: &str) -> String {
    if stdout.ends_with('\n') {
        stdout.pop();
    }
    stdout.push_str("; ");
    // The corpus folder may come from lexcompat.yaml, text like any other.
    stdout.push_str(&printable_line(label));
    stdout.push('\n');
    stdout
}

/// How `check` prints text: in colour or not, concisely or in full.
#[derive(Clone, Copy)]
struct TextOptions {
    colour: bool,
    verbose: bool,
}

struct Outcome {
    stdout: String,
    status: u8,
}

fn stderr_style() -> Style {
    Style {
        colour: colour(std::io::stderr().is_terminal()),
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

fn check(
    workspace: &Workspace,
    format: CheckFormat,
    as_of: Option<lexcompat::model::Date>,
    fail_on: FailOn,
    baseline: Option<&Path>,
    update_baseline: bool,
    text: TextOptions,
) -> Result<Outcome, driver::UsageError> {
    let TextOptions { colour, verbose } = text;
    use lexcompat::report::{check, github, sarif};
    // Bad input gets its diagnostics and no half report.
    if workspace.has_errors() {
        return Ok(refuse(workspace));
    }
    let run = driver::check(workspace, as_of, baseline, update_baseline)?;
    if let (Some(recorded), Some(path)) = (run.recorded, &run.baseline) {
        eprintln!(
            "lexcompat: recorded {recorded} finding(s) in {}",
            printable_line(&path.display().to_string())
        );
    }
    if let (n @ 1.., Some(path)) = (run.placeholders, &run.baseline) {
        eprintln!(
            "warning: {n} entr{} of {} still {} the placeholder reason written by --update-baseline; replace it with why the finding is accepted",
            if n == 1 { "y" } else { "ies" },
            printable_line(&path.display().to_string()),
            if n == 1 { "has" } else { "have" },
        );
    }
    let (analysis, comparison) = (&run.analysis, &run.comparison);
    let baseline_name = run.baseline.as_ref().map(|p| p.display().to_string());
    let with_baseline = baseline_name.is_some();
    let (model, sources) = (&workspace.model, &workspace.sources);
    let stdout = match format {
        CheckFormat::Text if verbose => {
            check::to_text(analysis, comparison, with_baseline, colour, sources)
        }
        CheckFormat::Text => check::to_brief(analysis, comparison, with_baseline, colour, sources),
        CheckFormat::Json => check::to_json(&check::report(
            analysis,
            comparison,
            baseline_name.as_deref(),
            model,
            sources,
        )),
        CheckFormat::Yaml => check::to_yaml(&check::report(
            analysis,
            comparison,
            baseline_name.as_deref(),
            model,
            sources,
        )),
        CheckFormat::Sarif => sarif::to_sarif(analysis, comparison, model, sources),
        CheckFormat::Github => github::to_github(analysis, comparison, with_baseline, sources),
    };
    let failed = failing(analysis, comparison, fail_on) > 0;
    Ok(Outcome {
        stdout,
        status: u8::from(failed),
    })
}

/// How many new findings are at or above `--fail-on`.
fn failing(
    analysis: &lexcompat::analysis::Analysis,
    comparison: &lexcompat::baseline::Comparison,
    fail_on: FailOn,
) -> usize {
    let threshold = match fail_on {
        FailOn::Error => lexcompat::diagnostic::Severity::Error,
        FailOn::Warning => lexcompat::diagnostic::Severity::Warning,
    };
    // Only new findings fail the run; Severity orders Error before Warning,
    // so "at or above" the threshold is `<=`.
    analysis
        .proposals
        .iter()
        .enumerate()
        .map(|(p, proposal)| {
            proposal
                .findings
                .iter()
                .enumerate()
                .filter(|(f, finding)| comparison.is_new(p, *f) && finding.severity <= threshold)
                .count()
        })
        .sum()
}

/// Bad input: its diagnostics on standard error, status 2, and nothing else.
fn refuse(workspace: &Workspace) -> Outcome {
    let errors: Vec<_> = workspace
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .cloned()
        .collect();
    eprint!(
        "{}",
        diagnostics::render_all(&errors, &workspace.sources, stderr_style())
    );
    Outcome {
        stdout: String::new(),
        status: 2,
    }
}

fn report(
    workspace: &Workspace,
    config: &config::Config,
    output: Option<&Path>,
    format: Option<lexcompat::cli::ReportFormat>,
    as_of: Option<lexcompat::model::Date>,
    fail_on: FailOn,
) -> Result<Outcome, driver::UsageError> {
    use lexcompat::cli::ReportFormat;
    use lexcompat::report::analyst;
    if let Some(path) = output.filter(|p| driver::is_input(p, workspace)) {
        return Err(driver::UsageError(format!(
            "`{}` is one of the files read; lexcompat does not write over its input",
            path.display()
        )));
    }
    // An extension it does not write is refused before anything is judged.
    let by_extension = match output.and_then(|o| o.extension()) {
        None => None,
        Some(e) => match e.to_str().map(str::to_ascii_lowercase).as_deref() {
            Some("md" | "markdown") => Some(ReportFormat::Markdown),
            Some("html" | "htm") => Some(ReportFormat::Html),
            _ => {
                return Err(driver::UsageError(format!(
                    "`report` writes HTML (.html) or Markdown (.md), not `.{}`; for a PDF, print the HTML report from a browser",
                    e.to_string_lossy()
                )))
            }
        },
    };
    if let (Some(wanted), Some(by_name)) = (format, by_extension) {
        if wanted != by_name {
            return Err(driver::UsageError(format!(
                "--format {} does not match the extension of `{}`",
                if wanted == ReportFormat::Html {
                    "html"
                } else {
                    "markdown"
                },
                output.map(|o| o.display().to_string()).unwrap_or_default()
            )));
        }
    }
    if workspace.has_errors() {
        return Ok(refuse(workspace));
    }
    let run = driver::check(workspace, as_of, None, false)?;
    let format = format.or(by_extension).unwrap_or(ReportFormat::Html);
    let failing = failing(&run.analysis, &run.comparison, fail_on);
    if failing > 0 {
        eprintln!(
            "lexcompat: {failing} finding{} at or above --fail-on {}: the proposal has conflicts (see the report's findings)",
            if failing == 1 { "" } else { "s" },
            match fail_on {
                FailOn::Error => "error",
                FailOn::Warning => "warning",
            }
        );
    }
    let status = u8::from(failing > 0);
    let corpus = driver::corpus_info(workspace, config);
    let text = match format {
        ReportFormat::Html => analyst::to_html(&run.analysis, &corpus, &workspace.sources),
        ReportFormat::Markdown => analyst::to_markdown(&run.analysis, &corpus, &workspace.sources),
    };
    match output {
        Some(path) => {
            driver::write_output(path, &text, workspace)?;
            eprintln!(
                "lexcompat: wrote {}; {}",
                printable_line(&path.display().to_string()),
                printable_line(&driver::corpus_label(workspace, config))
            );
            Ok(Outcome {
                stdout: String::new(),
                status,
            })
        }
        None => Ok(Outcome {
            stdout: text,
            status,
        }),
    }
}

fn graph(
    workspace: &Workspace,
    of_proposal: bool,
    format: lexcompat::cli::GraphFormat,
    as_of: Option<lexcompat::model::Date>,
) -> Outcome {
    use lexcompat::cli::GraphFormat;
    use lexcompat::report::diagram;
    if workspace.has_errors() {
        return refuse(workspace);
    }
    let drawing = if of_proposal {
        let proposals = workspace.given_proposals();
        let analysis = lexcompat::driver::judge(&workspace.model, &proposals, as_of);
        let mut merged = lexcompat::graph::diagram::Diagram::default();
        for p in &analysis.proposals {
            merged.merge(&p.diagram);
        }
        merged
    } else {
        let whole = lexcompat::graph::Graph::build(&workspace.model, as_of, &[]);
        lexcompat::graph::diagram::corpus_diagram(&workspace.model, &whole)
    };
    let stdout = match format {
        GraphFormat::Dot => diagram::to_dot(&drawing),
        GraphFormat::Svg => {
            let mut svg = diagram::to_svg(&drawing);
            svg.push('\n');
            svg
        }
        GraphFormat::Mermaid => diagram::to_mermaid(&drawing),
        GraphFormat::Json => diagram::to_json(&drawing),
    };
    Outcome { stdout, status: 0 }
}

fn explain(code: Option<&str>) -> Outcome {
    use lexcompat::report::explain;
    match code {
        None => Outcome {
            stdout: explain::list(),
            status: 0,
        },
        Some(code) => match explain::explain(code) {
            Some(text) => Outcome {
                stdout: text,
                status: 0,
            },
            None => {
                match explain::suggestion(code) {
                    Some(near) => eprintln!(
                        "error: no code `{code}`; did you mean `{near}`? `lexcompat explain` lists them all"
                    ),
                    None => eprintln!("error: no code `{code}`; `lexcompat explain` lists them all"),
                }
                Outcome {
                    stdout: String::new(),
                    status: 2,
                }
            }
        },
    }
}

/// The case number or ECLI of the judgment closest to what was typed, quoted.
fn near_case(model: &lexcompat::model::Model, wanted: &str) -> Option<String> {
    // Each way of naming a judgment, with what `show` takes for it: a name
    // such as ROTTMANN is answered with the case number.
    let mut names: Vec<(String, String)> = Vec::new();
    for i in model.instruments.iter().filter(|i| i.kind.is_case_law()) {
        let Some(case) = i.case.clone().or(i.ecli.clone()) else {
            continue;
        };
        names.push((i.id.to_ascii_lowercase(), format!("`{case}` ({})", i.id)));
        for v in [&i.case, &i.ecli].into_iter().flatten() {
            names.push((v.to_ascii_lowercase(), format!("`{v}`")));
        }
    }
    let wanted = wanted.trim().to_ascii_lowercase();
    let found = lexcompat::diagnostic::suggest(&wanted, names.iter().map(|(n, _)| n.as_str()))
        .or_else(|| {
            names
                .iter()
                .find(|(n, _)| *n == wanted)
                .map(|(n, _)| n.as_str())
        })?;
    names
        .iter()
        .find(|(n, _)| n == found)
        .map(|(_, shown)| shown.clone())
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
    if let Some(case) = model.find_case(citation) {
        let stdout = match format {
            Format::Text => show::case_text(model, &workspace.sources, case),
            Format::Json => {
                let paragraphs: Vec<String> = model.instruments[case.0]
                    .articles
                    .iter()
                    .map(|a| show::provision_json(model, *a).trim_end().to_string())
                    .collect();
                format!("[{}]\n", paragraphs.join(",\n"))
            }
        };
        return Outcome { stdout, status: 0 };
    }
    let mut typed = Sources::new();
    let file = typed.add(SourceFile::new("citation", Origin::Embedded, citation));
    let parsed = lexcompat::syntax::parse_citation(file, citation);
    if parsed.is_err() {
        if let Some(near) = near_case(model, citation) {
            eprintln!("error: no provision or judgment `{citation}`; did you mean {near}?");
            return Outcome {
                stdout: String::new(),
                status: 2,
            };
        }
    }
    let found = parsed.and_then(|parsed| lexcompat::model::lookup_citation(model, &parsed));
    match found {
        Ok(id) => Outcome {
            stdout: match format {
                Format::Text => show::provision_text(model, &workspace.sources, id),
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
