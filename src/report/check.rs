//! `check` output: the analysis as text for a terminal, or as JSON or YAML
//! following docs/check.schema.json. Renders only; every verdict, route and
//! quote comes decided in the [`Analysis`].

use super::printable;
use crate::analysis::*;
use crate::source::{Location, Sources};
use serde::Serialize;

#[derive(Serialize)]
pub struct CheckReport {
    tool: Tool,
    as_of: Option<String>,
    proposals: Vec<ProposalReport>,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct ProposalReport {
    id: String,
    title: String,
    date: String,
    verdict: &'static str,
    veto_players: Vec<VetoReport>,
    grants: Vec<GrantReport>,
    findings: Vec<FindingReport>,
}

#[derive(Serialize)]
struct GrantReport {
    id: String,
    kind: &'static str,
    right: String,
    beneficiary: String,
    likely: bool,
    verdict: &'static str,
    routes: Vec<RouteReport>,
    explanation: Vec<StepReport>,
    location: Location,
}

#[derive(Serialize)]
struct RouteReport {
    verdict: &'static str,
    chosen: bool,
    /// `null` for a route that reaches the whole group; else whom it reaches.
    partial: Option<String>,
    basis: Option<String>,
    also: Vec<String>,
    procedure: Option<String>,
    voting: Option<&'static str>,
    decides: Vec<String>,
    consent: Vec<String>,
    ratified_by: Vec<String>,
    veto_players: Vec<VetoReport>,
    veto_count: usize,
    notes: Vec<String>,
}

#[derive(Serialize)]
struct VetoReport {
    actor: String,
    title: String,
    count: usize,
}

#[derive(Serialize)]
struct StepReport {
    kind: &'static str,
    text: String,
    quote: Option<QuoteReport>,
}

#[derive(Serialize)]
struct QuoteReport {
    citation: String,
    text: Option<String>,
    text_status: &'static str,
    source: Option<String>,
}

#[derive(Serialize)]
struct FindingReport {
    code: &'static str,
    rule: &'static str,
    severity: crate::diagnostic::Severity,
    message: String,
    grant: Option<String>,
    provisions: Vec<String>,
    explanation: Vec<StepReport>,
    fingerprint: String,
    location: Location,
}

fn vetoes(players: &[VetoPlayer]) -> Vec<VetoReport> {
    players
        .iter()
        .map(|v| VetoReport {
            actor: v.actor.clone(),
            title: v.title.clone(),
            count: v.count,
        })
        .collect()
}

fn steps(steps: &[Step]) -> Vec<StepReport> {
    steps
        .iter()
        .map(|s| StepReport {
            kind: s.kind.word(),
            text: s.text.clone(),
            quote: s.quote.as_ref().map(|q| QuoteReport {
                citation: q.citation.clone(),
                text: q.text.clone(),
                text_status: q.text_status.word(),
                source: q.source.clone(),
            }),
        })
        .collect()
}

/// The analysis as the serialisable report of the JSON contract.
pub fn report(analysis: &Analysis, model: &crate::model::Model, sources: &Sources) -> CheckReport {
    CheckReport {
        tool: Tool {
            name: "lexcompat",
            version: env!("CARGO_PKG_VERSION"),
        },
        as_of: analysis.as_of.map(|d| d.to_string()),
        proposals: analysis
            .proposals
            .iter()
            .map(|p| ProposalReport {
                id: p.id.clone(),
                title: p.title.clone(),
                date: p.date.to_string(),
                verdict: p.verdict.word(),
                veto_players: vetoes(&p.veto_players),
                grants: p
                    .grants
                    .iter()
                    .map(|g| GrantReport {
                        id: g.id.clone(),
                        kind: match g.kind {
                            ClaimKind::Right => "right",
                            ClaimKind::Status => "status",
                        },
                        right: g.right.clone(),
                        beneficiary: g.beneficiary.clone(),
                        likely: g.likely,
                        verdict: g.verdict.word(),
                        routes: g
                            .routes
                            .iter()
                            .map(|r| RouteReport {
                                verdict: r.verdict.word(),
                                chosen: r.chosen,
                                partial: r.partial.clone(),
                                basis: r.basis.clone(),
                                also: r.also.clone(),
                                procedure: r.procedure.as_ref().map(|p| p.title.clone()),
                                voting: r.procedure.as_ref().map(|p| p.voting),
                                decides: r
                                    .procedure
                                    .as_ref()
                                    .map(|p| p.decides.clone())
                                    .unwrap_or_default(),
                                consent: r
                                    .procedure
                                    .as_ref()
                                    .map(|p| p.consent.clone())
                                    .unwrap_or_default(),
                                ratified_by: r
                                    .procedure
                                    .as_ref()
                                    .map(|p| p.ratified_by.clone())
                                    .unwrap_or_default(),
                                veto_count: r.veto_players.iter().map(|v| v.count).sum(),
                                notes: r
                                    .procedure
                                    .as_ref()
                                    .map(|p| p.notes.clone())
                                    .unwrap_or_default(),
                                veto_players: vetoes(&r.veto_players),
                            })
                            .collect(),
                        explanation: steps(&g.explanation),
                        location: sources.locate(g.span),
                    })
                    .collect(),
                findings: p
                    .findings
                    .iter()
                    .map(|f| FindingReport {
                        code: f.code,
                        rule: f.rule,
                        severity: f.severity,
                        message: f.message.clone(),
                        grant: f.grant.clone(),
                        provisions: f.provisions.iter().map(|id| model.citation(*id)).collect(),
                        explanation: steps(&f.explanation),
                        fingerprint: f.fingerprint.clone(),
                        location: sources.locate(f.span),
                    })
                    .collect(),
            })
            .collect(),
    }
}

pub fn to_json(report: &CheckReport) -> String {
    let mut json = serde_json::to_string_pretty(report).expect("the report serialises");
    json.push('\n');
    json
}

pub fn to_yaml(report: &CheckReport) -> String {
    serde_yaml::to_string(report).expect("the report serialises")
}

/// The analysis for a person at a terminal: one block per grant, verdict first.
pub fn to_text(analysis: &Analysis, sources: &Sources) -> String {
    let mut out = String::new();
    for p in &analysis.proposals {
        out.push_str(&format!("{} — {}\n", p.id, printable(&p.title)));
        out.push_str(&format!("judged at {}\n", p.date));
        let vetoes: Vec<String> = p
            .veto_players
            .iter()
            .map(|v| format!("{} ({})", v.title, v.count))
            .collect();
        out.push_str(&format!("verdict: {}", p.verdict.word()));
        if !vetoes.is_empty() {
            out.push_str(&format!("; veto players: {}", vetoes.join(", ")));
        }
        out.push_str("\n\n");
        for g in &p.grants {
            let what = match g.kind {
                ClaimKind::Right => "grants",
                ClaimKind::Status => "creates status",
            };
            out.push_str(&format!(
                "{:<24} {what} `{}` to `{}`{}\n",
                g.verdict.word(),
                g.right,
                g.beneficiary,
                if g.likely { " (likely)" } else { "" }
            ));
            for r in &g.routes {
                let marker = if r.chosen { "→" } else { " " };
                let procedure = r
                    .procedure
                    .as_ref()
                    .map(|p| format!(": {}", p.title))
                    .unwrap_or_default();
                let partial = r
                    .partial
                    .as_ref()
                    .map(|p| format!(" [{p}]"))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "  {marker} {:<24} {}{procedure}{partial}\n",
                    r.verdict.word(),
                    r.basis.as_deref().unwrap_or("")
                ));
            }
            out.push_str("  why:\n");
            for s in &g.explanation {
                write_step(&mut out, s, "    ");
            }
            out.push('\n');
        }
        if !p.findings.is_empty() {
            out.push_str("findings:\n");
            for f in &p.findings {
                let severity = match f.severity {
                    crate::diagnostic::Severity::Error => "error",
                    crate::diagnostic::Severity::Warning => "warning",
                };
                out.push_str(&format!(
                    "  {severity}[{} {}] {}: {}\n",
                    f.code,
                    f.rule,
                    sources.locate(f.span),
                    printable(&f.message)
                ));
            }
            out.push('\n');
        }
    }
    out
}

fn write_step(out: &mut String, s: &Step, indent: &str) {
    out.push_str(&format!("{indent}- {}\n", printable(&s.text)));
    if let Some(q) = &s.quote {
        match &q.text {
            Some(text) => {
                out.push_str(&format!(
                    "{indent}  {} [{}]:\n",
                    q.citation,
                    q.text_status.word()
                ));
                for line in printable(text).lines() {
                    out.push_str(&format!("{indent}    \"{line}\"\n"));
                }
            }
            None => out.push_str(&format!(
                "{indent}  {} [no wording in the corpus]\n",
                q.citation
            )),
        }
    }
}
