//! `check` output: the analysis as text for a terminal, or as JSON or YAML
//! following docs/check.schema.json. Renders only; every verdict, route and
//! quote comes decided in the [`Analysis`].

use super::{briefing, paint, printable, printable_line, verdict_ansi, Style};
use crate::analysis::*;
use crate::baseline::{Comparison, Standing};
use crate::model::Model;
use crate::source::Sources;

mod document;
pub use document::{report, to_document, write_document, CheckReport, Document};

/// (new, accepted) findings.
fn counts(comparison: &Comparison) -> (usize, usize) {
    let all: Vec<&Standing> = comparison.standings.iter().flatten().collect();
    let new = all.iter().filter(|s| ***s == Standing::New).count();
    (new, all.len() - new)
}

/// One line for the end of a run: how many findings, new and accepted.
pub fn summary(analysis: &Analysis, comparison: &Comparison, with_baseline: bool) -> String {
    let (new, accepted) = counts(comparison);
    let findings: Vec<&Finding> = analysis
        .proposals
        .iter()
        .flat_map(|p| &p.findings)
        .collect();
    let errors = findings
        .iter()
        .zip(comparison.standings.iter().flatten())
        .filter(|(f, s)| **s == Standing::New && f.severity == crate::diagnostic::Severity::Error)
        .count();
    let mut line = format!(
        "lexcompat: {} proposal{}, {new} {}finding{} ({errors} error{}, {} warning{})",
        analysis.proposals.len(),
        if analysis.proposals.len() == 1 {
            ""
        } else {
            "s"
        },
        if with_baseline { "new " } else { "" },
        if new == 1 { "" } else { "s" },
        if errors == 1 { "" } else { "s" },
        new - errors,
        if new - errors == 1 { "" } else { "s" },
    );
    if with_baseline {
        line.push_str(&format!(
            ", {accepted} accepted by the baseline, {} stale baseline entr{}",
            comparison.stale.len(),
            if comparison.stale.len() == 1 {
                "y"
            } else {
                "ies"
            }
        ));
    }
    line
}

fn width(text: &str) -> usize {
    text.chars().count()
}

/// A title cut to at most `max` characters, ending with `…` when cut.
fn shorten(title: &str, max: usize) -> String {
    if width(title) <= max {
        return title.to_string();
    }
    let kept: String = title.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end_matches([' ', ',', ';', ':', '(']))
}

/// A citation without its other numberings: `TFEU 20(2)(a)`.
fn short_citation(citation: &str) -> &str {
    let end = [", formerly ", ", now "]
        .iter()
        .filter_map(|s| citation.find(s))
        .min()
        .unwrap_or(citation.len());
    &citation[..end]
}

/// The concise lines of a grant: the verdict, what it does and the chosen
/// route on one line where it fits (without the procedure's name if need
/// be), else the route on the next.
fn grant_lines(model: &Model, g: &GrantAnalysis, colour: bool, line_width: usize) -> Vec<String> {
    // Built plain, wrapped, then painted: colour codes would count as width.
    let mut out = Vec::new();
    for line in plain_grant_lines(model, g, line_width) {
        for (i, part) in wrap(&line, line_width, "      ").lines().enumerate() {
            let word = part.trim_start();
            let painted = Verdict::ALL
                .iter()
                .map(|v| v.word())
                .find(|w| i == 0 && word.starts_with(&format!("{w} ")))
                .map(|w| part.replacen(w, &paint(w, verdict_ansi(w), colour), 1));
            out.push(painted.unwrap_or_else(|| part.to_string()));
        }
    }
    out
}

fn plain_grant_lines(model: &Model, g: &GrantAnalysis, line_width: usize) -> Vec<String> {
    let colour = false;
    let word = g.verdict.word();
    let painted = paint(word, verdict_ansi(word), colour);
    let pad = " ".repeat(24usize.saturating_sub(width(word)).max(1));
    let name = if g.id != g.right {
        format!(" as `{}`", printable(&g.id))
    } else {
        String::new()
    };
    let by = if g.actor != "the Union" {
        format!(" by {}", printable(&g.actor))
    } else {
        String::new()
    };
    let what = format!(
        "{}{name}{}{by}",
        printable(&g.what()),
        if g.likely { " (likely)" } else { "" }
    );
    let head_plain = format!("{word}{pad}{what}");
    let head = format!("{painted}{pad}{what}");
    let provided = g
        .verdict_words(model)
        .split_once(", ")
        .map(|(_, p)| format!(", {}", printable(p)))
        .unwrap_or_default();
    let mut lines = Vec::new();
    if g.verdict == Verdict::Incompatible {
        lines.push(head);
        return lines;
    }
    let Some(route) = g.routes.iter().find(|r| r.chosen) else {
        lines.push(head);
        for c in &g.cover {
            let word = c.verdict.word();
            let pad = " ".repeat(24usize.saturating_sub(width(word)).max(1));
            let basis = c
                .basis
                .map(|b| format!("{}, ", printable(short_citation(&model.cited(b)))))
                .unwrap_or_default();
            lines.push(format!(
                "    {}{pad}{basis}for {}",
                paint(word, verdict_ansi(word), colour),
                printable(&c.part)
            ));
        }
        return lines;
    };
    let basis = route.basis(model);
    let basis = printable(short_citation(basis.as_deref().unwrap_or(""))).into_owned();
    let (title, voting) = match &route.procedure {
        Some(p) => (
            printable(&p.title).into_owned(),
            match p.voting {
                "none" => String::new(),
                voting => format!(", {voting}"),
            },
        ),
        None => (String::new(), String::new()),
    };
    let partial = route
        .partial
        .as_ref()
        .map(|p| format!(" [{}]", printable(p)))
        .unwrap_or_default();
    let route_text = |title: &str| {
        let title = if title.is_empty() {
            String::new()
        } else {
            format!(": {title}")
        };
        format!("{basis}{title}{voting}{partial}{provided}")
    };
    // On one line, with the procedure's title shortened if need be.
    let fixed = width(&head_plain) + 3 + width(&route_text(""));
    let room = line_width.saturating_sub(fixed + 2);
    if title.is_empty() && fixed <= line_width || !title.is_empty() && room >= 30.min(width(&title))
    {
        lines.push(format!("{head} — {}", route_text(&shorten(&title, room))));
    } else if fixed <= line_width {
        // One line per grant before the procedure's name: the provision
        // and the majority say the route, and the bottom line names the
        // procedure of the route that decides.
        lines.push(format!("{head} — {}", route_text("")));
    } else {
        let fixed = 6 + width(&route_text(""));
        let room = line_width.saturating_sub(fixed + 2).max(20);
        lines.push(head);
        lines.push(format!("    → {}", route_text(&shorten(&title, room))));
    }
    lines
}

/// The analysis for a person at a terminal, concisely: per proposal its
/// verdict and veto players, one line per grant with its verdict and the
/// chosen route, and the findings one line each; `to_text` gives the
/// reasoning in full.
pub fn to_brief(
    analysis: &Analysis,
    comparison: &Comparison,
    with_baseline: bool,
    style: Style,
    model: &Model,
    sources: &Sources,
) -> String {
    let Style {
        colour,
        width: line_width,
    } = style;
    let mut out = String::new();
    for (p, standings) in analysis.proposals.iter().zip(&comparison.standings) {
        let fixed = width(&p.id) + width(" —  (judged at 2020-02-01)");
        out.push_str(&format!(
            "{} — {} (judged at {})\n",
            p.id,
            shorten(
                &printable(&p.title),
                line_width.saturating_sub(fixed).max(10)
            ),
            p.date
        ));
        let word = p.verdict.word();
        out.push_str(&format!(
            "verdict: {}",
            paint(word, verdict_ansi(word), colour)
        ));
        if let Some((_, provided)) = p.verdict_words(model).split_once(", ") {
            out.push_str(&format!(", {}", printable(provided)));
        }
        out.push('\n');
        out.push('\n');
        for g in &p.grants {
            for line in grant_lines(model, g, colour, line_width) {
                out.push_str(&line);
                out.push('\n');
            }
        }
        if !p.findings.is_empty() {
            out.push('\n');
            for (f, standing) in p.findings.iter().zip(standings) {
                let severity = severity_word(f.severity, colour);
                let accepted = match standing {
                    Standing::Accepted { reason } => {
                        format!(" (accepted by the baseline: {})", printable(reason))
                    }
                    Standing::New => String::new(),
                };
                let plain = format!(
                    "{}[{}] {}: {}{accepted}",
                    f.severity.word(),
                    f.code,
                    printable_line(&sources.locate(f.span).to_string()),
                    printable(&f.message)
                );
                // Wrapped plain, then the severity word painted: colour
                // codes would count as width.
                let wrapped = wrap(&plain, line_width, "    ");
                let painted = wrapped.replacen(f.severity.word(), &severity, 1);
                out.push_str(&painted);
            }
        }
        let bottom = briefing::route_sentences(model, p, briefing::Naming::Ids)
            .into_iter()
            .filter(|s| !s.starts_with("The other grants"))
            .collect::<Vec<_>>()
            .join(" ");
        out.push('\n');
        out.push_str(&wrap(
            &format!("bottom line: {}", printable(&bottom)),
            line_width,
            "  ",
        ));
        out.push('\n');
    }
    for entry in &comparison.stale {
        out.push_str(&wrap(
            &format!(
                "stale baseline entry {} ({} in {}): no such finding any more; remove it or run --update-baseline",
                entry.fingerprint, entry.code, entry.proposal
            ),
            line_width,
            "  ",
        ));
    }
    out.push_str(&wrap(
        "the reasoning, with every provision quoted: lexcompat check --verbose",
        line_width,
        "  ",
    ));
    // The summary stays one line, whatever the width: scripts read the last line.
    out.push_str(&summary(analysis, comparison, with_baseline));
    out.push('\n');
    out
}

/// The analysis for a person at a terminal: one block per grant, verdict
/// first, and the summary line.
pub fn to_text(
    analysis: &Analysis,
    comparison: &Comparison,
    with_baseline: bool,
    style: Style,
    model: &Model,
    sources: &Sources,
) -> String {
    let mut out = Vec::new();
    write_text(analysis, comparison, style, model, sources, &mut out)
        .expect("writing to memory cannot fail");
    let mut text = String::from_utf8(out).expect("the text is UTF-8");
    // The summary stays one line, whatever the width: scripts read the last line.
    text.push_str(&summary(analysis, comparison, with_baseline));
    text.push('\n');
    text
}

/// How many proposals' blocks are made at once, on every core, before
/// they are written: the text of a large run is larger than its corpus.
const BLOCKS_AT_ONCE: usize = 256;

/// [`to_text`] but its summary line, written to `out` as it is made, for
/// the caller to end with [`summary`]: each proposal's block is made and
/// fitted on its own, on every core, a batch at a time; lines are fitted
/// one by one and a block ends its last, so the blocks join into the text
/// made whole.
pub fn write_text(
    analysis: &Analysis,
    comparison: &Comparison,
    style: Style,
    model: &Model,
    sources: &Sources,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let proposals: Vec<_> = analysis
        .proposals
        .iter()
        .zip(&comparison.standings)
        .collect();
    for batch in proposals.chunks(BLOCKS_AT_ONCE) {
        let blocks = crate::parallel::map(batch, |&(p, standings)| {
            proposal_block(p, standings, style, model, sources)
        });
        for block in blocks {
            out.write_all(block.as_bytes())?;
        }
    }
    let mut stale = String::new();
    for entry in &comparison.stale {
        stale.push_str(&format!(
            "stale baseline entry {} ({} in {}): no such finding any more; remove it or run --update-baseline\n",
            entry.fingerprint, entry.code, entry.proposal
        ));
    }
    out.write_all(fit(&stale, style.width).as_bytes())
}

/// One proposal's block of [`to_text`], fitted to the style's width.
fn proposal_block(
    p: &ProposalAnalysis,
    standings: &[Standing],
    style: Style,
    model: &Model,
    sources: &Sources,
) -> String {
    let Style {
        colour,
        width: line_width,
    } = style;
    let verdict = |v: Verdict, width: usize| {
        paint(
            &format!("{:<width$}", v.word()),
            verdict_ansi(v.word()),
            colour,
        )
    };
    let mut out = String::new();
    out.push_str(&format!("{} — {}\n", p.id, printable(&p.title)));
    out.push_str(&format!("judged at {}\n", p.date));
    out.push_str(&format!("verdict: {}", verdict(p.verdict, 0)));
    if let Some((_, provided)) = p.verdict_words(model).split_once(", ") {
        out.push_str(&format!(", {}", printable(provided)));
    }
    if !p.veto_players.is_empty() {
        out.push_str(&format!(
            "; veto players: {}",
            printable(&briefing::vetoes_phrase(&p.veto_players))
        ));
    }
    out.push_str("\n\n");
    for g in &p.grants {
        // A measure named with `as` is named here too, so that two
        // measures on the same thing can be told apart.
        let name = if g.id != g.right {
            format!(" as `{}`", printable(&g.id))
        } else {
            String::new()
        };
        out.push_str(&format!(
            "{} {}{name}{}\n",
            verdict(g.verdict, 24),
            printable(&g.what()),
            if g.likely { " (likely)" } else { "" }
        ));
        if g.actor != "the Union" || g.applies_from.is_some() {
            out.push_str(&format!(
                "  by {}{}\n",
                printable(&g.actor),
                g.applies_from
                    .map(|d| format!(", applying from {d}"))
                    .unwrap_or_default()
            ));
        }
        for c in &g.conditions {
            let state = match c.status {
                crate::analysis::TestStatus::Open => "provided that it meets",
                crate::analysis::TestStatus::Met => "meets",
                crate::analysis::TestStatus::Failed => "FAILS",
            };
            out.push_str(&format!(
                "  {state} `{}` ({}), {}\n",
                printable(&c.test_words(model)),
                printable(c.title(model)),
                printable(&model.display_citation(c.provision))
            ));
        }
        if !g.cover.is_empty() {
            out.push_str("  covered by routes over parts of the group:\n");
            for c in &g.cover {
                out.push_str(&format!(
                    "    {} {}{}\n",
                    verdict(c.verdict, 24),
                    printable(&c.part),
                    c.basis
                        .map(|b| format!(" ({})", printable(&model.cited(b))))
                        .unwrap_or_default()
                ));
            }
        }
        for r in &g.routes {
            let marker = if r.chosen { "→" } else { " " };
            // The majority says at a glance whether a Union act is
            // ordinary (qualified majority) or needs unanimity.
            let procedure = r
                .procedure
                .as_ref()
                .map(|p| match p.voting {
                    "none" => format!(": {}", p.title),
                    voting => format!(": {} ({voting})", p.title),
                })
                .unwrap_or_default();
            let partial = r
                .partial
                .as_ref()
                .map(|p| format!(" [{p}]"))
                .unwrap_or_default();
            out.push_str(&format!(
                "  {marker} {} {}{procedure}{partial}\n",
                verdict(r.verdict, 24),
                r.basis(model).as_deref().unwrap_or("")
            ));
        }
        out.push_str("  why:\n");
        for s in &g.explanation {
            write_step(&mut out, s, model, "    ", line_width);
        }
        out.push('\n');
    }
    if !p.findings.is_empty() {
        out.push_str("findings:\n");
        for (f, standing) in p.findings.iter().zip(standings) {
            let severity = severity_word(f.severity, colour);
            out.push_str(&format!(
                "  {severity}[{} {}] {}: {}\n",
                f.code,
                f.rule,
                printable_line(&sources.locate(f.span).to_string()),
                printable(&f.message)
            ));
            if let Standing::Accepted { reason } = standing {
                out.push_str(&format!(
                    "    accepted by the baseline: {}\n",
                    printable(reason)
                ));
            }
        }
        out.push('\n');
    }
    fit(&out, line_width)
}

/// Every line of `text` fitted to `line_width`, each continued under its
/// own indent; a line's colour codes count as width, so a coloured line
/// wraps early.
fn fit(text: &str, line_width: usize) -> String {
    let mut fitted = String::with_capacity(text.len());
    for line in text.lines() {
        let indent: String = line.chars().take_while(|c| *c == ' ').collect();
        if width(line) <= line_width {
            fitted.push_str(line);
            fitted.push('\n');
        } else {
            fitted.push_str(&wrap(line, line_width, &format!("{indent}  ")));
        }
    }
    fitted
}

fn write_step(out: &mut String, s: &Step, model: &Model, indent: &str, line_width: usize) {
    let more = format!("{indent}  ");
    out.push_str(&wrap(
        &format!("{indent}- {}", printable(&s.words(model))),
        line_width,
        &more,
    ));
    if let Some(q) = s.quote {
        match q.text(model) {
            Some(text) => {
                out.push_str(&wrap(
                    &format!(
                        "{indent}  {} [{}]:",
                        q.citation(model),
                        q.text_status(model).word()
                    ),
                    line_width,
                    &more,
                ));
                let quoted = format!("{indent}     ");
                for line in printable(text).lines() {
                    out.push_str(&wrap(
                        &format!("{indent}    \"{line}\""),
                        line_width,
                        &quoted,
                    ));
                }
            }
            None => out.push_str(&wrap(
                &format!("{indent}  {} [no wording in the corpus]", q.citation(model)),
                line_width,
                &more,
            )),
        }
    }
}

/// Text wrapped to the width at spaces only: an identifier such as
/// `uk-nationals-opting-in` or a citation is never split, even where it
/// alone is wider than the line.
pub fn wrap(text: &str, line_width: usize, indent: &str) -> String {
    let width = line_width.max(20);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut first = true;
    for line in text.split('\n') {
        wrap_line(&mut out, line, width, indent, first);
        first = false;
    }
    out
}

/// Lines broken at spaces only, first fit, words never broken, as
/// `textwrap` breaks them with those options, byte for byte (a test
/// compares the two). `textwrap` itself, built with the Unicode line
/// breaking that miette asks of it, also broke between ideographs and at
/// dashes, and took most of verbose text's time (six of eight seconds for
/// a proposal of 49,000 grants): every step of the reasoning is broken.
fn wrap_line(out: &mut String, line: &str, width: usize, indent: &str, first: bool) {
    // A short line that needs no indent is kept as it is, trailing spaces
    // dropped.
    if (first || indent.is_empty()) && line.len() < width {
        out.push_str(line.trim_end_matches(' '));
        out.push('\n');
        return;
    }
    // Each input line starts at the full width, later ones indented.
    let widths = [width, width.saturating_sub(display_width(indent))];
    let mut lines = 0usize;
    // The columns the current output line takes, spaces after each word
    // included; where it starts in `line`, its words, and where its last
    // word ends.
    let mut taken = 0usize;
    let (mut start, mut words) = (0usize, 0usize);
    let mut end = 0usize;
    let push = |out: &mut String, from: usize, to: usize, lines: usize| {
        if !(first && lines == 0) {
            out.push_str(indent);
        }
        out.push_str(&line[from..to]);
        out.push('\n');
    };
    for (at, word_end, space_end) in words_of(line) {
        let word_width = display_width(&line[at..word_end]);
        if taken + word_width > widths[lines.min(1)] && words > 0 {
            push(out, start, end, lines);
            lines += 1;
            start = at;
            taken = 0;
            words = 0;
        }
        taken += word_width + (space_end - word_end);
        words += 1;
        end = word_end;
    }
    if words == 0 {
        // An empty line stays empty, unindented.
        out.push('\n');
        return;
    }
    push(out, start, end, lines);
}

/// Each word of a line as `textwrap`'s ASCII-space separator finds it: its
/// start, the end of its text and the end of the spaces after it. Leading
/// spaces are a word of no text.
fn words_of(line: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let bytes = line.as_bytes();
    let mut at = 0usize;
    std::iter::from_fn(move || {
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        let word_end = start
            + bytes[start..]
                .iter()
                .position(|&b| b == b' ')
                .unwrap_or(bytes.len() - start);
        let space_end = word_end
            + bytes[word_end..]
                .iter()
                .position(|&b| b != b' ')
                .unwrap_or(bytes.len() - word_end);
        at = space_end;
        Some((start, word_end, space_end))
    })
}

/// Columns as `textwrap` counts them: each character's width in the
/// Unicode tables, terminal escape sequences none.
fn display_width(text: &str) -> usize {
    let mut chars = text.chars();
    let mut width = 0;
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            match chars.next() {
                Some('[') => {
                    for c in chars.by_ref() {
                        if ('\u{40}'..='\u{7e}').contains(&c) {
                            break;
                        }
                    }
                }
                Some(']') => {
                    let mut last = ']';
                    for c in chars.by_ref() {
                        if c == '\u{7}' || (c == '\\' && last == '\u{1b}') {
                            break;
                        }
                        last = c;
                    }
                }
                _ => {}
            }
            continue;
        }
        width += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
    }
    width
}

/// A finding's severity, coloured on a terminal.
fn severity_word(severity: crate::diagnostic::Severity, colour: bool) -> String {
    match severity {
        crate::diagnostic::Severity::Error => paint("error", Some("1;31"), colour),
        crate::diagnostic::Severity::Warning => paint("warning", Some("1;33"), colour),
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    /// `textwrap`, breaking at spaces only.
    fn by_textwrap(text: &str, line_width: usize, indent: &str) -> String {
        let options = textwrap::Options::new(line_width.max(20))
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .subsequent_indent(indent)
            .break_words(false)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        let mut out = String::new();
        for line in textwrap::wrap(text, options) {
            out.push_str(&line);
            out.push('\n');
        }
        out
    }

    /// Texts of words, runs of spaces, line breaks, long words, wide and
    /// escaped characters, in every mix a seeded generator makes, broken
    /// at widths from 1 to 40 with and without an indent.
    #[test]
    fn lines_break_as_textwrap_breaks_them() {
        const PIECES: [&str; 17] = [
            "a",
            "word",
            "longer-words",
            "a-very-long-unbreakable-word-of-forty-bytes",
            " ",
            "  ",
            "   ",
            "\n",
            "\n\n",
            "é",
            "中文",
            "—",
            "“q”",
            "e\u{301}",
            "\u{1b}[1;31m",
            "\u{1b}]8;;x\u{7}",
            "`id`",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut compared = 0;
        for _ in 0..4000 {
            let pieces = (next() % 40) as usize;
            let text: String = (0..pieces)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            let width = (next() % 40) as usize + 1;
            for indent in ["", "  ", "      "] {
                assert_eq!(
                    wrap(&text, width, indent),
                    by_textwrap(&text, width, indent),
                    "{text:?} at {width} with {indent:?}"
                );
                compared += 1;
            }
        }
        assert_eq!(compared, 12_000);
    }

    #[test]
    fn wrapping_breaks_at_spaces_only() {
        let text = "warning[LC101] p.lex:23:3: `uk-nationals-opting-in` do not hold `union-citizen`, the status";
        let wrapped = wrap(text, 30, "    ");
        for line in wrapped.lines() {
            assert!(
                line.chars().count() <= 30 || line.split_whitespace().count() == 1,
                "{line}"
            );
        }
        assert!(wrapped.contains("`uk-nationals-opting-in`"));
        assert_eq!(
            wrapped.split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
        assert!(wrapped.lines().skip(1).all(|l| l.starts_with("    ")));
    }
}
