//! The `lexcompat` binary: parse the arguments, run the driver, print, and map
//! the outcome to an exit status (0 clean, 1 problems found, 2 bad input or usage).

use clap::Parser;
use lexcompat::analysis::Drawings;
use lexcompat::cli::{CheckFormat, Cli, ColorChoice, Command, FailOn};
use lexcompat::config;
use lexcompat::driver::{self, Workspace};
use lexcompat::report::{diagnostics, printable_line, show, Format, Style};
use lexcompat::source::{Origin, SourceFile, Sources};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// jemalloc, not glibc's malloc, on Linux: glibc grows the heap of each
/// thread but the first a page at a time, with a system call for each page,
/// and the trees parsed on every core are most of a run's memory
/// (docs/performance.md).
#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

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
    if let Command::Lsp = cli.command {
        // Each document finds its own lexcompat.yaml; the current folder's is not read.
        return ExitCode::from(lexcompat::lsp::run(cli.corpus, cli.extra));
    }
    let _ = COLOR.set(cli.color);
    let timed = cli.timings || std::env::var_os("LEXCOMPAT_TIMINGS").is_some_and(|v| v == "1");
    if timed {
        lexcompat::timings::enable();
    }
    let started = std::time::Instant::now();
    let is_terminal = std::io::stdout().is_terminal();
    let style = Style {
        colour: colour(is_terminal),
        width: lexcompat::report::text_width(
            is_terminal,
            terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)),
            std::env::var("COLUMNS").ok().as_deref(),
        ),
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
                leave_to_exit(workspace);
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
                    style,
                    verbose,
                    corpus: &driver::corpus_label(&workspace, &config),
                },
            )?;
            if matches!(format, CheckFormat::Text | CheckFormat::Github) && !outcome.stdout.is_empty() {
                outcome.stdout =
                    name_corpus(outcome.stdout, &driver::corpus_label(&workspace, &config));
            }
            leave_to_exit(workspace);
            Ok(outcome)
        }),
        Command::Report {
            proposals,
            output,
            format,
            as_of,
            fail_on,
        } => driver::load(&config, &proposals).and_then(|workspace| {
            let outcome = report(
                &workspace,
                &config,
                output.as_deref(),
                format,
                as_of,
                fail_on,
            );
            leave_to_exit(workspace);
            outcome
        }),
        Command::Graph {
            proposal,
            format,
            as_of,
        } => {
            let paths: Vec<_> = proposal.into_iter().collect();
            driver::load(&config, &paths).map(|workspace| {
                let outcome = graph(&workspace, !paths.is_empty(), format, as_of);
                leave_to_exit(workspace);
                outcome
            })
        }
        Command::Fmt { paths, check, diff } => fmt(&paths, check, diff),
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
        // Served before the current folder's configuration is read.
        Command::Lsp => Ok(Outcome {
            stdout: String::new(),
            status: 0,
        }),
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
        Command::Show { citation, format } => driver::load(&config, &[]).map(|workspace| {
            let outcome = show(&workspace, citation.as_deref(), format);
            leave_to_exit(workspace);
            outcome
        }),
    };
    if timed {
        print_timings(started.elapsed());
    }
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

/// The time of each stage, on stderr so that it never mixes with a report.
fn print_timings(total: std::time::Duration) {
    let ms = |d: std::time::Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
    let stages: Vec<String> = lexcompat::timings::recorded()
        .into_iter()
        .map(|(name, took)| format!("{name} {}", ms(took)))
        .collect();
    eprintln!("timings: {}; total {}", stages.join(", "), ms(total));
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

/// How `check` prints text: in colour or not, at what width, concisely or
/// in full, and the corpus its summary line names.
#[derive(Clone, Copy)]
struct TextOptions<'a> {
    style: Style,
    verbose: bool,
    corpus: &'a str,
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
    let TextOptions {
        style,
        verbose,
        corpus,
    } = text;
    use lexcompat::report::{check, github, sarif};
    // Bad input gets its diagnostics and no half report.
    if workspace.has_errors() {
        return Ok(refuse(workspace));
    }
    let run = driver::check(
        workspace,
        as_of,
        baseline,
        update_baseline,
        Drawings::Omitted,
    )?;
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
    let mut streamed = Ok(());
    let stdout = lexcompat::timings::stage("render", || match format {
        // Written as it is made: the text of a large run is larger than its corpus.
        CheckFormat::Text if verbose => {
            streamed = to_stdout(|out| {
                check::write_text(analysis, comparison, style, model, sources, out)?;
                let summary = check::summary(analysis, comparison, with_baseline);
                out.write_all(name_corpus(summary, corpus).as_bytes())
            });
            String::new()
        }
        CheckFormat::Text => {
            check::to_brief(analysis, comparison, with_baseline, style, model, sources)
        }
        CheckFormat::Json | CheckFormat::Yaml => {
            let document = if format == CheckFormat::Json {
                check::Document::Json
            } else {
                check::Document::Yaml
            };
            // Written as it is made: the document of a large run is larger than its corpus.
            streamed = to_stdout(|out| {
                check::write_document(
                    document,
                    analysis,
                    comparison,
                    baseline_name.as_deref(),
                    model,
                    sources,
                    out,
                )
            });
            String::new()
        }
        CheckFormat::Sarif => sarif::to_sarif(analysis, comparison, model, sources),
        CheckFormat::Github => github::to_github(analysis, comparison, with_baseline, sources),
    });
    match streamed {
        // A closed pipe (`lexcompat check --format json | head`) is the reader's choice.
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            return Err(driver::UsageError(format!(
                "cannot write the output: {error}"
            )));
        }
        _ => {}
    }
    let failed = failing(analysis, comparison, fail_on) > 0;
    leave_to_exit(run);
    Ok(Outcome {
        stdout,
        status: u8::from(failed),
    })
}

/// Leaves a value the process no longer needs to be freed by its exit:
/// freeing a large corpus's syntax trees and model piece by piece takes a
/// tenth of a run, and the operating system takes the memory back at once.
fn leave_to_exit<T>(value: T) {
    std::mem::forget(value);
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
    // The report writes only its first grants in full, with their drawings.
    let drawings = Drawings::Each {
        grants: lexcompat::report::analyst::MOST_GRANTS_IN_FULL,
    };
    let run = driver::check(workspace, as_of, None, false, drawings)?;
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
    let text = lexcompat::timings::stage("render", || match format {
        ReportFormat::Html => {
            analyst::to_html(&run.analysis, &corpus, &workspace.model, &workspace.sources)
        }
        ReportFormat::Markdown => {
            analyst::to_markdown(&run.analysis, &corpus, &workspace.model, &workspace.sources)
        }
    });
    match output {
        Some(path) => {
            lexcompat::timings::stage("write", || driver::write_output(path, &text, workspace))?;
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
        let analysis =
            lexcompat::driver::judge(&workspace.model, &proposals, as_of, Drawings::Whole);
        let merged = lexcompat::timings::stage("draw", || {
            let mut merged = lexcompat::graph::diagram::Diagram::default();
            for drawn in analysis.proposals.iter().filter_map(|p| p.diagram.as_ref()) {
                merged.merge(drawn);
            }
            merged
        });
        leave_to_exit(analysis);
        merged
    } else {
        let whole = lexcompat::timings::stage("graph", || {
            lexcompat::graph::Graph::build(&workspace.model, as_of)
        });
        let drawing = lexcompat::timings::stage("draw", || {
            lexcompat::graph::diagram::corpus_diagram(&workspace.model, &whole)
        });
        leave_to_exit(whole);
        drawing
    };
    let write = match format {
        GraphFormat::Dot => diagram::write_dot,
        GraphFormat::Mermaid => diagram::write_mermaid,
        GraphFormat::Json => diagram::write_json,
        GraphFormat::Svg => {
            return match lexcompat::timings::stage("render", || diagram::to_svg(&drawing)) {
                Ok(svg) => Outcome {
                    stdout: svg + "\n",
                    status: 0,
                },
                Err(too_large) => {
                    eprintln!(
                        "error: {too_large}: write it with `--format dot` and lay it out with \
                         Graphviz (`dot -Tsvg`), or draw one proposal's graph \
                         (`lexcompat graph PROPOSAL --format svg`)"
                    );
                    Outcome {
                        stdout: String::new(),
                        status: 2,
                    }
                }
            };
        }
    };
    // Written as it is made: the corpus's diagram is larger than its corpus.
    let written = lexcompat::timings::stage("render", || to_stdout(|out| write(&drawing, out)));
    leave_to_exit(drawing);
    streamed(written)
}

/// Writes straight to standard output, through a buffer, what is too large
/// to be made whole first.
fn to_stdout(
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write(&mut out)?;
    out.flush()
}

/// The outcome of output written by [`to_stdout`]: a closed pipe
/// (`lexcompat graph | head`) is the reader's choice; any other failure,
/// such as a full disk, exits 2.
fn streamed(written: std::io::Result<()>) -> Outcome {
    match written {
        Ok(()) => Outcome {
            stdout: String::new(),
            status: 0,
        },
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Outcome {
            stdout: String::new(),
            status: 0,
        },
        Err(error) => {
            eprintln!("error: cannot write the output: {error}");
            Outcome {
                stdout: String::new(),
                status: 2,
            }
        }
    }
}

/// `fmt`: the files that change on standard output, errors on standard error.
fn fmt(paths: &[PathBuf], check: bool, diff: bool) -> Result<Outcome, driver::UsageError> {
    use lexcompat::report::printable;
    if paths.iter().any(|p| p.as_os_str() == "-") {
        if paths.len() > 1 {
            return Err(driver::UsageError(
                "`-` (standard input) must be the only PATH of `fmt`".to_string(),
            ));
        }
        return fmt_stdin(check, diff);
    }
    let run = driver::format_files(paths, check)?;
    if !run.diagnostics.is_empty() {
        eprint!(
            "{}",
            diagnostics::render_all(&run.diagnostics, &run.sources, stderr_style())
        );
    }
    // Each file's diff is made on every core: a file is its own text.
    let diffs = lexcompat::parallel::map(&run.changed, |changed| {
        let file = run.sources.get(changed.file);
        (diff && changed.not_written.is_none())
            .then(|| lexcompat::report::diff::unified(&file.name, &file.text, &changed.text))
    });
    let mut stdout = String::new();
    let mut written = 0;
    for (changed, file_diff) in run.changed.iter().zip(diffs) {
        let file = run.sources.get(changed.file);
        if let Some(why) = &changed.not_written {
            eprintln!("error: {}", printable(why));
            continue;
        }
        written += 1;
        stdout.push_str(&printable(&file.name));
        stdout.push('\n');
        if let Some(file_diff) = file_diff {
            stdout.push_str(&file_diff);
        }
    }
    let files = run.sources.len();
    if check {
        eprintln!("lexcompat: {written} of {files} file(s) would be reformatted");
    } else {
        eprintln!("lexcompat: reformatted {written} of {files} file(s)");
    }
    let status = if !run.diagnostics.is_empty() || written < run.changed.len() {
        2
    } else {
        u8::from(check && written > 0)
    };
    Ok(Outcome { stdout, status })
}

/// `fmt -`: standard input formatted to standard output, for editors.
fn fmt_stdin(check: bool, diff: bool) -> Result<Outcome, driver::UsageError> {
    use std::io::Read;
    const NAME: &str = "(standard input)";
    let limit = lexcompat::load::MAX_FILE_BYTES;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| driver::UsageError(format!("cannot read standard input: {e}")))?;
    if bytes.len() as u64 > limit {
        return Err(driver::UsageError(format!(
            "standard input is larger than {limit} bytes, the most lexcompat reads"
        )));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        driver::UsageError(format!(
            "standard input is not UTF-8 text: the byte at offset {} is not valid UTF-8",
            e.utf8_error().valid_up_to()
        ))
    })?;
    match lexcompat::fmt::format_source(&text) {
        Ok(formatted) if check => {
            let changed = formatted != text;
            let mut stdout = String::new();
            if changed {
                stdout = format!("{NAME}\n");
                if diff {
                    stdout.push_str(&lexcompat::report::diff::unified(NAME, &text, &formatted));
                }
            }
            Ok(Outcome {
                stdout,
                status: u8::from(changed),
            })
        }
        // An editor reads the text byte for byte through a pipe; a terminal
        // gets no control sequence from it.
        Ok(formatted) if std::io::stdout().is_terminal() => Ok(Outcome {
            stdout: lexcompat::report::printable(&formatted).into_owned(),
            status: 0,
        }),
        Ok(formatted) => Ok(Outcome {
            stdout: formatted,
            status: 0,
        }),
        Err(error) => {
            let mut sources = Sources::new();
            sources.add(SourceFile::new(NAME, Origin::Embedded, text));
            eprint!(
                "{}",
                diagnostics::render_all(&error.diagnostics, &sources, stderr_style())
            );
            Ok(Outcome {
                stdout: String::new(),
                status: 2,
            })
        }
    }
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
        return match format {
            Format::Text => Outcome {
                stdout: lexcompat::timings::stage("render", || show::index_text(model)),
                status: 0,
            },
            // Written as it is made: the whole model is larger than its corpus.
            Format::Json => streamed(lexcompat::timings::stage("render", || {
                to_stdout(|out| show::write_model_json(model, out))
            })),
        };
    };
    if let Some(case) = model.find_case(citation) {
        let stdout = match format {
            Format::Text => show::case_text(model, &workspace.sources, case),
            Format::Json => {
                let paragraphs: Vec<String> = model.instruments[case.index()]
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
