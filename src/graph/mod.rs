//! The dependency graph: the model at one date as a petgraph graph linking
//! provisions, statuses, rights, groups, legal bases, procedures,
//! instruments and a proposal's grants.
//!
//! This module owns the graph and its queries. Analyses ask it which
//! provisions confer a right, define a status, empower someone or allow an
//! amendment; they never walk the model's statements themselves. Every edge
//! records the span of the clause that created it, so any answer can point
//! at its source. The graph knows nothing of verdicts or output formats.

pub mod diagram;

use crate::model::*;
use crate::source::Span;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use std::collections::HashMap;

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Node {
    Instrument(InstrumentId),
    Provision(ProvisionId),
    Status(StatusId),
    Right(RightId),
    Group(GroupId),
    /// An `empowers` statement: the provision and the statement's index in it.
    LegalBasis(Statement),
    /// An `amends` statement.
    Amendment(Statement),
    /// A `limits` or `forbids` statement.
    Limit(Statement),
    Procedure(ProcedureId),
    /// A proposal's grant: the proposal and the grant's index.
    Grant(ProposalId, usize),
    /// A proposal's `creates status`: the proposal and the creation's index.
    Creation(ProposalId, usize),
}

/// A statement of a provision: the provision and the statement's index in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Statement {
    pub provision: ProvisionId,
    pub index: usize,
}

/// What an edge says. The direction of each kind is fixed:
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EdgeKind {
    /// Instrument → Provision: the article or subdivision belongs to the instrument.
    Contains,
    /// Provision → Status: the provision defines the status.
    Defines,
    /// Status or Group → Status or Group: its definition requires holding the other.
    Requires,
    /// Provision → Right: the provision confers the right.
    Confers,
    /// Right → Status or Group: the right is conferred on that holder.
    HeldBy,
    /// Provision → LegalBasis: the provision is a legal basis.
    Empowers,
    /// LegalBasis → Right: the legal basis reaches the right.
    Reaches,
    /// LegalBasis or Amendment → Procedure: the procedure it takes.
    By,
    /// Provision → Amendment: the provision allows the amendment of instruments.
    AllowsAmendment,
    /// Amendment → Instrument: the instrument that may be amended.
    Amends,
    /// Provision → Provision: the later provision took over from the earlier one.
    SucceededBy,
    /// Grant → Right: the proposal grants the right.
    Grants,
    /// Grant or Creation → Group: to whom.
    To,
    /// Grant → Status: the status the proposal means to carry the right.
    Through,
    /// Grant → Provision: the legal basis the proposal claims.
    Cites,
    /// Creation → Status: the status the proposal creates.
    Creates,
    /// Provision → Limit: the provision limits how a competence is used.
    LaysDownLimit,
    /// Limit → Right or Status: what the limit is about.
    Restricts,
}

/// An edge and the clause that created it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    pub kind: EdgeKind,
    pub span: Span,
}

/// The model at one date, as a graph.
pub struct Graph {
    pub graph: DiGraph<Node, Edge>,
    index: HashMap<Node, NodeIndex>,
    /// Legal bases, limits and amendments in force, indexed once when the
    /// graph is built: by what they act on, and in corpus order, so that a
    /// query per measure does not walk every node.
    statements: StatementIndex,
    /// The date the graph was built for; `None` for the whole corpus.
    pub date: Option<Date>,
}

impl Graph {
    /// Builds the graph of what is in force at `date` (every provision when
    /// `date` is `None`), with the given proposals' grants and creations.
    pub fn build(model: &Model, date: Option<Date>, proposals: &[ProposalId]) -> Graph {
        Graph::build_without(model, date, proposals, None)
    }

    /// As [`Graph::build`], leaving out an instrument and the acts adopted
    /// under it: a proposal that enacts an instrument of the corpus is judged
    /// by the law without it, so it cannot support itself.
    pub fn build_without(
        model: &Model,
        date: Option<Date>,
        proposals: &[ProposalId],
        enacted: Option<InstrumentId>,
    ) -> Graph {
        let mut g = Graph {
            graph: DiGraph::new(),
            index: HashMap::new(),
            statements: StatementIndex::default(),
            date,
        };
        let left_out: Vec<bool> = model
            .instruments
            .iter()
            .enumerate()
            .map(|(i, instrument)| {
                enacted.is_some_and(|e| {
                    e.0 == i
                        || instrument
                            .based_on
                            .iter()
                            .any(|b| model.provisions[b.0].instrument == e)
                })
            })
            .collect();
        let in_force =
            |p: &Provision| !left_out[p.instrument.0] && date.is_none_or(|d| p.in_force_at(d));
        for (i, provision) in model.provisions.iter().enumerate() {
            let id = ProvisionId(i);
            if !in_force(provision) {
                continue;
            }
            g.edge(
                Node::Instrument(provision.instrument),
                Node::Provision(id),
                EdgeKind::Contains,
                provision.head_span,
            );
            for successor in &provision.successors {
                if in_force(&model.provisions[successor.0]) || date.is_none() {
                    g.edge(
                        Node::Provision(id),
                        Node::Provision(*successor),
                        EdgeKind::SucceededBy,
                        provision.head_span,
                    );
                }
            }
            for (index, statement) in provision.statements.iter().enumerate() {
                g.add_statement(id, index, statement);
            }
        }
        for &proposal in proposals {
            g.add_proposal(model, proposal);
        }
        g.statements.sort();
        g
    }

    fn node(&mut self, node: Node) -> NodeIndex {
        *self
            .index
            .entry(node)
            .or_insert_with(|| self.graph.add_node(node))
    }

    fn edge(&mut self, from: Node, to: Node, kind: EdgeKind, span: Span) {
        let a = self.node(from);
        let b = self.node(to);
        self.graph.add_edge(a, b, Edge { kind, span });
    }

    fn add_statement(
        &mut self,
        provision: ProvisionId,
        index: usize,
        statement: &crate::model::Statement,
    ) {
        let here = Node::Provision(provision);
        let span = statement.span;
        let this = Statement { provision, index };
        match &statement.kind {
            StatementKind::Defines { status, conditions } => {
                self.edge(here, Node::Status(*status), EdgeKind::Defines, span);
                for condition in conditions {
                    if let Some(target) = holder_of(&condition.kind) {
                        self.edge(
                            Node::Status(*status),
                            target,
                            EdgeKind::Requires,
                            condition.span,
                        );
                    }
                }
            }
            StatementKind::Confers {
                rights, holders, ..
            } => {
                for right in rights {
                    self.edge(here, Node::Right(*right), EdgeKind::Confers, span);
                    for holder in holders {
                        self.edge(
                            Node::Right(*right),
                            holder_node(*holder),
                            EdgeKind::HeldBy,
                            span,
                        );
                    }
                }
            }
            StatementKind::Empowers {
                procedure, object, ..
            } => {
                self.statements.bases.add(object, this);
                let basis = Node::LegalBasis(this);
                self.edge(here, basis, EdgeKind::Empowers, span);
                self.edge(basis, Node::Procedure(*procedure), EdgeKind::By, span);
                for target in object_nodes(object) {
                    self.edge(basis, target, EdgeKind::Reaches, span);
                }
            }
            StatementKind::Limits { object, .. } | StatementKind::Forbids { object, .. } => {
                self.statements.limits.add(object, this);
                let limit = Node::Limit(this);
                self.edge(here, limit, EdgeKind::LaysDownLimit, span);
                for target in object_nodes(object) {
                    self.edge(limit, target, EdgeKind::Restricts, span);
                }
            }
            StatementKind::Amends {
                instruments,
                procedure,
            } => {
                self.statements.amendments.push(this);
                let amendment = Node::Amendment(this);
                self.edge(here, amendment, EdgeKind::AllowsAmendment, span);
                self.edge(amendment, Node::Procedure(*procedure), EdgeKind::By, span);
                for instrument in instruments {
                    self.edge(
                        amendment,
                        Node::Instrument(*instrument),
                        EdgeKind::Amends,
                        span,
                    );
                }
            }
        }
    }

    fn add_proposal(&mut self, model: &Model, id: ProposalId) {
        let proposal = &model.proposals[id.0];
        for group in &proposal.groups {
            let node = Node::Group(*group);
            self.node(node);
            for condition in &model.groups[group.0].conditions {
                if let Some(target) = holder_of(&condition.kind) {
                    self.edge(node, target, EdgeKind::Requires, condition.span);
                }
            }
        }
        for (index, creation) in proposal.creates.iter().enumerate() {
            let node = Node::Creation(id, index);
            self.edge(
                node,
                Node::Status(creation.status),
                EdgeKind::Creates,
                creation.span,
            );
            self.edge(
                node,
                Node::Group(creation.group),
                EdgeKind::To,
                creation.span,
            );
        }
        for (index, grant) in proposal.measures.iter().enumerate() {
            let node = Node::Grant(id, index);
            match grant.object {
                MeasureObject::Right(right) => {
                    self.edge(node, Node::Right(right), EdgeKind::Grants, grant.span)
                }
                MeasureObject::Status(status) => {
                    self.edge(node, Node::Status(status), EdgeKind::Grants, grant.span)
                }
                _ => {
                    self.node(node);
                }
            }
            if let Some(group) = grant.group {
                self.edge(node, Node::Group(group), EdgeKind::To, grant.span);
            }
            if let Some(status) = grant.through {
                self.edge(node, Node::Status(status), EdgeKind::Through, grant.span);
            }
            // A basis not in force at the date is not in the graph, and the
            // citation must not put it there.
            if let Some(basis) = grant.basis.filter(|b| self.contains(*b)) {
                self.edge(node, Node::Provision(basis), EdgeKind::Cites, grant.span);
            }
        }
    }

    fn sources(&self, target: Node, kind: EdgeKind) -> Vec<Node> {
        let Some(&index) = self.index.get(&target) else {
            return Vec::new();
        };
        let mut found: Vec<Node> = self
            .graph
            .edges_directed(index, Direction::Incoming)
            .filter(|e| e.weight().kind == kind)
            .map(|e| self.graph[e.source()])
            .collect();
        found.sort();
        found.dedup();
        found
    }

    /// The `confers` statements in force that confer the right, in corpus order.
    pub fn conferrals(&self, model: &Model, right: RightId) -> Vec<Statement> {
        let mut found = Vec::new();
        for node in self.sources(Node::Right(right), EdgeKind::Confers) {
            let Node::Provision(provision) = node else {
                continue;
            };
            for (index, statement) in model.provisions[provision.0].statements.iter().enumerate() {
                if let StatementKind::Confers { rights, .. } = &statement.kind {
                    if rights.contains(&right) {
                        found.push(Statement { provision, index });
                    }
                }
            }
        }
        found
    }

    /// The `defines` statements in force that define the status, in corpus order.
    pub fn definitions(&self, model: &Model, status: StatusId) -> Vec<Statement> {
        let mut found = Vec::new();
        for node in self.sources(Node::Status(status), EdgeKind::Defines) {
            let Node::Provision(provision) = node else {
                continue;
            };
            for (index, statement) in model.provisions[provision.0].statements.iter().enumerate() {
                if matches!(&statement.kind, StatementKind::Defines { status: s, .. } if *s == status)
                {
                    found.push(Statement { provision, index });
                }
            }
        }
        found
    }

    /// The legal bases in force that may reach what a measure acts on, in
    /// corpus order: those naming it, and those reaching any right.
    pub fn legal_bases(&self, target: MeasureObject) -> Vec<Statement> {
        self.statements.bases.reaching(target)
    }

    /// Every amendment procedure in force, in corpus order.
    pub fn amendments(&self) -> &[Statement] {
        &self.statements.amendments
    }

    /// The limits and prohibitions in force that may concern what a measure
    /// acts on, in corpus order.
    pub fn limits(&self, target: MeasureObject) -> Vec<Statement> {
        self.statements.limits.reaching(target)
    }

    /// Whether a provision is in the graph, that is, in force at its date.
    pub fn contains(&self, provision: ProvisionId) -> bool {
        self.index.contains_key(&Node::Provision(provision))
    }

    /// The edges of one kind, for reports that draw or export the graph.
    pub fn edges(&self) -> impl Iterator<Item = (Node, Node, Edge)> + '_ {
        self.graph
            .edge_references()
            .map(|e| (self.graph[e.source()], self.graph[e.target()], *e.weight()))
    }
}

/// The rights and statuses a statement's object names, as nodes.
fn object_nodes(object: &Object) -> Vec<Node> {
    match object {
        Object::Rights(Scope::Only(rights)) => rights.iter().map(|r| Node::Right(*r)).collect(),
        Object::Statuses(statuses) => statuses.iter().map(|s| Node::Status(*s)).collect(),
        _ => Vec::new(),
    }
}

/// Statements indexed by what they act on.
#[derive(Default)]
struct StatementIndex {
    bases: ByObject,
    limits: ByObject,
    amendments: Vec<Statement>,
}

impl StatementIndex {
    fn sort(&mut self) {
        self.bases.sort();
        self.limits.sort();
        self.amendments.sort();
    }
}

/// Statements by the kind of object they name: a right, any right, or
/// something else (nationality, statuses, arrangements, instruments), each
/// list in corpus order.
#[derive(Default)]
struct ByObject {
    by_right: HashMap<RightId, Vec<Statement>>,
    any_right: Vec<Statement>,
    other: Vec<Statement>,
}

impl ByObject {
    fn add(&mut self, object: &Object, statement: Statement) {
        match object {
            Object::Rights(Scope::Only(rights)) => {
                for right in rights {
                    self.by_right.entry(*right).or_default().push(statement);
                }
            }
            Object::Rights(Scope::Any) => self.any_right.push(statement),
            _ => self.other.push(statement),
        }
    }

    fn sort(&mut self) {
        for list in self.by_right.values_mut() {
            list.sort();
            list.dedup();
        }
        self.any_right.sort();
        self.other.sort();
    }

    /// Candidates for a target, in corpus order; the caller checks each
    /// statement's object exactly.
    fn reaching(&self, target: MeasureObject) -> Vec<Statement> {
        let mut found: Vec<Statement> = match target {
            MeasureObject::Right(right) => {
                let named = self.by_right.get(&right).map_or(&[][..], Vec::as_slice);
                named.iter().chain(&self.any_right).copied().collect()
            }
            _ => self.other.clone(),
        };
        found.sort();
        found
    }
}

fn holder_node(holder: Holder) -> Node {
    match holder {
        Holder::Status(s) => Node::Status(s),
        Holder::Group(g) => Node::Group(g),
    }
}

fn holder_of(kind: &ConditionKind) -> Option<Node> {
    match kind {
        ConditionKind::Holds(s) => Some(Node::Status(*s)),
        ConditionKind::InGroup(g) => Some(Node::Group(*g)),
        ConditionKind::Test(..) => None,
    }
}

/// The statement a graph statement points to.
pub fn statement(model: &Model, s: Statement) -> &crate::model::Statement {
    &model.provisions[s.provision.0].statements[s.index]
}
