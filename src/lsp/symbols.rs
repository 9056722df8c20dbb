//! The outline of a document: its instruments, articles with their
//! subdivisions, procedures, the names it declares, and its proposals with
//! their groups, created statuses and measures — from the model, in the
//! order they are written.

use super::features::at_document;
use super::position::LineIndex;
use crate::model::{Model, ProvisionId, ProvisionKind};
use crate::source::{FileId, Span};
use lsp_types::{DocumentSymbol, DocumentSymbolParams, SymbolKind};
use serde_json::Value;

pub fn document_symbols(state: &super::state::State, p: DocumentSymbolParams) -> Value {
    let Some((model, file, text)) = at_document(state, &p.text_document.uri) else {
        return Value::Null;
    };
    let lines = LineIndex::new(text);
    let outline = Outline {
        model,
        file,
        text,
        lines: &lines,
    };
    serde_json::to_value(outline.symbols()).unwrap_or(Value::Null)
}

struct Outline<'a> {
    model: &'a Model,
    file: FileId,
    text: &'a str,
    lines: &'a LineIndex,
}

impl Outline<'_> {
    #[allow(deprecated)] // `deprecated` is a field every DocumentSymbol must still be given
    fn symbol(
        &self,
        name: &str,
        detail: Option<&str>,
        kind: SymbolKind,
        span: Span,
        head: Span,
        children: Vec<DocumentSymbol>,
    ) -> DocumentSymbol {
        let range = self.lines.range(self.text, span.start(), span.end());
        // The selection must lie inside the range.
        let head = if head.start() >= span.start() && head.end() <= span.end() {
            head
        } else {
            span
        };
        DocumentSymbol {
            name: crate::report::printable(name).into_owned(),
            detail: detail.map(|d| crate::report::printable(d).into_owned()),
            kind,
            tags: None,
            deprecated: None,
            range,
            selection_range: self.lines.range(self.text, head.start(), head.end()),
            children: (!children.is_empty()).then_some(children),
        }
    }

    fn here(&self, span: Span) -> bool {
        span.file == self.file
    }

    fn symbols(&self) -> Vec<DocumentSymbol> {
        let m = self.model;
        let mut out: Vec<(usize, DocumentSymbol)> = Vec::new();
        let mut add = |span: Span, symbol: DocumentSymbol| out.push((span.start(), symbol));
        for i in m.instruments.iter().filter(|i| self.here(i.span)) {
            add(
                i.span,
                self.symbol(
                    &i.id,
                    Some(&i.title),
                    SymbolKind::MODULE,
                    i.span,
                    i.span,
                    Vec::new(),
                ),
            );
        }
        for (index, p) in m.provisions.iter().enumerate() {
            if p.parent.is_none() && self.here(p.span) {
                add(p.span, self.provision(ProvisionId::new(index)));
            }
        }
        for p in m.procedures.iter().filter(|p| self.here(p.span)) {
            add(
                p.span,
                self.symbol(
                    &p.id,
                    Some(&p.title),
                    SymbolKind::METHOD,
                    p.span,
                    p.span,
                    Vec::new(),
                ),
            );
        }
        let named = m
            .rights
            .iter()
            .map(|r| (&r.id, &r.title, r.span, SymbolKind::PROPERTY))
            .chain(
                m.statuses
                    .iter()
                    .filter(|s| s.created_by.is_none())
                    .map(|s| (&s.id, &s.title, s.span, SymbolKind::CLASS)),
            )
            .chain(
                m.conditions
                    .iter()
                    .map(|c| (&c.id, &c.title, c.span, SymbolKind::FUNCTION)),
            )
            .chain(
                m.groups
                    .iter()
                    .filter(|g| g.proposal.is_none())
                    .map(|g| (&g.id, &g.title, g.span, SymbolKind::ENUM)),
            )
            .chain(
                m.actors
                    .iter()
                    .map(|a| (&a.id, &a.title, a.span, SymbolKind::CONSTRUCTOR)),
            )
            .chain(
                m.states
                    .iter()
                    .map(|s| (&s.id, &s.title, s.span, SymbolKind::CONSTANT)),
            )
            .chain(
                m.tests
                    .iter()
                    .map(|t| (&t.id, &t.title, t.span, SymbolKind::INTERFACE)),
            )
            .chain(
                m.arrangements
                    .iter()
                    .map(|a| (&a.id, &a.title, a.span, SymbolKind::STRUCT)),
            );
        for (id, title, span, kind) in named {
            if self.here(span) {
                add(
                    span,
                    self.symbol(id, Some(title), kind, span, span, Vec::new()),
                );
            }
        }
        for proposal in m.proposals.iter().filter(|p| self.here(p.span)) {
            let mut children: Vec<(usize, DocumentSymbol)> = Vec::new();
            for g in &proposal.groups {
                let g = &m.groups[g.index()];
                children.push((
                    g.span.start(),
                    self.symbol(
                        &g.id,
                        Some(&g.title),
                        SymbolKind::ENUM,
                        g.span,
                        g.span,
                        Vec::new(),
                    ),
                ));
            }
            for c in &proposal.creates {
                let status = &m.statuses[c.status.index()];
                let name = format!("creates status {}", status.id);
                children.push((
                    c.span.start(),
                    self.symbol(
                        &name,
                        Some(&status.title),
                        SymbolKind::CLASS,
                        c.span,
                        c.span,
                        Vec::new(),
                    ),
                ));
            }
            // A measure naming several rights is one measure per right,
            // sharing its span: one symbol for the measure as written.
            let mut seen: Vec<Span> = Vec::new();
            for measure in &proposal.measures {
                if seen.contains(&measure.span) {
                    continue;
                }
                seen.push(measure.span);
                let objects: Vec<String> = proposal
                    .measures
                    .iter()
                    .filter(|other| other.span == measure.span)
                    .map(|other| m.object_words(other.object))
                    .collect();
                let detail = format!("{} {}", measure.power.word(), objects.join(", "));
                children.push((
                    measure.span.start(),
                    self.symbol(
                        &measure.measure,
                        Some(&detail),
                        SymbolKind::EVENT,
                        measure.span,
                        measure.span,
                        Vec::new(),
                    ),
                ));
            }
            children.sort_by_key(|(start, _)| *start);
            let children = children.into_iter().map(|(_, s)| s).collect();
            add(
                proposal.span,
                self.symbol(
                    &proposal.id,
                    Some(&proposal.title),
                    SymbolKind::OBJECT,
                    proposal.span,
                    proposal.head_span,
                    children,
                ),
            );
        }
        out.sort_by_key(|(start, _)| *start);
        out.into_iter().map(|(_, s)| s).collect()
    }

    /// An article and its subdivisions; the grammar allows three levels
    /// below an article, so this recursion is at most four deep.
    fn provision(&self, id: ProvisionId) -> DocumentSymbol {
        let p = &self.model.provisions[id.index()];
        let children = p
            .children
            .iter()
            .filter(|c| self.here(self.model.provisions[c.index()].span))
            .map(|c| self.provision(*c))
            .collect();
        let name = match (p.parent, p.labels.last()) {
            (Some(_), Some(label)) if p.kind == ProvisionKind::Point => format!("point ({label})"),
            (Some(_), Some(label)) => format!("{} {label}", p.kind.word()),
            _ => self.model.display_citation(id),
        };
        self.symbol(
            &name,
            p.heading.as_deref(),
            SymbolKind::NAMESPACE,
            p.span,
            p.head_span,
            children,
        )
    }
}
