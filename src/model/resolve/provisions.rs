//! Articles and their subdivisions: the model's provisions, numbered in
//! item order, each with what it inherits from what contains it.

use super::*;

/// The text status and source an article passes to its subdivisions, and the
/// in-force periods that apply unless a provision has its own.
pub(super) struct Inherited {
    pub(super) text_status: Option<TextStatus>,
    pub(super) source: Option<std::sync::Arc<str>>,
    pub(super) in_force: Vec<Period>,
}

impl Resolver {
    // ─── Pass 2: articles and their subdivisions ────────────────────────

    pub(super) fn build_articles(&mut self, items: &[&ast::Item]) {
        fn provisions_in(body: &ast::ProvisionBody) -> usize {
            1 + body
                .subdivisions
                .iter()
                .map(|s| provisions_in(&s.body))
                .sum::<usize>()
        }
        // Room for every provision at once: the table is the model's largest.
        let upper_bound: usize = items
            .iter()
            .filter_map(|item| match item {
                ast::Item::Article(article) => Some(provisions_in(&article.body)),
                _ => None,
            })
            .sum();
        self.model.provisions.reserve_exact(upper_bound);
        for item in items {
            let ast::Item::Article(article) = item else {
                continue;
            };
            let Some(instrument) = self
                .scope()
                .instrument_ref(&article.instrument, Place::Nowhere)
            else {
                continue;
            };
            let duplicate = self.model.index.article(instrument, &article.number.value);
            if let Some(earlier) = duplicate {
                // The label "first" goes to the block that comes first in the
                // corpus (by file, then position), whichever was read first.
                let (first, again) = ordered(
                    self.model.provisions[earlier.index()].head_span,
                    article.head_span,
                );
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::Duplicate,
                        format!(
                            "article `{} {}` is written twice",
                            article.instrument.value, article.number.value
                        ),
                    )
                    .label(again, "written again here")
                    .label(first, "first written here")
                    .help("keep one block per article, or add to it from another file with `extend article`"),
                );
                continue;
            }
            let defaults = Inherited {
                text_status: None,
                source: None,
                in_force: self.model.instruments[instrument.index()].in_force.clone(),
            };
            let id = self.provision(
                instrument,
                None,
                ProvisionKind::Article,
                &article.number.value,
                Vec::new(),
                article.heading.as_ref(),
                &article.body,
                article.head_span,
                article.span,
                &defaults,
            );
            self.model.instruments[instrument.index()].articles.push(id);
            self.model
                .index
                .add_article(instrument, &article.number.value, id);
        }
    }

    /// A provision's source, shared with every provision that names the same.
    fn shared_source(&mut self, source: &str) -> std::sync::Arc<str> {
        if let Some(shared) = self.provision_sources.get(source) {
            return shared.clone();
        }
        let shared: std::sync::Arc<str> = std::sync::Arc::from(source);
        self.provision_sources.insert(shared.clone());
        shared
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn provision(
        &mut self,
        instrument: InstrumentId,
        parent: Option<ProvisionId>,
        kind: ProvisionKind,
        article: &str,
        labels: Vec<String>,
        heading: Option<&ast::Text>,
        body: &ast::ProvisionBody,
        head_span: Span,
        span: Span,
        inherited: &Inherited,
    ) -> ProvisionId {
        let id = ProvisionId::new(self.model.provisions.len());
        let text_status = body
            .text_status
            .as_ref()
            .and_then(|w| self.scope().word(w, TextStatus::WORDS, "text status"))
            .or(inherited.text_status);
        let own_in_force: Vec<Period> = body.in_force().iter().map(|p| self.period(p)).collect();
        let outside: Vec<Period> = own_in_force
            .iter()
            .filter(|period| {
                !inherited.in_force.is_empty()
                    && !inherited.in_force.iter().any(|outer| within(period, outer))
            })
            .copied()
            .collect();
        let in_force = if own_in_force.is_empty() {
            inherited.in_force.clone()
        } else {
            own_in_force
        };
        let source = body
            .source
            .as_ref()
            .map(|s| self.shared_source(&s.value))
            .or_else(|| inherited.source.clone());
        let url = body.url().and_then(|s| self.web_address(s));
        self.model.provisions.push(Provision {
            instrument,
            kind,
            article: article.to_string(),
            labels: labels.clone(),
            heading: heading.map(|h| h.value.clone()),
            text: body.text.as_ref().map(|t| t.value.clone()),
            text_status: text_status.unwrap_or(TextStatus::Unverified),
            source: source.clone(),
            in_force: in_force.clone(),
            parent,
            children: Vec::new(),
            statements: Vec::new(),
            details: crate::model::ProvisionDetails {
                journal: body.journal().map(|s| s.value.clone()),
                celex: body.celex().map(|s| s.value.clone()),
                url,
                notes: body.notes().iter().map(|n| n.value.clone()).collect(),
            }
            .boxed(),
            links: None,
            head_span,
            span,
        });
        self.has_own_text_status.push(body.text_status.is_some());
        // Named only for a diagnostic, which nearly every provision is without.
        let path = |model: &Model| model.legal_path(id);
        for period in outside {
            let path = path(&self.model);
            let outer = inherited.in_force[0];
            self.diagnostics.push(
                Diagnostic::new(
                    Code::OutsideInstrument,
                    format!("{path} is in force outside the dates of what contains it"),
                )
                .label(period.span, format!("in force {period}"))
                .label(
                    outer.span,
                    format!("but what contains it is in force {outer}"),
                )
                .help("a provision can only be in force while its article and instrument are")
                .legal_path(Some(path.clone())),
            );
        }
        let inner = Inherited {
            text_status,
            source,
            in_force,
        };
        let mut seen: BTreeMap<&str, Span> = BTreeMap::new();
        for sub in &body.subdivisions {
            if let Some(first) = seen.get(sub.label.value.as_str()) {
                let path = path(&self.model);
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::Duplicate,
                        format!("{path} has two subdivisions labelled `{}`", sub.label.value),
                    )
                    .label(sub.head_span, "labelled again here")
                    .label(*first, "first labelled here")
                    .help("each paragraph or point of a provision needs its own label")
                    .legal_path(Some(path.clone())),
                );
                continue;
            }
            seen.insert(&sub.label.value, sub.head_span);
            let sub_kind = subdivision_kind(&sub.kind.value);
            let mut sub_labels = labels.clone();
            sub_labels.push(sub.label.value.clone());
            let child = self.provision(
                instrument,
                Some(id),
                sub_kind,
                article,
                sub_labels,
                sub.heading.as_ref(),
                &sub.body,
                sub.head_span,
                sub.span,
                &inner,
            );
            self.model.provisions[id.index()].children.push(child);
        }
        id
    }
}
