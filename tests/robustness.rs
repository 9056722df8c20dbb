//! Hostile input gives an error or a result, never a panic or a stack
//! overflow. These run in the default test thread (small stack, debug
//! build), where a recursive parser would fail first.

mod common;

/// A small deterministic generator, so failures can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn arbitrary_bytes_never_panic() {
    // Fragments of the language mixed with noise reach deeper into the grammar than noise alone.
    let pieces = [
        "article ",
        "TFEU ",
        "20",
        "(1)",
        " {",
        "}",
        "\"",
        "\"\"\"",
        "\n",
        "  ",
        "paragraph ",
        "point a ",
        "text ",
        "confers ",
        "on ",
        "where ",
        "not ",
        "[",
        "]",
        ",",
        "(",
        ")",
        "union-citizen",
        "right ",
        "status ",
        "proposal ",
        "grants ",
        "to ",
        "basis ",
        "\\",
        "\\u{",
        "2020-02-30",
        "é",
        "\u{0}",
        "#",
        "instrument ",
        "kind ",
        "in-force ",
        "until ",
        "empowers ",
        "by ",
        "any ",
        "succeeds ",
    ];
    for seed in 0..400 {
        let mut rng = Lcg(seed);
        let mut text = String::new();
        for _ in 0..rng.next() % 200 {
            text.push_str(pieces[(rng.next() % pieces.len() as u64) as usize]);
        }
        let workspace = common::workspace(&[("fuzz.lex", &text)]);
        for diagnostic in &workspace.diagnostics {
            if let Some(span) = diagnostic.primary_span() {
                assert!(
                    span.end <= text.len()
                        && text.is_char_boundary(span.start)
                        && text.is_char_boundary(span.end)
                );
            }
            // Rendering must not panic either.
            lexcompat::report::diagnostics::render(
                diagnostic,
                &workspace.sources,
                lexcompat::report::Style::PLAIN,
            );
        }
    }
}

#[test]
fn random_bytes_never_panic() {
    for seed in 0..300 {
        let mut rng = Lcg(seed);
        let bytes: Vec<u8> = (0..rng.next() % 2000)
            .map(|_| (rng.next() % 256) as u8)
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        let workspace = common::workspace(&[("bytes.lex", &text)]);
        for diagnostic in &workspace.diagnostics {
            lexcompat::report::diagnostics::render(
                diagnostic,
                &workspace.sources,
                lexcompat::report::Style::PLAIN,
            );
        }
    }
}

#[test]
fn deep_nesting_is_a_syntax_error_not_a_crash() {
    for opener in ["[", "{", "(", "paragraph 1 {\n", "point a { "] {
        let text = format!("right r \"r\"\narticle T 1 {{\n{}", opener.repeat(100_000));
        let workspace = common::workspace(&[("deep.lex", &text)]);
        assert!(
            common::codes(&workspace).contains(&"LX010"),
            "{opener}: {:?}",
            common::codes(&workspace)
        );
    }
}

#[test]
fn many_unclosed_quotes_are_reported_without_a_crash() {
    let text = "right r \"".repeat(100_000);
    let workspace = common::workspace(&[("quotes.lex", &text)]);
    assert!(!workspace.diagnostics.is_empty());
    let text = "\"\"\"".repeat(100_000);
    let workspace = common::workspace(&[("blocks.lex", &text)]);
    assert!(!workspace.diagnostics.is_empty());
}

#[test]
fn a_ten_megabyte_file_gives_a_result() {
    let item = "right some-right \"a right with a fairly long description to fill the file\"\n";
    let mut text = String::with_capacity(10 * 1024 * 1024 + item.len());
    let mut n = 0;
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(&item.replace("some-right", &format!("right-{n}")));
        n += 1;
    }
    let workspace = common::workspace(&[("big.lex", &text)]);
    assert!(
        workspace.diagnostics.is_empty(),
        "{:?}",
        common::codes(&workspace)
    );
    assert_eq!(workspace.model.rights.len(), n);
}

#[test]
fn a_ten_megabyte_file_of_noise_stops_after_a_bounded_number_of_errors() {
    let line = "article ?? {\n";
    let text = line.repeat(10 * 1024 * 1024 / line.len());
    let workspace = common::workspace(&[("noise.lex", &text)]);
    assert!(
        workspace.diagnostics.len() <= 21,
        "{}",
        workspace.diagnostics.len()
    );
}
