//! The conflict rules over their fixtures: every rule flags its flagged
//! fixtures and not its clean ones, and a suite-wide table shows what every
//! rule reports on every fixture, so a false positive shows in review.

mod common;

use lexcompat::analysis::{Analysis, Drawings};
use lexcompat::rules::RULES;
use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap() != "corpus.lex")
        .collect();
    files.sort();
    files
}

/// Analyses a fixture proposal against the fixture corpus, at the date its
/// first line names (`# as-of: YYYY-MM-DD`) or its own.
fn analyse(path: &Path) -> Analysis {
    let corpus = std::fs::read_to_string(path.with_file_name("corpus.lex")).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let workspace = common::workspace(&[("corpus.lex", &corpus), ("fixture.lex", &text)]);
    let errors: Vec<_> = workspace
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.message.clone())
        .collect();
    assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    let as_of = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# as-of: "))
        .map(|d| lexcompat::cli::parse_date(d).unwrap());
    let proposals: Vec<_> = (0..workspace.model.proposals.len())
        .map(lexcompat::model::ProposalId::new)
        .collect();
    lexcompat::driver::judge(&workspace.model, &proposals, as_of, Drawings::Omitted)
}

fn codes(analysis: &Analysis) -> Vec<&'static str> {
    let mut codes: Vec<&str> = analysis
        .proposals
        .iter()
        .flat_map(|p| &p.findings)
        .map(|f| f.code)
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

#[test]
fn every_rule_flags_its_flagged_fixtures_and_not_its_clean_ones() {
    for rule in RULES {
        let code = rule.info().code;
        let mine: Vec<PathBuf> = fixtures()
            .into_iter()
            .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(code))
            .collect();
        assert!(
            mine.iter()
                .any(|p| p.to_string_lossy().contains("-flagged")),
            "{code} has no flagged fixture"
        );
        assert!(
            mine.iter().any(|p| p.to_string_lossy().contains("-clean")),
            "{code} has no clean fixture"
        );
        for path in mine {
            let found = codes(&analyse(&path));
            let flagged = path.to_string_lossy().contains("-flagged");
            assert_eq!(
                found.contains(&code),
                flagged,
                "{}: found {found:?}",
                path.display()
            );
        }
    }
}

#[test]
fn every_rule_over_every_fixture() {
    let mut table = String::new();
    for path in fixtures() {
        let analysis = analyse(&path);
        let verdicts: Vec<&str> = analysis
            .proposals
            .iter()
            .flat_map(|p| &p.grants)
            .map(|g| g.verdict.word())
            .collect();
        table.push_str(&format!(
            "{:<30} findings: {:<24} verdicts: {}\n",
            path.file_name().unwrap().to_string_lossy(),
            codes(&analysis).join(" "),
            verdicts.join(" ")
        ));
    }
    insta::assert_snapshot!(table);
}

#[test]
fn a_proposal_that_only_restates_existing_law_gives_no_conflict() {
    let analysis = analyse(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules/LC101-clean.lex"),
    );
    assert!(codes(&analysis).is_empty());
    assert_eq!(analysis.proposals[0].verdict.word(), "compatible");
}

#[test]
fn the_analysis_guide_documents_every_rule() {
    let guide =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/analysis.md"))
            .unwrap();
    for rule in RULES {
        let info = rule.info();
        assert!(
            guide.contains(&format!("| {} | {} |", info.code, info.name)),
            "docs/analysis.md lacks {}",
            info.code
        );
        assert!(
            guide.contains(&format!("**{} {}.**", info.code, info.name)),
            "docs/analysis.md has no paragraph on {}",
            info.code
        );
    }
}
