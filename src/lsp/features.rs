//! The answers: capabilities, diagnostics, hover, definition, references
//! and completion, read from the workspace the pipeline built. Hover is
//! plain text (never Markdown: file text is data, not markup) with control
//! characters made harmless by [`crate::report::printable`].

use super::position::{path_to_uri, LineIndex};
use super::state::State;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{
    words, Model, ProvisionId, ProvisionKind, Reference, StateClass, StatementKind, Target,
};
use crate::report::printable;
use crate::source::{FileId, Origin, Sources, Span};
use lsp_types as lsp;
use serde_json::Value;
use std::fmt::Write as _;

pub fn initialize_result() -> lsp::InitializeResult {
    lsp::InitializeResult {
        capabilities: lsp::ServerCapabilities {
            text_document_sync: Some(lsp::TextDocumentSyncCapability::Options(
                lsp::TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(lsp::TextDocumentSyncKind::INCREMENTAL),
                    save: Some(lsp::TextDocumentSyncSaveOptions::Supported(true)),
                    ..Default::default()
                },
            )),
            hover_provider: Some(lsp::HoverProviderCapability::Simple(true)),
            definition_provider: Some(lsp::OneOf::Left(true)),
            references_provider: Some(lsp::OneOf::Left(true)),
            document_symbol_provider: Some(lsp::OneOf::Left(true)),
            document_formatting_provider: Some(lsp::OneOf::Left(true)),
            completion_provider: Some(lsp::CompletionOptions {
                trigger_characters: Some(vec![" ".into(), "[".into(), "(".into()]),
                ..Default::default()
            }),
            ..Default::default()
        },
        server_info: Some(lsp::ServerInfo {
            name: "lexcompat".to_string(),
            version: Some(env!("CARGO_PKG_VERSION").to_string()),
        }),
    }
}

fn publish(uri: &str, diagnostics: Vec<lsp::Diagnostic>) -> lsp_server::Notification {
    lsp_server::Notification::new(
        "textDocument/publishDiagnostics".to_string(),
        serde_json::json!({ "uri": uri, "diagnostics": diagnostics }),
    )
}

/// No diagnostics for a closed document.
pub fn cleared(uri: &str) -> lsp_server::Notification {
    publish(uri, Vec::new())
}

/// `lint`'s diagnostics whose first label is in this document: code, span,
/// message with the legal path, help, and the other labels as related places.
pub fn document_diagnostics(state: &State, uri: &str) -> lsp_server::Notification {
    let Some(document) = state.documents.get(uri) else {
        return cleared(uri);
    };
    let project = match &document.project {
        Ok(p) => &state.projects[*p],
        Err(message) => {
            let at = lsp::Range::default();
            return publish(
                uri,
                vec![plain_diagnostic(
                    at,
                    "LX301",
                    &format!("{message}; nothing is checked until it is fixed"),
                )],
            );
        }
    };
    let mut out = Vec::new();
    if let Some(error) = &project.load_error {
        out.push(plain_diagnostic(lsp::Range::default(), "LX001", error));
    }
    let (Some(workspace), Some(file)) = (&project.workspace, project.file_of(uri)) else {
        return publish(uri, out);
    };
    let mut indexes: Vec<(FileId, LineIndex)> = Vec::new();
    for d in &workspace.diagnostics {
        if d.primary_span().map(|s| s.file) != Some(file) {
            continue;
        }
        out.push(convert(d, &workspace.sources, &mut indexes));
    }
    publish(uri, out)
}

fn plain_diagnostic(range: lsp::Range, code: &str, message: &str) -> lsp::Diagnostic {
    lsp::Diagnostic {
        range,
        severity: Some(lsp::DiagnosticSeverity::ERROR),
        code: Some(lsp::NumberOrString::String(code.to_string())),
        source: Some("lexcompat".to_string()),
        message: printable(message).into_owned(),
        ..Default::default()
    }
}

fn convert(
    d: &Diagnostic,
    sources: &Sources,
    indexes: &mut Vec<(FileId, LineIndex)>,
) -> lsp::Diagnostic {
    let mut message = printable(&d.message).into_owned();
    if let Some(path) = &d.legal_path {
        let _ = write!(message, "\nin {}", printable(path));
    }

    let primary = d.labels.first().map(|l| l.span);
    let related: Vec<lsp::DiagnosticRelatedInformation> = d
        .labels
        .iter()
        .skip(1)
        .filter_map(|label| {
            Some(lsp::DiagnosticRelatedInformation {
                location: location(sources, label.span, indexes)?,
                message: printable(&label.message).into_owned(),
            })
        })
        .collect();
    if let Some(label) = d.labels.first() {
        let _ = write!(message, "\n{}", printable(&label.message));
    }
    if let Some(help) = &d.help {
        let _ = write!(message, "\nhelp: {}", printable(help));
    }
    lsp::Diagnostic {
        range: primary.map_or_else(lsp::Range::default, |s| range(sources, s, indexes)),
        severity: Some(match d.severity {
            Severity::Error => lsp::DiagnosticSeverity::ERROR,
            Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        }),
        code: Some(lsp::NumberOrString::String(d.code.as_str().to_string())),
        source: Some("lexcompat".to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..Default::default()
    }
}

/// The editor's range of a span; the line index of each file is made once
/// per answer.
fn range(sources: &Sources, span: Span, indexes: &mut Vec<(FileId, LineIndex)>) -> lsp::Range {
    let text = &sources.get(span.file).text;
    let i = match indexes.iter().position(|(f, _)| *f == span.file) {
        Some(i) => i,
        None => {
            indexes.push((span.file, LineIndex::new(text)));
            indexes.len() - 1
        }
    };
    indexes[i].1.range(text, span.start(), span.end())
}

/// Where a span is, for the editor: only files on disk have an address.
fn location(
    sources: &Sources,
    span: Span,
    indexes: &mut Vec<(FileId, LineIndex)>,
) -> Option<lsp::Location> {
    let Origin::Disk(path) = &sources.get(span.file).origin else {
        return None;
    };
    Some(lsp::Location {
        uri: path_to_uri(path)?,
        range: range(sources, span, indexes),
    })
}

/// The project, workspace file and byte offset of a position in a document.
pub struct At<'a> {
    pub model: &'a Model,
    pub sources: &'a Sources,
    pub file: FileId,
    pub offset: usize,
}

pub fn at<'a>(state: &'a State, uri: &lsp::Uri, position: lsp::Position) -> Option<At<'a>> {
    let document = state.documents.get(uri.as_str())?;
    let project = &state.projects[*document.project.as_ref().ok()?];
    let workspace = project.workspace.as_ref()?;
    let file = project.file_of(uri.as_str())?;
    Some(At {
        model: &workspace.model,
        sources: &workspace.sources,
        file,
        offset: document.lines.offset(&document.text, position),
    })
}

/// The model, workspace file and text of an open document.
pub fn at_document<'a>(state: &'a State, uri: &lsp::Uri) -> Option<(&'a Model, FileId, &'a str)> {
    let document = state.documents.get(uri.as_str())?;
    let project = &state.projects[*document.project.as_ref().ok()?];
    let workspace = project.workspace.as_ref()?;
    Some((
        &workspace.model,
        project.file_of(uri.as_str())?,
        &document.text,
    ))
}

/// The name or citation written at an offset. A citation's instrument id
/// and an article's head both stand for the provision; otherwise the
/// narrowest reference wins.
pub fn reference_at(model: &Model, file: FileId, offset: usize) -> Option<Reference> {
    let references = &model.references;
    let first = references.partition_point(|r| r.span.file < file);
    let last = references.partition_point(|r| (r.span.file, r.span.start()) <= (file, offset));
    references[first..last]
        .iter()
        .filter(|r| r.span.end() >= offset)
        .min_by_key(|r| (!matches!(r.target, Target::Provision(_)), r.span.len()))
        .copied()
}

/// The document's place and the name or citation under the cursor there.
fn reference_under<'a>(
    state: &'a State,
    uri: &lsp::Uri,
    position: lsp::Position,
) -> Option<(At<'a>, Reference)> {
    let at = at(state, uri, position)?;
    let reference = reference_at(at.model, at.file, at.offset)?;
    Some((at, reference))
}

pub fn hover(state: &State, p: lsp::HoverParams) -> Value {
    let position = p.text_document_position_params;
    let Some((at, reference)) =
        reference_under(state, &position.text_document.uri, position.position)
    else {
        return Value::Null;
    };
    let mut indexes = Vec::new();
    let hover = lsp::Hover {
        contents: lsp::HoverContents::Markup(lsp::MarkupContent {
            kind: lsp::MarkupKind::PlainText,
            value: printable(&describe(at.model, at.sources, reference.target)).into_owned(),
        }),
        range: Some(range(at.sources, reference.span, &mut indexes)),
    };
    serde_json::to_value(hover).unwrap_or(Value::Null)
}

/// The whole document in `lexcompat fmt`'s layout, as one edit; no edit
/// when it is already laid out so. A document that does not parse is not
/// formatted: the editor already shows its syntax errors.
pub fn formatting(state: &State, p: lsp::DocumentFormattingParams) -> Result<Value, String> {
    let Some(document) = state.documents.get(p.text_document.uri.as_str()) else {
        return Err("the document is not open".to_string());
    };
    let text = &document.text;
    let formatted = crate::fmt::format_source(text).map_err(|e| e.to_string())?;
    if formatted == *text {
        return Ok(Value::Array(Vec::new()));
    }
    let index = LineIndex::new(text);
    let edit = lsp::TextEdit {
        range: index.range(text, 0, text.len()),
        new_text: formatted,
    };
    Ok(serde_json::to_value(vec![edit]).unwrap_or(Value::Null))
}

/// Where a target is declared: its name in its declaration, or an
/// article's head.
fn declaration(model: &Model, target: Target) -> Option<Span> {
    model
        .references
        .iter()
        .find(|r| r.declaration && r.target == target)
        .map(|r| r.span)
}

pub fn definition(state: &State, p: lsp::GotoDefinitionParams) -> Value {
    let position = p.text_document_position_params;
    let Some((at, reference)) =
        reference_under(state, &position.text_document.uri, position.position)
    else {
        return Value::Null;
    };
    let mut indexes = Vec::new();
    declaration(at.model, reference.target)
        .and_then(|span| location(at.sources, span, &mut indexes))
        .and_then(|l| serde_json::to_value(lsp::GotoDefinitionResponse::Scalar(l)).ok())
        .unwrap_or(Value::Null)
}

pub fn references(state: &State, p: lsp::ReferenceParams) -> Value {
    let position = p.text_document_position;
    let Some((at, reference)) =
        reference_under(state, &position.text_document.uri, position.position)
    else {
        return Value::Null;
    };
    let mut indexes = Vec::new();
    let locations: Vec<lsp::Location> = at
        .model
        .references
        .iter()
        .filter(|r| r.target == reference.target)
        .filter(|r| p.context.include_declaration || !r.declaration)
        .filter_map(|r| location(at.sources, r.span, &mut indexes))
        .collect();
    serde_json::to_value(locations).unwrap_or(Value::Null)
}

/// What a target is, in plain text: its words, its definition, and for a
/// provision its verbatim text, source, verification and succession.
pub fn describe(model: &Model, sources: &Sources, target: Target) -> String {
    let mut out = String::new();
    let declared = |out: &mut String, span: Span| {
        let _ = writeln!(out, "declared in {}", sources.locate(span));
    };
    match target {
        Target::Provision(id) => return provision_text(model, id),
        Target::Instrument(id) => {
            let i = &model.instruments[id.index()];
            let _ = writeln!(out, "{} — {}\n{}", i.id, i.title, i.kind.word());
            for (word, value) in [
                ("journal", &i.journal),
                ("celex", &i.celex),
                ("case", &i.case),
                ("ecli", &i.ecli),
                ("url", &i.url),
            ] {
                if let Some(value) = value {
                    let _ = writeln!(out, "{word} {value}");
                }
            }
            for period in &i.in_force {
                let _ = writeln!(out, "in force {period}");
            }
            let _ = writeln!(out, "{} articles in the corpus", i.articles.len());
            declared(&mut out, i.span);
        }
        Target::Right(id) => {
            let r = &model.rights[id.index()];
            let _ = writeln!(out, "right {} — {}", r.id, r.title);
            let conferring = provisions_where(
                model,
                |k| matches!(k, StatementKind::Confers { rights, .. } if rights.contains(&id)),
            );
            if !conferring.is_empty() {
                let _ = writeln!(out, "conferred by {}", conferring.join(", "));
            }
            declared(&mut out, r.span);
        }
        Target::Status(id) => {
            let s = &model.statuses[id.index()];
            let _ = writeln!(out, "status {} — {}", s.id, s.title);
            if let Some(p) = s.created_by {
                let _ = writeln!(out, "created by proposal {}", model.proposals[p.index()].id);
            }
            for (i, p) in model.provisions.iter().enumerate() {
                for statement in &p.statements {
                    if matches!(&statement.kind, StatementKind::Defines { status, .. } if *status == id)
                    {
                        let _ = writeln!(
                            out,
                            "{}: {}",
                            model.citation(ProvisionId::new(i)),
                            words::statement(model, statement)
                        );
                    }
                }
            }
            declared(&mut out, s.span);
        }
        Target::Condition(id) => {
            let c = &model.conditions[id.index()];
            let parameters: Vec<&str> = c.parameters.iter().map(|p| p.word()).collect();
            let _ = write!(out, "condition {}", c.id);
            if !parameters.is_empty() {
                let _ = write!(out, "({})", parameters.join(", "));
            }
            let _ = writeln!(out, " — {}", c.title);
            if !c.implies.is_empty() {
                let implied: Vec<&str> = c
                    .implies
                    .iter()
                    .map(|i| model.conditions[i.index()].id.as_str())
                    .collect();
                let _ = writeln!(out, "implies {}", implied.join(", "));
            }
            declared(&mut out, c.span);
        }
        Target::Group(id) => {
            let g = &model.groups[id.index()];
            let _ = writeln!(out, "group {} — {}", g.id, g.title);
            if !g.alternatives.is_empty() {
                let _ = writeln!(out, "where {}", words::alternatives(model, &g.alternatives));
            }
            if let Some(note) = &g.note {
                let _ = writeln!(out, "note: {note}");
            }
            declared(&mut out, g.span);
        }
        Target::Actor(id) => {
            let a = &model.actors[id.index()];
            let _ = writeln!(out, "actor {} — {}", a.id, a.title);
            if a.per_member_state {
                let _ = writeln!(out, "one per Member State");
            }
            declared(&mut out, a.span);
        }
        Target::State(id) => {
            let s = &model.states[id.index()];
            let _ = writeln!(out, "state {} — {}", s.id, s.title);
            if let Some((parent, applies)) = s.territory_of {
                let _ = writeln!(
                    out,
                    "territory of {}; the Treaties apply {}",
                    model.states[parent.index()].id,
                    applies.word()
                );
            }
            for period in &s.membership {
                let _ = writeln!(out, "member {period}");
            }
            declared(&mut out, s.span);
        }
        Target::StateClass(class) => {
            let meaning = match class {
                StateClass::MemberState => {
                    "any State that is a Member State at the date considered"
                }
                StateClass::OtherMemberState => "a Member State other than the person's own",
                StateClass::ThirdCountry => {
                    "any State that is not a Member State at the date considered"
                }
                StateClass::OwnMemberState => "the Member State whose nationality the person holds",
            };
            let _ = writeln!(out, "{}: {meaning} (built into the language)", class.word());
        }
        Target::Procedure(id) => {
            let p = &model.procedures[id.index()];
            let _ = writeln!(out, "procedure {} — {}", p.id, p.title);
            let _ = writeln!(
                out,
                "route {}, cost rank {}, voting {}",
                p.route.word(),
                p.cost_rank,
                p.voting.word()
            );
            for (word, actors) in [
                ("decides", &p.decides),
                ("consent", &p.consent),
                ("ratified by", &p.ratified_by),
                ("veto", &p.veto),
            ] {
                if !actors.is_empty() {
                    let names: Vec<&str> = actors
                        .iter()
                        .map(|a| model.actors[a.index()].id.as_str())
                        .collect();
                    let _ = writeln!(out, "{word}: {}", names.join(", "));
                }
            }
            for step in &p.steps {
                let _ = writeln!(out, "step: {step}");
            }
            if let Some(provision) = p.described_in {
                let _ = writeln!(out, "described in {}", model.citation(provision));
            }
            declared(&mut out, p.span);
        }
        Target::Test(id) => {
            let t = &model.tests[id.index()];
            let _ = writeln!(out, "test {} — {}", t.id, t.title);
            declared(&mut out, t.span);
        }
        Target::Arrangement(id) => {
            let a = &model.arrangements[id.index()];
            let _ = writeln!(out, "arrangement {} — {}", a.id, a.title);
            declared(&mut out, a.span);
        }
    }
    out.trim_end().to_string()
}

/// A provision for a reader: its citation and heading, where it sits, when
/// it is in force, how far its wording is verified and from where, the
/// verbatim text of it and its subdivisions, and what it succeeds, is
/// succeeded by, and is equivalent to.
pub fn provision_text(model: &Model, id: ProvisionId) -> String {
    let p = &model.provisions[id.index()];
    let mut out = model.display_citation(id);
    if let Some(heading) = &p.heading {
        let _ = write!(out, " — {heading}");
    }
    let _ = writeln!(out, "\n{}", model.legal_path(id));
    let periods: Vec<String> = p.in_force.iter().map(ToString::to_string).collect();
    if !periods.is_empty() {
        let _ = writeln!(out, "in force {}", periods.join(", "));
    }
    let _ = writeln!(
        out,
        "text {}: {}",
        p.text_status.word(),
        p.text_status.describe()
    );
    if let Some(source) = &p.source {
        let _ = writeln!(out, "source: {source}");
    }
    let depth = p.labels.len();
    for part in model.article_provisions(id) {
        let q = &model.provisions[part.index()];
        let indent = "  ".repeat(q.labels.len() - depth);
        // As the Official Journal prints them: `1.`, `(a)`, and a
        // subparagraph by its name, since its number repeats a paragraph's.
        let label = match (q.labels.last(), q.kind) {
            (Some(_), _) if part == id => String::new(),
            (Some(label), ProvisionKind::Paragraph) => format!("{label}. "),
            (Some(label), ProvisionKind::Subparagraph) => format!("subparagraph {label}: "),
            (Some(label), _) => format!("({label}) "),
            (None, _) => String::new(),
        };
        let status = if q.text_status != p.text_status {
            format!(" [text {}]", q.text_status.word())
        } else {
            String::new()
        };
        match &q.text {
            Some(text) => {
                let _ = writeln!(out, "\n{indent}{label}{}{status}", text.trim());
            }
            None if !label.is_empty() => {
                let _ = writeln!(out, "\n{indent}{label}{status}");
            }
            None => {}
        }
    }
    let cite = |ids: &[ProvisionId]| -> String {
        ids.iter()
            .map(|i| model.display_citation(*i))
            .collect::<Vec<_>>()
            .join(", ")
    };
    out.push('\n');
    for (word, ids) in [
        ("succeeds", p.predecessors()),
        ("succeeded by", p.successors()),
        ("equivalent to", p.equivalents()),
    ] {
        if !ids.is_empty() {
            let _ = writeln!(out, "{word} {}", cite(ids));
        }
    }
    out.trim_end().to_string()
}

/// The citations of the provisions with a statement of this kind.
fn provisions_where(model: &Model, wanted: impl Fn(&StatementKind) -> bool) -> Vec<String> {
    model
        .provisions
        .iter()
        .enumerate()
        .filter(|(_, p)| p.statements.iter().any(|s| wanted(&s.kind)))
        .map(|(i, _)| model.citation(ProvisionId::new(i)))
        .collect()
}

pub fn completion(state: &State, p: lsp::CompletionParams) -> Value {
    let position = p.text_document_position;
    let Some(document) = state.documents.get(position.text_document.uri.as_str()) else {
        return Value::Null;
    };
    let offset = document.lines.offset(&document.text, position.position);
    let model = document
        .project
        .as_ref()
        .ok()
        .and_then(|p| state.projects[*p].workspace.as_ref())
        .map(|w| &w.model);
    let empty = Model::default();
    let items = super::complete::complete(model.unwrap_or(&empty), &document.text, offset);
    let start = offset - items.0.len();
    let range = document.lines.range(&document.text, start, offset);
    let list: Vec<lsp::CompletionItem> = items
        .1
        .into_iter()
        .map(|(label, kind, detail)| lsp::CompletionItem {
            label: label.clone(),
            kind: Some(kind),
            detail: detail.map(|d| printable(&d).into_owned()),
            text_edit: Some(lsp::CompletionTextEdit::Edit(lsp::TextEdit {
                range,
                new_text: label,
            })),
            ..Default::default()
        })
        .collect();
    serde_json::to_value(lsp::CompletionResponse::Array(list)).unwrap_or(Value::Null)
}
