//! The vocabulary's declarations filled in once every name is known:
//! conditions and their parameters, States and their membership, groups,
//! and procedures with their routes, votes and veto players.

use super::*;

impl Resolver {
    pub(super) fn fill_condition(&mut self, id: ConditionId, c: &ast::ConditionDecl) {
        let path = Place::Named(format!("condition {}", c.id.value));
        let parameters = self.model.conditions[id.index()].parameters.clone();
        let mut implies = Vec::new();
        for name in &c.implies {
            let Some(symbol) =
                self.scope()
                    .lookup(name, &[Kind::Condition], None, "condition", &path)
            else {
                continue;
            };
            let implied = &self.model.conditions[symbol.index];
            if implied.parameters != parameters {
                let span = implied.span;
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::WrongArguments,
                        format!(
                            "`{}` cannot imply `{}`: their parameters differ",
                            c.id.value, name.value
                        ),
                    )
                    .label(name.span, "implied here")
                    .label(span, "declared with other parameters here")
                    .help(
                        "an implied condition takes the same arguments as the one that implies it",
                    )
                    .legal_path(self.place_name(&path)),
                );
                continue;
            }
            implies.push(ConditionId::new(symbol.index));
        }
        self.model.conditions[id.index()].implies = implies;
    }

    pub(super) fn fill_state(&mut self, id: StateId, st: &ast::State) {
        let Some(parent) = &st.territory_of else {
            return;
        };
        let path = Place::Named(format!("state {}", st.id.value));
        let parent = self
            .scope()
            .lookup(parent, &[Kind::State], None, "state", &path)
            .map(|s| StateId::new(s.index));
        let applies = match &st.treaties_apply {
            Some(word) => self
                .scope()
                .word(word, TreatiesApply::WORDS, "extent of application"),
            None => Some(TreatiesApply::Fully),
        };
        if let (Some(parent), Some(applies)) = (parent, applies) {
            self.model.states[id.index()].territory_of = Some((parent, applies));
        }
    }

    pub(super) fn fill_group(&mut self, id: GroupId, g: &ast::Group, proposal: Option<ProposalId>) {
        let path = match proposal {
            Some(p) => Place::Named(format!("proposal {}", self.model.proposals[p.index()].id)),
            None => Place::Named(format!("group {}", g.id.value)),
        };
        let alternatives = self.scope().alternatives(&g.conditions, proposal, &path);
        for alternative in &alternatives {
            self.scope()
                .note_definition_edges(Holder::Group(id), alternative);
        }
        let group = &mut self.model.groups[id.index()];
        group.conditions = alternatives.first().cloned().unwrap_or_default();
        group.alternatives = alternatives;
    }

    pub(super) fn fill_procedure(&mut self, id: ProcedureId, p: &ast::Procedure) {
        let path = Place::Named(format!("procedure {}", p.id.value));
        let mut missing = Vec::new();
        let route = match &p.route {
            Some(w) => self.scope().word(w, RouteKind::WORDS, "route"),
            None => {
                missing.push("`route`");
                None
            }
        };
        let voting = match &p.voting {
            Some(w) => self.scope().word(w, Voting::WORDS, "voting rule"),
            None => {
                missing.push("`voting`");
                None
            }
        };
        if p.cost_rank.is_none() {
            missing.push("`cost-rank`");
        }
        if !missing.is_empty() {
            self.diagnostics.push(
                Diagnostic::new(
                    Code::MissingEntry,
                    format!("procedure `{}` has no {}", p.id.value, missing.join(" and no ")),
                )
                .label(p.id.span, "this procedure")
                .help("every procedure says the route it yields, how the deciding body votes, and its cost rank")
                .legal_path(self.place_name(&path)),
            );
        }
        let actors = |r: &mut Resolver, names: &[ast::Name]| -> Vec<ActorId> {
            names
                .iter()
                .filter_map(|n| {
                    r.scope()
                        .lookup(n, &[Kind::Actor], None, "actor", &path)
                        .map(|s| ActorId::new(s.index))
                })
                .collect()
        };
        let decides = actors(self, &p.decides);
        let consent = actors(self, &p.consent);
        let ratified_by = actors(self, &p.ratified_by);
        let veto = actors(self, &p.veto);
        let described_in = p
            .described_in
            .as_ref()
            .and_then(|c| self.scope().citation(c, &path));
        let procedure = &mut self.model.procedures[id.index()];
        procedure.route = route.unwrap_or(RouteKind::TreatyRevision);
        procedure.voting = voting.unwrap_or(Voting::None);
        procedure.cost_rank = p.cost_rank.as_ref().map_or(u32::MAX, |c| c.value);
        procedure.steps = p.steps.iter().map(|s| s.value.clone()).collect();
        procedure.decides = decides;
        procedure.consent = consent;
        procedure.ratified_by = ratified_by;
        procedure.veto = veto;
        procedure.described_in = described_in;
        procedure.notes = p.notes.iter().map(|n| n.value.clone()).collect();
    }
}
