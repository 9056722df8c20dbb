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
        match lookup_instrument_in(self.model, name, &self.knowing()) {
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
        match lookup_citation_in(self.model, citation, &self.knowing()) {
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

/// What the corpus has where a reader typed something unknown: the
/// instruments' ids, or one instrument's article numbers, to compare the
/// unknown one with and to list in the help, made once for every unknown
/// one (the resolver keeps them, `names::Suggestions`): an instrument may
/// have tens of thousands of articles, and sorting and comparing them all
/// for each unknown citation grew as their product (3,000 took 7.8 s).
pub struct Known {
    candidates: crate::diagnostic::Candidates,
    /// The first [`words::MOST_NAMED`] in order, and how many more.
    listed: String,
}

impl Known {
    fn new(mut names: Vec<&str>, natural: bool) -> Known {
        if natural {
            names.sort_unstable_by_key(|n| natural_key(n));
        } else {
            names.sort_unstable();
        }
        let mut listed = String::new();
        if names.is_empty() {
            listed.push_str("none");
        }
        words::push_named(&mut listed, &names, ", ", |text, n| text.push_str(n));
        Known {
            candidates: crate::diagnostic::Candidates::new(names),
            listed,
        }
    }

    /// Every instrument's id.
    pub fn instruments(model: &Model) -> Known {
        Known::new(
            model.instruments.iter().map(|i| i.id.as_str()).collect(),
            false,
        )
    }

    /// The numbers of an instrument's articles.
    pub fn articles(model: &Model, instrument: InstrumentId) -> Known {
        let numbers = model.instruments[instrument.index()]
            .articles
            .iter()
            .map(|a| model.provisions[a.index()].article.as_str())
            .collect();
        Known::new(numbers, true)
    }

    fn suggest(&self, wanted: &str) -> Option<&str> {
        self.candidates.closest(wanted).map(|(_, _, name)| name)
    }
}

/// Where a lookup finds what the corpus has: made afresh, or kept.
pub(super) trait Knowing {
    fn instruments(&self) -> std::sync::Arc<Known>;
    fn articles(&self, instrument: InstrumentId) -> std::sync::Arc<Known>;
}

/// What the corpus has, made afresh for one lookup (`show`).
struct Afresh<'m>(&'m Model);

impl Knowing for Afresh<'_> {
    fn instruments(&self) -> std::sync::Arc<Known> {
        std::sync::Arc::new(Known::instruments(self.0))
    }

    fn articles(&self, instrument: InstrumentId) -> std::sync::Arc<Known> {
        std::sync::Arc::new(Known::articles(self.0, instrument))
    }
}

/// Finds an instrument by id, or says which one was probably meant.
pub fn lookup_instrument(model: &Model, name: &ast::Name) -> Result<InstrumentId, Diagnostic> {
    lookup_instrument_in(model, name, &Afresh(model))
}

pub(super) fn lookup_instrument_in(
    model: &Model,
    name: &ast::Name,
    known: &dyn Knowing,
) -> Result<InstrumentId, Diagnostic> {
    if let Some(instrument) = model.index.instrument(&name.value) {
        return Ok(instrument);
    }
    let known = known.instruments();
    let help = known.suggest(&name.value).map_or_else(
        || {
            format!(
                "declare it with `instrument {} \"...\" {{ ... }}`; the corpus has {}",
                name.value, known.listed
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
    lookup_citation_in(model, citation, &Afresh(model))
}

pub(super) fn lookup_citation_in(
    model: &Model,
    citation: &ast::Citation,
    known: &dyn Knowing,
) -> Result<ProvisionId, Diagnostic> {
    let instrument = lookup_instrument_in(model, &citation.instrument, known)?;
    let Some(article) = model.index.article(instrument, &citation.article) else {
        let known = known.articles(instrument);
        let help = match known.suggest(&citation.article) {
            Some(s) => format!("did you mean `{} {s}`?", citation.instrument.value),
            None => format!(
                "the corpus has these articles of {}: {}",
                citation.instrument.value, known.listed
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
