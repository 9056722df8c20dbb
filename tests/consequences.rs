//! What a nationality carries with it: a measure that grants or withdraws a
//! nationality gains or loses every status defined through it, directly,
//! through a group, or through another status, and no other. The analysis
//! asks only the statuses that can turn on a nationality (an index of the
//! corpus's definitions and groups, `analysis::nationality`); these tests pin
//! that each way a status can turn on it is still asked.

mod common;

use lexcompat::analysis::ProposalAnalysis;

const CORPUS: &str = r#"actor each-member-state "a Member State acting on its own"
state northland "Northland" member from 1958-01-01
condition holds-nationality(state) "holds the nationality of"
condition resides-in(state) "resides in"
group member-state-nationals "nationals of the Member States" where holds-nationality(member-state)
status citizen "a citizen, defined by nationality"
status national-resident "a national who resides in a Member State, defined through a group"
status voter "a voter, defined through the status of citizen"
status resident "a resident, defined by residence alone"

procedure national-competence "national-competence" {
  route national-competence
  cost-rank 1
  voting none
  decides [each-member-state]
}

instrument TREATY "A treaty" {
  kind treaty
  in-force 1958-01-01
}

article TREATY 1 {
  source "Invented"
  text-status unverified
  text """
    Definitions.
  """
  defines citizen as holds-nationality(member-state)
  defines national-resident as member-state-nationals, resides-in(member-state)
  defines voter as citizen
  defines resident as resides-in(member-state)
  empowers each-member-state by national-competence to withdraw nationality from any person
  empowers each-member-state by national-competence to grant nationality to any person
}
"#;

const PROPOSALS: &str = r#"proposal withdrawal "A withdrawal of nationality" {
  date 2023-06-01
  by member-state northland
  group northlanders "residents of Northland holding its nationality" where holds-nationality(northland), resides-in(northland)
  withdraws nationality(northland) from northlanders as withdrawal
}

proposal naturalisation "A grant of nationality" {
  date 2023-06-01
  by member-state northland
  group residents "residents of Northland" where resides-in(northland)
  grants nationality(northland) to residents as naturalisation
}
"#;

/// The "As a consequence" steps of each proposal, by its id.
fn consequences() -> Vec<(String, Vec<String>)> {
    let workspace =
        common::sound_workspace(&[("corpus.lex", CORPUS), ("proposals.lex", PROPOSALS)]);
    let analysis = common::judge_in(&workspace);
    analysis
        .proposals
        .iter()
        .map(|p: &ProposalAnalysis| {
            let steps = p
                .grants
                .iter()
                .flat_map(|g| &g.explanation)
                .map(|s| s.words(&workspace.model).into_owned())
                .filter(|words| words.starts_with("As a consequence"))
                .collect();
            (p.id.clone(), steps)
        })
        .collect()
}

#[test]
fn a_withdrawn_nationality_takes_every_status_defined_through_it() {
    let found = consequences();
    assert_eq!(
        found[0],
        (
            "withdrawal".to_string(),
            vec![
                "As a consequence the group loses `citizen` (a citizen, defined by nationality)"
                    .to_string(),
                "As a consequence the group loses `national-resident` (a national who resides in a Member State, defined through a group)"
                    .to_string(),
                "As a consequence the group loses `voter` (a voter, defined through the status of citizen)"
                    .to_string(),
            ]
        ),
        "`resident`, defined by residence alone, is not lost"
    );
}

#[test]
fn a_granted_nationality_brings_every_status_defined_through_it() {
    let found = consequences();
    assert_eq!(
        found[1],
        (
            "naturalisation".to_string(),
            vec![
                "As a consequence the group acquires `citizen` (a citizen, defined by nationality)"
                    .to_string(),
                "As a consequence the group acquires `national-resident` (a national who resides in a Member State, defined through a group)"
                    .to_string(),
                "As a consequence the group acquires `voter` (a voter, defined through the status of citizen)"
                    .to_string(),
            ]
        ),
        "`resident`, defined by residence alone, is not acquired"
    );
}
