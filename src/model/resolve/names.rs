//! Looking names up: in a proposal's own names, then the global ones, with
//! "did you mean" for an unknown name and both places for a name of the
//! wrong kind; and the fixed words of the language.

use super::lookup::{Knowing, Known};
use super::*;
use crate::diagnostic::Candidates;

/// The names of the kinds a lookup expects, globally or in one proposal,
/// that an unknown name is compared with: gathered and indexed when first
/// asked, once for every unknown name that asks (`Candidates`). Articles
/// are resolved on every core, so the gathered names are shared under a
/// lock; each set is kept with the count of names it was made from, and
/// made again if names were declared since.
#[derive(Default)]
pub(super) struct Suggestions {
    names: std::sync::Mutex<Gathered>,
    /// The instruments' ids (`None`) and each instrument's articles, for
    /// unknown citations, kept likewise.
    known: std::sync::Mutex<KeptKnown>,
}

type KeptKnown = Map<Option<InstrumentId>, (usize, std::sync::Arc<Known>)>;

type Gathered = Map<(Option<ProposalId>, Vec<Kind>), (usize, std::sync::Arc<Candidates>)>;

/// What the corpus has, kept by the resolver for every unknown citation.
pub(super) struct Kept<'r> {
    model: &'r Model,
    suggestions: &'r Suggestions,
}

/// What `table` keeps under `key`, made again by `make` unless it was made
/// from `count` names: names declared since make it stale.
fn kept<K: std::hash::Hash + Eq, V>(
    table: &std::sync::Mutex<Map<K, (usize, std::sync::Arc<V>)>>,
    key: K,
    count: usize,
    make: impl FnOnce() -> V,
) -> std::sync::Arc<V> {
    let mut table = table.lock().unwrap_or_else(|e| e.into_inner());
    match table.get(&key) {
        Some((made_of, kept)) if *made_of == count => std::sync::Arc::clone(kept),
        _ => {
            let made = std::sync::Arc::new(make());
            table.insert(key, (count, std::sync::Arc::clone(&made)));
            made
        }
    }
}

impl Knowing for Kept<'_> {
    fn instruments(&self) -> std::sync::Arc<Known> {
        let count = self.model.instruments.len();
        kept(&self.suggestions.known, None, count, || {
            Known::instruments(self.model)
        })
    }

    fn articles(&self, instrument: InstrumentId) -> std::sync::Arc<Known> {
        let count = self.model.instruments[instrument.index()].articles.len();
        kept(&self.suggestions.known, Some(instrument), count, || {
            Known::articles(self.model, instrument)
        })
    }
}

impl<'r> Resolving<'r> {
    /// What the corpus has, for unknown citations, kept for the whole pass.
    pub(super) fn knowing(&self) -> Kept<'r> {
        Kept {
            model: self.model,
            suggestions: self.suggestions,
        }
    }
}

impl Suggestions {
    /// The closest of `names` of the expected kinds to `wanted`, ranked as
    /// `diagnostic::closest` ranks them.
    fn closest(
        &self,
        wanted: &str,
        expected: &[Kind],
        proposal: Option<ProposalId>,
        names: &Names,
    ) -> Option<(usize, usize, String)> {
        let of_kind = || {
            names
                .iter()
                .filter(|(_, s)| expected.contains(&s.kind))
                .map(|(n, _)| n.as_str())
        };
        // A few names are compared where they are.
        if names.len() <= Candidates::SCANNED {
            return crate::diagnostic::closest(wanted, of_kind())
                .map(|(d, l, n)| (d, l, n.to_string()));
        }
        kept(
            &self.names,
            (proposal, expected.to_vec()),
            names.len(),
            || Candidates::new(of_kind()),
        )
        .closest(wanted)
        .map(|(d, l, n)| (d, l, n.to_string()))
    }
}

impl Resolving<'_> {
    /// Looks a name up in the proposal's own names, then the global ones,
    /// and reports an unknown name or one of the wrong kind.
    pub(super) fn lookup(
        &mut self,
        name: &ast::Name,
        expected: &[Kind],
        proposal: Option<ProposalId>,
        what: &str,
        path: &Place,
    ) -> Option<Symbol> {
        let found = proposal
            .and_then(|p| self.locals[p.index()].get(&name.value))
            .or_else(|| self.global.get(&name.value))
            .copied();
        match found {
            Some(symbol) if expected.contains(&symbol.kind) => {
                self.refer(name.span, symbol, false);
                Some(symbol)
            }
            Some(symbol) => {
                let mut diagnostic = Diagnostic::new(
                    Code::WrongKind,
                    format!(
                        "`{}` is {}, not {}",
                        name.value,
                        symbol.kind.a_noun(),
                        a(what)
                    ),
                )
                .label(name.span, format!("{} is expected here", a(what)));
                if let Some(span) = symbol.span {
                    diagnostic = diagnostic
                        .label(span, format!("declared as {} here", symbol.kind.a_noun()));
                }
                let help = self
                    .suggestion(&name.value, expected, proposal)
                    .map_or_else(
                        || format!("name {} here", a(what)),
                        |s| format!("did you mean the {what} `{s}`?"),
                    );
                self.diagnostics
                    .push(diagnostic.help(help).legal_path(self.place_name(path)));
                None
            }
            None => {
                let help = self
                    .suggestion(&name.value, expected, proposal)
                    .map(|s| format!("did you mean `{s}`?"))
                    .unwrap_or_else(|| expected[0].declaration_hint(&name.value));
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::UnknownName,
                        format!("unknown {what} `{}`", name.value),
                    )
                    .label(name.span, format!("no {what} of this name is declared"))
                    .help(help)
                    .legal_path(self.place_name(path)),
                );
                None
            }
        }
    }

    /// Notes where a name is written and what it stands for, for editors.
    pub(super) fn refer(&mut self, span: Span, symbol: Symbol, declaration: bool) {
        let target = match symbol.kind {
            Kind::Right => Target::Right(RightId::new(symbol.index)),
            Kind::Status => Target::Status(StatusId::new(symbol.index)),
            Kind::Condition => Target::Condition(ConditionId::new(symbol.index)),
            Kind::Group => Target::Group(GroupId::new(symbol.index)),
            Kind::Actor => Target::Actor(ActorId::new(symbol.index)),
            Kind::State => Target::State(StateId::new(symbol.index)),
            Kind::StateClass => match self.state_classes.get(symbol.index) {
                Some(class) => Target::StateClass(*class),
                None => return,
            },
            Kind::Procedure => Target::Procedure(ProcedureId::new(symbol.index)),
            Kind::Test => Target::Test(TestId::new(symbol.index)),
            Kind::Arrangement => Target::Arrangement(ArrangementId::new(symbol.index)),
        };
        self.note_reference(Reference {
            span,
            target,
            declaration,
        });
    }

    pub(super) fn suggestion(
        &self,
        wanted: &str,
        expected: &[Kind],
        proposal: Option<ProposalId>,
    ) -> Option<String> {
        let global = self
            .suggestions
            .closest(wanted, expected, None, self.global);
        let local = proposal.and_then(|p| {
            self.suggestions
                .closest(wanted, expected, Some(p), &self.locals[p.index()])
        });
        global
            .into_iter()
            .chain(local)
            .min()
            .map(|(_, _, name)| name)
    }

    pub(super) fn rights(&mut self, names: &[ast::Name], path: &Place) -> Vec<RightId> {
        names
            .iter()
            .filter_map(|n| {
                self.lookup(n, &[Kind::Right], None, "right", path)
                    .map(|s| RightId::new(s.index))
            })
            .collect()
    }

    pub(super) fn holders(
        &mut self,
        names: &[ast::Name],
        proposal: Option<ProposalId>,
        path: &Place,
    ) -> Vec<Holder> {
        names
            .iter()
            .filter_map(|n| {
                self.lookup(
                    n,
                    &[Kind::Status, Kind::Group],
                    proposal,
                    "status or group",
                    path,
                )
                .map(|s| match s.kind {
                    Kind::Status => Holder::Status(StatusId::new(s.index)),
                    _ => Holder::Group(GroupId::new(s.index)),
                })
            })
            .collect()
    }

    pub(super) fn conditions(
        &mut self,
        terms: &[ast::ConditionTerm],
        proposal: Option<ProposalId>,
        path: &Place,
    ) -> Vec<Condition> {
        terms
            .iter()
            .filter_map(|term| self.condition(term, proposal, path))
            .collect()
    }

    /// One condition of a statement: a list of States as an argument is
    /// reported (only a group may mean "any of them"), and its first is kept.
    pub(super) fn condition(
        &mut self,
        term: &ast::ConditionTerm,
        proposal: Option<ProposalId>,
        path: &Place,
    ) -> Option<Condition> {
        if let Some(list) = term.arguments.iter().find(|a| a.len() > 1) {
            self.diagnostics.push(
                Diagnostic::new(
                    Code::Syntax,
                    "a list of arguments is only allowed in a group's conditions",
                )
                .label(list[1].span, "a second argument here")
                .help("a statement's condition names one argument; write one statement for each")
                .legal_path(self.place_name(path)),
            );
        }
        self.condition_cases(term, proposal, path)?
            .into_iter()
            .next()
    }

    /// A group's conditions: every alternative, with each list of arguments
    /// (`holds-nationality([spain, portugal])`) expanded into alternatives.
    pub(super) fn alternatives(
        &mut self,
        alternatives: &[Vec<ast::ConditionTerm>],
        proposal: Option<ProposalId>,
        path: &Place,
    ) -> Vec<Vec<Condition>> {
        let mut out = Vec::new();
        for alternative in alternatives {
            let mut expanded: Vec<Vec<Condition>> = vec![Vec::new()];
            for term in alternative {
                let Some(cases) = self.condition_cases(term, proposal, path) else {
                    continue;
                };
                // Alternatives multiply; a group is written by hand, so a cap
                // keeps a hostile file from asking for millions.
                if expanded.len() * cases.len() > MAX_ALTERNATIVES {
                    self.too_many_alternatives(term.span, "this list multiplies them", path);
                    continue;
                }
                if let [only] = cases.as_slice() {
                    // One case extends every alternative in place: copying
                    // each for every term made a long list quadratic.
                    for prefix in &mut expanded {
                        prefix.push(only.clone());
                    }
                    continue;
                }
                expanded = expanded
                    .iter()
                    .flat_map(|prefix| {
                        cases.iter().map(move |case| {
                            let mut next = prefix.clone();
                            next.push(case.clone());
                            next
                        })
                    })
                    .collect();
            }
            out.extend(expanded);
            if out.len() > MAX_ALTERNATIVES {
                // Said, not cut silently: the parts left out would be
                // judged by no one.
                if let Some(first) = alternative.first() {
                    self.too_many_alternatives(
                        first.span,
                        "this alternative is one too many",
                        path,
                    );
                }
                out.truncate(MAX_ALTERNATIVES);
                break;
            }
        }
        out
    }

    /// LX010 for a group past [`MAX_ALTERNATIVES`], at the term that passes it.
    fn too_many_alternatives(&mut self, span: Span, label: &str, path: &Place) {
        self.diagnostics.push(
            Diagnostic::new(
                Code::Syntax,
                format!("the group has more than {MAX_ALTERNATIVES} alternatives"),
            )
            .label(span, label)
            .help("split the group into several groups")
            .legal_path(self.place_name(path)),
        );
    }

    /// The cases a condition term stands for: one, or one per argument of a list.
    fn condition_cases(
        &mut self,
        term: &ast::ConditionTerm,
        proposal: Option<ProposalId>,
        path: &Place,
    ) -> Option<Vec<Condition>> {
        let expected: &[Kind] = if term.arguments.is_empty() {
            &[Kind::Condition, Kind::Status, Kind::Group]
        } else {
            &[Kind::Condition]
        };
        let what = if term.arguments.is_empty() {
            "condition, status or group"
        } else {
            "condition"
        };
        let symbol = self.lookup(&term.name, expected, proposal, what, path)?;
        let kind = match symbol.kind {
            Kind::Status => ConditionKind::Holds(StatusId::new(symbol.index)),
            Kind::Group => ConditionKind::InGroup(GroupId::new(symbol.index)),
            _ => {
                let definition = self.model.conditions[symbol.index].clone();
                if definition.parameters.len() != term.arguments.len() {
                    let wanted = definition
                        .parameters
                        .iter()
                        .map(|p| p.word())
                        .collect::<Vec<_>>()
                        .join(", ");
                    let usage = if wanted.is_empty() {
                        format!("`{}`", definition.id)
                    } else {
                        format!("`{}({wanted})`", definition.id)
                    };
                    self.diagnostics.push(
                        Diagnostic::new(
                            Code::WrongArguments,
                            format!(
                                "condition `{}` takes {} argument{}, not {}",
                                definition.id,
                                definition.parameters.len(),
                                if definition.parameters.len() == 1 {
                                    ""
                                } else {
                                    "s"
                                },
                                term.arguments.len()
                            ),
                        )
                        .label(term.span, "used here")
                        .label(definition.span, "declared here")
                        .help(format!("write it as {usage}"))
                        .legal_path(self.place_name(path)),
                    );
                    return None;
                }
                let mut cases: Vec<Vec<Argument>> = vec![Vec::new()];
                for (list, parameter) in term.arguments.iter().zip(&definition.parameters) {
                    let mut resolved = Vec::new();
                    for argument in list {
                        resolved.push(self.argument(argument, *parameter, proposal, path)?);
                    }
                    cases = cases
                        .iter()
                        .flat_map(|prefix| {
                            resolved.iter().map(move |a| {
                                let mut next = prefix.clone();
                                next.push(*a);
                                next
                            })
                        })
                        .collect();
                }
                return Some(
                    cases
                        .into_iter()
                        .map(|arguments| Condition {
                            negated: term.negated,
                            kind: ConditionKind::Test(
                                ConditionId::new(symbol.index),
                                arguments.into(),
                            ),
                            span: term.span,
                        })
                        .collect(),
                );
            }
        };
        Some(vec![Condition {
            negated: term.negated,
            kind,
            span: term.span,
        }])
    }

    fn argument(
        &mut self,
        argument: &ast::Name,
        parameter: ParameterKind,
        proposal: Option<ProposalId>,
        path: &Place,
    ) -> Option<Argument> {
        match parameter {
            ParameterKind::State => self
                .lookup(
                    argument,
                    &[Kind::State, Kind::StateClass],
                    proposal,
                    "state",
                    path,
                )
                .map(|s| match s.kind {
                    Kind::State => Argument::State(StateId::new(s.index)),
                    _ => Argument::StateClass(self.state_classes[s.index]),
                }),
            ParameterKind::Status | ParameterKind::Group => self
                .lookup(
                    argument,
                    &[Kind::Status, Kind::Group],
                    proposal,
                    "status or group",
                    path,
                )
                .map(|s| match s.kind {
                    Kind::Status => Argument::Status(StatusId::new(s.index)),
                    _ => Argument::Group(GroupId::new(s.index)),
                }),
        }
    }
}

/// The most alternatives one group may expand to.
const MAX_ALTERNATIVES: usize = 64;
