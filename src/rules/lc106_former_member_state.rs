//! LC106 former-member-state: a grant relies on a State being a Member State
//! at a date when it no longer was one.

use super::*;
use crate::analysis::StepKind;

pub struct FormerMemberState;

static INFO: RuleInfo = RuleInfo {
    code: "LC106",
    name: "former-member-state",
    severity: Severity::Warning,
    summary: "the proposal relies on a State's membership at a date when it was not a Member State",
    explain: r#"# LC106 former-member-state

## What it detects
A grant that routes a right through a status (`through STATUS`) or claims a
legal basis whose conditions the beneficiaries would meet if a State named in
their description were a Member State — but at the proposal's date it is no
longer one (or not yet).

## Why
Statuses tied to membership follow it: when a State leaves, its nationals
stop being citizens of the Union the day the Treaties cease to apply to it
(Art. 50(3) TEU; the Court confirmed the automatic loss in C-673/20 Préfet du
Gers). A proposal that still counts on the status after that date relies on a
membership that has ended. The finding names the State and its membership
dates, and says what the grant would have been while it was a member.

## Flagged
`grants move-and-reside to g through union-citizen` where `g` are nationals
of a State whose membership ended before the proposal's date.

## Not flagged
The same grant dated while the State was a member; a grant through a new
status (LC102 deals with those).

## Limits
Only States named in the group's own conditions are considered.

## References
Art. 49 and 50 TEU; Art. 20(1) TFEU; C-673/20 Préfet du Gers (2022).
"#,
};

impl Rule for FormerMemberState {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        let model = context.model;
        let proposal = &model.proposals[context.proposal.0];
        let mut findings = Vec::new();
        for claim in right_claims(context) {
            let grant = &proposal.grants[claim.index];
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
                let s = &model.states[state.0];
                let mut explanation = vec![explain::claim_step(model, context.proposal, claim)];
                explanation.extend(explain::unmet_steps(model, &unmet, None));
                explanation.push(explain::step(
                    StepKind::Condition,
                    format!(
                        "While `{}` was a Member State, the group would have met `{}`",
                        s.id, unmet.required
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
