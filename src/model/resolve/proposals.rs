//! Proposals: their own groups and created statuses, their grants, and the
//! checks only a proposal needs (a date, a source, a note per claim, a legal
//! basis in force at the proposal's date).

use super::*;

impl Resolver {
    pub(super) fn fill_proposal(&mut self, id: ProposalId, p: &ast::Proposal) {
        let path = Some(format!("proposal {}", p.id.value));
        if p.date.is_none() {
            self.diagnostics.push(
                Diagnostic::new(Code::MissingDate, format!("proposal `{}` has no date", p.id.value))
                    .label(p.head_span, "this proposal")
                    .help("add `date YYYY-MM-DD`: the provisions in force at that date are the ones it is judged by")
                    .legal_path(path.clone()),
            );
        }
        if p.source.is_none() {
            self.diagnostics.push(
                Diagnostic::new(Code::MissingProposalSource, format!("proposal `{}` has no source", p.id.value))
                    .label(p.head_span, "this proposal")
                    .help("add `source \"...\"`: where the proposal was made (an article, a speech, a bill)")
                    .legal_path(path.clone()),
            );
        }
        let addressed_to = p
            .addressed_to
            .as_ref()
            .and_then(|a| self.lookup(a, &[Kind::Actor], Some(id), "actor", &path))
            .map(|s| ActorId(s.index));
        self.model.proposals[id.0].addressed_to = addressed_to;

        for g in &p.groups {
            if let Some(symbol) = self.locals[id.0].get(&g.id.value).copied() {
                if symbol.span == Some(g.id.span) {
                    self.fill_group(GroupId(symbol.index), g, Some(id));
                }
            }
            self.warn_without_note(g.note.is_none(), g.span, "group", &g.id.value, &path);
        }
        for c in &p.creates {
            let status = self.lookup(&c.status, &[Kind::Status], Some(id), "status", &path);
            let group = self.lookup(&c.group, &[Kind::Group], Some(id), "group", &path);
            self.warn_without_note(
                c.note.is_none(),
                c.span,
                "created status",
                &c.status.value,
                &path,
            );
            if let (Some(status), Some(group)) = (status, group) {
                let redefines = self.model.statuses[status.index].created_by.is_none();
                self.model.proposals[id.0].creates.push(Creation {
                    status: StatusId(status.index),
                    redefines,
                    group: GroupId(group.index),
                    note: c.note.as_ref().map(|n| n.value.clone()),
                    span: c.span,
                });
            }
        }
        let mut grant_ids: HashMap<String, Span> = HashMap::new();
        for g in &p.grants {
            let grant_name = g.id.as_ref().unwrap_or(&g.right);
            if let Some(first) = grant_ids.get(&grant_name.value) {
                let help = if g.id.is_none() {
                    "name each grant of the same right with `as`, such as `as vote-for-residents`"
                } else {
                    "give each grant its own name"
                };
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::Duplicate,
                        format!("two grants are both named `{}`", grant_name.value),
                    )
                    .label(grant_name.span, "named again here")
                    .label(*first, "first named here")
                    .help(help)
                    .legal_path(path.clone()),
                );
                continue;
            }
            grant_ids.insert(grant_name.value.clone(), grant_name.span);
            self.warn_without_note(g.note.is_none(), g.span, "grant", &grant_name.value, &path);
            let right = self.lookup(&g.right, &[Kind::Right], Some(id), "right", &path);
            let group = self.lookup(&g.group, &[Kind::Group], Some(id), "group", &path);
            let through = g
                .through
                .as_ref()
                .and_then(|t| self.lookup(t, &[Kind::Status], Some(id), "status", &path))
                .map(|s| StatusId(s.index));
            let basis = g.basis.as_ref().and_then(|c| self.citation(c, &path));
            if let (Some(basis), Some(date), Some(citation)) =
                (basis, p.date.as_ref(), g.basis.as_ref())
            {
                self.check_in_force(basis, date, citation, &path);
            }
            let basis_procedure = g
                .basis_procedure
                .as_ref()
                .and_then(|n| self.lookup(n, &[Kind::Procedure], Some(id), "procedure", &path))
                .map(|s| ProcedureId(s.index));
            if let (Some(right), Some(group)) = (right, group) {
                self.model.proposals[id.0].grants.push(Grant {
                    id: grant_name.value.clone(),
                    right: RightId(right.index),
                    group: GroupId(group.index),
                    through,
                    likely: g.likely,
                    basis,
                    basis_procedure,
                    note: g.note.as_ref().map(|n| n.value.clone()),
                    span: g.span,
                });
            }
        }
    }

    pub(super) fn warn_without_note(
        &mut self,
        missing: bool,
        span: Span,
        what: &str,
        name: &str,
        path: &Option<String>,
    ) {
        if missing {
            self.diagnostics.push(
                Diagnostic::new(Code::ClaimWithoutNote, format!("{what} `{name}` has no source note"))
                    .label(span, "this claim")
                    .help("add `note \"...\"` saying where the proposal makes this claim (a short quote or paraphrase)")
                    .legal_path(path.clone()),
            );
        }
    }

    pub(super) fn check_in_force(
        &mut self,
        provision: ProvisionId,
        date: &ast::Spanned<Date>,
        citation: &ast::Citation,
        path: &Option<String>,
    ) {
        let p = &self.model.provisions[provision.0];
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
        let successors: Vec<String> = p
            .successors
            .iter()
            .map(|s| self.model.citation(*s))
            .collect();
        let help = if successors.is_empty() {
            "cite the provision in force at the proposal's date".to_string()
        } else {
            format!(
                "cite its successor in force at that date: {}",
                successors.join(", ")
            )
        };
        self.diagnostics
            .push(diagnostic.help(help).legal_path(path.clone()));
    }
}
