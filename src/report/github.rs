//! `check --format github`: GitHub Actions workflow commands, one annotation
//! per new finding at its proposal line, then a summary line (GitHub shows
//! only the first ten annotations of each kind in a step).

use crate::analysis::Analysis;
use crate::baseline::Comparison;
use crate::source::Sources;

/// Escapes a command's message: `%`, carriage return and line feed.
fn escape_data(text: &str) -> String {
    // Line breaks are encoded as the protocol says; any other control
    // character (an escape sequence, a bell, NUL) never reaches the log.
    let encoded = text
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    super::printable(&encoded).into_owned()
}

/// Escapes a property value: as data, and `:` and `,` too.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

pub fn to_github(
    analysis: &Analysis,
    comparison: &Comparison,
    with_baseline: bool,
    sources: &Sources,
) -> String {
    let mut out = String::new();
    for (p_index, p) in analysis.proposals.iter().enumerate() {
        for (f_index, f) in p.findings.iter().enumerate() {
            if !comparison.is_new(p_index, f_index) {
                continue;
            }
            let command = f.severity.word();
            let location = sources.locate(f.span);
            out.push_str(&format!(
                "::{command} file={},line={},col={},title={}::{}\n",
                escape_property(&location.file),
                location.line,
                location.column,
                escape_property(&format!("{} {}", f.code, f.rule)),
                escape_data(&format!(
                    "{} (grant {}, fingerprint {})",
                    f.message,
                    // A name of any length, bounded like the message.
                    crate::diagnostic::bounded(f.grant.as_deref().unwrap_or("-")),
                    f.fingerprint
                ))
            ));
        }
    }
    out.push_str(&super::check::summary(analysis, comparison, with_baseline));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_escape_colons_and_commas_and_data_escapes_newlines() {
        assert_eq!(escape_property("a:b,c%\nd"), "a%3Ab%2Cc%25%0Ad");
        assert_eq!(escape_data("a:b,c\r\n"), "a:b,c%0D%0A");
    }
}
