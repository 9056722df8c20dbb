//! Chains of reasoning: citations in both numberings, quotes with their text
//! status, and the steps that lead from a grant to its verdict.

use super::*;
use crate::model::words;

/// "TFEU 21(1), formerly EC-1997 18(1) and EC-1992 8a(1)", or for an old
/// provision "EC-1992 8a(1), now TFEU 21(1)": the same provision in every
/// numbering the corpus links it to.
pub fn cite(model: &Model, provision: ProvisionId) -> String {
    let here = model.citation(provision);
    let article = model.article_of(provision);
    let labels = &model.provisions[provision.0].labels;
    let chain = model.succession_chain(article);
    let position = chain.iter().position(|p| *p == article).unwrap_or(0);
    // The same paragraph in another numbering, where that article has it.
    let same_place = |other: ProvisionId| {
        let o = &model.provisions[other.0];
        model
            .find_provision(&model.instruments[o.instrument.0].id, &o.article, labels)
            .map_or_else(|| model.citation(other), |p| model.citation(p))
    };
    let earlier: Vec<String> = chain[..position]
        .iter()
        .rev()
        .map(|p| same_place(*p))
        .collect();
    let later: Vec<String> = chain[position + 1..]
        .iter()
        .map(|p| same_place(*p))
        .collect();
    let mut out = here;
    if !earlier.is_empty() {
        out.push_str(&format!(", formerly {}", and_list(&earlier)));
    }
    if !later.is_empty() {
        out.push_str(&format!(", now {}", and_list(&later)));
    }
    out
}

fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The provision's own wording as the corpus has it.
pub fn quote(model: &Model, provision: ProvisionId) -> Quote {
    let p = &model.provisions[provision.0];
    Quote {
        provision,
        citation: cite(model, provision),
        text: p.text.clone(),
        text_status: p.text_status,
        source: p.source.clone(),
    }
}

pub fn step(kind: StepKind, text: impl Into<String>, quote: Option<Quote>) -> Step {
    Step {
        kind,
        text: text.into(),
        quote,
    }
}

pub fn holder_words(model: &Model, holder: Holder) -> String {
    match holder {
        Holder::Status(s) => format!(
            "`{}` ({})",
            model.statuses[s.0].id, model.statuses[s.0].title
        ),
        Holder::Group(g) => format!("`{}` ({})", model.groups[g.0].id, model.groups[g.0].title),
    }
}

/// The step that opens a claim's chain: what is offered, to whom, as the proposal says.
pub fn claim_step(model: &Model, proposal: ProposalId, claim: &Claim) -> Step {
    let p = &model.proposals[proposal.0];
    let group = &model.groups[claim.group.0];
    let text = match claim.kind {
        ClaimKind::Right => {
            let grant = &p.grants[claim.index];
            let right = &model.rights[grant.right.0];
            let mut text = format!(
                "The proposal grants `{}` ({}) to `{}` ({}: {})",
                right.id,
                right.title,
                group.id,
                group.title,
                words::conditions(model, &group.conditions)
            );
            if let Some(status) = grant.through {
                text.push_str(&format!(
                    ", through the status `{}`",
                    model.statuses[status.0].id
                ));
            }
            if grant.likely {
                text.push_str("; the source says only that it is likely");
            }
            if let Some(note) = &grant.note {
                text.push_str(&format!(". Source: {note}"));
            }
            text
        }
        ClaimKind::Status => {
            let creation = &p.creates[claim.index];
            let status = &model.statuses[creation.status.0];
            let mut text = format!(
                "The proposal creates the status `{}` ({}) for `{}` ({}: {})",
                status.id,
                status.title,
                group.id,
                group.title,
                words::conditions(model, &group.conditions)
            );
            if let Some(note) = &creation.note {
                text.push_str(&format!(". Source: {note}"));
            }
            text
        }
    };
    step(StepKind::Grant, text, None)
}

/// Why the group does or does not hold what a provision requires: the
/// definition of the status, quoted, and the condition that fails.
pub fn unmet_steps(model: &Model, unmet: &Unmet, holder: Option<Holder>) -> Vec<Step> {
    let mut steps = Vec::new();
    if let Some(source) = unmet.source {
        if let StatementKind::Defines { status, conditions } = &graph::statement(model, source).kind
        {
            steps.push(step(
                StepKind::Status,
                format!(
                    "{} defines `{}` as: {}",
                    cite(model, source.provision),
                    model.statuses[status.0].id,
                    words::conditions(model, conditions)
                ),
                Some(quote(model, source.provision)),
            ));
        }
    } else if let Some(holder) = holder {
        steps.push(step(
            StepKind::Status,
            format!("It requires holding {}", holder_words(model, holder)),
            None,
        ));
    }
    let verdict = if unmet.open {
        format!("Not met for the group as a whole: {}; it holds only for those in the group who also meet `{}`", unmet.why, unmet.required)
    } else {
        format!("Not met: `{}` fails because {}", unmet.required, unmet.why)
    };
    steps.push(step(StepKind::Condition, verdict, None));
    steps
}
