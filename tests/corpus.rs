//! The corpus: every file parses and resolves, in the repository and as
//! built into the binary, and every article can be trusted as far as it says.

mod common;

use lexcompat::config::{Config, CorpusSource};
use lexcompat::driver;
use lexcompat::model::{ProvisionId, TextStatus};
use std::path::PathBuf;

fn repository_corpus() -> driver::Workspace {
    let config = Config {
        corpus: CorpusSource::Folder(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus")),
        extra: Vec::new(),
    };
    driver::load(&config, &[]).unwrap()
}

/// `load` makes the corpus's digest beside resolving; the digest made
/// afresh from the same files, read from the folder or built in, is the
/// same, and it changes with one byte of one text.
#[test]
fn the_digest_made_beside_resolving_is_the_digest_made_afresh() {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let config = Config {
        corpus: CorpusSource::Folder(folder.clone()),
        extra: Vec::new(),
    };
    let beside = driver::corpus_info(&driver::load(&config, &[]).unwrap(), &config).digest;
    let mut loaded = lexcompat::load::Loaded::default();
    loaded.add_path(&folder).unwrap();
    loaded.corpus_files = loaded.files.len();
    let fresh = driver::corpus_info(&driver::analyse_sources(loaded), &config).digest;
    assert_eq!(beside, fresh);
    let built_in = Config {
        corpus: CorpusSource::Embedded,
        extra: Vec::new(),
    };
    let embedded = driver::corpus_info(&driver::load(&built_in, &[]).unwrap(), &built_in).digest;
    assert_eq!(beside, embedded);
    let mut changed = lexcompat::load::Loaded::default();
    changed.add_path(&folder).unwrap();
    changed.corpus_files = changed.files.len();
    let last = changed.files.last_mut().unwrap();
    *last = lexcompat::source::SourceFile::new(
        last.name.clone(),
        last.origin.clone(),
        format!("{} ", last.text),
    );
    let other = driver::corpus_info(&driver::analyse_sources(changed), &config).digest;
    assert_ne!(beside, other);
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
            extra: Vec::new(),
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
            let provision = &model.provisions[article.index()];
            let citation = model.citation(article);
            assert!(
                provision
                    .source
                    .as_deref()
                    .is_some_and(|s| !s.trim().is_empty()),
                "{citation} has no source"
            );
            let has_text = model.article_provisions(article).iter().any(|p| {
                model.provisions[p.index()]
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
    let (chain, place) = model.succession(tfeu_20);
    let chain: Vec<String> = chain.iter().map(|p| model.citation(*p)).collect();
    assert_eq!(chain, ["EC-1992 8", "EC-1997 17", "TFEU 20"]);
    assert_eq!(place, 2);
}

/// The chains found when the corpus is resolved are the chains walked
/// afresh (as for a provision asked about while resolving), for every
/// provision of the corpus: the table changes only how fast a chain is read.
#[test]
fn every_chain_found_at_resolution_is_the_chain_walked_afresh() {
    let workspace = repository_corpus();
    let model = &workspace.model;
    let mut unresolved = model.clone();
    unresolved.chains = Default::default();
    let mut linked = 0;
    for index in 0..model.provisions.len() {
        let id = lexcompat::model::ProvisionId::new(index);
        let (chain, place) = model.succession(id);
        let (walked, walked_place) = unresolved.succession(id);
        assert_eq!(
            (&chain[..], place),
            (&walked[..], walked_place),
            "{}",
            model.citation(id)
        );
        assert_eq!(chain[place], id);
        linked += usize::from(chain.len() > 1);
    }
    assert!(
        linked > 10,
        "only {linked} provisions have another numbering"
    );
}

/// Collapses every run of whitespace to one space: the corpus keeps line
/// breaks where the reference joins them, and the reference numbers
/// paragraphs ("1. ") that the corpus states as labels.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every reference text (`tests/reference/treaties/`), normalised and joined.
fn reference_texts() -> String {
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
    reference
}

/// Whether a provision's wording must be found word for word in the
/// reference texts. It must when its text status says it was copied or put
/// together from a checked source (`official`, `derived`, `partly-verified`),
/// and for `third-party` wording unless the provision or an enclosing one up
/// to its article names the page it was copied from with `url`: that page is
/// the source an editor checks, and the reference texts need not hold it.
/// `unverified` and `missing` wording is never compared: the status already
/// tells every reader not to quote it.
fn must_match_the_reference(model: &lexcompat::model::Model, id: ProvisionId) -> bool {
    match model.provisions[id.index()].text_status {
        TextStatus::Official | TextStatus::Derived | TextStatus::PartlyVerified => true,
        TextStatus::ThirdParty => {
            let mut at = Some(id);
            while let Some(p) = at {
                if model.provisions[p.index()].url().is_some() {
                    return false;
                }
                at = model.provisions[p.index()].parent;
            }
            true
        }
        TextStatus::Unverified | TextStatus::Missing => false,
    }
}

/// The texts of a model that must match the reference and do not, and how
/// many texts were compared.
fn texts_not_in_the_reference(
    model: &lexcompat::model::Model,
    reference: &str,
) -> (usize, Vec<String>) {
    let mut checked = 0;
    let mut missing = Vec::new();
    for (index, provision) in model.provisions.iter().enumerate() {
        let Some(text) = &provision.text else {
            continue;
        };
        if !must_match_the_reference(model, ProvisionId::new(index)) {
            continue;
        }
        checked += 1;
        if !reference.contains(&normalise(text)) {
            missing.push(format!(
                "{}: {text}",
                model.citation(ProvisionId::new(index))
            ));
        }
    }
    (checked, missing)
}

#[test]
fn every_corpus_text_is_found_word_for_word_in_the_reference_texts() {
    let workspace = repository_corpus();
    let (checked, missing) = texts_not_in_the_reference(&workspace.model, &reference_texts());
    assert!(checked > 50, "only {checked} texts checked");
    assert!(
        missing.is_empty(),
        "not in the reference texts:\n{}",
        missing.join("\n")
    );
}

/// A copy of the repository corpus in a scratch folder, with `extra` written
/// to `scratch.lex` and each `(from, to)` replacement made once in `file`.
fn scratch_corpus(
    extra: &str,
    edit: Option<(&str, &str, &str)>,
) -> (tempfile::TempDir, driver::Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    common::copy_dir(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus"),
        &corpus,
    );
    std::fs::write(corpus.join("scratch.lex"), extra).unwrap();
    if let Some((file, from, to)) = edit {
        let path = corpus.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} no longer holds {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }
    let workspace = driver::load(
        &Config {
            corpus: CorpusSource::Folder(corpus),
            extra: Vec::new(),
        },
        &[],
    )
    .unwrap();
    (dir, workspace)
}

const SCRATCH_INSTRUMENT: &str = r#"
instrument SCRATCH "A scratch instrument for the text-status tests" {
  kind treaty
  in-force 2000-01-01
}
"#;

#[test]
fn a_one_word_change_in_an_official_text_is_caught() {
    let (_dir, workspace) = scratch_corpus(
        "",
        Some((
            "maastricht/ec-1992.lex",
            "Citizenship of the Union is hereby established.",
            "Citizenship of the Union is hereby created.",
        )),
    );
    assert!(workspace.diagnostics.is_empty());
    let changed = workspace
        .model
        .find_provision("EC-1992", "8", &["1".to_string()])
        .unwrap();
    assert_eq!(
        workspace.model.provisions[changed.index()].text_status,
        TextStatus::Official
    );
    let (_, missing) = texts_not_in_the_reference(&workspace.model, &reference_texts());
    assert_eq!(missing.len(), 1, "{missing:#?}");
    assert!(missing[0].starts_with("EC-1992 8(1): "), "{missing:#?}");
}

#[test]
fn wording_that_says_it_is_unverified_or_names_the_page_it_came_from_need_not_be_in_the_reference()
{
    let extra = format!(
        "{SCRATCH_INSTRUMENT}{}",
        r#"
article SCRATCH 1 {
  source "Written from memory for this test"
  text-status unverified
  text """
    Words that no reference text holds, written from memory.
  """
}

article SCRATCH 2 {
  source "A third-party page, for this test"
  url "https://example.org/scratch"
  text-status third-party
  paragraph 1 {
    text """
      Words that no reference text holds, read on a named page.
    """
  }
}
"#
    );
    let (_dir, workspace) = scratch_corpus(&extra, None);
    assert!(workspace.diagnostics.is_empty());
    let (_, missing) = texts_not_in_the_reference(&workspace.model, &reference_texts());
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn third_party_wording_without_a_page_must_be_in_the_reference() {
    let extra = format!(
        "{SCRATCH_INSTRUMENT}{}",
        r#"
article SCRATCH 1 {
  source "A third-party copy, not named by address"
  text-status third-party
  text """
    Words that no reference text holds, from an unnamed copy.
  """
}
"#
    );
    let (_dir, workspace) = scratch_corpus(&extra, None);
    assert!(workspace.diagnostics.is_empty());
    let (_, missing) = texts_not_in_the_reference(&workspace.model, &reference_texts());
    assert_eq!(missing.len(), 1, "{missing:#?}");
    assert!(missing[0].starts_with("SCRATCH 1: "), "{missing:#?}");
}

fn corpus_and_proposals() -> driver::Workspace {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let config = Config {
        corpus: CorpusSource::Folder(root.join("corpus")),
        extra: Vec::new(),
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
    let files = std::fs::read_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("proposals"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "lex")
        })
        .count();
    assert!(
        workspace.model.proposals.len() >= files,
        "every proposal file holds at least one proposal"
    );
    assert!(workspace
        .model
        .proposals
        .iter()
        .any(|p| p.id == "associate-citizenship"));
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
        .measures
        .iter()
        .map(|g| {
            (
                model.rights[g.right().unwrap().index()].id.as_str(),
                g.likely,
            )
        })
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
    assert!(seed.measures.iter().all(|g| g.note.is_some()));
}

#[test]
fn the_other_proposals_say_they_were_invented() {
    let workspace = corpus_and_proposals();
    let proposals = &workspace.model.proposals;
    assert!(
        proposals.len() > 1,
        "the seed and at least one invented proposal"
    );
    let not_invented: Vec<&str> = proposals
        .iter()
        .filter(|p| p.id != "associate-citizenship" && p.invented.is_none())
        .map(|p| p.id.as_str())
        .collect();
    assert!(
        not_invented.is_empty(),
        "every proposal but the seed says it was invented: {not_invented:?}"
    );
}

#[test]
fn nobody_is_a_citizen_of_the_union_before_maastricht_and_the_eras_chain() {
    let workspace = repository_corpus();
    let model = &workspace.model;
    let date = |year, month, day| lexcompat::model::Date { year, month, day };
    let last_eec_day = date(1993, 10, 31);
    let first_maastricht_day = date(1993, 11, 1);
    for (index, provision) in model.provisions.iter().enumerate() {
        for statement in &provision.statements {
            if let lexcompat::model::StatementKind::Defines { status, .. } = &statement.kind {
                if model.statuses[status.index()].id == "union-citizen" {
                    assert!(
                        !provision.in_force_at(last_eec_day),
                        "{} defines union-citizen before 1 November 1993",
                        model.citation(ProvisionId::new(index))
                    );
                }
            }
        }
    }
    for (eec, maastricht) in [("48", "48"), ("238", "238")] {
        let eec = &model.provisions[model.find_provision("EEC", eec, &[]).unwrap().index()];
        let ec = &model.provisions[model
            .find_provision("EC-1992", maastricht, &[])
            .unwrap()
            .index()];
        assert!(eec.in_force_at(last_eec_day) && !eec.in_force_at(first_maastricht_day));
        assert!(ec.in_force_at(first_maastricht_day) && !ec.in_force_at(last_eec_day));
    }
}
