//! Positions between the editor and lexcompat: LSP counts lines from zero
//! and columns in UTF-16 code units, lexcompat's spans are byte offsets
//! (src/source.rs). Also `file:` URIs to paths and back. Knows nothing of
//! the language.

use lsp_types::{Position, Range};
use std::path::{Path, PathBuf};

/// The byte offset of the start of every line of one text, for converting
/// both ways in O(log n) plus the length of one line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts }
    }

    /// The editor's position of a byte offset; an offset inside a
    /// character counts as its start, one past the end as the end.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character: usize = text[start..offset].chars().map(char::len_utf16).sum();
        Position::new(line as u32, character as u32)
    }

    pub fn range(&self, text: &str, start: usize, end: usize) -> Range {
        Range::new(self.position(text, start), self.position(text, end))
    }

    /// The byte offset of an editor's position. A line past the end is the
    /// end of the text, a column past the end of its line the end of the
    /// line, and a column inside a surrogate pair the start of its character:
    /// a client's mistake never reaches a slice.
    pub fn offset(&self, text: &str, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return text.len();
        };
        let end = self
            .starts
            .get(position.line as usize + 1)
            .map_or(text.len(), |next| next - 1);
        let mut units = 0usize;
        for (i, c) in text[start..end].char_indices() {
            if units + c.len_utf16() > position.character as usize {
                return start + i;
            }
            units += c.len_utf16();
        }
        end
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The path of a `file:` URI, percent-decoded; `None` for any other scheme
/// or a URI that does not decode to a path.
pub fn uri_to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    // An authority (`file://host/...`) other than localhost is not a local file.
    let path = match rest.find('/') {
        Some(0) => rest,
        Some(i) if &rest[..i] == "localhost" => &rest[i..],
        _ => return None,
    };
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let mut bytes = Vec::with_capacity(path.len());
    let mut iter = path.bytes();
    while let Some(b) = iter.next() {
        if b == b'%' {
            let high = iter.next().and_then(|c| (c as char).to_digit(16))?;
            let low = iter.next().and_then(|c| (c as char).to_digit(16))?;
            bytes.push((high * 16 + low) as u8);
        } else {
            bytes.push(b);
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        Some(PathBuf::from(std::ffi::OsString::from_vec(bytes)))
    }
    #[cfg(not(unix))]
    {
        String::from_utf8(bytes).ok().map(PathBuf::from)
    }
}

/// The `file:` URI of an absolute path, every byte outside the unreserved
/// characters and `/` percent-encoded.
pub fn path_to_uri(path: &Path) -> Option<lsp_types::Uri> {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(path)
    };
    #[cfg(unix)]
    let bytes = {
        use std::os::unix::ffi::OsStrExt;
        absolute.as_os_str().as_bytes().to_vec()
    };
    #[cfg(not(unix))]
    let bytes = absolute.to_str()?.replace('\\', "/").into_bytes();
    let mut uri = String::from("file://");
    if bytes.first() != Some(&b'/') {
        uri.push('/');
    }
    for b in bytes {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_utf16_units_not_bytes() {
        // "Å" is two bytes and one unit, "𝕏" four bytes and two units.
        let text = "state aland \"Åland — 𝕏\" x\nnext";
        let index = LineIndex::new(text);
        let x = text.find(" x\n").unwrap() + 1;
        let position = index.position(text, x);
        // 13 ASCII units, `Åland` 5, ` — ` 3, `𝕏` 2, `" ` 2.
        assert_eq!(position, Position::new(0, 25));
        assert_eq!(index.offset(text, position), x);
        assert_eq!(index.position(text, text.len()), Position::new(1, 4));
        assert_eq!(
            index.offset(text, Position::new(1, 0)),
            text.find("next").unwrap()
        );
    }

    #[test]
    fn positions_out_of_range_are_clamped() {
        let text = "ab\n𝕏c";
        let index = LineIndex::new(text);
        assert_eq!(index.offset(text, Position::new(9, 0)), text.len());
        assert_eq!(index.offset(text, Position::new(0, 99)), 2);
        // Inside the surrogate pair of 𝕏: the character's start.
        assert_eq!(index.offset(text, Position::new(1, 1)), 3);
        assert_eq!(index.position(text, 4), Position::new(1, 0));
    }

    #[test]
    fn file_uris_round_trip_with_escapes() {
        let path = Path::new("/tmp/a b/Åland#1.lex");
        let uri = path_to_uri(path).unwrap();
        assert_eq!(uri.as_str(), "file:///tmp/a%20b/%C3%85land%231.lex");
        assert_eq!(uri_to_path(uri.as_str()).unwrap(), path);
        assert_eq!(uri_to_path("untitled:Untitled-1"), None);
        assert_eq!(uri_to_path("file://elsewhere/x.lex"), None);
        assert_eq!(uri_to_path("file:///x%zz"), None);
    }
}
