//! The server's view of the corpus: the open documents, and for each
//! configuration in use (src/config.rs, as `lint` resolves it) the corpus
//! read from disk with every open document's text in place of its file.
//!
//! A change re-runs the pipeline's parse and resolve stages on the corpus
//! held in memory: a file whose text did not change keeps its syntax tree,
//! every name is resolved again (`driver::resolve_parsed`), and nothing is
//! read from disk until a document is saved. The previous workspace is
//! dropped, so memory follows the size of the corpus, not the number of
//! edits.

use crate::config::{self, Config, CorpusSource};
use crate::diagnostic::Diagnostic;
use crate::driver::{self, Workspace};
use crate::load::{self, Loaded};
use crate::source::{FileId, Origin, SourceFile, Sources};
use crate::syntax::{self, ast};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::position::{uri_to_path, LineIndex};

/// One document the editor has open.
pub struct Document {
    pub text: String,
    pub lines: LineIndex,
    /// Its path on disk, canonical where the file exists.
    pub path: Option<PathBuf>,
    /// The project it is checked in, or why it cannot be.
    pub project: Result<usize, String>,
}

impl Document {
    pub fn set_text(&mut self, text: String) {
        self.lines = LineIndex::new(&text);
        self.text = text;
    }
}

/// The corpus of one configuration and the workspace built from it.
pub struct Project {
    pub config: Config,
    /// The corpus files as read from disk (or built in), in load order.
    corpus: Vec<SourceFile>,
    /// The canonical path of each corpus file, to find the open ones.
    corpus_paths: Vec<Option<PathBuf>>,
    /// Why the corpus could not be read, shown on every document of the project.
    pub load_error: Option<String>,
    pub workspace: Option<Workspace>,
    /// The syntax tree and syntax diagnostics of each file of the
    /// workspace: a file whose text did not change is not parsed again.
    parsed: Vec<(FileId, ast::File)>,
    syntax_diagnostics: Vec<Vec<Diagnostic>>,
    /// The open document (by URI) each file of the workspace holds.
    pub files: Vec<Option<String>>,
}

impl Project {
    fn read(config: Config) -> Project {
        let mut loaded = Loaded::default();
        let mut load_error = None;
        match &config.corpus {
            CorpusSource::Folder(folder) => {
                if let Err(e) = loaded.add_path(folder) {
                    load_error = Some(format!("{e} (the corpus folder)"));
                }
            }
            CorpusSource::Embedded => loaded.files.extend(load::embedded_corpus()),
        }
        let mut extra = config.extra.clone();
        extra.sort();
        extra.dedup();
        for folder in &extra {
            if let Err(e) = loaded.add_path(folder) {
                load_error.get_or_insert(format!("{e} (a folder given with --extra)"));
            }
        }
        let corpus_paths = loaded
            .files
            .iter()
            .map(|f| match &f.origin {
                Origin::Disk(path) => std::fs::canonicalize(path).ok(),
                Origin::Embedded => None,
            })
            .collect();
        Project {
            config,
            corpus: loaded.files,
            corpus_paths,
            load_error,
            workspace: None,
            parsed: Vec::new(),
            syntax_diagnostics: Vec::new(),
            files: Vec::new(),
        }
    }

    /// The workspace file that holds an open document.
    pub fn file_of(&self, uri: &str) -> Option<FileId> {
        self.files
            .iter()
            .position(|f| f.as_deref() == Some(uri))
            .map(|i| FileId(i as u32))
    }
}

/// Every open document and every project.
#[derive(Default)]
pub struct State {
    /// `--corpus` and `--extra` as given to `lexcompat lsp`: they override
    /// every lexcompat.yaml, as for the other commands.
    pub corpus_flag: Option<PathBuf>,
    pub extra_flags: Vec<PathBuf>,
    pub documents: BTreeMap<String, Document>,
    pub projects: Vec<Project>,
}

impl State {
    /// Opens (or replaces) a document and rebuilds its project. Returns the
    /// project to publish diagnostics for.
    pub fn open(&mut self, uri: String, text: String) -> Option<usize> {
        let path = uri_to_path(&uri).map(|p| std::fs::canonicalize(&p).unwrap_or(p));
        let project = self.project_for(path.as_deref());
        self.documents.insert(
            uri,
            Document {
                lines: LineIndex::new(&text),
                text,
                path,
                project: project.clone(),
            },
        );
        let project = project.ok()?;
        self.rebuild(project);
        Some(project)
    }

    pub fn close(&mut self, uri: &str) -> Option<usize> {
        let project = self.documents.remove(uri)?.project.ok()?;
        self.rebuild(project);
        Some(project)
    }

    /// A saved document may have changed what is on disk: the project's
    /// corpus is read again.
    pub fn saved(&mut self, uri: &str) -> Option<usize> {
        let document = self.documents.get(uri)?;
        // A configuration that was broken may have been fixed.
        if document.project.is_err() {
            let project = self.project_for(document.path.clone().as_deref());
            self.documents.get_mut(uri)?.project = project.clone();
            let project = project.ok()?;
            self.rebuild(project);
            return Some(project);
        }
        let project = document.project.clone().ok()?;
        let config = self.projects[project].config.clone();
        self.projects[project] = Project::read(config);
        self.rebuild(project);
        Some(project)
    }

    fn project_for(&mut self, path: Option<&Path>) -> Result<usize, String> {
        let folder = path
            .and_then(Path::parent)
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let mut config = config::resolve(self.corpus_flag.as_deref(), &self.extra_flags, &folder)
            .map_err(|e| e.diagnostic.message.clone())?;
        // Documents in different folders find the same lexcompat.yaml by
        // different relative paths: one project for one corpus.
        let canonical = |p: &PathBuf| std::fs::canonicalize(p).unwrap_or_else(|_| p.clone());
        if let CorpusSource::Folder(folder) = &config.corpus {
            config.corpus = CorpusSource::Folder(canonical(folder));
        }
        config.extra = config.extra.iter().map(canonical).collect();
        if let Some(i) = self.projects.iter().position(|p| p.config == config) {
            return Ok(i);
        }
        self.projects.push(Project::read(config));
        Ok(self.projects.len() - 1)
    }

    /// Loads, parses and resolves a project's corpus with its open documents.
    pub fn rebuild(&mut self, index: usize) {
        let mut open: Vec<(&String, &Document)> = self
            .documents
            .iter()
            .filter(|(_, d)| d.project == Ok(index))
            .collect();
        let project = &mut self.projects[index];
        let mut loaded = Loaded::default();
        let mut files = Vec::new();
        for (file, path) in project.corpus.iter().zip(&project.corpus_paths) {
            let found = path
                .as_ref()
                .and_then(|path| open.iter().position(|(_, d)| d.path.as_ref() == Some(path)));
            match found {
                Some(i) => {
                    let (uri, document) = open.remove(i);
                    loaded.files.push(SourceFile::new(
                        file.name.clone(),
                        file.origin.clone(),
                        document.text.clone(),
                    ));
                    files.push(Some(uri.clone()));
                }
                None => {
                    loaded.files.push(file.clone());
                    files.push(None);
                }
            }
        }
        loaded.corpus_files = loaded.files.len();
        // Documents outside the corpus are checked beside it, like the
        // files given to `lint`; only `.lex` documents are read at all.
        for (uri, document) in open {
            let name = document.path.as_ref().map_or_else(
                || uri.clone(),
                |p| {
                    p.file_name()
                        .map_or_else(|| uri.clone(), |n| n.to_string_lossy().into_owned())
                },
            );
            let origin = document.path.clone().map_or(Origin::Embedded, Origin::Disk);
            loaded
                .files
                .push(SourceFile::new(name, origin, document.text.clone()));
            files.push(Some(uri.clone()));
        }
        let mut sources = Sources::new();
        let mut diagnostics = loaded.diagnostics;
        let previous = project.workspace.take();
        for (i, file) in loaded.files.into_iter().enumerate() {
            let id = sources.add(file);
            let unchanged = previous.as_ref().is_some_and(|w| {
                i < w.sources.len() && w.sources.get(id).text == sources.get(id).text
            }) && i < project.parsed.len();
            if !unchanged {
                let (tree, found) = syntax::parse(id, &sources.get(id).text);
                if i < project.parsed.len() {
                    project.parsed[i] = (id, tree);
                    project.syntax_diagnostics[i] = found;
                } else {
                    project.parsed.push((id, tree));
                    project.syntax_diagnostics.push(found);
                }
            }
            diagnostics.extend(project.syntax_diagnostics[i].iter().cloned());
        }
        project.parsed.truncate(sources.len());
        project.syntax_diagnostics.truncate(sources.len());
        drop(previous);
        project.workspace = Some(driver::resolve_parsed(
            sources,
            &project.parsed,
            diagnostics,
            loaded.corpus_files,
            crate::model::References::Recorded,
        ));
        project.files = files;
    }

    /// The open documents of a project, in URI order.
    pub fn documents_of(&self, project: usize) -> Vec<&String> {
        self.documents
            .iter()
            .filter(|(_, d)| d.project == Ok(project))
            .map(|(uri, _)| uri)
            .collect()
    }
}

/// Whether the server reads a document: `.lex` files only, whatever the
/// client sends.
pub fn is_lex(uri: &str, language: Option<&str>) -> bool {
    let path = uri.split(['?', '#']).next().unwrap_or(uri);
    path.ends_with(".lex") || language == Some("lexcompat")
}
