//! Which statuses a nationality can carry with it: the statuses whose holding
//! can turn on holding a nationality, found once per analysis from the
//! definitions and groups of the whole corpus.
//!
//! A measure that grants or withdraws a nationality asks, for each status,
//! whether the group holds it before and after (a nationality withdrawn takes
//! Union citizenship with it). Asking that of every status in the corpus for
//! every such measure grows as their product; only a status defined, at any
//! date, through the nationality condition (or a condition that implies it),
//! directly or through the statuses and groups its definitions name, can
//! change, so only those are asked. The answer for each is still the
//! evaluator's: this module narrows the question, it decides nothing.
//!
//! Why that is exact: the group before and after differ only in conditions
//! of the nationality test and the tests it implies (a test's expansion adds
//! only the tests it implies), and whether a group meets a required test
//! looks only at the group's conditions of that same test (see
//! `Evaluator::entails`); a group named as a test's argument is judged on
//! its own conditions, not on the group asked about.

use crate::model::*;

/// The nationality condition and the statuses that can turn on it, in the
/// corpus's order.
#[derive(Debug, Default)]
pub struct Dependents {
    /// The condition `holds-nationality(state)`, if the corpus declares it.
    pub condition: Option<ConditionId>,
    pub statuses: Vec<StatusId>,
}

impl Dependents {
    pub fn new(model: &Model) -> Dependents {
        let Some(nationality) = model
            .conditions
            .iter()
            .position(|c| c.id == NATIONALITY && c.parameters == [ParameterKind::State])
        else {
            return Dependents::default();
        };
        // The tests that may differ: the nationality test and what it
        // implies; then every test that implies one of those, since a
        // group's expansion adds the tests its own tests imply.
        let mut implied_by: Vec<Vec<usize>> = vec![Vec::new(); model.conditions.len()];
        for (c, definition) in model.conditions.iter().enumerate() {
            for implied in &definition.implies {
                implied_by[implied.index()].push(c);
            }
        }
        let mut differs = vec![false; model.conditions.len()];
        let mut stack = vec![nationality];
        while let Some(c) = stack.pop() {
            if !std::mem::replace(&mut differs[c], true) {
                stack.extend(model.conditions[c].implies.iter().map(|i| i.index()));
            }
        }
        let mut turns = vec![false; model.conditions.len()];
        let mut stack: Vec<usize> = (0..differs.len()).filter(|c| differs[*c]).collect();
        while let Some(c) = stack.pop() {
            if !std::mem::replace(&mut turns[c], true) {
                stack.extend(implied_by[c].iter().copied());
            }
        }

        // Who names whom: a status or a group, and the statuses and groups
        // whose conditions name it. Nodes are statuses, then groups.
        let statuses = model.statuses.len();
        let node = |holder: Holder| match holder {
            Holder::Status(s) => s.index(),
            Holder::Group(g) => statuses + g.index(),
        };
        let mut named_by: Vec<Vec<usize>> = vec![Vec::new(); statuses + model.groups.len()];
        let mut reached = vec![false; named_by.len()];
        let mut seeds = Vec::new();
        let mut read = |whose: usize, conditions: &[Condition]| {
            for c in conditions {
                match &c.kind {
                    ConditionKind::Test(test, _) if turns[test.index()] => seeds.push(whose),
                    ConditionKind::Test(..) => {}
                    ConditionKind::Holds(s) => named_by[node(Holder::Status(*s))].push(whose),
                    ConditionKind::InGroup(g) => named_by[node(Holder::Group(*g))].push(whose),
                }
            }
        };
        for provision in &model.provisions {
            for statement in &provision.statements {
                if let StatementKind::Defines { status, conditions } = &statement.kind {
                    read(node(Holder::Status(*status)), conditions);
                }
            }
        }
        for (g, group) in model.groups.iter().enumerate() {
            let whose = node(Holder::Group(GroupId::new(g)));
            read(whose, &group.conditions);
            for alternative in &group.alternatives {
                read(whose, alternative);
            }
        }
        while let Some(n) = seeds.pop() {
            if !std::mem::replace(&mut reached[n], true) {
                seeds.extend(named_by[n].iter().copied());
            }
        }
        Dependents {
            condition: Some(ConditionId::new(nationality)),
            statuses: (0..statuses)
                .filter(|s| reached[*s])
                .map(StatusId::new)
                .collect(),
        }
    }
}
