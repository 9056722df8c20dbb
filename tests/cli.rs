//! The binary as a user runs it: exit statuses, formats, where the corpus
//! comes from, and bad input.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn lexcompat(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lexcompat").unwrap();
    cmd.current_dir(dir).env("NO_COLOR", "1");
    cmd
}

fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

const BROKEN: &str = r#"
instrument TEST "A test instrument" {
  kind treaty
  in-force 2009-12-01
}

article TEST 1 {
  source "test"
  text-status unverified
  text """
    Every citizen shall have the right to move.
  """
  confers move-and-reside on union-citzen
}

article TEST 2 {
  source "test"
  text-status unverified
  text """
    This block is never closed.
}

article TEST 3 {
  source "test"
  text-status unverified
  text """
    Words.
  """
  succeeds TFEU 99
}
"#;

#[test]
fn lint_of_the_repository_corpus_is_clean() {
    lexcompat(repository())
        .arg("lint")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("no problems"));
}

#[test]
fn lint_reports_every_problem_of_a_broken_file_at_its_line_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.lex"), BROKEN).unwrap();
    let output = lexcompat(dir.path())
        .args(["lint", "broken.lex"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).unwrap();
    assert!(
        text.contains("unknown status or group `union-citzen`"),
        "{text}"
    );
    assert!(text.contains("did you mean `union-citizen`?"), "{text}");
    assert!(text.contains("broken.lex:13:"), "{text}");
    assert!(text.contains("text block is never closed"), "{text}");
    assert!(text.contains("broken.lex:19:"), "{text}");
    assert!(
        text.contains("no article `TFEU 99` in the corpus"),
        "{text}"
    );
    assert!(text.contains("3 errors"), "{text}");
}

#[test]
fn lint_json_is_one_valid_document_with_the_same_diagnostics() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.lex"), BROKEN).unwrap();
    let output = lexcompat(dir.path())
        .args(["lint", "broken.lex", "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&output).unwrap();
    let codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["LX101", "LX011", "LX106"]);
    assert_eq!(json["summary"]["errors"], 3);
}

#[test]
fn the_corpus_flag_is_accepted_before_and_after_the_subcommand() {
    let corpus = repository().join("corpus");
    let elsewhere = tempfile::tempdir().unwrap();
    for args in [
        vec!["--corpus", corpus.to_str().unwrap(), "show", "TFEU 20"],
        vec!["show", "TFEU 20", "--corpus", corpus.to_str().unwrap()],
    ] {
        lexcompat(elsewhere.path())
            .args(&args)
            .assert()
            .code(0)
            .stdout(predicate::str::contains(
                "Citizenship of the Union is hereby established",
            ));
    }
}

#[test]
fn without_configuration_the_built_in_corpus_is_used() {
    let elsewhere = tempfile::tempdir().unwrap();
    lexcompat(elsewhere.path())
        .args(["show", "EC-1992 8"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Every person holding the nationality of a Member State shall be a citizen of the Union."));
}

#[test]
fn an_unknown_key_in_the_configuration_is_named_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("lexcompat.yaml"),
        "corpus: corpus/\ncorpsu: other/\n",
    )
    .unwrap();
    lexcompat(dir.path()).arg("lint").assert().code(2).stderr(
        predicate::str::contains("unknown key `corpsu`")
            .and(predicate::str::contains("lexcompat.yaml:2:1")),
    );
}

#[test]
fn show_prints_text_source_status_and_both_predecessors() {
    let output = lexcompat(repository())
        .args(["show", "TFEU 20"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).unwrap();
    for expected in [
        "Citizenship of the Union is hereby established. Every person holding the nationality of a Member State shall be a citizen of the Union.",
        "Text status: partly-verified",
        "Source: ",
        "EC-1997 17",
        "EC-1992 8 ",
        "defines union-citizen as holds-nationality(member-state)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn show_of_a_missing_provision_suggests_and_exits_2() {
    lexcompat(repository())
        .args(["show", "EC-1992 8f"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("no article `EC-1992 8f`")
                .and(predicate::str::contains("did you mean")),
        );
    lexcompat(repository())
        .args(["show", "Article 20"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a citation"));
}

#[test]
fn show_json_gives_the_resolved_model() {
    let output = lexcompat(repository())
        .args(["show", "--format", "json"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&output).unwrap();
    let tfeu = json["instruments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "TFEU")
        .unwrap();
    let article = tfeu["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["citation"] == "TFEU 20")
        .unwrap();
    assert_eq!(article["text_status"], "partly-verified");
    assert!(article["source"].as_str().unwrap().contains("scribd"));
    assert_eq!(article["predecessors"][0], "EC-1997 17");
    assert_eq!(
        article["subdivisions"][0]["statements"][0],
        "defines union-citizen as holds-nationality(member-state)"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_an_error_naming_the_byte() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("latin1.lex"), b"right r \"caf\xe9\"\n").unwrap();
    lexcompat(dir.path())
        .args(["lint", "latin1.lex"])
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("is not UTF-8 text")
                .and(predicate::str::contains("line 1, column 13")),
        );
}

#[test]
fn a_path_that_does_not_exist_is_a_usage_error() {
    lexcompat(repository())
        .args(["lint", "no/such/file.lex"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read"));
    lexcompat(repository())
        .args(["lint", "--format", "xml"])
        .assert()
        .code(2);
}

#[test]
fn lint_never_writes_to_the_files_it_reads() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.lex");
    std::fs::write(&file, BROKEN).unwrap();
    lexcompat(dir.path())
        .args(["lint", "broken.lex"])
        .assert()
        .code(1);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), BROKEN);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn output_is_byte_identical_across_runs() {
    let first = lexcompat(repository())
        .args(["show", "--format", "json"])
        .output()
        .unwrap()
        .stdout;
    let second = lexcompat(repository())
        .args(["show", "--format", "json"])
        .output()
        .unwrap()
        .stdout;
    assert_eq!(first, second);
}

#[test]
fn a_folder_given_without_configuration_is_checked_beside_the_built_in_corpus() {
    let elsewhere = tempfile::tempdir().unwrap();
    let d = elsewhere.path();
    std::fs::create_dir(d.join("proposals")).unwrap();
    std::fs::copy(
        repository().join("proposals/associate-citizenship.lex"),
        d.join("proposals/seed.lex"),
    )
    .unwrap();
    // A folder of proposals is files to check, with the built-in corpus.
    lexcompat(d)
        .args(["lint", "proposals/"])
        .assert()
        .code(0)
        .stdout(
            predicate::str::is_match(r"no problems; corpus: built-in, digest [0-9a-f]{16}\n$")
                .unwrap(),
        );
    lexcompat(d)
        .args(["check", "proposals/"])
        .assert()
        .code(1)
        .stdout(
            predicate::str::is_match(
                r"lexcompat: 1 proposal, .*; corpus: built-in, digest [0-9a-f]{16}\n$",
            )
            .unwrap(),
        );
    // A corpus folder given as files to check clashes with the built-in
    // corpus, and the note says how to check it as the corpus.
    let corpus = repository().join("corpus");
    lexcompat(d)
        .args(["lint", corpus.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--corpus FOLDER"));
    // Checking a corpus folder is explicit.
    lexcompat(d)
        .args(["lint", "--corpus", corpus.to_str().unwrap()])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("no problems; corpus: "))
        .stdout(predicate::str::contains(corpus.to_str().unwrap()));
    // A corpus of one file is named as that file, not as a folder.
    std::fs::write(
        d.join("one.lex"),
        "state northland \"Northland\" member from 1958-01-01\n",
    )
    .unwrap();
    lexcompat(d)
        .args(["lint", "--corpus", "one.lex"])
        .assert()
        .code(0)
        .stdout(
            predicate::str::is_match(r"no problems; corpus: one\.lex, digest [0-9a-f]{16}\n$")
                .unwrap(),
        );
}

#[test]
fn the_configuration_is_found_upwards_and_not_beyond_the_repository() {
    let repo = tempfile::tempdir().unwrap();
    let d = repo.path();
    std::fs::create_dir_all(d.join("sub/deeper")).unwrap();
    std::fs::create_dir(d.join(".git")).unwrap();
    std::fs::write(d.join("lexcompat.yaml"), "corpus: texts/\n").unwrap();
    common::copy_dir(&repository().join("corpus"), &d.join("texts"));
    // From a subfolder, the repository's file is found and its paths are
    // relative to it: texts/ is the corpus.
    lexcompat(&d.join("sub/deeper"))
        .args(["show", "TEU 50"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("texts/lisbon/teu.lex"));
    lexcompat(&d.join("sub/deeper"))
        .arg("lint")
        .assert()
        .code(0)
        // The folder is named the same however it was spelt (absolute when
        // outside the current folder).
        .stdout(predicate::str::contains("texts/, digest "));
    // A repository below it does not read its parent's file.
    let inner = d.join("sub/inner-repo");
    std::fs::create_dir_all(inner.join(".git")).unwrap();
    lexcompat(&inner)
        .arg("lint")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("corpus: built-in"));
}

/// Issue "an open corpus": a folder beside the corpus adds a statement to an
/// article the corpus declares, without touching corpus/; `show` says where
/// each statement came from; a folder that changes a text is refused with
/// both places named.
#[test]
fn a_folder_beside_the_corpus_extends_an_article_and_show_names_its_file() {
    let team = tempfile::tempdir().unwrap();
    std::fs::write(
        team.path().join("teu-50.lex"),
        "extend article TEU 50 {\n  paragraph 2 {\n    note \"a team's reading\"\n    empowers union by withdrawal-agreement to grant [equal-treatment-work] to any person where works-in(member-state)\n  }\n}\n",
    )
    .unwrap();
    let extra = team.path().to_str().unwrap();
    lexcompat(repository())
        .args(["--extra", extra, "lint", "corpus/", "proposals/"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("no problems"));
    lexcompat(repository())
        .args(["--extra", extra, "show", "TEU 50(2)"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("teu-50.lex:4"))
        .stdout(predicate::str::contains("corpus/lisbon/teu.lex"));
    std::fs::write(
        team.path().join("conflict.lex"),
        "extend article TEU 50 {\n  paragraph 2 {\n    text \"\"\"\n      Another wording.\n    \"\"\"\n  }\n}\n",
    )
    .unwrap();
    lexcompat(repository())
        .args(["--extra", extra, "lint"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("LX117"))
        .stdout(predicate::str::contains("conflict.lex"))
        .stdout(predicate::str::contains("corpus/lisbon/teu.lex"));
}

#[test]
fn show_finds_a_judgment_by_case_number_and_by_ecli() {
    for wanted in ["C-135/08", "ECLI:EU:C:2010:104", "c-135/08"] {
        lexcompat(repository())
            .args(["show", wanted])
            .assert()
            .code(0)
            .stdout(predicate::str::contains("Rottmann"))
            .stdout(predicate::str::contains(
                "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=ecli:ECLI:EU:C:2010:104",
            ))
            .stdout(predicate::str::contains(
                "limits member-state to withdraw nationality",
            ));
    }
}

// Reads: only regular files, within limits, never out of the folder given.

const MINIMAL: &str =
    "instrument TEST \"A test instrument\" {\n  kind treaty\n  in-force 2009-12-01\n}\n";

/// A folder `corpus` with one valid file, in a fresh directory.
fn small_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("corpus")).unwrap();
    std::fs::write(dir.path().join("corpus/ok.lex"), MINIMAL).unwrap();
    dir
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

/// Runs lexcompat and expects a quick refusal (exit 2) whose message names `needle`.
fn refused(dir: &Path, args: &[&str], needle: &str) -> String {
    let output = lexcompat(dir)
        .args(args)
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.contains(needle), "{args:?}: {stderr}");
    stderr
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_wherever_it_is_read() {
    let dir = small_corpus();
    mkfifo(&dir.path().join("corpus/pipe.lex"));
    let stderr = refused(dir.path(), &["lint", "corpus"], "pipe.lex");
    assert!(stderr.contains("FIFO"), "{stderr}");

    let dir = small_corpus();
    mkfifo(&dir.path().join("folder"));
    refused(dir.path(), &["--corpus", "folder", "lint"], "folder");

    let dir = small_corpus();
    mkfifo(&dir.path().join("baseline.yaml"));
    let proposal = repository().join("proposals/associate-citizenship.lex");
    refused(
        dir.path(),
        &[
            "check",
            proposal.to_str().unwrap(),
            "--baseline",
            "baseline.yaml",
        ],
        "baseline.yaml",
    );

    let dir = small_corpus();
    mkfifo(&dir.path().join("lexcompat.yaml"));
    refused(dir.path(), &["lint"], "lexcompat.yaml");
}

#[cfg(unix)]
#[test]
fn a_device_is_refused_as_a_file_and_as_a_configuration() {
    let dir = small_corpus();
    refused(dir.path(), &["lint", "/dev/zero"], "/dev/zero");
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("lexcompat.yaml")).unwrap();
    refused(dir.path(), &["lint"], "lexcompat.yaml");
}

#[cfg(unix)]
#[test]
fn links_to_the_folder_itself_are_a_loop_not_an_endless_walk() {
    let dir = small_corpus();
    std::os::unix::fs::symlink(".", dir.path().join("corpus/a")).unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("corpus/b")).unwrap();
    let stderr = refused(dir.path(), &["lint", "corpus"], "corpus/a");
    assert!(stderr.contains("loop"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_corpus_folder_is_neither_read_nor_printed() {
    let dir = small_corpus();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret"), "root:SECRET-LINE:0:0\n").unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret"),
        dir.path().join("corpus/notes.lex"),
    )
    .unwrap();
    let stderr = refused(dir.path(), &["lint", "corpus"], "corpus/notes.lex");
    assert!(!stderr.contains("SECRET"), "{stderr}");

    let dir = small_corpus();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("corpus/zero.lex")).unwrap();
    refused(
        dir.path(),
        &["--corpus", "corpus", "lint"],
        "corpus/zero.lex",
    );
}

#[cfg(unix)]
#[test]
fn a_link_inside_the_corpus_folder_is_followed() {
    let dir = small_corpus();
    std::fs::create_dir(dir.path().join("corpus/sub")).unwrap();
    std::fs::write(
        dir.path().join("corpus/sub/other.lex"),
        MINIMAL.replace("TEST", "OTHER"),
    )
    .unwrap();
    std::os::unix::fs::symlink("sub", dir.path().join("corpus/again")).unwrap();
    lexcompat(dir.path())
        .args(["lint", "corpus"])
        .assert()
        .success();
}

#[test]
fn an_empty_corpus_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    refused(
        dir.path(),
        &["--corpus", "empty", "lint"],
        "no .lex files in `empty`",
    );
    refused(dir.path(), &["lint", "empty"], "no .lex files in `empty`");
}

/// A name of megabytes is named by its start and length, and its line by
/// its place: the diagnostics stay a few hundred bytes, and come at once.
#[test]
fn a_name_of_megabytes_gives_a_short_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    let name = "a".repeat(2_000_000);
    std::fs::write(
        dir.path().join("long.lex"),
        format!("proposal p \"x\" {{ source \"s\" date 2015-01-01\n  grants {name} to b note \"x\"\n}}\n"),
    )
    .unwrap();
    let output = lexcompat(dir.path())
        .args(["lint", "long.lex"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.len() < 4_000, "{} bytes", text.len());
    assert!(text.contains("… (2000000"), "{text}");
    assert!(
        text.contains("long.lex:2:10 (the line is too long to show)"),
        "{text}"
    );
}

#[test]
fn completions_and_a_manual_page_are_printed() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        lexcompat(repository())
            .args(["completions", shell])
            .assert()
            .code(0)
            .stdout(predicate::str::contains("lexcompat"))
            .stdout(predicate::str::contains("baseline"));
    }
    lexcompat(repository())
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
    lexcompat(repository())
        .arg("man")
        .assert()
        .code(0)
        .stdout(predicate::str::contains(".TH lexcompat 1"))
        .stdout(predicate::str::contains("completions"));
}

#[test]
fn color_follows_the_flag_then_no_color_then_clicolor_force() {
    let seed = repository().join("proposals/associate-citizenship.lex");
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = Command::cargo_bin("lexcompat").unwrap();
        cmd.current_dir(repository())
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .arg("check")
            .arg(&seed)
            .args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        String::from_utf8(cmd.output().unwrap().stdout)
            .unwrap()
            .contains('\u{1b}')
    };
    assert!(!run(&[], &[]), "a pipe gets no colour");
    assert!(run(&["--color", "always"], &[]));
    assert!(
        run(&["--color", "always"], &[("NO_COLOR", "1")]),
        "the flag wins"
    );
    assert!(run(&[], &[("CLICOLOR_FORCE", "1")]));
    assert!(!run(&[], &[("CLICOLOR_FORCE", "0")]));
    assert!(!run(&[], &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]));
    assert!(!run(&["--color", "never"], &[("CLICOLOR_FORCE", "1")]));
    assert!(run(&["--color=always", "--format", "text"], &[]));
}

#[test]
fn explain_and_show_suggest_near_misses_counting_a_swap_as_one_edit() {
    for (typed, meant) in [
        ("LC120", "`LC102`"),
        ("treaty-status-redefine", "`treaty-status-redefined`"),
        ("lx1o1", "`LX101`"),
    ] {
        lexcompat(repository())
            .args(["explain", typed])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("did you mean {meant}?")));
    }
    for (typed, meant) in [
        ("TFEU 272", "`TFEU 227`"),
        ("TFUE 20", "`TFEU`"),
        ("C-135/80", "`C-135/08`"),
        ("Rotmann", "`C-135/08` (ROTTMANN)"),
    ] {
        lexcompat(repository())
            .args(["show", typed])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("did you mean {meant}?")));
    }
}

#[test]
fn identifiers_are_never_split_across_lines_in_diagnostics() {
    let output = lexcompat(repository())
        .args(["show", "TFUEX 20"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stderr).unwrap();
    // The help names the first twelve instruments, several with hyphens,
    // and counts the rest.
    assert!(text.contains("COMMISSION-V-MALTA"), "{text}");
    assert!(text.contains("DIR-2004-38"), "{text}");
    assert!(text.contains(" more"), "{text}");
    for line in text.lines() {
        assert!(
            !line.trim_end().ends_with('-'),
            "split at a hyphen: {line:?}\n{text}"
        );
    }
}
