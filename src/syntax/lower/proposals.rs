//! Lowering proposals: their entries, groups and measures, with the
//! clauses a measure may carry in any order.

use super::*;

impl Lowerer<'_> {
    pub(super) fn proposal(&mut self, pair: P<'_>) -> Proposal {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let keyword = inner.next().unwrap();
        let id = self.name(inner.next().unwrap());
        let head_span = Span::new(self.file, self.span(&keyword).start(), id.span.end());
        let title = self.string(inner.next().unwrap());
        let mut proposal = Proposal {
            id,
            title,
            source: None,
            date: None,
            applies_from: None,
            actor: None,
            enacts: None,
            proposed_by: None,
            addressed_to: None,
            invented: None,
            notes: Vec::new(),
            groups: Vec::new(),
            creates: Vec::new(),
            measures: Vec::new(),
            head_span,
            span,
        };
        for entry in inner.filter(|p| p.as_rule() == Rule::proposal_entry) {
            let entry = first(entry);
            match entry.as_rule() {
                Rule::source_entry => {
                    let s = self.string(second(entry));
                    once(&mut proposal.source, s, "source", self.diagnostics);
                }
                Rule::date_entry => {
                    let d = self.date(second(entry));
                    once(&mut proposal.date, d, "date", self.diagnostics);
                }
                Rule::proposed_by_entry => {
                    let s = self.string(second(entry));
                    once(
                        &mut proposal.proposed_by,
                        s,
                        "proposed-by",
                        self.diagnostics,
                    );
                }
                Rule::addressed_to_entry => {
                    let n = self.name(second(entry));
                    once(
                        &mut proposal.addressed_to,
                        n,
                        "addressed-to",
                        self.diagnostics,
                    );
                }
                Rule::invented_entry => {
                    let s = self.string(second(entry));
                    once(&mut proposal.invented, s, "invented", self.diagnostics);
                }
                Rule::applies_from_entry => {
                    let d = self.date(second(entry));
                    once(
                        &mut proposal.applies_from,
                        d,
                        "applies-from",
                        self.diagnostics,
                    );
                }
                Rule::actor_clause => {
                    let actor = self.measure_actor(second(entry));
                    once_actor(&mut proposal.actor, actor, self.diagnostics);
                }
                Rule::enacts_entry => {
                    let n = self.name(second(entry));
                    once(&mut proposal.enacts, n, "enacts", self.diagnostics);
                }
                Rule::note_entry => proposal.notes.push(self.string(second(entry))),
                Rule::group => proposal.groups.push(self.group(entry)),
                Rule::measure => {
                    let measure = first(entry);
                    if measure.as_rule() == Rule::creates {
                        proposal.creates.push(self.creates(measure));
                    } else {
                        proposal.measures.push(self.measure(measure));
                    }
                }
                other => unreachable!("proposal entry {other:?}"),
            }
        }
        proposal
    }

    pub(super) fn creates(&mut self, pair: P<'_>) -> Creation {
        let span = self.span(&pair);
        let mut status = None;
        let mut title = None;
        let mut group = None;
        let mut clauses = MeasureClauses::default();
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::name if status.is_none() => status = Some(self.name(part)),
                Rule::name => group = Some(self.name(part)),
                Rule::string => title = Some(self.string(part)),
                Rule::measure_clause => self.measure_clause(first(part), &mut clauses),
                _ => {}
            }
        }
        Creation {
            status: status.expect("grammar guarantees a status"),
            title,
            group: group.expect("grammar guarantees a group"),
            clauses,
            span,
        }
    }

    /// `grants`, `withholds`, `withdraws`, `arranges`, `accedes-to` or `implements`.
    pub(super) fn measure(&mut self, pair: P<'_>) -> Measure {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let mut objects: Vec<Name> = Vec::new();
        let mut nationality = None;
        let mut status = None;
        let mut group = None;
        let mut clauses = MeasureClauses::default();
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::name_list if objects.is_empty() => objects = self.name_list(part),
                Rule::instrument_id => objects.push(self.name(part)),
                Rule::nationality_object => {
                    let state = part.into_inner().find(|p| p.as_rule() == Rule::name);
                    nationality = state.map(|p| self.name(p));
                }
                Rule::withdrawn_status => status = Some(self.name(second(part))),
                Rule::name => group = Some(self.name(part)),
                Rule::measure_clause => self.measure_clause(first(part), &mut clauses),
                _ => {}
            }
        }
        let kind = match (rule, nationality, status) {
            (Rule::grants, Some(state), _) => MeasureKind::GrantNationality(state),
            (Rule::grants, None, _) => MeasureKind::Grant(objects),
            (Rule::withholds, ..) => MeasureKind::Withhold(objects),
            (Rule::withdraws, Some(state), _) => MeasureKind::WithdrawNationality(state),
            (Rule::withdraws, None, Some(status)) => MeasureKind::WithdrawStatus(status),
            (Rule::arranges, ..) => MeasureKind::Arrange(objects),
            (Rule::accedes, ..) => MeasureKind::Accede(objects.remove(0)),
            (Rule::implements, ..) => MeasureKind::Implement(objects),
            other => unreachable!("measure {other:?}"),
        };
        Measure {
            kind,
            group,
            clauses,
            span,
        }
    }

    pub(super) fn measure_clause(&mut self, part: P<'_>, clauses: &mut MeasureClauses) {
        let span = self.span(&part);
        match part.as_rule() {
            Rule::through_clause => {
                let n = self.name(second(part));
                once(&mut clauses.through, n, "through", self.diagnostics);
            }
            Rule::as_clause => {
                let n = self.name(second(part));
                once(&mut clauses.id, n, "as", self.diagnostics);
            }
            Rule::likely => clauses.likely = true,
            Rule::basis_clause => {
                if clauses.basis.is_some() {
                    self.repeated(span, "basis");
                    return;
                }
                let mut clause = part.into_inner().filter(|p| !is_keyword(p.as_rule()));
                clauses.basis = Some(self.citation(clause.next().unwrap()));
                clauses.basis_procedure = clause.next().map(|p| self.name(p));
            }
            Rule::actor_clause => {
                let actor = self.measure_actor(second(part));
                once_actor(&mut clauses.actor, actor, self.diagnostics);
            }
            Rule::applies_from_entry => {
                let d = self.date(second(part));
                once(
                    &mut clauses.applies_from,
                    d,
                    "applies-from",
                    self.diagnostics,
                );
            }
            Rule::meets_clause => clauses.meets.extend(self.name_list(second(part))),
            Rule::fails_clause => clauses.fails.extend(self.name_list(second(part))),
            Rule::note_entry => {
                let s = self.string(second(part));
                once(&mut clauses.note, s, "note", self.diagnostics);
            }
            other => unreachable!("measure clause {other:?}"),
        }
    }

    pub(super) fn repeated(&mut self, span: Span, what: &str) {
        self.diagnostics.push(
            Diagnostic::new(Code::RepeatedEntry, format!("`{what}` is given twice"))
                .label(span, "given again here")
                .help(format!("keep one `{what}` entry")),
        );
    }

    /// `union [with STATE]`, `member-state STATE [with STATE]` or `each-member-state`.
    pub(super) fn measure_actor(&mut self, pair: P<'_>) -> MeasureActor {
        let span = self.span(&pair);
        let mut kind = ActorKind::Union;
        let mut state = None;
        let mut with = None;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::kw_union => kind = ActorKind::Union,
                Rule::kw_member_state => kind = ActorKind::MemberState,
                Rule::kw_each_member_state => kind = ActorKind::EachMemberState,
                Rule::name => state = Some(self.name(part)),
                Rule::with_clause => with = Some(self.name(second(part))),
                _ => {}
            }
        }
        MeasureActor {
            kind,
            state,
            with,
            span,
        }
    }
}

/// A `by` given twice in one place is reported like any repeated entry.
fn once_actor(
    slot: &mut Option<MeasureActor>,
    actor: MeasureActor,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let span = actor.span;
    let mut spanned = slot.take().map(|a| Spanned::new(a.clone(), a.span));
    once(&mut spanned, Spanned::new(actor, span), "by", diagnostics);
    *slot = spanned.map(|s| s.value);
}
