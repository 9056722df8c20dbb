//! LC104 wording-missing: the verdict rests on a provision whose wording the
//! corpus does not have.

use super::*;

#[doc = include_str!("lc104_wording_missing.md")]
pub struct WordingMissing;

static INFO: RuleInfo = RuleInfo {
    code: "LC104",
    name: "wording-missing",
    severity: Severity::Warning,
    summary: "the verdict rests on a provision whose wording the corpus lacks",
    explain: include_str!("lc104_wording_missing.md"),
};

impl Rule for WordingMissing {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        let model = context.model;
        let mut findings = Vec::new();
        for (claim, grant) in measure_claims(context) {
            let Some(route) = grant.routes.iter().find(|r| r.chosen) else {
                continue;
            };
            let Some(provision) = route.provision else {
                continue;
            };
            if model.provisions[provision.index()].text_status != TextStatus::Missing {
                continue;
            }
            let citation = model.citation(provision);
            let explanation = vec![
                explain::claim_step(context.proposal, claim),
                explain::step(
                    crate::analysis::StepKind::Provision,
                    format!(
                        "The verdict `{}` rests on {}, whose wording is not in the corpus",
                        grant.verdict.word(),
                        model.cited(provision)
                    ),
                    Some(explain::quote(provision)),
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
