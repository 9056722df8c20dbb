//! The JSON and YAML documents of `check`, following docs/check.schema.json:
//! the report made from the analysis, and written as it is made, in
//! batches on every core, so that neither the document nor the report of
//! a large run is ever held whole. Renders only.

use super::counts;
use crate::analysis::*;
use crate::baseline::{Comparison, Entry, Standing};
use crate::inert::{write_yaml_field as yaml_field, write_yaml_item as yaml_item};
use crate::model::Model;
use crate::source::{Location, Sources};
use serde::Serialize;

#[derive(Serialize)]
pub struct CheckReport<'a> {
    tool: Tool,
    as_of: Option<String>,
    proposals: Vec<ProposalReport<'a>>,
    /// `null` when no baseline was given.
    baseline: Option<BaselineReport<'a>>,
}

// The report borrows the analysis's text: the JSON of a large run is bigger
// than its corpus, and a copy of every string would double it in memory.
#[derive(Serialize)]
struct BaselineReport<'a> {
    file: &'a str,
    new: usize,
    accepted: usize,
    /// Entries of the baseline that match no finding any more.
    stale: &'a [Entry],
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct ProposalReport<'a> {
    id: &'a str,
    title: &'a str,
    date: String,
    verdict: &'static str,
    veto_players: Vec<VetoReport<'a>>,
    grants: Vec<GrantReport<'a>>,
    findings: Vec<FindingReport<'a>>,
}

#[derive(Serialize)]
struct GrantReport<'a> {
    id: &'a str,
    kind: &'static str,
    measure: &'a str,
    action: &'static str,
    actor: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    applies_from: Option<String>,
    right: &'a str,
    beneficiary: &'a str,
    likely: bool,
    verdict: &'static str,
    conditions: Vec<ConditionReport<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cover: Vec<CoverReport<'a>>,
    routes: Vec<RouteReport<'a>>,
    explanation: Vec<StepReport<'a>>,
    location: Location,
}

/// A test a limit lays down, and whether the measure meets it.
#[derive(Serialize)]
struct ConditionReport<'a> {
    test: std::borrow::Cow<'a, str>,
    provision: String,
    status: &'static str,
}

/// One part of the group and the verdict of the route that reaches it.
#[derive(Serialize)]
struct CoverReport<'a> {
    part: &'a str,
    verdict: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    basis: Option<std::borrow::Cow<'a, str>>,
}

#[derive(Serialize)]
struct RouteReport<'a> {
    verdict: &'static str,
    chosen: bool,
    /// `null` for a route that reaches the whole group; else whom it reaches.
    partial: Option<&'a str>,
    basis: Option<std::borrow::Cow<'a, str>>,
    also: Vec<std::borrow::Cow<'a, str>>,
    /// Provisions beyond `also` that open the route, counted; written only
    /// when there are any.
    #[serde(skip_serializing_if = "is_zero")]
    also_more: usize,
    procedure: Option<&'a str>,
    voting: Option<&'static str>,
    decides: &'a [String],
    consent: &'a [String],
    ratified_by: &'a [String],
    veto_players: Vec<VetoReport<'a>>,
    veto_count: usize,
    notes: &'a [String],
}

#[derive(Serialize)]
struct VetoReport<'a> {
    actor: &'a str,
    title: &'a str,
    count: usize,
}

#[derive(Serialize)]
struct StepReport<'a> {
    kind: &'static str,
    text: std::borrow::Cow<'a, str>,
    quote: Option<QuoteReport<'a>>,
}

#[derive(Serialize)]
struct QuoteReport<'a> {
    citation: std::borrow::Cow<'a, str>,
    text: Option<&'a str>,
    text_status: &'static str,
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    link: Option<String>,
}

#[derive(Serialize)]
struct FindingReport<'a> {
    code: &'static str,
    rule: &'static str,
    severity: crate::diagnostic::Severity,
    message: &'a str,
    grant: Option<&'a str>,
    provisions: Vec<String>,
    explanation: Vec<StepReport<'a>>,
    fingerprint: &'a str,
    location: Location,
    /// "new", or "accepted" when a baseline records it.
    baseline: &'static str,
    /// Why the baseline accepts it.
    reason: Option<&'a str>,
}

fn vetoes(players: &[VetoPlayer]) -> Vec<VetoReport<'_>> {
    players
        .iter()
        .map(|v| VetoReport {
            actor: &v.actor,
            title: &v.title,
            count: v.count,
        })
        .collect()
}

fn steps<'a>(steps: &'a [Step], model: &'a crate::model::Model) -> Vec<StepReport<'a>> {
    steps
        .iter()
        .map(|s| StepReport {
            kind: s.kind.word(),
            text: s.words(model),
            quote: s.quote.map(|q| QuoteReport {
                citation: q.citation(model),
                text: q.text(model),
                text_status: q.text_status(model).word(),
                source: q.source(model),
                link: q.link(model),
            }),
        })
        .collect()
}

/// The analysis as the serialisable report of the JSON contract.
pub fn report<'a>(
    analysis: &'a Analysis,
    comparison: &'a Comparison,
    baseline_file: Option<&'a str>,
    model: &'a crate::model::Model,
    sources: &'a Sources,
) -> CheckReport<'a> {
    let parts = Parts::new(analysis, comparison, baseline_file, model, sources);
    CheckReport {
        // On every core: the reasoning is worded here, step by step.
        proposals: crate::parallel::map(&parts.proposals, |&(p, standings)| {
            proposal_report(p, standings, model, sources)
        }),
        ..parts.frame
    }
}

/// The report without its proposals: what stands before and after them.
fn frame<'a>(
    analysis: &'a Analysis,
    comparison: &'a Comparison,
    baseline_file: Option<&'a str>,
) -> CheckReport<'a> {
    let counts = counts(comparison);
    CheckReport {
        baseline: baseline_file.map(|file| BaselineReport {
            file,
            new: counts.0,
            accepted: counts.1,
            stale: &comparison.stale,
        }),
        tool: Tool {
            name: "lexcompat",
            version: env!("CARGO_PKG_VERSION"),
        },
        as_of: analysis.as_of.map(|d| d.to_string()),
        proposals: Vec::new(),
    }
}

/// One proposal's part of the report, its reasoning worded.
fn proposal_report<'a>(
    p: &'a ProposalAnalysis,
    standings: &'a [Standing],
    model: &'a Model,
    sources: &Sources,
) -> ProposalReport<'a> {
    ProposalReport {
        grants: p
            .grants
            .iter()
            .map(|g| grant_report(g, model, sources))
            .collect(),
        findings: p
            .findings
            .iter()
            .zip(standings)
            .map(|(f, standing)| finding_report(f, standing, model, sources))
            .collect(),
        ..proposal_frame(p)
    }
}

/// A proposal's part of the report without its grants and findings.
fn proposal_frame(p: &ProposalAnalysis) -> ProposalReport<'_> {
    ProposalReport {
        id: &p.id,
        title: &p.title,
        date: p.date.to_string(),
        verdict: p.verdict.word(),
        veto_players: vetoes(&p.veto_players),
        grants: Vec::new(),
        findings: Vec::new(),
    }
}

fn grant_report<'a>(g: &'a GrantAnalysis, model: &'a Model, sources: &Sources) -> GrantReport<'a> {
    GrantReport {
        id: &g.id,
        kind: match g.kind {
            ClaimKind::Right => "right",
            ClaimKind::Status => "status",
            ClaimKind::Other => "other",
        },
        measure: &g.measure,
        action: g.action,
        actor: &g.actor,
        applies_from: g.applies_from.map(|d| d.to_string()),
        conditions: g
            .conditions
            .iter()
            .map(|c| ConditionReport {
                test: c.test_words(model),
                provision: model.display_citation(c.provision),
                status: c.status.word(),
            })
            .collect(),
        cover: g
            .cover
            .iter()
            .map(|c| CoverReport {
                part: &c.part,
                verdict: c.verdict.word(),
                basis: c.basis.map(|b| model.cited(b)),
            })
            .collect(),
        right: &g.right,
        beneficiary: &g.beneficiary,
        likely: g.likely,
        verdict: g.verdict.word(),
        routes: g.routes.iter().map(|r| route(r, model)).collect(),
        explanation: steps(&g.explanation, model),
        location: sources.locate(g.span),
    }
}

fn finding_report<'a>(
    f: &'a Finding,
    standing: &'a Standing,
    model: &'a Model,
    sources: &Sources,
) -> FindingReport<'a> {
    FindingReport {
        code: f.code,
        rule: f.rule,
        severity: f.severity,
        message: &f.message,
        grant: f.grant.as_deref(),
        provisions: f.provisions.iter().map(|id| model.citation(*id)).collect(),
        explanation: steps(&f.explanation, model),
        fingerprint: &f.fingerprint,
        location: sources.locate(f.span),
        baseline: match standing {
            Standing::New => "new",
            Standing::Accepted { .. } => "accepted",
        },
        reason: match standing {
            Standing::New => None,
            Standing::Accepted { reason } => Some(reason.as_str()),
        },
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

fn route<'a>(r: &'a Route, model: &'a Model) -> RouteReport<'a> {
    let procedure = r.procedure.as_deref();
    let list = |of: fn(&ProcedureView) -> &[String]| procedure.map(of).unwrap_or_default();
    RouteReport {
        verdict: r.verdict.word(),
        chosen: r.chosen,
        partial: r.partial.as_deref(),
        basis: r.basis(model),
        also: r.also.iter().map(|a| model.cited(*a)).collect(),
        also_more: r.also_more,
        procedure: procedure.map(|p| p.title.as_str()),
        voting: procedure.map(|p| p.voting),
        decides: list(|p| &p.decides),
        consent: list(|p| &p.consent),
        ratified_by: list(|p| &p.ratified_by),
        veto_count: r.veto_players.iter().map(|v| v.count).sum(),
        notes: list(|p| &p.notes),
        veto_players: vetoes(&r.veto_players),
    }
}

/// At most this many proposals, grants or findings are rendered together,
/// then written out before the next: enough to keep every core busy.
const BATCH_LEN: usize = 256;

/// At most this many items (reasoning steps, conditions, routes) are
/// rendered together into memory; a proposal, grant or finding with more is
/// written straight out, its own lists rendered a batch at a time. A
/// proposal's JSON can run to a gigabyte (a thousand limits reaching each
/// of a thousand grants), and fresh memory costs more than a core saves.
const BATCH_ITEMS: usize = 1 << 16;

/// The documents `check` writes for programs, following
/// docs/check.schema.json.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    Json,
    Yaml,
}

/// Writes the document as it is made: the report's proposals, and in a
/// large proposal its grants and findings, made and rendered on every core
/// a batch at a time, joined in their order into the same bytes as
/// serde_json's pretty printer (or serde_yaml) gives for the whole report.
/// The document of a large run is larger than its corpus; it is never held
/// whole, nor the report it is written from.
pub fn write_document(
    document: Document,
    analysis: &Analysis,
    comparison: &Comparison,
    baseline_file: Option<&str>,
    model: &Model,
    sources: &Sources,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let parts = Parts::new(analysis, comparison, baseline_file, model, sources);
    let batches = Batches::new(BATCH_LEN, BATCH_ITEMS);
    match document {
        Document::Json => write_json_in_batches(&parts, out, batches),
        Document::Yaml => write_yaml_in_batches(&parts, out, batches),
    }
}

/// The document in memory; [`write_document`] writes it as it is made.
pub fn to_document(
    document: Document,
    analysis: &Analysis,
    comparison: &Comparison,
    baseline_file: Option<&str>,
    model: &Model,
    sources: &Sources,
) -> String {
    let mut text = Vec::new();
    write_document(
        document,
        analysis,
        comparison,
        baseline_file,
        model,
        sources,
        &mut text,
    )
    .expect("writing to memory does not fail");
    String::from_utf8(text).expect("serde writes UTF-8")
}

/// What the documents of `check` are made from: the report without its
/// proposals, and each proposal with the standings of its findings.
struct Parts<'a> {
    frame: CheckReport<'a>,
    proposals: Vec<(&'a ProposalAnalysis, &'a Vec<Standing>)>,
    model: &'a Model,
    sources: &'a Sources,
}

impl<'a> Parts<'a> {
    fn new(
        analysis: &'a Analysis,
        comparison: &'a Comparison,
        baseline_file: Option<&'a str>,
        model: &'a Model,
        sources: &'a Sources,
    ) -> Parts<'a> {
        Parts {
            frame: frame(analysis, comparison, baseline_file),
            proposals: analysis
                .proposals
                .iter()
                .zip(&comparison.standings)
                .collect(),
            model,
            sources,
        }
    }
}

/// How lists are cut into batches rendered together.
#[derive(Clone, Copy)]
struct Batches {
    /// Elements of a batch, at most.
    len: usize,
    /// Items of a batch's elements together, at most, counted by `items`.
    items: usize,
}

impl Batches {
    fn new(len: usize, items: usize) -> Batches {
        Batches {
            len: len.max(1),
            items,
        }
    }
}

fn grant_items(g: &GrantAnalysis) -> usize {
    g.explanation.len() + g.conditions.len() + g.routes.len() + g.cover.len() + 1
}

fn finding_items(f: &Finding) -> usize {
    f.explanation.len() + f.provisions.len() + 1
}

/// How much a proposal's JSON holds, known before it is worded.
fn proposal_items(p: &ProposalAnalysis) -> usize {
    p.grants.iter().map(grant_items).sum::<usize>()
        + p.findings.iter().map(finding_items).sum::<usize>()
        + 1
}

fn write_json_in_batches(
    parts: &Parts,
    out: &mut dyn std::io::Write,
    batches: Batches,
) -> std::io::Result<()> {
    let (frame, model, sources) = (&parts.frame, parts.model, parts.sources);
    // The fields in the order of `CheckReport`, laid out as serde_json lays
    // them out; a test checks the bytes against serde_json's own.
    let mut head = b"{\n  \"tool\": ".to_vec();
    crate::report::write_inert_json(&frame.tool, 1, &mut head);
    head.extend_from_slice(b",\n  \"as_of\": ");
    crate::report::write_inert_json(&frame.as_of, 1, &mut head);
    head.extend_from_slice(b",\n  \"proposals\": ");
    out.write_all(&head)?;
    write_array(
        &parts.proposals,
        2,
        batches,
        out,
        |&(p, _)| proposal_items(p),
        |&(p, standings), out| {
            crate::report::write_inert_json(&proposal_report(p, standings, model, sources), 2, out);
        },
        |&(p, standings), out| write_proposal(p, standings, parts, batches, out),
    )?;
    let mut tail = b",\n  \"baseline\": ".to_vec();
    crate::report::write_inert_json(&frame.baseline, 1, &mut tail);
    tail.extend_from_slice(b"\n}\n");
    out.write_all(&tail)
}

/// A proposal too large to render in memory, as serde_json would lay out
/// [`proposal_report`] two levels deep: its fields written here in the
/// order of `ProposalReport`, its grants and findings a batch at a time.
fn write_proposal(
    p: &ProposalAnalysis,
    standings: &[Standing],
    parts: &Parts,
    batches: Batches,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let (model, sources) = (parts.model, parts.sources);
    let frame = proposal_frame(p);
    let field = |name: &str, out: &mut dyn std::io::Write| {
        out.write_all(b"\n      \"")?;
        out.write_all(name.as_bytes())?;
        out.write_all(b"\": ")
    };
    out.write_all(b"{")?;
    let mut scalars = Vec::new();
    for (name, value) in [
        ("id", frame.id),
        ("title", frame.title),
        ("date", &frame.date),
        ("verdict", frame.verdict),
    ] {
        field(name, out)?;
        scalars.clear();
        crate::report::write_inert_json(value, 3, &mut scalars);
        scalars.push(b',');
        out.write_all(&scalars)?;
    }
    field("veto_players", out)?;
    crate::report::stream_inert_json(&frame.veto_players, 3, out)?;
    out.write_all(b",")?;
    field("grants", out)?;
    write_array(
        &p.grants,
        4,
        batches,
        out,
        grant_items,
        |g, out| crate::report::write_inert_json(&grant_report(g, model, sources), 4, out),
        |g, out| crate::report::stream_inert_json(&grant_report(g, model, sources), 4, out),
    )?;
    out.write_all(b",")?;
    field("findings", out)?;
    let findings: Vec<_> = p.findings.iter().zip(standings).collect();
    write_array(
        &findings,
        4,
        batches,
        out,
        |&(f, _)| finding_items(f),
        |&(f, s), out| {
            crate::report::write_inert_json(&finding_report(f, s, model, sources), 4, out)
        },
        |&(f, s), out| {
            crate::report::stream_inert_json(&finding_report(f, s, model, sources), 4, out)
        },
    )?;
    out.write_all(b"\n    }")
}

/// A JSON array whose elements stand `depth` levels deep, laid out as
/// serde_json lays it out: elements of at most `batches.items` items
/// (`items`) rendered by `render` on every core, a batch at a time, and
/// written in their order; a larger one written straight out by `stream`.
fn write_array<T: Sync>(
    elements: &[T],
    depth: usize,
    batches: Batches,
    out: &mut dyn std::io::Write,
    items: impl Fn(&T) -> usize,
    render: impl Fn(&T, &mut Vec<u8>) + Sync,
    mut stream: impl FnMut(&T, &mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    if elements.is_empty() {
        return out.write_all(b"[]");
    }
    out.write_all(b"[")?;
    let indent = "  ".repeat(depth);
    let mut first = true;
    in_batches(
        elements,
        batches,
        items,
        render,
        |element, part, out| {
            out.write_all(if first { b"\n" } else { b",\n" })?;
            out.write_all(indent.as_bytes())?;
            first = false;
            match part {
                Some(part) => out.write_all(&part),
                None => stream(element, out),
            }
        },
        out,
    )?;
    out.write_all(b"\n")?;
    out.write_all(&indent.as_bytes()[2..])?;
    out.write_all(b"]")
}

/// Elements a batch at a time: a batch holds elements while they fit in
/// `batches`, rendered by `render` on every core, then handed in their
/// order to `write`; an element too large to fit is handed over alone and
/// unrendered (`None`), for `write` to write straight out.
fn in_batches<T: Sync>(
    elements: &[T],
    batches: Batches,
    items: impl Fn(&T) -> usize,
    render: impl Fn(&T, &mut Vec<u8>) + Sync,
    mut write: impl FnMut(&T, Option<Vec<u8>>, &mut dyn std::io::Write) -> std::io::Result<()>,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut rest = elements;
    while !rest.is_empty() {
        let mut len = 0;
        let mut held = 0;
        for element in rest.iter().take(batches.len) {
            held += items(element);
            if len > 0 && held > batches.items {
                break;
            }
            len += 1;
        }
        let (batch, after) = rest.split_at(len);
        rest = after;
        let alone = len == 1 && items(&batch[0]) > batches.items;
        let rendered = if alone {
            vec![None]
        } else {
            crate::parallel::map(batch, |element| {
                let mut part = Vec::new();
                render(element, &mut part);
                Some(part)
            })
        };
        for (element, part) in batch.iter().zip(rendered) {
            write(element, part, out)?;
        }
    }
    Ok(())
}

// The YAML is serde_yaml's own layout of each proposal, grant or finding,
// made on every core and set at its depth in the document.
fn write_yaml_in_batches(
    parts: &Parts,
    out: &mut dyn std::io::Write,
    batches: Batches,
) -> std::io::Result<()> {
    let (frame, model, sources) = (&parts.frame, parts.model, parts.sources);
    // The fields in the order of `CheckReport`; a test checks the bytes
    // against serde_yaml's own for the whole report.
    yaml_field(out, "", "tool", &frame.tool, 0)?;
    yaml_field(out, "", "as_of", &frame.as_of, 0)?;
    yaml_list(
        out,
        "",
        "proposals",
        &parts.proposals,
        batches,
        |&(p, _)| proposal_items(p),
        |&(p, standings), part| {
            yaml_item(part, &proposal_report(p, standings, model, sources), 0);
        },
        |&(p, standings), out| write_yaml_proposal(p, standings, parts, batches, out),
    )?;
    yaml_field(out, "", "baseline", &frame.baseline, 0)
}

/// A proposal too large to render in memory, as an element of the
/// top-level list of proposals: its fields in the order of
/// `ProposalReport`, its grants and findings a batch at a time.
fn write_yaml_proposal(
    p: &ProposalAnalysis,
    standings: &[Standing],
    parts: &Parts,
    batches: Batches,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let (model, sources) = (parts.model, parts.sources);
    let frame = proposal_frame(p);
    yaml_field(out, "- ", "id", &frame.id, 2)?;
    yaml_field(out, "  ", "title", &frame.title, 2)?;
    yaml_field(out, "  ", "date", &frame.date, 2)?;
    yaml_field(out, "  ", "verdict", &frame.verdict, 2)?;
    yaml_field(out, "  ", "veto_players", &frame.veto_players, 2)?;
    yaml_list(
        out,
        "  ",
        "grants",
        &p.grants,
        batches,
        grant_items,
        |g, part| yaml_item(part, &grant_report(g, model, sources), 2),
        |g, out| out.write_all(&yaml_element(&grant_report(g, model, sources), 2)),
    )?;
    let findings: Vec<_> = p.findings.iter().zip(standings).collect();
    yaml_list(
        out,
        "  ",
        "findings",
        &findings,
        batches,
        |&(f, _)| finding_items(f),
        |&(f, s), part| yaml_item(part, &finding_report(f, s, model, sources), 2),
        |&(f, s), out| out.write_all(&yaml_element(&finding_report(f, s, model, sources), 2)),
    )
}

/// `name:` and a list as serde_yaml lays it out in a mapping (the key
/// after `lead`): `[]` when empty, else the elements below, rendered by
/// `render` (or written by `stream`) with their `- ` at the key's column.
#[allow(clippy::too_many_arguments)]
fn yaml_list<T: Sync>(
    out: &mut dyn std::io::Write,
    lead: &str,
    name: &str,
    elements: &[T],
    batches: Batches,
    items: impl Fn(&T) -> usize,
    render: impl Fn(&T, &mut Vec<u8>) + Sync,
    mut stream: impl FnMut(&T, &mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    write!(out, "{lead}{name}:")?;
    if elements.is_empty() {
        return out.write_all(b" []\n");
    }
    out.write_all(b"\n")?;
    in_batches(
        elements,
        batches,
        items,
        render,
        |element, part, out| match part {
            Some(part) => out.write_all(&part),
            None => stream(element, out),
        },
        out,
    )
}

/// serde_yaml's layout of `value` as a list element whose `- ` stands
/// `indent` columns in.
fn yaml_element<T: Serialize + ?Sized>(value: &T, indent: usize) -> Vec<u8> {
    let mut part = Vec::new();
    yaml_item(&mut part, value, indent);
    part
}

#[cfg(test)]
mod tests {
    /// A string with a bidirectional override is set in double quotes and
    /// escaped: the document reads back the same and holds nothing a
    /// terminal acts on; the strings around it keep serde_yaml's layout.
    #[test]
    fn yaml_escapes_what_libyaml_leaves_raw() {
        let hostile = [
            "plain \u{202E}desrever",
            "a 'quoted': \"one\" \\ back\u{2066}",
            "lines\n\u{200F}second\n",
            "- looks like a list \u{061C}",
        ];
        #[derive(serde::Serialize)]
        struct Held {
            safe: &'static str,
            list: Vec<&'static str>,
            nested: Vec<std::collections::BTreeMap<&'static str, &'static str>>,
        }
        let held = Held {
            safe: "plain words: kept",
            list: hostile.to_vec(),
            nested: vec![[("text", hostile[2])].into_iter().collect()],
        };
        let text = crate::inert::inert_yaml(&held);
        assert!(!text.chars().any(crate::inert::unsafe_char), "{text}");
        assert!(text.starts_with("safe: 'plain words: kept'\n"), "{text}");
        let read: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
        assert_eq!(read, serde_yaml::to_value(&held).unwrap(), "{text}");
        // Nothing to escape: serde_yaml's own bytes.
        assert_eq!(crate::inert::inert_yaml(&hostile[0][..5]), "plain\n");
    }

    /// The layouts set at depth agree with serde_yaml's for what the corpus
    /// rarely holds: block scalars with empty lines, quoted keys' values,
    /// empty lists and maps, and null.
    #[test]
    fn yaml_set_at_depth_is_serde_yamls_own_layout() {
        #[derive(serde::Serialize)]
        struct Inner {
            text: &'static str,
            quoted: &'static str,
            list: Vec<&'static str>,
            empty: Vec<&'static str>,
            none: Option<&'static str>,
            map: std::collections::BTreeMap<&'static str, &'static str>,
        }
        #[derive(serde::Serialize)]
        struct Outer {
            head: Inner,
            items: Vec<Inner>,
        }
        let inner = || Inner {
            text: "first line\n\n  indented after an empty line\nlast: with a colon",
            quoted: "a: b",
            list: vec!["x", "- y"],
            empty: Vec::new(),
            none: None,
            map: [("k", "v\n\nw")].into_iter().collect(),
        };
        let whole = serde_yaml::to_string(&Outer {
            head: inner(),
            items: vec![inner(), inner()],
        })
        .unwrap();
        let mut set: Vec<u8> = Vec::new();
        super::yaml_field(&mut set, "", "head", &inner(), 0).unwrap();
        set.extend_from_slice(b"items:\n");
        super::yaml_item(&mut set, &inner(), 0);
        set.extend_from_slice(&super::yaml_element(&inner(), 0));
        assert_eq!(String::from_utf8(set).unwrap(), whole);
    }

    #[test]
    fn documents_written_in_batches_are_serdes_own_bytes() {
        let config = crate::config::Config {
            corpus: crate::config::CorpusSource::Embedded,
            extra: Vec::new(),
        };
        let proposals = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("proposals");
        let workspace = crate::driver::load(&config, &[proposals]).expect("the proposals load");
        let mut analysis = crate::driver::judge(
            &workspace.model,
            &workspace.given_proposals(),
            None,
            crate::analysis::Drawings::Omitted,
        );
        assert!(analysis.proposals.len() > 3);
        let (model, sources) = (&workspace.model, &workspace.sources);
        for keep in [analysis.proposals.len(), 0] {
            analysis.proposals.truncate(keep);
            let comparison = crate::baseline::Comparison::none(&analysis);
            for baseline in [None, Some("baseline.yaml")] {
                let report = super::report(&analysis, &comparison, baseline, model, sources);
                let yaml = serde_yaml::to_string(&report).unwrap();
                let whole = format!("{}\n", crate::report::inert_json(&report));
                // The corpus has nothing a terminal acts on: serde_json's own bytes.
                let pretty = serde_json::to_string_pretty(&report).unwrap();
                assert_eq!(whole, format!("{pretty}\n"));
                let parts = super::Parts::new(&analysis, &comparison, baseline, model, sources);
                // Every element rendered apart, written straight out, or some of each.
                for items in [usize::MAX, 0, 3, 40] {
                    for len in [1, 2, 3, super::BATCH_LEN] {
                        let mut written = Vec::new();
                        let batches = super::Batches::new(len, items);
                        super::write_json_in_batches(&parts, &mut written, batches).unwrap();
                        assert_eq!(
                            String::from_utf8(written).unwrap(),
                            whole,
                            "JSON in batches of {len}, straight out above {items} items"
                        );
                        let mut written = Vec::new();
                        super::write_yaml_in_batches(&parts, &mut written, batches).unwrap();
                        assert_eq!(
                            String::from_utf8(written).unwrap(),
                            yaml,
                            "YAML in batches of {len}, straight out above {items} items"
                        );
                    }
                }
            }
        }
    }
}
