//! Reading source files: from folders, single files, or the corpus embedded
//! in the binary. Owns size limits and the UTF-8 check; never writes.

use crate::diagnostic::{Code, Diagnostic};
use crate::source::{Origin, SourceFile};
use std::path::{Path, PathBuf};

/// Files larger than this are refused: no treaty excerpt comes near it.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_corpus.rs"));
}

/// The corpus compiled into the binary, in sorted order.
pub fn embedded_corpus() -> Vec<SourceFile> {
    embedded::FILES
        .iter()
        .map(|(name, text)| {
            SourceFile::new(format!("(built-in corpus)/{name}"), Origin::Embedded, *text)
        })
        .collect()
}

/// What was read: the files, and a diagnostic for each that could not be.
#[derive(Default)]
pub struct Loaded {
    pub files: Vec<SourceFile>,
    /// How many of the files, from the first, are the corpus; the rest were named by the user.
    pub corpus_files: usize,
    pub diagnostics: Vec<Diagnostic>,
    /// Canonical paths already read, so a file named twice is read once.
    seen: Vec<PathBuf>,
}

impl Loaded {
    /// Reads a `.lex` file, or every `.lex` file under a folder in sorted order.
    pub fn add_path(&mut self, path: &Path) -> Result<(), String> {
        let metadata = std::fs::metadata(path)
            .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
        if metadata.is_dir() {
            let mut found = Vec::new();
            collect_lex_files(path, &mut found, 0);
            found.sort();
            for file in found {
                self.add_file(&file);
            }
        } else {
            self.add_file(path);
        }
        Ok(())
    }

    fn add_file(&mut self, path: &Path) {
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if self.seen.contains(&canonical) {
            return;
        }
        self.seen.push(canonical);
        let name = display_name(path);
        match read_text(path) {
            Ok(text) => self.files.push(SourceFile::new(
                name,
                Origin::Disk(path.to_path_buf()),
                text,
            )),
            Err(diagnostic) => self.diagnostics.push(diagnostic),
        }
    }
}

fn display_name(path: &Path) -> String {
    let text = path.display().to_string();
    text.strip_prefix("./").unwrap_or(&text).to_string()
}

/// Folders nest at most this deep under a corpus root (guards against link loops).
const MAX_FOLDER_DEPTH: usize = 32;

fn collect_lex_files(dir: &Path, found: &mut Vec<PathBuf>, depth: usize) {
    if depth > MAX_FOLDER_DEPTH {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_lex_files(&path, found, depth + 1);
        } else if path.extension().is_some_and(|e| e == "lex") {
            found.push(path);
        }
    }
}

fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let name = display_name(path);
    let size = std::fs::metadata(path)
        .map_err(|e| Diagnostic::new(Code::Unreadable, format!("cannot read `{name}`: {e}")))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(Diagnostic::new(
            Code::TooLarge,
            format!(
                "`{name}` is {size} bytes; lexcompat reads files of at most {MAX_FILE_BYTES} bytes"
            ),
        )
        .help("split the file: one instrument or one proposal per file is the usual layout"));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::new(Code::Unreadable, format!("cannot read `{name}`: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
        let line = valid.matches('\n').count() + 1;
        let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Diagnostic::new(
            Code::NotUtf8,
            format!("`{name}` is not UTF-8 text: the byte at offset {offset} (line {line}, column {column}) is not valid UTF-8"),
        )
        .help("save the file as UTF-8; lexcompat reads no other encoding")
    })
}
