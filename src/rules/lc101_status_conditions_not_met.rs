//! LC101 status-conditions-not-met: the Treaties give the right only to
//! holders of a status whose conditions the beneficiaries do not meet.

use super::*;

#[doc = include_str!("lc101_status_conditions_not_met.md")]
pub struct StatusConditionsNotMet;

static INFO: RuleInfo = RuleInfo {
    code: "LC101",
    name: "status-conditions-not-met",
    severity: Severity::Warning,
    summary:
        "the beneficiaries do not meet the conditions of the status the Treaties give the right to",
    explain: include_str!("lc101_status_conditions_not_met.md"),
};

impl Rule for StatusConditionsNotMet {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        let model = context.model;
        let mut findings = Vec::new();
        for claim in right_claims(context) {
            let primary: Vec<_> = claim
                .conferrals
                .iter()
                .filter(|c| is_primary(model, c.statement.provision))
                .collect();
            let all_ruled_out = !primary.is_empty()
                && primary.iter().all(|c| {
                    matches!(c.holder, Some(Holder::Status(_)))
                        && matches!(&c.result, Err(u) if !u.open)
                });
            if !all_ruled_out {
                continue;
            }
            let right = &model.rights[claim.right.expect("right claim").index()];
            let Some(group) = claim.group.map(|g| &model.groups[g.index()]) else {
                continue;
            };
            let mut holders: Vec<String> = primary
                .iter()
                .filter_map(|c| match c.holder {
                    Some(Holder::Status(s)) => Some(format!("`{}`", model.statuses[s.index()].id)),
                    _ => None,
                })
                .collect();
            holders.dedup();
            let first = primary[0];
            let Err(unmet) = &first.result else { continue };
            let mut explanation = vec![explain::claim_step(context.proposal, claim)];
            explanation.push(explain::step(
                crate::analysis::StepKind::Provision,
                format!(
                    "{} confers `{}` on {}",
                    model.cited(first.statement.provision),
                    right.id,
                    explain::holder_words(model, first.holder.expect("a status holder"))
                ),
                Some(explain::quote(first.statement.provision)),
            ));
            explanation.extend(explain::unmet_steps(model, unmet, first.holder));
            let mut provisions: Vec<ProvisionId> =
                primary.iter().map(|c| c.statement.provision).collect();
            provisions.extend(unmet.source.map(|s| s.provision));
            findings.push(finding(
                &INFO,
                format!(
                    "`{}` do not hold {}, the status the Treaties give `{}` to: {}",
                    group.id,
                    holders.join(" or "),
                    right.id,
                    unmet.why(model)
                ),
                claim,
                provisions,
                explanation,
            ));
        }
        findings
    }
}
