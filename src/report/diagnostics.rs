//! Diagnostics as text (through miette's graphical handler) and as JSON.

use super::{printable, printable_line, Style};
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::{FileId, Sources};
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteSpanContents, SourceCode,
    SourceSpan, SpanContents,
};
use std::borrow::Cow;
use std::fmt;

/// One diagnostic as miette sees it: the labels of one file, and the labels
/// in other files as related reports.
struct Rendered<'a> {
    diagnostic: &'a Diagnostic,
    message: String,
    file: Option<FileId>,
    code: Option<FileCode<'a>>,
    related: Vec<Rendered<'a>>,
    severity: miette::Severity,
    show_help: bool,
}

/// A file, borrowed, for miette to excerpt: its text made safe to print
/// (each control character swapped for one of the same length, so the
/// file's line index still fits it) and its name made printable.
struct FileCode<'a> {
    file: &'a crate::source::SourceFile,
    name: String,
    text: &'a str,
}

impl SourceCode for FileCode<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, miette::MietteError> {
        // miette counts lines from the start of what it is given: given the
        // whole file it would walk it once per excerpt, so a file with many
        // diagnostics would cost its size times their number. It is given
        // the lines around the span instead, found by the file's line index.
        let text = self.text;
        let start = span.offset().min(text.len());
        let end = (span.offset() + span.len()).min(text.len());
        let first_line = self.file.line_of(start).saturating_sub(before);
        let last_line = self.file.line_of(end).saturating_add(after + 1);
        let window_start = self.file.line_start(first_line);
        let window_end = self.file.line_start(last_line);
        let window = &text.as_bytes()[window_start..window_end];
        let inner = SourceSpan::new((start - window_start).into(), end - start);
        let contents = window.read_span(&inner, before, after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            contents.data(),
            SourceSpan::new(
                (contents.span().offset() + window_start).into(),
                contents.span().len(),
            ),
            contents.line() + first_line,
            contents.column(),
            // miette counts these from the start of what it read, as lines do.
            contents.line_count() + first_line,
        )))
    }
}

/// A file's text as an excerpt shows it: every character [`printable`]
/// would replace is replaced by one as long in bytes, so that spans still
/// hold: `?` for one byte (ESC, NUL, BEL), `¿` for two, U+FFFD for three.
fn excerpt_text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(super::unsafe_char) {
        return Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match (super::unsafe_char(c), c.len_utf8()) {
            (false, _) => c,
            (true, 1) => '?',
            (true, 2) => '¿',
            (true, _) => '\u{FFFD}',
        })
        .collect::<String>()
        .into()
}

/// Every file's text as excerpts show it, by file id.
/// The excerpt text of each file the diagnostics point into; the others,
/// never excerpted, are left unread (a clean corpus of megabytes costs
/// nothing here).
fn excerpt_texts<'a>(sources: &'a Sources, diagnostics: &[&Diagnostic]) -> Vec<Cow<'a, str>> {
    let mut used = vec![false; sources.len()];
    for label in diagnostics.iter().flat_map(|d| &d.labels) {
        if let Some(u) = used.get_mut(label.span.file.0 as usize) {
            *u = true;
        }
    }
    sources
        .iter()
        .zip(used)
        .map(|((_, f), used)| {
            if used {
                excerpt_text(&f.text)
            } else {
                Cow::Borrowed(f.text.as_str())
            }
        })
        .collect()
}

impl<'a> Rendered<'a> {
    fn new(
        diagnostic: &'a Diagnostic,
        sources: &'a Sources,
        shown: &'a [Cow<'a, str>],
    ) -> Rendered<'a> {
        let mut files: Vec<FileId> = Vec::new();
        for label in &diagnostic.labels {
            if !files.contains(&label.span.file) {
                files.push(label.span.file);
            }
        }
        // One line: a message may quote a file name, which may hold a line break.
        let mut message = shortened(&printable_line(&diagnostic.message));
        if let Some(path) = &diagnostic.legal_path {
            message.push_str("\nin ");
            message.push_str(&printable(path));
        }
        let severity = match diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        };
        let code_of = |file: FileId| FileCode {
            file: sources.get(file),
            name: printable_line(&sources.get(file).name),
            text: &shown[file.0 as usize],
        };
        // An excerpt of a line of megabytes would print it whole, and a
        // padded label line as long again: name the place instead.
        if diagnostic
            .labels
            .iter()
            .any(|l| excerpt_bytes(&sources.get(l.span.file).text, l.span) > MAX_EXCERPT_BYTES)
        {
            if let Some(span) = diagnostic.primary_span() {
                message.push_str(&format!(
                    "\nat {} (the line is too long to show)",
                    printable_line(&sources.locate(span).to_string())
                ));
            }
            return Rendered {
                diagnostic,
                message,
                file: None,
                code: None,
                related: Vec::new(),
                severity,
                show_help: true,
            };
        }
        let related = files
            .iter()
            .skip(1)
            .map(|&file| Rendered {
                diagnostic,
                message: "see also".to_string(),
                file: Some(file),
                code: Some(code_of(file)),
                related: Vec::new(),
                severity: miette::Severity::Advice,
                show_help: false,
            })
            .collect();
        Rendered {
            diagnostic,
            message,
            file: files.first().copied(),
            code: files.first().map(|&f| code_of(f)),
            related,
            severity,
            show_help: true,
        }
    }
}

impl fmt::Debug for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Rendered<'_> {}

impl miette::Diagnostic for Rendered<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.show_help
            .then(|| Box::new(self.diagnostic.code.as_str()) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        let help = self.diagnostic.help.as_ref().filter(|_| self.show_help)?;
        Some(Box::new(shortened(&printable(help))))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.code.as_ref().map(|c| c as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let file = self.file?;
        let primary = self.diagnostic.primary_span();
        Some(Box::new(
            self.diagnostic
                .labels
                .iter()
                .filter(move |l| l.span.file == file)
                .map(move |l| {
                    let span = SourceSpan::new(l.span.start().into(), l.span.len());
                    let text = Some(shortened(&printable(&l.message)));
                    if Some(l.span) == primary {
                        LabeledSpan::new_primary_with_span(text, span)
                    } else {
                        LabeledSpan::new_with_span(text, span)
                    }
                }),
        ))
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn miette::Diagnostic> + 'b>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(
            self.related.iter().map(|r| r as &dyn miette::Diagnostic),
        ))
    }
}

/// Excerpts (the lines of a label, and one line either side) longer than
/// this are not shown.
const MAX_EXCERPT_BYTES: usize = 8 * 1024;

/// How long the excerpt of a span would be: from the start of the line
/// before it to the end of the line after it.
fn excerpt_bytes(text: &str, span: crate::source::Span) -> usize {
    let start = span.start().min(text.len());
    let end = span.end().clamp(start, text.len());
    let line_start = text[..start].rfind('\n').unwrap_or(0);
    let before = text[..line_start].rfind('\n').unwrap_or(0);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let after = text[(line_end + 1).min(text.len())..]
        .find('\n')
        .map_or(text.len(), |i| line_end + 1 + i);
    after - before
}

/// Words (runs without a space) longer than this are cut in text output.
const MAX_WORD_CHARS: usize = 100;

/// Text with every word longer than [`MAX_WORD_CHARS`] cut to its start and
/// its length: a name of fifteen million characters is quoted in a message,
/// a help and a label, and each would print it whole (and wrap it) again.
fn shortened(text: &str) -> String {
    if text.len() <= MAX_WORD_CHARS {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len().min(4 * MAX_WORD_CHARS));
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, after) = rest.split_at(end);
        let count = word.chars().count();
        if count > MAX_WORD_CHARS {
            out.extend(word.chars().take(MAX_WORD_CHARS - 20));
            out.push_str(&format!("… ({count} characters)"));
        } else {
            out.push_str(word);
        }
        let spaces = after.len() - after.trim_start().len();
        out.push_str(&after[..spaces]);
        rest = &after[spaces..];
    }
    out
}

/// Renders one diagnostic as text, with the excerpt of each file it points into.
pub fn render(diagnostic: &Diagnostic, sources: &Sources, style: Style) -> String {
    render_shown(
        diagnostic,
        sources,
        &excerpt_texts(sources, &[diagnostic]),
        style,
    )
}

fn render_shown(
    diagnostic: &Diagnostic,
    sources: &Sources,
    shown: &[Cow<'_, str>],
    style: Style,
) -> String {
    let theme = if style.colour {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        // Identifiers such as `EC-1992` or `REG-883-2004` stay whole.
        .with_break_words(false)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_links(false);
    let mut out = String::new();
    let rendered = Rendered::new(diagnostic, sources, shown);
    if handler.render_report(&mut out, &rendered).is_err() {
        out = format!(
            "{}: {}\n",
            diagnostic.code.as_str(),
            printable_line(&diagnostic.message)
        );
    }
    out
}

/// All diagnostics as text, then a one-line summary.
pub fn render_all(diagnostics: &[Diagnostic], sources: &Sources, style: Style) -> String {
    let mut out = String::new();
    let mask = most_drawn(diagnostics);
    let (drawn, left): (Vec<(&Diagnostic, &bool)>, Vec<_>) = diagnostics
        .iter()
        .zip(&mask)
        .partition(|(_, drawn)| **drawn);
    let drawn: Vec<&Diagnostic> = drawn.into_iter().map(|(d, _)| d).collect();
    // Once for all diagnostics: a file of megabytes may have thousands.
    let shown = excerpt_texts(sources, &drawn);
    for diagnostic in &drawn {
        out.push_str(&render_shown(diagnostic, sources, &shown, style));
        out.push('\n');
    }
    if !left.is_empty() {
        let left_errors = left.iter().filter(|(d, _)| d.is_error()).count();
        let left = left.len();
        out.push_str(&format!(
            "{left} more not shown ({left_errors} error{}, {} warning{}): `lexcompat lint --format json` lists every one\n\n",
            if left_errors == 1 { "" } else { "s" },
            left - left_errors,
            if left - left_errors == 1 { "" } else { "s" },
        ));
    }
    out.push_str(&summary(diagnostics, sources.len()));
    out.push('\n');
    out
}

/// The most diagnostics drawn as text: each is drawn with its excerpt,
/// about 20 µs, and a file of 16 MB may make 400,000 (9 s); no one reads
/// that many on a terminal, and JSON lists them all.
pub const MOST_DRAWN: usize = 2_000;

/// Which diagnostics are drawn: all, when there are at most
/// [`MOST_DRAWN`]; else the first errors in order, and the first warnings
/// in the room the errors leave, so that no error hides behind warnings.
fn most_drawn(diagnostics: &[Diagnostic]) -> Vec<bool> {
    if diagnostics.len() <= MOST_DRAWN {
        return vec![true; diagnostics.len()];
    }
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count()
        .min(MOST_DRAWN);
    let (mut errors_left, mut warnings_left) = (errors, MOST_DRAWN - errors);
    diagnostics
        .iter()
        .map(|d| {
            let left = if d.severity == Severity::Error {
                &mut errors_left
            } else {
                &mut warnings_left
            };
            let drawn = *left > 0;
            *left = left.saturating_sub(1);
            drawn
        })
        .collect()
}

/// "2 errors and 1 warning in 7 files", or "7 files, no problems".
pub fn summary(diagnostics: &[Diagnostic], files: usize) -> String {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match (errors, warnings) {
        (0, 0) => format!("{}, no problems", plural(files, "file")),
        (e, 0) => format!("{} in {}", plural(e, "error"), plural(files, "file")),
        (0, w) => format!("{} in {}", plural(w, "warning"), plural(files, "file")),
        (e, w) => format!(
            "{} and {} in {}",
            plural(e, "error"),
            plural(w, "warning"),
            plural(files, "file")
        ),
    }
}

#[derive(serde::Serialize)]
struct JsonReport<'a> {
    diagnostics: Vec<JsonDiagnostic<'a>>,
    summary: JsonSummary,
}

#[derive(serde::Serialize)]
struct JsonSummary {
    files: usize,
    errors: usize,
    warnings: usize,
}

#[derive(serde::Serialize)]
struct JsonDiagnostic<'a> {
    code: &'static str,
    severity: Severity,
    message: &'a str,
    legal_path: Option<&'a str>,
    location: Option<crate::source::Location>,
    labels: Vec<JsonLabel<'a>>,
    help: Option<&'a str>,
}

#[derive(serde::Serialize)]
struct JsonLabel<'a> {
    message: &'a str,
    file: String,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

/// All diagnostics as one JSON document.
pub fn to_json(diagnostics: &[Diagnostic], sources: &Sources) -> String {
    let report = JsonReport {
        diagnostics: diagnostics
            .iter()
            .map(|d| JsonDiagnostic {
                code: d.code.as_str(),
                severity: d.severity,
                message: &d.message,
                legal_path: d.legal_path.as_deref(),
                location: d.primary_span().map(|s| sources.locate(s)),
                labels: d
                    .labels
                    .iter()
                    .map(|l| {
                        let file = sources.get(l.span.file);
                        let (line, column) = file.line_col(l.span.start());
                        let (end_line, end_column) = file.line_col(l.span.end());
                        JsonLabel {
                            message: &l.message,
                            file: file.name.clone(),
                            line,
                            column,
                            end_line,
                            end_column,
                        }
                    })
                    .collect(),
                help: d.help.as_deref(),
            })
            .collect(),
        summary: JsonSummary {
            files: sources.len(),
            errors: diagnostics.iter().filter(|d| d.is_error()).count(),
            warnings: diagnostics.iter().filter(|d| !d.is_error()).count(),
        },
    };
    let mut json = super::inert_json(&report);
    json.push('\n');
    json
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;

    /// More warnings than are drawn, then a few errors: every error is
    /// drawn, the warnings fill the room left, in the order given.
    #[test]
    fn errors_are_drawn_first_when_there_are_too_many() {
        let mut diagnostics: Vec<Diagnostic> = (0..MOST_DRAWN)
            .map(|n| Diagnostic::new(Code::ClaimWithoutNote, format!("warning {n}")))
            .collect();
        diagnostics
            .extend((0..3).map(|n| Diagnostic::new(Code::UnknownName, format!("error {n}"))));
        let drawn = most_drawn(&diagnostics);
        assert_eq!(drawn.iter().filter(|d| **d).count(), MOST_DRAWN);
        assert!(drawn[MOST_DRAWN..].iter().all(|d| *d), "every error");
        assert!(drawn[..MOST_DRAWN - 3].iter().all(|d| *d));
        assert!(drawn[MOST_DRAWN - 3..MOST_DRAWN].iter().all(|d| !*d));
        // Few enough: all.
        assert!(most_drawn(&diagnostics[..10]).iter().all(|d| *d));
    }
}
