//! The syntax layer on arbitrary input: `syntax::parse` on the text (bytes
//! that are not UTF-8 are read lossily, as a file is after its LX002), and
//! `parse_citation` as `show` parses what was typed. Must hold: no panic, no
//! hang, the same tree and diagnostics twice, spans inside the text, and
//! diagnostics that render without control characters.
#![no_main]

#[path = "common.rs"]
mod common;

use lexcompat::source::{Origin, SourceFile, Sources};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut sources = Sources::new();
    let file = sources.add(SourceFile::new("fuzz.lex", Origin::Embedded, text.as_ref()));
    let (tree, diagnostics) = lexcompat::syntax::parse(file, &text);
    let (again, diagnostics_again) = lexcompat::syntax::parse(file, &text);
    assert!(
        tree == again && diagnostics == diagnostics_again,
        "parse is not deterministic"
    );
    common::assert_spans(&diagnostics, &sources);
    common::render_diagnostics(&diagnostics, &sources);
    if text.len() <= 256 {
        if let Err(diagnostic) = lexcompat::syntax::parse_citation(file, &text) {
            common::assert_spans(std::slice::from_ref(&diagnostic), &sources);
            common::render_diagnostics(&[diagnostic], &sources);
        }
    }
});
