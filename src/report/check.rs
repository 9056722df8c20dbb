//! `check` output: the analysis as text for a terminal, or as JSON or YAML
//! following docs/check.schema.json. Renders only; every verdict, route and
//! quote comes decided in the [`Analysis`].

use super::{briefing, paint, printable, printable_line, verdict_ansi, Style};
use crate::analysis::*;
use crate::baseline::{Comparison, Entry, Standing};
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
    sources: &Sources,
) -> CheckReport<'a> {
    CheckReport {
        // On every core: the reasoning is worded here, step by step.
        proposals: crate::parallel::map(
            &analysis
                .proposals
                .iter()
                .zip(&comparison.standings)
                .collect::<Vec<_>>(),
            |&(p, standings)| proposal_report(p, standings, model, sources),
        ),
        ..frame(analysis, comparison, baseline_file)
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

/// The JSON of `check`, in memory; [`write_json`] writes it as it is made.
pub fn to_json(
    analysis: &Analysis,
    comparison: &Comparison,
    baseline_file: Option<&str>,
    model: &Model,
    sources: &Sources,
) -> String {
    let mut json = Vec::new();
    write_json(
        analysis,
        comparison,
        baseline_file,
        model,
        sources,
        &mut json,
    )
    .expect("writing to memory does not fail");
    String::from_utf8(json).expect("serde_json writes UTF-8")
}

/// At most this many proposals, grants or findings are rendered together,
/// then written out before the next: enough to keep every core busy.
const JSON_BATCH: usize = 256;

/// At most this many items (reasoning steps, conditions, routes) are
/// rendered together into memory; a proposal, grant or finding with more is
/// written straight out, its own lists rendered a batch at a time. A
/// proposal's JSON can run to a gigabyte (a thousand limits reaching each
/// of a thousand grants), and fresh memory costs more than a core saves.
const BATCH_ITEMS: usize = 1 << 16;

/// Writes the JSON of [`to_json`] as it is made: the report's proposals,
/// and in a large proposal its grants and findings, made and rendered on
/// every core a batch at a time, joined in their order into the same bytes
/// as serde_json's pretty printer gives for the whole report. The JSON of a
/// large run is larger than its corpus; it is never held whole, nor the
/// report it is written from.
pub fn write_json(
    analysis: &Analysis,
    comparison: &Comparison,
    baseline_file: Option<&str>,
    model: &Model,
    sources: &Sources,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let parts = Parts {
        analysis,
        comparison,
        baseline_file,
        model,
        sources,
    };
    write_json_in_batches(&parts, out, Batches::new(JSON_BATCH, BATCH_ITEMS))
}

/// What the JSON of `check` is made from.
struct Parts<'a> {
    analysis: &'a Analysis,
    comparison: &'a Comparison,
    baseline_file: Option<&'a str>,
    model: &'a Model,
    sources: &'a Sources,
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
    let Parts {
        analysis,
        comparison,
        baseline_file,
        model,
        sources,
    } = *parts;
    let frame = frame(analysis, comparison, baseline_file);
    // The fields in the order of `CheckReport`, laid out as serde_json lays
    // them out; a test checks the bytes against serde_json's own.
    let mut head = b"{\n  \"tool\": ".to_vec();
    super::write_inert_json(&frame.tool, 1, &mut head);
    head.extend_from_slice(b",\n  \"as_of\": ");
    super::write_inert_json(&frame.as_of, 1, &mut head);
    head.extend_from_slice(b",\n  \"proposals\": ");
    out.write_all(&head)?;
    let proposals: Vec<_> = analysis
        .proposals
        .iter()
        .zip(&comparison.standings)
        .collect();
    write_array(
        &proposals,
        2,
        batches,
        out,
        |&(p, _)| proposal_items(p),
        |&(p, standings), out| {
            super::write_inert_json(&proposal_report(p, standings, model, sources), 2, out);
        },
        |&(p, standings), out| write_proposal(p, standings, parts, batches, out),
    )?;
    let mut tail = b",\n  \"baseline\": ".to_vec();
    super::write_inert_json(&frame.baseline, 1, &mut tail);
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
        super::write_inert_json(value, 3, &mut scalars);
        scalars.push(b',');
        out.write_all(&scalars)?;
    }
    field("veto_players", out)?;
    super::stream_inert_json(&frame.veto_players, 3, out)?;
    out.write_all(b",")?;
    field("grants", out)?;
    write_array(
        &p.grants,
        4,
        batches,
        out,
        grant_items,
        |g, out| super::write_inert_json(&grant_report(g, model, sources), 4, out),
        |g, out| super::stream_inert_json(&grant_report(g, model, sources), 4, out),
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
        |&(f, s), out| super::write_inert_json(&finding_report(f, s, model, sources), 4, out),
        |&(f, s), out| super::stream_inert_json(&finding_report(f, s, model, sources), 4, out),
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
    let mut rest = elements;
    while !rest.is_empty() {
        // The batch: elements while they fit, or one element too large to.
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
            out.write_all(if first { b"\n" } else { b",\n" })?;
            out.write_all(indent.as_bytes())?;
            first = false;
            match part {
                Some(part) => out.write_all(&part)?,
                None => stream(element, out)?,
            }
        }
    }
    out.write_all(b"\n")?;
    out.write_all(&indent.as_bytes()[2..])?;
    out.write_all(b"]")
}

pub fn to_yaml(report: &CheckReport) -> String {
    serde_yaml::to_string(report).expect("the report serialises")
}

/// (new, accepted) findings.
fn counts(comparison: &Comparison) -> (usize, usize) {
    let all: Vec<&Standing> = comparison.standings.iter().flatten().collect();
    let new = all.iter().filter(|s| ***s == Standing::New).count();
    (new, all.len() - new)
}

/// One line for the end of a run: how many findings, new and accepted.
pub fn summary(analysis: &Analysis, comparison: &Comparison, with_baseline: bool) -> String {
    let (new, accepted) = counts(comparison);
    let findings: Vec<&Finding> = analysis
        .proposals
        .iter()
        .flat_map(|p| &p.findings)
        .collect();
    let errors = findings
        .iter()
        .zip(comparison.standings.iter().flatten())
        .filter(|(f, s)| **s == Standing::New && f.severity == crate::diagnostic::Severity::Error)
        .count();
    let mut line = format!(
        "lexcompat: {} proposal{}, {new} {}finding{} ({errors} error{}, {} warning{})",
        analysis.proposals.len(),
        if analysis.proposals.len() == 1 {
            ""
        } else {
            "s"
        },
        if with_baseline { "new " } else { "" },
        if new == 1 { "" } else { "s" },
        if errors == 1 { "" } else { "s" },
        new - errors,
        if new - errors == 1 { "" } else { "s" },
    );
    if with_baseline {
        line.push_str(&format!(
            ", {accepted} accepted by the baseline, {} stale baseline entr{}",
            comparison.stale.len(),
            if comparison.stale.len() == 1 {
                "y"
            } else {
                "ies"
            }
        ));
    }
    line
}

fn width(text: &str) -> usize {
    text.chars().count()
}

/// A title cut to at most `max` characters, ending with `…` when cut.
fn shorten(title: &str, max: usize) -> String {
    if width(title) <= max {
        return title.to_string();
    }
    let kept: String = title.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end_matches([' ', ',', ';', ':', '(']))
}

/// A citation without its other numberings: `TFEU 20(2)(a)`.
fn short_citation(citation: &str) -> &str {
    let end = [", formerly ", ", now "]
        .iter()
        .filter_map(|s| citation.find(s))
        .min()
        .unwrap_or(citation.len());
    &citation[..end]
}

/// The concise lines of a grant: the verdict, what it does and the chosen
/// route on one line where it fits (without the procedure's name if need
/// be), else the route on the next.
fn grant_lines(model: &Model, g: &GrantAnalysis, colour: bool, line_width: usize) -> Vec<String> {
    // Built plain, wrapped, then painted: colour codes would count as width.
    let mut out = Vec::new();
    for line in plain_grant_lines(model, g, line_width) {
        for (i, part) in wrap(&line, line_width, "      ").lines().enumerate() {
            let word = part.trim_start();
            let painted = Verdict::ALL
                .iter()
                .map(|v| v.word())
                .find(|w| i == 0 && word.starts_with(&format!("{w} ")))
                .map(|w| part.replacen(w, &paint(w, verdict_ansi(w), colour), 1));
            out.push(painted.unwrap_or_else(|| part.to_string()));
        }
    }
    out
}

fn plain_grant_lines(model: &Model, g: &GrantAnalysis, line_width: usize) -> Vec<String> {
    let colour = false;
    let word = g.verdict.word();
    let painted = paint(word, verdict_ansi(word), colour);
    let pad = " ".repeat(24usize.saturating_sub(width(word)).max(1));
    let name = if g.id != g.right {
        format!(" as `{}`", printable(&g.id))
    } else {
        String::new()
    };
    let by = if g.actor != "the Union" {
        format!(" by {}", printable(&g.actor))
    } else {
        String::new()
    };
    let what = format!(
        "{}{name}{}{by}",
        printable(&g.what()),
        if g.likely { " (likely)" } else { "" }
    );
    let head_plain = format!("{word}{pad}{what}");
    let head = format!("{painted}{pad}{what}");
    let provided = g
        .verdict_words(model)
        .split_once(", ")
        .map(|(_, p)| format!(", {}", printable(p)))
        .unwrap_or_default();
    let mut lines = Vec::new();
    if g.verdict == Verdict::Incompatible {
        lines.push(head);
        return lines;
    }
    let Some(route) = g.routes.iter().find(|r| r.chosen) else {
        lines.push(head);
        for c in &g.cover {
            let word = c.verdict.word();
            let pad = " ".repeat(24usize.saturating_sub(width(word)).max(1));
            let basis = c
                .basis
                .map(|b| format!("{}, ", printable(short_citation(&model.cited(b)))))
                .unwrap_or_default();
            lines.push(format!(
                "    {}{pad}{basis}for {}",
                paint(word, verdict_ansi(word), colour),
                printable(&c.part)
            ));
        }
        return lines;
    };
    let basis = route.basis(model);
    let basis = printable(short_citation(basis.as_deref().unwrap_or(""))).into_owned();
    let (title, voting) = match &route.procedure {
        Some(p) => (
            printable(&p.title).into_owned(),
            match p.voting {
                "none" => String::new(),
                voting => format!(", {voting}"),
            },
        ),
        None => (String::new(), String::new()),
    };
    let partial = route
        .partial
        .as_ref()
        .map(|p| format!(" [{}]", printable(p)))
        .unwrap_or_default();
    let route_text = |title: &str| {
        let title = if title.is_empty() {
            String::new()
        } else {
            format!(": {title}")
        };
        format!("{basis}{title}{voting}{partial}{provided}")
    };
    // On one line, with the procedure's title shortened if need be.
    let fixed = width(&head_plain) + 3 + width(&route_text(""));
    let room = line_width.saturating_sub(fixed + 2);
    if title.is_empty() && fixed <= line_width || !title.is_empty() && room >= 30.min(width(&title))
    {
        lines.push(format!("{head} — {}", route_text(&shorten(&title, room))));
    } else if fixed <= line_width {
        // One line per grant before the procedure's name: the provision
        // and the majority say the route, and the bottom line names the
        // procedure of the route that decides.
        lines.push(format!("{head} — {}", route_text("")));
    } else {
        let fixed = 6 + width(&route_text(""));
        let room = line_width.saturating_sub(fixed + 2).max(20);
        lines.push(head);
        lines.push(format!("    → {}", route_text(&shorten(&title, room))));
    }
    lines
}

/// The analysis for a person at a terminal, concisely: per proposal its
/// verdict and veto players, one line per grant with its verdict and the
/// chosen route, and the findings one line each; `to_text` gives the
/// reasoning in full.
pub fn to_brief(
    analysis: &Analysis,
    comparison: &Comparison,
    with_baseline: bool,
    style: Style,
    model: &Model,
    sources: &Sources,
) -> String {
    let Style {
        colour,
        width: line_width,
    } = style;
    let mut out = String::new();
    for (p, standings) in analysis.proposals.iter().zip(&comparison.standings) {
        let fixed = width(&p.id) + width(" —  (judged at 2020-02-01)");
        out.push_str(&format!(
            "{} — {} (judged at {})\n",
            p.id,
            shorten(
                &printable(&p.title),
                line_width.saturating_sub(fixed).max(10)
            ),
            p.date
        ));
        let word = p.verdict.word();
        out.push_str(&format!(
            "verdict: {}",
            paint(word, verdict_ansi(word), colour)
        ));
        if let Some((_, provided)) = p.verdict_words(model).split_once(", ") {
            out.push_str(&format!(", {}", printable(provided)));
        }
        out.push('\n');
        out.push('\n');
        for g in &p.grants {
            for line in grant_lines(model, g, colour, line_width) {
                out.push_str(&line);
                out.push('\n');
            }
        }
        if !p.findings.is_empty() {
            out.push('\n');
            for (f, standing) in p.findings.iter().zip(standings) {
                let severity = severity_word(f.severity, colour);
                let accepted = match standing {
                    Standing::Accepted { reason } => {
                        format!(" (accepted by the baseline: {})", printable(reason))
                    }
                    Standing::New => String::new(),
                };
                let plain = format!(
                    "{}[{}] {}: {}{accepted}",
                    f.severity.word(),
                    f.code,
                    printable_line(&sources.locate(f.span).to_string()),
                    printable(&f.message)
                );
                // Wrapped plain, then the severity word painted: colour
                // codes would count as width.
                let wrapped = wrap(&plain, line_width, "    ");
                let painted = wrapped.replacen(f.severity.word(), &severity, 1);
                out.push_str(&painted);
            }
        }
        let bottom = briefing::route_sentences(model, p, briefing::Naming::Ids)
            .into_iter()
            .filter(|s| !s.starts_with("The other grants"))
            .collect::<Vec<_>>()
            .join(" ");
        out.push('\n');
        out.push_str(&wrap(
            &format!("bottom line: {}", printable(&bottom)),
            line_width,
            "  ",
        ));
        out.push('\n');
    }
    for entry in &comparison.stale {
        out.push_str(&wrap(
            &format!(
                "stale baseline entry {} ({} in {}): no such finding any more; remove it or run --update-baseline",
                entry.fingerprint, entry.code, entry.proposal
            ),
            line_width,
            "  ",
        ));
    }
    out.push_str(&wrap(
        "the reasoning, with every provision quoted: lexcompat check --verbose",
        line_width,
        "  ",
    ));
    // The summary stays one line, whatever the width: scripts read the last line.
    out.push_str(&summary(analysis, comparison, with_baseline));
    out.push('\n');
    out
}

/// The analysis for a person at a terminal: one block per grant, verdict first.
pub fn to_text(
    analysis: &Analysis,
    comparison: &Comparison,
    with_baseline: bool,
    style: Style,
    model: &Model,
    sources: &Sources,
) -> String {
    let Style {
        colour,
        width: line_width,
    } = style;
    let verdict = |v: Verdict, width: usize| {
        paint(
            &format!("{:<width$}", v.word()),
            verdict_ansi(v.word()),
            colour,
        )
    };
    let mut out = String::new();
    for (p, standings) in analysis.proposals.iter().zip(&comparison.standings) {
        out.push_str(&format!("{} — {}\n", p.id, printable(&p.title)));
        out.push_str(&format!("judged at {}\n", p.date));
        out.push_str(&format!("verdict: {}", verdict(p.verdict, 0)));
        if let Some((_, provided)) = p.verdict_words(model).split_once(", ") {
            out.push_str(&format!(", {}", printable(provided)));
        }
        if !p.veto_players.is_empty() {
            out.push_str(&format!(
                "; veto players: {}",
                printable(&briefing::vetoes_phrase(&p.veto_players))
            ));
        }
        out.push_str("\n\n");
        for g in &p.grants {
            // A measure named with `as` is named here too, so that two
            // measures on the same thing can be told apart.
            let name = if g.id != g.right {
                format!(" as `{}`", printable(&g.id))
            } else {
                String::new()
            };
            out.push_str(&format!(
                "{} {}{name}{}\n",
                verdict(g.verdict, 24),
                printable(&g.what()),
                if g.likely { " (likely)" } else { "" }
            ));
            if g.actor != "the Union" || g.applies_from.is_some() {
                out.push_str(&format!(
                    "  by {}{}\n",
                    printable(&g.actor),
                    g.applies_from
                        .map(|d| format!(", applying from {d}"))
                        .unwrap_or_default()
                ));
            }
            for c in &g.conditions {
                let state = match c.status {
                    crate::analysis::TestStatus::Open => "provided that it meets",
                    crate::analysis::TestStatus::Met => "meets",
                    crate::analysis::TestStatus::Failed => "FAILS",
                };
                out.push_str(&format!(
                    "  {state} `{}` ({}), {}\n",
                    printable(&c.test_words(model)),
                    printable(c.title(model)),
                    printable(&model.display_citation(c.provision))
                ));
            }
            if !g.cover.is_empty() {
                out.push_str("  covered by routes over parts of the group:\n");
                for c in &g.cover {
                    out.push_str(&format!(
                        "    {} {}{}\n",
                        verdict(c.verdict, 24),
                        printable(&c.part),
                        c.basis
                            .map(|b| format!(" ({})", printable(&model.cited(b))))
                            .unwrap_or_default()
                    ));
                }
            }
            for r in &g.routes {
                let marker = if r.chosen { "→" } else { " " };
                // The majority says at a glance whether a Union act is
                // ordinary (qualified majority) or needs unanimity.
                let procedure = r
                    .procedure
                    .as_ref()
                    .map(|p| match p.voting {
                        "none" => format!(": {}", p.title),
                        voting => format!(": {} ({voting})", p.title),
                    })
                    .unwrap_or_default();
                let partial = r
                    .partial
                    .as_ref()
                    .map(|p| format!(" [{p}]"))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "  {marker} {} {}{procedure}{partial}\n",
                    verdict(r.verdict, 24),
                    r.basis(model).as_deref().unwrap_or("")
                ));
            }
            out.push_str("  why:\n");
            for s in &g.explanation {
                write_step(&mut out, s, model, "    ", line_width);
            }
            out.push('\n');
        }
        if !p.findings.is_empty() {
            out.push_str("findings:\n");
            for (f, standing) in p.findings.iter().zip(standings) {
                let severity = severity_word(f.severity, colour);
                out.push_str(&format!(
                    "  {severity}[{} {}] {}: {}\n",
                    f.code,
                    f.rule,
                    printable_line(&sources.locate(f.span).to_string()),
                    printable(&f.message)
                ));
                if let Standing::Accepted { reason } = standing {
                    out.push_str(&format!(
                        "    accepted by the baseline: {}\n",
                        printable(reason)
                    ));
                }
            }
            out.push('\n');
        }
    }
    for entry in &comparison.stale {
        out.push_str(&format!(
            "stale baseline entry {} ({} in {}): no such finding any more; remove it or run --update-baseline\n",
            entry.fingerprint, entry.code, entry.proposal
        ));
    }
    // Every line fitted last, each continued under its own indent; a
    // line's colour codes count as width, so a coloured line wraps early.
    // The summary stays one line, whatever the width: scripts read the last line.
    let mut fitted = String::with_capacity(out.len());
    for line in out.lines() {
        let indent: String = line.chars().take_while(|c| *c == ' ').collect();
        if width(line) <= line_width {
            fitted.push_str(line);
            fitted.push('\n');
        } else {
            fitted.push_str(&wrap(line, line_width, &format!("{indent}  ")));
        }
    }
    fitted.push_str(&summary(analysis, comparison, with_baseline));
    fitted.push('\n');
    fitted
}

fn write_step(out: &mut String, s: &Step, model: &Model, indent: &str, line_width: usize) {
    let more = format!("{indent}  ");
    out.push_str(&wrap(
        &format!("{indent}- {}", printable(&s.words(model))),
        line_width,
        &more,
    ));
    if let Some(q) = s.quote {
        match q.text(model) {
            Some(text) => {
                out.push_str(&wrap(
                    &format!(
                        "{indent}  {} [{}]:",
                        q.citation(model),
                        q.text_status(model).word()
                    ),
                    line_width,
                    &more,
                ));
                let quoted = format!("{indent}     ");
                for line in printable(text).lines() {
                    out.push_str(&wrap(
                        &format!("{indent}    \"{line}\""),
                        line_width,
                        &quoted,
                    ));
                }
            }
            None => out.push_str(&wrap(
                &format!("{indent}  {} [no wording in the corpus]", q.citation(model)),
                line_width,
                &more,
            )),
        }
    }
}

/// Text wrapped to the width at spaces only: an identifier such as
/// `uk-nationals-opting-in` or a citation is never split, even where it
/// alone is wider than the line.
pub fn wrap(text: &str, line_width: usize, indent: &str) -> String {
    let options = textwrap::Options::new(line_width.max(20))
        .subsequent_indent(indent)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut out = String::new();
    for line in textwrap::wrap(text, options) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// A finding's severity, coloured on a terminal.
fn severity_word(severity: crate::diagnostic::Severity, colour: bool) -> String {
    match severity {
        crate::diagnostic::Severity::Error => paint("error", Some("1;31"), colour),
        crate::diagnostic::Severity::Warning => paint("warning", Some("1;33"), colour),
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn json_written_in_batches_is_serde_jsons_own_bytes() {
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
                let whole = format!("{}\n", super::super::inert_json(&report));
                // The corpus has nothing a terminal acts on: serde_json's own bytes.
                let pretty = serde_json::to_string_pretty(&report).unwrap();
                assert_eq!(whole, format!("{pretty}\n"));
                let parts = super::Parts {
                    analysis: &analysis,
                    comparison: &comparison,
                    baseline_file: baseline,
                    model,
                    sources,
                };
                // Every element rendered apart, written straight out, or some of each.
                for items in [usize::MAX, 0, 3, 40] {
                    for len in [1, 2, 3, super::JSON_BATCH] {
                        let mut written = Vec::new();
                        let batches = super::Batches::new(len, items);
                        super::write_json_in_batches(&parts, &mut written, batches).unwrap();
                        assert_eq!(
                            String::from_utf8(written).unwrap(),
                            whole,
                            "batches of {len}, straight out above {items} items"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn wrapping_breaks_at_spaces_only() {
        let text = "warning[LC101] p.lex:23:3: `uk-nationals-opting-in` do not hold `union-citizen`, the status";
        let wrapped = wrap(text, 30, "    ");
        for line in wrapped.lines() {
            assert!(
                line.chars().count() <= 30 || line.split_whitespace().count() == 1,
                "{line}"
            );
        }
        assert!(wrapped.contains("`uk-nationals-opting-in`"));
        assert_eq!(
            wrapped.split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
        assert!(wrapped.lines().skip(1).all(|l| l.starts_with("    ")));
    }
}
