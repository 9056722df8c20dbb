//! Reading source files: from folders, single files, or the corpus embedded
//! in the binary. Owns size limits and the UTF-8 check; never writes.
//!
//! Nothing read is trusted: only regular files are opened (a FIFO or a device
//! would hang or never end), every read goes through a limit that does not
//! believe the size in the metadata, symbolic links inside a folder are
//! followed only while they stay inside it, and loops are refused.

use crate::diagnostic::{Code, Diagnostic};
use crate::source::{Origin, SourceFile};
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Files larger than this are refused: no treaty excerpt comes near it.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// At most this many `.lex` files are read in one run.
pub const MAX_FILES: usize = 100_000;
/// At most this many bytes of `.lex` files are read in one run.
pub const MAX_TOTAL_BYTES: u64 = 512 * 1024 * 1024;
/// At most this many folders are walked under one folder given.
pub const MAX_FOLDERS: usize = 10_000;
/// Folders nest at most this deep under a folder given.
pub const MAX_FOLDER_DEPTH: usize = 32;
/// Files read together on every core: at most this many, and at most this
/// many bytes by their metadata, so that a limit found in a batch stops the
/// reading soon after it.
const BATCH_FILES: usize = 256;
const BATCH_BYTES: u64 = 64 * 1024 * 1024;

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

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The path is not a regular file: what it is instead ("a FIFO", "a folder").
    NotAFile(&'static str),
    /// The file holds more bytes than the limit.
    TooLarge,
    Io(std::io::Error),
}

impl ReadError {
    /// The error as a sentence about `name`, for messages.
    pub fn describe(&self, name: &str, limit: u64) -> String {
        match self {
            ReadError::NotAFile(kind) => format!(
                "`{name}` is {kind}, not a regular file; lexcompat reads only regular files"
            ),
            ReadError::TooLarge => {
                format!("`{name}` is larger than {limit} bytes, the most lexcompat reads")
            }
            ReadError::Io(e) => format!("cannot read `{name}`: {e}"),
        }
    }
}

/// What a path is, when it is not a regular file.
fn not_a_file(file_type: std::fs::FileType) -> Option<&'static str> {
    if file_type.is_file() {
        return None;
    }
    if file_type.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return Some("a FIFO");
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return Some("a device");
        }
        if file_type.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// Reads a regular file of at most `limit` bytes. Symbolic links are followed;
/// FIFOs, devices, sockets and folders are refused before they are opened, and
/// the size is checked on what is read, not on what the metadata claims.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let metadata = std::fs::metadata(path).map_err(ReadError::Io)?;
    if let Some(kind) = not_a_file(metadata.file_type()) {
        return Err(ReadError::NotAFile(kind));
    }
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    // The path may have changed between the two looks: check what was opened.
    let opened = file.metadata().map_err(ReadError::Io)?;
    if let Some(kind) = not_a_file(opened.file_type()) {
        return Err(ReadError::NotAFile(kind));
    }
    // The size the metadata claims is only a hint for the first allocation
    // (within the limit): what is read is what counts.
    let hint = opened.len().min(limit) as usize;
    let mut bytes = Vec::with_capacity(hint.saturating_add(1));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge);
    }
    Ok(bytes)
}

/// What was read: the files, and a diagnostic for each that could not be.
#[derive(Default)]
pub struct Loaded {
    pub files: Vec<SourceFile>,
    /// How many of the files, from the first, are the corpus; the rest were named by the user.
    pub corpus_files: usize,
    pub diagnostics: Vec<Diagnostic>,
    /// Canonical paths already read, so a file named twice is read once.
    seen: HashSet<PathBuf>,
    /// Bytes read so far, against [`MAX_TOTAL_BYTES`].
    total_bytes: u64,
}

impl Loaded {
    /// Reads a `.lex` file, or every `.lex` file under a folder in sorted order.
    ///
    /// Input that must not be read (a FIFO or device, a link out of the folder,
    /// a loop, a folder without `.lex` files, too many files or bytes) is an
    /// error; a file that is merely unreadable or not UTF-8 is a diagnostic.
    pub fn add_path(&mut self, path: &Path) -> Result<(), String> {
        let metadata = std::fs::metadata(path)
            .map_err(|e| format!("cannot read `{}`: {e}", display_name(path)))?;
        if metadata.is_dir() {
            let mut walk = Walk::new(path)?;
            let root = walk.root.clone();
            walk.folder(path, &root, 0)?;
            let mut found = walk.found;
            if found.is_empty() {
                return Err(format!("no .lex files in `{}`", display_name(path)));
            }
            found.sort();
            // Read on every core, a batch at a time, and taken in order: the
            // limits on files and bytes stop the reading as they would one
            // file at a time, having read at most one batch beyond.
            let mut rest = found.as_slice();
            while !rest.is_empty() {
                let (batch, after) = rest.split_at(batch_length(rest));
                self.add_files(batch)?;
                rest = after;
            }
            Ok(())
        } else {
            self.add_files(&[path.to_path_buf()])
        }
    }

    /// Reads the files not read before, on every core, and takes them in order.
    fn add_files(&mut self, files: &[PathBuf]) -> Result<(), String> {
        let mut fresh = Vec::with_capacity(files.len());
        for file in files {
            if self.admit(file)? {
                fresh.push(file);
            }
        }
        let texts = crate::parallel::map(&fresh, |file| read_text(file));
        for (file, text) in fresh.into_iter().zip(texts) {
            self.take(file, text)?;
        }
        Ok(())
    }

    /// Whether a file is still to be read: not read before, and within the
    /// limit on files.
    fn admit(&mut self, path: &Path) -> Result<bool, String> {
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if !self.seen.insert(canonical) {
            return Ok(false);
        }
        if self.seen.len() > MAX_FILES {
            return Err(format!(
                "more than {MAX_FILES} .lex files to read (at `{}`); lexcompat reads at most {MAX_FILES}",
                display_name(path)
            ));
        }
        Ok(true)
    }

    /// Takes what reading an admitted file gave, within the limit on bytes.
    fn take(&mut self, path: &Path, read: Result<String, Refused>) -> Result<(), String> {
        let name = display_name(path);
        match read {
            Ok(text) => {
                self.total_bytes += text.len() as u64;
                if self.total_bytes > MAX_TOTAL_BYTES {
                    return Err(format!(
                        "more than {MAX_TOTAL_BYTES} bytes of .lex files to read (at `{name}`); lexcompat reads at most {MAX_TOTAL_BYTES}"
                    ));
                }
                self.files.push(SourceFile::new(
                    name,
                    Origin::Disk(path.to_path_buf()),
                    text,
                ));
                Ok(())
            }
            Err(Refused::Input(message)) => Err(message),
            Err(Refused::Diagnostic(diagnostic)) => {
                self.diagnostics.push(*diagnostic);
                Ok(())
            }
        }
    }
}

/// How many of the files, from the first, make the next batch: at most
/// [`BATCH_FILES`], at most [`BATCH_BYTES`] by their metadata, at least one.
fn batch_length(files: &[PathBuf]) -> usize {
    let mut size = 0;
    files
        .iter()
        .take(BATCH_FILES)
        .take_while(|file| {
            size += std::fs::metadata(file).map_or(0, |m| m.len());
            size <= BATCH_BYTES
        })
        .count()
        .max(1)
}

fn display_name(path: &Path) -> String {
    let text = path.display().to_string();
    text.strip_prefix("./").unwrap_or(&text).to_string()
}

/// A walk of the `.lex` files under one folder.
struct Walk {
    /// The folder given, canonical: no link leads out of it.
    root: PathBuf,
    /// Canonical folders already walked, so two links to one folder read it once.
    visited: HashSet<PathBuf>,
    found: Vec<PathBuf>,
}

impl Walk {
    fn new(root: &Path) -> Result<Walk, String> {
        let canonical = std::fs::canonicalize(root)
            .map_err(|e| format!("cannot read `{}`: {e}", display_name(root)))?;
        Ok(Walk {
            root: canonical,
            visited: HashSet::new(),
            found: Vec::new(),
        })
    }

    /// Walks `dir`, whose canonical path is `canonical`.
    fn folder(&mut self, dir: &Path, canonical: &Path, depth: usize) -> Result<(), String> {
        if depth > MAX_FOLDER_DEPTH {
            return Err(format!(
                "`{}` lies more than {MAX_FOLDER_DEPTH} folders deep; lexcompat reads no deeper",
                display_name(dir)
            ));
        }
        if !self.visited.insert(canonical.to_path_buf()) {
            return Ok(());
        }
        if self.visited.len() > MAX_FOLDERS {
            return Err(format!(
                "more than {MAX_FOLDERS} folders under `{}`; is this the right folder?",
                display_name(dir)
            ));
        }
        let entries = std::fs::read_dir(dir)
            .map_err(|e| format!("cannot read `{}`: {e}", display_name(dir)))?;
        let mut entries: Vec<_> = entries.flatten().collect();
        entries.sort_by_key(std::fs::DirEntry::file_name);
        for entry in entries {
            let path = entry.path();
            let is_lex = path.extension().is_some_and(|e| e == "lex");
            let Ok(file_type) = entry.file_type() else {
                continue;
            };
            if file_type.is_symlink() {
                let Ok(target) = std::fs::canonicalize(&path) else {
                    // A broken link: reading it reports it, if it names a `.lex` file.
                    if is_lex {
                        self.push(path)?;
                    }
                    continue;
                };
                let Ok(metadata) = std::fs::metadata(&target) else {
                    continue;
                };
                if !metadata.is_dir() && !is_lex {
                    continue;
                }
                if !target.starts_with(&self.root) {
                    return Err(format!(
                        "`{}` is a symbolic link that leads out of the folder `{}`; lexcompat follows links only inside the folder it reads",
                        display_name(&path),
                        display_name(&self.root)
                    ));
                }
                if metadata.is_dir() {
                    if canonical.starts_with(&target) {
                        return Err(format!(
                            "`{}` is a symbolic link to a folder that contains it: a loop",
                            display_name(&path)
                        ));
                    }
                    self.folder(&path, &target, depth + 1)?;
                } else {
                    self.push(path)?;
                }
            } else if file_type.is_dir() {
                let inner = canonical.join(entry.file_name());
                self.folder(&path, &inner, depth + 1)?;
            } else if is_lex {
                self.push(path)?;
            }
        }
        Ok(())
    }

    fn push(&mut self, path: PathBuf) -> Result<(), String> {
        if self.found.len() >= MAX_FILES {
            return Err(format!(
                "more than {MAX_FILES} .lex files under `{}`; lexcompat reads at most {MAX_FILES}",
                display_name(&self.root)
            ));
        }
        self.found.push(path);
        Ok(())
    }
}

/// Why a file's text is not used: input refused outright, or a diagnostic.
enum Refused {
    Input(String),
    Diagnostic(Box<Diagnostic>),
}

fn read_text(path: &Path) -> Result<String, Refused> {
    let name = display_name(path);
    let bytes = read_regular(path, MAX_FILE_BYTES).map_err(|e| match e {
        ReadError::NotAFile(_) => Refused::Input(e.describe(&name, MAX_FILE_BYTES)),
        ReadError::TooLarge => Refused::Diagnostic(Box::new(
            Diagnostic::new(Code::TooLarge, e.describe(&name, MAX_FILE_BYTES)).help(
                "split the file: one instrument or one proposal per file is the usual layout",
            ),
        )),
        ReadError::Io(_) => Refused::Diagnostic(Box::new(Diagnostic::new(
            Code::Unreadable,
            e.describe(&name, MAX_FILE_BYTES),
        ))),
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
        let line = valid.matches('\n').count() + 1;
        let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Refused::Diagnostic(Box::new(Diagnostic::new(
            Code::NotUtf8,
            format!("`{name}` is not UTF-8 text: the byte at offset {offset} (line {line}, column {column}) is not valid UTF-8"),
        )
        .help("save the file as UTF-8; lexcompat reads no other encoding")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder of more files than a batch holds, two of them not UTF-8:
    /// read on every core, the files and diagnostics come in the sorted
    /// order, as reading each file alone gives them.
    #[test]
    fn a_folder_read_in_batches_gives_what_reading_each_file_in_turn_gives() {
        let folder = tempfile::tempdir().unwrap();
        let count = 2 * BATCH_FILES + 7;
        for n in 0..count {
            let text: Vec<u8> = if n % 300 == 5 {
                vec![b'x', 0xff, b'\n']
            } else {
                format!("right r{n} \"right {n}\"\n").into_bytes()
            };
            std::fs::write(folder.path().join(format!("f{n:04}.lex")), text).unwrap();
        }
        let mut batched = Loaded::default();
        batched.add_path(folder.path()).unwrap();
        let mut one_by_one = Loaded::default();
        for n in 0..count {
            let path = folder.path().join(format!("f{n:04}.lex"));
            one_by_one.add_path(&path).unwrap();
        }
        let files = |l: &Loaded| -> Vec<(String, String)> {
            l.files
                .iter()
                .map(|f| (f.name.clone(), f.text.clone()))
                .collect()
        };
        let messages = |l: &Loaded| -> Vec<String> {
            l.diagnostics.iter().map(|d| d.message.clone()).collect()
        };
        assert_eq!(batched.files.len(), count - 2);
        assert_eq!(files(&batched), files(&one_by_one));
        assert_eq!(messages(&batched).len(), 2);
        assert_eq!(messages(&batched), messages(&one_by_one));
        assert_eq!(batched.total_bytes, one_by_one.total_bytes);
    }
}
