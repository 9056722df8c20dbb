//! The formatter: one canonical layout for `.lex` files.
//!
//! Owns the layout and nothing else: what goes on which line, indentation,
//! spaces between words, blank lines. It reads the token stream of
//! [`crate::syntax::tokens`] and finds the comments in the gaps between
//! tokens, the only place the grammar allows them. It must not resolve a name
//! or know the law, and it reads and writes no file: `lexcompat fmt` and the
//! language server are shells over [`format_source`].
//!
//! The layout (docs/corpus-guide.md shows it):
//! - a top-level item starts in the first column; each entry of a `{ }` block
//!   starts a line, indented two spaces a level; `}` closes on its own line;
//! - the `note` of a measure or group goes on the next line, two spaces in;
//! - words are separated by one space, with none inside `( )` and `[ ]` or
//!   before `,` and `(`;
//! - a comment is kept byte for byte where it was: after a word on its line,
//!   or on a line of its own indented like what follows it;
//! - blank lines the author left between entries, items and own-line comments
//!   are kept, one at most; none after `{`, before `}` or inside an entry;
//!   a block item (one with `{ }`) has a blank line before and after it;
//! - strings and text blocks are kept byte for byte, so a text block keeps
//!   its lines and their indentation as written.
//!
//! It is lossless by construction, since the layout only changes gaps, and it
//! checks it: the output is tokenised again, and unless it has the same
//! tokens and the same comments in the same order, the file is refused
//! rather than changed.

use crate::diagnostic::{Code, Diagnostic};
use crate::source::{FileId, Span};
use crate::syntax::tokens::{self, Opens, Token, TokenKind};

/// Spaces per level of `{ }` and per continuation line.
const INDENT: usize = 2;

/// Why a text was not formatted: the errors the syntax layer found in it,
/// the same `lexcompat lint` reports. Their spans point into the text given,
/// as file [`FileId`]`(0)`.
#[derive(Debug, Clone)]
pub struct FmtError {
    pub diagnostics: Vec<Diagnostic>,
}

impl std::fmt::Display for FmtError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.diagnostics.first() {
            Some(first) => write!(f, "not formatted: {}", first.message),
            None => write!(f, "not formatted"),
        }
    }
}

impl std::error::Error for FmtError {}

/// The text in the canonical layout, or the syntax errors that keep it from
/// being formatted. Formatting a formatted text changes nothing.
pub fn format_source(text: &str) -> Result<String, FmtError> {
    let Some(tokens) = tokens::tokens(text) else {
        return Err(syntax_errors(text));
    };
    let formatted = layout(text, &tokens).ok_or_else(|| not_lossless(text, 0))?;
    match tokens::tokens(&formatted) {
        Some(again) => match first_difference(text, &tokens, &formatted, &again) {
            None => Ok(formatted),
            Some(at) => Err(not_lossless(text, at)),
        },
        None => Err(not_lossless(text, 0)),
    }
}

fn syntax_errors(text: &str) -> FmtError {
    let (_, diagnostics) = crate::syntax::parse(FileId(0), text);
    let mut errors: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    if errors.is_empty() {
        errors.push(
            Diagnostic::new(Code::Syntax, "the file does not follow the grammar")
                .label(Span::new(FileId(0), 0, 0), "in this file")
                .help("run `lexcompat lint` on it"),
        );
    }
    FmtError {
        diagnostics: errors,
    }
}

/// The formatter's own check failed: a bug, reported rather than written.
fn not_lossless(text: &str, at: usize) -> FmtError {
    let at = at.min(text.len());
    FmtError {
        diagnostics: vec![Diagnostic::new(
            Code::Syntax,
            "lexcompat fmt could not lay this file out without changing its words or comments",
        )
        .label(
            Span::new(FileId(0), at, at),
            "the layout would differ from here",
        )
        .help("the file is left as it is; please report this with the file")],
    }
}

/// A token as compared and printed: the spaces inside a reference such as
/// `TFEU  20` are one space; every other token is kept as written.
fn token_text<'t>(text: &'t str, token: &Token) -> std::borrow::Cow<'t, str> {
    let written = &text[token.start..token.end];
    match (token.kind, written.split_once(' ')) {
        (TokenKind::Reference, Some((instrument, rest))) if rest.starts_with(' ') => {
            format!("{instrument} {}", rest.trim_start_matches(' ')).into()
        }
        _ => written.into(),
    }
}

/// Where two texts first differ in their tokens or comments, as an offset
/// into the first; `None` when they have the same ones in the same order.
fn first_difference(a: &str, a_tokens: &[Token], b: &str, b_tokens: &[Token]) -> Option<usize> {
    for (x, y) in a_tokens.iter().zip(b_tokens) {
        if x.kind != y.kind || token_text(a, x) != token_text(b, y) {
            return Some(x.start);
        }
    }
    if a_tokens.len() != b_tokens.len() {
        return Some(a_tokens.get(b_tokens.len()).map_or(a.len(), |t| t.start));
    }
    let (Some(a_comments), Some(b_comments)) = (comments(a, a_tokens), comments(b, b_tokens))
    else {
        return Some(0);
    };
    for (x, y) in a_comments.iter().zip(&b_comments) {
        if x.1 != y.1 {
            return Some(x.0);
        }
    }
    (a_comments.len() != b_comments.len()).then_some(0)
}

/// The comments of a text, each with the offset of the gap it is in.
fn comments<'t>(text: &'t str, tokens: &[Token]) -> Option<Vec<(usize, &'t str)>> {
    let mut found = Vec::new();
    let mut from = 0;
    let spans = tokens.iter().map(|t| (t.start, t.end));
    for (start, end) in spans.chain([(text.len(), text.len())]) {
        for piece in gap_pieces(&text[from..start])? {
            if let Some(comment) = piece.comment {
                found.push((from, comment));
            }
        }
        from = end;
    }
    Some(found)
}

/// A comment in a gap between tokens, or the end of the gap, with the line
/// breaks before it.
struct Piece<'t> {
    line_breaks: usize,
    comment: Option<&'t str>,
}

/// The comments of a gap and the line breaks around them; the last piece is
/// the end of the gap. `None` if the gap holds something other than
/// whitespace and comments, which the grammar does not allow.
fn gap_pieces(gap: &str) -> Option<Vec<Piece<'_>>> {
    let bytes = gap.as_bytes();
    let mut pieces = Vec::new();
    let mut line_breaks = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                line_breaks += 1;
                i += 1;
            }
            // `\r\n` and a lone `\r` are one line break each, as for the grammar.
            b'\r' => {
                line_breaks += 1;
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
            }
            b' ' | b'\t' => i += 1,
            b'#' => {
                let end = gap[i..].find(['\n', '\r']).map_or(gap.len(), |e| i + e);
                pieces.push(Piece {
                    line_breaks,
                    comment: Some(&gap[i..end]),
                });
                line_breaks = 0;
                i = end;
            }
            _ => return None,
        }
    }
    pieces.push(Piece {
        line_breaks,
        comment: None,
    });
    Some(pieces)
}

/// Where a token goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// At the start of a line: a top-level item or an entry of a block.
    Line,
    /// At the start of a line, closing a block.
    Close,
    /// At the start of a line one step further in: a measure's or group's note.
    Continuation,
    /// After the word before it on the same line.
    Inline,
    /// The end of the file.
    End,
}

/// What the last line written holds, for the blank lines around it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Nothing,
    Code,
    /// Code ending in `{`: no blank line follows it.
    Opening,
    /// The `}` that closes a top-level item: a blank line follows it.
    ItemClose,
    Comment,
}

struct Printer {
    out: String,
    last: Last,
    /// The last line ends in a comment: nothing more may go on it.
    ended: bool,
    previous: Option<TokenKind>,
}

impl Printer {
    /// Starts a line `indent` deep, after a blank line if `blank`.
    fn line(&mut self, blank: bool, indent: usize) {
        if self.last != Last::Nothing {
            self.out.push('\n');
            if blank && self.last != Last::Opening {
                self.out.push('\n');
            }
        }
        self.out.extend(std::iter::repeat_n(' ', indent * INDENT));
        self.ended = false;
        self.previous = None;
    }

    /// The comments of the gap before a token at `place`; `depth` is the
    /// number of blocks open around the token.
    fn gap(&mut self, gap: &str, place: Place, depth: usize) -> Option<usize> {
        let pieces = gap_pieces(gap)?;
        let between_lines = matches!(place, Place::Line | Place::Close | Place::End);
        let indent = match place {
            Place::Line => depth,
            Place::Close | Place::Continuation | Place::Inline => depth + 1,
            Place::End => 0,
        };
        let mut breaks_before_token = 0;
        for piece in pieces {
            let Some(comment) = piece.comment else {
                breaks_before_token = piece.line_breaks;
                continue;
            };
            if piece.line_breaks == 0 && self.last != Last::Nothing && !self.ended {
                self.out.push(' ');
            } else {
                let top_level = indent == 0 && self.last == Last::ItemClose;
                self.line(
                    (between_lines && piece.line_breaks >= 2) || top_level,
                    indent,
                );
                self.last = Last::Comment;
            }
            self.out.push_str(comment);
            self.ended = true;
        }
        Some(breaks_before_token)
    }

    fn token(&mut self, text: &str, kind: TokenKind, place: Place, depth: usize, blank: bool) {
        match place {
            Place::Line | Place::Close => self.line(blank && place == Place::Line, depth),
            Place::Continuation => self.line(false, depth + 1),
            _ if self.ended || self.last == Last::Nothing => self.line(false, depth + 1),
            _ if glued(self.previous, kind) => {}
            _ => self.out.push(' '),
        }
        self.out.push_str(text);
        self.previous = Some(kind);
        self.last = match kind {
            TokenKind::OpenBrace => Last::Opening,
            TokenKind::CloseBrace if depth == 0 => Last::ItemClose,
            _ => Last::Code,
        };
    }
}

/// No space after `(` and `[`, nor before `)`, `]`, `,` and `(`.
fn glued(previous: Option<TokenKind>, next: TokenKind) -> bool {
    use TokenKind::*;
    matches!(previous, Some(OpenParen | OpenBracket))
        || matches!(next, CloseParen | CloseBracket | Comma | OpenParen)
}

/// Lays the tokens out; `None` if a gap holds more than whitespace and comments.
fn layout(text: &str, tokens: &[Token]) -> Option<String> {
    // Which items have a `{ }` block, so that a blank line sets them apart.
    let mut block_item = vec![false; tokens.len()];
    let mut item = 0;
    for (i, token) in tokens.iter().enumerate() {
        if token.opens == Opens::Item {
            item = i;
        }
        if token.kind == TokenKind::OpenBrace {
            block_item[item] = true;
        }
    }
    let mut printer = Printer {
        out: String::with_capacity(text.len() + text.len() / 8),
        last: Last::Nothing,
        ended: false,
        previous: None,
    };
    let mut depth = 0usize;
    let mut from = 0;
    for (i, token) in tokens.iter().enumerate() {
        if token.kind == TokenKind::CloseBrace {
            depth = depth.saturating_sub(1);
        }
        let place = match (token.kind, token.opens) {
            (TokenKind::CloseBrace, _) => Place::Close,
            (_, Opens::Item | Opens::Entry) => Place::Line,
            (_, Opens::Note) => Place::Continuation,
            (_, Opens::Nothing) => Place::Inline,
        };
        let breaks = printer.gap(&text[from..token.start], place, depth)?;
        let set_apart = depth == 0
            && place == Place::Line
            && (printer.last == Last::ItemClose || (block_item[i] && printer.last == Last::Code));
        printer.token(
            &token_text(text, token),
            token.kind,
            place,
            depth,
            breaks >= 2 || set_apart,
        );
        if token.kind == TokenKind::OpenBrace {
            depth += 1;
        }
        from = token.end;
    }
    printer.gap(&text[from..], Place::End, 0)?;
    if printer.last != Last::Nothing {
        printer.out.push('\n');
    }
    Some(printer.out)
}

#[cfg(test)]
mod tests {
    use super::format_source;

    fn formatted(text: &str) -> String {
        let once = format_source(text).unwrap();
        assert_eq!(format_source(&once).unwrap(), once, "not idempotent");
        once
    }

    #[test]
    fn an_empty_file_stays_empty_and_a_lone_comment_gets_its_line_break() {
        assert_eq!(formatted(""), "");
        assert_eq!(formatted(" \n\n\t"), "");
        assert_eq!(formatted("# only\n\n\n# two  "), "# only\n\n# two  \n");
    }

    #[test]
    fn words_are_spaced_once_and_punctuation_is_glued() {
        assert_eq!(
            formatted(
                "condition   resides-in ( state , status )  \"resides in\"   implies [ a ,b ]"
            ),
            "condition resides-in(state, status) \"resides in\" implies [a, b]\n"
        );
    }

    #[test]
    fn references_lose_their_extra_spaces_and_strings_keep_theirs() {
        assert_eq!(
            formatted("article TFEU   20 \"  two  spaces \" {\nsucceeds EC-1997    17(1)\n}"),
            "article TFEU 20 \"  two  spaces \" {\n  succeeds EC-1997 17(1)\n}\n"
        );
    }

    #[test]
    fn a_trailing_comment_ends_its_line_and_what_follows_continues_below() {
        assert_eq!(
            formatted("right r # the right\n \"r\"\nright s \"s\"   # why"),
            "right r # the right\n  \"r\"\nright s \"s\" # why\n"
        );
    }

    #[test]
    fn a_text_block_is_kept_byte_for_byte() {
        let text = "article TFEU 1 {\n        text \"\"\"\n   One.\n\t  Two.   \n \"\"\"\n}\n";
        assert_eq!(
            formatted(text),
            "article TFEU 1 {\n  text \"\"\"\n   One.\n\t  Two.   \n \"\"\"\n}\n"
        );
    }

    #[test]
    fn a_file_with_a_syntax_error_is_refused_with_lints_diagnostic() {
        let error = format_source("right r \"r\"\nright s oops\n").unwrap_err();
        assert_eq!(error.diagnostics.len(), 1);
        assert_eq!(error.diagnostics[0].code.as_str(), "LX010");
        assert_eq!(
            error.diagnostics[0].primary_span().unwrap().start(),
            "right r \"r\"\nright s ".len()
        );
    }
}
