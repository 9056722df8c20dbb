//! Benchmarks of every stage of the pipeline and of the whole run, on the
//! synthetic problems of benches/synthetic (sizes 1, 100, 1000, 10000).
//!
//!     cargo bench --bench pipeline                 # everything
//!     cargo bench --bench pipeline -- analysis     # the analysis stage only
//!
//! Each stage is timed on its own, its input prepared once per size and kept:
//! parse (syntax only), resolve, graph build, analysis, and each output
//! format; `process` times `lexcompat check` and `lint` as a process on the
//! problem written to a temporary folder, and the seed proposal against the
//! built-in corpus. Size 10000 takes seconds per run, so it is sampled only
//! a few times. docs/performance.md holds the measured figures.

#[path = "synthetic/mod.rs"]
mod synthetic;

use lexcompat::analysis::{Analysis, Drawings};
use lexcompat::baseline::Comparison;
use lexcompat::config::{Config, CorpusSource};
use lexcompat::driver::{self, Workspace};
use lexcompat::report::{analyst, check, github, sarif};
use lexcompat::syntax::{self, ast};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::rc::Rc;

/// The allocator the binary uses (src/main.rs), so that a stage timed in
/// process allocates as it does in a run.
#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() {
    divan::main();
}

/// Sizes sampled often; 10000 has benchmarks of its own with few samples.
const SIZES: [usize; 3] = [1, 100, 1000];
const SEED: u64 = 1;

/// One size's problem, on disk and in memory, with each stage's input.
struct Fixture {
    folder: tempfile::TempDir,
    config: Config,
    workspace: Workspace,
    trees: Vec<(lexcompat::source::FileId, ast::File)>,
    analysis: Analysis,
    comparison: Comparison,
}

impl Fixture {
    fn corpus(&self) -> PathBuf {
        self.folder.path().join("corpus")
    }

    fn proposals(&self) -> PathBuf {
        self.folder.path().join("proposals")
    }
}

thread_local! {
    static FIXTURES: RefCell<BTreeMap<usize, Rc<Fixture>>> = const { RefCell::new(BTreeMap::new()) };
}

/// The fixture of `size`, made the first time it is asked for.
fn fixture(size: usize) -> Rc<Fixture> {
    if let Some(f) = FIXTURES.with(|f| f.borrow().get(&size).cloned()) {
        return f;
    }
    let folder = tempfile::tempdir().expect("a temporary folder");
    synthetic::generate(SEED, size)
        .write(folder.path())
        .expect("the synthetic problem is written");
    let config = Config {
        corpus: CorpusSource::Folder(folder.path().join("corpus")),
        extra: Vec::new(),
    };
    let workspace = driver::load(&config, &[folder.path().join("proposals")])
        .expect("the synthetic problem is read");
    assert!(!workspace.has_errors(), "the synthetic problem has errors");
    let trees = workspace
        .sources
        .iter()
        .map(|(id, file)| (id, syntax::parse(id, &file.text).0))
        .collect();
    let analysis = driver::judge(
        &workspace.model,
        &workspace.given_proposals(),
        None,
        Drawings::Drawn,
    );
    let comparison = Comparison::none(&analysis);
    let made = Rc::new(Fixture {
        folder,
        config,
        workspace,
        trees,
        analysis,
        comparison,
    });
    FIXTURES.with(|f| f.borrow_mut().insert(size, made.clone()));
    made
}

/// Declares a benchmark at the small sizes (10 samples) and at 10000 (2 samples of one run).
macro_rules! by_size {
    ($name:ident, |$f:ident| $body:expr) => {
        mod $name {
            use super::*;

            fn run(bencher: divan::Bencher, size: usize) {
                let $f = fixture(size);
                bencher.bench_local(|| $body);
            }

            #[divan::bench(args = SIZES, sample_count = 10)]
            fn small(bencher: divan::Bencher, size: usize) {
                run(bencher, size);
            }

            #[divan::bench(args = [10000], sample_count = 2, sample_size = 1)]
            fn large(bencher: divan::Bencher, size: usize) {
                run(bencher, size);
            }
        }
    };
}

by_size!(parse, |f| f
    .workspace
    .sources
    .iter()
    .map(|(id, file)| syntax::parse(id, &file.text).0.items.len())
    .sum::<usize>());

by_size!(resolve, |f| lexcompat::model::resolve(
    &f.trees,
    lexcompat::model::References::Omitted
)
.0
.provisions
.len());

by_size!(graph, |f| lexcompat::graph::Graph::build(
    &f.workspace.model,
    None
));

// What `check` asks for: no drawings.
by_size!(analysis, |f| driver::judge(
    &f.workspace.model,
    &f.workspace.given_proposals(),
    None,
    Drawings::Omitted
));

// What the reports and `graph --proposal` ask for.
by_size!(analysis_drawn, |f| driver::judge(
    &f.workspace.model,
    &f.workspace.given_proposals(),
    None,
    Drawings::Drawn
));

by_size!(text_brief, |f| check::to_brief(
    &f.analysis,
    &f.comparison,
    false,
    lexcompat::report::Style::PLAIN,
    &f.workspace.model,
    &f.workspace.sources
));

by_size!(text_verbose, |f| check::to_text(
    &f.analysis,
    &f.comparison,
    false,
    lexcompat::report::Style::PLAIN,
    &f.workspace.model,
    &f.workspace.sources
));

by_size!(json, |f| check::to_document(
    check::Document::Json,
    &f.analysis,
    &f.comparison,
    None,
    &f.workspace.model,
    &f.workspace.sources
));

by_size!(yaml, |f| check::to_document(
    check::Document::Yaml,
    &f.analysis,
    &f.comparison,
    None,
    &f.workspace.model,
    &f.workspace.sources
));

by_size!(sarif_output, |f| sarif::to_sarif(
    &f.analysis,
    &f.comparison,
    &f.workspace.model,
    &f.workspace.sources
));

by_size!(github_output, |f| github::to_github(
    &f.analysis,
    &f.comparison,
    false,
    &f.workspace.sources
));

by_size!(markdown_report, |f| analyst::to_markdown(
    &f.analysis,
    &driver::corpus_info(&f.workspace, &f.config),
    &f.workspace.model,
    &f.workspace.sources
));

by_size!(html_report, |f| analyst::to_html(
    &f.analysis,
    &driver::corpus_info(&f.workspace, &f.config),
    &f.workspace.model,
    &f.workspace.sources
));

/// Runs the release binary to the end, its output thrown away; a crash or
/// a usage error (exit 2) fails the benchmark rather than timing it.
fn lexcompat(args: &[&std::ffi::OsStr]) {
    let status = Command::new(env!("CARGO_BIN_EXE_lexcompat"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("lexcompat runs");
    assert!(
        matches!(status.code(), Some(0 | 1)),
        "lexcompat failed: {status}"
    );
}

by_size!(process_check, |f| lexcompat(&[
    "--corpus".as_ref(),
    f.corpus().as_os_str(),
    "check".as_ref(),
    f.proposals().as_os_str(),
]));

by_size!(process_lint, |f| lexcompat(&[
    "--corpus".as_ref(),
    f.corpus().as_os_str(),
    "lint".as_ref(),
    f.proposals().as_os_str(),
]));

/// The seed: the first proposal ever checked, against the built-in corpus.
#[divan::bench(sample_count = 20)]
fn process_check_seed(bencher: divan::Bencher) {
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/proposals/associate-citizenship.lex"
    );
    bencher.bench_local(|| lexcompat(&["check".as_ref(), seed.as_ref()]));
}

/// Shapes that grow, or once grew, as a product of two of their sizes,
/// timed at two sizes each so that a product shows in the ratio of their
/// times (the square of the ratio of the sizes, not the ratio):
/// - a right conferred by one provision on each of many holders (the
///   reasoning once searched every conferral for every holder);
/// - many legal bases, or many limits, that reach any right, and as many
///   grants: each grant is checked against each, a known product. A
///   grant's test conditions were once kept distinct by a scan, and a
///   long description of the group indexed anew for each basis, which
///   made these grow as a cube.
mod shapes {
    use super::*;

    /// A right conferred on `holders` statuses, one article each, and one
    /// grant of it.
    fn many_holders(holders: usize) -> Workspace {
        let mut corpus = String::from(PREAMBLE);
        corpus.push_str("right stay \"to stay\"\n");
        for n in 0..holders {
            corpus.push_str(&format!(
                "status s{n} \"status {n}\"\n\
                 article TREATY {} {{\n  source \"Synthetic\"\n  text-status unverified\n  \
                 text \"\"\"\n    They may stay.\n  \"\"\"\n  \
                 defines s{n} as holds-nationality(member-state)\n  confers stay on s{n}\n}}\n",
                n + 1
            ));
        }
        let proposal =
            "proposal p \"Staying\" {\n  date 2023-06-01\n  invented \"a benchmark\"\n  \
             group g \"the group\" where holds-nationality(member-state)\n  \
             grants stay to g as stay\n}\n";
        workspace(&corpus, proposal)
    }

    /// `count` articles that each reach any right with `statement`, and one
    /// proposal of `count` grants to a group described by `terms` tests
    /// besides its nationality: every grant is checked against every one of
    /// the articles, a product of the two (docs/performance.md, known
    /// products). Article 1 gives every grant a legal basis.
    fn many_reaching_any_right(count: usize, statement: &str, terms: usize) -> Workspace {
        let mut corpus = String::from(PREAMBLE);
        let mut group = String::from("holds-nationality(member-state)");
        for n in 0..terms {
            corpus.push_str(&format!("condition t{n} \"test {n}\"\n"));
            group.push_str(&format!(", t{n}"));
        }
        corpus.push_str(
            "status citizen \"a citizen\"\nactor council \"the Council\"\n\
             test proportionate \"the measure is proportionate\"\n\
             procedure ordinary \"Ordinary\" {\n  route secondary-legislation\n  \
             voting qualified-majority\n  decides council\n  cost-rank 2\n}\n\
             article TREATY 1 {\n  source \"Synthetic\"\n  text-status unverified\n  \
             text \"\"\"\n    Citizens.\n  \"\"\"\n  \
             defines citizen as holds-nationality(member-state)\n  \
             empowers council by ordinary to grant any right to [citizen]\n}\n",
        );
        let mut proposal = format!(
            "proposal p \"Rights\" {{\n  date 2023-06-01\n  invented \"a benchmark\"\n  \
             group g \"the group\" where {group}\n",
        );
        for n in 0..count {
            corpus.push_str(&format!(
                "right r{n} \"right {n}\"\n\
                 article TREATY {} {{\n  source \"Synthetic\"\n  text-status unverified\n  \
                 text \"\"\"\n    The Council may act.\n  \"\"\"\n  {statement}\n}}\n",
                n + 2
            ));
            proposal.push_str(&format!("  grants r{n} to g as r{n}\n"));
        }
        proposal.push_str("}\n");
        workspace(&corpus, &proposal)
    }

    /// One proposal that creates `count` statuses, each carrying a grant
    /// that a prohibition makes a finding of: a created status once
    /// scanned every measure for those it carries, and a finding every
    /// claim for its own, both growing as the square of the proposal.
    fn many_created_statuses(count: usize) -> Workspace {
        let mut corpus = String::from(PREAMBLE);
        corpus.push_str(
            "status citizen \"a citizen\"\nactor council \"the Council\"\n\
             procedure ordinary \"Ordinary\" {\n  route secondary-legislation\n  \
             voting qualified-majority\n  decides council\n  cost-rank 2\n}\n\
             article TREATY 1 {\n  source \"Synthetic\"\n  text-status unverified\n  \
             text \"\"\"\n    Citizens.\n  \"\"\"\n  \
             defines citizen as holds-nationality(member-state)\n  \
             empowers council by ordinary to grant any right to [citizen]\n}\n\
             article TREATY 2 {\n  source \"Synthetic\"\n  text-status unverified\n  \
             text \"\"\"\n    Forbidden.\n  \"\"\"\n  \
             forbids union to grant any right to any person\n}\n",
        );
        let mut proposal = String::from(
            "proposal p \"Statuses\" {\n  date 2023-06-01\n  invented \"a benchmark\"\n  \
             group g \"the group\" where holds-nationality(member-state)\n",
        );
        for n in 0..count {
            corpus.push_str(&format!("right r{n} \"right {n}\"\n"));
            proposal.push_str(&format!(
                "  creates status s{n} \"status {n}\" for g\n  grants r{n} to g through s{n} as r{n}\n"
            ));
        }
        proposal.push_str("}\n");
        workspace(&corpus, &proposal)
    }

    const PREAMBLE: &str = "state northland \"Northland\" member from 1958-01-01\n\
         condition holds-nationality(state) \"holds the nationality of\"\n\
         instrument TREATY \"A treaty\" {\n  kind treaty\n  in-force 1958-01-01\n}\n";

    fn workspace(corpus: &str, proposal: &str) -> Workspace {
        let mut loaded = lexcompat::load::Loaded::default();
        for (name, text) in [("corpus.lex", corpus), ("proposal.lex", proposal)] {
            loaded.files.push(lexcompat::source::SourceFile::new(
                name,
                lexcompat::source::Origin::Embedded,
                text,
            ));
        }
        let workspace = driver::analyse_sources(loaded);
        assert!(!workspace.has_errors(), "the shape has errors");
        workspace
    }

    /// The analysis of every proposal of a shape, timed.
    fn judge_every_proposal(bencher: divan::Bencher, workspace: &Workspace) {
        let proposals = workspace.given_proposals();
        bencher.bench_local(|| {
            driver::judge(&workspace.model, &proposals, None, Drawings::Omitted)
                .proposals
                .len()
        });
    }

    #[divan::bench(args = [5000, 20000], sample_count = 5)]
    fn analysis_many_holders(bencher: divan::Bencher, holders: usize) {
        let workspace = many_holders(holders);
        judge_every_proposal(bencher, &workspace);
    }

    /// `count` rights and as many grants of rights misspelt by one letter:
    /// each unknown name was compared with every right, their product.
    #[divan::bench(args = [5000, 20000], sample_count = 3)]
    fn resolve_many_misspelt_rights(bencher: divan::Bencher, count: usize) {
        let mut corpus = String::from(PREAMBLE);
        let mut proposal = String::from(
            "proposal p \"Misspelt\" {\n  date 2023-06-01\n  invented \"a benchmark\"\n  \
             group g \"the group\" where holds-nationality(member-state)\n",
        );
        for n in 0..count {
            corpus.push_str(&format!("right r{n:06} \"right {n}\"\n"));
            proposal.push_str(&format!("  grants x{n:06} to g as a{n}\n"));
        }
        bencher.bench_local(|| {
            let mut loaded = lexcompat::load::Loaded::default();
            for (name, text) in [("corpus.lex", &corpus), ("proposal.lex", &proposal)] {
                loaded.files.push(lexcompat::source::SourceFile::new(
                    name,
                    lexcompat::source::Origin::Embedded,
                    text.as_str(),
                ));
            }
            driver::analyse_sources(loaded).diagnostics.len()
        });
    }

    #[divan::bench(args = [5000, 20000], sample_count = 3)]
    fn analysis_many_created_statuses(bencher: divan::Bencher, count: usize) {
        let workspace = many_created_statuses(count);
        judge_every_proposal(bencher, &workspace);
    }

    #[divan::bench(args = [500, 1000], sample_count = 3)]
    fn analysis_many_bases(bencher: divan::Bencher, count: usize) {
        let workspace = many_reaching_any_right(
            count,
            "empowers council by ordinary to grant any right to [citizen]",
            0,
        );
        judge_every_proposal(bencher, &workspace);
    }

    #[divan::bench(args = [250, 500], sample_count = 3)]
    fn analysis_many_limits(bencher: divan::Bencher, count: usize) {
        let workspace = many_reaching_any_right(
            count,
            "limits union to grant any right to any person requires [proportionate]",
            0,
        );
        judge_every_proposal(bencher, &workspace);
    }

    /// The JSON and YAML of the limits' product: each limit is a step of
    /// each grant's reasoning, quoted, and the output is the product. Both
    /// are written as they are made, a proposal too large in batches of
    /// its grants (docs/performance.md).
    #[divan::bench(args = [250, 500], sample_count = 3)]
    fn documents_many_limits(bencher: divan::Bencher, count: usize) {
        let workspace = many_reaching_any_right(
            count,
            "limits union to grant any right to any person requires [proportionate]",
            0,
        );
        let proposals = workspace.given_proposals();
        let analysis = driver::judge(&workspace.model, &proposals, None, Drawings::Omitted);
        let comparison = Comparison::none(&analysis);
        let (model, sources) = (&workspace.model, &workspace.sources);
        bencher.bench_local(|| {
            [check::Document::Json, check::Document::Yaml]
                .into_iter()
                .map(|document| {
                    check::to_document(document, &analysis, &comparison, None, model, sources).len()
                })
                .sum::<usize>()
        });
    }

    /// As many bases as grants and as the tests describing the group: each
    /// check once indexed the whole description anew, a cube.
    #[divan::bench(args = [100, 200], sample_count = 3)]
    fn analysis_many_bases_long_group(bencher: divan::Bencher, count: usize) {
        let workspace = many_reaching_any_right(
            count,
            "empowers council by ordinary to grant any right to [citizen] where t0",
            count,
        );
        judge_every_proposal(bencher, &workspace);
    }
}
