//! `extend article`: notes, statements, succession links and new
//! subdivisions added to an article another file declares. What a provision
//! already says may be repeated but not changed (LX117); an article no file
//! declares cannot be extended (LX116).

use super::*;

impl Resolver {
    /// `extend article`: each block adds notes, statements and new
    /// subdivisions to an article declared elsewhere. What a provision already
    /// says (text, source, status, heading, dates) may be repeated but not
    /// changed; statements are resolved with the rest, in `build_rest`.
    pub(super) fn build_extensions(&mut self, items: &[&ast::Item]) {
        for item in items {
            let ast::Item::Extension(extension) = item else {
                continue;
            };
            let Some(instrument) = self
                .scope()
                .instrument_ref(&extension.instrument, Place::Nowhere)
            else {
                continue;
            };
            let target = self.find_article(instrument, &extension.number.value);
            let Some(target) = target else {
                let declared: Vec<&str> = self.model.instruments[instrument.index()]
                    .articles
                    .iter()
                    .map(|a| self.model.provisions[a.index()].article.as_str())
                    .collect();
                let help = match suggest(&extension.number.value, declared.iter().copied()) {
                    Some(s) => format!("did you mean `{} {s}`? To add a new article, write `article {} {}` instead", extension.instrument.value, extension.instrument.value, extension.number.value),
                    None => format!("to add a new article, write `article {} {}` instead of `extend article`", extension.instrument.value, extension.number.value),
                };
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::UnknownExtended,
                        format!(
                            "`extend article {} {}`: no file declares that article",
                            extension.instrument.value, extension.number.value
                        ),
                    )
                    .label(extension.head_span, "extended here")
                    .help(help),
                );
                continue;
            };
            if let Some(heading) = &extension.heading {
                self.unchanged(
                    target,
                    "heading",
                    self.model.provisions[target.index()].heading.clone(),
                    &heading.value,
                    heading.span,
                );
            }
            self.extend_provision(target, &extension.body);
        }
    }

    pub(super) fn find_article(
        &self,
        instrument: InstrumentId,
        number: &str,
    ) -> Option<ProvisionId> {
        self.model.index.article(instrument, number)
    }

    pub(super) fn extend_provision(&mut self, target: ProvisionId, body: &ast::ProvisionBody) {
        let existing = self.model.provisions[target.index()].clone();
        if let Some(text) = &body.text {
            self.unchanged(
                target,
                "text",
                existing.text.as_deref().map(str::to_string),
                &text.value,
                text.span,
            );
        }
        if let Some(source) = &body.source {
            self.unchanged(
                target,
                "source",
                existing.source.as_deref().map(str::to_string),
                &source.value,
                source.span,
            );
        }
        if let Some(status) = &body.text_status {
            let own = self.has_own_text_status[target.index()]
                .then(|| existing.text_status.word().to_string());
            self.unchanged(target, "text-status", own, &status.value, status.span);
        }
        for (field, value, given) in [
            ("journal", existing.journal(), body.journal()),
            ("celex", existing.celex(), body.celex()),
            ("url", existing.url(), body.url()),
        ] {
            if let Some(given) = given {
                let value = value.map(str::to_string);
                self.unchanged(target, field, value, &given.value, given.span);
            }
        }
        for period in body.in_force() {
            let period = self.period(period);
            if !existing
                .in_force
                .iter()
                .any(|p| p.from == period.from && p.until == period.until)
            {
                self.unchanged(
                    target,
                    "in-force",
                    Some(
                        existing
                            .in_force
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                    &period.to_string(),
                    period.span,
                );
            }
        }
        if !body.notes().is_empty() {
            self.model.provisions[target.index()]
                .details_mut()
                .notes
                .extend(body.notes().iter().map(|n| n.value.clone()));
        }
        let statements_only = ast::ProvisionBody {
            statements: body.statements.clone(),
            ..Default::default()
        };
        self.extensions.push((target, statements_only, false));
        for sub in &body.subdivisions {
            let child = existing
                .children
                .iter()
                .find(|c| self.model.provisions[c.index()].labels.last() == Some(&sub.label.value))
                .copied();
            match child {
                Some(child) => {
                    if let Some(heading) = &sub.heading {
                        self.unchanged(
                            child,
                            "heading",
                            self.model.provisions[child.index()].heading.clone(),
                            &heading.value,
                            heading.span,
                        );
                    }
                    self.extend_provision(child, &sub.body);
                }
                None => {
                    let parent = &self.model.provisions[target.index()];
                    let inherited = Inherited {
                        text_status: Some(parent.text_status),
                        source: parent.source.clone(),
                        in_force: parent.in_force.clone(),
                    };
                    let kind = subdivision_kind(&sub.kind.value);
                    let mut labels = parent.labels.clone();
                    labels.push(sub.label.value.clone());
                    let (instrument, article) = (parent.instrument, parent.article.clone());
                    let new = self.provision(
                        instrument,
                        Some(target),
                        kind,
                        &article,
                        labels,
                        sub.heading.as_ref(),
                        &sub.body,
                        sub.head_span,
                        sub.span,
                        &inherited,
                    );
                    self.model.provisions[target.index()].children.push(new);
                    self.extensions.push((new, sub.body.clone(), true));
                }
            }
        }
    }

    /// An extension may repeat what a provision says, not change it.
    pub(super) fn unchanged(
        &mut self,
        target: ProvisionId,
        field: &str,
        existing: Option<String>,
        given: &str,
        at: Span,
    ) {
        if existing.as_deref().map(normalise_space) == Some(normalise_space(given)) {
            return;
        }
        let provision = &self.model.provisions[target.index()];
        let path = self.model.legal_path(target);
        let message = match &existing {
            Some(_) => format!("{path} already has a different {field}"),
            None => format!("{path} has no {field}, and an extension cannot give it one"),
        };
        self.diagnostics.push(
            Diagnostic::new(Code::ConflictingExtension, message)
                .label(at, format!("{field} given here"))
                .label(provision.head_span, "the provision is written here")
                .help("an extension adds statements, notes and new paragraphs; change what a provision says where it is written")
                .legal_path(Some(path)),
        );
    }
}

fn normalise_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
