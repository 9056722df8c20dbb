//! `lexcompat check` as a user runs it: the seed's answer, the invented
//! proposals' verdicts, the JSON contract, exit statuses, bad input.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn lexcompat() -> Command {
    let mut cmd = Command::cargo_bin("lexcompat").unwrap();
    cmd.current_dir(repository()).env("NO_COLOR", "1");
    cmd
}

fn check_json(args: &[&str]) -> (serde_json::Value, i32) {
    let output = lexcompat()
        .arg("check")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let json = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)));
    (json, output.status.code().unwrap())
}

fn verdicts(json: &serde_json::Value) -> Vec<(String, String)> {
    json["proposals"][0]["grants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["right"].as_str().unwrap().to_string(),
                g["verdict"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_seed_gets_the_answer_the_law_gives() {
    let (json, status) = check_json(&["proposals/associate-citizenship.lex"]);
    assert_eq!(status, 1, "a status that redefines citizenship is an error");
    let proposal = &json["proposals"][0];
    assert_eq!(proposal["verdict"], "treaty-revision");
    let expected = [
        ("associate-citizen", "treaty-revision"),
        ("move-and-reside", "international-agreement"),
        ("healthcare-cover", "international-agreement"),
        ("social-assistance", "secondary-legislation"),
        ("equal-treatment-work", "secondary-legislation"),
        ("vote-ep", "treaty-revision"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(verdicts(&json), expected);

    let veto: Vec<(String, u64)> = proposal["veto_players"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["actor"].as_str().unwrap().to_string(),
                v["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(
        veto.contains(&("member-state-governments".to_string(), 27)),
        "{veto:?}"
    );
    assert!(
        veto.contains(&("member-states".to_string(), 27)),
        "{veto:?}"
    );

    let codes: Vec<&str> = proposal["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"LC102"), "{codes:?}");
    let redefinition = proposal["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "LC102")
        .unwrap();
    let provisions: Vec<&str> = redefinition["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert!(
        provisions.contains(&"TFEU 20(1)") && provisions.contains(&"TEU 9"),
        "{provisions:?}"
    );
}

#[test]
fn the_seed_shows_cheaper_routes_beside_the_verdict() {
    let (json, _) = check_json(&["proposals/associate-citizenship.lex"]);
    let grants = json["proposals"][0]["grants"].as_array().unwrap();
    let routes = |right: &str| -> Vec<(String, Option<String>, bool)> {
        grants.iter().find(|g| g["right"] == right).unwrap()["routes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["verdict"].as_str().unwrap().to_string(),
                    r["basis"].as_str().map(String::from),
                    r["partial"].is_string(),
                )
            })
            .collect()
    };
    let mobility = routes("move-and-reside");
    assert!(
        mobility[0].0 == "international-agreement"
            && mobility[0].1.as_deref().unwrap().starts_with("TFEU 217")
    );
    assert!(mobility
        .iter()
        .any(|(v, b, partial)| v == "secondary-legislation"
            && b.as_deref().unwrap().starts_with("TFEU 79(2)(b)")
            && *partial));
    let vote = routes("vote-ep");
    assert!(
        vote.iter()
            .any(|(v, _, partial)| v == "national-competence" && *partial),
        "{vote:?}"
    );
    let healthcare = routes("healthcare-cover");
    assert!(healthcare.iter().any(|(v, b, partial)| v == "compatible"
        && b.as_deref().unwrap().starts_with("REG-1231-2010")
        && *partial));
}

#[test]
fn explanations_quote_the_provisions_in_both_numberings() {
    let (json, _) = check_json(&["proposals/associate-citizenship.lex"]);
    let grant = json["proposals"][0]["grants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["right"] == "associate-citizen")
        .unwrap();
    let quotes: Vec<&serde_json::Value> = grant["explanation"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s.get("quote").filter(|q| !q.is_null()))
        .collect();
    let twenty = quotes
        .iter()
        .find(|q| q["citation"].as_str().unwrap().starts_with("TFEU 20(1)"))
        .unwrap();
    assert_eq!(
        twenty["citation"],
        "TFEU 20(1), formerly EC-1997 17(1) and EC-1992 8(1)"
    );
    assert!(twenty["text"].as_str().unwrap().contains(
        "Every person holding the nationality of a Member State shall be a citizen of the Union."
    ));
    assert_eq!(twenty["text_status"], "third-party");
}

#[test]
fn the_invented_proposals_reach_the_verdicts_they_were_written_for() {
    for (file, verdict) in [
        ("proposals/invented-citizens-residence.lex", "compatible"),
        (
            "proposals/invented-resident-workers.lex",
            "secondary-legislation",
        ),
        (
            "proposals/invented-neighbour-mobility.lex",
            "international-agreement",
        ),
        ("proposals/invented-eec-1992-workers.lex", "treaty-revision"),
    ] {
        let (json, status) = check_json(&[file]);
        assert_eq!(json["proposals"][0]["verdict"], verdict, "{file}");
        assert_eq!(status, 0, "{file} has no error finding");
    }
    let (json, _) = check_json(&["proposals/invented-citizens-residence.lex"]);
    assert!(
        json["proposals"][0]["findings"]
            .as_array()
            .unwrap()
            .is_empty(),
        "restating existing law gives no conflict"
    );
}

#[test]
fn json_output_validates_against_the_documented_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repository().join("docs/check.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let (json, _) = check_json(&["proposals/", "--as-of", "2021-06-01"]);
    let errors: Vec<String> = validator
        .iter_errors(&json)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(json["as_of"], "2021-06-01");
    let files = std::fs::read_dir(repository().join("proposals"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "lex")
        })
        .count();
    assert!(
        json["proposals"].as_array().unwrap().len() >= files,
        "every proposal file is checked"
    );
}

#[test]
fn yaml_output_is_the_same_document() {
    let yaml = lexcompat()
        .args([
            "check",
            "proposals/invented-resident-workers.lex",
            "--format",
            "yaml",
        ])
        .output()
        .unwrap()
        .stdout;
    let from_yaml: serde_json::Value = serde_yaml::from_slice(&yaml).unwrap();
    let (from_json, _) = check_json(&["proposals/invented-resident-workers.lex"]);
    assert_eq!(from_yaml, from_json);
}

#[test]
fn fail_on_warning_fails_on_a_warning() {
    lexcompat()
        .args(["check", "proposals/invented-neighbour-mobility.lex"])
        .assert()
        .code(0);
    lexcompat()
        .args([
            "check",
            "proposals/invented-neighbour-mobility.lex",
            "--fail-on",
            "warning",
        ])
        .assert()
        .code(1);
}

#[test]
fn as_of_judges_at_another_date() {
    // On the last day of the United Kingdom's membership its nationals were citizens.
    let (json, _) = check_json(&[
        "proposals/associate-citizenship.lex",
        "--as-of",
        "2020-01-31",
    ]);
    let grants = json["proposals"][0]["grants"].as_array().unwrap();
    let mobility = grants
        .iter()
        .find(|g| g["right"] == "move-and-reside")
        .unwrap();
    assert_eq!(mobility["verdict"], "compatible");
    lexcompat()
        .args([
            "check",
            "proposals/associate-citizenship.lex",
            "--as-of",
            "2020-02-30",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a date"));
}

#[test]
fn a_proposal_naming_an_unknown_right_gets_a_diagnostic_and_no_half_report() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.lex");
    std::fs::write(
        &file,
        "proposal bad \"x\" {\n  source \"x\" date 2020-02-01\n  group g \"g\" where holds-nationality(france) note \"x\"\n  grants move-and-resid to g note \"x\"\n}\n",
    )
    .unwrap();
    lexcompat()
        .args(["check", file.to_str().unwrap()])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::contains("unknown right `move-and-resid`")
                .and(predicate::str::contains("did you mean `move-and-reside`?")),
        );
}

#[test]
fn check_output_is_byte_identical_across_runs_and_argument_orders() {
    let a = lexcompat()
        .args([
            "check",
            "proposals/invented-resident-workers.lex",
            "proposals/associate-citizenship.lex",
            "--format",
            "json",
        ])
        .output()
        .unwrap()
        .stdout;
    let b = lexcompat()
        .args([
            "check",
            "proposals/associate-citizenship.lex",
            "proposals/invented-resident-workers.lex",
            "--format",
            "json",
        ])
        .output()
        .unwrap()
        .stdout;
    let c = lexcompat()
        .args([
            "check",
            "proposals/associate-citizenship.lex",
            "proposals/invented-resident-workers.lex",
            "--format",
            "json",
        ])
        .output()
        .unwrap()
        .stdout;
    assert!(b == c, "two runs differ");
    assert!(a == b, "the order of arguments changes the output");
}

#[test]
fn no_source_file_names_a_country_or_a_proposal() {
    // Verdicts come from the corpus and general rules, never from code that knows the case.
    fn visit(dir: &Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                visit(&path, found);
            } else {
                let text = std::fs::read_to_string(&path).unwrap().to_lowercase();
                for name in [
                    "united-kingdom",
                    "united kingdom",
                    "associate-citizen",
                    "associate citizen",
                    "brexit",
                ] {
                    if text.contains(name) {
                        found.push(format!("{} names {name}", path.display()));
                    }
                }
            }
        }
    }
    let mut found = Vec::new();
    visit(&repository().join("src"), &mut found);
    assert!(found.is_empty(), "{found:?}");
}

fn text(args: &[&str]) -> String {
    let output = lexcompat().arg("check").args(args).output().unwrap();
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn text_is_concise_by_default_and_gives_the_reasoning_with_verbose() {
    let brief = text(&["proposals/associate-citizenship.lex"]);
    let lines: Vec<&str> = brief.lines().collect();
    assert!(lines.len() < 40, "{} lines:\n{brief}", lines.len());
    assert!(lines[0].starts_with("associate-citizenship — "), "{brief}");
    assert_eq!(lines[1], "verdict: treaty-revision");
    // One line per grant, verdict first, then its chosen route.
    let (json, _) = check_json(&["proposals/associate-citizenship.lex"]);
    for g in json["proposals"][0]["grants"].as_array().unwrap() {
        let verdict = g["verdict"].as_str().unwrap();
        let right = g["right"].as_str().unwrap();
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(verdict) && l.contains(&format!("`{right}`"))),
            "{verdict} {right}:\n{brief}"
        );
    }
    assert!(brief
        .contains("grants `move-and-reside` to `uk-nationals-opting-in` — TFEU 217, unanimity"));
    assert!(
        brief.contains("    → TFEU 79(2)(b): Ordinary legislative procedure, qualified-majority")
    );
    // The bottom line: the route, why, and who can block it.
    assert!(brief.contains(
        "bottom line: It can be done only by treaty change: Ordinary revision procedure"
    ));
    let flat = brief.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("the new status `associate-citizen` would redefine `union-citizen`"),
        "{brief}"
    );
    assert!(flat.contains("Who can block it: the governments of the Member States (any one of 27)"));
    assert!(brief.contains("error[LC102] proposals/associate-citizenship.lex:"));
    assert!(!brief.contains("why:"), "no reasoning by default");
    assert!(
        !brief.contains("formerly"),
        "citations without their old numbers"
    );
    // Every line fits 100 columns, the findings' too: they wrap at spaces.
    for line in &lines {
        assert!(line.chars().count() <= 100, "too wide: {line}");
    }
    assert!(lines
        .last()
        .unwrap()
        .starts_with("lexcompat: 1 proposal, 4 findings"));

    for flag in ["--verbose", "-v"] {
        let verbose = text(&["proposals/associate-citizenship.lex", flag]);
        assert!(verbose.contains("  why:"), "{verbose}");
        // Quotes wrap to the width: read them with the line breaks undone.
        let flat = verbose.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("Every person holding the nationality of a Member State"));
        assert!(verbose.lines().count() > 100);
    }
}

#[test]
fn concise_text_fits_conditions_and_routes_over_parts_on_their_lines() {
    let brief = text(&["proposals/invented-ep-franchise-close-link.lex"]);
    assert!(
        brief.contains("provided that it meets `close-link-with(member-state)`"),
        "{brief}"
    );
    let brief = text(&["proposals/invented-iberian-mobility.lex"]);
    assert!(
        brief.contains("    compatible              TFEU 20(2)(a), for those who meet holds-nationality(portugal)"),
        "{brief}"
    );
}

/// At a terminal's width, however narrow, every line of the concise text
/// fits, and no identifier is split to make it fit.
#[test]
fn concise_text_fits_the_width_it_is_given_without_splitting_identifiers() {
    use lexcompat::config::{Config, CorpusSource};
    let config = Config {
        corpus: CorpusSource::Folder(repository().join("corpus")),
        extra: Vec::new(),
    };
    let workspace = lexcompat::driver::load(
        &config,
        &[repository().join("proposals/associate-citizenship.lex")],
    )
    .unwrap();
    let analysis = lexcompat::driver::judge(
        &workspace.model,
        &workspace.given_proposals(),
        None,
        lexcompat::analysis::Drawings::Omitted,
    );
    let comparison = lexcompat::baseline::Comparison::none(&analysis);
    for width in [60, 80, 132] {
        let style = lexcompat::report::Style {
            colour: false,
            width,
        };
        for (name, text) in [
            (
                "concise",
                lexcompat::report::check::to_brief(
                    &analysis,
                    &comparison,
                    false,
                    style,
                    &workspace.model,
                    &workspace.sources,
                ),
            ),
            (
                "verbose",
                lexcompat::report::check::to_text(
                    &analysis,
                    &comparison,
                    false,
                    style,
                    &workspace.model,
                    &workspace.sources,
                ),
            ),
        ] {
            for line in text.lines() {
                // A line may pass the width only when it is one word that no space splits.
                let one_word = line.split_whitespace().count() <= 2;
                assert!(
                    line.chars().count() <= width || one_word,
                    "{name} at {width}: too wide: {line}"
                );
            }
            let words: Vec<&str> = text.split_whitespace().collect();
            assert!(
                words.contains(&"`uk-nationals-opting-in`")
                    || words
                        .iter()
                        .any(|w| w.starts_with("`uk-nationals-opting-in`")),
                "{name} at {width}: an identifier was split"
            );
            assert!(
                !text.lines().any(|l| l.trim_end().ends_with("uk-")),
                "{name} at {width}: split at a hyphen"
            );
        }
    }
}
