//! LC102 treaty-status-redefined: a proposal creates or redefines a status
//! that the Treaties define, such as a citizenship for persons who hold no
//! Member State nationality.

use super::*;

#[doc = include_str!("lc102_treaty_status_redefined.md")]
pub struct TreatyStatusRedefined;

static INFO: RuleInfo = RuleInfo {
    code: "LC102",
    name: "treaty-status-redefined",
    severity: Severity::Error,
    summary: "the proposal creates or redefines a status the Treaties define",
    explain: include_str!("lc102_treaty_status_redefined.md"),
};

impl Rule for TreatyStatusRedefined {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        context
            .claims
            .iter()
            .filter(|c| c.kind == ClaimKind::Status)
            .filter_map(|claim| {
                let found = crate::analysis::redefinition::redefinition(context, claim)?;
                let mut finding = finding(
                    &INFO,
                    found.message,
                    claim,
                    found.provisions,
                    found.explanation,
                );
                finding.identity = found.identity;
                Some(finding)
            })
            .collect()
    }
}
