//! Finding instruments and provisions by what a reader types, with a
//! suggestion when the corpus has something close. Used by the resolver and
//! by `show`; and the resolver's note of where each citation is written.

use super::*;

impl Resolving<'_> {
    /// Notes where a name or citation is written, when references are recorded.
    pub(super) fn note_reference(&mut self, reference: Reference) {
        if self.references == References::Recorded {
            self.noted.push(reference);
        }
    }

    pub(super) fn instrument_ref(&mut self, name: &ast::Name, path: Place) -> Option<InstrumentId> {
        match lookup_instrument(self.model, name) {
            Ok(id) => {
                self.note_reference(Reference {
                    span: name.span,
                    target: Target::Instrument(id),
                    declaration: false,
                });
                Some(id)
            }
            Err(diagnostic) => {
                self.diagnostics
                    .push(diagnostic.legal_path(self.place_name(&path)));
                None
            }
        }
    }

    pub(super) fn citation(
        &mut self,
        citation: &ast::Citation,
        path: &Place,
    ) -> Option<ProvisionId> {
        match lookup_citation(self.model, citation) {
            Ok(id) => {
                self.note_reference(Reference {
                    span: citation.span,
                    target: Target::Provision(id),
                    declaration: false,
                });
                Some(id)
            }
            Err(diagnostic) => {
                self.diagnostics
                    .push(diagnostic.legal_path(self.place_name(path)));
                None
            }
        }
    }
}

impl Resolver {
    /// Every article and subdivision is declared by its head (`article TFEU
    /// 20`, `paragraph 1`), and every instrument by its id: noted once the
    /// provisions are built, and the references put in file order.
    pub(super) fn declared_provisions(&mut self) {
        if self.references == References::Omitted {
            return;
        }
        self.model.references.append(&mut self.noted);
        let provisions = self.model.provisions.iter().enumerate();
        let heads = provisions.map(|(i, p)| (p.head_span, Target::Provision(ProvisionId::new(i))));
        let mut declared: Vec<Reference> = heads
            .map(|(span, target)| Reference {
                span,
                target,
                declaration: true,
            })
            .collect();
        declared.extend(self.instrument_names.iter().map(|&(span, id)| Reference {
            span,
            target: Target::Instrument(id),
            declaration: true,
        }));
        self.model.references.append(&mut declared);
        // A name is looked up again where a statement is read twice (an
        // extension, a group's alternatives): one reference per place.
        self.model.references.sort();
        self.model.references.dedup();
    }
}

/// Finds an instrument by id, or says which one was probably meant.
pub fn lookup_instrument(model: &Model, name: &ast::Name) -> Result<InstrumentId, Diagnostic> {
    if let Some(instrument) = model.index.instrument(&name.value) {
        return Ok(instrument);
    }
    let mut ids: Vec<&str> = model.instruments.iter().map(|i| i.id.as_str()).collect();
    ids.sort_unstable();
    let help = suggest(&name.value, ids.iter().copied()).map_or_else(
        || {
            format!(
                "declare it with `instrument {} \"...\" {{ ... }}`; the corpus has {}",
                name.value,
                list_or_none(&ids)
            )
        },
        |s| format!("did you mean `{s}`?"),
    );
    Err(Diagnostic::new(
        Code::UnknownInstrument,
        format!("unknown instrument `{}`", name.value),
    )
    .label(name.span, "no instrument of this id is declared")
    .help(help))
}

/// Finds the provision a citation names, or says what the corpus has instead.
pub fn lookup_citation(model: &Model, citation: &ast::Citation) -> Result<ProvisionId, Diagnostic> {
    let instrument = lookup_instrument(model, &citation.instrument)?;
    let articles = &model.instruments[instrument.index()].articles;
    let Some(article) = model.index.article(instrument, &citation.article) else {
        let mut numbers: Vec<&str> = articles
            .iter()
            .map(|a| model.provisions[a.index()].article.as_str())
            .collect();
        numbers.sort_unstable_by_key(|n| natural_key(n));
        let help = match suggest(&citation.article, numbers.iter().copied()) {
            Some(s) => format!("did you mean `{} {s}`?", citation.instrument.value),
            None => format!(
                "the corpus has these articles of {}: {}",
                citation.instrument.value,
                list_or_none(&numbers)
            ),
        };
        return Err(Diagnostic::new(
            Code::UnknownProvision,
            format!(
                "no article `{} {}` in the corpus",
                citation.instrument.value, citation.article
            ),
        )
        .label(citation.span, "cited here")
        .help(help));
    };
    let mut current = article;
    for label in &citation.labels {
        let children = &model.provisions[current.index()].children;
        match children
            .iter()
            .find(|c| model.provisions[c.index()].labels.last() == Some(label))
        {
            Some(child) => current = *child,
            None => {
                let labels: Vec<String> = children
                    .iter()
                    .filter_map(|c| {
                        model.provisions[c.index()]
                            .labels
                            .last()
                            .map(|l| format!("({l})"))
                    })
                    .collect();
                let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
                let here = model.citation(current);
                return Err(Diagnostic::new(
                    Code::UnknownProvision,
                    format!("`{here}` has no subdivision ({label})"),
                )
                .label(citation.span, "cited here")
                .help(format!("`{here}` has {}", list_or_none(&labels))));
            }
        }
    }
    Ok(current)
}
