//! Text from files, written so that it stays data wherever it lands: the
//! characters a terminal or a reader acts on (escape sequences,
//! bidirectional overrides, line separators) are replaced in plain text and
//! escaped in JSON and YAML, where the escape means the same.
//!
//! Owns only the writing of such text; it knows nothing of the law nor of
//! any report. It stands below every writer of output (reports, baselines)
//! so that none of them can write a file's text raw.

mod yaml;

pub use yaml::inert_yaml;
pub(crate) use yaml::{write_yaml_field, write_yaml_item};

/// Removes terminal control characters from text that came from a file, so
/// that no corpus or proposal can send escape sequences to a terminal.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(unsafe_char) {
        text.chars()
            .map(|c| if unsafe_char(c) { '\u{FFFD}' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// [`printable`] for text that must stay on one line, such as a file name
/// in a message: a line break in it is replaced too, so a name cannot
/// start a line of its own (`a\nerror: ...`).
pub fn printable_line(text: &str) -> String {
    printable(text).replace('\n', "\u{FFFD}")
}

/// Pretty JSON of `value` with the characters serde_json leaves raw but a
/// terminal acts on (bidirectional overrides and isolates, line and
/// paragraph separators, C1 controls) written as `\uXXXX` escapes: the same
/// document, inert when printed. They can only stand inside strings, where
/// the escape means the same, so they are escaped as the strings are
/// written: no second pass over a report that can be larger than its corpus.
pub fn inert_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::with_capacity(4096);
    write_inert_json(value, 0, &mut out);
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// [`inert_json`] of a value that stands `depth` levels deep in a larger
/// document, appended to `out`: every line after the first is indented as
/// serde_json would indent it there. Parts of a large document can so be
/// written apart (on several threads) and joined into the same bytes.
pub fn write_inert_json<T: serde::Serialize + ?Sized>(value: &T, depth: usize, out: &mut Vec<u8>) {
    stream_inert_json(value, depth, out).expect("a report serialises: its maps have string keys");
}

/// [`write_inert_json`] straight into a writer, for a part too large to be
/// held in memory first; fails only as the writer fails.
pub fn stream_inert_json<T: serde::Serialize + ?Sized, W: std::io::Write + ?Sized>(
    value: &T,
    depth: usize,
    out: &mut W,
) -> std::io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(
        out,
        Inert {
            depth,
            has_value: false,
        },
    );
    value
        .serialize(&mut serializer)
        .map_err(std::io::Error::from)
}

/// serde_json's pretty layout (two spaces a level), begun at any depth, with
/// [`unsafe_char`]s escaped inside strings. The layout is serde_json's
/// `PrettyFormatter`'s, written out because that one always starts at the
/// left margin; tests compare the bytes with it.
struct Inert {
    depth: usize,
    has_value: bool,
}

impl Inert {
    fn new_line<W: ?Sized + std::io::Write>(&self, w: &mut W, first: bool) -> std::io::Result<()> {
        w.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(w)
    }

    fn indent<W: ?Sized + std::io::Write>(&self, w: &mut W) -> std::io::Result<()> {
        for _ in 0..self.depth {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + std::io::Write>(&mut self, w: &mut W, mark: &[u8]) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(mark)
    }

    fn close<W: ?Sized + std::io::Write>(&mut self, w: &mut W, mark: &[u8]) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            w.write_all(b"\n")?;
            self.indent(w)?;
        }
        w.write_all(mark)
    }
}

impl serde_json::ser::Formatter for Inert {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        // Every character to escape is DEL or beyond ASCII.
        if fragment.bytes().all(|b| b < 0x7f) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if unsafe_char(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                write!(writer, "\\u{:04x}", c as u32)?;
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.new_line(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.new_line(w, first)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// A character that can act on a terminal or a reader rather than be read:
/// control characters (escape sequences, bells, NUL), the bidirectional
/// overrides and isolates that reorder what is shown, and the line and
/// paragraph separators that break lines where no line break is seen.
pub fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

#[cfg(test)]
mod tests {
    #[test]
    fn json_escapes_what_a_terminal_acts_on_and_reads_back_the_same() {
        let value = serde_json::json!({
            "k\u{202E}ey": ["plain", "bidi \u{202E}x\u{2066}", "line\u{2028}sep", "c1 \u{85} del \u{7f}", "é, ß, 中", "esc \u{1b}[2J"],
        });
        let json = super::inert_json(&value);
        for c in [
            '\u{202E}', '\u{2066}', '\u{2028}', '\u{85}', '\u{7f}', '\u{1b}',
        ] {
            assert!(!json.contains(c), "{c:?} left raw in {json}");
        }
        assert!(json.contains("bidi \\u202ex\\u2066"), "{json}");
        assert!(
            json.contains("é, ß, 中"),
            "ordinary text stays as it is: {json}"
        );
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&json).unwrap(),
            value
        );
        assert_eq!(json, super::inert_json(&value));
        // The same layout as serde_json's own pretty printer.
        let plain = serde_json::json!({"a": [1, {"b": null}], "c": "d"});
        assert_eq!(
            super::inert_json(&plain),
            serde_json::to_string_pretty(&plain).unwrap()
        );
    }

    #[test]
    fn json_written_at_a_depth_is_the_same_bytes_as_inside_the_whole() {
        let inner = serde_json::json!({"a": [1, {"b": "line\nbreak"}], "c": {}, "d": []});
        let whole = serde_json::json!({"outer": [inner.clone()]});
        let mut part = Vec::new();
        super::write_inert_json(&inner, 2, &mut part);
        let part = String::from_utf8(part).unwrap();
        let joined = format!("{{\n  \"outer\": [\n    {part}\n  ]\n}}");
        assert_eq!(joined, super::inert_json(&whole));
    }
}
