//! Checks that need the whole resolved corpus: every article's text, source
//! and text status, and definitions or successions that go round in a circle.

use super::*;

impl Resolver {
    // ─── Whole-model checks ─────────────────────────────────────────────

    /// Every article has a source, a text status, and text unless the
    /// status says no text was found.
    pub(super) fn check_articles(&mut self) {
        let articles: Vec<ProvisionId> = (0..self.model.provisions.len())
            .map(ProvisionId)
            .filter(|p| self.model.provisions[p.0].parent.is_none())
            .collect();
        for article in articles {
            let path = Some(self.model.legal_path(article));
            let p = &self.model.provisions[article.0];
            let head = p.head_span;
            let citation = self.model.citation(article);
            let has_status = self.has_own_text_status[article.0];
            let all = self.model.article_provisions(article);
            let has_text = all.iter().any(|id| {
                self.model.provisions[id.0]
                    .text
                    .as_ref()
                    .is_some_and(|t| !t.trim().is_empty())
            });
            let missing_status = p.text_status == TextStatus::Missing;
            if p.source.is_none() {
                self.diagnostics.push(
                    Diagnostic::new(Code::MissingSource, format!("article `{citation}` has no source"))
                        .label(head, "this article")
                        .help("add `source \"...\"` naming where the wording was copied from (the Official Journal, EUR-Lex, or a named reproduction)")
                        .legal_path(path.clone()),
                );
            }
            if !has_status {
                self.diagnostics.push(
                    Diagnostic::new(Code::MissingEntry, format!("article `{citation}` has no text status"))
                        .label(head, "this article")
                        .help("add `text-status official` (or third-party, partly-verified, derived, unverified, missing) so readers know how far to trust the wording")
                        .legal_path(path.clone()),
                );
            }
            if !has_text && !missing_status {
                self.diagnostics.push(
                    Diagnostic::new(Code::MissingText, format!("article `{citation}` has no text"))
                        .label(head, "this article")
                        .help("copy the wording with `text \"\"\" ... \"\"\"`, or write `text-status missing` if no text could be found")
                        .legal_path(path.clone()),
                );
            }
            if has_text && missing_status {
                self.diagnostics.push(
                    Diagnostic::new(Code::TextStatusMismatch, format!("article `{citation}` has text but its text status is `missing`"))
                        .label(head, "this article")
                        .help("set the text status to how the wording was checked, such as `official` or `unverified`")
                        .legal_path(path),
                );
            }
        }
    }

    /// Statuses and groups defined in terms of each other, and provisions
    /// that succeed each other in a circle: one diagnostic per circle, with a
    /// label on each link.
    pub(super) fn check_cycles(&mut self) {
        let definition_edges: Vec<(Holder, Holder, Span)> = self.definition_edges.clone();
        for cycle in cycles(&definition_edges) {
            let names: Vec<String> = cycle
                .iter()
                .map(|(from, _, _)| self.holder_name(*from))
                .collect();
            self.report_cycle(
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
            self.report_cycle(
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
        &mut self,
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
        self.diagnostics.push(diagnostic.help(help));
    }

    fn holder_name(&self, holder: Holder) -> String {
        match holder {
            Holder::Status(s) => self.model.statuses[s.0].id.clone(),
            Holder::Group(g) => self.model.groups[g.0].id.clone(),
        }
    }
}

/// The circles in a set of edges, each as its edges in order, found with
/// petgraph's iterative Kosaraju (Tarjan's recursive version overflows on
/// long chains). Deterministic: circles and their edges follow span order.
fn cycles<N: Copy + Eq + std::hash::Hash + Ord>(edges: &[(N, N, Span)]) -> Vec<Vec<(N, N, Span)>> {
    use petgraph::graph::DiGraph;
    let mut graph: DiGraph<N, Span> = DiGraph::new();
    let mut index = HashMap::new();
    let mut node =
        |graph: &mut DiGraph<N, Span>, n: N| *index.entry(n).or_insert_with(|| graph.add_node(n));
    for (from, to, span) in edges {
        let a = node(&mut graph, *from);
        let b = node(&mut graph, *to);
        graph.add_edge(a, b, *span);
    }
    let mut found = Vec::new();
    for component in petgraph::algo::kosaraju_scc(&graph) {
        let members: std::collections::HashSet<_> = component.iter().copied().collect();
        let mut inside: Vec<(N, N, Span)> = graph
            .edge_indices()
            .filter_map(|e| {
                let (a, b) = graph.edge_endpoints(e)?;
                (members.contains(&a) && members.contains(&b))
                    .then(|| (graph[a], graph[b], graph[e]))
            })
            .collect();
        if inside.is_empty() {
            continue;
        }
        inside.sort_by_key(|(_, _, span)| *span);
        found.push(inside);
    }
    found.sort_by_key(|c| c[0].2);
    found
}
