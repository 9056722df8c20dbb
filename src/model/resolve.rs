//! From syntax trees to the model: every name resolved across all files, in
//! any order, and everything the model alone can check — unknown and
//! duplicate names, names of the wrong kind, citations of missing provisions,
//! in-force dates, texts without a source, definitions that go round in a
//! circle. Problems become diagnostics; the model keeps whatever resolved.
//!
//! The passes run in turn, each over every item. Within the statements'
//! pass the articles' statements, most of a corpus, are resolved on every
//! core through [`Resolving`], a view that reads the names and the model and
//! writes only sinks of its own; what they find is taken in item order, so
//! the diagnostics and the model are those of one core.

use super::*;
use crate::diagnostic::{suggest, Code, Diagnostic};
use crate::source::{FileId, Span};
use crate::syntax::ast;
use crate::table::Map;
use std::collections::BTreeMap;

mod checks;
mod extensions;
mod lookup;
mod names;
mod proposals;
mod provisions;
mod statements;
mod vocabulary;

pub use lookup::{lookup_citation, lookup_instrument};
use provisions::Inherited;

/// What a name stands for, in the global namespace or a proposal's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Right,
    Status,
    Condition,
    Group,
    Actor,
    State,
    StateClass,
    Procedure,
    Test,
    Arrangement,
}

impl Kind {
    fn noun(self) -> &'static str {
        match self {
            Kind::Right => "right",
            Kind::Status => "status",
            Kind::Condition => "condition",
            Kind::Group => "group",
            Kind::Actor => "actor",
            Kind::State => "state",
            Kind::StateClass => "class of States",
            Kind::Procedure => "procedure",
            Kind::Test => "test",
            Kind::Arrangement => "arrangement",
        }
    }

    /// The noun with its article: "a right", "an actor".
    fn a_noun(self) -> String {
        a(self.noun())
    }

    fn declaration_hint(self, name: &str) -> String {
        match self {
            Kind::Condition => format!("declare it with `condition {name} \"...\"`"),
            Kind::StateClass | Kind::State => format!(
                "declare it with `state {name} \"...\"`, or use `member-state`, `other-member-state` or `third-country`"
            ),
            Kind::Procedure => format!("declare it with `procedure {name} \"...\" {{ ... }}`"),
            other => format!("declare it with `{} {name} \"...\"`", other.noun()),
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Symbol {
    kind: Kind,
    index: usize,
    /// Where it was declared; `None` for names built into the language.
    span: Option<Span>,
}

type Names = Map<String, Symbol>;

/// Resolves every file into one model. Files are given with their ids; the
/// order of files does not change the result beyond the order of ids.
pub fn resolve(files: &[(FileId, ast::File)], references: References) -> (Model, Vec<Diagnostic>) {
    resolve_in_runs(files, references, statements::ARTICLES_A_RUN)
}

/// [`resolve`], with the articles' statements resolved `articles_a_run`
/// articles at a time: tests compare short runs on every core with one run
/// of every article.
fn resolve_in_runs(
    files: &[(FileId, ast::File)],
    references: References,
    articles_a_run: usize,
) -> (Model, Vec<Diagnostic>) {
    let mut resolver = Resolver {
        references,
        articles_a_run: articles_a_run.max(1),
        ..Resolver::default()
    };
    for class in StateClass::WORDS {
        resolver.global.insert(
            class.0.to_string(),
            Symbol {
                kind: Kind::StateClass,
                index: resolver.state_classes.len(),
                span: None,
            },
        );
        resolver.state_classes.push(class.1);
    }
    let items: Vec<&ast::Item> = files.iter().flat_map(|(_, f)| &f.items).collect();
    resolver.declare(&items);
    resolver.build_articles(&items);
    resolver.build_extensions(&items);
    resolver.build_rest(&items);
    resolver.extension_statements();
    // Every `succeeds` link is made: the chains are found once, for every
    // command and every thread that cites, beside the checks.
    resolver.check_whole_model();
    resolver.declared_provisions();
    (resolver.model, resolver.diagnostics)
}

/// Where in the law a name is written, for a diagnostic's legal path. A
/// provision is named only when a diagnostic is made: nearly every one has
/// none, and its legal path is a string of its own.
#[derive(Debug, Clone)]
enum Place {
    Nowhere,
    Provision(ProvisionId),
    Named(String),
}

#[derive(Default)]
struct Resolver {
    model: Model,
    references: References,
    diagnostics: Vec<Diagnostic>,
    global: Names,
    state_classes: Vec<StateClass>,
    proposals: Map<String, ProposalId>,
    /// Each proposal's own names: its groups and the statuses it creates.
    locals: Vec<Names>,
    /// The names unknown ones are compared with, gathered when first asked.
    suggestions: names::Suggestions,
    /// Where each status is defined in terms of a status or group: edges for the cycle check.
    definition_edges: Vec<(Holder, Holder, Span)>,
    /// Succession links, for the cycle check: (successor, predecessor, span).
    succession_edges: Vec<(ProvisionId, ProvisionId, Span)>,
    /// Whether each provision states its own text status (indexed like the provisions).
    has_own_text_status: Vec<bool>,
    /// What `extend article` blocks add to each provision, for the statements
    /// pass: the provision, the added body, and whether the provision is new
    /// (its subdivisions are then walked like any article's).
    extensions: Vec<(ProvisionId, ast::ProvisionBody, bool)>,
    /// Where each instrument's id is declared, for [`Model::references`].
    instrument_names: Vec<(Span, InstrumentId)>,
    /// Each source named by a provision, kept once: a corpus's articles
    /// nearly all name one of a few.
    provision_sources: crate::table::Set<std::sync::Arc<str>>,
    /// Where names and citations are written, when recorded; put in the
    /// model, in file order, once every provision is built.
    noted: Vec<Reference>,
    /// How many articles' statements one core resolves at a time.
    articles_a_run: usize,
}

/// The resolver as the names and statements of one piece of text see it:
/// the model and names read, and what is found (diagnostics, references,
/// the edges of definitions) written to sinks of its own. The passes take
/// it from the resolver one call at a time ([`Resolver::scope`]); the
/// articles' statements, which read nothing another article writes, each
/// take one on any core, with fresh sinks that are then taken in order
/// (`statements::Said`).
struct Resolving<'r> {
    model: &'r Model,
    global: &'r Names,
    locals: &'r [Names],
    suggestions: &'r names::Suggestions,
    state_classes: &'r [StateClass],
    references: References,
    diagnostics: &'r mut Vec<Diagnostic>,
    noted: &'r mut Vec<Reference>,
    definition_edges: &'r mut Vec<(Holder, Holder, Span)>,
}

/// The legal path of a place, for a diagnostic.
fn place_name(model: &Model, place: &Place) -> Option<String> {
    match place {
        Place::Nowhere => None,
        Place::Provision(id) => Some(model.legal_path(*id)),
        Place::Named(name) => Some(name.clone()),
    }
}

impl Resolving<'_> {
    /// The legal path of a place, for a diagnostic.
    fn place_name(&self, place: &Place) -> Option<String> {
        place_name(self.model, place)
    }
}

impl Resolver {
    // ─── Pass 1: declarations ───────────────────────────────────────────

    fn declare_name(&mut self, name: &ast::Name, kind: Kind, index: usize) -> bool {
        if let Some(earlier) = self.global.get(&name.value).copied() {
            self.report_duplicate(name, earlier);
            return false;
        }
        let symbol = Symbol {
            kind,
            index,
            span: Some(name.span),
        };
        self.global.insert(name.value.clone(), symbol);
        self.scope().refer(name.span, symbol, true);
        true
    }

    fn report_duplicate(&mut self, name: &ast::Name, earlier: Symbol) {
        let mut diagnostic = Diagnostic::new(
            Code::Duplicate,
            format!("`{}` is declared twice", name.value),
        )
        .label(name.span, "declared again here");
        diagnostic = match earlier.span {
            Some(span) => diagnostic
                .label(
                    span,
                    format!("first declared here, as {}", earlier.kind.a_noun()),
                )
                .help("give one of them another name, or remove the repeat"),
            None => diagnostic.help(format!(
                "`{}` is built into the language as {}; choose another name",
                name.value,
                earlier.kind.a_noun()
            )),
        };
        self.diagnostics.push(diagnostic);
    }

    fn declare(&mut self, items: &[&ast::Item]) {
        for item in items {
            match item {
                ast::Item::Instrument(i) => self.declare_instrument(i),
                ast::Item::Right(v) => {
                    if self.declare_name(&v.id, Kind::Right, self.model.rights.len()) {
                        self.model.rights.push(Named {
                            id: v.id.value.clone(),
                            title: v.title.value.clone(),
                            span: v.span,
                        });
                    }
                }
                ast::Item::Status(v) => {
                    if self.declare_name(&v.id, Kind::Status, self.model.statuses.len()) {
                        self.model.statuses.push(Status {
                            id: v.id.value.clone(),
                            title: v.title.value.clone(),
                            created_by: None,
                            span: v.span,
                        });
                    }
                }
                ast::Item::Test(v) => {
                    if self.declare_name(&v.id, Kind::Test, self.model.tests.len()) {
                        self.model.tests.push(Named {
                            id: v.id.value.clone(),
                            title: v.title.value.clone(),
                            span: v.span,
                        });
                    }
                }
                ast::Item::Arrangement(v) => {
                    if self.declare_name(&v.id, Kind::Arrangement, self.model.arrangements.len()) {
                        self.model.arrangements.push(Named {
                            id: v.id.value.clone(),
                            title: v.title.value.clone(),
                            span: v.span,
                        });
                    }
                }
                ast::Item::Condition(c) => {
                    if self.declare_name(&c.id, Kind::Condition, self.model.conditions.len()) {
                        let parameters = c
                            .parameters
                            .iter()
                            .filter_map(|p| {
                                self.scope().word(p, ParameterKind::WORDS, "parameter kind")
                            })
                            .collect();
                        self.model.conditions.push(ConditionDef {
                            id: c.id.value.clone(),
                            parameters,
                            title: c.title.value.clone(),
                            implies: Vec::new(),
                            span: c.span,
                        });
                    }
                }
                ast::Item::Group(g) => {
                    if self.declare_name(&g.id, Kind::Group, self.model.groups.len()) {
                        self.model.groups.push(group_shell(g, None));
                    }
                }
                ast::Item::Actor(a) => {
                    if self.declare_name(&a.id, Kind::Actor, self.model.actors.len()) {
                        self.model.actors.push(Actor {
                            id: a.id.value.clone(),
                            title: a.title.value.clone(),
                            per_member_state: a.per_member_state,
                            span: a.span,
                        });
                    }
                }
                ast::Item::State(s) => {
                    if self.declare_name(&s.id, Kind::State, self.model.states.len()) {
                        let membership = s.membership.iter().map(|p| self.period(p)).collect();
                        self.model.states.push(State {
                            id: s.id.value.clone(),
                            title: s.title.value.clone(),
                            territory_of: None,
                            membership,
                            span: s.span,
                        });
                    }
                }
                ast::Item::Procedure(p) => {
                    // The procedure's entries name actors and provisions, so it
                    // is completed once everything is declared.
                    if self.declare_name(&p.id, Kind::Procedure, self.model.procedures.len()) {
                        self.model.procedures.push(Procedure {
                            id: p.id.value.clone(),
                            title: p.title.value.clone(),
                            route: RouteKind::TreatyRevision,
                            cost_rank: 0,
                            steps: Vec::new(),
                            decides: Vec::new(),
                            voting: Voting::None,
                            consent: Vec::new(),
                            ratified_by: Vec::new(),
                            veto: Vec::new(),
                            described_in: None,
                            notes: Vec::new(),
                            span: p.span,
                        });
                    }
                }
                ast::Item::Proposal(p) => {
                    if let Some(&earlier) = self.proposals.get(&p.id.value) {
                        let first = self.model.proposals[earlier.index()].head_span;
                        self.diagnostics.push(
                            Diagnostic::new(
                                Code::Duplicate,
                                format!("proposal `{}` is declared twice", p.id.value),
                            )
                            .label(p.id.span, "declared again here")
                            .label(first, "first declared here")
                            .help("give each proposal its own name"),
                        );
                        continue;
                    }
                    let id = ProposalId::new(self.model.proposals.len());
                    self.proposals.insert(p.id.value.clone(), id);
                    self.model.proposals.push(Proposal {
                        id: p.id.value.clone(),
                        title: p.title.value.clone(),
                        source: p.source.as_ref().map(|s| s.value.clone()),
                        date: p.date.as_ref().map(|d| d.value),
                        applies_from: p.applies_from.as_ref().map(|d| d.value),
                        actor: MeasureActor::default(),
                        enacts: None,
                        proposed_by: p.proposed_by.as_ref().map(|s| s.value.clone()),
                        addressed_to: None,
                        invented: p.invented.as_ref().map(|s| s.value.clone()),
                        notes: p.notes.iter().map(|n| n.value.clone()).collect(),
                        groups: Vec::new(),
                        creates: Vec::new(),
                        measures: Vec::new(),
                        head_span: p.head_span,
                        span: p.span,
                    });
                }
                ast::Item::Article(_) | ast::Item::Extension(_) => {}
            }
        }
        // A proposal's own names are declared once all global names are
        // known, so that "creates status x" can tell a new status from an
        // existing one whatever the order of files.
        self.locals = vec![Names::default(); self.model.proposals.len()];
        for item in items {
            if let ast::Item::Proposal(p) = item {
                let Some(&id) = self.proposals.get(&p.id.value) else {
                    continue;
                };
                if self.model.proposals[id.index()].span != p.span {
                    continue;
                }
                self.declare_locals(id, p);
            }
        }
    }

    fn declare_instrument(&mut self, i: &ast::Instrument) {
        if let Some(earlier) = self.model.index.instrument(&i.id.value) {
            let first = self.model.instruments[earlier.index()].span;
            self.diagnostics.push(
                Diagnostic::new(Code::Duplicate, format!("instrument `{}` is declared twice", i.id.value))
                    .label(i.id.span, "declared again here")
                    .label(first, "first declared here")
                    .help("each version of a treaty is its own instrument with its own id, such as `EC-1992` and `EC-1997`"),
            );
            return;
        }
        let path = Some(format!("instrument {}", i.id.value));
        let kind = match &i.kind {
            Some(word) => self
                .scope()
                .word(word, InstrumentKind::WORDS, "instrument kind"),
            None => {
                self.diagnostics.push(
                    Diagnostic::new(Code::MissingEntry, format!("instrument `{}` has no `kind`", i.id.value))
                        .label(i.id.span, "this instrument")
                        .help("add `kind treaty` (or charter, declaration, regulation, directive, agreement)")
                        .legal_path(path.clone()),
                );
                None
            }
        };
        let court = i
            .court
            .as_ref()
            .and_then(|w| self.scope().word(w, Court::WORDS, "court"));
        let case_law = kind.is_some_and(InstrumentKind::is_case_law);
        if case_law && (i.case.is_none() || i.decided.is_none()) {
            let missing: Vec<&str> = [
                (i.case.is_none(), "`case \"C-number/year\"`"),
                (i.decided.is_none(), "`decided YYYY-MM-DD`"),
            ]
            .iter()
            .filter(|(absent, _)| *absent)
            .map(|(_, entry)| *entry)
            .collect();
            self.diagnostics.push(
                Diagnostic::new(
                    Code::MissingCaseData,
                    format!(
                        "{} `{}` has no case number or date",
                        kind.map_or("judgment", InstrumentKind::word),
                        i.id.value
                    ),
                )
                .label(i.id.span, "this judgment")
                .help(format!(
                    "add {}: a holding applies from the day the judgment was delivered",
                    missing.join(" and ")
                ))
                .legal_path(path.clone()),
            );
        }
        // A judgment applies from the day it was delivered.
        let mut in_force: Vec<Period> = i.in_force.iter().map(|p| self.period(p)).collect();
        if in_force.is_empty() {
            if let Some(decided) = &i.decided {
                in_force.push(Period {
                    from: decided.value,
                    until: None,
                    span: decided.span,
                });
            }
        }
        if in_force.is_empty() {
            self.diagnostics.push(
                Diagnostic::new(
                    Code::MissingInForce,
                    format!("instrument `{}` has no in-force date", i.id.value),
                )
                .label(i.id.span, "this instrument")
                .help(
                    "add `in-force YYYY-MM-DD`, with `until YYYY-MM-DD` if it has ceased to apply",
                )
                .legal_path(path),
            );
        }
        let url = i.url.as_ref().and_then(|s| self.web_address(s));
        let id = InstrumentId::new(self.model.instruments.len());
        self.instrument_names.push((i.id.span, id));
        self.model.index.add_instrument(&i.id.value, id);
        self.model.instruments.push(Instrument {
            id: i.id.value.clone(),
            title: i.title.value.clone(),
            kind: kind.unwrap_or(InstrumentKind::Treaty),
            journal: i.journal.as_ref().map(|s| s.value.clone()),
            celex: i.celex.as_ref().map(|s| s.value.clone()),
            url,
            signed: i.signed.as_ref().map(|d| d.value),
            in_force,
            based_on: Vec::new(),
            court,
            case: i.case.as_ref().map(|s| s.value.clone()),
            ecli: i.ecli.as_ref().map(|s| s.value.clone()),
            decided: i.decided.as_ref().map(|d| d.value),
            notes: i.notes.iter().map(|n| n.value.clone()).collect(),
            articles: Vec::new(),
            span: i.span,
        });
    }

    fn declare_locals(&mut self, id: ProposalId, p: &ast::Proposal) {
        for g in &p.groups {
            let index = self.model.groups.len();
            if self.declare_local(id, &g.id, Kind::Group, index) {
                self.model.groups.push(group_shell(g, Some(id)));
                self.model.proposals[id.index()]
                    .groups
                    .push(GroupId::new(index));
            }
        }
        for c in &p.creates {
            match self.global.get(&c.status.value) {
                Some(symbol) if symbol.kind == Kind::Status => {}
                _ => {
                    let index = self.model.statuses.len();
                    if self.declare_local(id, &c.status, Kind::Status, index) {
                        self.model.statuses.push(Status {
                            id: c.status.value.clone(),
                            title: c
                                .title
                                .as_ref()
                                .map_or_else(|| c.status.value.clone(), |t| t.value.clone()),
                            created_by: Some(id),
                            span: c.span,
                        });
                    }
                }
            }
        }
    }

    fn declare_local(
        &mut self,
        proposal: ProposalId,
        name: &ast::Name,
        kind: Kind,
        index: usize,
    ) -> bool {
        let earlier = self.locals[proposal.index()]
            .get(&name.value)
            .or_else(|| self.global.get(&name.value))
            .copied();
        if let Some(earlier) = earlier {
            self.report_duplicate(name, earlier);
            return false;
        }
        let symbol = Symbol {
            kind,
            index,
            span: Some(name.span),
        };
        self.locals[proposal.index()].insert(name.value.clone(), symbol);
        self.scope().refer(name.span, symbol, true);
        true
    }

    /// The legal path of a place, for a diagnostic.
    fn place_name(&self, place: &Place) -> Option<String> {
        place_name(&self.model, place)
    }

    /// The resolver, for one call that looks names up.
    fn scope(&mut self) -> Resolving<'_> {
        Resolving {
            model: &self.model,
            global: &self.global,
            locals: &self.locals,
            suggestions: &self.suggestions,
            state_classes: &self.state_classes,
            references: self.references,
            diagnostics: &mut self.diagnostics,
            noted: &mut self.noted,
            definition_edges: &mut self.definition_edges,
        }
    }

    // ─── Pass 3: statements, procedures, groups, proposals ──────────────

    fn build_rest(&mut self, items: &[&ast::Item]) {
        // Articles: the provisions were made in item order, so walk them again in step.
        let mut next_article = 0;
        let article_ids: Vec<ProvisionId> = (0..self.model.provisions.len())
            .map(ProvisionId::new)
            .filter(|p| self.model.provisions[p.index()].parent.is_none())
            .collect();
        let mut built_at = Vec::new();
        let mut built: Vec<(ProvisionId, &ast::ProvisionBody)> = Vec::new();
        for (at, item) in items.iter().enumerate() {
            let ast::Item::Article(article) = item else {
                continue;
            };
            let Some(&id) = article_ids.get(next_article) else {
                continue;
            };
            if self.model.provisions[id.index()].span != article.span {
                continue; // this article was not built (unknown instrument or duplicate)
            }
            next_article += 1;
            built_at.push(at);
            built.push((id, &article.body));
        }
        // Resolved on every core, and taken in the order of the items, so
        // that diagnostics, references and edges keep their order.
        let mut said = self.articles_said(&built);
        let mut built_at = built_at.into_iter().peekable();
        for (at, item) in items.iter().enumerate() {
            match item {
                ast::Item::Article(_) if built_at.next_if_eq(&at).is_some() => {
                    self.take_next_article(&mut said);
                }
                ast::Item::Instrument(i) => {
                    let Some(index) = self
                        .model
                        .index
                        .instrument(&i.id.value)
                        .filter(|e| self.model.instruments[e.index()].span == i.span)
                        .map(|e| e.index())
                    else {
                        continue; // a duplicate, already reported
                    };
                    let path = Place::Named(format!("instrument {}", i.id.value));
                    let based_on = i
                        .based_on
                        .iter()
                        .filter_map(|c| self.scope().citation(c, &path))
                        .collect();
                    self.model.instruments[index].based_on = based_on;
                }
                ast::Item::Group(g) => {
                    if let Some(symbol) = self.global.get(&g.id.value).copied() {
                        if symbol.kind == Kind::Group && symbol.span == Some(g.id.span) {
                            self.fill_group(GroupId::new(symbol.index), g, None);
                        }
                    }
                }
                ast::Item::Condition(c) => {
                    if let Some(symbol) = self.global.get(&c.id.value).copied() {
                        if symbol.kind == Kind::Condition && symbol.span == Some(c.id.span) {
                            self.fill_condition(ConditionId::new(symbol.index), c);
                        }
                    }
                }
                ast::Item::State(st) => {
                    if let Some(symbol) = self.global.get(&st.id.value).copied() {
                        if symbol.kind == Kind::State && symbol.span == Some(st.id.span) {
                            self.fill_state(StateId::new(symbol.index), st);
                        }
                    }
                }
                ast::Item::Procedure(p) => {
                    if let Some(symbol) = self.global.get(&p.id.value).copied() {
                        if symbol.kind == Kind::Procedure && symbol.span == Some(p.id.span) {
                            self.fill_procedure(ProcedureId::new(symbol.index), p);
                        }
                    }
                }
                ast::Item::Proposal(p) => {
                    if let Some(&id) = self.proposals.get(&p.id.value) {
                        if self.model.proposals[id.index()].span == p.span {
                            self.fill_proposal(id, p);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// A `url` reports link to: only a web address, never `javascript:`,
    /// `data:` or a file on the reader's machine.
    fn web_address(&mut self, url: &ast::Text) -> Option<String> {
        let lower = url.value.trim_start().to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            return Some(url.value.clone());
        }
        self.diagnostics.push(
            Diagnostic::new(
                Code::BadUrl,
                format!("`{}` is not a web address", url.value),
            )
            .label(url.span, "this address")
            .help("write an address that starts with `https://` (or `http://`)"),
        );
        None
    }

    fn period(&mut self, period: &ast::Period) -> Period {
        if let Some(until) = &period.until {
            if until.value < period.from.value {
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::BadPeriod,
                        format!(
                            "the period ends on {} before it starts on {}",
                            until.value, period.from.value
                        ),
                    )
                    .label(until.span, "this end")
                    .label(period.from.span, "comes before this start")
                    .help("swap the dates, or correct the one that is wrong"),
                );
            }
        }
        Period {
            from: period.from.value,
            until: period.until.as_ref().map(|d| d.value),
            span: period.span,
        }
    }
}

fn subdivision_kind(word: &str) -> ProvisionKind {
    match word {
        "paragraph" => ProvisionKind::Paragraph,
        "subparagraph" => ProvisionKind::Subparagraph,
        _ => ProvisionKind::Point,
    }
}

/// Two spans in corpus order: by file, then position.
fn ordered(a: Span, b: Span) -> (Span, Span) {
    if (a.file, a.start()) <= (b.file, b.start()) {
        (a, b)
    } else {
        (b, a)
    }
}

fn group_shell(g: &ast::Group, proposal: Option<ProposalId>) -> Group {
    Group {
        id: g.id.value.clone(),
        title: g.title.value.clone(),
        conditions: Vec::new(),
        alternatives: Vec::new(),
        note: g.note.as_ref().map(|n| n.value.clone()),
        proposal,
        span: g.span,
    }
}

fn within(inner: &Period, outer: &Period) -> bool {
    inner.from >= outer.from
        && match (inner.until, outer.until) {
            (_, None) => true,
            (None, Some(_)) => false,
            (Some(i), Some(o)) => i <= o,
        }
}

/// A noun with "a" or "an" before it.
fn a(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {noun}")
}

fn list_or_none(items: &[&str]) -> String {
    if items.is_empty() {
        "none".to_string()
    } else {
        items.join(", ")
    }
}

fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Orders article numbers as a reader expects: 2, 8, 8a, 20, 138d, B.
fn natural_key(number: &str) -> (u32, String) {
    let digits: String = number.chars().take_while(char::is_ascii_digit).collect();
    (digits.parse().unwrap_or(u32::MAX), number.to_string())
}

impl Resolving<'_> {
    pub(super) fn word<T: Copy>(
        &mut self,
        word: &ast::Name,
        words: &'static [(&'static str, T)],
        what: &str,
    ) -> Option<T> {
        if let Some((_, value)) = words.iter().find(|(w, _)| *w == word.value) {
            return Some(*value);
        }
        let allowed: Vec<&str> = words.iter().map(|(w, _)| *w).collect();
        let help = match suggest(&word.value, allowed.iter().copied()) {
            Some(s) => format!(
                "did you mean `{s}`? The {what}s are {}",
                quoted_list(&allowed)
            ),
            None => format!("the {what}s are {}", quoted_list(&allowed)),
        };
        self.diagnostics.push(
            Diagnostic::new(Code::BadWord, format!("unknown {what} `{}`", word.value))
                .label(word.span, format!("not {}", a(what)))
                .help(help),
        );
        None
    }
}
