//! LC103 right-not-conferred: no provision in force confers the right on
//! anyone, so the corpus cannot say it exists.

use super::*;

pub struct RightNotConferred;

static INFO: RuleInfo = RuleInfo {
    code: "LC103",
    name: "right-not-conferred",
    severity: Severity::Warning,
    summary: "no provision in force confers the right at all",
    explain: r#"# LC103 right-not-conferred

## What it detects
A grant of a right that no provision in the corpus, in force at the
proposal's date, confers on anyone.

## Why
The Union has only the competences the Treaties confer (Art. 5(2) TEU). A
right no provision confers is either new — only a legal basis that reaches it,
or treaty revision, can create it — or the corpus lacks the provision that
confers it. lexcompat does not guess which: it says so, and names whether any
legal basis in force reaches the right.

## Flagged
A grant of a right declared in the vocabulary that no `confers` statement in
force names.

## Not flagged
A right conferred on someone, even on persons other than the beneficiaries
(LC101 and the routes deal with that).

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
            .filter(|claim| claim.conferrals.is_empty())
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
