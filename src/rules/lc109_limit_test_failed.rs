//! LC109 limit-test-failed: the measure fails a test that a limit of Union law lays down.

use super::*;
use crate::analysis::BreachKind;

#[doc = include_str!("lc109_limit_test_failed.md")]
pub struct LimitTestFailed;

static INFO: RuleInfo = RuleInfo {
    code: "LC109",
    name: "limit-test-failed",
    severity: Severity::Error,
    summary: "the measure fails a test that a limit of Union law lays down",
    explain: include_str!("lc109_limit_test_failed.md"),
};

impl Rule for LimitTestFailed {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        breach_findings(context, &INFO, BreachKind::TestFailed)
    }
}
