//! Proposals: their own groups and created statuses, their grants, and the
//! checks only a proposal needs (a date, a source, a note per claim, a legal
//! basis in force at the proposal's date).

use super::*;

impl Resolver {
    pub(super) fn fill_proposal(&mut self, id: ProposalId, p: &ast::Proposal) {
        let path = Place::Named(format!("proposal {}", p.id.value));
        if p.date.is_none() {
            self.diagnostics.push(
                Diagnostic::new(Code::MissingDate, format!("proposal `{}` has no date", p.id.value))
                    .label(p.head_span, "this proposal")
                    .help("add `date YYYY-MM-DD`: the provisions in force at that date are the ones it is judged by")
                    .legal_path(self.place_name(&path)),
            );
        }
        if p.source.is_none() {
            self.diagnostics.push(
                Diagnostic::new(Code::MissingProposalSource, format!("proposal `{}` has no source", p.id.value))
                    .label(p.head_span, "this proposal")
                    .help("add `source \"...\"`: where the proposal was made (an article, a speech, a bill)")
                    .legal_path(self.place_name(&path)),
            );
        }
        let addressed_to = p
            .addressed_to
            .as_ref()
            .and_then(|a| {
                self.scope()
                    .lookup(a, &[Kind::Actor], Some(id), "actor", &path)
            })
            .map(|s| ActorId::new(s.index));
        self.model.proposals[id.index()].addressed_to = addressed_to;

        for g in &p.groups {
            if let Some(symbol) = self.locals[id.index()].get(&g.id.value).copied() {
                if symbol.span == Some(g.id.span) {
                    self.fill_group(GroupId::new(symbol.index), g, Some(id));
                }
            }
            self.warn_without_note(g.note.is_none(), g.span, "group", &g.id.value, &path);
        }
        let default_actor = p
            .actor
            .as_ref()
            .and_then(|a| self.measure_actor(a, id, &path));
        if let Some(actor) = default_actor {
            self.model.proposals[id.index()].actor = actor;
        }
        let default_actor = self.model.proposals[id.index()].actor;
        if let Some(name) = &p.enacts {
            self.model.proposals[id.index()].enacts =
                self.scope().instrument_ref(name, path.clone());
        }
        for c in &p.creates {
            let status = self
                .scope()
                .lookup(&c.status, &[Kind::Status], Some(id), "status", &path);
            let group = self
                .scope()
                .lookup(&c.group, &[Kind::Group], Some(id), "group", &path);
            self.warn_without_note(
                c.clauses.note.is_none(),
                c.span,
                "created status",
                &c.status.value,
                &path,
            );
            let actor = c
                .clauses
                .actor
                .as_ref()
                .and_then(|a| self.measure_actor(a, id, &path))
                .unwrap_or(default_actor);
            if let (Some(status), Some(group)) = (status, group) {
                let redefines = self.model.statuses[status.index].created_by.is_none();
                self.model.proposals[id.index()].creates.push(Creation {
                    status: StatusId::new(status.index),
                    redefines,
                    group: GroupId::new(group.index),
                    actor,
                    applies_from: c.clauses.applies_from.as_ref().map(|d| d.value),
                    note: c.clauses.note.as_ref().map(|n| n.value.clone()),
                    span: c.span,
                });
            }
        }
        let mut measure_ids: Map<String, Span> = Map::default();
        for m in &p.measures {
            self.fill_measure(id, p, m, default_actor, &mut measure_ids, &path);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn fill_measure(
        &mut self,
        id: ProposalId,
        p: &ast::Proposal,
        m: &ast::Measure,
        default_actor: MeasureActor,
        measure_ids: &mut Map<String, Span>,
        path: &Place,
    ) {
        let clauses = &m.clauses;
        // What the measure acts on, each with the name it is written under.
        let (power, objects): (Power, Vec<(MeasureObject, &ast::Name)>) = match &m.kind {
            ast::MeasureKind::Grant(rights) => (Power::Grant, self.right_objects(rights, id, path)),
            ast::MeasureKind::Withhold(rights) => {
                (Power::Withhold, self.right_objects(rights, id, path))
            }
            ast::MeasureKind::Implement(rights) => {
                (Power::Facilitate, self.right_objects(rights, id, path))
            }
            ast::MeasureKind::GrantNationality(state)
            | ast::MeasureKind::WithdrawNationality(state) => {
                let power = if matches!(m.kind, ast::MeasureKind::GrantNationality(_)) {
                    Power::Grant
                } else {
                    Power::Withdraw
                };
                let object = self
                    .scope()
                    .lookup(state, &[Kind::State], Some(id), "state", path)
                    .map(|s| (MeasureObject::Nationality(StateId::new(s.index)), state));
                (power, object.into_iter().collect())
            }
            ast::MeasureKind::WithdrawStatus(status) => {
                let object = self
                    .scope()
                    .lookup(status, &[Kind::Status], Some(id), "status", path)
                    .map(|s| (MeasureObject::Status(StatusId::new(s.index)), status));
                (Power::Withdraw, object.into_iter().collect())
            }
            ast::MeasureKind::Arrange(names) => {
                let objects = names
                    .iter()
                    .filter_map(|n| {
                        self.scope()
                            .lookup(n, &[Kind::Arrangement], Some(id), "arrangement", path)
                            .map(|s| (MeasureObject::Arrangement(ArrangementId::new(s.index)), n))
                    })
                    .collect();
                (Power::Arrange, objects)
            }
            ast::MeasureKind::Accede(instrument) => {
                let object = self
                    .scope()
                    .instrument_ref(instrument, path.clone())
                    .map(|i| (MeasureObject::Instrument(i), instrument));
                (Power::Accede, object.into_iter().collect())
            }
        };
        let first_name = objects.first().map(|(_, n)| (*n).clone());
        let Some(first_name) = first_name.or_else(|| clauses.id.clone()) else {
            return;
        };
        let measure_name = clauses.id.as_ref().unwrap_or(&first_name);
        if let Some(first) = measure_ids.get(&measure_name.value) {
            let help = if clauses.id.is_none() {
                "name each measure on the same right with `as`, such as `as vote-for-residents`"
            } else {
                "give each measure its own name"
            };
            self.diagnostics.push(
                Diagnostic::new(
                    Code::Duplicate,
                    format!("two measures are both named `{}`", measure_name.value),
                )
                .label(measure_name.span, "named again here")
                .label(*first, "first named here")
                .help(help)
                .legal_path(self.place_name(path)),
            );
            return;
        }
        measure_ids.insert(measure_name.value.clone(), measure_name.span);
        self.warn_without_note(
            clauses.note.is_none(),
            m.span,
            "measure",
            &measure_name.value,
            path,
        );
        let group = m
            .group
            .as_ref()
            .and_then(|g| {
                self.scope()
                    .lookup(g, &[Kind::Group], Some(id), "group", path)
            })
            .map(|s| GroupId::new(s.index));
        if m.group.is_some() && group.is_none() {
            return;
        }
        let through = clauses
            .through
            .as_ref()
            .and_then(|t| {
                self.scope()
                    .lookup(t, &[Kind::Status], Some(id), "status", path)
            })
            .map(|s| StatusId::new(s.index));
        let basis = clauses
            .basis
            .as_ref()
            .and_then(|c| self.scope().citation(c, path));
        if let (Some(basis), Some(date), Some(citation)) =
            (basis, p.date.as_ref(), clauses.basis.as_ref())
        {
            self.check_in_force(basis, date, citation, path);
        }
        let basis_procedure = clauses
            .basis_procedure
            .as_ref()
            .and_then(|n| {
                self.scope()
                    .lookup(n, &[Kind::Procedure], Some(id), "procedure", path)
            })
            .map(|s| ProcedureId::new(s.index));
        let actor = clauses
            .actor
            .as_ref()
            .and_then(|a| self.measure_actor(a, id, path))
            .unwrap_or(default_actor);
        let tests = |r: &mut Resolver, names: &[ast::Name]| -> Vec<TestId> {
            names
                .iter()
                .filter_map(|n| r.scope().lookup(n, &[Kind::Test], Some(id), "test", path))
                .map(|s| TestId::new(s.index))
                .collect()
        };
        let meets = tests(self, &clauses.meets);
        let fails = tests(self, &clauses.fails);
        let bundle = objects.len() > 1;
        for (object, name) in &objects {
            let object_id = match (bundle, &clauses.id) {
                (true, _) => format!("{}/{}", measure_name.value, name.value),
                (false, Some(own)) => own.value.clone(),
                (false, None) => name.value.clone(),
            };
            self.model.proposals[id.index()].measures.push(Measure {
                id: object_id,
                measure: measure_name.value.clone(),
                power,
                object: *object,
                group,
                actor,
                applies_from: clauses.applies_from.as_ref().map(|d| d.value),
                meets: meets.clone(),
                fails: fails.clone(),
                through,
                likely: clauses.likely,
                basis,
                basis_procedure,
                note: clauses.note.as_ref().map(|n| n.value.clone()),
                span: m.span,
            });
        }
    }

    fn right_objects<'n>(
        &mut self,
        names: &'n [ast::Name],
        id: ProposalId,
        path: &Place,
    ) -> Vec<(MeasureObject, &'n ast::Name)> {
        names
            .iter()
            .filter_map(|n| {
                self.scope()
                    .lookup(n, &[Kind::Right], Some(id), "right", path)
                    .map(|s| (MeasureObject::Right(RightId::new(s.index)), n))
            })
            .collect()
    }

    /// `union with STATE`, `member-state STATE`: the States must exist, the
    /// acting one be a Member State some time, the partner not one at all.
    fn measure_actor(
        &mut self,
        actor: &ast::MeasureActor,
        id: ProposalId,
        path: &Place,
    ) -> Option<MeasureActor> {
        let state = match &actor.state {
            Some(name) => Some(
                self.scope()
                    .lookup(name, &[Kind::State], Some(id), "state", path)
                    .map(|s| StateId::new(s.index))?,
            ),
            None => None,
        };
        let with = match &actor.with {
            Some(name) => Some(
                self.scope()
                    .lookup(name, &[Kind::State], Some(id), "state", path)
                    .map(|s| StateId::new(s.index))?,
            ),
            None => None,
        };
        Some(MeasureActor {
            kind: actor.kind,
            state,
            with,
        })
    }

    pub(super) fn warn_without_note(
        &mut self,
        missing: bool,
        span: Span,
        what: &str,
        name: &str,
        path: &Place,
    ) {
        if missing {
            self.diagnostics.push(
                Diagnostic::new(Code::ClaimWithoutNote, format!("{what} `{name}` has no source note"))
                    .label(span, "this claim")
                    .help("add `note \"...\"` saying where the proposal makes this claim (a short quote or paraphrase)")
                    .legal_path(self.place_name(path)),
            );
        }
    }

    pub(super) fn check_in_force(
        &mut self,
        provision: ProvisionId,
        date: &ast::Spanned<Date>,
        citation: &ast::Citation,
        path: &Place,
    ) {
        let p = &self.model.provisions[provision.index()];
        if p.in_force_at(date.value) {
            return;
        }
        let mut diagnostic = Diagnostic::new(
            Code::NotInForce,
            format!("`{citation}` was not in force on {}", date.value),
        )
        .label(citation.span, "cited here");
        diagnostic = match p.in_force.first() {
            Some(period) => diagnostic.label(period.span, format!("in force {period}")),
            None => diagnostic,
        };
        // The numbering in force that day, earlier or later in the chain.
        let in_force_then: Vec<String> = self
            .model
            .succession(provision)
            .0
            .iter()
            .copied()
            .filter(|c| *c != provision && self.model.provisions[c.index()].in_force_at(date.value))
            .map(|c| self.model.citation(c))
            .collect();
        let starts = p.in_force.iter().map(|period| period.from).min();
        let too_early = starts.is_some_and(|from| date.value < from);
        let help = match (in_force_then.is_empty(), too_early) {
            (false, true) => format!(
                "it entered into force later; on {} the provision in force was {}",
                date.value,
                in_force_then.join(", ")
            ),
            (false, false) => format!(
                "it had ceased to apply; on {} the provision in force was {}",
                date.value,
                in_force_then.join(", ")
            ),
            (true, true) => format!(
                "it applies only from {}; nothing before it in the corpus was in force on {}",
                starts.map(|d| d.to_string()).unwrap_or_default(),
                date.value
            ),
            (true, false) => "cite the provision in force at the proposal's date".to_string(),
        };
        self.diagnostics
            .push(diagnostic.help(help).legal_path(self.place_name(path)));
    }
}
