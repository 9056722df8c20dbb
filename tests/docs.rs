//! The examples in docs/language.md are a valid corpus: every `lex` block
//! parses, and all of them together resolve without a single diagnostic.

mod common;

fn blocks(markdown: &str, tag: &str) -> Vec<String> {
    let fence = format!("```{tag}\n");
    let mut out = Vec::new();
    let mut rest = markdown;
    while let Some(start) = rest.find(&fence) {
        let body = &rest[start + fence.len()..];
        let end = body.find("```").expect("every block is closed");
        out.push(body[..end].to_string());
        rest = &body[end..][3..];
    }
    out
}

#[test]
fn every_example_in_the_language_reference_is_valid() {
    let markdown =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/language.md")).unwrap();
    let examples = blocks(&markdown, "lex");
    assert!(examples.len() >= 8, "the reference shows every construct");
    let names: Vec<String> = (0..examples.len())
        .map(|i| format!("docs/language.md example {}", i + 1))
        .collect();
    let files: Vec<(&str, &str)> = names
        .iter()
        .map(String::as_str)
        .zip(examples.iter().map(String::as_str))
        .collect();
    let workspace = common::workspace(&files);
    let rendered = lexcompat::report::diagnostics::render_all(
        &workspace.diagnostics,
        &workspace.sources,
        lexcompat::report::Style::PLAIN,
    );
    assert!(workspace.diagnostics.is_empty(), "{rendered}");
    // Every kind of item appears, so the reference covers the whole language.
    let model = &workspace.model;
    assert!(
        !model.instruments.is_empty()
            && !model.procedures.is_empty()
            && !model.proposals.is_empty()
    );
    assert!(!model.states.is_empty() && !model.actors.is_empty() && !model.groups.is_empty());
}
