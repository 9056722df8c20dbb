//! LC110 conferred-right-withheld: the measure withholds a right the law confers on the group, and nothing allows the restriction.

use super::*;
use crate::analysis::BreachKind;

#[doc = include_str!("lc110_conferred_right_withheld.md")]
pub struct ConferredRightWithheld;

static INFO: RuleInfo = RuleInfo {
    code: "LC110",
    name: "conferred-right-withheld",
    severity: Severity::Error,
    summary: "the measure withholds a right the law confers on the group, and nothing allows the restriction",
    explain: include_str!("lc110_conferred_right_withheld.md"),
};

impl Rule for ConferredRightWithheld {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        breach_findings(context, &INFO, BreachKind::ConferredRightWithheld)
    }
}
