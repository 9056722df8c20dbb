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

/// Copies a folder and everything under it.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// [`workspace`], after checking that the files resolve without an error.
pub fn sound_workspace(files: &[(&str, &str)]) -> Workspace {
    let workspace = workspace(files);
    let errors: Vec<&str> = workspace
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.message.as_str())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    workspace
}

/// Parses, resolves and judges in-memory files, named as given, without any
/// corpus, after checking that they resolve without an error; every
/// proposal is judged at its own date, without drawings.
pub fn judge(files: &[(&str, &str)]) -> lexcompat::analysis::Analysis {
    judge_in(&sound_workspace(files))
}

/// [`judge`] on a workspace the caller keeps, to word the reasoning with
/// its model.
pub fn judge_in(workspace: &Workspace) -> lexcompat::analysis::Analysis {
    let ids: Vec<lexcompat::model::ProposalId> = (0..workspace.model.proposals.len())
        .map(lexcompat::model::ProposalId::new)
        .collect();
    driver::judge(
        &workspace.model,
        &ids,
        None,
        lexcompat::analysis::Drawings::Omitted,
    )
}
