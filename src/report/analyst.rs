//! `lexcompat report`: the analyst's report, as Markdown here and as one
//! self-contained HTML page in `html.rs`. Both are briefings in the same
//! order: the bottom line (src/report/briefing.rs) and an overview drawing,
//! a table of the grants, each grant's reasoning with its own drawing, and
//! an annex in which every provision is quoted once. Every text from the
//! corpus or a proposal is escaped.

use super::briefing::{self, short_citation};
use super::diagram;
use crate::analysis::*;
use crate::graph::diagram::slug;
use crate::model::Model;
use crate::source::Sources;
use std::fmt::Write as _;

pub use super::html::to_html;

/// What the analysis was run on, for the report's last section.
#[derive(Debug, Clone)]
pub struct CorpusInfo {
    /// Where the corpus came from: a folder, or the corpus built into lexcompat.
    pub origin: String,
    pub files: usize,
    /// A digest of the corpus files' names and contents: the corpus version.
    pub digest: String,
}

/// The most grants one report writes in full (its drawing, routes and
/// reasoning); every grant has its row in its proposal's table all the
/// same. A report is for reading: 11,001 proposals of 78,296 grants, at the
/// read limit, wrote 463 MB of HTML in 15-22 s, and a page of that size is
/// more than a browser opens. `check --verbose` and `check --format json`
/// give every grant's reasoning.
pub const MOST_GRANTS_IN_FULL: usize = 2_000;

/// How many of a proposal's grants, from the first, are written in full,
/// from what is left of the report's [`MOST_GRANTS_IN_FULL`]; takes them.
pub(super) fn written_in_full(p: &ProposalAnalysis, left: &std::cell::Cell<usize>) -> usize {
    let written = p.grants.len().min(left.get());
    left.set(left.get() - written);
    written
}

/// The sentence that follows a proposal's last grant written in full when
/// others are not, unescaped.
pub(super) fn not_written_out(p: &ProposalAnalysis, written: usize) -> Option<String> {
    let more = p.grants.len() - written;
    let grants = if more == 1 { "grant" } else { "grants" };
    let which = match (written, more) {
        (_, 0) => return None,
        (0, 1) => "of this proposal's grant".to_string(),
        (0, _) => format!("of this proposal's {more} grants"),
        _ => format!("of {more} more {grants} of this proposal"),
    };
    Some(format!(
        "The reasoning {which} is not written out here: a report writes its first \
         {MOST_GRANTS_IN_FULL} grants in full, and every grant has its row in the table \
         above. `lexcompat check --verbose` gives every grant's reasoning, and `--format \
         json` every detail."
    ))
}

/// Every provision a proposal's reasoning quotes, once each, in the order
/// they are first quoted: the reasoning refers to them by anchor.
pub(super) struct QuoteAnnex {
    proposal: String,
    pub quotes: Vec<Quote>,
    places: std::collections::BTreeMap<crate::model::ProvisionId, usize>,
}

impl QuoteAnnex {
    pub fn index(&self, quote: &Quote) -> Option<usize> {
        self.places.get(&quote.provision).copied()
    }

    /// An anchor unique in a report of several proposals, made of letters,
    /// digits, `-` and `_`.
    pub fn anchor(&self, index: usize) -> String {
        slug("quote", &format!("{}_{}", self.proposal, index + 1))
    }
}

/// The quotes of the reasoning of the first `written` grants, those written
/// in full.
pub(super) fn quote_annex(p: &ProposalAnalysis, written: usize) -> QuoteAnnex {
    let mut annex = QuoteAnnex {
        proposal: p.id.clone(),
        quotes: Vec::new(),
        places: Default::default(),
    };
    for step in p.grants[..written].iter().flat_map(|g| &g.explanation) {
        if let Some(q) = &step.quote {
            if annex.index(q).is_none() {
                annex.places.insert(q.provision, annex.quotes.len());
                annex.quotes.push(*q);
            }
        }
    }
    annex
}

/// What a measure's verdict depends on besides its routes, one line each,
/// unescaped: who acts and from when, the tests of the limits that apply,
/// and the parts of the group that routes cover between them.
pub(super) fn measure_facts(model: &Model, g: &GrantAnalysis) -> Vec<String> {
    let mut lines = Vec::new();
    if g.actor != "the Union" || g.applies_from.is_some() {
        let from = g
            .applies_from
            .map(|d| format!(", applying from {d}"))
            .unwrap_or_default();
        lines.push(format!("By {}{from}.", g.actor));
    }
    if g.measure != g.id {
        lines.push(format!("Part of the measure `{}`.", g.measure));
    }
    for c in &g.conditions {
        let state = match c.status {
            crate::analysis::TestStatus::Open => "Provided that it meets",
            crate::analysis::TestStatus::Met => "It meets",
            crate::analysis::TestStatus::Failed => "It fails",
        };
        lines.push(format!(
            "{state} `{}` ({}), {}.",
            c.test_words(model),
            c.title(model),
            model.display_citation(c.provision)
        ));
    }
    for part in &g.cover {
        lines.push(format!(
            "For {}: {}{}.",
            part.part,
            part.verdict.word(),
            part.basis
                .map(|b| format!(" ({})", model.cited(b)))
                .unwrap_or_default()
        ));
    }
    lines
}

// ─── Markdown ─────────────────────────────────────────────────────────────

/// Text for Markdown: no raw HTML, no table breaks.
/// Text from a file made inert in Markdown: no HTML, no table breaks, and
/// no link or image (`[x](javascript:...)`, `![x](https://tracker)`), since
/// brackets are escaped.
fn md(text: &str) -> String {
    super::printable(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace('[', "\\[")
        .replace(']', "\\]")
        .replace('\n', " ")
}

/// One sentence of prose, identifiers between backticks kept as code.
fn md_prose(text: &str) -> String {
    md(text)
}

/// A table cell: prose, or a dash for nothing.
fn cell(text: &str) -> String {
    if text.is_empty() {
        "—".to_string()
    } else {
        md(text)
    }
}

pub fn to_markdown(
    analysis: &Analysis,
    corpus: &CorpusInfo,
    model: &Model,
    sources: &Sources,
) -> String {
    let mut out = String::new();
    let left = std::cell::Cell::new(MOST_GRANTS_IN_FULL);
    for p in &analysis.proposals {
        let written = written_in_full(p, &left);
        let annex = quote_annex(p, written);
        let _ = writeln!(out, "# {}\n", md(&p.title));
        let _ = writeln!(
            out,
            "Proposal `{}`, judged at {} by lexcompat {}.\n",
            md(&p.id),
            p.date,
            env!("CARGO_PKG_VERSION")
        );
        let _ = writeln!(out, "## Bottom line\n");
        for (i, line) in briefing::bottom_line(model, p).iter().enumerate() {
            if i == 1 {
                let _ = writeln!(out, "**{}**\n", md_prose(line));
            } else {
                let _ = writeln!(out, "{}\n", md_prose(line));
            }
        }
        if let Some(overview) = &p.overview {
            let _ = writeln!(out, "```mermaid\n{}```\n", diagram::to_mermaid(overview));
        }
        let _ = writeln!(out, "## Grant by grant\n");
        let _ = writeln!(
            out,
            "| what | for | needs | cheapest route | who can block it |\n| --- | --- | --- | --- | --- |"
        );
        for (n, g) in p.grants.iter().enumerate() {
            let chosen = g.routes.iter().find(|r| r.chosen);
            // Only a grant written in full has a section to link to.
            let what = if n < written {
                format!("[{}](#{})", md(&briefing::grant_phrase(g)), anchor(p, g))
            } else {
                md(&briefing::grant_phrase(g))
            };
            let _ = writeln!(
                out,
                "| {what}{} | {} | {} | {} | {} |",
                if g.likely { " (likely)" } else { "" },
                cell(&g.beneficiary_title),
                briefing::verdict_phrase(g.verdict),
                cell(
                    &chosen
                        .map(|r| briefing::route_phrase(model, r))
                        .unwrap_or_default()
                ),
                cell(
                    &chosen
                        .map(|r| briefing::vetoes_phrase(&r.veto_players))
                        .unwrap_or_default()
                ),
            );
        }
        out.push('\n');
        for g in &p.grants[..written] {
            let _ = writeln!(out, "<a id=\"{}\"></a>\n", anchor(p, g));
            let _ = writeln!(
                out,
                "## {}{} — {}\n",
                md(&briefing::capitalised(&briefing::grant_phrase(g))),
                md(&briefing::group_phrase(g)),
                briefing::verdict_phrase(g.verdict)
            );
            let beneficiary = if g.beneficiary.is_empty() {
                String::new()
            } else {
                format!(" for `{}`", md(&g.beneficiary))
            };
            let _ = writeln!(
                out,
                "`{}`{beneficiary}, {}.{}\n",
                md(&g.right),
                g.verdict.word(),
                if g.likely {
                    " *The source says only that this is likely.*"
                } else {
                    ""
                }
            );
            let facts = measure_facts(model, g);
            for line in &facts {
                let _ = writeln!(out, "- {}", md(line));
            }
            if !facts.is_empty() {
                out.push('\n');
            }
            if let Some(drawn) = &g.diagram {
                let _ = writeln!(out, "```mermaid\n{}```\n", diagram::to_mermaid(drawn));
            }
            if !g.routes.is_empty() {
                let _ = writeln!(out, "### Routes\n");
                let _ = writeln!(
                    out,
                    "| | needs | route | who takes part | who can block it | reaches |"
                );
                let _ = writeln!(out, "| --- | --- | --- | --- | --- | --- |");
                for r in &g.routes {
                    let _ = writeln!(
                        out,
                        "| {} | {} | {} | {} | {} | {} |",
                        if r.chosen { "→" } else { "" },
                        briefing::verdict_phrase(r.verdict),
                        cell(&briefing::route_phrase(model, r)),
                        cell(&briefing::participants_phrase(r)),
                        cell(&briefing::vetoes_phrase(&r.veto_players)),
                        cell(r.partial.as_deref().unwrap_or("the whole group")),
                    );
                }
                out.push('\n');
            }
            let _ = writeln!(out, "### Reasoning\n");
            for (i, step) in g.explanation.iter().enumerate() {
                let reference = step
                    .quote
                    .as_ref()
                    .and_then(|q| annex.index(q).map(|n| (q, n)))
                    .map(|(q, n)| {
                        format!(
                            " [\\[{}\\]](#{})",
                            md(short_citation(&q.citation(model))),
                            annex.anchor(n)
                        )
                    })
                    .unwrap_or_default();
                let _ = writeln!(out, "{}. {}{reference}", i + 1, md(&step.words(model)));
            }
            out.push('\n');
        }
        if let Some(sentence) = not_written_out(p, written) {
            let _ = writeln!(out, "*{}*\n", md_prose(&sentence));
        }
        let _ = writeln!(out, "## Findings\n");
        if p.findings.is_empty() {
            let _ = writeln!(out, "None.\n");
        }
        for f in &p.findings {
            let severity = f.severity.word();
            let _ = writeln!(
                out,
                "- **{severity} {} {}** ({}): {}",
                f.code,
                f.rule,
                md(&sources.locate(f.span).to_string()),
                md(&f.message)
            );
        }
        out.push('\n');
        let _ = writeln!(out, "## The provisions quoted\n");
        for (n, q) in annex.quotes.iter().enumerate() {
            // A judgment is cited with a link to it by its ECLI; the
            // address was checked to hold no markup.
            let citation = match q.link(model) {
                Some(link) => format!("[{}](<{link}>)", md(&q.citation(model))),
                None => md(&q.citation(model)),
            };
            let _ = writeln!(out, "<a id=\"{}\"></a>\n", annex.anchor(n));
            match q.text(model) {
                Some(text) => {
                    for line in text.lines() {
                        let _ = writeln!(out, "> {}", md(line));
                    }
                    let _ = writeln!(
                        out,
                        ">\n> — {citation} *({})*\n",
                        q.text_status(model).describe()
                    );
                }
                None => {
                    let _ = writeln!(out, "> — {citation} *(no wording in the corpus)*\n");
                }
            }
        }
    }
    let _ = writeln!(out, "## Corpus\n");
    let _ = writeln!(
        out,
        "{} ({} files, digest `{}`), lexcompat {}.{}",
        md(&corpus.origin),
        corpus.files,
        corpus.digest,
        env!("CARGO_PKG_VERSION"),
        analysis
            .as_of
            .map(|d| format!(" Judged at {d} (`--as-of`)."))
            .unwrap_or_default()
    );
    out
}

/// A grant's anchor, unique in a report of several proposals, made of
/// letters, digits, `-` and `_` whatever the ids.
pub(super) fn anchor(p: &ProposalAnalysis, g: &GrantAnalysis) -> String {
    slug("grant", &format!("{}_{}", p.id, g.id))
}
