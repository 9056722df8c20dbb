//! Issue 10's "done when", run as a new user would: each of the twelve
//! findings reproduced as written gives a clear error (exit status 2 for
//! refused input) or harmless output, and nothing on disk changes but the
//! output asked for. Findings already pinned elsewhere are named here with
//! the test that pins them; the rest are reproduced below.
//!
//! | finding | test |
//! | --- | --- |
//! | 1 `report -o /dev/null` | `f01_...` here; `output::tests` for the writer |
//! | 2 predictable temporary name, planted link | `f02_...` here |
//! | 3 YAML alias bomb, deep brackets in a baseline | ci.rs `a_baseline_with_aliases_or_deep_nesting_is_refused_before_it_is_built` |
//! | 4 FIFO or link to /dev/zero as corpus file, folder, baseline | cli.rs `a_fifo_is_refused_wherever_it_is_read`, `a_device_is_refused_...`; `f04_...` here for the links |
//! | 5 links to `.`, `corpus: /`, `notes.lex -> /etc/passwd` | cli.rs `links_to_the_folder_itself_...`; `f05_...` here |
//! | 6 groups nested nine levels of twelve | robustness.rs `groups_of_groups_nine_levels_of_twelve_are_analysed_at_once` |
//! | 7 `--update-baseline` keeps other proposals' entries | ci.rs `updating_with_some_proposals_keeps_the_entries_and_reasons_of_the_others` |
//! | 8 permissions kept, no temporary file left | `f08_...` here |
//! | 9 control characters never reach the terminal or `--format github` | report.rs `check_prints_no_escape_sequences_...`; `f09_...` here for file names |
//! | 10 Markdown links and images from corpus text | report.rs `text_from_the_corpus_is_escaped_in_every_report` |
//! | 11 corpus digest independent of path spelling | report.rs `the_report_does_not_depend_on_how_the_corpus_folder_is_spelt` |
//! | 12 `javascript:` url, 15 MB identifier, odd lexcompat.yaml, empty corpus | `f12_...` here; cli.rs `an_empty_corpus_folder_is_an_error` |

mod common;

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn lexcompat(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lexcompat").unwrap();
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .timeout(Duration::from_secs(120));
    cmd
}

fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs lexcompat in `dir`: exit status, standard output, standard error.
fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let output = lexcompat(dir).args(args).output().unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// What a folder holds, recursively, without following links: each path's
/// kind, permissions, and contents or link target.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, String> {
    use std::os::unix::fs::PermissionsExt;
    let mut found = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            let mode = meta.permissions().mode();
            let what = if meta.file_type().is_symlink() {
                format!("link {:?}", std::fs::read_link(&path).unwrap())
            } else if meta.is_dir() {
                stack.push(path.clone());
                "folder".to_string()
            } else if meta.is_file() {
                format!("file {:?}", std::fs::read(&path).unwrap())
            } else {
                "other".to_string()
            };
            found.insert(path, format!("{mode:o} {what}"));
        }
    }
    found
}

const PROPOSAL: &str = "proposals/associate-citizenship.lex";

/// A scratch folder holding a copy of the seed proposal as `p.lex`.
fn with_proposal() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(repository().join(PROPOSAL), dir.path().join("p.lex")).unwrap();
    dir
}

/// Finding 1: as root, `report -o /dev/null` once replaced the device by a
/// regular file.
#[test]
fn f01_a_report_onto_a_device_is_refused_and_the_device_kept() {
    let dir = with_proposal();
    let before = snapshot(dir.path());
    let (status, stdout, stderr) = run(dir.path(), &["report", "p.lex", "-o", "/dev/null"]);
    assert_eq!(status, Some(2), "{stderr}");
    assert!(stderr.contains("cannot write `/dev/null`"), "{stderr}");
    assert!(stderr.contains("not a regular file"), "{stderr}");
    assert!(stdout.is_empty());
    use std::os::unix::fs::FileTypeExt;
    let null = std::fs::symlink_metadata("/dev/null").unwrap();
    assert!(null.file_type().is_char_device());
    assert_eq!(snapshot(dir.path()), before);
}

/// Finding 2: the temporary file had a predictable name, so a link planted
/// there redirected the write. Links at every name a writer might pick, and
/// a link as the output itself, are left alone and written through never.
#[test]
fn f02_links_planted_where_the_report_is_written_are_never_followed() {
    let dir = with_proposal();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();
    for name in [
        "report.html.tmp",
        ".report.html.tmp",
        ".report.html.swp",
        "report.html~",
        ".report.html",
    ] {
        std::os::unix::fs::symlink(&victim, dir.path().join(name)).unwrap();
    }
    std::os::unix::fs::symlink(&victim, dir.path().join("linked.html")).unwrap();
    let before = snapshot(dir.path());
    let (status, _, stderr) = run(dir.path(), &["report", "p.lex", "-o", "linked.html"]);
    assert_eq!(status, Some(2), "{stderr}");
    assert!(stderr.contains("symbolic link"), "{stderr}");
    assert_eq!(snapshot(dir.path()), before);

    let (status, _, stderr) = run(dir.path(), &["report", "p.lex", "-o", "report.html"]);
    // The seed has a finding at --fail-on error: status 1, report written.
    assert_eq!(status, Some(1), "{stderr}");
    let mut after = snapshot(dir.path());
    let report = after.remove(&dir.path().join("report.html")).unwrap();
    assert_eq!(after, before, "only report.html is new");
    // With the permissions of any new file, not a temporary file's 0600.
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(dir.path().join("plain"), "").unwrap();
    let plain = std::fs::metadata(dir.path().join("plain")).unwrap();
    assert!(report.starts_with(&format!("{:o} file", plain.permissions().mode())));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
}

/// Finding 4: a link to /dev/zero as the corpus folder, a corpus file, the
/// baseline or a file to check is refused at once, not read for ever.
#[test]
fn f04_links_to_a_device_are_refused_wherever_they_are_read() {
    let dir = with_proposal();
    std::fs::create_dir(dir.path().join("corpus")).unwrap();
    std::fs::write(
        dir.path().join("corpus/ok.lex"),
        "instrument T \"t\" { kind treaty in-force 2000-01-01 }\n",
    )
    .unwrap();
    for name in ["zero", "zero.lex", "zero.yaml", "corpus/zero.lex"] {
        std::os::unix::fs::symlink("/dev/zero", dir.path().join(name)).unwrap();
    }
    let before = snapshot(dir.path());
    let cases: [&[&str]; 4] = [
        &["--corpus", "zero", "lint"],
        &["--corpus", "corpus", "lint"],
        &["lint", "zero.lex"],
        &["check", "p.lex", "--baseline", "zero.yaml"],
    ];
    for args in cases {
        let started = std::time::Instant::now();
        let (status, _, stderr) = run(dir.path(), args);
        assert_eq!(status, Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("zero"), "{args:?}: {stderr}");
        assert!(started.elapsed() < Duration::from_secs(60), "{args:?}");
    }
    let (status, _, stderr) = run(
        dir.path(),
        &[
            "check",
            "p.lex",
            "--baseline",
            "zero.yaml",
            "--update-baseline",
        ],
    );
    assert_eq!(status, Some(2), "{stderr}");
    assert_eq!(snapshot(dir.path()), before);
}

/// Finding 5: `corpus: /` in lexcompat.yaml walked the whole disk, and a
/// link to /etc/passwd printed its lines.
#[test]
fn f05_the_root_as_corpus_and_a_link_to_passwd_are_refused_unprinted() {
    let dir = with_proposal();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::write(dir.path().join("lexcompat.yaml"), "corpus: /\n").unwrap();
    let started = std::time::Instant::now();
    let (status, stdout, stderr) = run(dir.path(), &["lint", "p.lex"]);
    assert_eq!(status, Some(2), "{stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.contains("(the corpus folder)"), "{stderr}");
    assert!(stdout.is_empty());
    assert!(started.elapsed() < Duration::from_secs(100));

    let dir = with_proposal();
    std::fs::create_dir(dir.path().join("corpus")).unwrap();
    std::fs::write(
        dir.path().join("corpus/ok.lex"),
        "instrument T \"t\" { kind treaty in-force 2000-01-01 }\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("/etc/passwd", dir.path().join("corpus/notes.lex")).unwrap();
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap();
    let first = passwd.lines().next().unwrap();
    let (status, stdout, stderr) = run(dir.path(), &["--corpus", "corpus", "lint"]);
    assert_eq!(status, Some(2), "{stderr}");
    assert!(stderr.contains("corpus/notes.lex"), "{stderr}");
    assert!(
        !stderr.contains(first) && !stdout.contains(first),
        "{stderr}"
    );
}

/// Finding 8: `--update-baseline` kept the file's permissions and left no
/// temporary file beside it.
#[test]
fn f08_an_updated_baseline_keeps_its_permissions_and_leaves_nothing_behind() {
    use std::os::unix::fs::PermissionsExt;
    let dir = with_proposal();
    let baseline = dir.path().join("baseline.yaml");
    let (status, _, stderr) = run(
        dir.path(),
        &[
            "check",
            "p.lex",
            "--baseline",
            "baseline.yaml",
            "--update-baseline",
        ],
    );
    assert_eq!(status, Some(0), "{stderr}");
    std::fs::set_permissions(&baseline, std::fs::Permissions::from_mode(0o640)).unwrap();
    let text = std::fs::read_to_string(&baseline).unwrap();
    // A stale entry to drop, so the update really rewrites the file.
    std::fs::write(&baseline, text.replace("findings:\n", "findings:\n- fingerprint: '0000000000000000'\n  code: LC101\n  proposal: associate-citizenship\n  message: gone\n  reason: old\n")).unwrap();
    let names = |dir: &Path| -> Vec<PathBuf> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        names
    };
    let before = names(dir.path());
    let (status, _, stderr) = run(
        dir.path(),
        &[
            "check",
            "p.lex",
            "--baseline",
            "baseline.yaml",
            "--update-baseline",
        ],
    );
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(std::fs::read_to_string(&baseline).unwrap(), text);
    let mode = std::fs::metadata(&baseline).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o640);
    assert_eq!(names(dir.path()), before);
}

/// A file name that would act on a terminal: an escape sequence, a line
/// break that would start a line of its own, a bidirectional override.
const HOSTILE_NAME: &str = "p\u{1b}[2J\u{7}\nerror: forged\u{202E}kcilc.lex";

fn assert_inert(what: &str, text: &str) {
    for c in ['\u{1b}', '\u{7}', '\u{202E}', '\u{2028}', '\0'] {
        assert!(!text.contains(c), "{what} holds U+{:04X}: {text}", c as u32);
    }
    assert!(
        !text.lines().any(|l| l.starts_with("error: forged")),
        "{what} lets a file name start a line: {text}"
    );
}

/// Finding 9, for file names: a proposal, a baseline and a missing file
/// named with control characters are named inertly in every message.
#[test]
fn f09_file_names_never_carry_control_characters_to_the_terminal_or_the_log() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(repository().join(PROPOSAL), dir.path().join(HOSTILE_NAME)).unwrap();
    for format in ["text", "github", "json", "yaml", "sarif"] {
        let (status, stdout, stderr) = run(
            dir.path(),
            &["check", HOSTILE_NAME, "--format", format, "--verbose"],
        );
        assert_eq!(status, Some(1), "{format}: {stderr}");
        assert_inert(format, &stdout);
        assert_inert(format, &stderr);
    }
    let (_, stdout, stderr) = run(dir.path(), &["check", HOSTILE_NAME]);
    assert_inert("concise text", &stdout);
    assert_inert("concise text", &stderr);

    // A diagnostic in the file, with its excerpt headed by the name.
    let broken = format!("{HOSTILE_NAME}.lex");
    std::fs::write(
        dir.path().join(&broken),
        "proposal q \"x\" { source \"s\" date 2015-01-01\n  grants no-such-right to b note \"x\"\n}\n",
    )
    .unwrap();
    let (status, stdout, stderr) = run(dir.path(), &["lint", &broken]);
    assert_eq!(status, Some(1), "{stderr}");
    assert!(stdout.contains("kcilc.lex"), "{stdout}");
    assert_inert("lint", &stdout);
    let (status, _, stderr) = run(dir.path(), &["check", &broken]);
    assert_eq!(status, Some(2));
    assert_inert("check refusing", &stderr);

    // A diagnostic whose message quotes the name (a file that is not UTF-8).
    let not_text = format!("{HOSTILE_NAME}-latin1.lex");
    std::fs::write(dir.path().join(&not_text), b"right r \"caf\xe9\"\n").unwrap();
    let (status, stdout, stderr) = run(dir.path(), &["lint", &not_text]);
    assert_eq!(status, Some(1), "{stderr}");
    assert!(
        stdout.contains("LX002") || stdout.contains("UTF-8"),
        "{stdout}"
    );
    assert_inert("lint, a name in the message", &stdout);
    assert!(
        stdout
            .lines()
            .any(|l| l.contains("`p") && l.contains("forged\u{FFFD}kcilc.lex-latin1.lex`")),
        "the name stays on one line: {stdout}"
    );

    // A baseline that is not one, a file that is not there, an output refused.
    let baseline = format!("{HOSTILE_NAME}.yaml");
    std::fs::write(dir.path().join(&baseline), "version: [\n").unwrap();
    let cases: [&[&str]; 3] = [
        &["check", HOSTILE_NAME, "--baseline", &baseline],
        &["lint", "missing\u{1b}[2J\nerror: forged.lex"],
        &[
            "report",
            HOSTILE_NAME,
            "-o",
            "gone\u{1b}[2J\nerror: forged/r.html",
        ],
    ];
    for args in cases {
        let (status, stdout, stderr) = run(dir.path(), args);
        assert_eq!(status, Some(2), "{args:?}: {stderr}");
        let errors = stderr.lines().filter(|l| l.starts_with("error")).count();
        assert_eq!(errors, 1, "{args:?}: one error line: {stderr}");
        assert_inert("error", &stderr);
        assert!(stdout.is_empty());
    }
}

/// Finding 12: a `javascript:` address, and lexcompat.yaml as a folder.
#[test]
fn f12_a_script_address_and_a_configuration_folder_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::write(
        dir.path().join("t.lex"),
        "instrument T \"t\" { kind treaty in-force 2000-01-01 url \"javascript:alert(1)\" }\n",
    )
    .unwrap();
    let (status, stdout, _) = run(dir.path(), &["lint", "t.lex"]);
    assert_eq!(status, Some(1));
    assert!(stdout.contains("LX119"), "{stdout}");
    assert!(stdout.contains("`javascript:alert(1)` is not a web address"));

    std::fs::create_dir(dir.path().join("lexcompat.yaml")).unwrap();
    let (status, _, stderr) = run(dir.path(), &["lint", "t.lex"]);
    assert_eq!(status, Some(2), "{stderr}");
    assert!(stderr.contains("`lexcompat.yaml` is a folder"), "{stderr}");
}

/// Finding 12: a 15 MB identifier gave 184 MB of JSON diagnostics. Now
/// every format names it by its start and its length.
#[test]
fn f12_a_fifteen_megabyte_identifier_gives_short_diagnostics_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let name = "a".repeat(15_000_000);
    std::fs::write(
        dir.path().join("long.lex"),
        format!("proposal p \"x\" {{ source \"s\" date 2015-01-01\n  grants {name} to b note \"x\"\n}}\n"),
    )
    .unwrap();
    let before = snapshot(dir.path());
    for format in ["json", "text"] {
        let (status, stdout, stderr) = run(dir.path(), &["lint", "long.lex", "--format", format]);
        assert_eq!(status, Some(1), "{stderr}");
        assert!(stdout.len() < 16 * 1024, "{format}: {} bytes", stdout.len());
        assert!(
            stdout.contains("(15000000 characters)"),
            "{format}: {stdout}"
        );
    }
    let (status, stdout, stderr) = run(dir.path(), &["check", "long.lex", "--format", "github"]);
    assert_eq!(status, Some(2));
    assert!(stdout.is_empty());
    assert!(stderr.len() < 16 * 1024, "{} bytes", stderr.len());
    assert_eq!(snapshot(dir.path()), before);
}

/// Every diagnostic text is bounded, whatever it quotes: a megabyte name or
/// string in each place a diagnostic names one (an unknown right, group or
/// status, a duplicate, a fixed word, an address, a legal path).
#[test]
fn f12_a_huge_name_or_string_in_any_position_gives_bounded_diagnostics() {
    use lexcompat::diagnostic::MAX_TEXT_CHARS;
    use lexcompat::report::{diagnostics, Style};
    let name = "n".repeat(1_000_000);
    let words = "w ".repeat(500_000);
    let instrument = "instrument T \"t\" { kind treaty in-force 2000-01-01 }\n";
    let cases = [
        format!("{instrument}proposal p \"x\" {{ source \"s\" date 2015-01-01\n  grants {name} to b note \"x\"\n}}\n"),
        format!("{instrument}right r \"r\"\nproposal p \"x\" {{ source \"s\" date 2015-01-01\n  grants r to {name} through {name} as {name} note \"x\"\n}}\n"),
        format!("{instrument}status {name} \"a\"\nstatus {name} \"b\"\n"),
        format!("instrument T \"t\" {{ kind {name} in-force 2000-01-01 }}\n"),
        format!("instrument T \"t\" {{ kind treaty in-force 2000-01-01 url \"javascript:{words}\" }}\n"),
        format!("instrument T \"t\" {{ kind treaty in-force 2000-01-01 url \"{name}\" }}\n"),
        format!("{instrument}article T 1 {{ source \"s\" text-status unverified heading \"{words}\" text \"\"\"\n  t\n\"\"\" confers r on {name} }}\n"),
        format!("{instrument}proposal p \"{words}\" {{ source \"\\q{name}\" date 2015-13-45 }}\n"),
    ];
    for text in &cases {
        let workspace = common::workspace(&[("huge.lex", text)]);
        assert!(!workspace.diagnostics.is_empty(), "{}", &text[..200]);
        for d in &workspace.diagnostics {
            let mut texts = vec![d.message.as_str()];
            texts.extend(d.help.as_deref());
            texts.extend(d.legal_path.as_deref());
            texts.extend(d.labels.iter().map(|l| l.message.as_str()));
            for t in texts {
                assert!(
                    t.chars().count() <= MAX_TEXT_CHARS + 100,
                    "{}: {} characters",
                    d.code.as_str(),
                    t.len()
                );
            }
        }
        let shown =
            diagnostics::render_all(&workspace.diagnostics, &workspace.sources, Style::PLAIN);
        let json = diagnostics::to_json(&workspace.diagnostics, &workspace.sources);
        let per = 16 * 1024 * workspace.diagnostics.len();
        assert!(shown.len() < per, "text: {} bytes", shown.len());
        assert!(json.len() < per, "json: {} bytes", json.len());
    }
}

/// Findings quote names too: a proposal whose status, group and proposal
/// ids are a megabyte each gets bounded messages in JSON and SARIF, and a
/// bounded GitHub log.
#[test]
fn f12_findings_about_huge_names_have_bounded_messages_in_every_format() {
    use lexcompat::diagnostic::MAX_TEXT_CHARS;
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string(repository().join(PROPOSAL)).unwrap();
    let huge = "h".repeat(1_000_000);
    let text = seed
        .replace("associate-citizen", &huge)
        .replace("uk-nationals-opting-in", &huge.replace('h', "g"));
    std::fs::write(dir.path().join("p.lex"), text).unwrap();
    let bounded = |message: &serde_json::Value| {
        let m = message.as_str().unwrap();
        assert!(
            m.chars().count() <= MAX_TEXT_CHARS + 100,
            "{} characters",
            m.len()
        );
    };
    let (status, json, stderr) = run(dir.path(), &["check", "p.lex", "--format", "json"]);
    assert_eq!(status, Some(1), "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let findings = json["proposals"][0]["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    findings.iter().for_each(|f| bounded(&f["message"]));
    let (_, sarif, _) = run(dir.path(), &["check", "p.lex", "--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), findings.len());
    results.iter().for_each(|r| bounded(&r["message"]["text"]));
    let (_, github, _) = run(dir.path(), &["check", "p.lex", "--format", "github"]);
    assert!(
        github.len() < 8 * 1024 * findings.len(),
        "{} bytes",
        github.len()
    );
}
