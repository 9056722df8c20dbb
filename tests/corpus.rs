//! The corpus: every file parses and resolves, in the repository and as
//! built into the binary, and every article can be trusted as far as it says.

mod common;

use lexcompat::config::{Config, CorpusSource};
use lexcompat::driver;
use lexcompat::model::TextStatus;
use std::path::PathBuf;

fn repository_corpus() -> driver::Workspace {
    let config = Config {
        corpus: CorpusSource::Folder(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus")),
    };
    driver::load(&config, &[]).unwrap()
}

#[test]
fn every_corpus_file_parses_and_resolves_without_diagnostics() {
    let workspace = repository_corpus();
    let rendered = lexcompat::report::diagnostics::render_all(
        &workspace.diagnostics,
        &workspace.sources,
        lexcompat::report::Style::PLAIN,
    );
    assert!(workspace.diagnostics.is_empty(), "{rendered}");
    assert!(!workspace.model.instruments.is_empty());
}

#[test]
fn the_built_in_corpus_is_the_repository_corpus() {
    let embedded = driver::load(
        &Config {
            corpus: CorpusSource::Embedded,
        },
        &[],
    )
    .unwrap();
    let on_disk = repository_corpus();
    assert!(embedded.diagnostics.is_empty());
    assert_eq!(
        lexcompat::report::show::model_json(&embedded.model),
        lexcompat::report::show::model_json(&on_disk.model)
    );
}

#[test]
fn every_article_has_text_a_source_and_a_text_status() {
    let workspace = repository_corpus();
    let model = &workspace.model;
    for instrument in &model.instruments {
        for &article in &instrument.articles {
            let provision = &model.provisions[article.0];
            let citation = model.citation(article);
            assert!(
                provision
                    .source
                    .as_deref()
                    .is_some_and(|s| !s.trim().is_empty()),
                "{citation} has no source"
            );
            let has_text = model.article_provisions(article).iter().any(|p| {
                model.provisions[p.0]
                    .text
                    .as_deref()
                    .is_some_and(|t| !t.trim().is_empty())
            });
            assert!(
                has_text || provision.text_status == TextStatus::Missing,
                "{citation} has no text"
            );
        }
    }
}

#[test]
fn the_maastricht_citizenship_article_leads_to_its_lisbon_successor() {
    let workspace = repository_corpus();
    let model = &workspace.model;
    let tfeu_20 = model.find_provision("TFEU", "20", &[]).unwrap();
    let chain: Vec<String> = model
        .succession_chain(tfeu_20)
        .iter()
        .map(|p| model.citation(*p))
        .collect();
    assert_eq!(chain, ["EC-1992 8", "EC-1997 17", "TFEU 20"]);
}

/// Collapses every run of whitespace to one space: the corpus keeps line
/// breaks where the reference joins them, and the reference numbers
/// paragraphs ("1. ") that the corpus states as labels.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_corpus_text_is_found_word_for_word_in_the_reference_texts() {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/reference/treaties");
    let mut reference = String::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for name in names {
        reference.push_str(&normalise(&std::fs::read_to_string(name).unwrap()));
        reference.push(' ');
    }
    let workspace = repository_corpus();
    let model = &workspace.model;
    let mut checked = 0;
    let mut missing = Vec::new();
    for (index, provision) in model.provisions.iter().enumerate() {
        let Some(text) = &provision.text else {
            continue;
        };
        checked += 1;
        if !reference.contains(&normalise(text)) {
            missing.push(format!(
                "{}: {text}",
                model.citation(lexcompat::model::ProvisionId(index))
            ));
        }
    }
    assert!(checked > 50, "only {checked} texts checked");
    assert!(
        missing.is_empty(),
        "not in the reference texts:\n{}",
        missing.join("\n")
    );
}

fn corpus_and_proposals() -> driver::Workspace {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let config = Config {
        corpus: CorpusSource::Folder(root.join("corpus")),
    };
    driver::load(&config, &[root.join("proposals")]).unwrap()
}

#[test]
fn the_proposals_resolve_against_the_corpus_without_diagnostics() {
    let workspace = corpus_and_proposals();
    let rendered = lexcompat::report::diagnostics::render_all(
        &workspace.diagnostics,
        &workspace.sources,
        lexcompat::report::Style::PLAIN,
    );
    assert!(workspace.diagnostics.is_empty(), "{rendered}");
    assert_eq!(workspace.model.proposals.len(), 4);
}

#[test]
fn the_seed_proposal_carries_its_status_and_its_five_grants_each_with_a_note() {
    let workspace = corpus_and_proposals();
    let model = &workspace.model;
    let seed = model
        .proposals
        .iter()
        .find(|p| p.id == "associate-citizenship")
        .unwrap();
    assert_eq!(
        seed.date.map(|d| d.to_string()).as_deref(),
        Some("2020-02-01")
    );
    assert!(seed.invented.is_none());
    assert_eq!(seed.creates.len(), 1);
    assert!(
        !seed.creates[0].redefines,
        "the status is new, not one the treaties define"
    );
    let grants: Vec<(&str, bool)> = seed
        .grants
        .iter()
        .map(|g| (model.rights[g.right.0].id.as_str(), g.likely))
        .collect();
    assert_eq!(
        grants,
        [
            ("move-and-reside", false),
            ("healthcare-cover", false),
            ("social-assistance", false),
            ("equal-treatment-work", false),
            ("vote-ep", true)
        ]
    );
    assert!(seed.grants.iter().all(|g| g.note.is_some()));
}

#[test]
fn the_other_proposals_say_they_were_invented() {
    let workspace = corpus_and_proposals();
    let invented: Vec<&str> = workspace
        .model
        .proposals
        .iter()
        .filter(|p| p.invented.is_some())
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(invented.len(), 3, "{invented:?}");
}
