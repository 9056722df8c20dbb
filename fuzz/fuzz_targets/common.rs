//! Checks shared by the targets: what must hold of any output, whatever the input.

use lexcompat::diagnostic::Diagnostic;
use lexcompat::source::Sources;

/// A character that must never reach a terminal or a CI log from a file:
/// the same set `lexcompat::report::printable` replaces.
pub fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Panics if text meant for a terminal holds a control sequence.
pub fn assert_inert(what: &str, text: &str) {
    if let Some(c) = text.chars().find(|&c| unsafe_char(c)) {
        panic!("{what} holds U+{:04X}", c as u32);
    }
}

/// Panics unless every label of every diagnostic lies inside its file, on
/// character boundaries: the renderers slice the text there.
pub fn assert_spans(diagnostics: &[Diagnostic], sources: &Sources) {
    for d in diagnostics {
        for label in &d.labels {
            let text = &sources.get(label.span.file).text;
            let (start, end) = (label.span.start(), label.span.end());
            assert!(
                start <= end && end <= text.len(),
                "{}: span {start}..{end} outside a file of {} bytes",
                d.code.as_str(),
                text.len()
            );
            assert!(
                text.is_char_boundary(start) && text.is_char_boundary(end),
                "{}: span {start}..{end} splits a character",
                d.code.as_str()
            );
        }
    }
}

/// Renders diagnostics as `lint` does, in text and JSON, and checks the text.
pub fn render_diagnostics(diagnostics: &[Diagnostic], sources: &Sources) {
    use lexcompat::report::{diagnostics as render, Style};
    let text = render::render_all(diagnostics, sources, Style::PLAIN);
    assert_inert("lint text", &text);
    let json = render::to_json(diagnostics, sources);
    assert!(json.ends_with("}\n"));
}
