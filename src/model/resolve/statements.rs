//! Statements: what a provision does in law, resolved against the names
//! every file declares — definitions, conferrals, legal bases, limits,
//! prohibitions, amendments and succession links.

use super::*;

impl Resolver {
    pub(super) fn extension_statements(&mut self) {
        for (id, body, new) in std::mem::take(&mut self.extensions) {
            if new {
                self.statements_of(id, &body);
            } else {
                self.statements_here(id, &body);
            }
        }
    }

    pub(super) fn statements_of(&mut self, id: ProvisionId, body: &ast::ProvisionBody) {
        self.statements_here(id, body);
        let children = self.model.provisions[id.index()].children.clone();
        // Children were made in the order of the subdivisions that were kept.
        let kept: Vec<&ast::Subdivision> = body
            .subdivisions
            .iter()
            .filter(|s| {
                children
                    .iter()
                    .any(|c| self.model.provisions[c.index()].span == s.span)
            })
            .collect();
        for (child, sub) in children.into_iter().zip(kept) {
            self.statements_of(child, &sub.body);
        }
    }

    /// The statements written directly in a provision's body.
    pub(super) fn statements_here(&mut self, id: ProvisionId, body: &ast::ProvisionBody) {
        let path = Place::Provision(id);
        self.model.provisions[id.index()]
            .statements
            .reserve_exact(body.statements.len());
        for statement in &body.statements {
            let kind = match &statement.kind {
                ast::StatementKind::Defines { status, conditions } => {
                    let status_id = self
                        .lookup(status, &[Kind::Status], None, "status", &path)
                        .map(|s| StatusId::new(s.index));
                    let conditions = self.conditions(conditions, None, &path);
                    status_id.map(|status| {
                        self.note_definition_edges(Holder::Status(status), &conditions);
                        StatementKind::Defines { status, conditions }
                    })
                }
                ast::StatementKind::Confers {
                    rights,
                    holders,
                    conditions,
                    limits,
                } => {
                    let rights = self.rights(rights, &path);
                    let holders = self.holders(holders, None, &path);
                    let conditions = self.conditions(conditions, None, &path);
                    let limits = self.conditions(limits, None, &path);
                    Some(StatementKind::Confers {
                        rights,
                        holders,
                        conditions,
                        limits,
                    })
                }
                ast::StatementKind::Empowers {
                    actor,
                    procedure,
                    act,
                    holders,
                    conditions,
                    excluding,
                } => {
                    let actor = self
                        .lookup(actor, &[Kind::Actor], None, "actor", &path)
                        .map(|s| ActorId::new(s.index));
                    let procedure = self
                        .lookup(procedure, &[Kind::Procedure], None, "procedure", &path)
                        .map(|s| ProcedureId::new(s.index));
                    let object = self.object(act, &path);
                    let holders = self.holder_scope(holders, &path);
                    let conditions = self.conditions(conditions, None, &path);
                    let excluding = self.rights(excluding, &path);
                    match (actor, procedure) {
                        (Some(actor), Some(procedure)) => Some(StatementKind::Empowers {
                            actor,
                            procedure,
                            power: act.power.value,
                            object,
                            holders,
                            conditions,
                            excluding,
                        }),
                        _ => None,
                    }
                }
                ast::StatementKind::Limits {
                    actor,
                    act,
                    holders,
                    conditions,
                    tests,
                } => {
                    let actor = self.word(actor, LimitActor::WORDS, "actor of a limit");
                    let object = self.object(act, &path);
                    let holders = self.holder_scope(holders, &path);
                    let conditions = self.conditions(conditions, None, &path);
                    let tests = tests
                        .iter()
                        .filter_map(|t| self.lookup(t, &[Kind::Test], None, "test", &path))
                        .map(|s| TestId::new(s.index))
                        .collect();
                    actor.map(|actor| StatementKind::Limits {
                        actor,
                        power: act.power.value,
                        object,
                        holders,
                        conditions,
                        tests,
                    })
                }
                ast::StatementKind::Forbids {
                    actor,
                    act,
                    holders,
                    conditions,
                } => {
                    let actor = self.word(actor, LimitActor::WORDS, "actor of a limit");
                    let object = self.object(act, &path);
                    let holders = self.holder_scope(holders, &path);
                    let conditions = self.conditions(conditions, None, &path);
                    actor.map(|actor| StatementKind::Forbids {
                        actor,
                        power: act.power.value,
                        object,
                        holders,
                        conditions,
                    })
                }
                ast::StatementKind::Amends {
                    instruments,
                    procedure,
                } => {
                    let instruments: Vec<InstrumentId> = instruments
                        .iter()
                        .filter_map(|i| self.instrument_ref(i, path.clone()))
                        .collect();
                    let procedure = self
                        .lookup(procedure, &[Kind::Procedure], None, "procedure", &path)
                        .map(|s| ProcedureId::new(s.index));
                    procedure.map(|procedure| StatementKind::Amends {
                        instruments,
                        procedure,
                    })
                }
                ast::StatementKind::Succeeds(citation) => {
                    if let Some(earlier) = self.citation(citation, &path) {
                        self.model.provisions[id.index()]
                            .links_mut()
                            .predecessors
                            .push(earlier);
                        self.model.provisions[earlier.index()]
                            .links_mut()
                            .successors
                            .push(id);
                        self.succession_edges.push((id, earlier, citation.span));
                    }
                    None
                }
                ast::StatementKind::Equivalent(citation) => {
                    if let Some(other) = self.citation(citation, &path) {
                        self.model.provisions[id.index()]
                            .links_mut()
                            .equivalents
                            .push(other);
                        self.model.provisions[other.index()]
                            .links_mut()
                            .equivalents
                            .push(id);
                    }
                    None
                }
            };
            if let Some(kind) = kind {
                self.model.provisions[id.index()]
                    .statements
                    .push(Statement {
                        kind,
                        span: statement.span,
                    });
            }
        }
    }

    /// What an `empowers`, `limits` or `forbids` acts on.
    pub(super) fn object(&mut self, act: &ast::Act, path: &Place) -> Object {
        match &act.object {
            ast::ActObject::AnyRight(_) => Object::Rights(Scope::Any),
            ast::ActObject::Nationality(_) => Object::Nationality,
            ast::ActObject::Statuses(names) => Object::Statuses(
                names
                    .iter()
                    .filter_map(|n| self.lookup(n, &[Kind::Status], None, "status", path))
                    .map(|s| StatusId::new(s.index))
                    .collect(),
            ),
            ast::ActObject::Instruments(names) => Object::Instruments(
                names
                    .iter()
                    .filter_map(|n| self.instrument_ref(n, path.clone()))
                    .collect(),
            ),
            ast::ActObject::Names(names) if act.power.value == Power::Arrange => {
                Object::Arrangements(
                    names
                        .iter()
                        .filter_map(|n| {
                            self.lookup(n, &[Kind::Arrangement], None, "arrangement", path)
                        })
                        .map(|s| ArrangementId::new(s.index))
                        .collect(),
                )
            }
            ast::ActObject::Names(names) => Object::Rights(Scope::Only(self.rights(names, path))),
        }
    }

    pub(super) fn holder_scope(&mut self, holders: &ast::Scope, path: &Place) -> Scope<Holder> {
        match holders {
            ast::Scope::Any(_) => Scope::Any,
            ast::Scope::Names(names) => Scope::Only(self.holders(names, None, path)),
        }
    }

    pub(super) fn note_definition_edges(&mut self, from: Holder, conditions: &[Condition]) {
        for c in conditions {
            let to = match c.kind {
                ConditionKind::Holds(s) => Holder::Status(s),
                ConditionKind::InGroup(g) => Holder::Group(g),
                ConditionKind::Test(..) => continue,
            };
            self.definition_edges.push((from, to, c.span));
        }
    }
}
