//! The syntax layer: text in, a syntax tree with spans out.
//!
//! Owns the pest parser generated from grammar/lexcompat.pest, the recovery
//! that lets one file report several syntax errors, the lowering of pest
//! pairs into the owned tree of [`ast`], and the flat token stream of
//! [`tokens`] that the formatter lays out. It knows nothing of the law: names
//! stay unresolved text, and fixed words (kinds, routes) are not checked here.
//! No `Pair` leaves this module.

pub mod ast;
mod expected;
mod lower;
pub mod tokens;

use crate::diagnostic::{Code, Diagnostic};
use crate::source::{FileId, Span};
use pest::Parser as _;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/lexcompat.pest"]
struct LexParser;

/// After this many syntax errors in one file, the rest of it is not read.
const MAX_SYNTAX_ERRORS: usize = 20;

/// The words that open a top-level item. After a syntax error the parser
/// resumes at the next line that starts, in the first column, with one of them.
const ITEM_KEYWORDS: &[&str] = &[
    "instrument",
    "article",
    "extend",
    "paragraph",
    "test",
    "arrangement",
    "procedure",
    "actor",
    "state",
    "right",
    "status",
    "condition",
    "group",
    "proposal",
];

/// Parses one file. Items before and after a syntax error are kept, so that
/// the model can still check them.
pub fn parse(file: FileId, text: &str) -> (ast::File, Vec<Diagnostic>) {
    if text.len() > CHUNK_BYTES {
        if let Some(parsed) = parse_in_chunks(file, text) {
            return parsed;
        }
    }
    parse_whole(file, text)
}

/// Above this size a file is parsed a chunk of items at a time. A chunk of
/// 64 KB leaves pest's token queue small enough to stay in the processor's
/// cache while the chunk is lowered: parsing the corpus at the read limit
/// took a tenth less time than in chunks of 1 MB.
pub(crate) const CHUNK_BYTES: usize = 1 << 16;

/// Parses a large file in chunks of whole items, cut at lines that start an
/// item in the first column, so that pest's token queue holds one chunk at a
/// time instead of the whole file: memory stays proportional to the chunk.
/// A cut can only fall between items: text blocks end at a line in the
/// first column and strings at the line's end, and a cut inside a `{ }`
/// block leaves the chunk before it unclosed, which fails. Any failure gives
/// `None`, and the file is parsed whole, so that its syntax errors are
/// exactly those of a whole parse.
fn parse_in_chunks(file: FileId, text: &str) -> Option<(ast::File, Vec<Diagnostic>)> {
    let mut tree = ast::File::default();
    let mut diagnostics = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = chunk_end(text, start);
        let pairs = LexParser::parse(Rule::file, &text[start..end]).ok()?;
        lower::lower_file(file, start, pairs, &mut tree, &mut diagnostics);
        start = end;
    }
    Some((tree, diagnostics))
}

/// The end of the chunk from `start`: the first line starting an item at
/// least [`CHUNK_BYTES`] further on, or the end of the text.
pub(crate) fn chunk_end(text: &str, start: usize) -> usize {
    let mut at = start + CHUNK_BYTES;
    while at < text.len() {
        // Bytes, not `str`: `at` may fall inside a character.
        let Some(newline) = text.as_bytes()[at..].iter().position(|&b| b == b'\n') else {
            break;
        };
        let line = at + newline + 1;
        if line < text.len() && is_item_start(text, line) {
            return line;
        }
        at = line;
    }
    text.len()
}

/// Parses one file whole, resuming after each syntax error.
fn parse_whole(file: FileId, text: &str) -> (ast::File, Vec<Diagnostic>) {
    let mut tree = ast::File::default();
    let mut diagnostics = Vec::new();
    let mut start = 0;
    let mut syntax_errors = 0;
    loop {
        let rest = &text[start..];
        match LexParser::parse(Rule::file, rest) {
            Ok(pairs) => {
                lower::lower_file(file, start, pairs, &mut tree, &mut diagnostics);
                break;
            }
            Err(error) => {
                let at = start + error_offset(&error);
                diagnostics.push(syntax_diagnostic(file, text, at, &error));
                syntax_errors += 1;
                // Keep the items that were complete before the broken one.
                let broken_item = item_start_before(text, start, at);
                if broken_item > start {
                    if let Ok(pairs) = LexParser::parse(Rule::file, &text[start..broken_item]) {
                        lower::lower_file(file, start, pairs, &mut tree, &mut diagnostics);
                    }
                }
                match next_item_start(text, at, broken_item) {
                    Some(next) if syntax_errors < MAX_SYNTAX_ERRORS => start = next,
                    Some(next) => {
                        diagnostics.push(
                            Diagnostic::new(
                                Code::Syntax,
                                format!("{MAX_SYNTAX_ERRORS} syntax errors: the rest of this file was not read"),
                            )
                            .label(Span::new(file, next, next), "reading stopped here")
                            .help("fix the errors above and check the file again"),
                        );
                        break;
                    }
                    None => break,
                }
            }
        }
    }
    (tree, diagnostics)
}

/// Parses a citation typed on its own, such as `TFEU 20(1)`.
pub fn parse_citation(file: FileId, text: &str) -> Result<ast::Citation, Diagnostic> {
    match LexParser::parse(Rule::citation_only, text) {
        Ok(mut pairs) => {
            let citation = pairs
                .next()
                .and_then(|p| p.into_inner().next())
                .expect("grammar guarantees a citation");
            Ok(lower::citation(file, citation))
        }
        Err(error) => {
            let at = error_offset(&error);
            Err(Diagnostic::new(Code::Syntax, format!("`{text}` is not a citation"))
                .label(Span::new(file, at, (at + found_len(text, at)).min(text.len())), "unexpected here")
                .help("write the instrument id, the article number and any labels, such as `TFEU 20(1)` or `EC-1992 8a`"))
        }
    }
}

fn error_offset(error: &pest::error::Error<Rule>) -> usize {
    match error.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((p, _)) => p,
    }
}

fn is_item_start(text: &str, line_start: usize) -> bool {
    let line = &text[line_start..];
    ITEM_KEYWORDS.iter().any(|k| {
        line.strip_prefix(k)
            .is_some_and(|after| after.starts_with([' ', '\t']))
    })
}

fn line_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1))
}

/// The start of the item that a syntax error at `at` broke: the last item
/// starting before it (an error at an item's first word belongs to the item
/// before, which was left unfinished), or `floor` if none starts after it.
fn item_start_before(text: &str, floor: usize, at: usize) -> usize {
    line_starts(text)
        .take_while(|&l| l < at)
        .filter(|&l| l >= floor && is_item_start(text, l))
        .last()
        .unwrap_or(floor)
}

/// Where to resume after an error at `at` in the item starting at `broken`.
fn next_item_start(text: &str, at: usize, broken: usize) -> Option<usize> {
    line_starts(text).find(|&l| l >= at && l > broken && l < text.len() && is_item_start(text, l))
}

/// Turns pest's error into words an editor understands, pointing at the
/// opening of an unclosed string or text block rather than where it ran out.
fn syntax_diagnostic(
    file: FileId,
    text: &str,
    at: usize,
    error: &pest::error::Error<Rule>,
) -> Diagnostic {
    let positives: Vec<Rule> = match &error.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => positives.clone(),
        pest::error::ErrorVariant::CustomError { .. } => Vec::new(),
    };
    let legal_path = enclosing_item(text, at);
    let here = Span::new(file, at, (at + found_len(text, at)).min(text.len()));

    if positives.contains(&Rule::text_close) {
        if let Some(open) = text[..at].rfind("\"\"\"") {
            return Diagnostic::new(Code::UnclosedText, "text block is never closed")
                .label(Span::new(file, open, open + 3), "this text block is opened here")
                .label(Span::new(file, at, at), "but not closed before this line")
                .help("end the wording with `\"\"\"`; every line of a text block is indented, so a line that starts in the first column ends it")
                .legal_path(legal_path);
        }
    }
    if positives.contains(&Rule::closing_quote) {
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        if let Some(open) = text[line_start..at].find('"') {
            let open = line_start + open;
            return Diagnostic::new(Code::UnclosedString, "string is not closed on its line")
                .label(Span::new(file, open, at), "this string has no closing `\"`")
                .help("add the closing `\"`; for wording that runs over several lines use a `\"\"\"` text block")
                .legal_path(legal_path);
        }
    }

    // The next item's keyword inside a block: the block was left open, and
    // the place to fix is the brace that opened it, not where it ran out.
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    if line_start == at && is_item_start(text, at) {
        let start = item_start_before(text, 0, at);
        if let Some(open) = unclosed_brace(&text[start..at]).map(|o| start + o) {
            let found = found_phrase(text, at);
            return Diagnostic::new(Code::Syntax, "block is never closed")
                .label(Span::new(file, open, open + 1), "this `{` is never closed")
                .label(here, format!("the next item, {found}, starts here"))
                .help(format!(
                    "add the `}}` that closes it before {found}; each `{{` is closed by a `}}`"
                ))
                .legal_path(legal_path);
        }
    }

    let mut phrases: Vec<&str> = positives
        .iter()
        .filter_map(|r| expected::describe(*r))
        .collect();
    phrases.dedup();
    let mut seen = std::collections::HashSet::new();
    phrases.retain(|p| seen.insert(*p));
    let found = found_phrase(text, at);
    let message = format!("expected {}, found {}", expected::join(&phrases), found);
    let help = if found == "`point`" || found == "`paragraph`" || found == "`subparagraph`" {
        "a provision nests at most three levels below its article (paragraph › point › point)"
            .to_string()
    } else if phrases.len() == 1 {
        format!("write {} here", phrases[0])
    } else {
        "see docs/language.md for what this block may hold".to_string()
    };
    Diagnostic::new(Code::Syntax, message)
        .label(here, format!("found {found} here"))
        .help(help)
        .legal_path(legal_path)
}

/// The offset of the innermost `{` that `text` leaves open, skipping
/// strings, text blocks and comments.
fn unclosed_brace(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut open: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' if text[i..].starts_with("\"\"\"") => {
                i = text[i + 3..]
                    .find("\"\"\"")
                    .map_or(bytes.len(), |e| i + 3 + e + 3);
                continue;
            }
            b'"' => {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] != b'"' && bytes[j] != b'\n' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                i = j + 1;
                continue;
            }
            b'#' => {
                i = text[i..].find('\n').map_or(bytes.len(), |e| i + e);
                continue;
            }
            b'{' => open.push(i),
            b'}' => {
                open.pop();
            }
            _ => {}
        }
        i += 1;
    }
    open.pop()
}

fn found_len(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    let word: usize = rest
        .char_indices()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '-' || *c == '_')
        .map(|(_, c)| c.len_utf8())
        .sum();
    if word > 0 {
        word.min(40)
    } else {
        rest.chars().next().map_or(0, char::len_utf8)
    }
}

fn found_phrase(text: &str, at: usize) -> String {
    let len = found_len(text, at);
    match &text[at..at + len] {
        "" => "the end of the file".to_string(),
        "\n" | "\r" => "the end of the line".to_string(),
        token if token.chars().all(|c| c.is_control()) => format!(
            "the character U+{:04X}",
            token.chars().next().map_or(0, u32::from)
        ),
        token => format!("`{token}`"),
    }
}

/// The header of the top-level item around an offset, such as
/// "TFEU › Article 20", found from the text alone because the parse failed.
fn enclosing_item(text: &str, at: usize) -> Option<String> {
    let start = item_start_before(text, 0, at);
    let header: Vec<&str> = text[start..].lines().next()?.split_whitespace().collect();
    match header.as_slice() {
        ["article", instrument, number, ..] if !number.starts_with('"') && *number != "{" => {
            Some(format!("{instrument} › Article {number}"))
        }
        [kind, name, ..]
            if ITEM_KEYWORDS.contains(kind) && !name.starts_with('"') && *name != "{" =>
        {
            Some(format!("{kind} {name}"))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> (ast::File, Vec<Diagnostic>) {
        parse(FileId(0), text)
    }

    /// Articles enough to pass the chunk size a few times, each with a
    /// text block whose lines look like items but are indented.
    fn large_file(articles: usize) -> String {
        let mut text =
            String::from("instrument T \"Test\" {\n  kind treaty\n  in-force 2000-01-01\n}\n");
        for i in 0..articles {
            text.push_str(&format!(
                "\narticle T {i} \"Héading {i}\" {{\n  source \"test\"\n  text-status unverified\n  text \"\"\"\n    article T {i} is not an item here: it is indented.\n    {}\n  \"\"\"\n  confers move on citizen\n}}\n",
                "words ".repeat(60)
            ));
        }
        text
    }

    #[test]
    fn a_large_file_parses_the_same_in_chunks_as_whole() {
        let text = large_file(6000);
        assert!(text.len() > 3 * CHUNK_BYTES);
        let chunked = parse_in_chunks(FileId(0), &text).expect("every chunk parses");
        let whole = parse_whole(FileId(0), &text);
        assert_eq!(chunked.0, whole.0);
        assert_eq!(chunked.1.len(), whole.1.len());
        assert_eq!(chunked.0.items.len(), 6001);
    }

    #[test]
    fn a_cut_inside_a_block_or_a_syntax_error_falls_back_to_the_whole_file() {
        // A proposal whose entries start in the first column, long enough
        // that a cut falls inside it: the chunk before the cut is unclosed.
        let mut text = String::from("proposal p \"P\" {\ndate 2020-01-01\n");
        while text.len() < 2 * CHUNK_BYTES {
            text.push_str("group g \"a group\" where citizen\n");
        }
        text.push_str("}\n");
        assert!(parse_in_chunks(FileId(0), &text).is_none());
        let (tree, diagnostics) = parse(FileId(0), &text);
        assert_eq!(tree.items.len(), 1);
        assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");

        // A syntax error far into a large file is reported as a whole parse reports it.
        let mut broken = large_file(3000);
        let at = broken.len() - 200;
        broken.insert_str(broken[..at].rfind('\n').unwrap() + 1, "article {\n");
        let (_, chunked) = parse(FileId(0), &broken);
        let (_, whole) = parse_whole(FileId(0), &broken);
        assert!(chunked.iter().any(Diagnostic::is_error));
        assert_eq!(
            chunked
                .iter()
                .map(|d| (&d.message, d.primary_span()))
                .collect::<Vec<_>>(),
            whole
                .iter()
                .map(|d| (&d.message, d.primary_span()))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn an_empty_file_has_no_items() {
        let (tree, diagnostics) = parse_str("# only a comment\n");
        assert!(tree.items.is_empty());
        assert!(diagnostics.is_empty());
    }

    #[test]
    fn recovers_after_a_syntax_error_at_the_next_item() {
        let (tree, diagnostics) = parse_str(
            "right a \"first\"\nright b oops\nright c \"third\"\nstatus d\nstatus e \"fifth\"\n",
        );
        assert_eq!(diagnostics.len(), 2, "{diagnostics:#?}");
        let names: Vec<&str> = tree
            .items
            .iter()
            .map(|i| match i {
                ast::Item::Right(v) | ast::Item::Status(v) => v.id.value.as_str(),
                _ => "",
            })
            .collect();
        assert_eq!(names, ["a", "c", "e"]);
    }

    #[test]
    fn an_unclosed_brace_is_reported_at_the_brace() {
        let text = "article TFEU 1 {\n  source \"a { b\" # }\n  paragraph 1 {\n    text \"\"\"\n      { words\n    \"\"\"\n}\n\narticle TFEU 2 {\n  source \"x\"\n}\n";
        let (tree, diagnostics) = parse_str(text);
        assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
        assert_eq!(diagnostics[0].message, "block is never closed");
        assert_eq!(
            diagnostics[0].primary_span().unwrap().start(),
            text.find("1 {").unwrap() + 2,
            "the brace of `article TFEU 1`, left open"
        );
        assert_eq!(tree.items.len(), 1, "the item after the broken one is kept");
    }

    #[test]
    fn an_unclosed_text_block_points_at_its_opening() {
        let text = "article TFEU 1 {\n  text \"\"\"\n    Some words.\n}\nright r \"r\"\n";
        let (tree, diagnostics) = parse_str(text);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].code, Code::UnclosedText);
        assert_eq!(
            diagnostics[0].primary_span().unwrap().start(),
            text.find("\"\"\"").unwrap()
        );
        assert_eq!(tree.items.len(), 1, "the item after the broken one is kept");
    }
}
