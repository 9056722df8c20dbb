//! Statements: what a provision does in law, resolved against the names
//! every file declares — definitions, conferrals, legal bases, limits,
//! prohibitions, amendments and succession links.

use super::*;

/// What the statements of a provision and its subdivisions say, resolved
/// without touching the model: each provision's statements, and the links
/// that a `succeeds` or `equivalent` makes between two provisions. The
/// resolver takes it in order ([`Resolver::take_said`]).
#[derive(Default)]
pub(super) struct Said {
    statements: Vec<(ProvisionId, Vec<Statement>)>,
    /// (successor, predecessor, where the link is written).
    succeeds: Vec<(ProvisionId, ProvisionId, Span)>,
    equivalent: Vec<(ProvisionId, ProvisionId)>,
}

/// The statements of the articles, resolved a run of articles at a time on
/// every core, with what resolving them found, all in article order; and
/// how many items of each list are each article's, so that the resolver
/// takes each article's share at its place among the items.
#[derive(Default)]
pub(super) struct ArticlesSaid {
    said: Said,
    diagnostics: Vec<Diagnostic>,
    noted: Vec<Reference>,
    definition_edges: Vec<(Holder, Holder, Span)>,
    /// For each article: its provisions with statements, its `succeeds`
    /// and `equivalent` links, its diagnostics, references and edges.
    shares: Vec<[u32; 6]>,
}

/// A list of each run, taken in turn.
type Runs<T> = std::iter::Flatten<std::vec::IntoIter<Vec<T>>>;

/// [`ArticlesSaid`] of every run being taken, an article at a time.
pub(super) struct Taking {
    statements: Runs<(ProvisionId, Vec<Statement>)>,
    succeeds: Runs<(ProvisionId, ProvisionId, Span)>,
    equivalent: Runs<(ProvisionId, ProvisionId)>,
    diagnostics: Runs<Diagnostic>,
    noted: Runs<Reference>,
    definition_edges: Runs<(Holder, Holder, Span)>,
    shares: Runs<[u32; 6]>,
}

/// Articles resolved together on one core: enough that a run's lists are
/// not a cost of their own, few enough that the cores share the work.
pub(super) const ARTICLES_A_RUN: usize = 512;

impl Resolver {
    pub(super) fn extension_statements(&mut self) {
        for (id, body, new) in std::mem::take(&mut self.extensions) {
            let mut said = Said::default();
            if new {
                self.scope().statements_of(id, &body, &mut said);
            } else {
                self.scope().statements_here(id, &body, &mut said);
            }
            self.take_said(said);
        }
    }

    /// The statements of these articles and of their subdivisions, a run
    /// of articles at a time on every core: nothing an article's
    /// statements read (the names, the provisions and their numbering) is
    /// written while they are resolved.
    pub(super) fn articles_said(&self, articles: &[(ProvisionId, &ast::ProvisionBody)]) -> Taking {
        let runs: Vec<&[(ProvisionId, &ast::ProvisionBody)]> =
            articles.chunks(self.articles_a_run).collect();
        let runs = crate::parallel::map(&runs, |run| {
            let mut found = ArticlesSaid::default();
            for &(id, body) in *run {
                let before = found.counts();
                let mut scope = Resolving {
                    model: &self.model,
                    global: &self.global,
                    locals: &self.locals,
                    suggestions: &self.suggestions,
                    state_classes: &self.state_classes,
                    references: self.references,
                    diagnostics: &mut found.diagnostics,
                    noted: &mut found.noted,
                    definition_edges: &mut found.definition_edges,
                };
                scope.statements_of(id, body, &mut found.said);
                let after = found.counts();
                let share = std::array::from_fn(|i| share(after[i] - before[i]));
                found.shares.push(share);
            }
            found
        });
        // Each list of each run, in run order: the runs are taken in turn,
        // never copied into one list.
        fn each<T>(
            runs: &mut [ArticlesSaid],
            list: fn(&mut ArticlesSaid) -> &mut Vec<T>,
        ) -> Runs<T> {
            let lists: Vec<Vec<T>> = runs.iter_mut().map(|r| std::mem::take(list(r))).collect();
            lists.into_iter().flatten()
        }
        let mut runs = runs;
        Taking {
            statements: each(&mut runs, |r| &mut r.said.statements),
            succeeds: each(&mut runs, |r| &mut r.said.succeeds),
            equivalent: each(&mut runs, |r| &mut r.said.equivalent),
            diagnostics: each(&mut runs, |r| &mut r.diagnostics),
            noted: each(&mut runs, |r| &mut r.noted),
            definition_edges: each(&mut runs, |r| &mut r.definition_edges),
            shares: each(&mut runs, |r| &mut r.shares),
        }
    }

    /// Takes what the next article's statements said and found, as if
    /// they were resolved here.
    pub(super) fn take_next_article(&mut self, taking: &mut Taking) {
        let Some([statements, succeeds, equivalent, diagnostics, noted, edges]) =
            taking.shares.next()
        else {
            return;
        };
        self.take_statements(
            taking.statements.by_ref().take(statements as usize),
            taking.succeeds.by_ref().take(succeeds as usize),
            taking.equivalent.by_ref().take(equivalent as usize),
        );
        self.diagnostics
            .extend(taking.diagnostics.by_ref().take(diagnostics as usize));
        self.noted
            .extend(taking.noted.by_ref().take(noted as usize));
        self.definition_edges
            .extend(taking.definition_edges.by_ref().take(edges as usize));
    }

    /// Puts the statements and links said into the model.
    fn take_said(&mut self, said: Said) {
        self.take_statements(said.statements, said.succeeds, said.equivalent);
    }

    fn take_statements(
        &mut self,
        statements: impl IntoIterator<Item = (ProvisionId, Vec<Statement>)>,
        succeeds: impl IntoIterator<Item = (ProvisionId, ProvisionId, Span)>,
        equivalent: impl IntoIterator<Item = (ProvisionId, ProvisionId)>,
    ) {
        for (id, mut statements) in statements {
            let provision = &mut self.model.provisions[id.index()];
            if provision.statements.is_empty() {
                provision.statements = statements;
            } else {
                provision.statements.append(&mut statements);
            }
        }
        for (id, earlier, span) in succeeds {
            self.model.provisions[id.index()]
                .links_mut()
                .predecessors
                .push(earlier);
            self.model.provisions[earlier.index()]
                .links_mut()
                .successors
                .push(id);
            self.succession_edges.push((id, earlier, span));
        }
        for (id, other) in equivalent {
            self.model.provisions[id.index()]
                .links_mut()
                .equivalents
                .push(other);
            self.model.provisions[other.index()]
                .links_mut()
                .equivalents
                .push(id);
        }
    }
}

impl ArticlesSaid {
    /// How long each list is, in the order of a share.
    fn counts(&self) -> [usize; 6] {
        [
            self.said.statements.len(),
            self.said.succeeds.len(),
            self.said.equivalent.len(),
            self.diagnostics.len(),
            self.noted.len(),
            self.definition_edges.len(),
        ]
    }
}

/// An article's share of a list: an article holds at most a file's worth
/// of statements and diagnostics, far below 2^32.
fn share(count: usize) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

impl Resolving<'_> {
    pub(super) fn statements_of(
        &mut self,
        id: ProvisionId,
        body: &ast::ProvisionBody,
        said: &mut Said,
    ) {
        self.statements_here(id, body, said);
        let children = &self.model.provisions[id.index()].children;
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
        for (&child, sub) in children.iter().zip(kept) {
            self.statements_of(child, &sub.body, said);
        }
    }

    /// The statements written directly in a provision's body.
    pub(super) fn statements_here(
        &mut self,
        id: ProvisionId,
        body: &ast::ProvisionBody,
        said: &mut Said,
    ) {
        let path = Place::Provision(id);
        let mut statements = Vec::with_capacity(body.statements.len());
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
                ast::StatementKind::Empowers(empowers) => {
                    let ast::Empowers {
                        actor,
                        procedure,
                        act,
                        holders,
                        conditions,
                        excluding,
                    } = &**empowers;
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
                ast::StatementKind::Limits(limit) => {
                    let ast::Limit {
                        actor,
                        act,
                        holders,
                        conditions,
                        tests,
                    } = &**limit;
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
                ast::StatementKind::Forbids(prohibition) => {
                    let ast::Prohibition {
                        actor,
                        act,
                        holders,
                        conditions,
                    } = &**prohibition;
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
                        said.succeeds.push((id, earlier, citation.span));
                    }
                    None
                }
                ast::StatementKind::Equivalent(citation) => {
                    if let Some(other) = self.citation(citation, &path) {
                        said.equivalent.push((id, other));
                    }
                    None
                }
            };
            if let Some(kind) = kind {
                statements.push(Statement {
                    kind,
                    span: statement.span,
                });
            }
        }
        if !statements.is_empty() {
            said.statements.push((id, statements));
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

#[cfg(test)]
mod tests {
    use super::super::resolve_in_runs;
    use crate::diagnostic::Code;
    use crate::model::References;
    use crate::source::FileId;

    /// A corpus of many articles whose statements resolve, fail and link in
    /// every way, with other items that find problems of their own between
    /// them: the order of what is found is the test.
    fn corpus(file: usize, articles: usize) -> String {
        let mut text = String::new();
        if file == 0 {
            text.push_str(
                "instrument T \"T\" {\n  kind treaty\n  in-force 1958-01-01\n}\n\
                 right r0 \"right 0\"\nright r1 \"right 1\"\n\
                 status s0 \"status 0\"\nstatus s1 \"status 1\"\n\
                 condition c1(state) \"c\"\ntest t0 \"t\"\n\
                 state northland \"Northland\" member from 1958-01-01\n\
                 actor council \"the Council\"\n\
                 procedure ordinary \"Ordinary\" {\n  route secondary-legislation\n  \
                 voting qualified-majority\n  decides council\n  cost-rank 2\n}\n",
            );
        }
        for n in 0..articles {
            let number = file * articles + n + 1;
            text.push_str(&format!(
                "article T {number} {{\n  source \"S{}\"\n  text-status unverified\n  \
                 text \"\"\"\n    x\n  \"\"\"\n",
                n % 3
            ));
            match n % 7 {
                0 => text.push_str("  confers r0 on s0\n  confers nope on s0\n"),
                1 => text.push_str("  confers r0 on r1\n  defines s1 as c1(northland)\n"),
                2 => text.push_str(&format!(
                    "  succeeds T {}\n  succeeds T 999999\n",
                    number.saturating_sub(1).max(1)
                )),
                3 => text.push_str(&format!(
                    "  equivalent T {}\n  defines s0 as c1\n",
                    number - 1
                )),
                4 => text.push_str(
                    "  limits union to grant any right to any person requires [t0, nope]\n",
                ),
                5 => text.push_str(
                    "  paragraph 1 {\n    confers r1 on s1\n  }\n  \
                     paragraph 1 {\n    confers nope on s1\n  }\n  \
                     paragraph 2 {\n    succeeds T 1(9)\n  }\n",
                ),
                _ => {
                    text.push_str("  empowers council by ordinary to grant [r0] to [s0, nobody]\n")
                }
            }
            text.push_str("}\n");
            if n % 97 == 0 {
                text.push_str(&format!(
                    "group g{file}x{n} \"g\" where c1(nowhere)\n\
                     condition d{file}x{n}(colour) \"d\"\n"
                ));
            }
        }
        text
    }

    #[test]
    fn articles_resolved_in_runs_on_every_core_give_what_one_run_gives() {
        let texts: Vec<String> = (0..3).map(|file| corpus(file, 700)).collect();
        let trees: Vec<_> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let id = FileId(i as u32);
                let (tree, diagnostics) = crate::syntax::parse(id, text);
                assert!(diagnostics.is_empty(), "{diagnostics:?}");
                (id, tree)
            })
            .collect();
        let (one, one_found) = resolve_in_runs(&trees, References::Recorded, usize::MAX);
        // Enough kinds of problem that the comparison means something.
        assert!(one_found.len() > 2_000, "{}", one_found.len());
        // The statements' pass takes the items in turn, the articles and the
        // groups between them: what it finds follows the text.
        let of_statements: Vec<_> = one_found
            .iter()
            .filter(|d| {
                matches!(
                    d.code,
                    Code::UnknownName
                        | Code::WrongKind
                        | Code::UnknownProvision
                        | Code::WrongArguments
                )
            })
            .map(|d| d.labels[0].span)
            .collect();
        assert!(of_statements.windows(2).all(|w| w[0] < w[1]));
        // Each provision holds its own statements and no other's.
        for provision in &one.provisions {
            for statement in &provision.statements {
                let (within, span) = (provision.span, statement.span);
                assert!(span.file == within.file && span.start() >= within.start());
                assert!(span.end() <= within.end());
            }
        }
        assert!(one.provisions.iter().any(|p| !p.predecessors().is_empty()));
        assert!(one.provisions.iter().any(|p| !p.equivalents().is_empty()));
        for run in [1, 7, 512] {
            let (model, found) = resolve_in_runs(&trees, References::Recorded, run);
            assert_eq!(found, one_found, "runs of {run}");
            assert_eq!(
                format!("{:?}", model.provisions),
                format!("{:?}", one.provisions),
                "runs of {run}"
            );
            assert_eq!(model.references, one.references, "runs of {run}");
        }
    }
}
