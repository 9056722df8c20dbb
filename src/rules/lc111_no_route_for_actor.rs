//! LC111 no-route-for-actor: no route open to the actor the measure names delivers it.

use super::*;
use crate::analysis::BreachKind;

#[doc = include_str!("lc111_no_route_for_actor.md")]
pub struct NoRouteForActor;

static INFO: RuleInfo = RuleInfo {
    code: "LC111",
    name: "no-route-for-actor",
    severity: Severity::Error,
    summary: "no route open to the actor the measure names delivers it",
    explain: include_str!("lc111_no_route_for_actor.md"),
};

impl Rule for NoRouteForActor {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        breach_findings(context, &INFO, BreachKind::NoRouteForActor)
    }
}
