//! lexcompat in a CI pipeline: stable fingerprints, baselines, SARIF,
//! GitHub annotations, exit statuses, and byte-identical output.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch repository with the corpus, the seed proposal and a configuration.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&repository().join("corpus"), &dir.path().join("corpus"));
    std::fs::create_dir(dir.path().join("proposals")).unwrap();
    std::fs::copy(
        repository().join("proposals/associate-citizenship.lex"),
        dir.path().join("proposals/seed.lex"),
    )
    .unwrap();
    std::fs::write(dir.path().join("lexcompat.yaml"), "corpus: corpus/\n").unwrap();
    // A repository, as a team would have; nothing below depends on git itself.
    let _ = std::process::Command::new("git")
        .arg("init")
        .arg("-q")
        .current_dir(dir.path())
        .status();
    dir
}

fn lexcompat(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lexcompat").unwrap();
    cmd.current_dir(dir).env("NO_COLOR", "1");
    cmd
}

fn stdout(dir: &Path, args: &[&str]) -> (String, i32) {
    let output = lexcompat(dir).args(args).output().unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        output.status.code().unwrap(),
    )
}

/// One more grant that needs treaty revision, claimed on a basis that cannot deliver it.
const NEW_GRANT: &str = "  grants vote-ep to uk-nationals-opting-in as ep-vote-by-new-rights basis TFEU 25 note \"a new claim\"\n}\n";

fn add_grant(dir: &Path) {
    let path = dir.join("proposals/seed.lex");
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text.rfind('}').unwrap();
    std::fs::write(&path, format!("{}{NEW_GRANT}", &text[..at])).unwrap();
}

#[test]
fn a_baseline_accepts_todays_findings_and_fails_only_on_a_new_one() {
    let dir = scratch();
    let d = dir.path();
    // A baseline that does not exist is a mistake (a typo in CI), unless it is being created.
    lexcompat(d)
        .args(["check", "proposals/", "--baseline", "baseline.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`baseline.yaml` does not exist"));
    assert!(!d.join("baseline.yaml").exists());
    lexcompat(d)
        .args([
            "check",
            "proposals/",
            "--baseline",
            "baseline.yaml",
            "--update-baseline",
        ])
        .assert()
        .code(0)
        .stderr(predicate::str::contains("recorded"));
    let (text, status) = stdout(d, &["check", "proposals/", "--baseline", "baseline.yaml"]);
    assert_eq!(status, 0, "{text}");
    assert!(text.contains("0 new findings"), "{text}");

    add_grant(d);
    let (text, status) = stdout(d, &["check", "proposals/", "--baseline", "baseline.yaml"]);
    assert_eq!(status, 1);
    assert!(
        text.contains("3 new findings (1 error, 2 warnings), 4 accepted"),
        "{text}"
    );
    let (json, _) = stdout(
        d,
        &[
            "check",
            "proposals/",
            "--baseline",
            "baseline.yaml",
            "--format",
            "json",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let new: Vec<&serde_json::Value> = json["proposals"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["baseline"] == "new")
        .collect();
    assert_eq!(new.len(), 3);
    assert!(
        new.iter().all(|f| f["grant"] == "ep-vote-by-new-rights"),
        "only the new grant is named: {new:#?}"
    );
    assert!(new.iter().any(|f| f["code"] == "LC105"));

    let (sarif, status) = stdout(
        d,
        &[
            "check",
            "proposals/",
            "--baseline",
            "baseline.yaml",
            "--format",
            "sarif",
        ],
    );
    assert_eq!(status, 1);
    let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    assert!(
        results
            .iter()
            .all(|r| r["properties"]["grant"] == "ep-vote-by-new-rights"),
        "{results:#?}"
    );

    let (github, status) = stdout(
        d,
        &[
            "check",
            "proposals/",
            "--baseline",
            "baseline.yaml",
            "--format",
            "github",
        ],
    );
    assert_eq!(status, 1);
    let annotations: Vec<&str> = github.lines().filter(|l| l.starts_with("::")).collect();
    assert!(!annotations.is_empty());
    assert!(
        annotations
            .iter()
            .all(|l| l.contains("grant ep-vote-by-new-rights")),
        "{github}"
    );
    assert!(
        annotations
            .iter()
            .any(|l| l.starts_with("::error file=proposals/seed.lex,line=")),
        "{github}"
    );
    assert!(
        github
            .lines()
            .last()
            .unwrap()
            .starts_with("lexcompat: 1 proposal"),
        "a summary line ends the output"
    );
}

#[test]
fn accepted_findings_show_as_accepted_and_in_text_with_their_reason() {
    let dir = scratch();
    let d = dir.path();
    lexcompat(d)
        .args([
            "check",
            "proposals/",
            "--baseline",
            "baseline.yaml",
            "--update-baseline",
        ])
        .assert()
        .code(0);
    let (text, _) = stdout(d, &["check", "proposals/", "--baseline", "baseline.yaml"]);
    assert!(
        text.contains("accepted by the baseline: recorded by --update-baseline"),
        "{text}"
    );
    let (json, _) = stdout(
        d,
        &[
            "check",
            "proposals/",
            "--baseline",
            "baseline.yaml",
            "--format",
            "json",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(json["proposals"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["baseline"] == "accepted"));
    assert_eq!(json["baseline"]["new"], 0);
}

#[test]
fn updating_keeps_reasons_sorts_entries_and_reports_stale_ones() {
    let dir = scratch();
    let d = dir.path();
    lexcompat(d)
        .args([
            "check",
            "proposals/",
            "--baseline",
            "baseline.json",
            "--update-baseline",
        ])
        .assert()
        .code(0);
    let path = d.join("baseline.json");
    let mut baseline: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let entries = baseline["findings"].as_array_mut().unwrap();
    assert!(entries.len() >= 4);
    entries[0]["reason"] =
        "accepted by the team on review: the status is the point of the proposal".into();
    let kept = entries[0]["fingerprint"].clone();
    let checked = entries[0]["proposal"].clone();
    entries.push(serde_json::json!({"fingerprint": "0000000000000000", "code": "LC101", "proposal": checked, "grant": null, "message": "old", "reason": "old"}));
    // An entry of a proposal not checked is neither stale nor touched.
    entries.push(serde_json::json!({"fingerprint": "1111111111111111", "code": "LC101", "proposal": "elsewhere", "grant": null, "message": "other", "reason": "the other team's reason"}));
    std::fs::write(&path, serde_json::to_string_pretty(&baseline).unwrap()).unwrap();

    let (text, status) = stdout(d, &["check", "proposals/", "--baseline", "baseline.json"]);
    assert_eq!(status, 0);
    assert!(
        text.contains("stale baseline entry 0000000000000000"),
        "{text}"
    );
    assert!(text.contains("1 stale baseline entry"), "{text}");

    lexcompat(d)
        .args([
            "check",
            "proposals/",
            "--baseline",
            "baseline.json",
            "--update-baseline",
        ])
        .assert()
        .code(0);
    let updated: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let entries = updated["findings"].as_array().unwrap();
    let kept_entry = entries.iter().find(|e| e["fingerprint"] == kept).unwrap();
    assert_eq!(
        kept_entry["reason"],
        "accepted by the team on review: the status is the point of the proposal"
    );
    assert!(
        entries
            .iter()
            .all(|e| e["fingerprint"] != "0000000000000000"),
        "stale entries are dropped on update"
    );
    let other = entries
        .iter()
        .find(|e| e["fingerprint"] == "1111111111111111")
        .expect("the entry of a proposal not checked is kept");
    assert_eq!(other["reason"], "the other team's reason");
    let keys: Vec<(String, String, String)> = entries
        .iter()
        .map(|e| {
            (
                e["proposal"].to_string(),
                e["grant"].to_string(),
                e["code"].to_string(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    let leftovers: Vec<PathBuf> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary file is left behind: {leftovers:?}"
    );
}

#[test]
fn updating_with_some_proposals_keeps_the_entries_and_reasons_of_the_others() {
    let dir = scratch();
    let d = dir.path();
    std::fs::copy(
        repository().join("proposals/invented-investor-citizenship.lex"),
        d.join("proposals/other.lex"),
    )
    .unwrap();
    let update = |paths: &[&str]| {
        let mut args = vec!["check"];
        args.extend_from_slice(paths);
        args.extend_from_slice(&["--baseline", "baseline.yaml", "--update-baseline"]);
        lexcompat(d).args(&args).assert().code(0);
    };
    update(&["proposals/"]);
    let path = d.join("baseline.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let placeholder = "recorded by --update-baseline: replace with why this finding is accepted";
    let written = text.replace(placeholder, "a reason the team wrote");
    assert_ne!(text, written);
    std::fs::write(&path, &written).unwrap();
    update(&["proposals/"]);
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written.matches("a reason the team wrote").count(), 5);

    // Checking or updating one proposal leaves the other's entries alone.
    let (out, status) = stdout(
        d,
        &["check", "proposals/seed.lex", "--baseline", "baseline.yaml"],
    );
    assert_eq!(status, 0, "{out}");
    assert!(out.contains(", 0 stale baseline entries"), "{out}");
    update(&["proposals/seed.lex"]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
    update(&["proposals/other.lex"]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
}

#[test]
fn a_placeholder_reason_is_a_warning() {
    let dir = scratch();
    let d = dir.path();
    lexcompat(d)
        .args([
            "check",
            "proposals/",
            "--baseline",
            "baseline.yaml",
            "--update-baseline",
        ])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "warning: 4 entries of baseline.yaml still have the placeholder reason",
        ));
    let path = d.join("baseline.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen(
            "recorded by --update-baseline: replace with why this finding is accepted",
            "reviewed",
            3,
        ),
    )
    .unwrap();
    lexcompat(d)
        .args(["check", "proposals/", "--baseline", "baseline.yaml"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "warning: 1 entry of baseline.yaml still has the placeholder reason",
        ));
}

#[test]
fn a_broken_baseline_is_a_usage_error_naming_the_line() {
    let dir = scratch();
    let d = dir.path();
    std::fs::write(
        d.join("baseline.yaml"),
        "version: 1\nfindings:\n  - fingerprint: x\n    colour: red\n",
    )
    .unwrap();
    lexcompat(d)
        .args(["check", "proposals/", "--baseline", "baseline.yaml"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown field `colour`")
                .and(predicate::str::contains("line 4")),
        );
    lexcompat(d)
        .args(["check", "proposals/", "--baseline", "baseline.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(".yaml, .yml or .json"));
    lexcompat(d)
        .args(["check", "proposals/", "--update-baseline"])
        .assert()
        .code(2);
}

#[test]
fn a_baseline_with_aliases_or_deep_nesting_is_refused_before_it_is_built() {
    let dir = scratch();
    let d = dir.path();
    // The attack of the issue, scaled down: every reason an alias of one long string.
    let mut text = format!(
        "version: 1\nlong: &r \"{}\"\nfindings:\n",
        "x".repeat(10_000)
    );
    for n in 0..2_000 {
        text.push_str(&format!(
            "- fingerprint: f{n}\n  code: LC101\n  proposal: p\n  message: m\n  reason: *r\n"
        ));
    }
    std::fs::write(d.join("baseline.yaml"), text).unwrap();
    lexcompat(d)
        .args(["check", "proposals/", "--baseline", "baseline.yaml"])
        .timeout(std::time::Duration::from_secs(30))
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("baseline.yaml")
                .and(predicate::str::contains("aliases"))
                .and(predicate::str::contains("line 2")),
        );
    std::fs::write(d.join("baseline.yaml"), "[".repeat(200_000)).unwrap();
    lexcompat(d)
        .args(["check", "proposals/", "--baseline", "baseline.yaml"])
        .timeout(std::time::Duration::from_secs(30))
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("baseline.yaml")
                .and(predicate::str::contains("nesting deeper"))
                .and(predicate::str::contains("line 1")),
        );
}

#[test]
fn a_configuration_with_aliases_or_deep_nesting_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("lexcompat.yaml"),
        "corpus: &c corpus/\nextra: [*c, *c]\n",
    )
    .unwrap();
    lexcompat(d).args(["lint"]).assert().code(2).stderr(
        predicate::str::contains("lexcompat.yaml")
            .and(predicate::str::contains("aliases"))
            .and(predicate::str::contains(":1:")),
    );
    std::fs::write(
        d.join("lexcompat.yaml"),
        format!("extra: {}", "[".repeat(200_000)),
    )
    .unwrap();
    lexcompat(d)
        .args(["lint"])
        .timeout(std::time::Duration::from_secs(30))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nesting deeper"));
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repository().join("tests/schemas/sarif-2.1.0.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let (sarif, status) = stdout(repository(), &["check", "proposals/", "--format", "sarif"]);
    assert_eq!(status, 1);
    let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert_eq!(rules.len(), lexcompat::rules::RULES.len());
    assert!(rules
        .iter()
        .all(|r| r["help"]["text"].as_str().unwrap().contains("## Why")));
    let result = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                == "proposals/associate-citizenship.lex"
        })
        .expect("a result for the seed");
    assert!(
        result["partialFingerprints"]["lexcompatFinding/v1"]
            .as_str()
            .unwrap()
            .len()
            == 16
    );
}

fn fingerprints(text: &str) -> Vec<(String, String)> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("p.lex"), text).unwrap();
    let (json, _) = stdout(
        repository(),
        &[
            "check",
            dir.path().join("p.lex").to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut found: Vec<(String, String)> = json["proposals"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["fingerprint"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    found.sort();
    found
}

#[test]
fn fingerprints_survive_reformatting_and_moved_lines_and_change_with_legal_identity() {
    let seed =
        std::fs::read_to_string(repository().join("proposals/associate-citizenship.lex")).unwrap();
    let original = fingerprints(&seed);
    assert!(original.len() >= 4);

    // Reformatted: comments and blank lines added, indentation changed, grants in another order.
    let mut lines: Vec<String> = seed
        .lines()
        .map(|l| format!("    {}", l.trim_start()))
        .collect();
    lines.insert(0, "# a comment that moves every line down\n\n".to_string());
    let vote = lines
        .iter()
        .position(|l| l.contains("grants vote-ep"))
        .unwrap();
    let moved: Vec<String> = lines.drain(vote..vote + 2).collect();
    let first_grant = lines.iter().position(|l| l.contains("grants ")).unwrap();
    for (i, line) in moved.into_iter().enumerate() {
        lines.insert(first_grant + i, line);
    }
    let reformatted = lines.join("\n");
    assert_ne!(reformatted, seed);
    assert_eq!(
        fingerprints(&reformatted),
        original,
        "layout does not change a finding's identity"
    );

    // A different beneficiary, right or proposal changes the fingerprints.
    let other_group = seed.replace(
        "grants vote-ep to uk-nationals-opting-in",
        "grants vote-ep to residents-opting-in",
    );
    assert_ne!(fingerprints(&other_group), original);
    let other_right = seed.replace("grants move-and-reside to", "grants move-for-work to");
    assert_ne!(fingerprints(&other_right), original);
    let other_proposal = seed.replace(
        "proposal associate-citizenship ",
        "proposal renamed-proposal ",
    );
    let renamed = fingerprints(&other_proposal);
    assert!(
        renamed.iter().all(|f| !original.contains(f)),
        "every fingerprint names its proposal"
    );
}

#[test]
fn every_format_is_byte_identical_whatever_the_order_of_files_on_disk() {
    let mut names: Vec<String> = std::fs::read_dir(repository().join("proposals"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".lex"))
        .collect();
    names.sort();
    assert!(names.len() >= 4, "{names:?}");
    let files: Vec<&str> = names.iter().map(String::as_str).collect();
    let forward = tempfile::tempdir().unwrap();
    let backward = tempfile::tempdir().unwrap();
    for (dir, order) in [
        (&forward, files.to_vec()),
        (&backward, files.iter().rev().copied().collect()),
    ] {
        std::fs::create_dir(dir.path().join("proposals")).unwrap();
        for name in order {
            std::fs::copy(
                repository().join("proposals").join(name),
                dir.path().join("proposals").join(name),
            )
            .unwrap();
        }
    }
    let corpus = repository().join("corpus");
    for format in ["text", "json", "yaml", "sarif", "github"] {
        let run = |dir: &Path| {
            lexcompat(dir)
                .args([
                    "check",
                    "proposals",
                    "--corpus",
                    corpus.to_str().unwrap(),
                    "--format",
                    format,
                ])
                .output()
                .unwrap()
                .stdout
        };
        assert!(
            run(forward.path()) == run(backward.path()),
            "{format} differs with the order of files on disk"
        );
    }
}

/// One more right carried through the seed's new status, reserved by the Treaties to citizens.
const GRANT_THROUGH_STATUS: &str = "  grants consular-protection to uk-nationals-opting-in through associate-citizen\n    note \"an unrelated grant through the same status\"\n}\n";

fn lc102(dir: &Path) -> serde_json::Value {
    let (json, _) = stdout(
        dir,
        &[
            "check",
            "proposals/",
            "--baseline",
            "baseline.yaml",
            "--format",
            "json",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let found: Vec<serde_json::Value> = json["proposals"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "LC102")
        .cloned()
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    found[0].clone()
}

#[test]
fn a_grant_added_through_the_same_status_keeps_the_lc102_fingerprint_and_its_acceptance() {
    let dir = scratch();
    let d = dir.path();
    lexcompat(d)
        .args([
            "check",
            "proposals/",
            "--baseline",
            "baseline.yaml",
            "--update-baseline",
        ])
        .assert()
        .code(0);
    let before = lc102(d);
    assert_eq!(before["baseline"], "accepted", "{before:#?}");

    let path = d.join("proposals/seed.lex");
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text.rfind('}').unwrap();
    std::fs::write(&path, format!("{}{GRANT_THROUGH_STATUS}", &text[..at])).unwrap();

    let after = lc102(d);
    assert_ne!(
        after["message"], before["message"],
        "the message lists the rights carried, the new one included"
    );
    assert_eq!(after["fingerprint"], before["fingerprint"]);
    assert_eq!(after["baseline"], "accepted", "{after:#?}");
    let (text, _) = stdout(d, &["check", "proposals/", "--baseline", "baseline.yaml"]);
    assert!(!text.contains("stale baseline entry"), "{text}");
}

/// The fenced blocks of docs/ci.md with this tag, in order.
fn ci_blocks(tag: &str) -> Vec<String> {
    let markdown = std::fs::read_to_string(repository().join("docs/ci.md")).unwrap();
    let fence = format!("```{tag}\n");
    let mut out = Vec::new();
    let mut rest = markdown.as_str();
    while let Some(start) = rest.find(&fence) {
        let body = &rest[start + fence.len()..];
        let end = body.find("```").expect("every block is closed");
        // Blocks in a list are indented as a whole: dedent them.
        let lines: Vec<&str> = body[..end].lines().collect();
        let indent = lines
            .iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        let text: Vec<&str> = lines
            .iter()
            .map(|l| l.get(indent..).unwrap_or(""))
            .collect();
        out.push(text.join("\n"));
        rest = &body[end..][3..];
    }
    out
}

/// The shell commands of the GitHub Actions and GitLab recipes, as written,
/// but for the installation of lexcompat (the test's build is on the PATH).
fn recipes() -> Vec<(&'static str, Vec<String>)> {
    let yaml = ci_blocks("yaml");
    let github: serde_yaml::Value = serde_yaml::from_str(
        yaml.iter()
            .find(|b| b.contains(".github/workflows"))
            .expect("a GitHub Actions recipe"),
    )
    .unwrap();
    let gitlab: serde_yaml::Value = serde_yaml::from_str(
        yaml.iter()
            .find(|b| b.contains(".gitlab-ci.yml"))
            .expect("a GitLab recipe"),
    )
    .unwrap();
    let installs = |c: &str| c.contains("cargo install");
    let github_steps: Vec<String> = github["jobs"]["check"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|s| s["run"].as_str().map(str::to_string))
        .filter(|c| !installs(c))
        .collect();
    let gitlab_steps: Vec<String> = gitlab["lexcompat"]["script"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .filter(|c| !installs(c))
        .collect();
    assert!(github_steps.len() >= 3 && gitlab_steps.len() >= 3);
    vec![("github", github_steps), ("gitlab", gitlab_steps)]
}

/// Runs one CI step as the runners do (bash, stopping at the first failing command).
fn run_step(dir: &Path, step: &str) -> (i32, String) {
    let bin = Path::new(env!("CARGO_BIN_EXE_lexcompat")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = std::process::Command::new("bash")
        .args(["--noprofile", "--norc", "-eo", "pipefail", "-c", step])
        .current_dir(dir)
        .env("PATH", path)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
    )
}

#[test]
fn the_ci_recipes_of_the_docs_run_as_written_with_and_without_configuration() {
    let record = ci_blocks("sh")
        .into_iter()
        .find(|b| b.contains("--update-baseline"))
        .expect("docs/ci.md shows how to record the baseline");
    for configured in [false, true] {
        for (name, steps) in recipes() {
            // An empty repository holding only the seed proposal, and
            // perhaps a configuration naming its own corpus.
            let dir = tempfile::tempdir().unwrap();
            let d = dir.path();
            std::process::Command::new("git")
                .args(["init", "-q"])
                .current_dir(d)
                .status()
                .unwrap();
            std::fs::create_dir(d.join("proposals")).unwrap();
            std::fs::copy(
                repository().join("proposals/associate-citizenship.lex"),
                d.join("proposals/associate-citizenship.lex"),
            )
            .unwrap();
            if configured {
                common::copy_dir(&repository().join("corpus"), &d.join("corpus"));
                std::fs::write(d.join("lexcompat.yaml"), "corpus: corpus/\n").unwrap();
            }
            let context = format!("{name}, configured: {configured}");

            let (status, out) = run_step(d, &record);
            assert_eq!(status, 0, "{context}: recording the baseline: {out}");
            assert!(d.join("lexcompat-baseline.yaml").is_file(), "{context}");
            for step in &steps {
                let (status, out) = run_step(d, step);
                assert_eq!(status, 0, "{context}: `{step}` fails: {out}");
            }

            // A new conflicting grant fails the run, at its last step only.
            let path = d.join("proposals/associate-citizenship.lex");
            let text = std::fs::read_to_string(&path).unwrap();
            let at = text.rfind('}').unwrap();
            std::fs::write(&path, format!("{}{NEW_GRANT}", &text[..at])).unwrap();
            let (last, before) = steps.split_last().unwrap();
            for step in before {
                let (status, out) = run_step(d, step);
                assert_eq!(status, 0, "{context}: `{step}` fails: {out}");
            }
            let (status, out) = run_step(d, last);
            assert_eq!(status, 1, "{context}: `{last}` passes: {out}");
            assert!(out.contains("ep-vote-by-new-rights"), "{context}: {out}");

            // The accepted LC102 stays accepted.
            let (json, _) = stdout(
                d,
                &[
                    "check",
                    "proposals/",
                    "--baseline",
                    "lexcompat-baseline.yaml",
                    "--format",
                    "json",
                ],
            );
            let json: serde_json::Value = serde_json::from_str(&json).unwrap();
            let findings = json["proposals"][0]["findings"].as_array().unwrap();
            let lc102: Vec<_> = findings.iter().filter(|f| f["code"] == "LC102").collect();
            assert_eq!(lc102.len(), 1, "{context}");
            assert_eq!(lc102[0]["baseline"], "accepted", "{context}");
            assert!(findings
                .iter()
                .filter(|f| f["baseline"] == "new")
                .all(|f| f["grant"] == "ep-vote-by-new-rights"));
        }
    }
}

/// What is written as it is made (`check` as JSON or verbose text, `graph`
/// of the corpus, `show --format json`) finds a failure to write while
/// writing: a full disk is an error naming it (exit 2), a reader that stops
/// early (`| head`) is not, and the findings still decide the status.
#[cfg(target_os = "linux")]
#[test]
fn what_is_written_as_made_fails_on_a_full_disk_and_not_on_a_closed_pipe() {
    use std::io::Read;
    use std::process::Stdio;
    let dir = scratch();
    let binary = assert_cmd::cargo::cargo_bin("lexcompat");
    // Every proposal of the repository: far more than a pipe holds.
    let proposals = repository().join("proposals");
    let proposals = proposals.to_str().unwrap();
    for args in [
        &["check", proposals, "--format", "json"][..],
        &["check", proposals, "--verbose"],
        &["graph", "--format", "dot"],
        &["graph", "--format", "json"],
        &["graph", "--format", "mermaid"],
        &["show", "--format", "json"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = std::process::Command::new(&binary)
            .current_dir(dir.path())
            .args(args)
            .stdout(Stdio::from(full))
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("error: cannot write the output: No space left on device"),
            "{args:?}: {stderr}"
        );

        let (whole, status) = stdout(dir.path(), args);
        let mut child = std::process::Command::new(&binary)
            .current_dir(dir.path())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 1];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // The pipe is closed here, before all but the smallest is written.
        let output = child.wait_with_output().unwrap();
        assert_eq!(first[0], whole.as_bytes()[0], "{args:?}");
        assert_eq!(output.status.code(), Some(status), "{args:?}");
        assert!(
            output.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let (json, _) = stdout(dir.path(), &["check", proposals, "--format", "json"]);
    assert!(json.len() > 4 * 65536, "{} bytes", json.len());
}
