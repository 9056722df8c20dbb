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
    /// Each node's place by its id, and each edge's by its ends and label:
    /// adding takes constant time, so a proposal of thousands of grants, or
    /// a corpus of millions of edges, draws in linear time.
    #[serde(skip)]
    index: Places,
    #[serde(skip)]
    edge_index: Places,
}

/// Places in a list by a hash of their key, the key itself read from the
/// list: a corpus's diagram has millions of edges, and a table keyed by
/// their ends and label held three more copies of each. The rare key whose
/// hash another key has is kept whole, in `clashes`. Only looked up, never
/// walked, so the tables' order cannot reach an output.
#[derive(Debug, Clone, Default)]
struct Places {
    hasher: foldhash::fast::RandomState,
    first: crate::table::Map<u64, usize>,
    clashes: crate::table::Map<String, usize>,
}

impl PartialEq for Places {
    /// A diagram is its nodes and edges; the places follow from them.
    fn eq(&self, _: &Places) -> bool {
        true
    }
}

impl Eq for Places {}

impl Places {
    fn hash(&self, parts: &[&str]) -> u64 {
        std::hash::BuildHasher::hash_one(&self.hasher, parts)
    }

    /// The place of the key made of `parts`, where `is` says whether the
    /// key at a place is it.
    fn find(&self, parts: &[&str], is: impl Fn(usize) -> bool) -> Option<usize> {
        let &at = self.first.get(&self.hash(parts))?;
        if is(at) {
            return Some(at);
        }
        self.clashes.get(&whole(parts)).copied()
    }

    /// Records a key [`Places::find`] did not find.
    fn add(&mut self, parts: &[&str], at: usize) {
        let hash = self.hash(parts);
        match self.first.entry(hash) {
            std::collections::hash_map::Entry::Vacant(vacant) => {
                vacant.insert(at);
            }
            std::collections::hash_map::Entry::Occupied(_) => {
                self.clashes.insert(whole(parts), at);
            }
        }
    }
}

/// A key's parts as one string that no other parts make: each part after
/// its length.
fn whole(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|part| format!("{}:{part}", part.len()))
        .collect()
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
        let nodes = &self.nodes;
        if self.index.find(&[&id], |at| nodes[at].id == id).is_none() {
            self.index.add(&[&id], self.nodes.len());
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
        let key = [from, to, label.as_str()];
        let edges = &self.edges;
        let found = self.edge_index.find(&key, |at| {
            let edge = &edges[at];
            edge.from == from && edge.to == to && edge.label == label
        });
        if let Some(at) = found {
            self.edges[at].emphasis |= emphasis;
            return;
        }
        self.edge_index.add(&key, self.edges.len());
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
    let mut id = String::with_capacity(prefix.len() + 1 + text.len());
    id.push_str(prefix);
    id.push('_');
    id.extend(text.chars().map(|c| {
        if c.is_ascii_alphanumeric() || c == '-' {
            c
        } else {
            '_'
        }
    }));
    id
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
        Node::Provision(p) => {
            let citation = model.citation(p);
            (slug("provision", &citation), "provision", citation)
        }
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
    // Nodes are distinct and equal edges alike: unstable sorts give the
    // order stable ones would.
    nodes.sort_unstable();
    diagram.nodes.reserve(nodes.len());
    // Each node named once: an edge finds its ends' ids by node, not by
    // naming them again (a corpus at the read limit has millions of edges,
    // and a provision's name is its citation).
    let ids: crate::table::Map<Node, String> = nodes
        .iter()
        .map(|&node| {
            let (id, kind, label) = node_of(model, node);
            (node, diagram.node(id, kind, label, None))
        })
        .collect();
    let id_of = |node: Node| -> Option<&String> { ids.get(&node) };
    let mut edges: Vec<(Node, Node, EdgeKind)> = graph
        .edges()
        .filter(|(_, _, e)| e.kind != EdgeKind::Contains)
        .map(|(a, b, e)| (a, b, e.kind))
        .collect();
    edges.sort_unstable();
    edges.dedup();
    diagram.edges.reserve(edges.len());
    for (from, to, kind) in edges {
        let from_id = match id_of(from) {
            Some(id) => std::borrow::Cow::Borrowed(id.as_str()),
            None => node_of(model, from).0.into(),
        };
        let to_id = match id_of(to) {
            Some(id) => std::borrow::Cow::Borrowed(id.as_str()),
            None => {
                // Instruments are drawn only where an edge reaches one.
                let (id, kind, label) = node_of(model, to);
                diagram.node(id, kind, label, None).into()
            }
        };
        diagram.edge(&from_id, &to_id, edge_words(kind), false);
    }
    diagram
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key whose hash another key's place has is kept whole, and found
    /// again: forced here by giving `b`'s hash to `a`'s place.
    #[test]
    fn a_key_whose_hash_is_taken_is_kept_whole() {
        let mut d = Diagram::default();
        d.node("a".into(), "right", "a".into(), None);
        let b_hash = d.index.hash(&["b"]);
        d.index.first.insert(b_hash, 0);
        for _ in 0..2 {
            d.node("b".into(), "right", "b".into(), None);
        }
        let ids: Vec<&str> = d.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(d.index.clashes.len(), 1);

        d.edge("a", "b", "x", false);
        let y_hash = d.edge_index.hash(&["a", "b", "y"]);
        d.edge_index.first.insert(y_hash, 0);
        d.edge("a", "b", "y", false);
        d.edge("a", "b", "y", true);
        let labels: Vec<(&str, bool)> = d
            .edges
            .iter()
            .map(|e| (e.label.as_str(), e.emphasis))
            .collect();
        assert_eq!(labels, [("x", false), ("y", true)]);
    }

    /// Parts are told apart by their lengths: `ab` then `c` is not `a`
    /// then `bc`.
    #[test]
    fn a_whole_key_keeps_its_parts_apart() {
        assert_ne!(whole(&["ab", "c"]), whole(&["a", "bc"]));
        assert_eq!(whole(&["ab", "c"]), "2:ab1:c");
    }
}
