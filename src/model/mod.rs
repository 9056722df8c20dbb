//! The resolved legal model: instruments, provisions and the statements
//! attached to them, the vocabulary of rights, statuses, conditions and
//! procedures, the facts, and the proposals — every name resolved.
//!
//! This is the only place names are resolved (src/model/resolve.rs). Later
//! stages index the model by the typed ids below and never look a name up
//! again. The model knows the law's categories (a status, a legal basis, a
//! Member State at a date) but nothing of graphs, verdicts or output formats.

mod resolve;
pub mod succession;
pub mod words;

pub use crate::syntax::ast::Date;
pub use resolve::{lookup_citation, lookup_instrument, resolve};

use crate::source::Span;
use crate::table::Map;

macro_rules! ids {
    ($($(#[doc = $doc:literal])* $name:ident),* $(,)?) => {$(
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(u32);

        impl $name {
            /// The id of entry `index` of its table.
            pub fn new(index: usize) -> $name {
                $name(id_of(index))
            }

            /// The entry's place in its table.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

/// Ids are kept in 32 bits: the model, its graph and every check of the
/// analysis hold them by the hundred thousand. The size limits
/// ([`crate::load::MAX_TOTAL_BYTES`]) keep every table far below 2^32
/// entries; an index beyond would be kept as the last id.
fn id_of(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

ids! {
    /// Index into [`Model::instruments`].
    InstrumentId,
    /// Index into [`Model::provisions`].
    ProvisionId,
    /// Index into [`Model::rights`].
    RightId,
    /// Index into [`Model::statuses`].
    StatusId,
    /// Index into [`Model::conditions`].
    ConditionId,
    /// Index into [`Model::groups`].
    GroupId,
    /// Index into [`Model::actors`].
    ActorId,
    /// Index into [`Model::states`].
    StateId,
    /// Index into [`Model::procedures`].
    ProcedureId,
    /// Index into [`Model::proposals`].
    ProposalId,
    /// Index into [`Model::tests`].
    TestId,
    /// Index into [`Model::arrangements`].
    ArrangementId,
}

/// Everything the corpus and the proposals say, resolved.
#[derive(Debug, Clone, Default)]
pub struct Model {
    pub instruments: Vec<Instrument>,
    /// Articles and their subdivisions, each article followed by its subdivisions.
    pub provisions: Vec<Provision>,
    pub rights: Vec<Named>,
    pub statuses: Vec<Status>,
    pub conditions: Vec<ConditionDef>,
    pub groups: Vec<Group>,
    pub actors: Vec<Actor>,
    pub states: Vec<State>,
    pub procedures: Vec<Procedure>,
    pub proposals: Vec<Proposal>,
    /// Tests a limit lays down: proportionality, equal treatment, ...
    pub tests: Vec<Named>,
    /// Institutional arrangements an agreement may set up.
    pub arrangements: Vec<Named>,
    /// Every name and citation as written, with what it stands for, in
    /// file and position order: what an editor needs to go from a place in
    /// the text to the law and back, without resolving anything again.
    /// Empty unless resolved with [`References::Recorded`].
    pub references: Vec<Reference>,
    /// Instruments and articles by the ids a reader writes, kept as they
    /// are added, so that a lookup never walks a list.
    pub index: Index,
    /// Citations in every numbering, worded on first use (see [`Model::cited`]).
    pub citations: words::Citations,
    /// Succession chains, found once every link is made (see [`Model::succession`]).
    pub chains: succession::Chains,
}

/// What a name or citation written in a file stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    Instrument(InstrumentId),
    Provision(ProvisionId),
    Right(RightId),
    Status(StatusId),
    Condition(ConditionId),
    Group(GroupId),
    Actor(ActorId),
    State(StateId),
    StateClass(StateClass),
    Procedure(ProcedureId),
    Test(TestId),
    Arrangement(ArrangementId),
}

/// Whether the resolver records every name and citation as written: the
/// language server needs them, `lint` and `check` do not, and at a large
/// corpus's size they are a sorted table of a million places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum References {
    Recorded,
    #[default]
    Omitted,
}

/// One place where a name or citation is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Reference {
    pub span: Span,
    pub target: Target,
    /// The place that declares it, rather than one that uses it.
    pub declaration: bool,
}

/// Instruments by id and articles by instrument and number.
#[derive(Debug, Clone, Default)]
pub struct Index {
    instruments: Map<String, InstrumentId>,
    /// By instrument, then number: a lookup borrows the number it is
    /// given instead of building a key (citations are looked up by the
    /// hundred thousand).
    articles: Map<InstrumentId, Map<String, ProvisionId>>,
}

impl Index {
    /// The instrument of this id.
    pub fn instrument(&self, id: &str) -> Option<InstrumentId> {
        self.instruments.get(id).copied()
    }

    /// The article of an instrument with this number.
    pub fn article(&self, instrument: InstrumentId, number: &str) -> Option<ProvisionId> {
        self.articles.get(&instrument)?.get(number).copied()
    }

    /// Records an instrument; the first of an id stays.
    pub fn add_instrument(&mut self, id: &str, instrument: InstrumentId) {
        self.instruments.entry(id.to_string()).or_insert(instrument);
    }

    /// Records an article; the first of a number stays.
    pub fn add_article(&mut self, instrument: InstrumentId, number: &str, article: ProvisionId) {
        let articles = self.articles.entry(instrument).or_default();
        if !articles.contains_key(number) {
            articles.insert(number.to_owned(), article);
        }
    }
}

/// A period during which something is in force or a State is a member; both
/// ends are included, and no `until` means "still".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: Date,
    pub until: Option<Date>,
    pub span: Span,
}

impl Period {
    pub fn contains(&self, date: Date) -> bool {
        within(self.from, self.until, date)
    }
}

/// Whether `date` falls from `from` to `until`, both included; no `until`
/// means "still". What [`Period::contains`] asks, for a period kept
/// without its span.
pub fn within(from: Date, until: Option<Date>, date: Date) -> bool {
    from <= date && until.is_none_or(|u| date <= u)
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.until {
            Some(until) => write!(f, "{} to {}", self.from, until),
            None => write!(f, "from {}", self.from),
        }
    }
}

/// What kind of legal act an instrument is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum InstrumentKind {
    Treaty,
    Charter,
    Declaration,
    /// A protocol annexed to the Treaties: primary law.
    Protocol,
    Regulation,
    Directive,
    /// A decision of the Council or the European Council.
    Decision,
    /// An act such as the 1976 Act on direct elections to the European Parliament.
    Act,
    Agreement,
    /// A convention of the Council of Europe or another international organisation.
    Convention,
    /// A judgment of the Court of Justice or the General Court.
    Judgment,
    /// An Opinion of the Court of Justice on an envisaged agreement.
    Opinion,
}

impl InstrumentKind {
    pub const WORDS: &'static [(&'static str, InstrumentKind)] = &[
        ("treaty", InstrumentKind::Treaty),
        ("charter", InstrumentKind::Charter),
        ("declaration", InstrumentKind::Declaration),
        ("protocol", InstrumentKind::Protocol),
        ("regulation", InstrumentKind::Regulation),
        ("directive", InstrumentKind::Directive),
        ("decision", InstrumentKind::Decision),
        ("act", InstrumentKind::Act),
        ("agreement", InstrumentKind::Agreement),
        ("convention", InstrumentKind::Convention),
        ("judgment", InstrumentKind::Judgment),
        ("opinion", InstrumentKind::Opinion),
    ];

    /// Case law: its units are the paragraphs of the grounds, cited by case number.
    pub fn is_case_law(self) -> bool {
        matches!(self, InstrumentKind::Judgment | InstrumentKind::Opinion)
    }

    pub fn word(self) -> &'static str {
        word_of(Self::WORDS, self)
    }

    /// Primary law: changing it takes treaty revision.
    pub fn is_primary_law(self) -> bool {
        matches!(
            self,
            InstrumentKind::Treaty
                | InstrumentKind::Charter
                | InstrumentKind::Declaration
                | InstrumentKind::Protocol
        )
    }
}

/// How far a provision's wording has been checked against an official text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextStatus {
    /// Copied from the Official Journal or EUR-Lex.
    Official,
    /// Copied from a non-official reproduction of the official text.
    ThirdParty,
    /// Only part of the wording was found in a source; the rest is unverified.
    PartlyVerified,
    /// Put together from verified text and a verified amending instruction.
    Derived,
    /// Written from memory: must not be cited as verbatim.
    Unverified,
    /// No wording was found: number and heading only.
    Missing,
}

impl TextStatus {
    pub const WORDS: &'static [(&'static str, TextStatus)] = &[
        ("official", TextStatus::Official),
        ("third-party", TextStatus::ThirdParty),
        ("partly-verified", TextStatus::PartlyVerified),
        ("derived", TextStatus::Derived),
        ("unverified", TextStatus::Unverified),
        ("missing", TextStatus::Missing),
    ];

    pub fn word(self) -> &'static str {
        word_of(Self::WORDS, self)
    }

    /// What a reader must be told about the wording.
    pub fn describe(self) -> &'static str {
        match self {
            TextStatus::Official => "verified against the official text",
            TextStatus::ThirdParty => {
                "copied from a third-party reproduction, not from the Official Journal"
            }
            TextStatus::PartlyVerified => "only partly verified: part of the wording is unverified",
            TextStatus::Derived => {
                "derived from verified text and a verified amendment, not seen in consolidated form"
            }
            TextStatus::Unverified => {
                "UNVERIFIED: not checked against any source, do not quote as verbatim"
            }
            TextStatus::Missing => "no text available: number and heading only",
        }
    }
}

/// The verdict a route yields, cheapest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RouteKind {
    NationalCompetence,
    SecondaryLegislation,
    InternationalAgreement,
    SpecialProcedure,
    TreatyRevision,
}

impl RouteKind {
    pub const WORDS: &'static [(&'static str, RouteKind)] = &[
        ("national-competence", RouteKind::NationalCompetence),
        ("secondary-legislation", RouteKind::SecondaryLegislation),
        ("international-agreement", RouteKind::InternationalAgreement),
        ("special-procedure", RouteKind::SpecialProcedure),
        ("treaty-revision", RouteKind::TreatyRevision),
    ];

    pub fn word(self) -> &'static str {
        word_of(Self::WORDS, self)
    }
}

/// How the deciding body votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Voting {
    None,
    SimpleMajority,
    QualifiedMajority,
    Unanimity,
    CommonAccord,
}

impl Voting {
    pub const WORDS: &'static [(&'static str, Voting)] = &[
        ("none", Voting::None),
        ("simple-majority", Voting::SimpleMajority),
        ("qualified-majority", Voting::QualifiedMajority),
        ("unanimity", Voting::Unanimity),
        ("common-accord", Voting::CommonAccord),
    ];

    pub fn word(self) -> &'static str {
        word_of(Self::WORDS, self)
    }
}

/// The court that gave a judgment or an opinion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Court {
    CourtOfJustice,
    GeneralCourt,
}

impl Court {
    pub const WORDS: &'static [(&'static str, Court)] = &[
        ("court-of-justice", Court::CourtOfJustice),
        ("general-court", Court::GeneralCourt),
    ];

    pub fn word(self) -> &'static str {
        word_of(Self::WORDS, self)
    }
}

/// How far the Treaties apply to a territory (TFEU 355).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TreatiesApply {
    Fully,
    Partly,
    Not,
}

impl TreatiesApply {
    pub const WORDS: &'static [(&'static str, TreatiesApply)] = &[
        ("fully", TreatiesApply::Fully),
        ("partly", TreatiesApply::Partly),
        ("not", TreatiesApply::Not),
    ];

    pub fn word(self) -> &'static str {
        word_of(Self::WORDS, self)
    }
}

/// Whom a limit or a prohibition binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LimitActor {
    Union,
    MemberState,
    Anyone,
}

impl LimitActor {
    pub const WORDS: &'static [(&'static str, LimitActor)] = &[
        ("union", LimitActor::Union),
        ("member-state", LimitActor::MemberState),
        ("anyone", LimitActor::Anyone),
    ];

    pub fn word(self) -> &'static str {
        word_of(Self::WORDS, self)
    }

    pub fn binds(self, actor: ActorKind) -> bool {
        match self {
            LimitActor::Anyone => true,
            LimitActor::Union => actor == ActorKind::Union,
            LimitActor::MemberState => actor != ActorKind::Union,
        }
    }
}

fn word_of<T: PartialEq + Copy>(words: &'static [(&'static str, T)], value: T) -> &'static str {
    words
        .iter()
        .find(|(_, v)| *v == value)
        .map(|(w, _)| *w)
        .expect("every value has a word")
}

#[derive(Debug, Clone)]
pub struct Instrument {
    /// `TFEU`, `EC-1992`.
    pub id: String,
    pub title: String,
    pub kind: InstrumentKind,
    pub journal: Option<String>,
    pub celex: Option<String>,
    pub url: Option<String>,
    pub signed: Option<Date>,
    pub in_force: Vec<Period>,
    /// The legal bases an act of secondary law was adopted under.
    pub based_on: Vec<ProvisionId>,
    /// For case law: the court, case number, ECLI and day of delivery.
    pub court: Option<Court>,
    pub case: Option<String>,
    pub ecli: Option<String>,
    pub decided: Option<Date>,
    pub notes: Vec<String>,
    pub articles: Vec<ProvisionId>,
    pub span: Span,
}

impl Instrument {
    pub fn in_force_at(&self, date: Date) -> bool {
        self.in_force.iter().any(|p| p.contains(date))
    }
}

/// Whether a provision is a whole article or a part of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProvisionKind {
    Article,
    Paragraph,
    Subparagraph,
    Point,
}

impl ProvisionKind {
    pub fn word(self) -> &'static str {
        match self {
            ProvisionKind::Article => "Article",
            ProvisionKind::Paragraph => "paragraph",
            ProvisionKind::Subparagraph => "subparagraph",
            ProvisionKind::Point => "point",
        }
    }
}

/// An article or one of its paragraphs or points.
#[derive(Debug, Clone)]
pub struct Provision {
    pub instrument: InstrumentId,
    pub kind: ProvisionKind,
    /// The article number: `20`, `8a`.
    pub article: String,
    /// The labels below the article: `["2", "a"]` for `TFEU 20(2)(a)`.
    pub labels: Vec<String>,
    pub heading: Option<String>,
    /// The verbatim wording of this provision alone (not of its subdivisions).
    pub text: Option<std::sync::Arc<str>>,
    /// Its own text status, or else its article's.
    pub text_status: TextStatus,
    /// Its own source, or else its article's: shared, since every provision
    /// of a file usually names the same one.
    pub source: Option<std::sync::Arc<str>>,
    /// Its own in-force periods, or else its article's, or else its instrument's.
    pub in_force: Vec<Period>,
    pub parent: Option<ProvisionId>,
    pub children: Vec<ProvisionId>,
    pub statements: Vec<Statement>,
    /// The fields few provisions have, each group in a box of its own: a
    /// large corpus holds hundreds of thousands of provisions, and these
    /// would take two fifths of each.
    details: Option<Box<ProvisionDetails>>,
    links: Option<Box<ProvisionLinks>>,
    pub head_span: Span,
    pub span: Span,
}

/// A provision's own Official Journal reference, CELEX number, address and
/// notes.
#[derive(Debug, Clone, Default)]
pub(crate) struct ProvisionDetails {
    pub(crate) journal: Option<String>,
    pub(crate) celex: Option<String>,
    pub(crate) url: Option<String>,
    pub(crate) notes: Vec<String>,
}

impl ProvisionDetails {
    /// In a box, when there is anything to keep.
    pub(crate) fn boxed(self) -> Option<Box<ProvisionDetails>> {
        let empty = self.journal.is_none()
            && self.celex.is_none()
            && self.url.is_none()
            && self.notes.is_empty();
        (!empty).then(|| Box::new(self))
    }
}

/// How a provision stands to others over time.
#[derive(Debug, Clone, Default)]
pub(crate) struct ProvisionLinks {
    /// Earlier provisions this one took over from (`succeeds`).
    pub(crate) predecessors: Vec<ProvisionId>,
    /// Later provisions that took over from this one: the reverse of `predecessors`.
    pub(crate) successors: Vec<ProvisionId>,
    /// Provisions with the same content in force at the same time.
    pub(crate) equivalents: Vec<ProvisionId>,
}

impl Provision {
    pub fn in_force_at(&self, date: Date) -> bool {
        self.in_force.iter().any(|p| p.contains(date))
    }

    /// Its own Official Journal reference.
    pub fn journal(&self) -> Option<&str> {
        self.details.as_ref()?.journal.as_deref()
    }

    /// Its own CELEX number.
    pub fn celex(&self) -> Option<&str> {
        self.details.as_ref()?.celex.as_deref()
    }

    /// Its own web address, checked when resolved.
    pub fn url(&self) -> Option<&str> {
        self.details.as_ref()?.url.as_deref()
    }

    pub fn notes(&self) -> &[String] {
        self.details.as_ref().map_or(&[], |d| &d.notes)
    }

    /// Earlier provisions this one took over from (`succeeds`).
    pub fn predecessors(&self) -> &[ProvisionId] {
        self.links.as_ref().map_or(&[], |l| &l.predecessors)
    }

    /// Later provisions that took over from this one: the reverse of
    /// [`Provision::predecessors`].
    pub fn successors(&self) -> &[ProvisionId] {
        self.links.as_ref().map_or(&[], |l| &l.successors)
    }

    /// Provisions with the same content in force at the same time.
    pub fn equivalents(&self) -> &[ProvisionId] {
        self.links.as_ref().map_or(&[], |l| &l.equivalents)
    }

    /// The details, made when the first is set.
    pub(crate) fn details_mut(&mut self) -> &mut ProvisionDetails {
        self.details.get_or_insert_with(Box::default)
    }

    /// The links, made when the first is set.
    pub(crate) fn links_mut(&mut self) -> &mut ProvisionLinks {
        self.links.get_or_insert_with(Box::default)
    }
}

/// A right or any other name with the words it stands for.
#[derive(Debug, Clone)]
pub struct Named {
    pub id: String,
    pub title: String,
    pub span: Span,
}

/// A status; the provisions that define it hold its conditions.
#[derive(Debug, Clone)]
pub struct Status {
    pub id: String,
    pub title: String,
    /// The proposal that means to create it, for a status no corpus file declares.
    pub created_by: Option<ProposalId>,
    pub span: Span,
}

/// The kind of thing a condition's argument must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ParameterKind {
    State,
    /// A status, or a group (family members of a group).
    Status,
    Group,
}

impl ParameterKind {
    pub const WORDS: &'static [(&'static str, ParameterKind)] = &[
        ("state", ParameterKind::State),
        ("status", ParameterKind::Status),
        ("group", ParameterKind::Group),
    ];

    pub fn word(self) -> &'static str {
        word_of(Self::WORDS, self)
    }
}

/// The condition the language reads as holding a State's nationality: a
/// measure granting or withdrawing `nationality(STATE)` adds or removes it,
/// and the statuses defined by it follow.
pub const NATIONALITY: &str = "holds-nationality";

#[derive(Debug, Clone)]
pub struct ConditionDef {
    pub id: String,
    pub parameters: Vec<ParameterKind>,
    pub title: String,
    /// Conditions that hold, with the same arguments, whenever this one does.
    pub implies: Vec<ConditionId>,
    pub span: Span,
}

/// Classes of States that conditions can name instead of one State. They are
/// part of the language: `holds-nationality(member-state)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StateClass {
    /// Any State that is a Member State at the date considered.
    MemberState,
    /// A Member State other than the person's own.
    OtherMemberState,
    /// Any State that is not a Member State at the date considered.
    ThirdCountry,
    /// The Member State whose nationality the person holds.
    OwnMemberState,
}

impl StateClass {
    pub const WORDS: &'static [(&'static str, StateClass)] = &[
        ("member-state", StateClass::MemberState),
        ("other-member-state", StateClass::OtherMemberState),
        ("third-country", StateClass::ThirdCountry),
        ("own-member-state", StateClass::OwnMemberState),
    ];

    pub fn word(self) -> &'static str {
        word_of(Self::WORDS, self)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Argument {
    State(StateId),
    StateClass(StateClass),
    Status(StatusId),
    Group(GroupId),
}

/// What one condition term asks of a person.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConditionKind {
    /// Holds a status: `union-citizen`.
    Holds(StatusId),
    /// Belongs to a group: `uk-nationals`.
    InGroup(GroupId),
    /// A declared condition and its arguments: `resides-in(member-state)`.
    /// Shared, not copied: the analysis copies conditions by the thousand
    /// (a group's expansion, each unmet condition it reports).
    Test(ConditionId, std::sync::Arc<[Argument]>),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Condition {
    pub negated: bool,
    pub kind: ConditionKind,
    pub span: Span,
}

/// Who a right or a legal basis reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Holder {
    Status(StatusId),
    Group(GroupId),
}

/// A list of names, or everything of that kind (`any right`, `any person`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope<T> {
    Any,
    Only(Vec<T>),
}

pub use crate::syntax::ast::{ActorKind, Power};

/// What a legal basis, a limit or a prohibition acts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Object {
    Rights(Scope<RightId>),
    Nationality,
    Statuses(Vec<StatusId>),
    Arrangements(Vec<ArrangementId>),
    Instruments(Vec<InstrumentId>),
}

impl Object {
    /// Whether it reaches what one measure acts on.
    pub fn reaches(&self, target: MeasureObject) -> bool {
        match (self, target) {
            (Object::Rights(Scope::Any), MeasureObject::Right(_)) => true,
            (Object::Rights(Scope::Only(rights)), MeasureObject::Right(r)) => rights.contains(&r),
            (Object::Nationality, MeasureObject::Nationality(_)) => true,
            (Object::Statuses(statuses), MeasureObject::Status(s)) => statuses.contains(&s),
            (Object::Arrangements(list), MeasureObject::Arrangement(a)) => list.contains(&a),
            (Object::Instruments(list), MeasureObject::Instrument(i)) => list.contains(&i),
            _ => false,
        }
    }
}

/// What a provision does in law.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatementKind {
    /// The status is held by whoever meets all the conditions.
    Defines {
        status: StatusId,
        conditions: Vec<Condition>,
    },
    /// The rights belong to the holders, where the conditions hold and no limit applies.
    Confers {
        rights: Vec<RightId>,
        holders: Vec<Holder>,
        conditions: Vec<Condition>,
        limits: Vec<Condition>,
    },
    /// A legal basis: the actor may, by the procedure, act on these rights for these persons.
    Empowers {
        actor: ActorId,
        procedure: ProcedureId,
        power: Power,
        object: Object,
        holders: Scope<Holder>,
        conditions: Vec<Condition>,
        excluding: Vec<RightId>,
    },
    /// Whoever of these actors does this, to these persons, must meet the tests.
    Limits {
        actor: LimitActor,
        power: Power,
        object: Object,
        holders: Scope<Holder>,
        conditions: Vec<Condition>,
        tests: Vec<TestId>,
    },
    /// Whoever of these actors does this, to these persons, breaches the Treaties.
    Forbids {
        actor: LimitActor,
        power: Power,
        object: Object,
        holders: Scope<Holder>,
        conditions: Vec<Condition>,
    },
    /// The instruments may be amended by the procedure.
    Amends {
        instruments: Vec<InstrumentId>,
        procedure: ProcedureId,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub kind: StatementKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub id: String,
    pub title: String,
    /// The conditions when the group has one alternative; the first alternative otherwise.
    pub conditions: Vec<Condition>,
    /// Every alternative (`or`, and lists of States expanded), each a list that must all hold.
    pub alternatives: Vec<Vec<Condition>>,
    pub note: Option<String>,
    /// The proposal the group belongs to; `None` for a corpus group.
    pub proposal: Option<ProposalId>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Actor {
    pub id: String,
    pub title: String,
    /// Counts once per Member State (the governments, the national parliaments).
    pub per_member_state: bool,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct State {
    pub id: String,
    pub title: String,
    /// For a territory (TFEU 355): the State it belongs to, and how far the Treaties apply.
    pub territory_of: Option<(StateId, TreatiesApply)>,
    pub membership: Vec<Period>,
    pub span: Span,
}

impl State {
    pub fn is_member_at(&self, date: Date) -> bool {
        self.membership.iter().any(|p| p.contains(date))
    }
}

#[derive(Debug, Clone)]
pub struct Procedure {
    pub id: String,
    pub title: String,
    pub route: RouteKind,
    pub cost_rank: u32,
    pub steps: Vec<String>,
    pub decides: Vec<ActorId>,
    pub voting: Voting,
    pub consent: Vec<ActorId>,
    pub ratified_by: Vec<ActorId>,
    pub veto: Vec<ActorId>,
    pub described_in: Option<ProvisionId>,
    pub notes: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Proposal {
    pub id: String,
    pub title: String,
    pub source: Option<String>,
    /// The day of the decision: the law in force then judges it.
    pub date: Option<Date>,
    /// The day it starts to apply, when later: facts are read then.
    pub applies_from: Option<Date>,
    /// Who acts, unless a measure says otherwise.
    pub actor: MeasureActor,
    /// The corpus instrument the proposal is, judged without it.
    pub enacts: Option<InstrumentId>,
    pub proposed_by: Option<String>,
    pub addressed_to: Option<ActorId>,
    /// Why the proposal was made up, for one invented for testing.
    pub invented: Option<String>,
    pub notes: Vec<String>,
    pub groups: Vec<GroupId>,
    pub creates: Vec<Creation>,
    pub measures: Vec<Measure>,
    pub head_span: Span,
    pub span: Span,
}

/// A status the proposal means to create, for a group.
#[derive(Debug, Clone)]
pub struct Creation {
    pub status: StatusId,
    /// True when the name is a status the corpus already declares.
    pub redefines: bool,
    pub group: GroupId,
    pub actor: MeasureActor,
    pub applies_from: Option<Date>,
    pub note: Option<String>,
    pub span: Span,
}

/// Who acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MeasureActor {
    pub kind: ActorKind,
    /// The Member State acting, for `member-state STATE`.
    pub state: Option<StateId>,
    /// The third State party to an agreement.
    pub with: Option<StateId>,
}

impl Default for MeasureActor {
    fn default() -> Self {
        MeasureActor {
            kind: ActorKind::Union,
            state: None,
            with: None,
        }
    }
}

/// What one measure acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MeasureObject {
    Right(RightId),
    /// The nationality of this State.
    Nationality(StateId),
    Status(StatusId),
    Arrangement(ArrangementId),
    Instrument(InstrumentId),
}

/// One thing a proposal does: grant, withhold, withdraw, arrange, accede or
/// implement, for one object. A measure naming several rights (a bundle)
/// becomes one of these per right, sharing its `measure` name.
#[derive(Debug, Clone)]
pub struct Measure {
    /// This object's own id: the `as` name (with `/right` in a bundle), or the right's.
    pub id: String,
    /// The name of the measure it belongs to.
    pub measure: String,
    pub power: Power,
    pub object: MeasureObject,
    /// To or from whom; `None` for arrangements and accessions.
    pub group: Option<GroupId>,
    pub actor: MeasureActor,
    pub applies_from: Option<Date>,
    /// Tests the proposal states the measure meets, or fails.
    pub meets: Vec<TestId>,
    pub fails: Vec<TestId>,
    pub through: Option<StatusId>,
    pub likely: bool,
    pub basis: Option<ProvisionId>,
    pub basis_procedure: Option<ProcedureId>,
    pub note: Option<String>,
    pub span: Span,
}

impl Measure {
    pub fn right(&self) -> Option<RightId> {
        match self.object {
            MeasureObject::Right(r) => Some(r),
            _ => None,
        }
    }
}

impl Model {
    /// The words of what a measure acts on: `vote-ep`, `nationality(malta)`.
    pub fn object_words(&self, object: MeasureObject) -> String {
        match object {
            MeasureObject::Right(r) => self.rights[r.index()].id.clone(),
            MeasureObject::Nationality(s) => format!("nationality({})", self.states[s.index()].id),
            MeasureObject::Status(s) => self.statuses[s.index()].id.clone(),
            MeasureObject::Arrangement(a) => self.arrangements[a.index()].id.clone(),
            MeasureObject::Instrument(i) => self.instruments[i.index()].id.clone(),
        }
    }

    /// The title of what a measure acts on.
    pub fn object_title(&self, object: MeasureObject) -> String {
        match object {
            MeasureObject::Right(r) => self.rights[r.index()].title.clone(),
            MeasureObject::Nationality(s) => {
                format!("the nationality of {}", self.states[s.index()].title)
            }
            MeasureObject::Status(s) => self.statuses[s.index()].title.clone(),
            MeasureObject::Arrangement(a) => self.arrangements[a.index()].title.clone(),
            MeasureObject::Instrument(i) => self.instruments[i.index()].title.clone(),
        }
    }

    /// A provision as a reader cites it: `TFEU 20(1)`, or for case law
    /// `C-369/90, paragraph 10`.
    pub fn display_citation(&self, id: ProvisionId) -> String {
        let p = &self.provisions[id.index()];
        let instrument = &self.instruments[p.instrument.index()];
        match (&instrument.case, instrument.kind.is_case_law()) {
            (Some(case), true) => {
                // Numbered paragraphs of the grounds; the operative part and
                // other parts by their name.
                let part = match p.article.as_str() {
                    "operative" => "operative part".to_string(),
                    n if n.starts_with(|c: char| c.is_ascii_digit()) => format!("paragraph {n}"),
                    other => other.to_string(),
                };
                let mut s = format!("{case} ({}), {part}", instrument.id);
                if !p.labels.is_empty() {
                    s.push(' ');
                }
                for label in &p.labels {
                    s.push('(');
                    s.push_str(label);
                    s.push(')');
                }
                s
            }
            _ => self.citation(id),
        }
    }

    /// [`Model::display_citation`] written at the end of `out`: a sentence
    /// that names provision after provision needs no string for each.
    pub fn push_display_citation(&self, out: &mut String, id: ProvisionId) {
        let p = &self.provisions[id.index()];
        if self.instruments[p.instrument.index()].kind.is_case_law() {
            out.push_str(&self.display_citation(id));
        } else {
            self.push_citation(out, id);
        }
    }

    /// Where the Court's case law resolves a judgment's ECLI, for the
    /// provision's instrument; `None` unless it has a well-formed ECLI, so
    /// that nothing from a file reaches a link unchecked.
    pub fn case_address(&self, provision: ProvisionId) -> Option<String> {
        let instrument = &self.instruments[self.provisions[provision.index()].instrument.index()];
        let ecli = instrument.ecli.as_deref()?;
        let well_formed = ecli.starts_with("ECLI:")
            && ecli
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == ':' || c == '.');
        well_formed
            .then(|| format!("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=ecli:{ecli}"))
    }

    /// The judgment or opinion with this case number (`C-369/90`,
    /// `Opinion 2/13`) or ECLI, whatever the case of its letters.
    pub fn find_case(&self, wanted: &str) -> Option<InstrumentId> {
        let wanted = wanted.trim();
        self.instruments
            .iter()
            .position(|i| {
                i.kind.is_case_law()
                    && [&i.case, &i.ecli]
                        .iter()
                        .any(|v| v.as_deref().is_some_and(|v| v.eq_ignore_ascii_case(wanted)))
            })
            .map(InstrumentId::new)
    }

    /// "TFEU 21(1), formerly EC-1997 18(1) and EC-1992 8a(1)", or for an
    /// old provision "EC-1992 8a(1), now TFEU 21(1)": the same provision in
    /// every numbering the corpus links it to. Worded once per provision:
    /// reports cite the same legal bases and conferrals for grant after
    /// grant. Only for a complete model: the resolver never calls it.
    pub fn cited(&self, provision: ProvisionId) -> std::borrow::Cow<'_, str> {
        self.citations
            .words(self.provisions.len(), provision.index(), || {
                words::every_numbering(self, provision)
            })
    }

    /// `TFEU 20(2)(a)`.
    pub fn citation(&self, id: ProvisionId) -> String {
        // Room for most citations with the numberings `cited` adds.
        let mut s = String::with_capacity(64);
        self.push_citation(&mut s, id);
        s
    }

    /// [`Model::citation`] written at the end of `out`: the analysis cites
    /// provisions by the hundred thousand, several to a sentence.
    pub fn push_citation(&self, out: &mut String, id: ProvisionId) {
        let p = &self.provisions[id.index()];
        out.push_str(&self.instruments[p.instrument.index()].id);
        out.push(' ');
        out.push_str(&p.article);
        for label in &p.labels {
            out.push('(');
            out.push_str(label);
            out.push(')');
        }
    }

    /// `TFEU › Article 20 › paragraph 2 › point (a)`.
    pub fn legal_path(&self, id: ProvisionId) -> String {
        let mut chain = vec![id];
        while let Some(parent) = self.provisions[chain[chain.len() - 1].index()].parent {
            chain.push(parent);
        }
        let first = &self.provisions[id.index()];
        let mut parts = vec![self.instruments[first.instrument.index()].id.clone()];
        for pid in chain.iter().rev() {
            let p = &self.provisions[pid.index()];
            let case_law = self.instruments[first.instrument.index()]
                .kind
                .is_case_law();
            parts.push(match (p.kind, p.labels.last()) {
                (ProvisionKind::Article, _) | (_, None) if case_law => {
                    format!("paragraph {}", p.article)
                }
                (ProvisionKind::Article, _) | (_, None) => format!("Article {}", p.article),
                (ProvisionKind::Point, Some(label)) => format!("point ({label})"),
                (kind, Some(label)) => format!("{} {label}", kind.word()),
            });
        }
        parts.join(" › ")
    }

    /// The article a provision belongs to (itself, for an article).
    pub fn article_of(&self, mut id: ProvisionId) -> ProvisionId {
        while let Some(parent) = self.provisions[id.index()].parent {
            id = parent;
        }
        id
    }

    /// Every provision in the article, the article first, in document order.
    pub fn article_provisions(&self, article: ProvisionId) -> Vec<ProvisionId> {
        let mut out = Vec::new();
        let mut stack = vec![article];
        while let Some(id) = stack.pop() {
            out.push(id);
            stack.extend(self.provisions[id.index()].children.iter().rev());
        }
        out
    }

    /// Finds a provision by instrument id, article number and labels.
    /// The provision an instrument id, an article number and labels name.
    pub fn find_provision(
        &self,
        instrument: &str,
        article: &str,
        labels: &[String],
    ) -> Option<ProvisionId> {
        let instrument = self.index.instrument(instrument)?;
        self.subdivision(self.index.article(instrument, article)?, labels)
    }

    /// The subdivision of an article that these labels name, one level each.
    pub fn subdivision(&self, article: ProvisionId, labels: &[String]) -> Option<ProvisionId> {
        let mut current = article;
        for label in labels {
            current = *self.provisions[current.index()]
                .children
                .iter()
                .find(|c| self.provisions[c.index()].labels.last() == Some(label))?;
        }
        Some(current)
    }

    /// The whole chain of a provision's predecessors and successors, oldest
    /// first, through every `succeeds` link in either direction, and the
    /// provision's place in it.
    pub fn succession(&self, id: ProvisionId) -> (std::borrow::Cow<'_, [ProvisionId]>, usize) {
        self.chains.of(self, id)
    }
}
