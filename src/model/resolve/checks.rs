//! Checks that need the whole resolved corpus: every article's text, source
//! and text status, and definitions or successions that go round in a circle.

use super::*;

impl Resolver {
    // ─── Whole-model checks ─────────────────────────────────────────────

    /// The checks over the whole model, and the succession chains, on
    /// every core: each reads the model and writes a list of its own. The
    /// lists are taken in the order the checks ran in on one core (defined
    /// statuses, proposal facts, articles, cycles), so diagnostics keep it.
    pub(super) fn check_whole_model(&mut self) {
        let this = &*self;
        let ((mut statuses, mut articles), (mut facts, mut cycles, chains)) = crate::parallel::join(
            || {
                let (mut statuses, mut articles) = (Vec::new(), Vec::new());
                this.check_status_definitions(&mut statuses);
                this.check_articles(&mut articles);
                (statuses, articles)
            },
            || {
                let (mut facts, mut cycles) = (Vec::new(), Vec::new());
                this.check_proposal_facts(&mut facts);
                this.check_cycles(&mut cycles);
                let chains = crate::model::succession::Chains::found(&this.model);
                (facts, cycles, chains)
            },
        );
        for found in [&mut statuses, &mut facts, &mut articles, &mut cycles] {
            self.diagnostics.append(found);
        }
        self.model.chains = chains;
    }

    /// Every article has a source, a text status, and text unless the
    /// status says no text was found.
    fn check_articles(&self, diagnostics: &mut Vec<Diagnostic>) {
        let articles: Vec<ProvisionId> = (0..self.model.provisions.len())
            .map(ProvisionId::new)
            .filter(|p| self.model.provisions[p.index()].parent.is_none())
            .collect();
        for article in articles {
            let p = &self.model.provisions[article.index()];
            let head = p.head_span;
            let has_status = self.has_own_text_status[article.index()];
            let missing_status = p.text_status == TextStatus::Missing;
            let has_text = self.has_text(article);
            // A source, a text status, and text unless the status says it is
            // missing: nothing to report, so the article's names are not made.
            if p.source.is_some() && has_status && (has_text != missing_status) {
                continue;
            }
            let path = Some(self.model.legal_path(article));
            let citation = self.model.citation(article);
            if p.source.is_none() {
                diagnostics.push(
                    Diagnostic::new(Code::MissingSource, format!("article `{citation}` has no source"))
                        .label(head, "this article")
                        .help("add `source \"...\"` naming where the wording was copied from (the Official Journal, EUR-Lex, or a named reproduction)")
                        .legal_path(path.clone()),
                );
            }
            if !has_status {
                diagnostics.push(
                    Diagnostic::new(Code::MissingEntry, format!("article `{citation}` has no text status"))
                        .label(head, "this article")
                        .help("add `text-status official` (or third-party, partly-verified, derived, unverified, missing) so readers know how far to trust the wording")
                        .legal_path(path.clone()),
                );
            }
            if !has_text && !missing_status {
                diagnostics.push(
                    Diagnostic::new(Code::MissingText, format!("article `{citation}` has no text"))
                        .label(head, "this article")
                        .help("copy the wording with `text \"\"\" ... \"\"\"`, or write `text-status missing` if no text could be found")
                        .legal_path(path.clone()),
                );
            }
            if has_text && missing_status {
                diagnostics.push(
                    Diagnostic::new(Code::TextStatusMismatch, format!("article `{citation}` has text but its text status is `missing`"))
                        .label(head, "this article")
                        .help("set the text status to how the wording was checked, such as `official` or `unverified`")
                        .legal_path(path),
                );
            }
        }
    }

    /// Whether the article or any provision in it has wording.
    fn has_text(&self, article: ProvisionId) -> bool {
        let has = |id: ProvisionId| {
            self.model.provisions[id.index()]
                .text
                .as_ref()
                .is_some_and(|t| !t.trim().is_empty())
        };
        // Most articles have their own text: no need to gather the rest.
        has(article) || self.model.article_provisions(article).into_iter().any(has)
    }

    /// Statuses and groups defined in terms of each other, and provisions
    /// that succeed each other in a circle: one diagnostic per circle, with a
    /// label on each link.
    fn check_cycles(&self, diagnostics: &mut Vec<Diagnostic>) {
        let definition_edges: Vec<(Holder, Holder, Span)> = self.definition_edges.clone();
        for cycle in cycles(&definition_edges) {
            let names: Vec<String> = cycle
                .iter()
                .map(|(from, _, _)| self.holder_name(*from))
                .collect();
            Self::report_cycle(
                diagnostics,
                "definition cycle",
                &names,
                cycle
                    .iter()
                    .map(|(from, to, span)| {
                        (
                            *span,
                            format!(
                                "`{}` depends on `{}` here",
                                self.holder_name(*from),
                                self.holder_name(*to)
                            ),
                        )
                    })
                    .collect(),
                "a status or group cannot depend on itself; define one of them by conditions alone",
            );
        }
        let succession_edges = self.succession_edges.clone();
        for cycle in cycles(&succession_edges) {
            let names: Vec<String> = cycle
                .iter()
                .map(|(from, _, _)| self.model.citation(*from))
                .collect();
            Self::report_cycle(
                diagnostics,
                "succession cycle",
                &names,
                cycle
                    .iter()
                    .map(|(from, to, span)| {
                        (
                            *span,
                            format!(
                                "`{}` succeeds `{}` here",
                                self.model.citation(*from),
                                self.model.citation(*to)
                            ),
                        )
                    })
                    .collect(),
                "a provision cannot be its own predecessor; remove the `succeeds` that points back",
            );
        }
    }

    fn report_cycle(
        diagnostics: &mut Vec<Diagnostic>,
        what: &str,
        names: &[String],
        labels: Vec<(Span, String)>,
        help: &str,
    ) {
        let mut circle = names.join(" → ");
        circle.push_str(" → ");
        circle.push_str(&names[0]);
        let mut diagnostic = Diagnostic::new(Code::Cycle, format!("{what}: {circle}"));
        for (span, message) in labels {
            diagnostic = diagnostic.label(span, message);
        }
        diagnostics.push(diagnostic.help(help));
    }

    fn holder_name(&self, holder: Holder) -> String {
        match holder {
            Holder::Status(s) => self.model.statuses[s.index()].id.clone(),
            Holder::Group(g) => self.model.groups[g.index()].id.clone(),
        }
    }
}

/// The circles in a set of edges, each as its edges in order, found with
/// petgraph's iterative Kosaraju (Tarjan's recursive version overflows on
/// long chains). Deterministic: circles and their edges follow span order.
fn cycles<N: Copy + Eq + std::hash::Hash + Ord>(edges: &[(N, N, Span)]) -> Vec<Vec<(N, N, Span)>> {
    use petgraph::graph::DiGraph;
    let mut graph: DiGraph<N, Span> = DiGraph::new();
    let mut index = Map::default();
    let mut node =
        |graph: &mut DiGraph<N, Span>, n: N| *index.entry(n).or_insert_with(|| graph.add_node(n));
    for (from, to, span) in edges {
        let a = node(&mut graph, *from);
        let b = node(&mut graph, *to);
        graph.add_edge(a, b, *span);
    }
    // One pass over the edges, each put in its component when both ends
    // share one: linear in the graph, however many components there are.
    let components = petgraph::algo::kosaraju_scc(&graph);
    let mut component_of = vec![usize::MAX; graph.node_count()];
    for (c, members) in components.iter().enumerate() {
        for n in members {
            component_of[n.index()] = c;
        }
    }
    let mut inside: Vec<Vec<(N, N, Span)>> = vec![Vec::new(); components.len()];
    for e in graph.edge_indices() {
        let Some((a, b)) = graph.edge_endpoints(e) else {
            continue;
        };
        if component_of[a.index()] == component_of[b.index()] {
            inside[component_of[a.index()]].push((graph[a], graph[b], graph[e]));
        }
    }
    let mut found: Vec<Vec<(N, N, Span)>> = inside
        .into_iter()
        .filter(|edges| !edges.is_empty())
        .map(|mut edges| {
            edges.sort_by_key(|(_, _, span)| *span);
            edges
        })
        .collect();
    found.sort_by_key(|c| c[0].2);
    found
}

impl Resolver {
    /// LX204: a provision that confers a right on a status, or empowers
    /// someone for its holders, on a day when no provision in force defines
    /// who holds it: nobody can then meet it. Checked at the day each
    /// provision enters into force, with the definitions indexed once.
    fn check_status_definitions(&self, diagnostics: &mut Vec<Diagnostic>) {
        let mut definitions: Map<StatusId, Vec<ProvisionId>> = Map::default();
        for (i, provision) in self.model.provisions.iter().enumerate() {
            for statement in &provision.statements {
                if let StatementKind::Defines { status, .. } = &statement.kind {
                    definitions
                        .entry(*status)
                        .or_default()
                        .push(ProvisionId::new(i));
                }
            }
        }
        let mut found = Vec::new();
        for provision in &self.model.provisions {
            let Some(start) = provision.in_force.iter().map(|p| p.from).min() else {
                continue;
            };
            for statement in &provision.statements {
                let holders: Vec<Holder> = match &statement.kind {
                    StatementKind::Confers { holders, .. } => holders.clone(),
                    StatementKind::Empowers {
                        holders: Scope::Only(holders),
                        ..
                    } => holders.clone(),
                    _ => continue,
                };
                for holder in holders {
                    let Holder::Status(status) = holder else {
                        continue;
                    };
                    if self.model.statuses[status.index()].created_by.is_some() {
                        continue;
                    }
                    let defined = definitions.get(&status).is_some_and(|list| {
                        list.iter()
                            .any(|d| self.model.provisions[d.index()].in_force_at(start))
                    });
                    if !defined {
                        found.push((status, statement.span, start));
                    }
                }
            }
        }
        for (status, span, start) in found {
            let name = &self.model.statuses[status.index()].id;
            diagnostics.push(
                Diagnostic::new(
                    Code::UndefinedStatus,
                    format!("`{name}` is used on {start}, when no provision in force defines who holds it"),
                )
                .label(span, format!("`{name}` used here"))
                .help("add the provision that defines the status at that date, or date this statement from when a definition is in force"),
            );
        }
    }

    /// LX203 and LX205: a group described as holding two nationalities, and
    /// a test a measure states that no limit in the corpus lays down for what
    /// it does.
    fn check_proposal_facts(&self, diagnostics: &mut Vec<Diagnostic>) {
        let nationality = self
            .model
            .conditions
            .iter()
            .position(|c| c.id == NATIONALITY);
        for group in &self.model.groups {
            let Some(nationality) = nationality else {
                break;
            };
            for alternative in &group.alternatives {
                let states: Vec<&Condition> = alternative
                    .iter()
                    .filter(|c| {
                        !c.negated
                            && matches!(&c.kind, ConditionKind::Test(id, args)
                                if id.index() == nationality && matches!(&args[..], [Argument::State(_)]))
                    })
                    .collect();
                if let [first, second, ..] = states.as_slice() {
                    if first.kind != second.kind {
                        diagnostics.push(
                            Diagnostic::new(
                                Code::DualNationality,
                                format!("group `{}` holds two nationalities", group.id),
                            )
                            .label(second.span, "a second nationality")
                            .label(first.span, "a first nationality")
                            .help("dual nationals are outside the model: the verdict reads the group as holding each nationality alone; split the group, or say which nationality matters"),
                        );
                    }
                }
            }
        }
        let mut limited: Vec<(Power, TestId)> = Vec::new();
        for provision in &self.model.provisions {
            for statement in &provision.statements {
                if let StatementKind::Limits { power, tests, .. } = &statement.kind {
                    limited.extend(tests.iter().map(|t| (*power, *t)));
                }
            }
        }
        limited.sort();
        limited.dedup();
        let mut found = Vec::new();
        for proposal in &self.model.proposals {
            for measure in &proposal.measures {
                for test in measure.meets.iter().chain(&measure.fails) {
                    // A nationality withdrawn withdraws a status too.
                    let powers = [measure.power, Power::Withdraw, Power::Grant];
                    let laid_down = limited
                        .iter()
                        .any(|(p, t)| t == test && (*p == measure.power || powers.contains(p)));
                    if !laid_down {
                        found.push((*test, measure.span, measure.id.clone()));
                    }
                }
            }
        }
        for (test, span, id) in found {
            let name = &self.model.tests[test.index()].id;
            diagnostics.push(
                Diagnostic::new(
                    Code::TestWithoutLimit,
                    format!("measure `{id}` states `{name}`, a test no limit in the corpus lays down"),
                )
                .label(span, "this measure")
                .help("a measure states only tests that a `limits` statement requires; add the limit to the corpus, or remove the test"),
            );
        }
    }
}
