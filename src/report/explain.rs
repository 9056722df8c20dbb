//! `lexcompat explain`: the documentation of a rule or a diagnostic code.

use crate::diagnostic::Code;
use crate::rules::RULES;

/// Every code with its one-line summary.
pub fn list() -> String {
    let mut out = String::from("Conflict rules (lexcompat check):\n");
    for rule in RULES {
        let info = rule.info();
        out.push_str(&format!(
            "  {}  {:<28} {:<8} {}\n",
            info.code,
            info.name,
            info.severity.word(),
            info.summary
        ));
    }
    out.push_str("\nDiagnostics (lexcompat lint):\n");
    for code in Code::ALL {
        out.push_str(&format!(
            "  {}  {:<8} {}\n",
            code.as_str(),
            code.severity().word(),
            code.title()
        ));
    }
    out.push_str("\nRun `lexcompat explain CODE` for a rule's full documentation.\n");
    out
}

/// The documentation of one code or rule name, if there is such a code.
pub fn explain(code: &str) -> Option<String> {
    if let Some(rule) = crate::rules::find(code) {
        return Some(rule.info().explain.to_string());
    }
    Code::ALL.iter().find(|c| c.as_str().eq_ignore_ascii_case(code)).map(|c| {
        format!(
            "# {} ({})\n\n{}.\n\nSee the table of diagnostics in docs/language.md, and tests/fixtures/diagnostics/{}-*.lex for an example.\n",
            c.as_str(),
            c.severity().word(),
            c.title(),
            c.as_str()
        )
    })
}

/// The code or rule name closest to one that is not known, for "did you mean".
pub fn suggestion(code: &str) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for rule in RULES {
        names.push(rule.info().code.to_string());
        names.push(rule.info().name.to_string());
    }
    names.extend(Code::ALL.iter().map(|c| c.as_str().to_string()));
    let lower: Vec<String> = names.iter().map(|n| n.to_ascii_lowercase()).collect();
    let wanted = code.to_ascii_lowercase();
    let found = crate::diagnostic::suggest(&wanted, lower.iter().map(String::as_str))?;
    let index = lower.iter().position(|n| n == found)?;
    Some(names[index].clone())
}
