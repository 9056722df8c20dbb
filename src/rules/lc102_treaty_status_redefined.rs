//! LC102 treaty-status-redefined: a proposal creates or redefines a status
//! that the Treaties define, such as a citizenship for persons who hold no
//! Member State nationality.

use super::*;
use crate::analysis::StepKind;

#[doc = include_str!("lc102_treaty_status_redefined.md")]
pub struct TreatyStatusRedefined;

static INFO: RuleInfo = RuleInfo {
    code: "LC102",
    name: "treaty-status-redefined",
    severity: Severity::Error,
    summary: "the proposal creates or redefines a status the Treaties define",
    explain: include_str!("lc102_treaty_status_redefined.md"),
};

impl Rule for TreatyStatusRedefined {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        let model = context.model;
        let proposal = &model.proposals[context.proposal.0];
        let mut findings = Vec::new();
        for claim in context
            .claims
            .iter()
            .filter(|c| c.kind == ClaimKind::Status)
        {
            let creation = &proposal.creates[claim.index];
            let group = &model.groups[claim.group.0];
            let mut explanation = vec![explain::claim_step(model, context.proposal, claim)];
            let mut provisions = Vec::new();

            let primary_definitions = |status: StatusId| -> Vec<ProvisionId> {
                context
                    .graph
                    .definitions(model, status)
                    .into_iter()
                    .map(|d| d.provision)
                    .filter(|p| is_primary(model, *p))
                    .collect()
            };

            if creation.redefines && !primary_definitions(creation.status).is_empty() {
                let status = &model.statuses[creation.status.0];
                for p in primary_definitions(creation.status) {
                    explanation.push(explain::step(
                        StepKind::Status,
                        format!("{} defines `{}`", explain::cite(model, p), status.id),
                        Some(explain::quote(model, p)),
                    ));
                    provisions.push(p);
                }
                findings.push(finding(
                    &INFO,
                    format!(
                        "the proposal redefines `{}`, a status the Treaties define, for `{}`",
                        status.id, group.id
                    ),
                    claim,
                    provisions,
                    explanation,
                ));
                continue;
            }

            // The rights carried through the new status that primary law
            // reserves to statuses the group does not hold.
            let mut reserved: Vec<(String, &crate::analysis::Check)> = Vec::new();
            for (grant, right_claim) in proposal
                .grants
                .iter()
                .zip(context.claims.iter().filter(|c| c.kind == ClaimKind::Right))
            {
                if grant.through != Some(creation.status) {
                    continue;
                }
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
                    reserved.push((model.rights[grant.right.0].id.clone(), primary[0]));
                }
            }
            if reserved.is_empty() {
                continue;
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
                    explanation.push(explain::step(
                        StepKind::Status,
                        format!(
                            "{} defines `{}`",
                            explain::cite(model, p),
                            model.statuses[status.0].id
                        ),
                        Some(explain::quote(model, p)),
                    ));
                    provisions.push(p);
                }
            }
            if let Err(unmet) = &reserved[0].1.result {
                explanation.push(explain::step(
                    StepKind::Condition,
                    format!(
                        "`{}` do not meet it: `{}` fails because {}",
                        group.id, unmet.required, unmet.why
                    ),
                    None,
                ));
            }
            for (right, check) in &reserved {
                explanation.push(explain::step(
                    StepKind::Provision,
                    format!(
                        "{} gives `{right}` only to the holders of that status",
                        explain::cite(model, check.statement.provision)
                    ),
                    Some(explain::quote(model, check.statement.provision)),
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
                    explanation.push(explain::step(
                        StepKind::Provision,
                        format!(
                            "{} adds rights only for {}: it does not make anyone a holder",
                            explain::cite(model, check.statement.provision),
                            explain::holder_words(model, check.holder.expect("a status"))
                        ),
                        Some(explain::quote(model, check.statement.provision)),
                    ));
                    break;
                }
            }
            let status_names: Vec<String> = statuses
                .iter()
                .map(|s| format!("`{}`", model.statuses[s.0].id))
                .collect();
            let rights: Vec<String> = reserved.iter().map(|(r, _)| format!("`{r}`")).collect();
            findings.push(finding(
                &INFO,
                format!(
                    "the new status `{}` would give `{}` rights the Treaties reserve to {} ({}), whose conditions they do not meet: it redefines {}",
                    model.statuses[creation.status.0].id,
                    group.id,
                    status_names.join(" and "),
                    rights.join(", "),
                    status_names.join(" and ")
                ),
                claim,
                provisions,
                explanation,
            ));
        }
        findings
    }
}
