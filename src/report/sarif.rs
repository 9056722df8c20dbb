//! `check --format sarif`: SARIF 2.1.0, for code scanning. One rule per
//! code with its explain text as help; one result per new finding, located
//! at the proposal line, with the finding's fingerprint as a partial
//! fingerprint. Findings a baseline accepts are left out.

use crate::analysis::Analysis;
use crate::baseline::Comparison;
use crate::diagnostic::Severity;
use crate::rules::RULES;
use crate::source::Sources;
use serde_json::{json, Value};

/// The key of lexcompat's fingerprint among a result's partial fingerprints.
pub const FINGERPRINT_KEY: &str = "lexcompatFinding/v1";

/// SARIF's result levels for lexcompat's severities happen to be the same words.
fn level(severity: Severity) -> &'static str {
    severity.word()
}

/// A file name as a URI reference: `/` kept, anything outside the unreserved set percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::new();
    for byte in path.replace('\\', "/").bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

pub fn to_sarif(
    analysis: &Analysis,
    comparison: &Comparison,
    model: &crate::model::Model,
    sources: &Sources,
) -> String {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            let info = r.info();
            json!({
                "id": info.code,
                "name": info.name,
                "shortDescription": {"text": info.summary},
                "fullDescription": {"text": info.summary},
                "help": {"text": info.explain, "markdown": info.explain},
                "defaultConfiguration": {"level": level(info.severity)},
            })
        })
        .collect();
    let mut results = Vec::new();
    for (p_index, p) in analysis.proposals.iter().enumerate() {
        for (f_index, f) in p.findings.iter().enumerate() {
            if !comparison.is_new(p_index, f_index) {
                continue;
            }
            let location = sources.locate(f.span);
            let rule_index = RULES
                .iter()
                .position(|r| r.info().code == f.code)
                .unwrap_or(0);
            let provisions: Vec<String> =
                f.provisions.iter().map(|id| model.citation(*id)).collect();
            results.push(json!({
                "ruleId": f.code,
                "ruleIndex": rule_index,
                "level": level(f.severity),
                "message": {"text": f.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&location.file)},
                        "region": {"startLine": location.line, "startColumn": location.column},
                    }
                }],
                "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
                "baselineState": "new",
                "properties": {
                    "proposal": p.id,
                    "grant": f.grant,
                    "rule": f.rule,
                    "provisions": provisions,
                },
            }));
        }
    }
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "lexcompat",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    let mut text = super::inert_json(&sarif);
    text.push('\n');
    text
}
