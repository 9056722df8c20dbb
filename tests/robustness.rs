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
                    span.end() <= text.len()
                        && text.is_char_boundary(span.start())
                        && text.is_char_boundary(span.end())
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

/// Proposals assembled at random from the real corpus's names go through the
/// whole pipeline — analysis and every report — without a panic.
#[test]
fn random_proposals_are_analysed_and_reported_without_a_panic() {
    use lexcompat::config::{Config, CorpusSource};
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let config = Config {
        corpus: CorpusSource::Folder(root.join("corpus")),
        extra: Vec::new(),
    };
    let corpus = lexcompat::driver::load(&config, &[]).unwrap();
    let model = &corpus.model;
    let rights: Vec<&str> = model.rights.iter().map(|r| r.id.as_str()).collect();
    let statuses: Vec<&str> = model.statuses.iter().map(|s| s.id.as_str()).collect();
    let states: Vec<&str> = model
        .states
        .iter()
        .map(|s| s.id.as_str())
        .chain(["member-state", "other-member-state", "third-country"])
        .collect();
    let citations: Vec<String> = (0..model.provisions.len())
        .map(|p| model.citation(lexcompat::model::ProvisionId::new(p)))
        .collect();
    let procedures: Vec<&str> = model.procedures.iter().map(|p| p.id.as_str()).collect();
    let dates = [
        "1994-06-01",
        "2001-01-01",
        "2009-12-01",
        "2020-01-31",
        "2020-02-01",
        "2030-01-01",
    ];
    for seed in 0..60 {
        let mut rng = Lcg(seed + 1000);
        let mut pick = |n: usize| (rng.next() % n as u64) as usize;
        let mut text = format!(
            "proposal p{seed} \"random\" {{ source \"s\" date {}\n",
            dates[pick(dates.len())]
        );
        for g in 0..3 {
            let mut conditions = vec![format!("holds-nationality({})", states[pick(states.len())])];
            if pick(2) == 0 {
                conditions.push(format!(
                    "resides-legally-in({})",
                    states[pick(states.len())]
                ));
            }
            if pick(3) == 0 {
                conditions.push(format!(
                    "{}{}",
                    if pick(2) == 0 { "not " } else { "" },
                    statuses[pick(statuses.len())]
                ));
            }
            text.push_str(&format!(
                "  group g{g} \"g\" where {} note \"n\"\n",
                conditions.join(", ")
            ));
        }
        if pick(2) == 0 {
            text.push_str(&format!(
                "  creates status new-status{seed} for g{} note \"n\"\n",
                pick(3)
            ));
        }
        for k in 0..4 {
            let mut grant = format!(
                "  grants {} to g{} as k{k}",
                rights[pick(rights.len())],
                pick(3)
            );
            if pick(3) == 0 {
                grant.push_str(&format!(" basis {}", citations[pick(citations.len())]));
                if pick(2) == 0 {
                    grant.push_str(&format!(" by {}", procedures[pick(procedures.len())]));
                }
            }
            text.push_str(&grant);
            text.push_str(" note \"n\"\n");
        }
        // The other kinds of measure, by random actors, with tests stated
        // and later days of application.
        let member_states: Vec<&str> = model
            .states
            .iter()
            .filter(|s| !s.membership.is_empty())
            .map(|s| s.id.as_str())
            .collect();
        let actors = [
            "union".to_string(),
            format!("union with {}", states[pick(states.len() - 3)]),
            format!("member-state {}", member_states[pick(member_states.len())]),
            "each-member-state".to_string(),
        ];
        let tests: Vec<&str> = model.tests.iter().map(|t| t.id.as_str()).collect();
        let arrangements: Vec<&str> = model.arrangements.iter().map(|a| a.id.as_str()).collect();
        for k in 0..4 {
            let state = member_states[pick(member_states.len())];
            let measure = match pick(6) {
                0 => format!(
                    "withholds [{}] from g{}",
                    rights[pick(rights.len())],
                    pick(3)
                ),
                1 => format!("withdraws nationality({state}) from g{}", pick(3)),
                2 => format!("grants nationality({state}) to g{}", pick(3)),
                3 if !arrangements.is_empty() => {
                    format!("arranges [{}]", arrangements[pick(arrangements.len())])
                }
                4 => format!(
                    "grants [{}, {}] to g{}",
                    rights[pick(rights.len())],
                    rights[pick(rights.len())],
                    pick(3)
                ),
                _ => format!(
                    "implements [{}] for g{}",
                    rights[pick(rights.len())],
                    pick(3)
                ),
            };
            let mut line = format!("  {measure} as m{k} by {}", actors[pick(actors.len())]);
            if pick(2) == 0 && !tests.is_empty() {
                let verb = if pick(2) == 0 { "meets" } else { "fails" };
                line.push_str(&format!(" {verb} [{}]", tests[pick(tests.len())]));
            }
            if pick(3) == 0 {
                line.push_str(&format!(" applies-from {}", dates[pick(dates.len())]));
            }
            text.push_str(&line);
            text.push_str(" note \"n\"\n");
        }
        text.push_str(&format!(
            "  group either \"g\" where holds-nationality([{}, {}]) or g0 note \"n\"\n  grants {} to either as alt note \"n\"\n",
            states[pick(states.len())],
            states[pick(states.len())],
            rights[pick(rights.len())]
        ));
        text.push_str("}\n");
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.lex");
        std::fs::write(&file, &text).unwrap();
        let workspace = lexcompat::driver::load(&config, &[file]).unwrap();
        // A basis cited at a date it was not in force is a lint error; judge the rest.
        let proposals = workspace.given_proposals();
        let analysis = lexcompat::driver::judge(
            &workspace.model,
            &proposals,
            None,
            lexcompat::analysis::Drawings::Drawn,
        );
        let comparison = lexcompat::baseline::Comparison::none(&analysis);
        let corpus_info = lexcompat::driver::corpus_info(&workspace, &config);
        let sources = &workspace.sources;
        lexcompat::report::check::to_text(
            &analysis,
            &comparison,
            false,
            lexcompat::report::Style::PLAIN,
            &workspace.model,
            sources,
        );
        lexcompat::report::check::to_brief(
            &analysis,
            &comparison,
            false,
            lexcompat::report::Style::PLAIN,
            &workspace.model,
            sources,
        );
        lexcompat::report::check::to_document(
            lexcompat::report::check::Document::Json,
            &analysis,
            &comparison,
            None,
            &workspace.model,
            sources,
        );
        lexcompat::report::sarif::to_sarif(&analysis, &comparison, &workspace.model, sources);
        lexcompat::report::github::to_github(&analysis, &comparison, false, sources);
        lexcompat::report::analyst::to_html(&analysis, &corpus_info, &workspace.model, sources);
        lexcompat::report::analyst::to_markdown(&analysis, &corpus_info, &workspace.model, sources);
        for p in &analysis.proposals {
            lexcompat::report::diagram::to_dot(p.diagram.as_ref().expect("drawn"));
            // A drawing too large to lay out is refused, not drawn.
            let _ = lexcompat::report::diagram::to_svg(p.diagram.as_ref().expect("drawn"));
        }
    }
}

/// A group that names itself as the argument of a condition
/// (`family-member-of(g)` inside `g`) is judged without looping.
#[test]
fn a_group_naming_itself_as_an_argument_does_not_loop() {
    let text = r#"
instrument T "A test treaty" { kind treaty in-force 2000-01-01 }
status citizen "citizen"
right move "to move"
condition family-member-of(status) "is a family member of"
article T 1 {
  source "test" text-status unverified
  text """
    Family members of citizens may move.
  """
  confers move on citizen
  defines citizen as family-member-of(citizen)
}
proposal p "loop" { source "s" date 2015-01-01
  group g "g" where family-member-of(g) note "x"
  grants move to g note "x"
}
"#;
    let workspace = common::workspace(&[("loop.lex", text)]);
    let proposals: Vec<_> = (0..workspace.model.proposals.len())
        .map(lexcompat::model::ProposalId::new)
        .collect();
    let analysis = lexcompat::driver::judge(
        &workspace.model,
        &proposals,
        None,
        lexcompat::analysis::Drawings::Drawn,
    );
    assert_eq!(analysis.proposals[0].grants.len(), 1);
}

/// Groups that name groups, nine levels of twelve (about 12 KB): expanding
/// every path would visit 12^8 groups. Each group is expanded once, so the
/// analysis and every report finish at once, whether the groups are joined
/// by `,`, by `or` or negated.
#[test]
fn groups_of_groups_nine_levels_of_twelve_are_analysed_at_once() {
    use lexcompat::config::{Config, CorpusSource};
    let config = Config {
        corpus: CorpusSource::Embedded,
        extra: Vec::new(),
    };
    for (separator, prefix) in [(", ", ""), (" or ", ""), (", not ", "not ")] {
        let mut text = String::from("proposal p \"deep groups\" { source \"s\" date 2015-01-01\n");
        for level in 0..9 {
            for i in 0..12 {
                let conditions = if level == 8 {
                    "resides-in(member-state)".to_string()
                } else {
                    let names: Vec<String> =
                        (0..12).map(|j| format!("g{}x{j}", level + 1)).collect();
                    format!("{prefix}{}", names.join(separator))
                };
                text.push_str(&format!(
                    "  group g{level}x{i} \"g\" where {conditions} note \"x\"\n"
                ));
            }
        }
        text.push_str("  grants move-and-reside to g0x0 note \"x\"\n}\n");
        assert!(text.len() > 10_000, "the file of the issue is about 12 KB");
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("deep.lex");
        std::fs::write(&file, &text).unwrap();
        let workspace = lexcompat::driver::load(&config, &[file]).unwrap();
        let proposals = workspace.given_proposals();
        let analysis = lexcompat::driver::judge(
            &workspace.model,
            &proposals,
            None,
            lexcompat::analysis::Drawings::Drawn,
        );
        let comparison = lexcompat::baseline::Comparison::none(&analysis);
        let corpus_info = lexcompat::driver::corpus_info(&workspace, &config);
        let sources = &workspace.sources;
        lexcompat::report::check::to_text(
            &analysis,
            &comparison,
            false,
            lexcompat::report::Style::PLAIN,
            &workspace.model,
            sources,
        );
        lexcompat::report::analyst::to_markdown(&analysis, &corpus_info, &workspace.model, sources);
        for p in &analysis.proposals {
            lexcompat::report::diagram::to_dot(p.diagram.as_ref().expect("drawn"));
        }
        let whole = lexcompat::graph::Graph::build(&workspace.model, None);
        lexcompat::graph::diagram::corpus_diagram(&workspace.model, &whole);
    }
}

/// The inputs the fuzz targets (fuzz/, docs/security.md) once failed on,
/// through the path each target takes: a `.lex` file is read beside the
/// built-in corpus and linted in text and JSON (and checked in every format
/// when it holds a proposal without errors); a `.yaml` file is read as a
/// baseline. Each gives inert output or a clean error.
#[test]
fn what_the_fuzzers_found_stays_fixed() {
    use lexcompat::report::{diagnostics, Style};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut found: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    found.sort();
    assert!(!found.is_empty());
    let inert = |what: &str, text: &str| {
        let bad = text.chars().find(|&c| {
            (c.is_control() && c != '\n' && c != '\t')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
        });
        assert_eq!(bad, None, "{what}");
    };
    for path in found {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".yaml") {
            let copy = tempfile::tempdir().unwrap();
            let baseline = copy.path().join("baseline.yaml");
            std::fs::copy(&path, &baseline).unwrap();
            match lexcompat::baseline::read(&baseline, false) {
                // A baseline that reads is written back, and what is
                // written reads again with the same entries.
                Ok(read) => {
                    let written = copy.path().join("written.yaml");
                    lexcompat::baseline::write(&written, &read).unwrap();
                    let again = lexcompat::baseline::read(&written, false)
                        .unwrap_or_else(|e| panic!("{name}: written, then refused: {}", e.message));
                    assert_eq!(read.findings.len(), again.findings.len(), "{name}");
                }
                Err(e) => inert(&name, &lexcompat::report::printable_line(&e.message)),
            }
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let mut loaded = lexcompat::load::Loaded::default();
        loaded.files = lexcompat::load::embedded_corpus();
        loaded.corpus_files = loaded.files.len();
        loaded.files.push(lexcompat::source::SourceFile::new(
            name.clone(),
            lexcompat::source::Origin::Embedded,
            String::from_utf8_lossy(&bytes),
        ));
        let workspace = lexcompat::driver::analyse_sources(loaded);
        let text =
            diagnostics::render_all(&workspace.diagnostics, &workspace.sources, Style::PLAIN);
        inert(&name, &text);
        let json = diagnostics::to_json(&workspace.diagnostics, &workspace.sources);
        serde_json::from_str::<serde_json::Value>(&json).unwrap();
        inert(&name, &json.replace('\n', " "));
    }
}
