//! The token stream of a file, for tools that lay text out (the formatter)
//! rather than read its meaning.
//!
//! Owns the walk from pest's parse tree to a flat list of tokens, each with
//! its byte range, what kind of punctuation it is, and whether it opens a
//! top-level item, an entry of a block, or the `note` that trails a measure
//! or group. Comments and whitespace are not tokens: they are exactly the
//! gaps between consecutive tokens, because the grammar allows them nowhere
//! else. Strings, text blocks, citations and article references are one token
//! each, so nothing inside them is ever seen as a gap. It decides no layout.

use super::{LexParser, Rule};
use pest::iterators::Pair;
use pest::Parser as _;

/// What a token is, as far as layout cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    OpenBrace,
    CloseBrace,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Comma,
    /// A citation or an article reference, such as `TFEU 20(1)`: the spaces
    /// between its instrument and its number are not significant.
    Reference,
    /// A `"""` text block, verbatim from its opening to its closing marks.
    TextBlock,
    /// Anything else: a keyword, a name, a word, a string, a date, a number.
    Word,
}

/// What a token is the first token of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opens {
    Nothing,
    /// A top-level item: an instrument, an article, a right, a proposal...
    Item,
    /// One entry of a `{ }` block: a field, a statement, a subdivision, a measure.
    Entry,
    /// The `note` clause of a measure or a group.
    Note,
}

/// One token of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub opens: Opens,
}

/// The tokens of a file, in order, or `None` when the file does not parse;
/// [`super::parse`] then tells what is wrong.
pub fn tokens(text: &str) -> Option<Vec<Token>> {
    let mut walk = Walk {
        tokens: Vec::new(),
        pending: Opens::Nothing,
        offset: 0,
    };
    if text.len() > super::CHUNK_BYTES && walk.chunks(text).is_some() {
        return Some(walk.tokens);
    }
    walk.tokens.clear();
    walk.offset = 0;
    walk.file(text)?;
    Some(walk.tokens)
}

struct Walk {
    tokens: Vec<Token>,
    /// Where the text being walked starts in the file.
    offset: usize,
    /// What the next token opens, set by the rule being entered.
    pending: Opens,
}

impl Walk {
    /// Walks `text` as a whole file, starting at `self.offset`.
    fn file(&mut self, text: &str) -> Option<()> {
        let file = LexParser::parse(Rule::file, text).ok()?.next()?;
        self.visit(file, Rule::file);
        Some(())
    }

    /// Walks a large file a chunk of whole items at a time, cut where
    /// [`super::parse`] cuts it, so that pest's token queue holds one chunk
    /// (a file of 12 MB was most of `fmt`'s time and memory at once). A
    /// chunk that does not parse gives `None`, and the file is walked whole.
    fn chunks(&mut self, text: &str) -> Option<()> {
        let mut start = 0;
        while start < text.len() {
            let end = super::chunk_end(text, start);
            self.offset = start;
            self.file(&text[start..end])?;
            start = end;
        }
        Some(())
    }

    /// Visits a pair inside `parent`. The recursion follows the grammar,
    /// which nests a fixed number of rules deep whatever the input, so it is
    /// bounded.
    fn visit(&mut self, pair: Pair<'_, Rule>, parent: Rule) {
        let rule = pair.as_rule();
        let opens = match rule {
            Rule::item => Opens::Item,
            Rule::measure_clause
                if pair
                    .clone()
                    .into_inner()
                    .next()
                    .is_some_and(|p| p.as_rule() == Rule::note_entry) =>
            {
                Opens::Note
            }
            Rule::note_entry if parent == Rule::group => Opens::Note,
            _ => Opens::Nothing,
        };
        // An item's first token is also its first entry's: the outer one counts.
        if self.pending == Opens::Nothing {
            self.pending = opens;
        }
        let kind = match rule {
            Rule::string => Some(TokenKind::Word),
            Rule::text_block => Some(TokenKind::TextBlock),
            Rule::citation | Rule::article_ref => Some(TokenKind::Reference),
            Rule::open_brace => Some(TokenKind::OpenBrace),
            Rule::close_brace => Some(TokenKind::CloseBrace),
            Rule::open_paren => Some(TokenKind::OpenParen),
            Rule::close_paren => Some(TokenKind::CloseParen),
            Rule::open_bracket => Some(TokenKind::OpenBracket),
            Rule::close_bracket => Some(TokenKind::CloseBracket),
            Rule::comma => Some(TokenKind::Comma),
            _ if pair.clone().into_inner().next().is_none() => Some(TokenKind::Word),
            _ => None,
        };
        match kind {
            // EOI matches nothing: it is no token.
            Some(_) if pair.as_span().start() == pair.as_span().end() => {}
            Some(kind) => {
                let span = pair.as_span();
                self.tokens.push(Token {
                    start: self.offset + span.start(),
                    end: self.offset + span.end(),
                    kind,
                    opens: std::mem::replace(&mut self.pending, Opens::Nothing),
                });
            }
            None => {
                // Whatever stands between a block's braces is an entry, so a
                // block added to the grammar is laid out without a word here.
                let mut in_block = false;
                for inner in pair.into_inner() {
                    match inner.as_rule() {
                        Rule::open_brace => in_block = true,
                        Rule::close_brace => in_block = false,
                        _ if in_block && self.pending == Opens::Nothing => {
                            self.pending = Opens::Entry;
                        }
                        _ => {}
                    }
                    self.visit(inner, rule);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> Vec<(String, Opens)> {
        tokens(text)
            .unwrap()
            .iter()
            .map(|t| (text[t.start..t.end].to_string(), t.opens))
            .collect()
    }

    #[test]
    fn strings_citations_and_text_blocks_are_one_token_and_comments_none() {
        let text = "article TFEU  20 \"Heading\" { # why\n  text \"\"\"\n    a # b\n  \"\"\"\n  succeeds EC-1997 17(1)\n}\n";
        let found = shown(text);
        let words: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            words,
            [
                "article",
                "TFEU  20",
                "\"Heading\"",
                "{",
                "text",
                "\"\"\"\n    a # b\n  \"\"\"",
                "succeeds",
                "EC-1997 17(1)",
                "}"
            ]
        );
        let opens: Vec<Opens> = found.iter().map(|(_, o)| *o).collect();
        use Opens::*;
        assert_eq!(
            opens,
            [Item, Nothing, Nothing, Nothing, Entry, Nothing, Entry, Nothing, Nothing]
        );
    }

    #[test]
    fn the_note_of_a_measure_or_group_opens_a_note_and_no_other_note_does() {
        let text = "group g \"g\" where a(b) note \"n\"\nproposal p \"p\" { note \"x\" grants r to g as x note \"y\" }\n";
        let notes: Vec<(String, Opens)> = shown(text)
            .into_iter()
            .filter(|(w, _)| w == "note")
            .collect();
        assert_eq!(
            notes.iter().map(|(_, o)| *o).collect::<Vec<_>>(),
            [Opens::Note, Opens::Entry, Opens::Note]
        );
    }

    /// A large file's tokens, walked a chunk at a time, are those of the
    /// file walked whole; a file that a cut would break is walked whole.
    #[test]
    fn a_large_file_has_the_same_tokens_in_chunks_as_whole() {
        let mut text = String::from("instrument T \"Test\" {\n  kind treaty\n}\n");
        for i in 0..3000 {
            text.push_str(&format!(
                "\n# article {i}\narticle T {i} {{\n  text \"\"\"\n    article T {i} is indented: not an item.\n  \"\"\"\n}}\ngroup g{i} \"g\" where a(b) note \"n\"\n"
            ));
        }
        assert!(text.len() > 3 * crate::syntax::CHUNK_BYTES);
        let mut whole = Walk {
            tokens: Vec::new(),
            pending: Opens::Nothing,
            offset: 0,
        };
        whole.file(&text).unwrap();
        let mut chunked = Walk {
            tokens: Vec::new(),
            pending: Opens::Nothing,
            offset: 0,
        };
        chunked.chunks(&text).expect("every chunk parses");
        assert_eq!(chunked.tokens, whole.tokens);
        assert_eq!(tokens(&text).unwrap(), whole.tokens);

        // A proposal whose entries start in the first column: a cut inside it fails.
        let mut block = String::from("proposal p \"P\" {\ndate 2020-01-01\n");
        while block.len() < 2 * crate::syntax::CHUNK_BYTES {
            block.push_str("group g \"a group\" where citizen\n");
        }
        block.push_str("}\n");
        let mut cut = Walk {
            tokens: Vec::new(),
            pending: Opens::Nothing,
            offset: 0,
        };
        assert!(cut.chunks(&block).is_none());
        let walked = tokens(&block).expect("walked whole");
        assert_eq!(&block[walked[0].start..walked[0].end], "proposal");
        assert_eq!(&block[walked.last().unwrap().start..], "}\n");
    }

    #[test]
    fn a_file_that_does_not_parse_has_no_tokens() {
        assert!(tokens("right r oops\n").is_none());
        assert_eq!(tokens("# only a comment\n").unwrap(), []);
    }
}
