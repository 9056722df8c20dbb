//! The whole pipeline on one text, beside the built-in corpus: parsed,
//! resolved, judged, compared with a baseline, and rendered through every
//! output format (`lint` text and JSON; `check` text, brief, JSON, YAML,
//! SARIF, GitHub; `report` HTML and Markdown; the diagrams).
//!
//! A text that holds a proposal is checked as a file named on the command
//! line (`lexcompat check fuzz.lex`); any other text is added to the corpus
//! as one more corpus file, and a fixed proposal is checked against it.
//! Must hold: no panic, no hang, no blow-up, spans inside their files, the
//! same analysis twice, and no control character in what reaches a
//! terminal or a CI log.
#![no_main]

#[path = "common.rs"]
mod common;

use lexcompat::analysis::Drawings;
use lexcompat::driver::Workspace;
use lexcompat::report::Style;
use lexcompat::source::{FileId, Origin, SourceFile, Sources};
use lexcompat::syntax::ast;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// The proposal checked when the input is a corpus file.
const PROPOSAL: &str = include_str!("../../proposals/associate-citizenship.lex");

/// The built-in corpus parsed once: its sources and trees, and their diagnostics.
struct Parsed {
    sources: Sources,
    trees: Vec<(FileId, ast::File)>,
    diagnostics: Vec<lexcompat::diagnostic::Diagnostic>,
}

fn corpus() -> &'static Parsed {
    static CORPUS: OnceLock<Parsed> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut parsed = Parsed {
            sources: Sources::new(),
            trees: Vec::new(),
            diagnostics: Vec::new(),
        };
        for file in lexcompat::load::embedded_corpus() {
            let id = parsed.sources.add(file);
            let (tree, mut found) = lexcompat::syntax::parse(id, &parsed.sources.get(id).text);
            parsed.diagnostics.append(&mut found);
            parsed.trees.push((id, tree));
        }
        parsed
    })
}

/// What `driver::analyse_sources` builds, with the corpus's parse reused:
/// the corpus, then `extra` files, of which the first `extra_corpus` are
/// corpus files.
fn workspace(extra: &[(&str, &str)], extra_corpus: usize) -> Workspace {
    let corpus = corpus();
    let mut sources = corpus.sources.clone();
    let mut trees = corpus.trees.clone();
    let mut diagnostics = corpus.diagnostics.clone();
    for (name, text) in extra {
        let id = sources.add(SourceFile::new(*name, Origin::Embedded, *text));
        let (tree, mut found) = lexcompat::syntax::parse(id, text);
        diagnostics.append(&mut found);
        trees.push((id, tree));
    }
    let mut workspace = lexcompat::driver::resolve_parsed(
        sources,
        &trees,
        diagnostics,
        corpus.trees.len() + extra_corpus,
        lexcompat::model::References::Omitted,
    );
    workspace.trees = trees;
    workspace
}

/// `check --format json` of the proposals given.
fn check_json(workspace: &Workspace) -> String {
    use lexcompat::report::check;
    let proposals = workspace.given_proposals();
    let analysis = lexcompat::driver::judge(&workspace.model, &proposals, None, Drawings::Omitted);
    let comparison = lexcompat::baseline::Comparison::none(&analysis);
    check::to_document(
        check::Document::Json,
        &analysis,
        &comparison,
        None,
        &workspace.model,
        &workspace.sources,
    )
}

fn every_format(workspace: &Workspace) {
    use lexcompat::report::{analyst, check, diagram, github, sarif};
    let sources = &workspace.sources;
    common::assert_spans(&workspace.diagnostics, sources);
    common::render_diagnostics(&workspace.diagnostics, sources);
    let proposals = workspace.given_proposals();
    // `check` and `report` refuse input with errors, and need a proposal.
    if workspace.has_errors() || proposals.is_empty() {
        return;
    }
    // Drawn, as the reports ask: every output below is made from it.
    let analysis = lexcompat::driver::judge(&workspace.model, &proposals, None, Drawings::Drawn);
    // Findings point into the files read, and the run is repeatable.
    for p in &analysis.proposals {
        for f in &p.findings {
            let text = &sources.get(f.span.file).text;
            assert!(f.span.start() <= f.span.end() && f.span.end() <= text.len());
        }
    }
    // A baseline of today's findings accepts them all.
    let recorded =
        lexcompat::baseline::updated(&analysis, &lexcompat::baseline::Baseline::default());
    let accepted = lexcompat::baseline::compare(&analysis, &recorded);
    for (p, proposal) in analysis.proposals.iter().enumerate() {
        for f in 0..proposal.findings.len() {
            assert!(!accepted.is_new(p, f), "a recorded finding is new again");
        }
    }
    let comparison = lexcompat::baseline::Comparison::none(&analysis);
    let (model, with) = (&workspace.model, false);
    common::assert_inert(
        "check text",
        &check::to_text(&analysis, &comparison, with, Style::PLAIN, model, sources),
    );
    common::assert_inert(
        "check brief",
        &check::to_brief(&analysis, &comparison, with, Style::PLAIN, model, sources),
    );
    let json = check::to_document(
        check::Document::Json,
        &analysis,
        &comparison,
        None,
        model,
        sources,
    );
    assert_eq!(json, check_json(workspace), "check is not deterministic");
    common::assert_inert(
        "check yaml",
        &check::to_document(
            check::Document::Yaml,
            &analysis,
            &comparison,
            None,
            model,
            sources,
        ),
    );
    sarif::to_sarif(&analysis, &comparison, model, sources);
    common::assert_inert(
        "github",
        &github::to_github(&analysis, &accepted, true, sources),
    );
    let github = github::to_github(&analysis, &comparison, with, sources);
    common::assert_inert("github", &github);
    // One workflow command per line, then the summary: no finding breaks a line.
    let lines: Vec<&str> = github.lines().collect();
    assert!(
        lines[..lines.len() - 1].iter().all(|l| l.starts_with("::")),
        "a GitHub line that is not a workflow command"
    );
    let corpus = analyst::CorpusInfo {
        origin: "the corpus built into lexcompat".to_string(),
        files: workspace.corpus_files,
        digest: "0".repeat(16),
    };
    analyst::to_html(&analysis, &corpus, model, sources);
    analyst::to_markdown(&analysis, &corpus, model, sources);
    for p in &analysis.proposals {
        let drawn = p
            .diagram
            .as_ref()
            .expect("the analysis was asked for drawings");
        diagram::to_dot(drawn);
        diagram::to_mermaid(drawn);
        diagram::to_json(drawn);
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if text.contains("proposal") {
        every_format(&workspace(&[("fuzz.lex", text)], 0));
    } else {
        every_format(&workspace(
            &[("fuzz-corpus.lex", text), ("proposal.lex", PROPOSAL)],
            1,
        ));
    }
});
