//! The pipeline in one place: load → parse → resolve (→ graph → analyse → report).
//!
//! The driver joins the stages and returns their results with every
//! diagnostic, sorted; it neither prints nor decides exit codes.

use crate::config::{Config, CorpusSource};
use crate::diagnostic::{self, Diagnostic};
use crate::load::{self, Loaded};
use crate::model::{self, Model};
use crate::source::{FileId, Sources};
use crate::syntax;
use crate::timings;
use std::path::PathBuf;

/// Everything read and resolved in one run.
pub struct Workspace {
    pub sources: Sources,
    pub model: Model,
    /// Every problem found, in file and position order.
    pub diagnostics: Vec<Diagnostic>,
    /// How many files, from the first, are the corpus; the rest were named by the user.
    pub corpus_files: usize,
    /// The syntax trees the model was resolved from, when the run owns them
    /// (the language server keeps its own, to reuse). Held, not freed once
    /// resolved: a command that ends after its report leaves them to the
    /// process's exit, since freeing a large corpus's trees piece by piece
    /// takes a fifth of a second.
    pub trees: Vec<(FileId, syntax::ast::File)>,
    /// The corpus's digest, when [`load`] made it beside resolving, with
    /// the folders its names are relative to (see [`corpus_info`]).
    corpus_digest: Option<(Vec<(String, PathBuf)>, String)>,
}

impl Workspace {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The proposals written in the files the user named, in file order.
    pub fn given_proposals(&self) -> Vec<crate::model::ProposalId> {
        let mut found: Vec<crate::model::ProposalId> = (0..self.model.proposals.len())
            .map(crate::model::ProposalId::new)
            .filter(|p| self.model.proposals[p.index()].span.file.0 as usize >= self.corpus_files)
            .collect();
        found.sort_by_key(|p| self.model.proposals[p.index()].span);
        found
    }
}

/// A path given on the command line that cannot be read at all.
#[derive(Debug)]
pub struct UsageError(pub String);

/// Reads the configured corpus and the given files or folders, and resolves them together.
///
/// The corpus is the `--corpus` folder, else the one lexcompat.yaml names,
/// else the built-in one: files or folders given are always files to check
/// beside it, never the corpus itself (`lint --corpus FOLDER` checks a corpus
/// folder). Every summary line names the corpus used (`corpus_label`).
pub fn load(config: &Config, paths: &[PathBuf]) -> Result<Workspace, UsageError> {
    let loaded = timings::stage("read", || read(config, paths))?;
    // The digest reads every byte of the corpus, one after the other (a
    // tenth of a second at 76 MB): it is made on the core that resolving,
    // which takes one, leaves free.
    let roots = corpus_roots(config);
    let corpus_files = loaded.corpus_files;
    let (mut workspace, digest) = analyse_sources_beside(loaded, |sources| {
        corpus_digest(sources, corpus_files, &roots)
    });
    workspace.corpus_digest = Some((roots, digest));
    Ok(workspace)
}

/// Reads the corpus, the `--extra` folders and the paths given, in that order.
fn read(config: &Config, paths: &[PathBuf]) -> Result<Loaded, UsageError> {
    let mut loaded = Loaded::default();
    match &config.corpus {
        CorpusSource::Folder(folder) => loaded
            .add_path(folder)
            .map_err(|e| UsageError(format!("{e} (the corpus folder)")))?,
        CorpusSource::Embedded => loaded.files.extend(load::embedded_corpus()),
    }
    let mut extra = config.extra.clone();
    extra.sort();
    extra.dedup();
    for folder in &extra {
        loaded
            .add_path(folder)
            .map_err(|e| UsageError(format!("{e} (a folder given with --extra)")))?;
    }
    loaded.corpus_files = loaded.files.len();
    // The order of arguments must not change the output.
    let mut paths = paths.to_vec();
    paths.sort();
    paths.dedup();
    for path in &paths {
        loaded.add_path(path).map_err(UsageError)?;
    }
    Ok(loaded)
}

/// Parses and resolves files already in memory.
pub fn analyse_sources(loaded: Loaded) -> Workspace {
    analyse_sources_beside(loaded, |_| ()).0
}

/// [`analyse_sources`], with work on the files read that needs no syntax
/// tree done beside resolving: resolving takes one core, and the work
/// takes the other where there is one.
fn analyse_sources_beside<T: Send>(
    loaded: Loaded,
    beside: impl FnOnce(&Sources) -> T + Send,
) -> (Workspace, T) {
    let mut sources = Sources::new();
    let corpus_files = loaded.corpus_files;
    let mut diagnostics = loaded.diagnostics;
    let ids: Vec<FileId> = loaded.files.into_iter().map(|f| sources.add(f)).collect();
    let parsed = timings::stage("parse", || parse_all(&sources, &ids));
    let mut trees = Vec::with_capacity(ids.len());
    for (id, (tree, mut found)) in ids.into_iter().zip(parsed) {
        diagnostics.append(&mut found);
        trees.push((id, tree));
    }
    let ((model, found), made) = crate::parallel::join(
        || {
            timings::stage("resolve", || {
                model::resolve(&trees, model::References::Omitted)
            })
        },
        || beside(&sources),
    );
    let mut workspace = workspace_of(sources, model, found, diagnostics, corpus_files);
    workspace.trees = trees;
    (workspace, made)
}

/// Resolves files already parsed, with the diagnostics found so far: the
/// language server keeps the trees of the files that did not change.
pub fn resolve_parsed(
    sources: Sources,
    trees: &[(crate::source::FileId, syntax::ast::File)],
    diagnostics: Vec<Diagnostic>,
    corpus_files: usize,
    references: model::References,
) -> Workspace {
    let (model, found) = timings::stage("resolve", || model::resolve(trees, references));
    workspace_of(sources, model, found, diagnostics, corpus_files)
}

fn workspace_of(
    sources: Sources,
    model: Model,
    mut found: Vec<Diagnostic>,
    mut diagnostics: Vec<Diagnostic>,
    corpus_files: usize,
) -> Workspace {
    diagnostics.append(&mut found);
    diagnostic::sort(&mut diagnostics);
    Workspace {
        sources,
        model,
        diagnostics,
        corpus_files,
        trees: Vec::new(),
        corpus_digest: None,
    }
}

/// Parses files on every core: files are independent until they are
/// resolved together. The results come back in the order of `ids`.
fn parse_all(sources: &Sources, ids: &[FileId]) -> Vec<(syntax::ast::File, Vec<Diagnostic>)> {
    // Largest files first, so that no thread is left with a big one at the end.
    let mut order: Vec<usize> = (0..ids.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(sources.get(ids[i]).text.len()));
    let parsed = crate::parallel::map(&order, |&i| {
        syntax::parse(ids[i], &sources.get(ids[i]).text)
    });
    let mut results: Vec<Option<(syntax::ast::File, Vec<Diagnostic>)>> =
        (0..ids.len()).map(|_| None).collect();
    for (i, result) in order.into_iter().zip(parsed) {
        results[i] = Some(result);
    }
    results.into_iter().flatten().collect()
}

/// The analysis of the proposals with the conflict rules run over their
/// facts: the one place where the analysis and the rules meet.
pub fn judge(
    model: &crate::model::Model,
    proposals: &[crate::model::ProposalId],
    as_of: Option<crate::model::Date>,
    drawings: crate::analysis::Drawings,
) -> crate::analysis::Analysis {
    crate::analysis::analyse(model, proposals, as_of, &crate::rules::run_all, drawings)
}

/// What `check` found, compared with a baseline where one was given.
pub struct CheckRun {
    pub analysis: crate::analysis::Analysis,
    pub comparison: crate::baseline::Comparison,
    /// The baseline file given, if any.
    pub baseline: Option<PathBuf>,
    /// How many findings `--update-baseline` recorded.
    pub recorded: Option<usize>,
    /// How many baseline entries of the proposals checked keep the placeholder reason.
    pub placeholders: usize,
}

/// Analyses the proposals of the files the user named, and compares the
/// findings with the baseline, writing it first when asked to.
pub fn check(
    workspace: &Workspace,
    as_of: Option<crate::model::Date>,
    baseline: Option<&std::path::Path>,
    update_baseline: bool,
    drawings: crate::analysis::Drawings,
) -> Result<CheckRun, UsageError> {
    use crate::baseline;
    let proposals = workspace.given_proposals();
    if proposals.is_empty() {
        return Err(UsageError("the files given hold no proposal".to_string()));
    }
    let analysis = judge(&workspace.model, &proposals, as_of, drawings);
    let describe = |e: baseline::BaselineError| match e.at {
        Some((line, column)) => UsageError(format!("{} (line {line}, column {column})", e.message)),
        None => UsageError(e.message),
    };
    let mut placeholders = 0;
    let (comparison, recorded) = match baseline {
        None if update_baseline => {
            return Err(UsageError(
                "--update-baseline needs --baseline FILE: the file to write".to_string(),
            ))
        }
        None => (baseline::Comparison::none(&analysis), None),
        Some(path) => {
            let previous = baseline::read(path, update_baseline).map_err(describe)?;
            let current = if update_baseline {
                let updated = baseline::updated(&analysis, &previous);
                baseline::write(path, &updated).map_err(describe)?;
                updated
            } else {
                previous
            };
            placeholders = baseline::placeholders(&analysis, &current);
            let recorded = update_baseline.then_some(current.findings.len());
            (baseline::compare(&analysis, &current), recorded)
        }
    };
    Ok(CheckRun {
        analysis,
        comparison,
        baseline: baseline.map(std::path::Path::to_path_buf),
        recorded,
        placeholders,
    })
}

/// What the corpus of a workspace is, for reports: where it came from, how
/// many files, and a digest of their names and contents. Nothing in it
/// depends on how the corpus folder was spelt (`corpus`, `./corpus/` or an
/// absolute path): names are taken relative to the folder read.
pub fn corpus_info(workspace: &Workspace, config: &Config) -> crate::report::analyst::CorpusInfo {
    let origin = match &config.corpus {
        CorpusSource::Folder(folder) => format!("corpus folder {}", folder_name(folder)),
        CorpusSource::Embedded => "the corpus built into lexcompat".to_string(),
    };
    let roots = corpus_roots(config);
    let digest = match &workspace.corpus_digest {
        Some((made_for, digest)) if *made_for == roots => digest.clone(),
        _ => corpus_digest(&workspace.sources, workspace.corpus_files, &roots),
    };
    crate::report::analyst::CorpusInfo {
        origin,
        files: workspace
            .sources
            .iter()
            .take(workspace.corpus_files)
            .count(),
        digest,
    }
}

/// The folders the corpus files' names are taken relative to, each with
/// the prefix its files' names get.
fn corpus_roots(config: &Config) -> Vec<(String, PathBuf)> {
    let mut roots = Vec::new();
    if let CorpusSource::Folder(folder) = &config.corpus {
        roots.push((String::new(), folder.clone()));
    }
    for folder in &config.extra {
        let name = folder
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        roots.push((format!("(extra {name})/"), folder.clone()));
    }
    roots
}

/// The digest of the first `corpus_files` files: every name (relative to
/// its root) and text, in load order (which is sorted).
fn corpus_digest(sources: &Sources, corpus_files: usize, roots: &[(String, PathBuf)]) -> String {
    let mut digest = crate::digest::Digest::default();
    for (_, file) in sources.iter().take(corpus_files) {
        let relative = match &file.origin {
            crate::source::Origin::Disk(path) => roots
                .iter()
                .find_map(|(prefix, root)| {
                    path.strip_prefix(root).ok().map(|rest| {
                        let parts: Vec<String> = rest
                            .components()
                            .map(|c| c.as_os_str().to_string_lossy().into_owned())
                            .collect();
                        format!("{prefix}{}", parts.join("/"))
                    })
                })
                .unwrap_or_else(|| file.name.clone()),
            // The same files give the same digest, built in or read from a folder.
            crate::source::Origin::Embedded => file
                .name
                .strip_prefix("(built-in corpus)/")
                .unwrap_or(&file.name)
                .to_string(),
        };
        digest
            .update(relative.as_bytes())
            .update(&[0])
            .update(file.text.as_bytes())
            .update(&[0]);
    }
    digest.hex()
}

/// A corpus folder (or file) as reports name it, the same however it was
/// spelt: relative to the current directory when inside it, else absolute;
/// a folder with a final `/`.
fn folder_name(folder: &std::path::Path) -> String {
    let canonical = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf());
    let here = std::env::current_dir().and_then(std::fs::canonicalize).ok();
    let shown = here
        .as_deref()
        .and_then(|here| canonical.strip_prefix(here).ok())
        .filter(|rest| !rest.as_os_str().is_empty())
        .unwrap_or(&canonical);
    let text = shown.display().to_string();
    // A corpus may be one file; only a folder is written as one.
    if text.ends_with('/') || !canonical.is_dir() {
        text
    } else {
        format!("{text}/")
    }
}

/// The corpus used, for summary lines: `corpus: built-in, digest
/// 0123456789abcdef` or `corpus: corpus/, digest ...`.
pub fn corpus_label(workspace: &Workspace, config: &Config) -> String {
    let info = corpus_info(workspace, config);
    let origin = match &config.corpus {
        CorpusSource::Folder(folder) => format!("corpus: {}", folder_name(folder)),
        CorpusSource::Embedded => "corpus: built-in".to_string(),
    };
    let extra = if config.extra.is_empty() {
        String::new()
    } else {
        let folders: Vec<String> = config
            .extra
            .iter()
            .map(|f| f.display().to_string())
            .collect();
        format!(" with {}", folders.join(", "))
    };
    format!("{origin}{extra}, digest {}", info.digest)
}

/// Whether a path is one of the files read.
pub fn is_input(path: &std::path::Path, workspace: &Workspace) -> bool {
    let target = std::fs::canonicalize(path).ok();
    workspace.sources.iter().any(|(_, f)| match &f.origin {
        crate::source::Origin::Disk(p) => {
            target.is_some() && std::fs::canonicalize(p).ok() == target
        }
        crate::source::Origin::Embedded => false,
    })
}

/// Writes a file the user asked for, atomically, and never over a file that
/// was read as input.
pub fn write_output(
    path: &std::path::Path,
    text: &str,
    workspace: &Workspace,
) -> Result<(), UsageError> {
    if is_input(path, workspace) {
        return Err(UsageError(format!(
            "`{}` is one of the files read; lexcompat does not write over its input",
            path.display()
        )));
    }
    crate::output::write_atomically(path, text)
        .map_err(|e| UsageError(format!("cannot write `{}`: {e}", path.display())))
}

/// What `fmt` found and did, file by file.
pub struct FmtRun {
    /// The files read, in sorted order; diagnostics point into them.
    pub sources: Sources,
    /// The files whose layout changes: written, or with `--check` only named.
    pub changed: Vec<Reformatted>,
    /// Files that cannot be read, and the syntax errors of files left unformatted.
    pub diagnostics: Vec<Diagnostic>,
}

/// A file whose layout changes.
pub struct Reformatted {
    pub file: crate::source::FileId,
    /// The text in the canonical layout.
    pub text: String,
    /// Why the file could not be written, if it could not.
    pub not_written: Option<String>,
}

/// Formats the `.lex` files given and under the folders given (walked as
/// every command walks them), and unless `check` writes each file whose
/// layout changes, atomically and keeping its permissions. A file with
/// syntax errors is left as it is.
pub fn format_files(paths: &[PathBuf], check: bool) -> Result<FmtRun, UsageError> {
    let mut loaded = Loaded::default();
    let mut paths = paths.to_vec();
    paths.sort();
    paths.dedup();
    for path in &paths {
        loaded.add_path(path).map_err(UsageError)?;
    }
    let mut run = FmtRun {
        sources: Sources::new(),
        changed: Vec::new(),
        diagnostics: loaded.diagnostics,
    };
    let ids: Vec<FileId> = loaded
        .files
        .into_iter()
        .map(|file| run.sources.add(file))
        .collect();
    // Files are formatted, and written, on every core: each is a text of
    // its own. What each gives is taken in the order of the files.
    let sources = &run.sources;
    let formatted = crate::parallel::map(&ids, |&id| {
        let file = sources.get(id);
        match crate::fmt::format_source(&file.text) {
            Ok(formatted) if formatted == file.text => None,
            Ok(formatted) => {
                let not_written = match (check, &file.origin) {
                    (false, crate::source::Origin::Disk(path)) => {
                        crate::output::write_atomically(path, &formatted)
                            .err()
                            .map(|e| format!("cannot write `{}`: {e}", file.name))
                    }
                    _ => None,
                };
                Some(Ok(Reformatted {
                    file: id,
                    text: formatted,
                    not_written,
                }))
            }
            // The formatter reads one text, so its diagnostics point into file 0.
            Err(error) => Some(Err(error
                .diagnostics
                .into_iter()
                .map(|mut d| {
                    for label in &mut d.labels {
                        label.span.file = id;
                    }
                    d
                })
                .collect::<Vec<_>>())),
        }
    });
    for outcome in formatted.into_iter().flatten() {
        match outcome {
            Ok(changed) => run.changed.push(changed),
            Err(found) => run.diagnostics.extend(found),
        }
    }
    diagnostic::sort(&mut run.diagnostics);
    Ok(run)
}
