//! The YAML readers through their guards, as the command line reaches them:
//! the input written as a baseline (`.yaml` and `.json`) and read by
//! `baseline::read`, and as `lexcompat.yaml` read by `config::resolve`.
//! Must hold: no panic, no hang, no blow-up (aliases and deep nesting are
//! refused by `yaml_guard` before a value is built), a baseline that reads
//! is written back and reads the same, and every error message and
//! configuration diagnostic is free of control characters once rendered.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// One scratch folder for the whole run; `.git` in it stops the search for
/// `lexcompat.yaml` there.
fn scratch() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a scratch folder");
        std::fs::create_dir(dir.path().join(".git")).expect("a .git folder");
        dir
    })
    .path()
}

fn baseline_round_trip(path: &Path, text: &[u8]) {
    std::fs::write(path, text).expect("the input is written");
    match lexcompat::baseline::read(path, false) {
        Ok(baseline) => {
            let copy: PathBuf = path.with_file_name(format!(
                "copy.{}",
                path.extension().unwrap().to_string_lossy()
            ));
            lexcompat::baseline::write(&copy, &baseline).expect("a baseline read is written");
            let again = lexcompat::baseline::read(&copy, false).expect("a baseline written reads");
            assert_eq!(baseline.findings.len(), again.findings.len());
            assert!(
                baseline == again || {
                    // Written sorted: the same entries, maybe in another order.
                    let (mut a, mut b) = (baseline.findings.clone(), again.findings.clone());
                    a.sort();
                    b.sort();
                    a == b
                }
            );
        }
        Err(error) => {
            // What main prints: `error: {printable_line(message)}`.
            let shown = lexcompat::report::printable_line(&error.message);
            common::assert_inert("a baseline error", &shown);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let dir = scratch();
    baseline_round_trip(&dir.join("baseline.yaml"), data);
    baseline_round_trip(&dir.join("baseline.json"), data);
    std::fs::write(dir.join("lexcompat.yaml"), data).expect("the input is written");
    if let Err(error) = lexcompat::config::resolve(None, &[], dir) {
        common::assert_spans(std::slice::from_ref(&*error.diagnostic), &error.sources);
        common::render_diagnostics(std::slice::from_ref(&*error.diagnostic), &error.sources);
    }
});
