//! The dependency graph: the corpus as a petgraph graph linking
//! provisions, statuses, rights, groups, legal bases, procedures and
//! instruments, built once, either at one date (for drawing) or whole, with
//! [`LawInForce`] reading the law in force at any date from it.
//!
//! This module owns the graph and its queries. Analyses ask it which
//! provisions confer a right, define a status, empower someone or allow an
//! amendment; they never walk the model's statements themselves. Every edge
//! records the span of the clause that created it, so any answer can point
//! at its source. The graph knows nothing of verdicts or output formats.

pub mod diagram;

use crate::model::*;
use crate::source::Span;
use crate::table::Map;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;

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
    index: NodeTable,
    /// Legal bases, limits and amendments in force, indexed once when the
    /// graph is built: by what they act on, and in corpus order, so that a
    /// query per measure does not walk every node.
    statements: StatementIndex,
    /// The instruments adopted under each instrument's provisions.
    acts_based_on: Map<InstrumentId, Vec<InstrumentId>>,
    /// The date the graph was built for; `None` for the whole corpus.
    pub date: Option<Date>,
}

impl Graph {
    /// Builds the graph of what is in force at `date`, or of the whole
    /// corpus when `date` is `None`.
    pub fn build(model: &Model, date: Option<Date>) -> Graph {
        // The edges and the index of statements read the same provisions
        // and nothing of each other: each is made on a core of its own.
        let (mut g, (statements, acts_based_on)) = crate::parallel::join(
            || Graph::edges_of(model, date),
            || (StatementIndex::of(model, date), acts_based_on(model)),
        );
        g.statements = statements;
        g.acts_based_on = acts_based_on;
        g
    }

    /// The graph's nodes and edges, with its index of statements left empty.
    fn edges_of(model: &Model, date: Option<Date>) -> Graph {
        // A node for every provision, and a few for each statement.
        let statements: usize = model.provisions.iter().map(|p| p.statements.len()).sum();
        let nodes = model.instruments.len()
            + model.provisions.len()
            + model.statuses.len()
            + model.rights.len()
            + model.groups.len()
            + model.procedures.len()
            + statements;
        let mut g = Graph {
            graph: DiGraph::with_capacity(nodes, nodes + 2 * statements),
            index: NodeTable::for_model(model),
            statements: StatementIndex::default(),
            acts_based_on: Map::default(),
            date,
        };
        for (i, provision) in model.provisions.iter().enumerate() {
            let id = ProvisionId::new(i);
            if !in_force(provision, date) {
                continue;
            }
            g.edge(
                Node::Instrument(provision.instrument),
                Node::Provision(id),
                EdgeKind::Contains,
                provision.head_span,
            );
            for successor in provision.successors() {
                if in_force(&model.provisions[successor.index()], date) {
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
        g
    }

    /// The law in force at `date` read from this graph of the whole corpus,
    /// leaving out an instrument and the acts adopted under it: a proposal
    /// that enacts an instrument of the corpus is judged by the law without
    /// it, so it cannot support itself.
    pub fn in_force<'a>(
        &'a self,
        model: &'a Model,
        date: Date,
        enacted: Option<InstrumentId>,
    ) -> LawInForce<'a> {
        let mut left_out: Vec<InstrumentId> = enacted.into_iter().collect();
        if let Some(e) = enacted {
            left_out.extend(self.acts_based_on.get(&e).into_iter().flatten());
        }
        left_out.sort();
        left_out.dedup();
        LawInForce {
            whole: self,
            model,
            date,
            left_out,
        }
    }

    fn node(&mut self, node: Node) -> NodeIndex {
        match self.index.cell(node) {
            Some(cell) => match cell {
                Some(known) => *known,
                None => *cell.insert(self.graph.add_node(node)),
            },
            None => self.graph.add_node(node),
        }
    }

    fn edge(&mut self, from: Node, to: Node, kind: EdgeKind, span: Span) {
        let a = self.node(from);
        self.edge_from(a, to, kind, span);
    }

    fn edge_from(&mut self, from: NodeIndex, to: Node, kind: EdgeKind, span: Span) {
        let b = self.node(to);
        self.graph.add_edge(from, b, Edge { kind, span });
    }

    /// The node of a statement, made with its edge from the provision: a
    /// statement is added once, so its node is never looked up.
    fn statement_node(&mut self, here: Node, node: Node, kind: EdgeKind, span: Span) -> NodeIndex {
        let provision = self.node(here);
        let made = self.graph.add_node(node);
        self.graph.add_edge(provision, made, Edge { kind, span });
        made
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
                let basis =
                    self.statement_node(here, Node::LegalBasis(this), EdgeKind::Empowers, span);
                self.edge_from(basis, Node::Procedure(*procedure), EdgeKind::By, span);
                for target in object_nodes(object) {
                    self.edge_from(basis, target, EdgeKind::Reaches, span);
                }
            }
            StatementKind::Limits { object, .. } | StatementKind::Forbids { object, .. } => {
                let limit =
                    self.statement_node(here, Node::Limit(this), EdgeKind::LaysDownLimit, span);
                for target in object_nodes(object) {
                    self.edge_from(limit, target, EdgeKind::Restricts, span);
                }
            }
            StatementKind::Amends {
                instruments,
                procedure,
            } => {
                let amendment = self.statement_node(
                    here,
                    Node::Amendment(this),
                    EdgeKind::AllowsAmendment,
                    span,
                );
                self.edge_from(amendment, Node::Procedure(*procedure), EdgeKind::By, span);
                for instrument in instruments {
                    self.edge_from(
                        amendment,
                        Node::Instrument(*instrument),
                        EdgeKind::Amends,
                        span,
                    );
                }
            }
        }
    }

    /// The `confers` statements that confer the right, in corpus order.
    fn conferrals(&self, right: RightId) -> &[Indexed] {
        self.statements
            .conferrals
            .get(&right)
            .map_or(&[], Vec::as_slice)
    }

    /// The `defines` statements that define the status, in corpus order.
    fn definitions(&self, status: StatusId) -> &[Indexed] {
        self.statements
            .definitions
            .get(&status)
            .map_or(&[], Vec::as_slice)
    }

    /// Whether a provision is in the graph, that is, in force at its date.
    pub fn contains(&self, provision: ProvisionId) -> bool {
        self.index
            .provisions
            .get(provision.index())
            .is_some_and(Option::is_some)
    }

    /// The edges of one kind, for reports that draw or export the graph.
    pub fn edges(&self) -> impl Iterator<Item = (Node, Node, Edge)> + '_ {
        self.graph
            .edge_references()
            .map(|e| (self.graph[e.source()], self.graph[e.target()], *e.weight()))
    }
}

/// The law in force at one date, read from the graph of the whole corpus.
///
/// The graph is built once however many proposals and dates are judged;
/// each query filters its few candidates by the date, so judging a
/// proposal costs what its measures touch, not the size of the corpus.
pub struct LawInForce<'a> {
    whole: &'a Graph,
    model: &'a Model,
    /// The date the law is read at.
    pub date: Date,
    /// Instruments left out (an enacted one and the acts adopted under it), sorted.
    left_out: Vec<InstrumentId>,
}

impl LawInForce<'_> {
    /// Whether a provision is in force at the date and not left out.
    pub fn contains(&self, provision: ProvisionId) -> bool {
        let provision = &self.model.provisions[provision.index()];
        provision.in_force_at(self.date)
            && self.left_out.binary_search(&provision.instrument).is_err()
    }

    /// Whether an indexed statement is in force at the date and not left
    /// out, read from the index entry: most of the statements a query
    /// finds are out of force (an older numbering of the same article), and
    /// their provisions are never read.
    fn holds(&self, entry: &Indexed) -> bool {
        self.in_force_on(entry, self.date)
            && self.left_out.binary_search(&entry.instrument).is_err()
    }

    /// Whether an indexed statement's provision is in force on `day`.
    fn in_force_on(&self, entry: &Indexed, day: Date) -> bool {
        match entry.in_force {
            InForce::Between(from, until) => crate::model::within(from, until, day),
            InForce::AsTheProvisionSays => {
                self.model.provisions[entry.statement.provision.index()].in_force_at(day)
            }
        }
    }

    /// The statements found that are in force, read as they are asked for.
    fn kept<'e>(
        &'e self,
        found: impl IntoIterator<Item = &'e Indexed> + 'e,
    ) -> impl Iterator<Item = Statement> + 'e {
        found
            .into_iter()
            .filter(|e| self.holds(e))
            .map(|e| e.statement)
    }

    /// The `confers` statements in force that confer the right, in corpus
    /// order, and still in force on `day`, the day a measure applies from
    /// (a provision that lapses before then, such as a transition period,
    /// gives nothing).
    pub fn conferrals(&self, right: RightId, day: Date) -> Vec<Statement> {
        self.whole
            .conferrals(right)
            .iter()
            .filter(|e| self.holds(e) && self.in_force_on(e, day))
            .map(|e| e.statement)
            .collect()
    }

    /// The `defines` statements in force that define the status, in corpus
    /// order. Asked for every status a condition names, so it is read in
    /// place, not copied.
    pub fn definitions(&self, status: StatusId) -> impl Iterator<Item = Statement> + Clone + '_ {
        self.whole
            .definitions(status)
            .iter()
            .filter(|e| self.holds(e))
            .map(|e| e.statement)
    }

    /// The one `defines` statement in force that defines the status, if
    /// there is exactly one.
    pub fn only_definition(&self, status: StatusId) -> Option<Statement> {
        let mut definitions = self.definitions(status);
        let only = definitions.next()?;
        definitions.next().is_none().then_some(only)
    }

    /// The legal bases in force that may reach what a measure acts on, in
    /// corpus order: those naming it, and those reaching any right.
    pub fn legal_bases(&self, target: MeasureObject) -> impl Iterator<Item = Statement> + '_ {
        self.kept(self.whole.statements.bases.reaching(target))
    }

    /// Every amendment procedure in force, in corpus order.
    pub fn amendments(&self) -> Vec<Statement> {
        self.kept(&self.whole.statements.amendments).collect()
    }

    /// The limits and prohibitions in force that may concern what a measure
    /// acts on, in corpus order.
    pub fn limits(&self, target: MeasureObject) -> impl Iterator<Item = Statement> + '_ {
        self.kept(self.whole.statements.limits.reaching(target))
    }
}

/// Whether a provision is in the graph of `date`; every provision is in
/// the graph of the whole corpus.
fn in_force(provision: &Provision, date: Option<Date>) -> bool {
    date.is_none_or(|d| provision.in_force_at(d))
}

/// The instruments adopted under each instrument's provisions.
fn acts_based_on(model: &Model) -> Map<InstrumentId, Vec<InstrumentId>> {
    let mut acts: Map<InstrumentId, Vec<InstrumentId>> = Map::default();
    for (i, instrument) in model.instruments.iter().enumerate() {
        for basis in &instrument.based_on {
            acts.entry(model.provisions[basis.index()].instrument)
                .or_default()
                .push(InstrumentId::new(i));
        }
    }
    for list in acts.values_mut() {
        list.sort();
        list.dedup();
    }
    acts
}

/// The rights and statuses a statement's object names, as nodes.
fn object_nodes(object: &Object) -> Vec<Node> {
    match object {
        Object::Rights(Scope::Only(rights)) => rights.iter().map(|r| Node::Right(*r)).collect(),
        Object::Statuses(statuses) => statuses.iter().map(|s| Node::Status(*s)).collect(),
        _ => Vec::new(),
    }
}

/// Each node's place in the graph, by what it stands for: a table per kind
/// of id, read at the id's position, so building a graph of a whole corpus
/// hashes nothing. A statement's node is made once, by its statement, and
/// needs no table.
#[derive(Default)]
struct NodeTable {
    instruments: Vec<Option<NodeIndex>>,
    provisions: Vec<Option<NodeIndex>>,
    statuses: Vec<Option<NodeIndex>>,
    rights: Vec<Option<NodeIndex>>,
    groups: Vec<Option<NodeIndex>>,
    procedures: Vec<Option<NodeIndex>>,
}

impl NodeTable {
    fn for_model(model: &Model) -> NodeTable {
        NodeTable {
            instruments: vec![None; model.instruments.len()],
            provisions: vec![None; model.provisions.len()],
            statuses: vec![None; model.statuses.len()],
            rights: vec![None; model.rights.len()],
            groups: vec![None; model.groups.len()],
            procedures: vec![None; model.procedures.len()],
        }
    }

    /// The cell that holds the node's place; `None` for a statement's node,
    /// which has no table.
    fn cell(&mut self, node: Node) -> Option<&mut Option<NodeIndex>> {
        let (table, at) = match node {
            Node::Instrument(id) => (&mut self.instruments, id.index()),
            Node::Provision(id) => (&mut self.provisions, id.index()),
            Node::Status(id) => (&mut self.statuses, id.index()),
            Node::Right(id) => (&mut self.rights, id.index()),
            Node::Group(id) => (&mut self.groups, id.index()),
            Node::Procedure(id) => (&mut self.procedures, id.index()),
            Node::LegalBasis(_) | Node::Amendment(_) | Node::Limit(_) => return None,
        };
        // Ids are places in the model's lists; a table grows rather than
        // fails should a model have grown since.
        if at >= table.len() {
            table.resize(at + 1, None);
        }
        Some(&mut table[at])
    }
}

/// A statement in the index, with what deciding whether it is in force
/// needs: a query reads its list, not the provision of every statement on
/// it.
#[derive(Debug, Clone, Copy)]
struct Indexed {
    statement: Statement,
    instrument: InstrumentId,
    in_force: InForce,
}

/// When an indexed statement is in force.
#[derive(Debug, Clone, Copy)]
enum InForce {
    /// The provision's one period, both ends included; no end is "still".
    Between(Date, Option<Date>),
    /// Several periods, or none: the provision is asked.
    AsTheProvisionSays,
}

impl Indexed {
    fn of(provision: &Provision, statement: Statement) -> Indexed {
        Indexed {
            statement,
            instrument: provision.instrument,
            in_force: match provision.in_force.as_slice() {
                [only] => InForce::Between(only.from, only.until),
                _ => InForce::AsTheProvisionSays,
            },
        }
    }
}

/// Statements indexed by what they act on.
#[derive(Default)]
struct StatementIndex {
    definitions: Map<StatusId, Vec<Indexed>>,
    conferrals: Map<RightId, Vec<Indexed>>,
    bases: ByObject,
    limits: ByObject,
    amendments: Vec<Indexed>,
}

impl StatementIndex {
    /// The statements of the provisions in force at `date` (or of every
    /// provision), each list sorted.
    fn of(model: &Model, date: Option<Date>) -> StatementIndex {
        let mut index = StatementIndex::default();
        for (i, provision) in model.provisions.iter().enumerate() {
            if !in_force(provision, date) {
                continue;
            }
            let provision_id = ProvisionId::new(i);
            for (n, statement) in provision.statements.iter().enumerate() {
                let this = Statement {
                    provision: provision_id,
                    index: n,
                };
                index.add(Indexed::of(provision, this), &statement.kind);
            }
        }
        index.sort();
        index
    }

    fn add(&mut self, this: Indexed, kind: &StatementKind) {
        match kind {
            StatementKind::Defines { status, .. } => {
                self.definitions.entry(*status).or_default().push(this);
            }
            StatementKind::Confers { rights, .. } => {
                for right in rights {
                    self.conferrals.entry(*right).or_default().push(this);
                }
            }
            StatementKind::Empowers { object, .. } => self.bases.add(object, this),
            StatementKind::Limits { object, .. } | StatementKind::Forbids { object, .. } => {
                self.limits.add(object, this);
            }
            StatementKind::Amends { .. } => self.amendments.push(this),
        }
    }

    fn sort(&mut self) {
        for list in self.definitions.values_mut() {
            sort_list(list);
        }
        for list in self.conferrals.values_mut() {
            sort_list(list);
        }
        self.bases.sort();
        self.limits.sort();
        self.amendments.sort_by_key(|e| e.statement);
    }
}

/// Statements by the kind of object they name: a right, any right, or
/// something else (nationality, statuses, arrangements, instruments), each
/// list in corpus order.
#[derive(Default)]
struct ByObject {
    by_right: Map<RightId, Vec<Indexed>>,
    any_right: Vec<Indexed>,
    other: Vec<Indexed>,
}

impl ByObject {
    fn add(&mut self, object: &Object, statement: Indexed) {
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
            sort_list(list);
        }
        self.any_right.sort_by_key(|e| e.statement);
        self.other.sort_by_key(|e| e.statement);
    }

    /// Candidates for a target, in corpus order; the caller checks each
    /// statement's object exactly. Read in place: every grant asks, and a
    /// list copied and sorted for each was two allocations a grant.
    fn reaching(&self, target: MeasureObject) -> impl Iterator<Item = &Indexed> + '_ {
        let (named, rest) = match target {
            MeasureObject::Right(right) => (
                self.by_right.get(&right).map_or(&[][..], Vec::as_slice),
                self.any_right.as_slice(),
            ),
            _ => (&[][..], self.other.as_slice()),
        };
        in_corpus_order(named, rest)
    }
}

/// Two lists in corpus order, merged in corpus order. A statement is in
/// one list or the other, never both: it names the right or reaches any.
fn in_corpus_order<'a>(
    first: &'a [Indexed],
    second: &'a [Indexed],
) -> impl Iterator<Item = &'a Indexed> + 'a {
    let (mut first, mut second) = (first.iter().peekable(), second.iter().peekable());
    std::iter::from_fn(move || match (first.peek(), second.peek()) {
        (Some(a), Some(b)) if b.statement < a.statement => second.next(),
        (Some(_), _) => first.next(),
        (None, _) => second.next(),
    })
}

/// A list of statements in corpus order, each once.
fn sort_list(list: &mut Vec<Indexed>) {
    list.sort_by_key(|e| e.statement);
    list.dedup_by_key(|e| e.statement);
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
    &model.provisions[s.provision.index()].statements[s.index]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indexed(provision: usize, index: usize) -> Indexed {
        Indexed {
            statement: Statement {
                provision: ProvisionId::new(provision),
                index,
            },
            instrument: InstrumentId::new(0),
            in_force: InForce::AsTheProvisionSays,
        }
    }

    #[test]
    fn lists_in_corpus_order_merge_in_corpus_order() {
        let named = [indexed(1, 0), indexed(4, 1), indexed(4, 2), indexed(9, 0)];
        let general = [indexed(0, 3), indexed(4, 0), indexed(7, 0), indexed(12, 0)];
        let merged: Vec<Statement> = in_corpus_order(&named, &general)
            .map(|e| e.statement)
            .collect();
        let mut expected: Vec<Statement> =
            named.iter().chain(&general).map(|e| e.statement).collect();
        expected.sort();
        assert_eq!(merged, expected);
        assert_eq!(in_corpus_order(&named, &[]).count(), named.len());
        assert_eq!(in_corpus_order(&[], &general).count(), general.len());
    }
}
