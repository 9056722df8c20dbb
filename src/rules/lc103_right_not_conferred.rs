//! LC103 right-not-conferred: no provision in force confers the right on
//! anyone, so the corpus cannot say it exists.

use super::*;

#[doc = include_str!("lc103_right_not_conferred.md")]
pub struct RightNotConferred;

static INFO: RuleInfo = RuleInfo {
    code: "LC103",
    name: "right-not-conferred",
    severity: Severity::Warning,
    summary: "no provision in force confers the right, and no legal basis reaches it",
    explain: include_str!("lc103_right_not_conferred.md"),
};

impl Rule for RightNotConferred {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        let model = context.model;
        right_claims(context)
            // Legal bases that exist but cannot reach this group leave it as
            // much without a route as no basis at all.
            .filter(|claim| {
                claim.conferrals.is_empty()
                    && claim
                        .bases
                        .iter()
                        .all(|b| matches!(&b.result, Err(u) if !u.open))
            })
            .map(|claim| {
                let right = &model.rights[claim.right.expect("right claim").index()];
                let bases = if claim.bases.is_empty() {
                    "and no legal basis in force reaches it, so only treaty revision can create it"
                        .to_string()
                } else {
                    let cited: Vec<String> = claim
                        .bases
                        .iter()
                        .map(|b| model.citation(b.statement.provision))
                        .collect();
                    format!("though legal bases reach it: {}", cited.join(", "))
                };
                let message = format!(
                    "no provision in the corpus in force on {} confers `{}` on anyone, {bases}",
                    context.date, right.id
                );
                let explanation = vec![explain::claim_step(context.proposal, claim)];
                finding(
                    &INFO,
                    message,
                    claim,
                    claim.bases.iter().map(|b| b.statement.provision).collect(),
                    explanation,
                )
            })
            .collect()
    }
}
