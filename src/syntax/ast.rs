//! The syntax tree: what a file says, with a span on every part, and no
//! legal meaning. Names are plain text here; the model resolves them.

use crate::source::Span;

/// A piece of syntax and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(value: T, span: Span) -> Spanned<T> {
        Spanned { value, span }
    }
}

/// A kebab-case name, a fixed word, or an instrument id, as written.
pub type Name = Spanned<String>;

/// A date as written; its validity was checked when the tree was built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// `in-force 1993-11-01 until 1999-04-30`, or a membership period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub from: Spanned<Date>,
    pub until: Option<Spanned<Date>>,
    pub span: Span,
}

/// `TFEU 20(2)(a)`: an instrument, an article number and subdivision labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub instrument: Name,
    pub article: String,
    pub labels: Vec<String>,
    pub span: Span,
}

impl std::fmt::Display for Citation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.instrument.value, self.article)?;
        for label in &self.labels {
            write!(f, "({label})")?;
        }
        Ok(())
    }
}

/// A parsed file: its top-level items in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct File {
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    // The rare large items are boxed, so that the list of a corpus's items,
    // nearly all articles, holds an article's size per item.
    Instrument(Box<Instrument>),
    Article(Article),
    /// `extend article ...`: additions to an article declared elsewhere.
    Extension(Article),
    Procedure(Box<Procedure>),
    Actor(Actor),
    State(State),
    Right(Vocabulary),
    Status(Vocabulary),
    Condition(ConditionDecl),
    Test(Vocabulary),
    Arrangement(Vocabulary),
    Group(Group),
    Proposal(Box<Proposal>),
}

/// A note, source, journal reference or similar one-string entry.
pub type Text = Spanned<String>;

/// A provision's wording: shared, not copied, by the model and by every
/// quote of it in an analysis (a large corpus quotes tens of megabytes).
pub type Wording = Spanned<std::sync::Arc<str>>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instrument {
    pub id: Name,
    pub title: Text,
    pub kind: Option<Name>,
    pub journal: Option<Text>,
    pub celex: Option<Text>,
    pub url: Option<Text>,
    pub signed: Option<Spanned<Date>>,
    pub in_force: Vec<Period>,
    /// The legal bases an act was adopted under (`based-on`).
    pub based_on: Vec<Citation>,
    /// For a judgment or opinion: the court, case number, ECLI and date of delivery.
    pub court: Option<Name>,
    pub case: Option<Text>,
    pub ecli: Option<Text>,
    pub decided: Option<Spanned<Date>>,
    pub notes: Vec<Text>,
    pub span: Span,
}

/// The parts an article and each of its subdivisions share.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProvisionBody {
    /// The verbatim wording, with the common indentation already removed.
    pub text: Option<Wording>,
    pub source: Option<Text>,
    pub text_status: Option<Name>,
    /// The fields most provisions leave out, in a box of their own: a large
    /// corpus holds hundreds of thousands of provisions, and these would
    /// take half of each.
    pub details: Option<Box<ProvisionDetails>>,
    pub statements: Vec<Statement>,
    pub subdivisions: Vec<Subdivision>,
}

/// A provision's own Official Journal reference, CELEX number, address,
/// periods in force and notes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProvisionDetails {
    pub journal: Option<Text>,
    pub celex: Option<Text>,
    pub url: Option<Text>,
    pub in_force: Vec<Period>,
    pub notes: Vec<Text>,
}

impl ProvisionBody {
    /// The details, made when the first is written.
    pub fn details_mut(&mut self) -> &mut ProvisionDetails {
        self.details.get_or_insert_with(Box::default)
    }

    pub fn journal(&self) -> Option<&Text> {
        self.details.as_ref()?.journal.as_ref()
    }

    pub fn celex(&self) -> Option<&Text> {
        self.details.as_ref()?.celex.as_ref()
    }

    pub fn url(&self) -> Option<&Text> {
        self.details.as_ref()?.url.as_ref()
    }

    pub fn in_force(&self) -> &[Period] {
        self.details.as_ref().map_or(&[], |d| &d.in_force)
    }

    pub fn notes(&self) -> &[Text] {
        self.details.as_ref().map_or(&[], |d| &d.notes)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Written `paragraph X N` (a judgment's paragraph) rather than `article X N`.
    pub judgment_paragraph: bool,
    pub instrument: Name,
    pub number: Spanned<String>,
    pub heading: Option<Text>,
    pub body: ProvisionBody,
    /// The `article TFEU 20` head, where diagnostics about the whole article point.
    pub head_span: Span,
    pub span: Span,
}

/// A paragraph, subparagraph or point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subdivision {
    pub kind: Name,
    pub label: Spanned<String>,
    pub heading: Option<Text>,
    pub body: ProvisionBody,
    pub head_span: Span,
    pub span: Span,
}

/// One condition, or its negation, with its arguments. An argument is one
/// name, or a list meaning any of them (`[spain, portugal]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConditionTerm {
    pub negated: bool,
    pub name: Name,
    pub arguments: Vec<Vec<Name>>,
    pub span: Span,
}

/// Conditions: alternatives separated by `or`, each a list that must all hold.
pub type Conditions = Vec<Vec<ConditionTerm>>;

/// What a legal basis, a limit or a measure does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Power {
    /// Gives new rights (or a nationality, or a status).
    Grant,
    /// Lays down how existing rights are exercised.
    Facilitate,
    /// Refuses, excludes or restricts rights.
    Withhold,
    /// Takes away a status or a nationality.
    Withdraw,
    /// Sets up an institutional arrangement.
    Arrange,
    /// Joins an international system.
    Accede,
}

impl Power {
    pub const WORDS: &'static [(&'static str, Power)] = &[
        ("grant", Power::Grant),
        ("facilitate", Power::Facilitate),
        ("withhold", Power::Withhold),
        ("withdraw", Power::Withdraw),
        ("arrange", Power::Arrange),
        ("accede", Power::Accede),
    ];

    pub fn word(self) -> &'static str {
        Self::WORDS
            .iter()
            .find(|(_, p)| *p == self)
            .map(|(w, _)| *w)
            .unwrap_or("grant")
    }
}

/// What a power acts on, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActObject {
    AnyRight(Span),
    Nationality(Span),
    Statuses(Vec<Name>),
    Instruments(Vec<Name>),
    /// Rights, or arrangements for `arrange`.
    Names(Vec<Name>),
}

/// `grant [vote-ep]`, `withdraw nationality`, `accede ECHR`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Act {
    pub power: Spanned<Power>,
    pub object: ActObject,
}

/// A list of names, or `any right` / `any person`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Any(Span),
    Names(Vec<Name>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatementKind {
    Defines {
        status: Name,
        conditions: Vec<ConditionTerm>,
    },
    Confers {
        rights: Vec<Name>,
        holders: Vec<Name>,
        conditions: Vec<ConditionTerm>,
        /// Conditions under which the right does not apply (`unless`).
        limits: Vec<ConditionTerm>,
    },
    // The large statements are boxed, so that a corpus's statements, most
    // of them conferrals, take a conferral's size each.
    Empowers(Box<Empowers>),
    /// `limits member-state to withdraw nationality ... requires [test]`.
    Limits(Box<Limit>),
    /// `forbids union to arrange [...]`.
    Forbids(Box<Prohibition>),
    Amends {
        instruments: Vec<Name>,
        procedure: Name,
    },
    Succeeds(Box<Citation>),
    Equivalent(Box<Citation>),
}

/// `empowers council by ordinary to grant [...] to [...]`: a legal basis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Empowers {
    pub actor: Name,
    pub procedure: Name,
    pub act: Act,
    pub holders: Scope,
    pub conditions: Vec<ConditionTerm>,
    pub excluding: Vec<Name>,
}

/// `limits member-state to withdraw nationality ... requires [test]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limit {
    pub actor: Name,
    pub act: Act,
    pub holders: Scope,
    pub conditions: Vec<ConditionTerm>,
    pub tests: Vec<Name>,
}

/// `forbids union to arrange [...]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prohibition {
    pub actor: Name,
    pub act: Act,
    pub holders: Scope,
    pub conditions: Vec<ConditionTerm>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub kind: StatementKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Procedure {
    pub id: Name,
    pub title: Text,
    pub route: Option<Name>,
    pub cost_rank: Option<Spanned<u32>>,
    pub steps: Vec<Text>,
    pub decides: Vec<Name>,
    pub voting: Option<Name>,
    pub consent: Vec<Name>,
    pub ratified_by: Vec<Name>,
    pub veto: Vec<Name>,
    pub described_in: Option<Citation>,
    pub notes: Vec<Text>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: Name,
    pub title: Text,
    pub per_member_state: bool,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub id: Name,
    pub title: Text,
    /// `territory-of STATE treaties-apply WORD`.
    pub territory_of: Option<Name>,
    pub treaties_apply: Option<Name>,
    pub membership: Vec<Period>,
    pub span: Span,
}

/// A right or a status: a name and the words it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vocabulary {
    pub id: Name,
    pub title: Text,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConditionDecl {
    pub id: Name,
    pub parameters: Vec<Name>,
    pub title: Text,
    /// Conditions that hold whenever this one does, with the same arguments.
    pub implies: Vec<Name>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub id: Name,
    pub title: Text,
    pub conditions: Conditions,
    pub note: Option<Text>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub id: Name,
    pub title: Text,
    pub source: Option<Text>,
    pub date: Option<Spanned<Date>>,
    pub applies_from: Option<Spanned<Date>>,
    pub actor: Option<MeasureActor>,
    pub enacts: Option<Name>,
    pub proposed_by: Option<Text>,
    pub addressed_to: Option<Name>,
    pub invented: Option<Text>,
    pub notes: Vec<Text>,
    pub groups: Vec<Group>,
    pub creates: Vec<Creation>,
    pub measures: Vec<Measure>,
    pub head_span: Span,
    pub span: Span,
}

/// Who acts: `union [with STATE]`, `member-state STATE [with STATE]`, `each-member-state`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureActor {
    pub kind: ActorKind,
    /// The Member State that acts, for `member-state STATE`.
    pub state: Option<Name>,
    /// The third State party to an agreement.
    pub with: Option<Name>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorKind {
    Union,
    MemberState,
    EachMemberState,
}

/// The clauses a measure may carry, each at most once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeasureClauses {
    pub through: Option<Name>,
    pub id: Option<Name>,
    pub likely: bool,
    pub basis: Option<Citation>,
    pub basis_procedure: Option<Name>,
    pub actor: Option<MeasureActor>,
    pub applies_from: Option<Spanned<Date>>,
    pub meets: Vec<Name>,
    pub fails: Vec<Name>,
    pub note: Option<Text>,
}

/// What a measure does, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeasureKind {
    Grant(Vec<Name>),
    GrantNationality(Name),
    Withhold(Vec<Name>),
    WithdrawNationality(Name),
    WithdrawStatus(Name),
    Arrange(Vec<Name>),
    Accede(Name),
    Implement(Vec<Name>),
}

/// One measure: `grants`, `withholds`, `withdraws`, `arranges`, `accedes-to`, `implements`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    pub kind: MeasureKind,
    pub group: Option<Name>,
    pub clauses: MeasureClauses,
    pub span: Span,
}

/// `creates status x "..." for group`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Creation {
    pub status: Name,
    pub title: Option<Text>,
    pub group: Name,
    pub clauses: MeasureClauses,
    pub span: Span,
}
