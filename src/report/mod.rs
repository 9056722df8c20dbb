//! Reports: the only place that knows output formats. Reports render what
//! the stages before them decided; they look nothing up and decide nothing.

pub mod analyst;
pub mod briefing;
pub mod check;
pub mod diagnostics;
pub mod diagram;
pub mod diff;
pub mod explain;
pub mod github;
mod html;
pub mod sarif;
pub mod show;

pub(crate) use crate::inert::unsafe_char;
pub use crate::inert::{
    inert_json, printable, printable_line, stream_inert_json, write_inert_json,
};

/// The formats `lint` and `show` can print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people: diagnostics with the source excerpt, provisions as text.
    Text,
    /// For programs: one JSON document.
    Json,
}

/// How text output is styled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub colour: bool,
    /// Line width for wrapping diagnostics.
    pub width: usize,
}

impl Style {
    /// No colour, fixed width: what files, pipes and tests get.
    pub const PLAIN: Style = Style {
        colour: false,
        width: 100,
    };
}

/// The width text output is fitted to: the terminal's when standard output
/// is one (as detected, else as `COLUMNS` says), 100 for files and pipes so
/// that what is saved does not depend on the window it was run in. Kept
/// within 40 and 500: narrower, no identifier would fit; wider, no one reads.
pub fn text_width(is_terminal: bool, detected: Option<usize>, columns: Option<&str>) -> usize {
    if !is_terminal {
        return Style::PLAIN.width;
    }
    detected
        .or_else(|| columns.and_then(|c| c.trim().parse().ok()))
        .unwrap_or(Style::PLAIN.width)
        .clamp(40, 500)
}

/// Wraps text in an ANSI colour when colour is on; reports call it only for
/// their own words (verdicts, severities), never for text from a file.
pub fn paint(text: &str, colour: Option<&str>, on: bool) -> String {
    match (on, colour) {
        (true, Some(code)) => format!("\x1b[{code}m{text}\x1b[0m"),
        _ => text.to_string(),
    }
}

/// The terminal colour of a verdict word.
pub fn verdict_ansi(word: &str) -> Option<&'static str> {
    Some(match word {
        "compatible" => "32",
        "national-competence" => "36",
        "secondary-legislation" => "34",
        "international-agreement" => "33",
        "special-procedure" => "35",
        "treaty-revision" => "31",
        "incompatible" => "1;31",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::text_width;

    #[test]
    fn files_and_pipes_get_100_columns_terminals_their_own() {
        assert_eq!(text_width(false, Some(80), Some("132")), 100);
        assert_eq!(text_width(true, Some(80), Some("132")), 80);
        assert_eq!(text_width(true, None, Some("132")), 132);
        assert_eq!(text_width(true, None, Some("wide")), 100);
        assert_eq!(text_width(true, Some(12), None), 40);
    }
}
