//! A look at YAML text before it is parsed: refuses anchors and aliases (a
//! few kilobytes of `*alias` can expand to gigabytes) and nesting deeper than
//! a limit (thousands of brackets make the parser slow), so that no value is
//! built from such text.
//!
//! The scan is conservative: it knows where a YAML node starts (after
//! indentation, `- `, `? `, `: `, `[`, `{` and `,`), skips quoted strings,
//! comments, block scalars (`|`, `>`) and the continuation lines of plain
//! scalars, and refuses `&` or `*` where a node starts. Text that YAML would
//! read as something else is at worst refused with a clear message, never
//! accepted with an alias in it.

/// The column where a line's content starts, past its indentation and any
/// block sequence (`- `) or complex key (`? `) indicators.
fn content_column(line: &str, indent: usize) -> usize {
    let bytes = line.as_bytes();
    let mut at = indent;
    while at < bytes.len()
        && matches!(bytes[at], b'-' | b'?')
        && bytes.get(at + 1).is_none_or(|&n| n == b' ' || n == b'\t')
    {
        at += 1;
        while at < bytes.len() && matches!(bytes[at], b' ' | b'\t') {
            at += 1;
        }
    }
    at
}

/// How deep baselines and `lexcompat.yaml` may nest: theirs is two or three levels.
pub const MAX_DEPTH: usize = 32;

/// Why a YAML text is refused, and where (1-based line and column, byte offset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub line: usize,
    pub column: usize,
    pub offset: usize,
    pub message: String,
}

/// Checks `text` for anchors, aliases and nesting deeper than `max_depth`.
pub fn check(text: &str, max_depth: usize) -> Result<(), Refusal> {
    let mut quote: Option<char> = None;
    let mut flow = 0usize;
    let mut block_scalar: Option<usize> = None;
    let mut plain_continues: Option<usize> = None;
    let mut indents: Vec<usize> = Vec::new();
    let mut node_start = true;
    let mut line_start = 0usize;
    for (index, line) in text.split('\n').enumerate() {
        let offset_of_line = line_start;
        line_start += line.len() + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        let indent = line.len() - line.trim_start_matches(' ').len();
        let rest = line[indent..].trim_start();
        let refuse = |at: usize, message: String| Refusal {
            line: index + 1,
            column: line[..at].chars().count() + 1,
            offset: offset_of_line + at,
            message,
        };
        if let Some(parent) = block_scalar {
            if rest.is_empty() || indent > parent {
                continue;
            }
            block_scalar = None;
        }
        let mut base_depth = 0;
        if quote.is_none() && flow == 0 {
            if let Some(parent) = plain_continues {
                if !rest.is_empty() && indent > parent && !rest.starts_with('#') {
                    continue;
                }
            }
            plain_continues = None;
            if rest.is_empty() || rest.starts_with('#') {
                continue;
            }
            while indents.last().is_some_and(|&top| top > indent) {
                indents.pop();
            }
            if indents.last() != Some(&indent) {
                indents.push(indent);
            }
            base_depth = indents.len();
            node_start = true;
            if base_depth > max_depth {
                return Err(refuse(
                    indent,
                    format!("nesting deeper than {max_depth} levels; lexcompat reads no deeper"),
                ));
            }
        }
        let too_deep = |depth: usize| depth > max_depth;
        let deep_message =
            || format!("nesting deeper than {max_depth} levels; lexcompat reads no deeper");
        let mut extra_depth = 0usize;
        let mut in_plain = false;
        let bytes = line.as_bytes();
        let mut i = if quote.is_none() && flow == 0 {
            indent
        } else {
            0
        };
        while i < bytes.len() {
            let c = bytes[i];
            let next = bytes.get(i + 1).copied();
            let next_is_blank = next.is_none_or(|n| n == b' ' || n == b'\t');
            if let Some(q) = quote {
                if q == '"' && c == b'\\' {
                    i += 2;
                    continue;
                }
                if q == '\'' && c == b'\'' && next == Some(b'\'') {
                    i += 2;
                    continue;
                }
                if c == q as u8 {
                    quote = None;
                    node_start = false;
                    in_plain = false;
                }
                i += 1;
                continue;
            }
            if c == b' ' || c == b'\t' {
                i += 1;
                continue;
            }
            if c == b'#' && (i == 0 || matches!(bytes[i - 1], b' ' | b'\t')) {
                break;
            }
            if node_start {
                match c {
                    b'&' | b'*' => {
                        return Err(refuse(
                            i,
                            "YAML anchors and aliases (`&name`, `*name`) are not accepted; write each value out".to_string(),
                        ))
                    }
                    b'"' | b'\'' => {
                        quote = Some(c as char);
                        node_start = false;
                        i += 1;
                        continue;
                    }
                    b'[' | b'{' => {
                        flow += 1;
                        if too_deep(base_depth + extra_depth + flow) {
                            return Err(refuse(i, deep_message()));
                        }
                        i += 1;
                        continue;
                    }
                    b'-' | b'?' | b':' if next_is_blank => {
                        if c != b':' {
                            extra_depth += 1;
                            if too_deep(base_depth + extra_depth + flow) {
                                return Err(refuse(i, deep_message()));
                            }
                        }
                        i += 1;
                        continue;
                    }
                    b'|' | b'>' if flow == 0 => {
                        block_scalar = Some(indent);
                        break;
                    }
                    b'!' => {
                        while i < bytes.len() && !matches!(bytes[i], b' ' | b'\t') {
                            i += 1;
                        }
                        continue;
                    }
                    b'%' if i == 0 => break,
                    _ => {
                        node_start = false;
                        in_plain = true;
                    }
                }
            }
            match c {
                b':' if next_is_blank
                    || (flow > 0 && matches!(next, Some(b',' | b'[' | b']' | b'{' | b'}'))) =>
                {
                    node_start = true;
                    in_plain = false;
                }
                b',' if flow > 0 => {
                    node_start = true;
                    in_plain = false;
                }
                b'[' | b'{' if flow > 0 => {
                    flow += 1;
                    if too_deep(base_depth + extra_depth + flow) {
                        return Err(refuse(i, deep_message()));
                    }
                    node_start = true;
                    in_plain = false;
                }
                b']' | b'}' if flow > 0 => {
                    flow -= 1;
                    node_start = false;
                    in_plain = false;
                }
                _ => {}
            }
            i += 1;
        }
        if quote.is_none() && flow == 0 && in_plain {
            // A plain scalar continues on lines indented deeper than the
            // mapping it sits in, which starts after any `- ` or `? `
            // indicators: after `- f: 1`, a line `  m: ...` is a new key.
            plain_continues = Some(content_column(line, indent));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> Refusal {
        check(text, MAX_DEPTH).unwrap_err()
    }

    #[test]
    fn what_lexcompat_writes_is_accepted() {
        let text = "version: 1\nfindings:\n- fingerprint: abc\n  code: LC101\n  proposal: x-y\n  grant: null\n  message: 'A & B: it''s *so*'\n  reason: \"quoted & \\\"starred\\\" *x\"\n- fingerprint: d\n  reason: Tom & Jerry, *not* an alias # & comment\n  other: |\n    *block* &text\n  more: plain text\n    * continued & here\n";
        assert_eq!(check(text, MAX_DEPTH), Ok(()));
        assert_eq!(
            check("corpus: corpus/\nextra: [team/, 'a & b']\n", MAX_DEPTH),
            Ok(())
        );
    }

    #[test]
    fn a_block_scalar_after_a_plain_value_in_a_sequence_is_text() {
        // What the baseline writer emits for a message with blank lines and
        // an `&` of its own: the key after `- f: 1` is no continuation of 1.
        let written = "- f: 1\n  m: |-\n    x\n\n    &\n    *y\n- f: 2\n  m: plain\n";
        assert_eq!(check(written, MAX_DEPTH), Ok(()));
        // A real alias after such a value is still seen.
        let alias = "- f: 1\n  m: *y\n";
        assert_eq!(refused(alias).line, 2);
    }

    #[test]
    fn anchors_and_aliases_are_refused_with_their_line() {
        let r = refused("version: 1\nr: &r long text\nfindings:\n- reason: *r\n");
        assert_eq!((r.line, r.column), (2, 4));
        assert!(r.message.contains("anchors and aliases"));
        assert_eq!(refused("a: [x, *r]\n").line, 1);
        assert_eq!(refused("- - *r\n").column, 5);
        assert_eq!(refused("x:\n  &a\n  y: 1\n").line, 2);
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let brackets = "[".repeat(100_000);
        let r = refused(&brackets);
        assert_eq!((r.line, r.column), (1, MAX_DEPTH));
        let dashes = "- ".repeat(40);
        assert!(refused(&dashes).message.contains("nesting deeper"));
        let mut indented = String::new();
        for depth in 0..40 {
            indented.push_str(&format!("{}k{depth}:\n", " ".repeat(depth)));
        }
        assert_eq!(refused(&indented).line, MAX_DEPTH + 1);
        assert_eq!(check(&"[".repeat(MAX_DEPTH - 1), MAX_DEPTH), Ok(()));
    }
}
