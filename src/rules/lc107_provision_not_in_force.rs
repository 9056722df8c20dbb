//! LC107 provision-not-in-force: the proposal cites a provision that was not
//! in force at its date.

use super::*;
use crate::analysis::StepKind;

#[doc = include_str!("lc107_provision_not_in_force.md")]
pub struct ProvisionNotInForce;

static INFO: RuleInfo = RuleInfo {
    code: "LC107",
    name: "provision-not-in-force",
    severity: Severity::Error,
    summary: "a provision cited that was not in force at the proposal's date",
    explain: include_str!("lc107_provision_not_in_force.md"),
};

impl Rule for ProvisionNotInForce {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        let model = context.model;
        let proposal = &model.proposals[context.proposal.index()];
        let mut findings = Vec::new();
        for claim in right_claims(context) {
            let Some(basis) = proposal.measures[claim.index].basis else {
                continue;
            };
            if context.graph.contains(basis) {
                continue;
            }
            let periods: Vec<String> = model.provisions[basis.index()]
                .in_force
                .iter()
                .map(|p| p.to_string())
                .collect();
            let successors: Vec<String> = model
                .succession(model.article_of(basis))
                .0
                .iter()
                .copied()
                .filter(|p| model.provisions[p.index()].in_force_at(context.date))
                .map(|p| model.citation(p))
                .collect();
            let mut message = format!(
                "{} was not in force on {} (in force {})",
                model.citation(basis),
                context.date,
                if periods.is_empty() {
                    "never".to_string()
                } else {
                    periods.join(", ")
                }
            );
            if !successors.is_empty() {
                message.push_str(&format!("; in force then: {}", successors.join(", ")));
            }
            let explanation = vec![
                explain::claim_step(context.proposal, claim),
                explain::step(
                    StepKind::Provision,
                    format!("The proposal cites {}", model.cited(basis)),
                    Some(explain::quote(basis)),
                ),
            ];
            findings.push(finding(&INFO, message, claim, vec![basis], explanation));
        }
        findings
    }
}
