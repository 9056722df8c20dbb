//! The analyses: for every right a proposal grants (and every status it
//! creates), the lawful routes and the cheapest one, the findings of the
//! conflict rules, and the chain of reasoning with verbatim quotes.
//!
//! Everything here is a query over the graph (src/graph/) of the model at the
//! proposal's date. The result is one value, [`Analysis`], that already holds
//! every verdict, route, finding and quote: reports render it and decide
//! nothing. No I/O happens here and nothing fails: what cannot be judged
//! becomes a finding.

pub mod conditions;
mod diagram;
pub mod explain;
mod measures;
mod nationality;
pub mod redefinition;
mod routes;

use crate::diagnostic::Severity;
use crate::graph::{self, Graph, LawInForce};
use crate::model::*;
use crate::source::Span;
use conditions::{Described, Evaluator, Unmet};

pub use routes::{ProcedureView, Route};

/// The verdict words, cheapest first, as docs/analysis.md defines them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// Existing law already does it.
    Compatible,
    /// A Member State can do it alone (one State at a time).
    NationalCompetence,
    /// A Union act under a legal basis in the Treaties.
    SecondaryLegislation,
    /// An agreement of the Union with a third country.
    InternationalAgreement,
    /// The special procedure for citizens' rights (Art. 25 TFEU).
    SpecialProcedure,
    /// Amending the Treaties.
    TreatyRevision,
    /// No route in the corpus can deliver it.
    Incompatible,
}

impl Verdict {
    pub const ALL: &'static [Verdict] = &[
        Verdict::Compatible,
        Verdict::NationalCompetence,
        Verdict::SecondaryLegislation,
        Verdict::InternationalAgreement,
        Verdict::SpecialProcedure,
        Verdict::TreatyRevision,
        Verdict::Incompatible,
    ];

    pub fn word(self) -> &'static str {
        match self {
            Verdict::Compatible => "compatible",
            Verdict::NationalCompetence => "national-competence",
            Verdict::SecondaryLegislation => "secondary-legislation",
            Verdict::InternationalAgreement => "international-agreement",
            Verdict::SpecialProcedure => "special-procedure",
            Verdict::TreatyRevision => "treaty-revision",
            Verdict::Incompatible => "incompatible",
        }
    }

    fn of_route(kind: RouteKind) -> Verdict {
        match kind {
            RouteKind::NationalCompetence => Verdict::NationalCompetence,
            RouteKind::SecondaryLegislation => Verdict::SecondaryLegislation,
            RouteKind::InternationalAgreement => Verdict::InternationalAgreement,
            RouteKind::SpecialProcedure => Verdict::SpecialProcedure,
            RouteKind::TreatyRevision => Verdict::TreatyRevision,
        }
    }
}

/// Everything `check` found, for every proposal asked about.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The date given with `--as-of`, which overrides each proposal's own.
    pub as_of: Option<Date>,
    pub proposals: Vec<ProposalAnalysis>,
}

#[derive(Debug, Clone)]
pub struct ProposalAnalysis {
    pub proposal: ProposalId,
    pub id: String,
    pub title: String,
    /// The date the proposal was judged at.
    pub date: Date,
    /// Its most expensive grant's verdict.
    pub verdict: Verdict,
    /// What the proposal offers: each grant of a right, and each status it creates.
    pub grants: Vec<GrantAnalysis>,
    pub findings: Vec<Finding>,
    /// The veto players of the routes that decide the verdict.
    pub veto_players: Vec<VetoPlayer>,
    /// What reports draw: grants, rights, statuses, conditions, provisions,
    /// routes; drawn only when the analysis was asked for `Drawings::Drawn`
    /// or `Drawings::Whole`.
    pub diagram: Option<crate::graph::diagram::Diagram>,
    /// The proposal at a glance: each grant and the route that decides it.
    pub overview: Option<crate::graph::diagram::Diagram>,
}

/// Whether the analysis draws each proposal and grant. Only the reports
/// and `graph --proposal` show drawings, and drawing is about half of the
/// analysis's work, so the other outputs ask for none, and each asks only
/// for those it shows: a proposal of 49,000 grants took 4.5 s to judge
/// with every drawing, 2 s with none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drawings {
    /// Every drawing: the proposal's graph, its overview and each grant's.
    Drawn,
    /// The proposal's graph alone, which `graph` exports.
    Whole,
    /// The overview of each proposal and the drawings of its first
    /// `grants` grants, counted through the proposals in order: what the
    /// reports show, which write only so many grants in full.
    Each {
        grants: usize,
    },
    Omitted,
}

/// How many grants the analysis of a proposal has: one for each status it
/// creates and one for each measure (`claims`), known before it is judged.
fn grant_count(proposal: &crate::model::Proposal) -> usize {
    proposal.creates.len() + proposal.measures.len()
}

/// What a claim is about: a measure on a right (granted, withheld or
/// implemented), a status created, or a measure on something else (a
/// nationality, a status withdrawn, an arrangement, an accession).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimKind {
    Right,
    Status,
    Other,
}

/// A test a limit lays down, and whether the measure meets it. Named by
/// ids and worded when shown: a grant may stand under thousands of limits,
/// and three strings a limit were most of the analysis's memory there.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TestCondition {
    pub test: Requirement,
    /// The provision that lays the limit down.
    pub provision: ProvisionId,
    pub status: TestStatus,
}

/// What a test condition asks of the measure.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Requirement {
    /// A test the corpus declares (`requires [...]`).
    Test(TestId),
    /// A condition of the provision the measure relies on, which the group
    /// leaves open.
    RelyOn(Box<str>),
    /// That the measure spares those a prohibition protects, who meet this.
    Spares(Box<str>),
}

impl TestCondition {
    /// The test's name, as the proposal's `meets` and `fails` would give it.
    pub fn test_words<'m>(&'m self, model: &'m Model) -> std::borrow::Cow<'m, str> {
        match &self.test {
            Requirement::Test(test) => model.tests[test.index()].id.as_str().into(),
            Requirement::RelyOn(required) => required.as_ref().into(),
            Requirement::Spares(required) => format!("not {required}").into(),
        }
    }

    /// What the test asks, in words.
    pub fn title<'m>(&'m self, model: &'m Model) -> &'m str {
        match &self.test {
            Requirement::Test(test) => &model.tests[test.index()].title,
            Requirement::RelyOn(_) => "a condition of the provision the measure relies on",
            Requirement::Spares(_) => "the measure spares those the prohibition protects",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TestStatus {
    Met,
    Failed,
    Open,
}

impl TestStatus {
    pub fn word(self) -> &'static str {
        match self {
            TestStatus::Met => "met",
            TestStatus::Failed => "failed",
            TestStatus::Open => "open",
        }
    }
}

/// Why a measure, as it stands, breaches the Treaties: a fact the analysis
/// establishes and the rules report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breach {
    pub kind: BreachKind,
    /// The provision breached, or that lays down what is breached.
    pub provision: Option<ProvisionId>,
    /// What is breached, in a sentence.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum BreachKind {
    /// A `forbids` statement applies.
    Prohibited,
    /// The measure states it fails a test a limit requires.
    TestFailed,
    /// A right the group holds is withheld where no provision allows it.
    ConferredRightWithheld,
    /// No route open to the actor delivers the measure.
    NoRouteForActor,
}

/// One part of a group and the route that reaches it, when routes over
/// parts cover the group between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverPart {
    /// Who the part is, in words: "those who also meet `resides-legally-in(member-state)`".
    pub part: String,
    pub verdict: Verdict,
    /// The provision the part's route rests on.
    pub basis: Option<ProvisionId>,
}

#[derive(Debug, Clone)]
pub struct GrantAnalysis {
    pub id: String,
    /// The measure it belongs to (a bundle's name, shared by its rights).
    pub measure: String,
    /// What the measure does: grant, withhold, withdraw, arrange, accede, implement.
    pub action: &'static str,
    /// Who acts, in words: "the Union", "Member State `malta`".
    pub actor: String,
    /// The day facts (membership) were read, when the measure applies later than its date.
    pub applies_from: Option<Date>,
    /// The tests the limits that apply lay down; an open one makes the verdict conditional.
    pub conditions: Vec<TestCondition>,
    /// When routes over parts of the group decide the verdict: the split.
    pub cover: Vec<CoverPart>,
    /// Why the measure is incompatible, when it is.
    pub breaches: Vec<Breach>,
    pub kind: ClaimKind,
    /// The right granted, or the status created.
    pub right: String,
    pub right_title: String,
    pub beneficiary: String,
    pub beneficiary_title: String,
    pub likely: bool,
    pub verdict: Verdict,
    /// Every lawful route found, cheapest first; the first full one decides the verdict.
    pub routes: Vec<Route>,
    /// For a created status: the statuses the Treaties define that it
    /// redefines, the reason its verdict is treaty revision.
    pub redefines: Vec<Named>,
    pub explanation: Vec<Step>,
    /// What reports draw for this grant alone: small enough to read
    /// (drawn only with `Drawings::Drawn`, or `Drawings::Each` for a grant
    /// within its count).
    pub diagram: Option<crate::graph::diagram::Diagram>,
    pub span: Span,
}

impl ProposalAnalysis {
    /// The proposal's verdict with the open tests of the measures that
    /// decide it: "national-competence, provided that it meets `x`".
    pub fn verdict_words(&self, model: &Model) -> String {
        provided(
            self.verdict,
            self.grants
                .iter()
                .filter(|g| g.verdict == self.verdict)
                .flat_map(|g| &g.conditions),
            model,
        )
    }
}

/// A verdict and the open tests it depends on, each named once.
fn provided<'a>(
    verdict: Verdict,
    conditions: impl Iterator<Item = &'a TestCondition>,
    model: &'a Model,
) -> String {
    // Each test once, in the order first found; indexed, as a proposal's
    // grants may together stand under millions of limits.
    let mut open: Vec<std::borrow::Cow<str>> = Vec::new();
    let mut named: crate::table::Set<std::borrow::Cow<str>> = crate::table::Set::default();
    for c in conditions.filter(|c| c.status == TestStatus::Open) {
        let words = c.test_words(model);
        if !named.contains(&words) {
            open.push(words.clone());
            named.insert(words);
        }
    }
    let mut text = verdict.word().to_string();
    if !open.is_empty() && verdict != Verdict::Incompatible {
        text.push_str(", provided that it meets ");
        explain::push_named(&mut text, &open, " and ", |text, words| {
            text.push('`');
            text.push_str(words);
            text.push('`');
        });
    }
    text
}

impl GrantAnalysis {
    /// What the measure does, in words: "grants `x` to `g`", "withholds `x`
    /// from `g`", "creates status `s` for `g`", "arranges `a`".
    pub fn what(&self) -> String {
        let to = |verb: &str, preposition: &str| {
            if self.beneficiary.is_empty() {
                format!("{verb} `{}`", self.right)
            } else {
                format!(
                    "{verb} `{}` {preposition} `{}`",
                    self.right, self.beneficiary
                )
            }
        };
        match (self.kind, self.action) {
            (ClaimKind::Status, _) => to("creates status", "for"),
            (_, "grant") => to("grants", "to"),
            (_, "withhold") => to("withholds", "from"),
            (_, "withdraw") => to("withdraws", "from"),
            (_, "implement") => to("implements", "for"),
            (_, "arrange") => to("arranges", "for"),
            (_, "accede") => to("accedes to", "for"),
            (_, other) => to(other, "for"),
        }
    }

    /// The verdict with the tests it depends on: "national-competence,
    /// provided that it meets `individual-proportionality`".
    pub fn verdict_words(&self, model: &Model) -> String {
        provided(self.verdict, self.conditions.iter(), model)
    }
}

/// One actor who can block a route alone, counted once per Member State where it is one per State.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct VetoPlayer {
    pub actor: String,
    pub title: String,
    pub count: usize,
    /// Each Member State's (or government's) own veto: any one of `count` can block.
    pub per_member_state: bool,
}

/// Something the model names, by its id and its title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub id: String,
    pub title: String,
}

/// One link in a chain of reasoning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub kind: StepKind,
    /// What the step says; [`Step::words`] words it.
    pub sentence: explain::Sentence,
    pub quote: Option<Quote>,
}

impl Step {
    /// The step in words, as a report writes it.
    pub fn words<'m>(&'m self, model: &'m Model) -> std::borrow::Cow<'m, str> {
        self.sentence.words(model)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    Grant,
    Right,
    Status,
    Condition,
    Provision,
    Route,
}

impl StepKind {
    pub fn word(self) -> &'static str {
        match self {
            StepKind::Grant => "grant",
            StepKind::Right => "right",
            StepKind::Status => "status",
            StepKind::Condition => "condition",
            StepKind::Provision => "provision",
            StepKind::Route => "route",
        }
    }
}

/// A provision quoted word for word. The reasoning names the provision; a
/// report reads its citation, wording, text status and source from the
/// model as it writes them. Judging copies none of them: fetching each
/// quoted provision's text and source, only to count one more holder of
/// them, was a tenth of the analysis's time at size 10000.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    pub provision: ProvisionId,
}

impl Quote {
    /// The citation in every numbering: "TFEU 21(1), formerly EC-1997
    /// 18(1) and EC-1992 8a(1)".
    pub fn citation<'m>(&self, model: &'m Model) -> std::borrow::Cow<'m, str> {
        model.cited(self.provision)
    }

    /// The verbatim text; `None` where the corpus has no wording.
    pub fn text<'m>(&self, model: &'m Model) -> Option<&'m str> {
        model.provisions[self.provision.index()].text.as_deref()
    }

    /// How far the wording can be trusted.
    pub fn text_status(&self, model: &Model) -> TextStatus {
        model.provisions[self.provision.index()].text_status
    }

    /// Where the wording was taken from.
    pub fn source<'m>(&self, model: &'m Model) -> Option<&'m str> {
        model.provisions[self.provision.index()].source.as_deref()
    }

    /// For a judgment's paragraph, the address of the judgment by its ECLI.
    pub fn link(&self, model: &Model) -> Option<String> {
        model.case_address(self.provision)
    }
}

/// A conflict or a gap a rule found.
#[derive(Debug, Clone)]
pub struct Finding {
    pub code: &'static str,
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The grant it is about, by its id.
    pub grant: Option<String>,
    /// The provisions the finding rests on, by citation.
    pub provisions: Vec<ProvisionId>,
    /// The provisions that identify the finding, for its fingerprint: those
    /// it is about, not every provision its message happens to list (LC102
    /// keys on the definitions of the status, not on the rights carried).
    pub identity: Vec<ProvisionId>,
    pub explanation: Vec<Step>,
    /// The finding's legal identity, unchanged by reformatting or moving lines.
    pub fingerprint: String,
    /// Where in the proposal the finding points.
    pub span: Span,
}

/// What a claim is checked against: a measure's object and group, or a created status and its group.
pub struct Claim {
    pub kind: ClaimKind,
    /// Index into the proposal's `measures` (kinds Right and Other) or `creates` (kind Status).
    pub index: usize,
    pub id: String,
    pub right: Option<RightId>,
    pub status: Option<StatusId>,
    /// What the measure does; `Grant` for a created status.
    pub power: Power,
    pub object: Option<MeasureObject>,
    pub actor: MeasureActor,
    /// The group concerned; an arrangement or an accession concerns no group.
    pub group: Option<GroupId>,
    pub span: Span,
    /// The group's conditions, expanded (shared with the evaluator's memo).
    pub have: std::rc::Rc<[Condition]>,
    /// Every `confers` of the right in force, for each of its holders, with whether the group meets it.
    pub conferrals: Vec<Check>,
    /// Every legal basis in force that reaches the right, with whether it reaches the group.
    pub bases: Vec<Check>,
}

/// A statement checked against the group.
#[derive(Debug, Clone)]
pub struct Check {
    pub statement: graph::Statement,
    pub holder: Option<Holder>,
    pub result: conditions::Meets,
}

/// What the rules are given: the model and graph at the date, and the facts of every claim.
pub struct Context<'a> {
    pub model: &'a Model,
    pub graph: &'a LawInForce<'a>,
    pub evaluator: &'a Evaluator<'a>,
    pub date: Date,
    pub proposal: ProposalId,
    pub claims: &'a [Claim],
    /// The analyses of the grants of rights, in the order of the claims of kind `Right`.
    pub grants: &'a [GrantAnalysis],
    /// The proposal's date: the law in force.
    pub law_date: Date,
    /// What the claims' routes share at the date.
    pub routes: &'a routes::RoutesAtDate<'a>,
    /// The statuses a nationality can carry, found for the whole analysis
    /// when a measure on a nationality first asks.
    nationality: &'a std::sync::OnceLock<nationality::Dependents>,
    /// For each status a measure is carried through, those measures'
    /// indices in the proposal, in order. Found once: a scan of every
    /// measure for each created status grew as their product.
    through: &'a crate::table::Map<StatusId, Vec<usize>>,
}

impl<'a> Context<'a> {
    /// The claims of the measures carried through `status`, each with its
    /// measure's index (its analysis's place in `grants`), in the order of
    /// the measures.
    pub fn carried_through(&self, status: StatusId) -> impl Iterator<Item = (&'a Claim, usize)> {
        // A proposal's claims are its creations, then its measures.
        let first_measure = self.model.proposals[self.proposal.index()].creates.len();
        let claims = self.claims;
        self.through
            .get(&status)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(move |&index| (&claims[first_measure + index], index))
    }
}

/// The conflict rules, as the driver hands them to the analysis: the
/// analysis calls them with its facts and does not know which they are.
pub type RuleRunner<'r> = &'r (dyn Fn(&Context) -> Vec<Finding> + Sync);

/// Analyses the proposals at their own dates, or all at `as_of`, running
/// the given rules over each proposal's facts.
pub fn analyse(
    model: &Model,
    proposals: &[ProposalId],
    as_of: Option<Date>,
    rules: RuleRunner,
    drawings: Drawings,
) -> Analysis {
    // One graph of the whole corpus serves every proposal at every date.
    let whole = crate::timings::stage("graph", || Graph::build(model, None));
    // Proposals are judged independently, each against the same law.
    let proposals = crate::timings::stage("analyse", || {
        let procedures = routes::procedure_views(model);
        let nationality = std::sync::OnceLock::new();
        let shared = Shared {
            procedures: &procedures,
            nationality: &nationality,
        };
        // Where each proposal's grants start in the count of every grant,
        // so that each draws its share of the grants drawn.
        let mut before = 0;
        let judged: Vec<(ProposalId, usize)> = proposals
            .iter()
            .map(|&id| {
                let first = before;
                before += grant_count(&model.proposals[id.index()]);
                (id, first)
            })
            .collect();
        crate::parallel::map(&judged, |&(id, first)| {
            let drawings = match drawings {
                Drawings::Each { grants } => Drawings::Each {
                    grants: grants.saturating_sub(first),
                },
                other => other,
            };
            analyse_proposal(model, &whole, &shared, id, as_of, rules, drawings)
        })
    });
    Analysis { as_of, proposals }
}

/// What every proposal's analysis shares: made once, or once when first asked.
struct Shared<'a> {
    procedures: &'a [std::sync::Arc<ProcedureView>],
    nationality: &'a std::sync::OnceLock<nationality::Dependents>,
}

fn analyse_proposal(
    model: &Model,
    whole: &Graph,
    shared: &Shared,
    id: ProposalId,
    as_of: Option<Date>,
    rules: RuleRunner,
    drawings: Drawings,
) -> ProposalAnalysis {
    let proposal = &model.proposals[id.index()];
    // The resolver reports a proposal without a date; judging it at the
    // earliest date keeps the analysis total.
    let date = as_of.or(proposal.date).unwrap_or(Date {
        year: 1,
        month: 1,
        day: 1,
    });
    // The law is read at the date of the decision; facts such as membership
    // at the day the proposal applies from. A measure of its own date is
    // judged with an evaluator of that date.
    let facts_date = proposal
        .applies_from
        .filter(|_| as_of.is_none())
        .unwrap_or(date);
    let graph = whole.in_force(model, date, proposal.enacts);
    let evaluator = Evaluator::new(model, &graph, facts_date);
    let claims = claims(model, &graph, &evaluator, id);
    let routes = routes::RoutesAtDate::new(shared.procedures, facts_date);
    let mut through: crate::table::Map<StatusId, Vec<usize>> = crate::table::Map::default();
    for (index, measure) in proposal.measures.iter().enumerate() {
        if let Some(status) = measure.through {
            through.entry(status).or_default().push(index);
        }
    }
    let mut context = Context {
        model,
        graph: &graph,
        evaluator: &evaluator,
        date: facts_date,
        proposal: id,
        claims: &claims,
        grants: &[],
        law_date: date,
        routes: &routes,
        nationality: shared.nationality,
        through: &through,
    };
    let rights: Vec<GrantAnalysis> = claims
        .iter()
        .filter(|c| c.kind != ClaimKind::Status)
        .map(|claim| measures::analyse_measure(&context, claim))
        .collect();
    context.grants = &rights;
    let mut findings = rules(&context);
    let named = ClaimsByName::new(&claims);
    for finding in &mut findings {
        finding.fingerprint = fingerprint(model, id, finding, &named);
    }
    findings.sort_by(|a, b| {
        a.span
            .cmp(&b.span)
            .then(a.code.cmp(b.code))
            .then(a.message.cmp(&b.message))
    });
    // A created status costs what its most expensive consequence costs:
    // redefining a treaty status or the rights it carries.
    let mut grants: Vec<GrantAnalysis> = claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Status)
        .map(|claim| routes::analyse_creation(&context, claim, &rights))
        .collect();
    grants.extend(rights);
    let verdict = grants
        .iter()
        .map(|g| g.verdict)
        .max()
        .unwrap_or(Verdict::Compatible);
    let mut veto_players: Vec<VetoPlayer> = grants
        .iter()
        .filter(|g| g.verdict == verdict)
        .filter_map(|g| g.routes.iter().find(|r| r.chosen))
        .flat_map(|r| r.veto_players.iter().cloned())
        .collect();
    veto_players.sort();
    veto_players.dedup();
    debug_assert_eq!(grants.len(), grant_count(proposal));
    let (whole, each, drawn) = match drawings {
        Drawings::Omitted => (false, false, 0),
        Drawings::Whole => (true, false, 0),
        Drawings::Drawn => (true, true, grants.len()),
        Drawings::Each { grants } => (false, true, grants),
    };
    let diagram = whole.then(|| diagram::proposal_diagram(model, &named, &grants));
    for grant in grants.iter_mut().take(drawn) {
        grant.diagram = Some(diagram::grant_diagram(model, &named, grant));
    }
    let overview = each.then(|| diagram::overview(model, &grants));
    ProposalAnalysis {
        diagram,
        overview,
        proposal: id,
        id: proposal.id.clone(),
        title: proposal.title.clone(),
        date,
        verdict,
        grants,
        findings,
        veto_players,
    }
}

/// The facts of every measure and creation: the group's conditions, and
/// every conferral and legal basis of what it acts on checked against them.
fn claims(model: &Model, graph: &LawInForce, evaluator: &Evaluator, id: ProposalId) -> Vec<Claim> {
    let proposal = &model.proposals[id.index()];
    let mut out = Vec::new();
    for (index, creation) in proposal.creates.iter().enumerate() {
        out.push(Claim {
            kind: ClaimKind::Status,
            index,
            id: model.statuses[creation.status.index()].id.clone(),
            right: None,
            status: Some(creation.status),
            power: Power::Grant,
            object: Some(MeasureObject::Status(creation.status)),
            actor: creation.actor,
            group: Some(creation.group),
            span: creation.span,
            have: evaluator.group_conditions(creation.group),
            conferrals: Vec::new(),
            bases: Vec::new(),
        });
    }
    for (index, measure) in proposal.measures.iter().enumerate() {
        let have = measure
            .group
            .map(|g| evaluator.group_conditions(g))
            .unwrap_or_default();
        let (conferrals, bases) = checks_for(
            model,
            graph,
            evaluator,
            measure.power,
            measure.object,
            &have,
        );
        out.push(Claim {
            kind: if measure.right().is_some() {
                ClaimKind::Right
            } else {
                ClaimKind::Other
            },
            index,
            id: measure.id.clone(),
            right: measure.right(),
            status: measure.through,
            power: measure.power,
            object: Some(measure.object),
            actor: measure.actor,
            group: measure.group,
            span: measure.span,
            have,
            conferrals,
            bases,
        });
    }
    out
}

/// The conferrals of a right (for any measure on it) and the legal bases
/// for what the measure does, checked against a group's conditions.
pub fn checks_for(
    model: &Model,
    graph: &LawInForce,
    evaluator: &Evaluator,
    power: Power,
    object: MeasureObject,
    have: &[Condition],
) -> (Vec<Check>, Vec<Check>) {
    let conferrals = match object {
        MeasureObject::Right(right) => conferral_checks(model, graph, evaluator, have, right),
        _ => Vec::new(),
    };
    let bases = basis_checks(model, graph, evaluator, have, power, object);
    (conferrals, bases)
}

/// Primary law first, wording before no wording, then corpus order: the
/// order in which provisions are quoted.
pub fn quote_order(model: &Model, provision: ProvisionId) -> (InstrumentKind, bool, usize) {
    let p = &model.provisions[provision.index()];
    (
        model.instruments[p.instrument.index()].kind,
        p.text_status == TextStatus::Missing,
        provision.index(),
    )
}

fn conferral_checks(
    model: &Model,
    graph: &LawInForce,
    evaluator: &Evaluator,
    have: &[Condition],
    right: RightId,
) -> Vec<Check> {
    // Existing law must still be in force on the day the measure applies.
    let group = Described::new(have);
    let mut statements = graph.conferrals(right, evaluator.date);
    statements.sort_by_key(|s| (quote_order(model, s.provision), s.index));
    let mut checks = Vec::with_capacity(statements.len());
    for statement in statements {
        let StatementKind::Confers {
            holders,
            conditions,
            ..
        } = &graph::statement(model, statement).kind
        else {
            continue;
        };
        for holder in holders {
            let result = evaluator
                .described_meets_holder(&group, *holder)
                .and_then(|()| evaluator.described_meets_all(&group, conditions));
            checks.push(Check {
                statement,
                holder: Some(*holder),
                result,
            });
        }
    }
    checks
}

fn basis_checks(
    model: &Model,
    graph: &LawInForce,
    evaluator: &Evaluator,
    have: &[Condition],
    wanted: Power,
    target: MeasureObject,
) -> Vec<Check> {
    let group = Described::new(have);
    let mut checks: Vec<Check> = Vec::new();
    // The last basis's holders and conditions: a basis that names the same
    // persons on the same terms gets the same check, and a corpus may hold
    // thousands of bases that reach any right on no further terms, each
    // checked for every grant. Conditions compare with their place in the
    // text, which an unmet condition keeps, so terms written twice are
    // evaluated twice.
    let mut last: Option<(&Scope<Holder>, &[Condition])> = None;
    for statement in graph.legal_bases(target) {
        let StatementKind::Empowers {
            power,
            object,
            holders,
            conditions,
            excluding,
            ..
        } = &graph::statement(model, statement).kind
        else {
            continue;
        };
        let excluded = matches!(target, MeasureObject::Right(r) if excluding.contains(&r));
        // A basis serves only the kind of act it allows: facilitating the
        // exercise of a right gives it to no one new.
        if *power != wanted || !object.reaches(target) || excluded {
            continue;
        }
        let check = match (last, checks.last()) {
            (Some((h, c)), Some(known)) if h == holders && c == conditions.as_slice() => Check {
                statement,
                ..known.clone()
            },
            _ => {
                let (holder, holder_result) = match holders {
                    Scope::Any => (None, Ok(())),
                    Scope::Only(list) => best_holder(evaluator, &group, list),
                };
                let result =
                    holder_result.and_then(|()| evaluator.described_meets_all(&group, conditions));
                Check {
                    statement,
                    holder,
                    result,
                }
            }
        };
        last = Some((holders, conditions));
        checks.push(check);
    }
    checks
}

/// The holder the group meets, or else the one it comes closest to (an open failure).
pub fn best_holder(
    evaluator: &Evaluator,
    group: &Described,
    holders: &[Holder],
) -> (Option<Holder>, conditions::Meets) {
    let mut best: Option<(Holder, conditions::Meets)> = None;
    for holder in holders {
        let result = evaluator.described_meets_holder(group, *holder);
        let better = match (&best, &result) {
            (None, _) => true,
            (Some((_, Ok(()))), _) => false,
            (Some(_), Ok(())) => true,
            (Some((_, Err(old))), Err(new)) => !old.open && new.open,
        };
        if better {
            best = Some((*holder, result));
        }
    }
    match best {
        Some((holder, result)) => (Some(holder), result),
        None => (None, Ok(())),
    }
}

/// A proposal's claims by their names, found once for all its findings and
/// drawings: a search of the claims for each grew as the square of the
/// proposal (80,000 grants with a finding each took 30 s, 20,000 created
/// statuses 5 s to draw).
struct ClaimsByName<'c>(crate::table::Map<&'c str, Vec<&'c Claim>>);

impl<'c> ClaimsByName<'c> {
    fn new(claims: &'c [Claim]) -> ClaimsByName<'c> {
        let mut named: crate::table::Map<&str, Vec<&Claim>> = crate::table::Map::default();
        for claim in claims {
            named.entry(claim.id.as_str()).or_default().push(claim);
        }
        ClaimsByName(named)
    }

    /// The first claim of this name.
    fn named(&self, name: &str) -> Option<&'c Claim> {
        self.0.get(name)?.first().copied()
    }

    /// The claim a grant's analysis is of: the first of its name and kind.
    fn of(&self, grant: &GrantAnalysis) -> Option<&'c Claim> {
        self.0
            .get(grant.id.as_str())?
            .iter()
            .find(|c| c.kind == grant.kind)
            .copied()
    }
}

/// A finding's legal identity, hashed: rule, proposal, grant, right or
/// status, beneficiary and the provisions that identify it — never its
/// line, wording or the other grants of the proposal, so it survives
/// reformatting, moves and grants added or removed elsewhere, and changes
/// when any of those change.
fn fingerprint(
    model: &Model,
    proposal: ProposalId,
    finding: &Finding,
    claims: &ClaimsByName,
) -> String {
    let claim = finding.grant.as_deref().and_then(|g| claims.named(g));
    let right = claim
        .and_then(|c| {
            c.right
                .map(|r| model.rights[r.index()].id.clone())
                .or(c.status.map(|s| model.statuses[s.index()].id.clone()))
                .or(c.object.map(|o| model.object_words(o)))
        })
        .unwrap_or_default();
    let beneficiary = claim
        .and_then(|c| c.group)
        .map(|g| model.groups[g.index()].id.clone())
        .unwrap_or_default();
    let mut provisions: Vec<String> = finding
        .identity
        .iter()
        .map(|p| model.citation(*p))
        .collect();
    provisions.sort();
    provisions.dedup();
    let identity = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        finding.code,
        model.proposals[proposal.index()].id,
        finding.grant.as_deref().unwrap_or(""),
        right,
        beneficiary,
        provisions.join(",")
    );
    crate::digest::Digest::default()
        .update(identity.as_bytes())
        .hex()
}

/// The veto players of a procedure at a date.
pub fn veto_players(model: &Model, procedure: ProcedureId, date: Date) -> Vec<VetoPlayer> {
    let members = model.states.iter().filter(|s| s.is_member_at(date)).count();
    model.procedures[procedure.index()]
        .veto
        .iter()
        .map(|a| {
            let actor = &model.actors[a.index()];
            VetoPlayer {
                actor: actor.id.clone(),
                title: actor.title.clone(),
                count: if actor.per_member_state { members } else { 1 },
                per_member_state: actor.per_member_state,
            }
        })
        .collect()
}
