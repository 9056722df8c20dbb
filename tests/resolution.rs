//! Names resolve across files in any order: a status used before the file
//! that declares it, an article's successor in another instrument, a
//! proposal citing a provision.

mod common;

const CORPUS: &str = r#"
instrument OLD "Old treaty" { kind treaty in-force 1993-11-01 until 2009-11-30 }
instrument NEW "New treaty" { kind treaty in-force 2009-12-01 }
article OLD 8 { source "s" text-status official text """
    Every national of a Member State shall be a citizen.
  """ defines citizen as holds-nationality(member-state) }
"#;

const LATER: &str = r#"
article NEW 20 { source "s" text-status official succeeds OLD 8
  paragraph 1 { text """
      Every national of a Member State shall be a citizen.
    """ defines citizen as holds-nationality(member-state) }
  empowers council by unanimity to grant any right to [citizen] }
"#;

const VOCABULARY: &str = r#"
status citizen "citizen"
right move "to move"
condition holds-nationality(state) "holds the nationality of"
actor council "the Council"
procedure unanimity "Council unanimity" { route secondary-legislation cost-rank 2 voting unanimity }
"#;

const PROPOSAL: &str = r#"
proposal p "A proposal" { source "s" date 2020-02-01
  group everyone "everyone" where not citizen note "n"
  grants move to everyone basis NEW 20 by unanimity note "n" }
"#;

#[test]
fn every_order_of_files_resolves_to_the_same_model() {
    let files = [
        ("corpus.lex", CORPUS),
        ("later.lex", LATER),
        ("vocabulary.lex", VOCABULARY),
        ("proposal.lex", PROPOSAL),
    ];
    let mut reversed = files;
    reversed.reverse();
    for order in [&files, &reversed] {
        let workspace = common::workspace(order);
        assert!(
            workspace.diagnostics.is_empty(),
            "{:?}",
            common::codes(&workspace)
        );
        let model = &workspace.model;
        let new_20 = model.find_provision("NEW", "20", &[]).unwrap();
        let old_8 = model.find_provision("OLD", "8", &[]).unwrap();
        assert_eq!(model.provisions[new_20.index()].predecessors(), [old_8]);
        assert_eq!(model.provisions[old_8.index()].successors(), [new_20]);
        assert_eq!(model.proposals[0].measures[0].basis, Some(new_20));
    }
}
