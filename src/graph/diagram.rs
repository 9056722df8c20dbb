//! A diagram: the nodes and labelled edges a report draws. The graph module
//! builds one for the whole corpus; the analysis builds one for a proposal.
//! Reports render diagrams (SVG, DOT, Mermaid, JSON) and know nothing else of
//! the graph.

use super::{EdgeKind, Graph, Node};
use crate::model::*;
use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Diagram {
    pub nodes: Vec<DiagramNode>,
    pub edges: Vec<DiagramEdge>,
    /// The node ids present, and each edge's place by its ends and label:
    /// adding stays O(log n), so a proposal of thousands of grants draws in
    /// O(n log n).
    #[serde(skip)]
    index: std::collections::BTreeSet<String>,
    #[serde(skip)]
    edge_index: std::collections::BTreeMap<(String, String, String), usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiagramNode {
    /// Unique within the diagram, made of letters, digits, `-` and `_`.
    pub id: String,
    /// What the node stands for: grant, right, status, group, condition, provision, route, procedure, instrument.
    pub kind: &'static str,
    pub label: String,
    /// A verdict word, for nodes that have one (grants, routes).
    pub verdict: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiagramEdge {
    pub from: String,
    pub to: String,
    pub label: String,
    /// A drawn emphasis: the route that decides a verdict.
    pub emphasis: bool,
}

impl Diagram {
    /// Adds a node unless one with the id is already there; returns the id.
    pub fn node(
        &mut self,
        id: String,
        kind: &'static str,
        label: String,
        verdict: Option<&'static str>,
    ) -> String {
        if self.index.insert(id.clone()) {
            self.nodes.push(DiagramNode {
                id: id.clone(),
                kind,
                label,
                verdict,
            });
        }
        id
    }

    /// Adds another diagram's nodes and edges, shared ones once.
    pub fn merge(&mut self, other: &Diagram) {
        for n in &other.nodes {
            self.node(n.id.clone(), n.kind, n.label.clone(), n.verdict);
        }
        for e in &other.edges {
            self.edge(&e.from, &e.to, e.label.clone(), e.emphasis);
        }
    }

    /// Adds an edge unless the same one is already there.
    pub fn edge(&mut self, from: &str, to: &str, label: impl Into<String>, emphasis: bool) {
        let label = label.into();
        let key = (from.to_string(), to.to_string(), label.clone());
        if let Some(&i) = self.edge_index.get(&key) {
            self.edges[i].emphasis |= emphasis;
            return;
        }
        self.edge_index.insert(key, self.edges.len());
        self.edges.push(DiagramEdge {
            from: from.to_string(),
            to: to.to_string(),
            label,
            emphasis,
        });
    }
}

/// A node id from any text: letters and digits kept, the rest `_`.
pub fn slug(prefix: &str, text: &str) -> String {
    let body: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{prefix}_{body}")
}

fn edge_words(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::Contains => "contains",
        EdgeKind::Defines => "defines",
        EdgeKind::Requires => "requires",
        EdgeKind::Confers => "confers",
        EdgeKind::HeldBy => "held by",
        EdgeKind::Empowers => "empowers",
        EdgeKind::Reaches => "reaches",
        EdgeKind::By => "by",
        EdgeKind::AllowsAmendment => "allows amending",
        EdgeKind::Amends => "amends",
        EdgeKind::SucceededBy => "succeeded by",
        EdgeKind::LaysDownLimit => "lays down a limit",
        EdgeKind::Restricts => "restricts",
    }
}

fn node_of(model: &Model, node: Node) -> (String, &'static str, String) {
    match node {
        Node::Instrument(i) => (
            slug("instrument", &model.instruments[i.index()].id),
            "instrument",
            model.instruments[i.index()].id.clone(),
        ),
        Node::Provision(p) => (
            slug("provision", &model.citation(p)),
            "provision",
            model.citation(p),
        ),
        Node::Status(s) => (
            slug("status", &model.statuses[s.index()].id),
            "status",
            model.statuses[s.index()].id.clone(),
        ),
        Node::Right(r) => (
            slug("right", &model.rights[r.index()].id),
            "right",
            model.rights[r.index()].id.clone(),
        ),
        Node::Group(g) => (
            slug("group", &model.groups[g.index()].id),
            "group",
            model.groups[g.index()].id.clone(),
        ),
        Node::LegalBasis(s) => (
            slug(
                "basis",
                &format!("{}_{}", model.citation(s.provision), s.index),
            ),
            "legal-basis",
            format!("legal basis {}", model.citation(s.provision)),
        ),
        Node::Limit(s) => (
            slug(
                "limit",
                &format!("{}_{}", model.citation(s.provision), s.index),
            ),
            "limit",
            format!("limit {}", model.citation(s.provision)),
        ),
        Node::Amendment(s) => (
            slug(
                "amendment",
                &format!("{}_{}", model.citation(s.provision), s.index),
            ),
            "amendment",
            format!("amendment {}", model.citation(s.provision)),
        ),
        Node::Procedure(p) => (
            slug("procedure", &model.procedures[p.index()].id),
            "procedure",
            model.procedures[p.index()].id.clone(),
        ),
    }
}

/// The whole graph as a diagram, without the instruments' `contains` edges
/// (every provision has one, and they say nothing a citation does not).
pub fn corpus_diagram(model: &Model, graph: &Graph) -> Diagram {
    let mut diagram = Diagram::default();
    let mut nodes: Vec<Node> = graph
        .graph
        .node_weights()
        .copied()
        .filter(|n| !matches!(n, Node::Instrument(_)))
        .collect();
    nodes.sort();
    for node in nodes {
        let (id, kind, label) = node_of(model, node);
        diagram.node(id, kind, label, None);
    }
    let mut edges: Vec<(Node, Node, EdgeKind)> = graph
        .edges()
        .filter(|(_, _, e)| e.kind != EdgeKind::Contains)
        .map(|(a, b, e)| (a, b, e.kind))
        .collect();
    edges.sort();
    edges.dedup();
    for (from, to, kind) in edges {
        let (from_id, ..) = node_of(model, from);
        let (to_id, to_kind, to_label) = node_of(model, to);
        if to_kind == "instrument" {
            diagram.node(to_id.clone(), to_kind, to_label, None);
        }
        diagram.edge(&from_id, &to_id, edge_words(kind), false);
    }
    diagram
}
