//! Completion from the text before the cursor on its line, so that it works
//! in a document the parser cannot read to the end: at the start of a line
//! the grammar's keywords, after a keyword the names of the kind it takes
//! (`confers` a right, `on` a status or group, `succeeds` an instrument id
//! and then one of its article numbers), else every name. The keywords are
//! read from grammar/lexcompat.pest itself, so they cannot drift from it.

use crate::model::{
    Court, InstrumentKind, LimitActor, Model, RouteKind, StateClass, TextStatus, TreatiesApply,
    Voting,
};
use crate::syntax::ast::Power;
use lsp_types::CompletionItemKind as K;

const GRAMMAR: &str = include_str!("../../grammar/lexcompat.pest");

/// The words that open a top-level item.
pub const ITEM_KEYWORDS: &[&str] = &[
    "instrument",
    "article",
    "extend",
    "paragraph",
    "procedure",
    "actor",
    "state",
    "right",
    "status",
    "condition",
    "test",
    "arrangement",
    "group",
    "proposal",
];

/// Every quoted keyword of the grammar, sorted.
pub fn grammar_keywords() -> Vec<&'static str> {
    let mut words: Vec<&str> = GRAMMAR
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .flat_map(|line| line.split('"').skip(1).step_by(2))
        .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// One completion: the words inserted, what kind of thing, and its title.
pub type Item = (String, K, Option<String>);

/// What kinds of names a place takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wanted {
    Rights,
    Holders,
    Conditions,
    Arguments,
    Statuses,
    Actors,
    Procedures,
    States,
    Tests,
    Arrangements,
    Instruments,
    Words(&'static [&'static str]),
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// The word being typed before `offset`, and what may complete it.
pub fn complete(model: &Model, text: &str, offset: usize) -> (String, Vec<Item>) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..offset];
    let prefix_start = line
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_name_char(*c))
        .last()
        .map_or(line.len(), |(i, _)| i);
    let prefix = &line[prefix_start..];
    let before = &line[..prefix_start];
    // Inside a string or a comment nothing is completed.
    if before.contains('#')
        || before.matches('"').count() % 2 == 1
        || inside_text_block(text, line_start)
    {
        return (prefix.to_string(), Vec::new());
    }
    let tokens: Vec<&str> = before
        .split(|c: char| c.is_whitespace() || "[],{}".contains(c))
        .filter(|t| !t.is_empty())
        .collect();
    let mut items: Vec<Item> = Vec::new();
    if tokens.is_empty() {
        let keywords = if before.is_empty() {
            ITEM_KEYWORDS.to_vec()
        } else {
            grammar_keywords()
        };
        items.extend(
            keywords
                .into_iter()
                .map(|k| (k.to_string(), K::KEYWORD, None)),
        );
    } else if let Some(instrument) = citation_instrument(model, &tokens) {
        let i = &model.instruments[instrument];
        for a in &i.articles {
            let p = &model.provisions[a.index()];
            items.push((p.article.clone(), K::REFERENCE, p.heading.clone()));
        }
    } else {
        let open_paren = before
            .rfind('(')
            .map(|i| Some(i) > before.rfind(')'))
            .unwrap_or(false);
        let wanted = if open_paren {
            vec![Wanted::Arguments]
        } else {
            wanted_after(&tokens)
        };
        for w in wanted {
            names(model, w, &mut items);
        }
    }
    items.retain(|(label, _, _)| label.starts_with(prefix));
    items.sort_by(|a, b| a.0.cmp(&b.0));
    items.dedup_by(|a, b| a.0 == b.0);
    (prefix.to_string(), items)
}

/// Whether a line starts inside a `"""` text block: an odd number of `"""`
/// before it.
fn inside_text_block(text: &str, line_start: usize) -> bool {
    text[..line_start].matches("\"\"\"").count() % 2 == 1
}

/// After `succeeds TFEU`, `basis TEU`, `article TFEU`: the instrument whose
/// article numbers complete the citation.
fn citation_instrument(model: &Model, tokens: &[&str]) -> Option<usize> {
    let [.., keyword, id] = tokens else {
        return None;
    };
    let takes_citation = [
        "article",
        "succeeds",
        "equivalent",
        "based-on",
        "basis",
        "described-in",
    ];
    if !takes_citation.contains(keyword) {
        return None;
    }
    model.instruments.iter().position(|i| i.id == *id)
}

/// What the last keyword on the line takes.
fn wanted_after(tokens: &[&str]) -> Vec<Wanted> {
    use Wanted::*;
    let keywords = grammar_keywords();
    let Some(keyword) = tokens
        .iter()
        .rev()
        .find(|t| keywords.binary_search(t).is_ok())
    else {
        return all();
    };
    match *keyword {
        "confers" | "grants" | "withholds" | "implements" | "excluding" | "grant"
        | "facilitate" | "withhold" => vec![Rights],
        "on" | "from" | "for" => vec![Holders],
        "to" => vec![Holders, Words(POWERS)],
        "where" | "unless" | "or" | "not" | "implies" => vec![Conditions, Holders],
        "as" if tokens.first() == Some(&"defines") => vec![Conditions, Holders],
        "defines" | "through" | "status" => vec![Statuses],
        "empowers" | "decides" | "consent" | "ratified-by" | "veto" | "addressed-to" => {
            vec![Actors]
        }
        "by" => vec![
            Procedures,
            Words(&["union", "member-state", "each-member-state"]),
        ],
        "limits" | "forbids" => vec![Words(LIMIT_ACTORS)],
        "member-state" | "with" | "territory-of" => vec![States],
        "meets" | "fails" | "requires" => vec![Tests],
        "arranges" | "arrange" => vec![Arrangements],
        "article" | "succeeds" | "equivalent" | "based-on" | "basis" | "described-in"
        | "amends" | "enacts" | "accedes-to" | "accede" | "extend" => vec![Instruments],
        "kind" => vec![Words(KINDS)],
        "text-status" => vec![Words(TEXT_STATUSES)],
        "route" => vec![Words(ROUTES)],
        "voting" => vec![Words(VOTING)],
        "court" => vec![Words(COURTS)],
        "treaties-apply" => vec![Words(TREATIES_APPLY)],
        _ => all(),
    }
}

fn all() -> Vec<Wanted> {
    use Wanted::*;
    vec![
        Rights,
        Holders,
        Conditions,
        Actors,
        Procedures,
        States,
        Tests,
        Arrangements,
        Instruments,
    ]
}

macro_rules! words_of {
    ($name:ident, $type:ty) => {
        const $name: &[&str] = &{
            let words = <$type>::WORDS;
            let mut out = [""; <$type>::WORDS.len()];
            let mut i = 0;
            while i < words.len() {
                out[i] = words[i].0;
                i += 1;
            }
            out
        };
    };
}

words_of!(POWERS, Power);
words_of!(LIMIT_ACTORS, LimitActor);
words_of!(KINDS, InstrumentKind);
words_of!(TEXT_STATUSES, TextStatus);
words_of!(ROUTES, RouteKind);
words_of!(VOTING, Voting);
words_of!(COURTS, Court);
words_of!(TREATIES_APPLY, TreatiesApply);
words_of!(STATE_CLASSES, StateClass);

fn names(model: &Model, wanted: Wanted, out: &mut Vec<Item>) {
    let mut push = |id: &str, kind: K, title: &str| {
        out.push((id.to_string(), kind, Some(title.to_string())));
    };
    match wanted {
        Wanted::Rights => model
            .rights
            .iter()
            .for_each(|r| push(&r.id, K::PROPERTY, &r.title)),
        Wanted::Statuses => model
            .statuses
            .iter()
            .for_each(|s| push(&s.id, K::CLASS, &s.title)),
        Wanted::Holders => {
            names(model, Wanted::Statuses, out);
            model
                .groups
                .iter()
                .for_each(|g| out.push((g.id.clone(), K::ENUM, Some(g.title.clone()))));
        }
        Wanted::Conditions => model
            .conditions
            .iter()
            .for_each(|c| push(&c.id, K::FUNCTION, &c.title)),
        Wanted::Arguments => {
            names(model, Wanted::States, out);
            names(model, Wanted::Holders, out);
            out.extend(
                STATE_CLASSES
                    .iter()
                    .map(|w| (w.to_string(), K::KEYWORD, None)),
            );
        }
        Wanted::Actors => model
            .actors
            .iter()
            .for_each(|a| push(&a.id, K::CONSTRUCTOR, &a.title)),
        Wanted::Procedures => model
            .procedures
            .iter()
            .for_each(|p| push(&p.id, K::METHOD, &p.title)),
        Wanted::States => model
            .states
            .iter()
            .for_each(|s| push(&s.id, K::CONSTANT, &s.title)),
        Wanted::Tests => model
            .tests
            .iter()
            .for_each(|t| push(&t.id, K::INTERFACE, &t.title)),
        Wanted::Arrangements => model
            .arrangements
            .iter()
            .for_each(|a| push(&a.id, K::STRUCT, &a.title)),
        Wanted::Instruments => model
            .instruments
            .iter()
            .for_each(|i| push(&i.id, K::MODULE, &i.title)),
        Wanted::Words(words) => out.extend(words.iter().map(|w| (w.to_string(), K::KEYWORD, None))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_keyword_offered_is_one_of_the_grammar() {
        let grammar = grammar_keywords();
        assert!(grammar.len() > 50, "the grammar's keywords were not found");
        for word in ITEM_KEYWORDS {
            assert!(
                grammar.contains(word),
                "`{word}` is not a keyword of the grammar"
            );
        }
    }
}
