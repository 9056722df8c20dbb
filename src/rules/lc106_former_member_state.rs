//! LC106 former-member-state: a grant relies on a State being a Member State
//! at a date when it no longer was one.

use super::*;
use crate::analysis::StepKind;

#[doc = include_str!("lc106_former_member_state.md")]
pub struct FormerMemberState;

static INFO: RuleInfo = RuleInfo {
    code: "LC106",
    name: "former-member-state",
    severity: Severity::Warning,
    summary: "the proposal relies on a State's membership at a date when it was not a Member State",
    explain: include_str!("lc106_former_member_state.md"),
};

impl Rule for FormerMemberState {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        let model = context.model;
        let proposal = &model.proposals[context.proposal.index()];
        let mut findings = Vec::new();
        for claim in right_claims(context) {
            let grant = &proposal.measures[claim.index];
            let through = grant.through.map(|status| {
                context
                    .evaluator
                    .meets_holder(&claim.have, Holder::Status(status))
            });
            let basis = claim
                .bases
                .iter()
                .filter(|b| Some(b.statement.provision) == grant.basis)
                .map(|b| b.result.clone())
                .next();
            for result in [through, basis].into_iter().flatten() {
                let Err(unmet) = result else { continue };
                let Some(state) = unmet.former_member else {
                    continue;
                };
                let s = &model.states[state.index()];
                let mut explanation = vec![explain::claim_step(context.proposal, claim)];
                explanation.extend(explain::unmet_steps(model, &unmet, None));
                explanation.push(explain::step(
                    StepKind::Condition,
                    format!(
                        "While `{}` was a Member State, the group would have met `{}`",
                        s.id,
                        unmet.required(model)
                    ),
                    None,
                ));
                findings.push(finding(
                    &INFO,
                    format!(
                        "`{}` relies on `{}` ({}) being a Member State, which it was not on {}",
                        claim.id, s.id, s.title, context.date
                    ),
                    claim,
                    unmet.source.map(|src| src.provision).into_iter().collect(),
                    explanation,
                ));
                break;
            }
        }
        findings
    }
}
