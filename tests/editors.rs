//! The editor files in editors/ cannot drift from the language: the
//! TextMate grammar's keywords are every keyword of grammar/lexcompat.pest,
//! its patterns are valid (Oniguruma-style, with look-behind, as
//! fancy-regex reads them), and they match what the corpus holds.

use fancy_regex::Regex;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn grammar() -> Value {
    let text =
        std::fs::read_to_string(root().join("editors/vscode/syntaxes/lexcompat.tmLanguage.json"))
            .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn pattern(grammar: &Value, name: &str) -> Regex {
    let source = grammar["repository"][name]["match"]
        .as_str()
        .unwrap_or_else(|| panic!("no pattern {name}"));
    Regex::new(source).unwrap()
}

/// Every quoted keyword of the pest grammar.
fn pest_keywords() -> Vec<String> {
    let pest = std::fs::read_to_string(root().join("grammar/lexcompat.pest")).unwrap();
    let mut words: Vec<String> = pest
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .flat_map(|l| {
            l.split('"')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .collect();
    words.sort();
    words.dedup();
    words
}

fn corpus_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root().join("corpus")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "lex") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn whole(regex: &Regex, text: &str) -> bool {
    regex
        .find(text)
        .unwrap()
        .is_some_and(|m| m.start() == 0 && m.end() == text.len())
}

#[test]
fn every_pattern_of_the_textmate_grammar_is_a_valid_regex() {
    let grammar = grammar();
    let mut checked = 0;
    let mut stack = vec![&grammar];
    while let Some(value) = stack.pop() {
        match value {
            Value::Object(map) => {
                for key in ["match", "begin", "end"] {
                    if let Some(Value::String(source)) = map.get(key) {
                        Regex::new(source).unwrap_or_else(|e| panic!("{key} {source:?}: {e}"));
                        checked += 1;
                    }
                }
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    assert!(checked >= 12, "only {checked} patterns found");
    // Every included rule exists.
    for include in grammar["patterns"].as_array().unwrap() {
        let name = include["include"].as_str().unwrap().trim_start_matches('#');
        assert!(
            grammar["repository"].get(name).is_some(),
            "#{name} is not in the repository"
        );
    }
}

#[test]
fn the_keyword_pattern_covers_every_keyword_of_the_pest_grammar_and_no_more() {
    let grammar = grammar();
    let keyword = pattern(&grammar, "keyword");
    let keywords = pest_keywords();
    assert!(
        keywords.len() > 50,
        "the pest grammar's keywords were not found"
    );
    for word in &keywords {
        assert!(
            whole(&keyword, word),
            "the TextMate grammar does not highlight the keyword `{word}`"
        );
    }
    // Names that contain or start with a keyword are names, not keywords.
    for name in ["union-citizen", "statuses", "grants-x", "x-union", "notes"] {
        assert!(
            !keyword.is_match(name).unwrap(),
            "`{name}` is highlighted as a keyword"
        );
    }
    // No keyword in the TextMate grammar that the language does not have.
    let source = grammar["repository"]["keyword"]["match"].as_str().unwrap();
    let listed = source
        .split("(?:")
        .nth(1)
        .unwrap()
        .split(')')
        .next()
        .unwrap();
    let mut listed: Vec<&str> = listed.split('|').collect();
    listed.sort_unstable();
    assert_eq!(
        listed,
        keywords.iter().map(String::as_str).collect::<Vec<_>>()
    );
}

#[test]
fn the_patterns_match_what_the_corpus_holds() {
    let grammar = grammar();
    let keyword = pattern(&grammar, "keyword");
    let citation = pattern(&grammar, "citation");
    let date = pattern(&grammar, "date");
    let comment = pattern(&grammar, "comment");
    let text_open = Regex::new(
        grammar["repository"]["text-block"]["begin"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    let keywords = pest_keywords();
    let (mut statements, mut citations, mut dates, mut comments, mut blocks) = (0, 0, 0, 0, 0);
    for path in corpus_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut in_block = false;
        for line in text.lines() {
            let trimmed = line.trim_start();
            if in_block {
                in_block = !trimmed.starts_with("\"\"\"");
                continue;
            }
            if trimmed.starts_with('#') {
                assert!(comment.is_match(trimmed).unwrap());
                comments += 1;
                continue;
            }
            // Every line that opens with a keyword of the language has it highlighted.
            let first = trimmed.split([' ', '{']).next().unwrap_or("");
            if keywords.iter().any(|k| k == first) {
                let found = keyword.find(trimmed).unwrap().expect("a keyword is found");
                assert_eq!(
                    (found.start(), found.as_str()),
                    (0, first),
                    "{}: {line}",
                    path.display()
                );
                statements += 1;
            }
            if let Some(m) = citation.find(trimmed).unwrap() {
                if trimmed.starts_with("article ") || trimmed.starts_with("succeeds ") {
                    assert_eq!(m.start(), trimmed.find(' ').unwrap() + 1, "{line}");
                }
                citations += 1;
            }
            if date.is_match(trimmed).unwrap() {
                dates += 1;
            }
            if let Some(rest) = trimmed.strip_prefix("text \"\"\"") {
                assert!(text_open.is_match(trimmed).unwrap());
                blocks += 1;
                in_block = !rest.contains("\"\"\"");
            }
        }
    }
    for (what, count) in [
        ("statements", statements),
        ("citations", citations),
        ("dates", dates),
        ("comments", comments),
        ("text blocks", blocks),
    ] {
        assert!(count > 20, "only {count} {what} found in the corpus");
    }
}
