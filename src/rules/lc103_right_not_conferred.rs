//! LC103 right-not-conferred: no provision in force confers the right on
//! anyone, so the corpus cannot say it exists.

use super::*;

pub struct RightNotConferred;

static INFO: RuleInfo = RuleInfo {
    code: "LC103",
    name: "right-not-conferred",
    severity: Severity::Warning,
    summary: "no provision in force confers the right, and no legal basis reaches it",
    explain: r#"# LC103 right-not-conferred

## What it detects
A grant of a right that no provision in the corpus, in force at the
proposal's date, confers on anyone, and that no legal basis in force reaches
for the beneficiaries: only treaty revision is left.

## Why
The Union has only the competences the Treaties confer (Art. 5(2) TEU). A
right that no provision confers and no legal basis reaches is either new —
only treaty revision can create it — or the corpus lacks the provision that
confers it or the basis that reaches it. lexcompat does not guess which: it
says so, so that an editor can look.

## Flagged
A grant of a right declared in the vocabulary that no `confers` statement in
force names.

## Not flagged
A right conferred on someone, even on persons other than the beneficiaries
(LC101 and the routes deal with that); a right no provision confers but a
legal basis reaches (the routes show it).

## Limits
The finding is only as good as the corpus: add the conferring provision, with
its wording and source, if one exists.

## References
Art. 5(1)-(2) TEU (conferral); Art. 4(1) TEU.
"#,
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
                let right = &model.rights[claim.right.expect("right claim").0];
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
                let explanation = vec![explain::claim_step(model, context.proposal, claim)];
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
