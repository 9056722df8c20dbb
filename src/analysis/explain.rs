//! Chains of reasoning: citations in both numberings, quotes with their text
//! status, and the steps that lead from a grant to its verdict.

use super::*;
use crate::model::words;

pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

pub use crate::model::words::{push_named, MOST_NAMED};

/// The provision's own wording as the corpus has it.
pub fn quote(provision: ProvisionId) -> Quote {
    Quote { provision }
}

/// Each veto player in words. Prose, not a tally: a single institution is
/// named; a veto each Member State holds says how many hold it.
pub fn veto_player_words(players: &[VetoPlayer]) -> Vec<String> {
    players
        .iter()
        .map(|v| {
            if v.per_member_state {
                format!("{} (any one of {})", v.title, v.count)
            } else {
                v.title.clone()
            }
        })
        .collect()
}

pub fn step(kind: StepKind, text: impl Into<String>, quote: Option<Quote>) -> Step {
    Step {
        kind,
        sentence: Sentence::Written(text.into()),
        quote,
    }
}

/// What a step of the reasoning says. The steps every claim has keep the
/// provisions, names and conditions they cite, and are worded only when a
/// report writes them: judging ten thousand grants wrote some ninety
/// thousand sentences, a sixth of the analysis's work, that an output
/// without the reasoning never shows. The rarer steps are written as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sentence {
    Written(String),
    /// What the claim does, by whom, to whom, as the proposal says
    /// ([`claim_step`]).
    Claim {
        proposal: ProposalId,
        kind: ClaimKind,
        index: usize,
    },
    /// "`provision` confers `right` on `holder` where …": a conferring
    /// statement, with the other provisions that confer it on the same holder.
    Confers {
        statement: graph::Statement,
        right: RightId,
        holder: Holder,
        also: Box<[ProvisionId]>,
    },
    /// The group meets what a provision requires.
    GroupMeets(Option<GroupId>),
    /// A status's definition, which a step quotes.
    Defines(graph::Statement),
    /// What a provision requires when no definition is at hand.
    RequiresHolding(Holder),
    /// A condition the group does not meet, and why.
    Unmet(Box<Unmet>),
    /// "`provision` lays down a limit: the measure must meet `test` …": a
    /// test a limit lays down, whether the proposal says the measure meets
    /// it, and whom of the group the limit reaches when not all of it (those
    /// who meet `for_part`). A grant may stand under thousands of limits.
    Limit {
        provision: ProvisionId,
        test: TestId,
        status: TestStatus,
        for_part: Option<Box<str>>,
    },
    /// The route that decides the verdict: its procedure, the provision
    /// it rests on, and who can stop it.
    Route {
        verdict: Verdict,
        provision: Option<ProvisionId>,
        procedure: Option<std::sync::Arc<ProcedureView>>,
        veto_players: std::sync::Arc<[VetoPlayer]>,
    },
}

impl Sentence {
    /// The sentence in words: borrowed when written as found.
    pub fn words<'m>(&'m self, model: &'m Model) -> std::borrow::Cow<'m, str> {
        // Writing into a `String` cannot fail.
        use std::fmt::Write;
        let mut text = String::new();
        match self {
            Sentence::Written(text) => return std::borrow::Cow::Borrowed(text),
            Sentence::Claim {
                proposal,
                kind,
                index,
            } => claim_words(model, &mut text, *proposal, *kind, *index),
            Sentence::Confers {
                statement,
                right,
                holder,
                also,
            } => {
                let _ = write!(
                    text,
                    "{} confers `{}` on {}",
                    model.cited(statement.provision),
                    model.rights[right.index()].id,
                    holder_words(model, *holder)
                );
                if let StatementKind::Confers { conditions, .. } =
                    &graph::statement(model, *statement).kind
                {
                    if !conditions.is_empty() {
                        text.push_str(" where ");
                        words::push_conditions(model, &mut text, conditions);
                    }
                }
                if !also.is_empty() {
                    text.push_str(" (so do ");
                    push_named(&mut text, also.iter(), ", ", |text, other| {
                        model.push_display_citation(text, *other)
                    });
                    text.push(')');
                }
            }
            Sentence::GroupMeets(group) => {
                let _ = write!(
                    text,
                    "The group `{}` meets it",
                    group.map_or("", |g| model.groups[g.index()].id.as_str())
                );
            }
            Sentence::Defines(source) => {
                if let StatementKind::Defines { status, conditions } =
                    &graph::statement(model, *source).kind
                {
                    let _ = write!(
                        text,
                        "{} defines `{}` as: {}",
                        model.cited(source.provision),
                        model.statuses[status.index()].id,
                        words::conditions(model, conditions)
                    );
                }
            }
            Sentence::RequiresHolding(holder) => {
                let _ = write!(text, "It requires holding {}", holder_words(model, *holder));
            }
            Sentence::Unmet(unmet) => {
                let _ = if unmet.open {
                    write!(text, "Not met for the group as a whole: {}; it holds only for those in the group who also meet `{}`", unmet.why(model), unmet.shown_required(model))
                } else {
                    write!(
                        text,
                        "Not met: `{}` fails because {}",
                        unmet.shown_required(model),
                        unmet.why(model)
                    )
                };
            }
            Sentence::Limit {
                provision,
                test,
                status,
                for_part,
            } => {
                let named = &model.tests[test.index()];
                let _ = write!(
                    text,
                    "{} lays down a limit: the measure must meet `{}` ({})",
                    model.cited(*provision),
                    named.id,
                    named.title
                );
                if let Some(required) = for_part {
                    let _ = write!(text, " (for those in the group who meet `{required}`)");
                }
                text.push_str(match status {
                    TestStatus::Met => "; the proposal states that it does",
                    TestStatus::Failed => "; the proposal states that it does not",
                    TestStatus::Open => "; the proposal does not say whether it does",
                });
            }
            Sentence::Route {
                verdict,
                provision,
                procedure,
                veto_players,
            } => {
                let basis = provision.map(|p| model.cited(p));
                let basis = basis.as_deref().unwrap_or_default();
                if *verdict == Verdict::Compatible {
                    let _ = write!(text, "Existing law already gives it: {basis}");
                } else {
                    let vetoes = veto_player_words(veto_players);
                    let _ = write!(
                        text,
                        "Cheapest lawful route ({}): {}, under {basis}; veto players: {}",
                        verdict.word(),
                        procedure.as_ref().map_or("", |p| p.title.as_str()),
                        if vetoes.is_empty() {
                            "none".to_string()
                        } else {
                            and_list(&vetoes)
                        }
                    );
                }
            }
        }
        std::borrow::Cow::Owned(text)
    }
}

/// Who acts, in words: "the Union", "the Union with `switzerland`", "Member State `malta`".
pub fn actor_words(model: &Model, actor: MeasureActor) -> String {
    // Pushed, not formatted: every grant has its actor in words.
    let mut words = String::with_capacity(32);
    match actor.kind {
        ActorKind::Union => words.push_str("the Union"),
        ActorKind::MemberState => {
            words.push_str("Member State ");
            if let Some(state) = actor.state {
                words.push('`');
                words.push_str(&model.states[state.index()].id);
                words.push('`');
            }
        }
        ActorKind::EachMemberState => words.push_str("each Member State"),
    }
    if let Some(with) = actor.with {
        words.push_str(" with `");
        words.push_str(&model.states[with.index()].id);
        words.push('`');
    }
    words
}

/// A holder by its name and title, written straight into a sentence.
pub fn holder_words(model: &Model, holder: Holder) -> impl std::fmt::Display + '_ {
    struct Shown<'m>(&'m Model, Holder);
    impl std::fmt::Display for Shown<'_> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let (id, title) = match self.1 {
                Holder::Status(s) => (
                    &self.0.statuses[s.index()].id,
                    &self.0.statuses[s.index()].title,
                ),
                Holder::Group(g) => (
                    &self.0.groups[g.index()].id,
                    &self.0.groups[g.index()].title,
                ),
            };
            write!(f, "`{id}` ({title})")
        }
    }
    Shown(model, holder)
}

/// The step that opens a claim's chain: what is done, by whom, to whom, as the proposal says.
pub fn claim_step(proposal: ProposalId, claim: &Claim) -> Step {
    Step {
        kind: StepKind::Grant,
        sentence: Sentence::Claim {
            proposal,
            kind: claim.kind,
            index: claim.index,
        },
        quote: None,
    }
}

/// The words of [`claim_step`].
fn claim_words(
    model: &Model,
    text: &mut String,
    proposal: ProposalId,
    kind: ClaimKind,
    index: usize,
) {
    // Writing into a `String` cannot fail.
    use std::fmt::Write;
    let p = &model.proposals[proposal.index()];
    let push_group = |text: &mut String, g: GroupId| {
        let group = &model.groups[g.index()];
        let _ = write!(text, "`{}` ({}: ", group.id, group.title);
        // Every grant to the group says it: the first alternatives, and
        // how many more (each part is judged and shown below).
        push_named(text, &group.alternatives, " or ", |text, a| {
            words::push_conditions(model, text, a)
        });
        text.push(')');
    };
    text.reserve(256);
    match kind {
        ClaimKind::Right | ClaimKind::Other => {
            let measure = &p.measures[index];
            text.push_str("The proposal");
            if measure.actor != MeasureActor::default() {
                let _ = write!(text, ", by {}, ", actor_words(model, measure.actor));
            } else {
                text.push(' ');
            }
            let (verb, whom) = match (measure.power, measure.group) {
                (Power::Grant, Some(g)) => ("grants", Some(("to", g))),
                (Power::Withhold, Some(g)) => ("withholds", Some(("from", g))),
                (Power::Withdraw, Some(g)) => ("withdraws", Some(("from", g))),
                (Power::Facilitate, Some(g)) => ("lays down how", Some(("is exercised by", g))),
                (Power::Arrange, _) => ("sets up", None),
                (Power::Accede, _) => ("accedes to", None),
                (power, None) => (super::measures::action_word(power), None),
            };
            let _ = write!(
                text,
                "{verb} `{}` ({})",
                model.object_words(measure.object),
                model.object_title(measure.object)
            );
            if let Some((preposition, g)) = whom {
                let _ = write!(text, " {preposition} ");
                push_group(text, g);
            }
            if let Some(status) = measure.through {
                let _ = write!(
                    text,
                    ", through the status `{}`",
                    model.statuses[status.index()].id
                );
            }
            if let Some(day) = measure.applies_from.or(p.applies_from) {
                let _ = write!(text, ", applying from {day}");
            }
            if measure.likely {
                text.push_str("; the source says only that it is likely");
            }
            if let Some(note) = &measure.note {
                let _ = write!(text, ". Source: {note}");
            }
        }
        ClaimKind::Status => {
            let creation = &p.creates[index];
            let status = &model.statuses[creation.status.index()];
            let _ = write!(
                text,
                "The proposal creates the status `{}` ({}) for ",
                status.id, status.title,
            );
            push_group(text, creation.group);
            if let Some(note) = &creation.note {
                let _ = write!(text, ". Source: {note}");
            }
        }
    }
}

/// Why the group does or does not hold what a provision requires: the
/// definition of the status, quoted, and the condition that fails.
pub fn unmet_steps(model: &Model, unmet: &Unmet, holder: Option<Holder>) -> Vec<Step> {
    let mut steps = Vec::new();
    if let Some(source) = unmet.source {
        if let StatementKind::Defines { .. } = &graph::statement(model, source).kind {
            steps.push(Step {
                kind: StepKind::Status,
                sentence: Sentence::Defines(source),
                quote: Some(quote(source.provision)),
            });
        }
    } else if let Some(holder) = holder {
        steps.push(Step {
            kind: StepKind::Status,
            sentence: Sentence::RequiresHolding(holder),
            quote: None,
        });
    }
    steps.push(Step {
        kind: StepKind::Condition,
        sentence: Sentence::Unmet(Box::new(unmet.clone())),
        quote: None,
    });
    steps
}
