//! The bottom line of a proposal in plain sentences, shared by the HTML and
//! Markdown reports and by `check`: what the proposal asks for, whether and
//! by which route it can be done, why, who can block it, and its conflicts.
//!
//! Sentences are built from the analysis' facts and the model's titles
//! only; identifiers appear, between backticks, only where no title says it.
//! The text is unescaped: each format escapes it as it renders it.

use crate::analysis::*;
use crate::diagnostic::Severity;
use crate::model::Model;

/// A verdict for a reader: what it takes to do the thing.
pub fn verdict_phrase(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Compatible => "already law",
        Verdict::NationalCompetence => "each Member State alone",
        Verdict::SecondaryLegislation => "a Union act",
        Verdict::InternationalAgreement => "an international agreement",
        Verdict::SpecialProcedure => "the special procedure for citizens' rights",
        Verdict::TreatyRevision => "treaty change",
        Verdict::Incompatible => "not as it stands",
    }
}

/// A voting rule's word as prose: `qualified-majority` → "qualified majority".
pub fn voting_phrase(voting: &str) -> String {
    voting.replace('-', " ")
}

pub use crate::analysis::explain::and_list;

/// The veto players of a route as prose: "the European Parliament and the
/// Council", "the governments of the Member States (any one of 27)".
pub fn vetoes_phrase(players: &[VetoPlayer]) -> String {
    let players = crate::analysis::explain::veto_player_words(players);
    if players.is_empty() {
        "no one alone".to_string()
    } else {
        and_list(&players)
    }
}

/// A citation without its other numberings: `TFEU 20(2)(a)`.
pub fn short_citation(citation: &str) -> &str {
    let end = [", formerly ", ", now "]
        .iter()
        .filter_map(|s| citation.find(s))
        .min()
        .unwrap_or(citation.len());
    &citation[..end]
}

/// A route in words: "Ordinary legislative procedure under TFEU 79(2)(b),
/// by qualified majority", or "existing law: TFEU 21(1)".
pub fn route_phrase(model: &Model, route: &Route) -> String {
    let basis = route.basis(model);
    let basis = short_citation(basis.as_deref().unwrap_or(""));
    match &route.procedure {
        None => format!("existing law: {basis}"),
        Some(p) => {
            let voting = match p.voting {
                "none" => String::new(),
                voting => format!(", by {}", voting_phrase(voting)),
            };
            if basis.is_empty() {
                format!("{}{voting}", p.title)
            } else {
                format!("{} under {basis}{voting}", p.title)
            }
        }
    }
}

/// Who takes part in a route's procedure: "decided by the Council; with
/// the consent of the European Parliament; ratified by ...".
pub fn participants_phrase(route: &Route) -> String {
    let Some(p) = &route.procedure else {
        return String::new();
    };
    let mut parts = Vec::new();
    if !p.decides.is_empty() {
        parts.push(format!("decided by {}", and_list(&p.decides)));
    }
    if !p.consent.is_empty() {
        parts.push(format!("with the consent of {}", and_list(&p.consent)));
    }
    if !p.ratified_by.is_empty() {
        parts.push(format!("ratified by {}", and_list(&p.ratified_by)));
    }
    parts.join("; ")
}

/// What a grant gives, from its titles: "the status of citizen of the
/// Union", "the right to move and reside freely ...".
pub fn grant_phrase(g: &GrantAnalysis) -> String {
    match (g.kind, g.action) {
        (ClaimKind::Status, _) => format!("the status of {}", g.right_title),
        (ClaimKind::Right, "grant") => format!("the right {}", g.right_title),
        (ClaimKind::Right, "withhold") => format!("withholding the right {}", g.right_title),
        (ClaimKind::Right, "implement") => {
            format!("rules for exercising the right {}", g.right_title)
        }
        (_, action) => format!("{action}: {}", g.right_title),
    }
}

/// The text with its first letter in capitals, for a heading.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// For whom, from the group's title.
pub fn group_phrase(g: &GrantAnalysis) -> String {
    if g.beneficiary_title.is_empty() {
        String::new()
    } else {
        format!(" for {}", g.beneficiary_title)
    }
}

/// The proposal's bottom line, sentence by sentence.
pub fn bottom_line(model: &Model, p: &ProposalAnalysis) -> Vec<String> {
    let mut sentences = vec![asks(p)];
    sentences.extend(route_sentences(model, p, Naming::Titles));
    sentences.extend(conflicts(p));
    sentences
}

/// What the proposal asks for, and for whom: the first grant's group is
/// named; grants for other groups are said to be for part of it, and the
/// table of grants names them.
fn asks(p: &ProposalAnalysis) -> String {
    let Some(first) = p.grants.first() else {
        return "The proposal asks for nothing the analysis can judge.".to_string();
    };
    let items: Vec<String> = p
        .grants
        .iter()
        .map(|g| {
            let likely = if g.likely { "likely " } else { "" };
            let part = if g.beneficiary != first.beneficiary {
                " (for some of them)"
            } else {
                ""
            };
            format!("{likely}{}{part}", grant_phrase(g))
        })
        .collect();
    format!(
        "The proposal asks{}: {}.",
        group_phrase(first),
        items.join("; ")
    )
}

/// How the sentences name rights, groups and statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    /// By their titles, as prose: for reports read away from the proposal.
    Titles,
    /// By their ids, in backticks: for a terminal, where the lines above name them so.
    Ids,
}

/// Whether it can be done, by which route, why, and who can block it.
pub fn route_sentences(model: &Model, p: &ProposalAnalysis, naming: Naming) -> Vec<String> {
    let deciding: Vec<&GrantAnalysis> =
        p.grants.iter().filter(|g| g.verdict == p.verdict).collect();
    let mut out = Vec::new();
    match p.verdict {
        Verdict::Incompatible => {
            // Each breach once, though every grant may meet it.
            let mut said = crate::table::Set::default();
            let breaches: Vec<&str> = deciding
                .iter()
                .flat_map(|g| &g.breaches)
                .map(|b| b.text.as_str())
                .filter(|text| said.insert(*text))
                .collect();
            out.push(if breaches.is_empty() {
                "As it stands it cannot be done: no route in the corpus delivers it.".to_string()
            } else {
                let mut text = String::from("As it stands it cannot be done: ");
                crate::analysis::explain::push_named(&mut text, breaches, "; ", String::push_str);
                text.push('.');
                text
            });
            return out;
        }
        Verdict::Compatible => {
            out.push(
                "Existing law already gives all of it: nothing needs to be adopted.".to_string(),
            );
            return out;
        }
        verdict => {
            let mut routes: Vec<String> = Vec::new();
            let mut seen = std::collections::BTreeSet::new();
            for g in &deciding {
                if let Some(r) = g.routes.iter().find(|r| r.chosen) {
                    let phrase = route_phrase(model, r);
                    if seen.insert(phrase.clone()) {
                        routes.push(phrase);
                    }
                }
            }
            let provided = p
                .verdict_words(model)
                .split_once(", ")
                .map(|(_, rest)| format!(", {rest}"))
                .unwrap_or_default();
            out.push(format!(
                "It can be done only by {}{}{provided}.",
                verdict_phrase(verdict),
                if routes.is_empty() {
                    String::new()
                } else {
                    format!(": {}", and_list(&routes))
                }
            ));
        }
    }
    let why: Vec<String> = deciding
        .iter()
        .map(|g| match (g.redefines.is_empty(), naming) {
            (true, Naming::Titles) => format!(
                "no cheaper route gives {}{}",
                grant_phrase(g),
                group_phrase(g)
            ),
            (true, Naming::Ids) if g.beneficiary.is_empty() => {
                format!("no cheaper route gives `{}`", g.right)
            }
            (true, Naming::Ids) => format!(
                "no cheaper route gives `{}` to `{}`",
                g.right, g.beneficiary
            ),
            (false, naming) => {
                let name = |n: &Named| match naming {
                    Naming::Titles => n.title.clone(),
                    Naming::Ids => format!("`{}`", n.id),
                };
                let treaty: Vec<String> = g.redefines.iter().map(name).collect();
                let status = match naming {
                    Naming::Titles => g.right_title.clone(),
                    Naming::Ids => format!("`{}`", g.right),
                };
                match naming {
                    Naming::Titles => format!(
                        "the new status of {status} would redefine that of {}, which the Treaties define",
                        and_list(&treaty)
                    ),
                    Naming::Ids => format!(
                        "the new status {status} would redefine {}, which the Treaties define",
                        and_list(&treaty)
                    ),
                }
            }
        })
        .collect();
    if !why.is_empty() {
        out.push(format!("Why: {}.", why.join("; and ")));
    }
    out.push(format!(
        "Who can block it: {}.",
        vetoes_phrase(&p.veto_players)
    ));
    let cheaper: Vec<String> = Verdict::ALL
        .iter()
        .filter(|v| **v < p.verdict)
        .filter_map(|v| {
            let n = p.grants.iter().filter(|g| g.verdict == *v).count();
            (n > 0).then(|| format!("{n} by {}", verdict_phrase(*v)))
        })
        .collect();
    if !cheaper.is_empty() {
        out.push(format!(
            "The other grants need less: {}.",
            and_list(&cheaper)
        ));
    }
    out
}

/// The conflicts: how many, and the errors in full.
fn conflicts(p: &ProposalAnalysis) -> Vec<String> {
    let errors: Vec<&Finding> = p
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    let warnings = p.findings.len() - errors.len();
    if p.findings.is_empty() {
        return vec!["No conflict was found.".to_string()];
    }
    let count = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut out = vec![format!(
        "Conflicts: {} and {}{}",
        count(errors.len(), "error"),
        count(warnings, "warning"),
        if errors.is_empty() { "." } else { ":" }
    )];
    for f in errors {
        out.push(format!("{} ({}).", capitalised(&f.message), f.code));
    }
    out
}
