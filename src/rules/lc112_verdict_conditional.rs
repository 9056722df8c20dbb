//! LC112 verdict-conditional: the verdict holds only provided the measure
//! meets a test or condition the proposal leaves open.

use super::*;
use crate::analysis::explain::push_named;
use crate::analysis::{StepKind, TestStatus};
use std::borrow::Cow;

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
            // One test laid down by several provisions is named once, with
            // all of them, in the order first found. Indexed: a grant may
            // stand under thousands of limits, each with a test of its own.
            let model = context.model;
            let mut words: Vec<(Cow<str>, Vec<crate::model::ProvisionId>)> = Vec::new();
            let mut at: crate::table::Map<Cow<str>, usize> = crate::table::Map::default();
            for c in &open {
                let test = c.test_words(model);
                let index = *at.entry(test.clone()).or_insert_with(|| {
                    words.push((test, Vec::new()));
                    words.len() - 1
                });
                words[index].1.push(c.provision);
            }
            let mut tests = String::new();
            push_named(&mut tests, &words, " and ", |text, (test, provisions)| {
                text.push('`');
                text.push_str(test);
                text.push_str("` (");
                push_named(text, provisions, "; ", |text, p| {
                    model.push_display_citation(text, *p)
                });
                text.push(')');
            });
            let mut explanation = grant.explanation.clone();
            explanation.push(explain::step(
                StepKind::Route,
                format!("The verdict is `{}`", grant.verdict_words(context.model)),
                None,
            ));
            findings.push(finding(
                &INFO,
                format!(
                    "`{}` is {} only provided that it meets {}",
                    claim.id,
                    grant.verdict.word(),
                    tests
                ),
                claim,
                Vec::new(),
                explanation,
            ));
        }
        findings
    }
}
