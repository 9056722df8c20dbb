//! The resolved configuration: where the corpus comes from.
//!
//! Precedence: the `--corpus` flag; else `corpus:` in the nearest
//! `lexcompat.yaml`, looked for in the current directory and then upwards
//! (like cargo and ruff), stopping at the filesystem root or at a folder
//! holding `.git`; else the corpus embedded in the binary. Folders or files
//! given to a command are never the corpus.

use crate::diagnostic::{Code, Diagnostic};
use crate::source::{FileId, Origin, SourceFile, Sources, Span};
use std::path::{Path, PathBuf};

/// The name of the configuration file looked for in the current directory and its parents.
pub const CONFIG_FILE: &str = "lexcompat.yaml";
/// Configuration files are small; anything larger is refused unread.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorpusSource {
    Folder(PathBuf),
    Embedded,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub corpus: CorpusSource,
    /// Folders read with the corpus, as part of it: a team's own
    /// statements beside the shared corpus (`--extra`, `extra:`).
    pub extra: Vec<PathBuf>,
}

/// The nearest `lexcompat.yaml` from `directory` upwards, as a path
/// relative to `directory` when `directory` is relative (`../lexcompat.yaml`):
/// the search stops at the filesystem root, or at a folder holding `.git`
/// after looking in it, so a repository never reads its parent's file.
pub fn find_config(directory: &Path) -> Option<PathBuf> {
    let absolute = std::fs::canonicalize(directory).ok()?;
    let mut relative = if directory == Path::new(".") {
        PathBuf::new()
    } else {
        directory.to_path_buf()
    };
    for folder in absolute.ancestors() {
        // Whatever is there counts (a folder, a FIFO or a device named
        // lexcompat.yaml is then refused when read), never skipped silently.
        if std::fs::symlink_metadata(folder.join(CONFIG_FILE)).is_ok() {
            return Some(relative.join(CONFIG_FILE));
        }
        if folder.join(".git").exists() {
            return None;
        }
        relative = relative.join("..");
    }
    None
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    corpus: Option<PathBuf>,
    #[serde(default)]
    extra: Vec<PathBuf>,
}

/// A configuration file that cannot be used, with the file to point into.
#[derive(Debug)]
pub struct ConfigError {
    pub sources: Sources,
    pub diagnostic: Box<Diagnostic>,
}

/// Works out the configuration from the flag and the nearest `lexcompat.yaml`.
pub fn resolve(
    corpus_flag: Option<&Path>,
    extra_flags: &[PathBuf],
    directory: &Path,
) -> Result<Config, ConfigError> {
    if let Some(folder) = corpus_flag {
        return Ok(Config {
            corpus: CorpusSource::Folder(folder.to_path_buf()),
            extra: extra_flags.to_vec(),
        });
    }
    let Some(path) = find_config(directory) else {
        return Ok(Config {
            corpus: CorpusSource::Embedded,
            extra: extra_flags.to_vec(),
        });
    };
    // Paths in the file are relative to the folder that holds it.
    let directory = &path
        .parent()
        .map_or_else(|| directory.to_path_buf(), Path::to_path_buf);
    let mut sources = Sources::new();
    let fail = |sources: Sources, diagnostic: Diagnostic| {
        Err(ConfigError {
            sources,
            diagnostic: Box::new(diagnostic),
        })
    };
    let text = match crate::load::read_regular(&path, MAX_CONFIG_BYTES)
        .map_err(|e| e.describe(CONFIG_FILE, MAX_CONFIG_BYTES))
        .and_then(|bytes| {
            String::from_utf8(bytes).map_err(|_| format!("`{CONFIG_FILE}` is not UTF-8 text"))
        }) {
        Ok(text) => text,
        Err(message) => return fail(sources, Diagnostic::new(Code::Config, message)),
    };
    let shown = path.display().to_string();
    let file = sources.add(SourceFile::new(
        shown,
        Origin::Disk(path.clone()),
        text.clone(),
    ));
    if let Err(refusal) = crate::yaml_guard::check(&text, crate::yaml_guard::MAX_DEPTH) {
        let span = Span::new(file, refusal.offset, refusal.offset);
        return fail(
            sources,
            Diagnostic::new(
                Code::Config,
                format!("`{CONFIG_FILE}` cannot be read: {}", refusal.message),
            )
            .label(span, "here"),
        );
    }
    let parsed: ConfigFile = if text.trim().is_empty() {
        ConfigFile {
            corpus: None,
            extra: Vec::new(),
        }
    } else {
        match serde_yaml::from_str(&text) {
            Ok(parsed) => parsed,
            Err(e) => {
                let diagnostic = yaml_diagnostic(file, &text, &e);
                return fail(sources, diagnostic);
            }
        }
    };
    let mut extra: Vec<PathBuf> = parsed
        .extra
        .iter()
        .map(|folder| relative_to(directory, folder))
        .collect();
    extra.extend(extra_flags.iter().cloned());
    Ok(Config {
        corpus: match parsed.corpus {
            Some(folder) if folder.is_absolute() => CorpusSource::Folder(folder),
            Some(folder) => CorpusSource::Folder(relative_to(directory, &folder)),
            None => CorpusSource::Embedded,
        },
        extra,
    })
}

/// `corpus: corpus/` in the repository's own file reads as `corpus/`, not `./corpus/`.
fn relative_to(directory: &Path, folder: &Path) -> PathBuf {
    if directory == Path::new(".") || directory.as_os_str().is_empty() {
        folder.to_path_buf()
    } else {
        directory.join(folder)
    }
}

fn yaml_diagnostic(file: FileId, text: &str, error: &serde_yaml::Error) -> Diagnostic {
    let message = error.to_string();
    let offset = error
        .location()
        .map(|l| l.index())
        .unwrap_or(0)
        .min(text.len());
    let end = text[offset..]
        .find(['\n', ':'])
        .map_or(text.len(), |i| offset + i);
    let span = Span::new(file, offset, end.max(offset));
    // serde's message reads "unknown field `x`, expected `corpus` at line 2 column 1".
    let unknown = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next());
    match unknown {
        Some(key) => Diagnostic::new(
            Code::Config,
            format!("unknown key `{key}` in `{CONFIG_FILE}`"),
        )
        .label(span, "not a configuration key")
        .help("the keys are `corpus`, the folder of the corpus, such as `corpus: corpus/`, and `extra`, folders read with it, such as `extra: [team/]`"),
        None => Diagnostic::new(
            Code::Config,
            format!(
                "`{CONFIG_FILE}` cannot be read: {}",
                message.split(" at line").next().unwrap_or(&message)
            ),
        )
        .label(span, "here")
        .help("write `corpus: <folder>`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins_over_the_file() {
        let config = resolve(Some(Path::new("elsewhere")), &[], Path::new("/nonexistent")).unwrap();
        assert_eq!(
            config.corpus,
            CorpusSource::Folder(PathBuf::from("elsewhere"))
        );
    }

    #[test]
    fn without_a_file_the_embedded_corpus_is_used() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            resolve(None, &[], dir.path()).unwrap().corpus,
            CorpusSource::Embedded
        );
    }

    #[test]
    fn an_unknown_key_is_named_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CONFIG_FILE), "corpus: corpus/\ncorpsu: x\n").unwrap();
        let error = resolve(None, &[], dir.path()).unwrap_err();
        assert_eq!(
            error.diagnostic.message,
            "unknown key `corpsu` in `lexcompat.yaml`"
        );
        let location = error
            .sources
            .locate(error.diagnostic.primary_span().unwrap());
        assert_eq!((location.line, location.column), (2, 1));
    }

    #[test]
    fn a_relative_corpus_folder_is_relative_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CONFIG_FILE), "corpus: texts\n").unwrap();
        let config = resolve(None, &[], dir.path()).unwrap();
        assert_eq!(
            config.corpus,
            CorpusSource::Folder(dir.path().join("texts"))
        );
    }
}
