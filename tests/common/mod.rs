//! Helpers shared by the integration tests.
#![allow(dead_code)]

use lexcompat::driver::{self, Workspace};
use lexcompat::load::Loaded;
use lexcompat::source::{Origin, SourceFile};

/// Parses and resolves in-memory files, named as given, without any corpus.
pub fn workspace(files: &[(&str, &str)]) -> Workspace {
    let mut loaded = Loaded::default();
    for (name, text) in files {
        loaded
            .files
            .push(SourceFile::new(*name, Origin::Embedded, *text));
    }
    driver::analyse_sources(loaded)
}

/// The codes of a workspace's diagnostics, in order.
pub fn codes(workspace: &Workspace) -> Vec<&'static str> {
    workspace
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect()
}
