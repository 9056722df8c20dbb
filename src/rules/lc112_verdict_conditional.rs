//! LC112 verdict-conditional: the verdict holds only provided the measure
//! meets a test or condition the proposal leaves open.

use super::*;
use crate::analysis::{StepKind, TestStatus};

#[doc = include_str!("lc112_verdict_conditional.md")]
pub struct VerdictConditional;

static INFO: RuleInfo = RuleInfo {
    code: "LC112",
    name: "verdict-conditional",
    severity: Severity::Warning,
    summary: "the verdict holds only provided the measure meets a test the proposal leaves open",
    explain: include_str!("lc112_verdict_conditional.md"),
};

impl Rule for VerdictConditional {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        let mut findings = Vec::new();
        for (claim, grant) in measure_claims(context) {
            if grant.verdict == crate::analysis::Verdict::Incompatible {
                continue;
            }
            let open: Vec<&crate::analysis::TestCondition> = grant
                .conditions
                .iter()
                .filter(|c| c.status == TestStatus::Open)
                .collect();
            if open.is_empty() {
                continue;
            }
            // One test laid down by several provisions is named once, with all of them.
            let mut words: Vec<(String, Vec<&str>)> = Vec::new();
            for c in &open {
                match words.iter_mut().find(|(test, _)| *test == c.test) {
                    Some((_, provisions)) => provisions.push(&c.provision),
                    None => words.push((c.test.clone(), vec![&c.provision])),
                }
            }
            let words: Vec<String> = words
                .iter()
                .map(|(test, provisions)| format!("`{test}` ({})", provisions.join("; ")))
                .collect();
            let mut explanation = grant.explanation.clone();
            explanation.push(explain::step(
                StepKind::Route,
                format!("The verdict is `{}`", grant.verdict_words()),
                None,
            ));
            findings.push(finding(
                &INFO,
                format!(
                    "`{}` is {} only provided that it meets {}",
                    claim.id,
                    grant.verdict.word(),
                    words.join(" and ")
                ),
                claim,
                Vec::new(),
                explanation,
            ));
        }
        findings
    }
}
