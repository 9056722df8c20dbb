//! The conflict rules: one small unit per file, each with a stable code, a
//! kebab-case name, a severity, and an `explain` text with the legal
//! reasoning. Rules read the facts the analysis gathered (src/analysis/) and
//! return findings; they know no proposal, country or case by name, and no
//! output format.

mod lc101_status_conditions_not_met;
mod lc102_treaty_status_redefined;
mod lc103_right_not_conferred;
mod lc104_wording_missing;
mod lc105_basis_does_not_cover;
mod lc106_former_member_state;
mod lc107_provision_not_in_force;
mod lc108_prohibited;
mod lc109_limit_test_failed;
mod lc110_conferred_right_withheld;
mod lc111_no_route_for_actor;
mod lc112_verdict_conditional;

use crate::analysis::{explain, Claim, ClaimKind, Context, Finding, Step};
use crate::diagnostic::Severity;
use crate::model::*;

/// What a rule is, for the registry, `explain` and SARIF.
#[derive(Debug)]
pub struct RuleInfo {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// One line: what the rule detects.
    pub summary: &'static str,
    /// The full documentation: what it detects, why, flagged and not flagged examples, limits, references.
    pub explain: &'static str,
}

pub trait Rule: Sync {
    fn info(&self) -> &'static RuleInfo;
    fn check(&self, context: &Context) -> Vec<Finding>;
}

/// Every rule, in code order.
pub static RULES: &[&dyn Rule] = &[
    &lc101_status_conditions_not_met::StatusConditionsNotMet,
    &lc102_treaty_status_redefined::TreatyStatusRedefined,
    &lc103_right_not_conferred::RightNotConferred,
    &lc104_wording_missing::WordingMissing,
    &lc105_basis_does_not_cover::BasisDoesNotCover,
    &lc106_former_member_state::FormerMemberState,
    &lc107_provision_not_in_force::ProvisionNotInForce,
    &lc108_prohibited::ProhibitedByTreaties,
    &lc109_limit_test_failed::LimitTestFailed,
    &lc110_conferred_right_withheld::ConferredRightWithheld,
    &lc111_no_route_for_actor::NoRouteForActor,
    &lc112_verdict_conditional::VerdictConditional,
];

/// The rule with this code or name.
pub fn find(code_or_name: &str) -> Option<&'static dyn Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.info().code.eq_ignore_ascii_case(code_or_name) || r.info().name == code_or_name)
}

/// Runs every rule over one proposal's facts.
pub fn run_all(context: &Context) -> Vec<Finding> {
    RULES.iter().flat_map(|rule| rule.check(context)).collect()
}

/// A finding of a rule; the analysis adds its fingerprint.
fn finding(
    info: &'static RuleInfo,
    message: String,
    claim: &Claim,
    provisions: Vec<ProvisionId>,
    explanation: Vec<Step>,
) -> Finding {
    let mut provisions = provisions;
    provisions.dedup();
    let identity = provisions.clone();
    Finding {
        code: info.code,
        rule: info.name,
        severity: info.severity,
        // Bounded like a diagnostic's: it quotes names of any length.
        message: crate::diagnostic::bounded(message),
        grant: Some(claim.id.clone()),
        provisions,
        identity,
        explanation,
        fingerprint: String::new(),
        span: claim.span,
    }
}

/// The measures that grant a right: the rules about conferral and legal
/// bases concern them, not a right withheld or implemented.
fn right_claims<'a>(context: &'a Context) -> impl Iterator<Item = &'a Claim> {
    context
        .claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Right && c.power == Power::Grant)
}

/// Every measure (not a created status) with its analysis.
fn measure_claims<'a>(
    context: &'a Context,
) -> impl Iterator<Item = (&'a Claim, &'a crate::analysis::GrantAnalysis)> {
    context
        .claims
        .iter()
        .filter(|c| c.kind != ClaimKind::Status)
        .zip(context.grants)
}

/// The findings of one kind of breach the analysis established: the
/// analysis decided the verdict; the rule reports why, with the chain.
fn breach_findings(
    context: &Context,
    info: &'static RuleInfo,
    kind: crate::analysis::BreachKind,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (claim, grant) in measure_claims(context) {
        // Several provisions may say the same (a Treaty article and the
        // judgments that read it): one finding names them all.
        let same: Vec<&crate::analysis::Breach> =
            grant.breaches.iter().filter(|b| b.kind == kind).collect();
        if same.is_empty() {
            continue;
        }
        let mut texts: Vec<&str> = same.iter().map(|b| b.text.as_str()).collect();
        texts.dedup();
        let mut message = format!("`{}`: ", claim.id);
        crate::analysis::explain::push_named(&mut message, texts, "; ", String::push_str);
        findings.push(finding(
            info,
            message,
            claim,
            same.iter().filter_map(|b| b.provision).collect(),
            grant.explanation.clone(),
        ));
    }
    findings
}

/// Whether a provision is primary law: a treaty, the Charter or a declaration.
fn is_primary(model: &Model, provision: ProvisionId) -> bool {
    model.instruments[model.provisions[provision.index()].instrument.index()]
        .kind
        .is_primary_law()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let mut codes: Vec<&str> = RULES.iter().map(|r| r.info().code).collect();
        let mut names: Vec<&str> = RULES.iter().map(|r| r.info().name).collect();
        for (code, name) in codes.iter().zip(&names) {
            assert!(code.starts_with("LC") && code.len() == 5, "{code}");
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{name}"
            );
        }
        codes.sort();
        codes.dedup();
        names.sort();
        names.dedup();
        assert_eq!(codes.len(), RULES.len());
        assert_eq!(names.len(), RULES.len());
    }

    #[test]
    fn every_rule_explains_what_why_examples_and_references() {
        for rule in RULES {
            let text = rule.info().explain;
            for heading in [
                "## What it detects",
                "## Why",
                "## Flagged",
                "## Not flagged",
                "## Limits",
                "## References",
            ] {
                assert!(
                    text.contains(heading),
                    "{} lacks {heading}",
                    rule.info().code
                );
            }
        }
    }
}
