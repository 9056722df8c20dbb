//! LC107 provision-not-in-force: the proposal cites a provision that was not
//! in force at its date.

use super::*;
use crate::analysis::StepKind;

pub struct ProvisionNotInForce;

static INFO: RuleInfo = RuleInfo {
    code: "LC107",
    name: "provision-not-in-force",
    severity: Severity::Error,
    summary: "a provision cited that was not in force at the proposal's date",
    explain: r#"# LC107 provision-not-in-force

## What it detects
A grant whose claimed legal basis (`basis CITATION`) was not in force at the
date the proposal is judged at (its own `date`, or `--as-of`).

## Why
Only the law in force can be a legal basis. A Maastricht article cited for a
proposal made after the Treaty of Amsterdam renumbered it, or after Lisbon
replaced it, points at a provision that no longer exists in that form; the
finding names its successor in force, if the corpus links one.

## Flagged
`basis EC-1992 8e` in a proposal dated 2020.

## Not flagged
`basis TFEU 25` in a proposal dated 2020; `basis EC-1992 8e` with `--as-of 1995-01-01`.

## Limits
Only the claimed legal basis is checked; `lexcompat lint` reports the same
problem as LX108 when the files are checked.

## References
Art. 1 of the Treaty of Amsterdam and of the Treaty of Lisbon (renumbering); the tables of equivalences.
"#,
};

impl Rule for ProvisionNotInForce {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        let model = context.model;
        let proposal = &model.proposals[context.proposal.0];
        let mut findings = Vec::new();
        for claim in right_claims(context) {
            let Some(basis) = proposal.grants[claim.index].basis else {
                continue;
            };
            if context.graph.contains(basis) {
                continue;
            }
            let periods: Vec<String> = model.provisions[basis.0]
                .in_force
                .iter()
                .map(|p| p.to_string())
                .collect();
            let successors: Vec<String> = model
                .succession_chain(model.article_of(basis))
                .into_iter()
                .filter(|p| model.provisions[p.0].in_force_at(context.date))
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
                explain::claim_step(model, context.proposal, claim),
                explain::step(
                    StepKind::Provision,
                    format!("The proposal cites {}", explain::cite(model, basis)),
                    Some(explain::quote(model, basis)),
                ),
            ];
            findings.push(finding(&INFO, message, claim, vec![basis], explanation));
        }
        findings
    }
}
