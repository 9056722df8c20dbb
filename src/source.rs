//! Source files and spans: where every piece of text came from.
//!
//! Owns the set of loaded files (from disk or embedded in the binary), the
//! [`Span`] type that every later stage carries, and the conversion of byte
//! offsets to lines and columns. It knows nothing of the language or the law.

use std::fmt;
use std::path::PathBuf;

/// Index of a file in a [`Sources`] set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// A byte range in one source file. Offsets are kept in 32 bits: every
/// stage carries spans by the hundred thousand (each name, condition and
/// statement has one), and a file is at most 16 MB
/// ([`crate::load::MAX_FILE_BYTES`]), an editor's document at most 128 MB.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub file: FileId,
    start: u32,
    end: u32,
}

impl Span {
    /// An offset past 4 GiB, which no text under the limits has, is kept
    /// as the largest offset: it points past the end, never into the text.
    pub fn new(file: FileId, start: usize, end: usize) -> Span {
        let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        Span {
            file,
            start: offset(start),
            end: offset(end),
        }
    }

    /// Where the span starts, in bytes from the start of its file.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Where the span ends (exclusive), in bytes from the start of its file.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    pub fn len(&self) -> usize {
        self.end() - self.start()
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// Where a file's text was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file on disk, at this path as the user named it (or as found in a folder).
    Disk(PathBuf),
    /// A corpus file compiled into the binary.
    Embedded,
}

/// One loaded file.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name shown in diagnostics: a path relative to where it was found.
    pub name: String,
    pub origin: Origin,
    pub text: String,
    /// Where each line starts, found when a position is first asked for:
    /// most files of a large corpus are never pointed into, and their
    /// lines would take a tenth of the text's size. Offsets fit in 32 bits
    /// as a [`Span`]'s do.
    line_starts: std::sync::OnceLock<Vec<u32>>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, origin: Origin, text: impl Into<String>) -> SourceFile {
        SourceFile {
            name: name.into(),
            origin,
            text: text.into(),
            line_starts: std::sync::OnceLock::new(),
        }
    }

    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| offset(i + 1)))
                .collect()
        })
    }

    /// The zero-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        // Past 4 GiB, which no text under the limits reaches, every offset
        // counts as the last line's.
        let offset = u32::try_from(offset).unwrap_or(u32::MAX);
        match self.line_starts().binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Where a zero-based line starts; the end of the text past the last line.
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts()
            .get(line)
            .map_or(self.text.len(), |&start| start as usize)
    }

    /// One-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let column = self.text[start..offset].chars().count() + 1;
        (line + 1, column)
    }
}

/// Every file of one run, in the order they were loaded.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub fn new() -> Sources {
        Sources::default()
    }

    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId((self.files.len() - 1) as u32)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// `file:line:column` of the start of a span.
    pub fn locate(&self, span: Span) -> Location {
        let file = self.get(span.file);
        let (line, column) = file.line_col(span.start());
        Location {
            file: file.name.clone(),
            line,
            column,
        }
    }
}

/// A human position: file name, one-based line and column.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_keeps_its_offsets_and_points_past_the_end_beyond_4_gib() {
        let span = Span::new(FileId(3), 12, 15);
        assert_eq!(
            (span.file, span.start(), span.end(), span.len()),
            (FileId(3), 12, 15, 3)
        );
        let far = Span::new(FileId(0), 7, usize::MAX);
        assert_eq!((far.start(), far.end()), (7, u32::MAX as usize));
        assert!(Span::new(FileId(0), 4, 4).is_empty());
    }

    #[test]
    fn lines_and_columns_are_found_when_first_asked_for() {
        let file = SourceFile::new("f.lex", Origin::Embedded, "ab\nçd\n\nx");
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(3), (2, 1));
        // Columns count characters: `ç` is two bytes.
        assert_eq!(file.line_col(5), (2, 2));
        assert_eq!(file.line_col(7), (3, 1));
        assert_eq!(file.line_col(8), (4, 1));
        // Past the end: the end of the last line.
        assert_eq!(file.line_col(99), (4, 2));
        assert_eq!((file.line_start(1), file.line_start(9)), (3, 9));
        assert_eq!(file.line_of(6), 1);
    }
}
