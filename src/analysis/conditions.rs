//! Whether a group of persons meets conditions: a status's definition, a
//! right's `where`, a legal basis's scope. A group is described by its own
//! conditions; a required condition is met only when the group's conditions
//! entail it at the date considered.
//!
//! One reading is built in and documented in docs/analysis.md: a group
//! described by a condition's arguments holds only those — "nationals of
//! State X" hold no other nationality — so that a group of a non-member
//! State's nationals is read as holding no Member State's nationality.

use crate::graph::{self, LawInForce};
use crate::model::*;
use crate::table::Map;

/// The most levels of status definitions followed before giving up, a guard
/// against definitions the resolver did not reject.
const MAX_DEPTH: usize = 8;

/// How long a group's description is before it is indexed rather than
/// scanned: a scan is cheaper for the few dozen conditions a group has once
/// its statuses' definitions and what its tests imply are added (indexing
/// from 16 costs the generated benchmark's analysis 2 % more instructions).
const INDEXED: usize = 64;

/// Why a required condition is not met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmet {
    /// The statement that required it, when it comes from a definition.
    pub source: Option<graph::Statement>,
    /// Why the group does not meet it: worded by [`Unmet::why`] only when
    /// the reasoning is shown, since most failures found while looking for
    /// a route are never shown.
    pub reason: Reason,
    /// A State that is not a Member State at the date but was one before,
    /// when that is the whole reason: the condition would be met were it still one.
    pub former_member: Option<StateId>,
    /// True when nothing in the group's description rules the condition out:
    /// it holds for the part of the group that also meets it.
    pub open: bool,
    /// The required condition, so that a group can be split on it; worded
    /// by [`Unmet::required`] only when the reasoning is shown.
    pub condition: Condition,
}

/// Whether a condition is met, and if not why. The reason is boxed: a
/// check keeps one for every legal basis that may reach a grant, most of
/// them met, and a check that is met stays small.
pub type Meets = Result<(), Box<Unmet>>;

/// Why a required condition is not met, as the evaluator found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Status definitions nest deeper than [`MAX_DEPTH`].
    TooDeep,
    /// No provision in force on the date defines the status.
    Undefined(StatusId, Date),
    /// The group holds the status it must not hold.
    HoldsStatus(StatusId),
    /// Nothing in the group's description rules out holding the status.
    StatusNotRuledOut(StatusId),
    /// Nothing in the group's description rules out belonging to the group.
    GroupNotRuledOut(GroupId),
    /// The group is described as meeting what the condition says must not hold.
    DescribedAsMeeting,
    /// The group is described as not meeting the condition.
    DescribedAsNotMeeting,
    /// The group's description says nothing of the condition.
    Unstated,
    /// The group's own arguments lie wholly outside the required ones,
    /// worded when found: the wording depends on the evaluator's date and
    /// on which States it treats as members.
    Outside(String),
}

impl Unmet {
    /// The required condition, in the language's words: `holds-nationality(member-state)`.
    pub fn required(&self, model: &Model) -> String {
        crate::model::words::condition(model, &self.condition)
    }

    /// [`Unmet::required`], written straight into a sentence.
    pub fn shown_required<'m>(&'m self, model: &'m Model) -> impl std::fmt::Display + 'm {
        crate::model::words::shown_condition(model, &self.condition)
    }

    /// Why the group does not meet it, in a sentence.
    pub fn why(&self, model: &Model) -> String {
        match &self.reason {
            Reason::TooDeep => "its definition is nested too deeply to follow".to_string(),
            Reason::Undefined(status, date) => format!(
                "no provision in force on {date} defines who holds `{}`",
                model.statuses[status.index()].id
            ),
            Reason::HoldsStatus(status) => {
                format!("the group holds `{}`", model.statuses[status.index()].id)
            }
            Reason::StatusNotRuledOut(status) => format!(
                "nothing in the group's description rules out holding `{}`",
                model.statuses[status.index()].id
            ),
            Reason::GroupNotRuledOut(group) => format!(
                "nothing in the group's description rules out belonging to `{}`",
                model.groups[group.index()].id
            ),
            Reason::DescribedAsMeeting => {
                let positive = Condition {
                    negated: false,
                    ..self.condition.clone()
                };
                format!(
                    "the group is described as meeting `{}`",
                    crate::model::words::condition(model, &positive)
                )
            }
            Reason::DescribedAsNotMeeting => format!(
                "the group is described as not meeting `{}`",
                self.shown_required(model)
            ),
            Reason::Unstated => format!(
                "nothing in the group's description says `{}`",
                self.shown_required(model)
            ),
            Reason::Outside(why) => why.clone(),
        }
    }
}

/// Evaluates conditions for one date.
pub struct Evaluator<'a> {
    pub model: &'a Model,
    pub graph: &'a LawInForce<'a>,
    pub date: Date,
    /// States treated as Member States whatever the date says (to ask
    /// "would this hold had the State not left?").
    pub treat_as_members: Vec<StateId>,
    /// How many groups named as arguments are being followed: a group may
    /// name itself (`family-member-of(g)` in `g`), and nothing may loop.
    nested_groups: std::cell::Cell<usize>,
    /// Each group's conditions expanded, once: every holder, argument and
    /// claim that names the group asks again. Shared with the evaluators
    /// made from this one for other days ([`Evaluator::on_day`]).
    expanded_groups: std::rc::Rc<std::cell::RefCell<Map<GroupId, std::rc::Rc<[Condition]>>>>,
    /// The table of conditions an expansion has met and the conditions it
    /// has still to expand, kept between expansions: a proposal expands
    /// thousands of short lists, and a fresh table for each was the
    /// analysis's largest allocation.
    expansion: std::rc::Rc<std::cell::RefCell<Expansion>>,
}

/// What an expansion works in, emptied when it is done.
#[derive(Default)]
struct Expansion {
    seen: Met,
    stack: Vec<(Condition, usize)>,
}

/// The conditions an expansion has met, each with the shallowest depth it
/// was expanded at and whether it is kept. Scanned while few (most
/// expansions meet a few dozen: a scan compares less than a hash reads),
/// indexed beyond.
#[derive(Default)]
struct Met {
    few: Vec<(Condition, (usize, bool))>,
    many: Map<Condition, (usize, bool)>,
}

/// The most conditions [`Met`] scans before it indexes them.
const SCANNED: usize = 32;

impl Met {
    fn get_mut(&mut self, c: &Condition) -> Option<&mut (usize, bool)> {
        if self.many.is_empty() {
            self.few
                .iter_mut()
                .find(|(met, _)| met == c)
                .map(|(_, v)| v)
        } else {
            self.many.get_mut(c)
        }
    }

    fn insert(&mut self, c: Condition, value: (usize, bool)) {
        if !self.many.is_empty() {
            self.many.insert(c, value);
        } else if self.few.len() < SCANNED {
            self.few.push((c, value));
        } else {
            self.many.extend(self.few.drain(..));
            self.many.insert(c, value);
        }
    }

    /// Emptied for the next expansion, keeping its room unless that is
    /// more than [`KEPT_SEEN`].
    fn clear(&mut self) {
        self.few.clear();
        if self.many.capacity() > KEPT_SEEN {
            self.many = Map::default();
        } else {
            self.many.clear();
        }
    }
}

/// The largest table of met conditions kept for the next expansion; one
/// past it (a group of thousands of conditions) is dropped, so that
/// emptying it does not cost every later short expansion.
const KEPT_SEEN: usize = 1024;

impl<'a> Evaluator<'a> {
    pub fn new(model: &'a Model, graph: &'a LawInForce<'a>, date: Date) -> Evaluator<'a> {
        Evaluator {
            model,
            graph,
            date,
            treat_as_members: Vec::new(),
            nested_groups: std::cell::Cell::new(0),
            expanded_groups: std::rc::Rc::default(),
            expansion: std::rc::Rc::default(),
        }
    }

    /// The same reading of the law on another day, for a measure that
    /// applies from a day of its own. A group's expansion reads the law,
    /// not the facts of the day, so the groups expanded so far are shared:
    /// a proposal of thousands of measures, each from its own day, once
    /// expanded their group once each.
    pub fn on_day(&self, date: Date) -> Evaluator<'a> {
        Evaluator {
            model: self.model,
            graph: self.graph,
            date,
            treat_as_members: self.treat_as_members.clone(),
            nested_groups: std::cell::Cell::new(0),
            expanded_groups: std::rc::Rc::clone(&self.expanded_groups),
            expansion: std::rc::Rc::clone(&self.expansion),
        }
    }

    fn is_member(&self, state: StateId) -> bool {
        self.treat_as_members.contains(&state)
            || self.model.states[state.index()].is_member_at(self.date)
    }

    /// A group's conditions, with the groups it names expanded into theirs,
    /// and a status it names followed by that status's definition when the
    /// status has exactly one in force (a third-country national is, by
    /// definition, not a Union citizen).
    pub fn group_conditions(&self, group: GroupId) -> std::rc::Rc<[Condition]> {
        if let Some(known) = self.expanded_groups.borrow().get(&group) {
            return std::rc::Rc::clone(known);
        }
        let expanded: std::rc::Rc<[Condition]> = self
            .expand(&self.model.groups[group.index()].conditions)
            .into();
        self.expanded_groups
            .borrow_mut()
            .insert(group, std::rc::Rc::clone(&expanded));
        expanded
    }

    /// Conditions with what they entail added: the groups they name
    /// expanded, a status followed by its only definition (and "not holding"
    /// it by the negation of a one-condition definition), and every
    /// condition the corpus says a condition implies.
    pub fn expand(&self, conditions: &[Condition]) -> Vec<Condition> {
        // Room for the conditions and what each usually implies: most
        // expansions grew their list three or four times.
        let mut out: Vec<Condition> = Vec::with_capacity(2 * conditions.len() + 4);
        // Each condition met so far: the shallowest depth it was expanded
        // at, and whether it is kept. A condition reached again no shallower
        // adds nothing, so groups that name groups (twelve of twelve, nine
        // levels down) are expanded once each, not once per path to them.
        // Kept empty between expansions (below).
        let Expansion {
            mut seen,
            mut stack,
        } = self.expansion.take();
        stack.extend(conditions.iter().rev().map(|c| (c.clone(), 0)));
        while let Some((c, depth)) = stack.pop() {
            match seen.get_mut(&c) {
                Some((_, true)) => continue,
                Some((shallowest, false)) if *shallowest <= depth => continue,
                Some((shallowest, false)) => *shallowest = depth,
                None => {
                    seen.insert(c.clone(), (depth, false));
                }
            }
            if depth < MAX_DEPTH && c.negated {
                // Not holding a status defined by one condition is not
                // meeting it; several definitions in force that say the
                // same (TFEU 20(1) and TEU 9) count as one.
                if let ConditionKind::Holds(status) = c.kind {
                    let singles: Vec<&Condition> = self
                        .graph
                        .definitions(status)
                        .filter_map(|d| match &graph::statement(self.model, d).kind {
                            StatementKind::Defines { conditions, .. } => {
                                match conditions.as_slice() {
                                    [single] => Some(single),
                                    _ => None,
                                }
                            }
                            _ => None,
                        })
                        .collect();
                    let definitions = self.graph.definitions(status).count();
                    if let Some(first) = singles.first() {
                        let same = singles.len() == definitions
                            && singles
                                .iter()
                                .all(|s| s.negated == first.negated && s.kind == first.kind);
                        if same {
                            stack.push((
                                Condition {
                                    negated: !first.negated,
                                    ..(*first).clone()
                                },
                                depth + 1,
                            ));
                        }
                    }
                }
            }
            if depth < MAX_DEPTH && !c.negated {
                match &c.kind {
                    ConditionKind::InGroup(inner)
                        if self.model.groups[inner.index()].alternatives.len() > 1 => {}
                    ConditionKind::InGroup(inner) => {
                        stack.extend(
                            self.model.groups[inner.index()]
                                .conditions
                                .iter()
                                .rev()
                                .map(|i| (i.clone(), depth + 1)),
                        );
                        continue;
                    }
                    ConditionKind::Holds(status) => {
                        if let Some(only) = self.graph.only_definition(*status) {
                            if let StatementKind::Defines { conditions, .. } =
                                &graph::statement(self.model, only).kind
                            {
                                stack.extend(
                                    conditions.iter().rev().map(|i| (i.clone(), depth + 1)),
                                );
                            }
                        }
                    }
                    ConditionKind::Test(condition, arguments) => {
                        for implied in &self.model.conditions[condition.index()].implies {
                            stack.push((
                                Condition {
                                    negated: false,
                                    kind: ConditionKind::Test(*implied, arguments.clone()),
                                    span: c.span,
                                },
                                depth + 1,
                            ));
                        }
                    }
                }
            }
            if let Some((_, kept)) = seen.get_mut(&c) {
                *kept = true;
            }
            out.push(c);
        }
        seen.clear();
        self.expansion.replace(Expansion { seen, stack });
        out
    }

    /// Whether a group meets a holder of a right: holds the status, or falls within the group.
    pub fn meets_holder(&self, have: &[Condition], holder: Holder) -> Meets {
        self.described_meets_holder(&Described::new(have), holder)
    }

    /// [`Evaluator::meets_holder`], for a group described once for many
    /// questions: a long description is indexed, and indexing it for each
    /// of thousands of legal bases grew as their product.
    pub fn described_meets_holder(&self, group: &Described, holder: Holder) -> Meets {
        let required = Condition {
            negated: false,
            kind: match holder {
                Holder::Status(s) => ConditionKind::Holds(s),
                Holder::Group(g) => ConditionKind::InGroup(g),
            },
            span: match holder {
                Holder::Status(s) => self.model.statuses[s.index()].span,
                Holder::Group(g) => self.model.groups[g.index()].span,
            },
        };
        self.entails(group, &required, 0)
    }

    /// Whether a group meets all of the required conditions; the first that fails says why.
    /// A condition the group rules out decides, wherever it stands in the
    /// list; else the first one the group leaves open.
    pub fn meets_all(&self, have: &[Condition], required: &[Condition]) -> Meets {
        self.described_meets_all(&Described::new(have), required)
    }

    /// [`Evaluator::meets_all`], for a group described once for many questions.
    pub fn described_meets_all(&self, group: &Described, required: &[Condition]) -> Meets {
        let mut first_open = None;
        for r in required {
            match self.entails(group, r, 0) {
                Ok(()) => {}
                Err(unmet) if !unmet.open => return Err(unmet),
                Err(unmet) => {
                    first_open.get_or_insert(unmet);
                }
            }
        }
        first_open.map_or(Ok(()), Err)
    }

    fn entails(&self, group: &Described, required: &Condition, depth: usize) -> Meets {
        let unmet =
            |reason: Reason, source: Option<graph::Statement>, former_member: Option<StateId>| {
                Box::new(Unmet {
                    source,
                    reason,
                    former_member,
                    open: false,
                    condition: required.clone(),
                })
            };
        let open = |reason: Reason, source: Option<graph::Statement>| {
            Box::new(Unmet {
                source,
                reason,
                former_member: None,
                open: true,
                condition: required.clone(),
            })
        };
        if group.states(required) {
            return Ok(());
        }
        if depth > MAX_DEPTH {
            return Err(unmet(Reason::TooDeep, None, None));
        }
        match (&required.kind, required.negated) {
            (ConditionKind::Holds(status), false) => {
                let mut first_failure = None;
                for definition in self.graph.definitions(*status) {
                    let StatementKind::Defines { conditions, .. } =
                        &graph::statement(self.model, definition).kind
                    else {
                        continue;
                    };
                    match conditions
                        .iter()
                        .try_for_each(|c| self.entails(group, c, depth + 1))
                    {
                        Ok(()) => return Ok(()),
                        Err(mut failure) => {
                            failure.source.get_or_insert(definition);
                            // An open failure (part of the group may qualify) says more than a closed one.
                            if first_failure
                                .as_deref()
                                .is_none_or(|f: &Unmet| !f.open && failure.open)
                            {
                                first_failure = Some(failure);
                            }
                        }
                    }
                }
                // Every definition failed, or there is none in force.
                Err(first_failure
                    .unwrap_or_else(|| unmet(Reason::Undefined(*status, self.date), None, None)))
            }
            (ConditionKind::Holds(status), true) => {
                let positive = Condition {
                    negated: false,
                    ..required.clone()
                };
                if self.entails(group, &positive, depth + 1).is_ok() {
                    return Err(unmet(Reason::HoldsStatus(*status), None, None));
                }
                // Not holding a status: every definition of it must be contradicted.
                let mut definitions = self.graph.definitions(*status);
                let first = definitions.clone().next();
                let all_contradicted = first.is_some()
                    && definitions.all(|d| match &graph::statement(self.model, d).kind {
                        StatementKind::Defines { conditions, .. } => {
                            conditions.iter().any(|c| self.contradicts(group, c))
                        }
                        _ => false,
                    });
                if all_contradicted {
                    Ok(())
                } else {
                    Err(open(Reason::StatusNotRuledOut(*status), first))
                }
            }
            (ConditionKind::InGroup(named), false) => {
                let wanted = self.group_conditions(*named);
                wanted
                    .iter()
                    .try_for_each(|c| self.entails(group, c, depth + 1))
            }
            (ConditionKind::InGroup(named), true) => {
                Err(open(Reason::GroupNotRuledOut(*named), None))
            }
            (ConditionKind::Test(condition, arguments), negated) => {
                let covering = group
                    .tests(*condition)
                    .filter(|h| h.negated == negated)
                    .any(|h| {
                        let ConditionKind::Test(_, own) = &h.kind else {
                            return false;
                        };
                        own.len() == arguments.len()
                            && own.iter().zip(arguments.iter()).all(|(mine, wanted)| {
                                if negated {
                                    // "not in a wider place" entails "not in a narrower one".
                                    self.within(*wanted, *mine)
                                } else {
                                    self.within(*mine, *wanted)
                                }
                            })
                    });
                if covering {
                    return Ok(());
                }
                if negated {
                    // "Holds the nationality of a third State only" rules out
                    // holding a Member State's: the group's own arguments lie
                    // wholly outside the ones the negation is about.
                    if self.rules_out(group, *condition, arguments) {
                        return Ok(());
                    }
                    // The group is described as meeting what must not hold.
                    let stated = group.tests(*condition).any(|h| {
                        !h.negated
                            && matches!(&h.kind, ConditionKind::Test(_, own)
                                if own.len() == arguments.len()
                                    && own.iter().zip(arguments.iter()).all(|(mine, wanted)| self.within(*mine, *wanted)))
                    });
                    if stated {
                        return Err(unmet(Reason::DescribedAsMeeting, None, None));
                    }
                }
                if !negated {
                    if let Some((why, former)) = self.contradiction(group, *condition, arguments) {
                        return Err(unmet(Reason::Outside(why), None, former));
                    }
                    // "not resides-in(member-state)" rules out "resides-in(other-member-state)".
                    let ruled_out = group
                        .tests(*condition)
                        .filter(|h| h.negated)
                        .any(|h| match &h.kind {
                            ConditionKind::Test(_, own) => {
                                own.len() == arguments.len()
                                    && arguments
                                        .iter()
                                        .zip(own.iter())
                                        .all(|(w, o)| self.within(*w, *o))
                            }
                            _ => false,
                        });
                    if ruled_out {
                        return Err(unmet(Reason::DescribedAsNotMeeting, None, None));
                    }
                }
                Err(open(Reason::Unstated, None))
            }
        }
    }

    /// Whether the group's conditions rule a required condition out.
    fn contradicts(&self, group: &Described, required: &Condition) -> bool {
        match (&required.kind, required.negated) {
            (ConditionKind::Test(condition, arguments), false) => {
                self.rules_out(group, *condition, arguments)
            }
            (ConditionKind::Holds(_), false) => group.states(&Condition {
                negated: true,
                ..required.clone()
            }),
            _ => false,
        }
    }

    /// The group states the condition only with arguments wholly outside the
    /// required ones: "holds the nationality of X" where X is not a Member State.
    fn rules_out(&self, group: &Described, condition: ConditionId, arguments: &[Argument]) -> bool {
        let mut own = group.stated_arguments(condition).peekable();
        own.peek().is_some()
            && own.all(|args| {
                args.len() == arguments.len()
                    && args
                        .iter()
                        .zip(arguments.iter())
                        .any(|(a, w)| self.outside(*a, *w))
            })
    }

    /// Where [`Evaluator::rules_out`] holds, why, in a sentence, and the
    /// State that was a Member State before the date, when that is the reason.
    fn contradiction(
        &self,
        group: &Described,
        condition: ConditionId,
        arguments: &[Argument],
    ) -> Option<(String, Option<StateId>)> {
        if !self.rules_out(group, condition, arguments) {
            return None;
        }
        let own: Vec<&std::sync::Arc<[Argument]>> = group.stated_arguments(condition).collect();
        let name = &self.model.conditions[condition.index()].id;
        let mut reasons = Vec::new();
        let mut former = None;
        for args in &own {
            for (a, w) in args.iter().zip(arguments.iter()) {
                if !self.outside(*a, *w) {
                    continue;
                }
                match a {
                    Argument::State(state) => {
                        let s = &self.model.states[state.index()];
                        if s.membership.is_empty() {
                            reasons.push(format!(
                                "`{}` ({}) has never been a Member State",
                                s.id, s.title
                            ));
                        } else if !self.is_member(*state) {
                            let periods: Vec<String> = s
                                .membership
                                .iter()
                                .map(|p| match p.until {
                                    Some(until) => format!("from {} to {until}", p.from),
                                    None => format!("from {}", p.from),
                                })
                                .collect();
                            reasons.push(format!(
                                "`{}` ({}), which was not a Member State on {} (it was one {})",
                                s.id,
                                s.title,
                                self.date,
                                periods.join(" and ")
                            ));
                            if s.membership.iter().any(|p| p.from <= self.date) {
                                former = Some(*state);
                            }
                        } else {
                            reasons.push(format!(
                                "`{}` is a Member State, not {}",
                                s.id,
                                argument_words(self.model, *w)
                            ));
                        }
                    }
                    other => reasons.push(format!(
                        "{}, which is never {}",
                        argument_words(self.model, *other),
                        argument_words(self.model, *w)
                    )),
                }
            }
        }
        Some((
            format!("the group's `{name}` names only {}", reasons.join(" and ")),
            former,
        ))
    }

    /// Whether a State counts as a Member State at the date: a territory
    /// counts where the Treaties apply to it in full and its State is one.
    fn counts_as_member(&self, state: StateId) -> bool {
        match self.model.states[state.index()].territory_of {
            Some((parent, TreatiesApply::Fully)) => self.is_member(parent),
            Some(_) => false,
            None => self.is_member(state),
        }
    }

    /// A territory to which the Treaties apply only in part: neither
    /// clearly inside a Member State nor clearly outside.
    fn partly_applies(&self, state: StateId) -> bool {
        matches!(
            self.model.states[state.index()].territory_of,
            Some((parent, TreatiesApply::Partly)) if self.is_member(parent)
        )
    }

    /// Whether every case of `inner` is a case of `outer` at the date.
    fn within(&self, inner: Argument, outer: Argument) -> bool {
        use Argument as A;
        use StateClass as C;
        match (inner, outer) {
            (a, b) if a == b => true,
            (A::State(s), A::StateClass(C::MemberState)) => self.counts_as_member(s),
            (A::State(s), A::StateClass(C::ThirdCountry)) => {
                !self.counts_as_member(s) && !self.partly_applies(s)
            }
            (
                A::StateClass(C::OtherMemberState | C::OwnMemberState),
                A::StateClass(C::MemberState),
            ) => true,
            // Family members of a group are family members of a status the group holds.
            (A::Group(g), A::Status(s)) => {
                let depth = self.nested_groups.get();
                if depth >= MAX_DEPTH {
                    return false;
                }
                self.nested_groups.set(depth + 1);
                let have = self.group_conditions(g);
                let holds = self.meets_holder(&have, Holder::Status(s)).is_ok();
                self.nested_groups.set(depth);
                holds
            }
            _ => false,
        }
    }

    /// Whether no case of `inner` is a case of `outer` at the date.
    fn outside(&self, inner: Argument, outer: Argument) -> bool {
        use Argument as A;
        use StateClass as C;
        match (inner, outer) {
            (A::State(s), A::StateClass(C::MemberState | C::OtherMemberState)) => {
                !self.counts_as_member(s) && !self.partly_applies(s)
            }
            (A::State(s), A::StateClass(C::ThirdCountry)) => self.counts_as_member(s),
            (A::StateClass(C::OwnMemberState), A::StateClass(C::OtherMemberState))
            | (A::StateClass(C::OtherMemberState), A::StateClass(C::OwnMemberState)) => true,
            (A::StateClass(C::OwnMemberState), A::StateClass(C::ThirdCountry))
            | (A::StateClass(C::ThirdCountry), A::StateClass(C::OwnMemberState)) => true,
            (
                A::StateClass(C::ThirdCountry),
                A::StateClass(C::MemberState | C::OtherMemberState),
            ) => true,
            (
                A::StateClass(C::MemberState | C::OtherMemberState),
                A::StateClass(C::ThirdCountry),
            ) => true,
            (A::State(a), A::State(b)) => a != b,
            (A::Status(a), A::Status(b)) => a != b,
            _ => false,
        }
    }
}

/// A group's description as the evaluator reads it: its conditions and,
/// for a long one, an index of them, so that each condition asked of it is
/// found without a scan of the whole description. Made for each question
/// asked of a group (a holder, a list of conditions), or once for every
/// question a measure asks of its group, and shared by every definition
/// followed to answer it.
pub struct Described<'h> {
    have: &'h [Condition],
    index: Option<DescriptionIndex<'h>>,
}

struct DescriptionIndex<'h> {
    /// Every condition stated, by whether it is negated and what it asks.
    stated: crate::table::Set<(bool, &'h ConditionKind)>,
    /// The conditions that apply a test, by test, in the description's order.
    tests: Map<ConditionId, Vec<&'h Condition>>,
}

impl<'h> Described<'h> {
    pub fn new(have: &'h [Condition]) -> Described<'h> {
        let index = (have.len() > INDEXED).then(|| {
            let mut tests: Map<ConditionId, Vec<&Condition>> = Map::default();
            for h in have {
                if let ConditionKind::Test(c, _) = &h.kind {
                    tests.entry(*c).or_default().push(h);
                }
            }
            DescriptionIndex {
                stated: have.iter().map(|h| (h.negated, &h.kind)).collect(),
                tests,
            }
        });
        Described { have, index }
    }

    /// Whether the description states the condition, either way round as
    /// the condition says (where it is written aside).
    fn states(&self, c: &Condition) -> bool {
        match &self.index {
            Some(index) => index.stated.contains(&(c.negated, &c.kind)),
            None => self
                .have
                .iter()
                .any(|h| h.negated == c.negated && h.kind == c.kind),
        }
    }

    /// The conditions of the description that apply the test, negated or
    /// not, in the description's order.
    fn tests(&self, test: ConditionId) -> impl Iterator<Item = &'h Condition> + '_ {
        let (indexed, scanned): (&[&Condition], &[Condition]) = match &self.index {
            Some(index) => (index.tests.get(&test).map_or(&[], Vec::as_slice), &[]),
            None => (&[], self.have),
        };
        indexed.iter().copied().chain(
            scanned
                .iter()
                .filter(move |h| matches!(&h.kind, ConditionKind::Test(c, _) if *c == test)),
        )
    }

    /// The arguments with which the group states a test it meets.
    fn stated_arguments(
        &self,
        test: ConditionId,
    ) -> impl Iterator<Item = &'h std::sync::Arc<[Argument]>> + '_ {
        self.tests(test)
            .filter(|h| !h.negated)
            .filter_map(|h| match &h.kind {
                ConditionKind::Test(_, own) => Some(own),
                _ => None,
            })
    }
}

fn argument_words(model: &Model, argument: Argument) -> String {
    match argument {
        Argument::State(s) => format!("`{}`", model.states[s.index()].id),
        Argument::StateClass(StateClass::MemberState) => "a Member State".to_string(),
        Argument::StateClass(StateClass::OtherMemberState) => "another Member State".to_string(),
        Argument::StateClass(StateClass::ThirdCountry) => "a third country".to_string(),
        Argument::StateClass(StateClass::OwnMemberState) => {
            "the Member State of the person's own nationality".to_string()
        }
        Argument::Status(s) => format!("`{}`", model.statuses[s.index()].id),
        Argument::Group(g) => format!("`{}`", model.groups[g.index()].id),
    }
}
