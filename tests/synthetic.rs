//! Keeps the benchmarks' generator (benches/synthetic) in step with the
//! language: what it writes at sizes 1 and 100 lints with no diagnostic at
//! all, `check` gives every grant it wrote a verdict, and one seed always
//! gives the same bytes. A change to the language that the generator does
//! not follow fails here, not silently in a benchmark.

#[path = "../benches/synthetic/mod.rs"]
mod synthetic;

use assert_cmd::Command;
use std::collections::BTreeSet;

fn lexcompat() -> Command {
    let mut cmd = Command::cargo_bin("lexcompat").expect("the binary is built");
    cmd.env_remove("LEXCOMPAT_TIMINGS");
    cmd
}

/// Writes the problem of `size` and returns the folder holding it.
fn written(size: usize) -> (tempfile::TempDir, synthetic::Problem) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let problem = synthetic::generate(1, size);
    problem.write(folder.path()).expect("written");
    (folder, problem)
}

fn lints_clean(size: usize) {
    let (folder, problem) = written(size);
    let out = lexcompat()
        .arg("--corpus")
        .arg(folder.path().join("corpus"))
        .args(["lint", "--format", "json"])
        .arg(folder.path().join("proposals"))
        .output()
        .expect("lint runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "lint failed at size {size}: {stdout}");
    let found: serde_json::Value = serde_json::from_str(&stdout).expect("lint prints JSON");
    let diagnostics = found["diagnostics"].as_array();
    assert_eq!(
        diagnostics.map(Vec::len),
        Some(0),
        "size {size} has diagnostics: {stdout}"
    );
    assert!(problem.files.len() > 5);
}

fn every_grant_judged(size: usize) {
    let (folder, problem) = written(size);
    let out = lexcompat()
        .arg("--corpus")
        .arg(folder.path().join("corpus"))
        .args(["check", "--format", "json"])
        .arg(folder.path().join("proposals"))
        .output()
        .expect("check runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "check failed at size {size}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("check prints JSON");
    let proposals = report["proposals"].as_array().expect("proposals");
    assert_eq!(proposals.len(), problem.counts.proposals);
    let mut judged = BTreeSet::new();
    for proposal in proposals {
        for grant in proposal["grants"].as_array().expect("grants") {
            let verdict = grant["verdict"].as_str().unwrap_or_default();
            assert!(!verdict.is_empty(), "no verdict for {grant}");
            if grant["kind"] == "right" {
                judged.insert(grant["id"].as_str().unwrap_or_default().to_string());
            }
        }
    }
    let written: BTreeSet<String> = problem.grants.iter().cloned().collect();
    assert_eq!(
        written.len(),
        problem.counts.proposals * synthetic::GRANTS_PER_PROPOSAL
    );
    let missing: Vec<_> = written.difference(&judged).collect();
    assert!(missing.is_empty(), "grants without a verdict: {missing:?}");
}

#[test]
fn size_1_lints_clean() {
    lints_clean(1);
}

#[test]
fn size_100_lints_clean() {
    lints_clean(100);
}

#[test]
fn size_1_gives_every_grant_a_verdict() {
    every_grant_judged(1);
}

#[test]
fn size_100_gives_every_grant_a_verdict() {
    every_grant_judged(100);
}

#[test]
fn one_seed_gives_the_same_bytes_and_another_seed_does_not() {
    let first = synthetic::generate(7, 100);
    let again = synthetic::generate(7, 100);
    assert_eq!(first.files, again.files);
    let other = synthetic::generate(8, 100);
    assert_ne!(first.files, other.files);
}

#[test]
fn counts_grow_linearly_like_the_yardstick() {
    // gen.py's table: size 1 ≈ 60 provisions, size 10000 ≈ 100,000.
    assert_eq!(synthetic::Counts::of(1).provisions, 60);
    assert_eq!(synthetic::Counts::of(10000).provisions, 100_050);
    let problem = synthetic::generate(1, 100);
    let articles: usize = problem
        .files
        .iter()
        .filter(|(path, _)| path.starts_with("corpus/provisions"))
        .map(|(_, text)| text.matches("\narticle ").count())
        .sum();
    assert_eq!(articles, problem.counts.provisions);
    // About 7.6 MB at size 1000 for the yardstick: 7.6 kB per unit of size.
    let per_size = problem.bytes() / 100;
    assert!(
        (5_000..12_000).contains(&per_size),
        "{per_size} bytes per unit of size"
    );
}
