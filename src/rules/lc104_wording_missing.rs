//! LC104 wording-missing: the verdict rests on a provision whose wording the
//! corpus does not have.

use super::*;

pub struct WordingMissing;

static INFO: RuleInfo = RuleInfo {
    code: "LC104",
    name: "wording-missing",
    severity: Severity::Warning,
    summary: "the verdict rests on a provision whose wording the corpus lacks",
    explain: r#"# LC104 wording-missing

## What it detects
A grant whose verdict is decided by a provision that the corpus records with
`text-status missing`: its number, heading and the editor's statements, but
no wording.

## Why
A verdict must come with the words that support it. Where the corpus has only
an editor's summary of what a provision does, the verdict may be right but
cannot be quoted or checked; the reader is told so instead of being shown a
summary as if it were the law.

## Flagged
A grant that existing law delivers only through an article of a directive
entered with `text-status missing`.

## Not flagged
A verdict decided by a provision with wording of any status (official,
third-party, unverified: the quote carries that status).

## Limits
Only the provision that decides the verdict is checked, not every provision
in the chain.

## References
docs/corpus-guide.md, on recording text status.
"#,
};

impl Rule for WordingMissing {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        let model = context.model;
        let mut findings = Vec::new();
        for (claim, grant) in right_claims(context).zip(context.grants) {
            let Some(route) = grant.routes.iter().find(|r| r.chosen) else {
                continue;
            };
            let Some(provision) = route.provision else {
                continue;
            };
            if model.provisions[provision.0].text_status != TextStatus::Missing {
                continue;
            }
            let citation = model.citation(provision);
            let explanation = vec![
                explain::claim_step(model, context.proposal, claim),
                explain::step(
                    crate::analysis::StepKind::Provision,
                    format!(
                        "The verdict `{}` rests on {}, whose wording is not in the corpus",
                        grant.verdict.word(),
                        explain::cite(model, provision)
                    ),
                    Some(explain::quote(model, provision)),
                ),
            ];
            findings.push(finding(
                &INFO,
                format!("the verdict on `{}` rests on {citation}, whose wording the corpus does not have", claim.id),
                claim,
                vec![provision],
                explanation,
            ));
        }
        findings
    }
}
