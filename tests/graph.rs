//! The dependency graph of the built-in corpus: one node for each thing the
//! law names, one for each legal basis, amendment procedure and limit, and
//! every edge where its kind says it goes. The graph finds a node's place
//! through a table per kind of id (`graph::NodeTable`), and makes a
//! statement's node once, with its edges; its index of statements says when
//! each is in force without reading the provision where it can. These
//! tests pin what that must keep.

mod common;

use lexcompat::config::{Config, CorpusSource};
use lexcompat::graph::{EdgeKind, Graph, Node};
use petgraph::Direction;
use std::collections::BTreeMap;

fn built_in() -> lexcompat::driver::Workspace {
    let config = Config {
        corpus: CorpusSource::Embedded,
        extra: Vec::new(),
    };
    let workspace = lexcompat::driver::load(&config, &[]).expect("the built-in corpus loads");
    assert!(!workspace.has_errors());
    workspace
}

fn is_statement(node: Node) -> bool {
    matches!(
        node,
        Node::LegalBasis(_) | Node::Amendment(_) | Node::Limit(_)
    )
}

#[test]
fn each_thing_the_law_names_is_one_node() {
    let workspace = built_in();
    let graph = Graph::build(&workspace.model, None);
    let mut seen = BTreeMap::new();
    for index in graph.graph.node_indices() {
        let node = graph.graph[index];
        assert!(seen.insert(node, index).is_none(), "{node:?} has two nodes");
    }
    let count = |wanted: fn(&Node) -> bool| seen.keys().filter(|n| wanted(n)).count();
    assert!(count(|n| matches!(n, Node::LegalBasis(_))) > 10);
    assert!(count(|n| matches!(n, Node::Amendment(_))) > 1);
    assert!(count(|n| matches!(n, Node::Limit(_))) > 1);
    // Every provision of the whole corpus is in its graph.
    for (i, _) in workspace.model.provisions.iter().enumerate() {
        let id = lexcompat::model::ProvisionId::new(i);
        assert!(graph.contains(id));
        assert!(seen.contains_key(&Node::Provision(id)));
    }
}

#[test]
fn a_statements_node_is_reached_from_its_provision_once_and_leads_where_it_acts() {
    let workspace = built_in();
    let graph = Graph::build(&workspace.model, None);
    for index in graph.graph.node_indices() {
        let node = graph.graph[index];
        if !is_statement(node) {
            continue;
        }
        let incoming: Vec<_> = graph
            .graph
            .edges_directed(index, Direction::Incoming)
            .map(|e| {
                (
                    graph.graph[petgraph::visit::EdgeRef::source(&e)],
                    e.weight().kind,
                )
            })
            .collect();
        let (statement, wanted) = match node {
            Node::LegalBasis(s) => (s, EdgeKind::Empowers),
            Node::Amendment(s) => (s, EdgeKind::AllowsAmendment),
            Node::Limit(s) => (s, EdgeKind::LaysDownLimit),
            _ => unreachable!(),
        };
        assert_eq!(incoming, [(Node::Provision(statement.provision), wanted)]);
        let outgoing: Vec<EdgeKind> = graph
            .graph
            .edges_directed(index, Direction::Outgoing)
            .map(|e| e.weight().kind)
            .collect();
        // A legal basis and an amendment take one procedure each.
        let procedures = outgoing.iter().filter(|k| **k == EdgeKind::By).count();
        match node {
            Node::LegalBasis(_) | Node::Amendment(_) => assert_eq!(procedures, 1, "{node:?}"),
            _ => assert_eq!(procedures, 0, "{node:?}"),
        }
        if let Node::Amendment(_) = node {
            assert!(outgoing.contains(&EdgeKind::Amends), "{node:?}");
        }
    }
}

/// The index of statements answers whether a statement is in force from
/// its own entry when its provision has one period, and asks the provision
/// when it has several: both must agree with the provision.
#[test]
fn the_law_in_force_finds_a_conferral_only_within_its_provisions_periods() {
    let corpus = r#"state northland "Northland" member from 1958-01-01
status citizen "a citizen"
right stay "to stay"

instrument TREATY "A treaty" {
  kind treaty
  in-force 1958-01-01
}

article TREATY 1 {
  source "Invented"
  text-status unverified
  text """
    Citizens may stay.
  """
  in-force 1960-01-01 until 1969-12-31
  in-force 1990-01-01
  confers stay on citizen
}

article TREATY 2 {
  source "Invented"
  text-status unverified
  text """
    Citizens may stay.
  """
  in-force 1975-01-01 until 1979-12-31
  confers stay on citizen
}
"#;
    let workspace = common::sound_workspace(&[("corpus.lex", corpus)]);
    let model = &workspace.model;
    assert_eq!(model.provisions[0].in_force.len(), 2);
    let stay = lexcompat::model::RightId::new(
        model
            .rights
            .iter()
            .position(|r| r.id == "stay")
            .expect("stay"),
    );
    let whole = Graph::build(model, None);
    let conferring = |year: u16, month: u8, day: u8| -> Vec<usize> {
        let date = lexcompat::model::Date { year, month, day };
        let law = whole.in_force(model, date, None);
        for (i, provision) in model.provisions.iter().enumerate() {
            assert_eq!(
                law.contains(lexcompat::model::ProvisionId::new(i)),
                provision.in_force_at(date)
            );
        }
        law.conferrals(stay, date)
            .iter()
            .map(|s| s.provision.index())
            .collect()
    };
    assert_eq!(conferring(1959, 12, 31), Vec::<usize>::new());
    assert_eq!(conferring(1960, 1, 1), [0]);
    assert_eq!(conferring(1969, 12, 31), [0]);
    assert_eq!(conferring(1970, 1, 1), Vec::<usize>::new());
    assert_eq!(conferring(1975, 1, 1), [1]);
    assert_eq!(conferring(1979, 12, 31), [1]);
    assert_eq!(conferring(1980, 1, 1), Vec::<usize>::new());
    assert_eq!(conferring(2020, 6, 1), [0]);

    // A measure that applies from a later day gets only what is still in
    // force then, read at the law of the day it is decided.
    let later = |law: (u16, u8, u8), day: (u16, u8, u8)| -> Vec<usize> {
        let date = |(year, month, day)| lexcompat::model::Date { year, month, day };
        whole
            .in_force(model, date(law), None)
            .conferrals(stay, date(day))
            .iter()
            .map(|s| s.provision.index())
            .collect()
    };
    // One period (the index entry's own dates).
    assert_eq!(later((1976, 1, 1), (1979, 12, 31)), [1]);
    assert_eq!(later((1976, 1, 1), (1980, 1, 1)), Vec::<usize>::new());
    // Several periods (the provision's own).
    assert_eq!(later((1965, 1, 1), (1995, 1, 1)), [0]);
    assert_eq!(later((1965, 1, 1), (1980, 1, 1)), Vec::<usize>::new());
}

#[test]
fn the_graph_of_a_date_holds_only_what_is_in_force_then() {
    let workspace = built_in();
    let model = &workspace.model;
    let date = lexcompat::model::Date {
        year: 1995,
        month: 1,
        day: 1,
    };
    let graph = Graph::build(model, Some(date));
    let mut in_force = 0;
    for (i, provision) in model.provisions.iter().enumerate() {
        let id = lexcompat::model::ProvisionId::new(i);
        assert_eq!(graph.contains(id), provision.in_force_at(date), "{i}");
        in_force += usize::from(provision.in_force_at(date));
    }
    assert!(in_force > 0 && in_force < model.provisions.len());
}
