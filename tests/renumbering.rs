//! Long renumbering chains and rights conferred by many provisions: what
//! the analysis writes stays in proportion to the corpus. A citation names
//! at most six other numberings on either side and counts the rest; a route
//! opened by many provisions names twelve of them, each once, and counts the
//! rest. (Before, each
//! citation named the whole chain, and a chain of 3,000 articles made
//! `check` write 105 MB in 14 s.)

mod common;

use lexcompat::analysis::{GrantAnalysis, Route};

/// A treaty whose articles 0 to `count - 1` each succeed the one before,
/// each conferring the same right on citizens and on nationals, two
/// statuses the group holds: each article opens the route twice.
fn chain(count: usize) -> String {
    let mut corpus = String::from(
        r#"status citizen "a citizen"
status national "a national"
right stay "to stay"
condition holds-nationality(state) "holds the nationality of"

instrument OLD "A treaty renumbered many times" {
  kind treaty
  in-force 1958-01-01
}
"#,
    );
    for n in 0..count {
        let succeeds = match n {
            0 => String::new(),
            _ => format!("  succeeds OLD {}\n", n - 1),
        };
        corpus.push_str(&format!(
            r#"
article OLD {n} {{
  source "Invented"
  text-status unverified
{succeeds}  text """
    Citizens may stay.
  """
  confers stay on [citizen, national]
  defines citizen as holds-nationality(member-state)
  defines national as holds-nationality(member-state)
}}
"#
        ));
    }
    corpus
}

const PROPOSAL: &str = r#"proposal stay "Staying" {
  date 2023-06-01
  group nationals "nationals of the Member States" where holds-nationality(member-state)
  grants stay to nationals as stay
}
"#;

/// The analysis of the proposal's one grant: the route that decides its
/// verdict, as its basis and the other provisions it names, in words.
fn chosen_citations(count: usize) -> (String, Vec<String>) {
    let corpus = chain(count);
    let workspace = common::sound_workspace(&[("corpus.lex", &corpus), ("proposal.lex", PROPOSAL)]);
    let analysis = common::judge_in(&workspace);
    let model = &workspace.model;
    let route = chosen(&analysis.proposals[0].grants[0]);
    (
        route.basis(model).expect("a basis").into_owned(),
        route
            .also
            .iter()
            .map(|a| model.cited(*a).into_owned())
            .collect(),
    )
}

/// The route that decides a grant's verdict.
fn chosen(grant: &GrantAnalysis) -> &Route {
    grant
        .routes
        .iter()
        .find(|r| r.chosen)
        .expect("a chosen route")
}

#[test]
fn a_citation_names_six_numberings_on_either_side_and_counts_the_rest() {
    let (basis, also) = chosen_citations(40);
    assert_eq!(
        basis, "OLD 0, now OLD 1, OLD 2, OLD 3, OLD 4, OLD 5, OLD 6 and 33 more",
        "the first article of the chain, cited with its six nearest successors"
    );
    let middle = also
        .iter()
        .find(|a| a.starts_with("OLD 10,"))
        .expect("article 10 among the provisions named as opening the route");
    assert_eq!(
        middle,
        "OLD 10, formerly OLD 9, OLD 8, OLD 7, OLD 6, OLD 5, OLD 4 and 4 more, \
         now OLD 11, OLD 12, OLD 13, OLD 14, OLD 15, OLD 16 and 23 more"
    );
}

#[test]
fn a_short_chain_is_cited_whole() {
    let (basis, also) = chosen_citations(3);
    assert_eq!(basis, "OLD 0, now OLD 1 and OLD 2");
    assert_eq!(
        also,
        [
            "OLD 1, formerly OLD 0, now OLD 2",
            "OLD 2, formerly OLD 1 and OLD 0"
        ]
    );
}

#[test]
fn a_route_opened_by_many_provisions_names_each_once() {
    let corpus = chain(40);
    let workspace = common::sound_workspace(&[("corpus.lex", &corpus), ("proposal.lex", PROPOSAL)]);
    let analysis = common::judge_in(&workspace);
    let grant = &analysis.proposals[0].grants[0];
    let route = chosen(grant);
    assert_eq!(
        (route.also.len(), route.also_more),
        (12, 27),
        "articles 1 to 39, each once, not once for each status: twelve named, the rest counted"
    );
    let names: Vec<String> = route
        .also
        .iter()
        .map(|a| workspace.model.cited(*a).into_owned())
        .collect();
    let mut distinct = names.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), 12);
    assert!(
        names[0].starts_with("OLD 1,") && names[11].starts_with("OLD 12,"),
        "the first provisions found are the ones named"
    );
    assert_eq!(
        grant.routes.len(),
        grant
            .routes
            .iter()
            .map(|r| (
                r.verdict,
                r.partial.clone(),
                r.procedure.as_ref().map(|p| &p.id)
            ))
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        "no two routes say the same"
    );
}

#[test]
fn json_counts_the_provisions_it_does_not_name_and_still_meets_its_schema() {
    let folder = tempfile::tempdir().unwrap();
    let corpus = folder.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("chain.lex"), chain(20)).unwrap();
    let proposal = folder.path().join("stay.lex");
    std::fs::write(&proposal, PROPOSAL).unwrap();
    let output = assert_cmd::Command::cargo_bin("lexcompat")
        .unwrap()
        .arg("--corpus")
        .arg(&corpus)
        .arg("check")
        .arg(&proposal)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)));
    let route = &json["proposals"][0]["grants"][0]["routes"][0];
    assert_eq!(route["chosen"], true);
    assert_eq!(route["also"].as_array().map(Vec::len), Some(12));
    assert_eq!(route["also_more"], 7, "articles 13 to 19");
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/check.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&json)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}
