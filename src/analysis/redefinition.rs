//! Whether a created status redefines a status the Treaties define: either
//! by its name, or by carrying rights that primary law reserves to a treaty
//! status whose conditions the group does not meet. The cost of a created
//! status depends on it, so the analysis decides it; rule LC102 reports it.

use super::explain::{claim_step, holder_words, quote, step};
use super::*;

/// Why a created status redefines a treaty status, with the provisions and the chain of reasoning.
#[derive(Debug, Clone)]
pub struct Redefinition {
    pub message: String,
    pub provisions: Vec<ProvisionId>,
    /// The definitions of the treaty statuses redefined: what identifies
    /// the finding, whatever rights the new status carries.
    pub identity: Vec<ProvisionId>,
    /// The treaty statuses redefined.
    pub statuses: Vec<StatusId>,
    pub explanation: Vec<Step>,
}

fn is_primary(model: &Model, provision: ProvisionId) -> bool {
    model.instruments[model.provisions[provision.index()].instrument.index()]
        .kind
        .is_primary_law()
}

/// The redefinition a created status amounts to, if any.
pub fn redefinition(context: &Context, claim: &Claim) -> Option<Redefinition> {
    let model = context.model;
    let proposal = &model.proposals[context.proposal.index()];
    let creation = &proposal.creates[claim.index];
    let group = &model.groups[creation.group.index()];
    let mut explanation = vec![claim_step(context.proposal, claim)];
    let mut provisions = Vec::new();

    let primary_definitions = |status: StatusId| -> Vec<ProvisionId> {
        context
            .graph
            .definitions(status)
            .map(|d| d.provision)
            .filter(|p| is_primary(model, *p))
            .collect()
    };

    if creation.redefines && !primary_definitions(creation.status).is_empty() {
        let status = &model.statuses[creation.status.index()];
        for p in primary_definitions(creation.status) {
            explanation.push(step(
                StepKind::Status,
                format!("{} defines `{}`", model.cited(p), status.id),
                Some(quote(p)),
            ));
            provisions.push(p);
        }
        return Some(Redefinition {
            message: format!(
                "the proposal redefines `{}`, a status the Treaties define, for `{}`",
                status.id, group.id
            ),
            identity: provisions.clone(),
            provisions,
            statuses: vec![creation.status],
            explanation,
        });
    }

    // The rights carried through the new status that primary law
    // reserves to statuses the group does not hold.
    let mut reserved: Vec<(String, &crate::analysis::Check)> = Vec::new();
    for (right_claim, _) in context
        .carried_through(creation.status)
        .filter(|(c, _)| c.kind == ClaimKind::Right && c.power == Power::Grant)
    {
        let grant = &proposal.measures[right_claim.index];
        let Some(right) = grant.right() else { continue };
        let primary: Vec<_> = right_claim
            .conferrals
            .iter()
            .filter(|c| is_primary(model, c.statement.provision))
            .collect();
        let only_treaty_statuses = !primary.is_empty()
            && primary.iter().all(|c| match c.holder {
                Some(Holder::Status(s)) => !primary_definitions(s).is_empty(),
                _ => false,
            });
        let none_met = primary
            .iter()
            .all(|c| matches!(&c.result, Err(u) if !u.open));
        if only_treaty_statuses && none_met {
            reserved.push((model.rights[right.index()].id.clone(), primary[0]));
        }
    }
    if reserved.is_empty() {
        return None;
    }
    let mut statuses: Vec<StatusId> = reserved
        .iter()
        .filter_map(|(_, c)| match c.holder {
            Some(Holder::Status(s)) => Some(s),
            _ => None,
        })
        .collect();
    statuses.sort();
    statuses.dedup();
    for status in &statuses {
        for p in primary_definitions(*status) {
            explanation.push(step(
                StepKind::Status,
                format!(
                    "{} defines `{}`",
                    model.cited(p),
                    model.statuses[status.index()].id
                ),
                Some(quote(p)),
            ));
            provisions.push(p);
        }
    }
    let identity = provisions.clone();
    if let Err(unmet) = &reserved[0].1.result {
        explanation.push(step(
            StepKind::Condition,
            format!(
                "`{}` do not meet it: `{}` fails because {}",
                group.id,
                unmet.required(model),
                unmet.why(model)
            ),
            None,
        ));
    }
    for (right, check) in &reserved {
        explanation.push(step(
            StepKind::Provision,
            format!(
                "{} gives `{right}` only to the holders of that status",
                model.cited(check.statement.provision)
            ),
            Some(quote(check.statement.provision)),
        ));
        provisions.push(check.statement.provision);
    }
    // A legal basis that adds rights for the status's holders cannot
    // make new holders: say so where the corpus has one.
    for check in context
        .claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Right)
        .flat_map(|c| &c.bases)
    {
        if matches!(check.holder, Some(Holder::Status(s)) if statuses.contains(&s))
            && check.result.is_err()
        {
            explanation.push(step(
                StepKind::Provision,
                format!(
                    "{} adds rights only for {}: it does not make anyone a holder",
                    model.cited(check.statement.provision),
                    holder_words(model, check.holder.expect("a status"))
                ),
                Some(quote(check.statement.provision)),
            ));
            break;
        }
    }
    let status_names: Vec<String> = statuses
        .iter()
        .map(|s| format!("`{}`", model.statuses[s.index()].id))
        .collect();
    let rights: Vec<String> = reserved.iter().map(|(r, _)| format!("`{r}`")).collect();
    Some(Redefinition {
            message: format!(
                "the new status `{}` would give `{}` rights the Treaties reserve to {} ({}), whose conditions they do not meet: it redefines {}",
                model.statuses[creation.status.index()].id,
                group.id,
                status_names.join(" and "),
                rights.join(", "),
                status_names.join(" and ")
            ),
            provisions,
            identity,
            statuses,
            explanation,
        })
}
