//! LC108 prohibited-by-treaties: a provision of the Treaties or a judgment forbids what the measure does.

use super::*;
use crate::analysis::BreachKind;

#[doc = include_str!("lc108_prohibited.md")]
pub struct ProhibitedByTreaties;

static INFO: RuleInfo = RuleInfo {
    code: "LC108",
    name: "prohibited-by-treaties",
    severity: Severity::Error,
    summary: "a provision of the Treaties or a judgment forbids what the measure does",
    explain: include_str!("lc108_prohibited.md"),
};

impl Rule for ProhibitedByTreaties {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        breach_findings(context, &INFO, BreachKind::Prohibited)
    }
}
