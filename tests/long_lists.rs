//! Long lists in the law and in proposals stay linear: a group described
//! by hundreds of conditions is indexed once for each question asked of it
//! (`analysis::conditions`), and a long list of conditions is resolved
//! without copying it for each term (`model::resolve`). Before, a group and
//! a provision of 30,000 conditions each made `check` take 6 s.
//!
//! The index must answer as the scan does: each group here is judged twice,
//! as written and with a hundred conditions more that change nothing, one
//! read by scanning and the other through the index.
//!
//! A right conferred by many provisions on many holders is reasoned about
//! holder by holder, each holder's provisions gathered once
//! (`analysis::routes::conferral_steps`); a search per conferral made
//! 40,000 take 2.4 s.

mod common;

use lexcompat::analysis::GrantAnalysis;

/// More conditions than a description is scanned for.
const FILLERS: usize = 100;

/// The State, names and treaty every corpus here starts with.
const TREATY: &str = r#"state northland "Northland" member from 1958-01-01
condition holds-nationality(state) "holds the nationality of"
status citizen "a citizen"
right stay "to stay"

instrument TREATY "A treaty" {
  kind treaty
  in-force 1958-01-01
}
"#;

fn corpus() -> String {
    let mut corpus = String::from(TREATY);
    corpus.push_str(
        r#"state southland "Southland"
condition resides-in(state) "resides in"

article TREATY 1 {
  source "Invented"
  text-status unverified
  text """
    Citizens residing in another Member State may stay.
  """
  defines citizen as holds-nationality(member-state)
  confers stay on citizen where resides-in(other-member-state)
}
"#,
    );
    for n in 0..FILLERS {
        corpus.push_str(&format!("condition filler-{n}(state) \"filler {n}\"\n"));
    }
    corpus
}

/// The groups, each as written: one meets the conditions, one holds only a
/// third State's nationality, one is described as residing in no Member
/// State.
const GROUPS: [(&str, &str); 3] = [
    (
        "movers",
        "holds-nationality(member-state), resides-in(other-member-state)",
    ),
    (
        "southlanders",
        "holds-nationality(southland), resides-in(other-member-state)",
    ),
    (
        "stayers",
        "holds-nationality(member-state), not resides-in(member-state)",
    ),
];

fn proposals() -> String {
    let fillers: Vec<String> = (0..FILLERS)
        .map(|n| format!("filler-{n}(member-state)"))
        .collect();
    let mut proposals = String::new();
    for (name, conditions) in GROUPS {
        for (suffix, extra) in [
            ("", String::new()),
            ("-long", format!(", {}", fillers.join(", "))),
        ] {
            proposals.push_str(&format!(
                r#"proposal {name}{suffix} "Staying" {{
  date 2023-06-01
  group g "the group" where {conditions}{extra}
  grants stay to g as stay
}}

"#
            ));
        }
    }
    proposals
}

/// Each proposal's grant: its id, verdict and the reasoning's steps on
/// conditions.
fn judged() -> Vec<(String, String, Vec<String>)> {
    let corpus = corpus();
    let proposals = proposals();
    let workspace =
        common::sound_workspace(&[("corpus.lex", &corpus), ("proposals.lex", &proposals)]);
    let analysis = common::judge_in(&workspace);
    analysis
        .proposals
        .iter()
        .map(|p| {
            let grant: &GrantAnalysis = &p.grants[0];
            let conditions = grant
                .explanation
                .iter()
                .map(|s| s.words(&workspace.model).into_owned())
                .filter(|words| words.starts_with("Not met") || words.starts_with("The group"))
                .collect();
            (p.id.clone(), grant.verdict.word().to_string(), conditions)
        })
        .collect()
}

#[test]
fn a_long_description_is_judged_as_a_short_one() {
    let judged = judged();
    assert_eq!(judged.len(), 2 * GROUPS.len());
    for pair in judged.chunks(2) {
        let (short, long) = (&pair[0], &pair[1]);
        assert_eq!(long.0, format!("{}-long", short.0));
        assert_eq!(
            (&short.1, &short.2),
            (&long.1, &long.2),
            "{} read through the index as by a scan",
            short.0
        );
    }
}

#[test]
fn each_reason_is_found_through_the_index() {
    let judged = judged();
    let by_id = |id: &str| {
        judged
            .iter()
            .find(|(p, _, _)| p == id)
            .unwrap_or_else(|| panic!("{id} judged"))
    };
    assert_eq!(by_id("movers-long").2, ["The group `g` meets it"]);
    assert_eq!(
        by_id("southlanders-long").2,
        [
            "Not met: `holds-nationality(member-state)` fails because the group's \
          `holds-nationality` names only `southland` (Southland) has never been a \
          Member State"
        ]
    );
    assert_eq!(
        by_id("stayers-long").2,
        [
            "Not met: `resides-in(other-member-state)` fails because the group is \
          described as not meeting `resides-in(other-member-state)`"
        ]
    );
}

/// A right conferred by several provisions on the same holder and by one
/// provision on each of many others: the reasoning quotes the first
/// provision for each holder, in the order the holders are first met, and
/// names the holder's other provisions after it.
#[test]
fn each_holder_of_a_right_is_quoted_once_with_its_other_provisions_named() {
    const HOLDERS: usize = 300;
    let mut corpus = String::from(TREATY);
    let article = |number: usize, holder: &str| {
        format!(
            r#"
article TREATY {number} {{
  source "Invented"
  text-status unverified
  text """
    They may stay.
  """
  confers stay on {holder}
}}
"#
        )
    };
    corpus.push_str(&article(1, "citizen"));
    for n in 0..HOLDERS {
        corpus.push_str(&format!("status holder-{n} \"holder {n}\"\n"));
        corpus.push_str(&article(n + 2, &format!("holder-{n}")));
    }
    // Two more provisions on the first holder, after all the others.
    corpus.push_str(&article(HOLDERS + 2, "citizen"));
    corpus.push_str(&article(HOLDERS + 3, "citizen"));
    corpus.push_str(
        r#"
article TREATY 1000 {
  source "Invented"
  text-status unverified
  text """
    Citizens are the nationals of the Member States.
  """
  defines citizen as holds-nationality(member-state)
}
"#,
    );
    let proposal = r#"proposal stay "Staying" {
  date 2023-06-01
  invented "a test"
  group g "the group" where holds-nationality(member-state)
  grants stay to g as stay
}
"#;
    let workspace = common::sound_workspace(&[("corpus.lex", &corpus), ("proposal.lex", proposal)]);
    let analysis = common::judge_in(&workspace);
    let conferrals: Vec<String> = analysis.proposals[0].grants[0]
        .explanation
        .iter()
        .map(|s| s.words(&workspace.model).into_owned())
        .filter(|words| words.contains(" confers `stay` on "))
        .collect();
    assert_eq!(conferrals.len(), HOLDERS + 1, "one step per holder");
    assert!(
        conferrals[0].starts_with("TREATY 1 confers `stay` on `citizen`"),
        "{}",
        conferrals[0]
    );
    assert!(
        conferrals[0].ends_with(&format!(
            "(so do TREATY {}, TREATY {})",
            HOLDERS + 2,
            HOLDERS + 3
        )),
        "{}",
        conferrals[0]
    );
    for (n, text) in conferrals[1..].iter().enumerate() {
        assert_eq!(
            *text,
            format!(
                "TREATY {} confers `stay` on `holder-{n}` (holder {n})",
                n + 2
            )
        );
    }
}

/// A corpus where article 1 opens a route to any right for citizens and
/// each of `count` articles after it lays `statement` on every grant.
fn corpus_under(count: usize, statement: &str) -> String {
    let mut corpus = String::from(TREATY);
    corpus.push_str(
        r#"right vote "to vote"
test prop "proportionate"
procedure ordinary "Ordinary" {
  route secondary-legislation
  voting qualified-majority
  decides council
  cost-rank 2
}
actor council "the Council"

article TREATY 1 {
  source "Invented"
  text-status unverified
  text """
    The Council may give citizens any right.
  """
  defines citizen as holds-nationality(member-state)
  empowers council by ordinary to grant any right to [citizen]
}
"#,
    );
    for n in 2..count + 2 {
        corpus.push_str(&format!(
            r#"
article TREATY {n} {{
  source "Invented"
  text-status unverified
  text """
    A limit.
  """
  {statement}
}}
"#
        ));
    }
    corpus
}

const TWO_GRANTS: &str = r#"proposal both "Staying and voting" {
  date 2023-06-01
  invented "a test"
  group g "the group" where holds-nationality(member-state)
  grants stay to g as stay
  grants vote to g as vote
}
"#;

/// The provisions the rules and outputs name, TREATY 2 to TREATY 13, and
/// how many more they count.
fn twelve_named(separator: &str, each: &str) -> String {
    let named: Vec<String> = (2..14).map(|n| format!("TREATY {n}{each}")).collect();
    format!("{}{separator}and 3 more", named.join(separator))
}

/// Fifteen limits laying down one test on each grant: the reasoning quotes
/// twelve and counts three, the rule's message names twelve provisions and
/// counts three, and the grant's conditions keep all fifteen.
#[test]
fn limits_beyond_twelve_are_counted_in_the_reasoning_and_kept_in_the_conditions() {
    let corpus = corpus_under(
        15,
        "limits union to grant any right to any person requires [prop]",
    );
    let workspace =
        common::sound_workspace(&[("corpus.lex", &corpus), ("proposal.lex", TWO_GRANTS)]);
    let analysis = common::judge_in(&workspace);
    let model = &workspace.model;
    let proposal = &analysis.proposals[0];
    for grant in &proposal.grants {
        assert_eq!(grant.conditions.len(), 15, "{}", grant.id);
        let steps: Vec<String> = grant
            .explanation
            .iter()
            .map(|s| s.words(model).into_owned())
            .collect();
        let limits: Vec<&String> = steps
            .iter()
            .filter(|s| s.contains(" lays down a limit: "))
            .collect();
        assert_eq!(limits.len(), 12, "{steps:#?}");
        assert!(
            limits[11].starts_with("TREATY 13 lays down"),
            "{}",
            limits[11]
        );
        assert!(
            steps.contains(
                &"Not quoted here: 3 more provisions that limit or forbid the measure, \
                  each named among the grant's conditions or its findings' provisions"
                    .to_string()
            ),
            "{steps:#?}"
        );
        let provided = steps.last().unwrap();
        assert!(
            provided.ends_with(
                "`prop` (proportionate, TREATY 13) and 3 more: the proposal does not say \
                 whether it does"
            ),
            "{provided}"
        );
    }
    let messages: Vec<&str> = proposal
        .findings
        .iter()
        .filter(|f| f.code == "LC112")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            format!(
                "`stay` is secondary-legislation only provided that it meets `prop` ({})",
                twelve_named("; ", "")
            ),
            format!(
                "`vote` is secondary-legislation only provided that it meets `prop` ({})",
                twelve_named("; ", "")
            ),
        ]
    );
}

/// Fifteen prohibitions on each grant: each finding names twelve in its
/// message and keeps all fifteen among its provisions, and the bottom line
/// names each breach once, though both grants meet it.
#[test]
fn prohibitions_beyond_twelve_are_counted_in_messages_and_named_once_in_the_bottom_line() {
    let corpus = corpus_under(15, "forbids union to grant any right to any person");
    let workspace =
        common::sound_workspace(&[("corpus.lex", &corpus), ("proposal.lex", TWO_GRANTS)]);
    let analysis = common::judge_in(&workspace);
    let model = &workspace.model;
    let proposal = &analysis.proposals[0];
    let prohibited: Vec<_> = proposal
        .findings
        .iter()
        .filter(|f| f.code == "LC108")
        .collect();
    assert_eq!(prohibited.len(), 2);
    for finding in prohibited {
        let grant = finding.grant.as_deref().unwrap();
        assert_eq!(
            finding.message,
            format!("`{grant}`: {}", twelve_named("; ", " forbids it"))
        );
        assert_eq!(finding.provisions.len(), 15, "{grant}");
    }
    let bottom = lexcompat::report::briefing::route_sentences(
        model,
        proposal,
        lexcompat::report::briefing::Naming::Ids,
    );
    assert_eq!(
        bottom,
        [format!(
            "As it stands it cannot be done: {}.",
            twelve_named("; ", " forbids it")
        )]
    );
}

/// A group of fifteen alternatives: each grant's first step names twelve
/// and counts three, the reasoning of twelve parts is written out and the
/// rest counted, and every part is still judged.
#[test]
fn a_group_of_many_alternatives_is_described_by_twelve_in_each_grant() {
    let mut corpus = corpus_under(0, "");
    let alternatives: Vec<String> = (0..15).map(|n| format!("t{n}")).collect();
    for name in &alternatives {
        corpus.push_str(&format!("condition {name} \"{name}\"\n"));
    }
    let proposal = format!(
        "proposal many \"Many\" {{\n  date 2023-06-01\n  invented \"a test\"\n  \
         group g \"the group\" where {}\n  grants stay to g as stay\n}}\n",
        alternatives.join(" or ")
    );
    let workspace =
        common::sound_workspace(&[("corpus.lex", &corpus), ("proposal.lex", &proposal)]);
    let analysis = common::judge_in(&workspace);
    let grant = &analysis.proposals[0].grants[0];
    let first = grant.explanation[0].words(&workspace.model).into_owned();
    assert!(
        first.ends_with(&format!(
            "(the group: {} or 3 more)",
            alternatives[..12].join(" or ")
        )),
        "{first}"
    );
    assert_eq!(grant.cover.len(), 15, "every part judged");
    let steps: Vec<String> = grant
        .explanation
        .iter()
        .map(|s| s.words(&workspace.model).into_owned())
        .collect();
    let parts: Vec<&String> = steps
        .iter()
        .filter(|s| s.starts_with("For those in the group who meet "))
        .collect();
    assert_eq!(parts.len(), 12, "{steps:#?}");
    assert_eq!(parts[11], "For those in the group who meet t11:");
    assert!(
        steps.contains(
            &"Not written out here: the reasoning for 3 more parts of the group; the grant's \
              cover gives each part's verdict"
                .to_string()
        ),
        "{steps:#?}"
    );
}

/// A group of more alternatives than are judged is an error at the first
/// one too many, not cut silently; one of as many as are judged is not.
#[test]
fn a_group_of_too_many_alternatives_is_an_error_not_cut_silently() {
    let mut corpus = corpus_under(0, "");
    for n in 0..65 {
        corpus.push_str(&format!("condition t{n} \"t{n}\"\n"));
    }
    let proposal = |count: usize| {
        let alternatives: Vec<String> = (0..count).map(|n| format!("t{n}")).collect();
        format!(
            "proposal many \"Many\" {{\n  date 2023-06-01\n  invented \"a test\"\n  \
             group g \"the group\" where {}\n  grants stay to g as stay\n}}\n",
            alternatives.join(" or ")
        )
    };
    let errors = |count: usize| -> Vec<String> {
        let workspace =
            common::workspace(&[("corpus.lex", &corpus), ("proposal.lex", &proposal(count))]);
        workspace
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| format!("{}: {}", d.code.as_str(), d.message))
            .collect()
    };
    assert_eq!(errors(64), Vec::<String>::new());
    assert_eq!(
        errors(65),
        ["LX010: the group has more than 64 alternatives"]
    );
}

/// A report writes its first `MOST_GRANTS_IN_FULL` grants in full, across
/// its proposals (the analysis draws only those), and says of each proposal how many of its grants it does
/// not; every grant keeps its row in its proposal's table, linked only
/// where there is a section to link to.
#[test]
fn a_report_writes_its_first_grants_in_full_and_counts_the_rest() {
    use lexcompat::report::analyst::{self, MOST_GRANTS_IN_FULL};
    let mut corpus = String::from(TREATY);
    corpus.push_str(
        r#"article TREATY 1 {
  source "Invented"
  text-status unverified
  text """
    Citizens may stay.
  """
  confers stay on citizen
}
"#,
    );
    let proposal = |id: &str, grants: usize| {
        let mut text = format!(
            "proposal {id} \"Staying, {id}\" {{\n  date 2023-06-01\n  invented \"a test\"\n  \
             group g \"the group\" where holds-nationality(member-state)\n"
        );
        for n in 0..grants {
            text.push_str(&format!("  grants stay to g as {id}-{n}\n"));
        }
        text.push_str("}\n");
        text
    };
    // The first proposal takes all but one of the grants written in full,
    // the second one more and two not, the third none.
    let proposals = [
        proposal("first", MOST_GRANTS_IN_FULL - 1),
        proposal("second", 3),
        proposal("third", 1),
    ]
    .concat();
    let workspace =
        common::sound_workspace(&[("corpus.lex", &corpus), ("proposals.lex", &proposals)]);
    let analysis = common::judge_in(&workspace);

    // The analysis a report asks for draws those grants, and no more, and
    // every proposal's overview.
    let ids: Vec<_> = (0..3).map(lexcompat::model::ProposalId::new).collect();
    let drawings = lexcompat::analysis::Drawings::Each {
        grants: MOST_GRANTS_IN_FULL,
    };
    let drawn = lexcompat::driver::judge(&workspace.model, &ids, None, drawings);
    let counted: Vec<(usize, Vec<usize>, bool)> = drawn
        .proposals
        .iter()
        .map(|p| {
            let with: Vec<usize> = (0..p.grants.len())
                .filter(|&n| p.grants[n].diagram.is_some())
                .collect();
            (p.grants.len(), with, p.overview.is_some())
        })
        .collect();
    assert_eq!(
        counted,
        [
            (
                MOST_GRANTS_IN_FULL - 1,
                (0..MOST_GRANTS_IN_FULL - 1).collect(),
                true
            ),
            (3, vec![0], true),
            (1, vec![], true),
        ]
    );

    let corpus_info = analyst::CorpusInfo {
        origin: "a test corpus".to_string(),
        files: 1,
        digest: "0".to_string(),
    };
    let sources = &workspace.sources;
    let html = analyst::to_html(&analysis, &corpus_info, &workspace.model, sources);
    let markdown = analyst::to_markdown(&analysis, &corpus_info, &workspace.model, sources);

    assert_eq!(
        html.matches("<section class=\"grant\"").count(),
        MOST_GRANTS_IN_FULL
    );
    assert!(
        html.contains("id=\"grant_second_second-0\""),
        "the second's first grant is written"
    );
    assert!(!html.contains("id=\"grant_second_second-1\""));
    // Every grant has its row: the first's, one written in full and two not, one not.
    assert_eq!(
        html.matches("<tr><td>").count(),
        MOST_GRANTS_IN_FULL - 1 + 3 + 1
    );
    assert_eq!(
        html.matches("<tr><td><a href=").count(),
        MOST_GRANTS_IN_FULL
    );
    assert!(html.contains(
        "The reasoning of 2 more grants of this proposal is not written out here: a report \
         writes its first 2000 grants in full"
    ));
    assert!(html.contains("The reasoning of this proposal's grant is not written out here"));
    assert_eq!(html.matches("is not written out here").count(), 2);

    assert_eq!(
        markdown.matches("### Reasoning").count(),
        MOST_GRANTS_IN_FULL
    );
    assert!(markdown.contains(
        "*The reasoning of 2 more grants of this proposal is not written out here: a report \
         writes its first 2000 grants in full"
    ));
    assert!(markdown.contains("*The reasoning of this proposal's grant is not written out here"));
    assert!(markdown.contains("\n| [the right to stay](#grant_second_second-0) | "));
    assert_eq!(
        markdown.matches("\n| the right to stay | ").count(),
        3,
        "the second's two grants not written out, and the third's, are rows without a link"
    );
}
