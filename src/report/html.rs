//! The analyst's report as one self-contained HTML page (inline CSS and SVG;
//! no script, font or style from the network), written with maud, which
//! escapes every value it is given: text from the corpus or a proposal
//! cannot become markup. The page is a briefing: the bottom line and an
//! overview drawing first, then a table of the grants, then each grant's
//! reasoning, and last the annex in which every provision is quoted once.

use super::analyst::{anchor, quote_annex, CorpusInfo, QuoteAnnex};
use super::briefing::{self, short_citation};
use super::{diagram, printable};
use crate::analysis::*;
use crate::source::Sources;
use maud::{html, Markup, PreEscaped, DOCTYPE};

/// Text from a file, without characters that act on a reader; maud escapes it.
fn text(s: &str) -> Markup {
    html! { (printable(s).as_ref()) }
}

/// Prose in which identifiers stand between backticks: they become code.
fn prose(s: &str) -> Markup {
    html! {
        @for (i, part) in s.split('`').enumerate() {
            @if i % 2 == 1 { code { (text(part)) } } @else { (text(part)) }
        }
    }
}

fn badge(verdict: Verdict) -> Markup {
    html! {
        span.badge style={ "background:" (diagram::verdict_colour(verdict.word())) } title=(verdict.word()) {
            (briefing::verdict_phrase(verdict))
        }
    }
}

/// A drawing of our own: layout-rs escapes the labels it is given. An
/// analysis made without drawings gives the report none to show. Each
/// drawing is paid from the page's `budget` of boxes and arrows
/// ([`diagram::MOST_LAID_OUT_PER_PAGE`]); one that would overdraw it is
/// left out with a note.
fn drawing(
    d: Option<&crate::graph::diagram::Diagram>,
    name: &str,
    wrap: usize,
    caption: &str,
    budget: &std::cell::Cell<usize>,
) -> Markup {
    let size = d.map_or(0, |d| d.nodes.len() + d.edges.len());
    // One too large to lay out at all costs nothing: it is refused below.
    let laid_out = size <= diagram::MOST_LAID_OUT;
    let affordable = !laid_out || size <= budget.get();
    if laid_out && affordable {
        budget.set(budget.get() - size);
    }
    html! {
        @if let Some(d) = d {
            @if !affordable {
                p.meta {
                    (caption.trim_end_matches('.')) ": not drawn, as the drawings above already have as many boxes and arrows as one page lays out ("
                    (diagram::MOST_LAID_OUT_PER_PAGE) "); `lexcompat graph --format dot` exports it for Graphviz."
                }
            } @else {
            @match diagram::to_svg_named(d, name, wrap) {
                Ok(svg) => figure.graph {
                    (PreEscaped(svg))
                    figcaption { (caption) }
                },
                Err(too_large) => p.meta {
                    (caption.trim_end_matches('.')) ": " (too_large.to_string())
                    "; `lexcompat graph --format dot` exports it for Graphviz."
                },
            }
            }
        }
    }
}

/// The overview's labels wrap wider than a grant's drawing: two columns of
/// boxes in fewer lines keep it short enough for the first screen and the
/// first printed page.
const OVERVIEW_WRAP: usize = 34;

const CSS: &str = r#"
body { font: 15px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #212121; max-width: 72rem; margin: 1.2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .1rem 0; } h2 { margin-top: 2rem; border-bottom: 1px solid #cfd8dc; font-size: 1.3rem; } h3 { font-size: 1.05rem; }
.meta { color: #546e7a; margin-top: 0; }
.top { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); gap: 1.2rem; align-items: start; }
@media (max-width: 60rem) { .top { grid-template-columns: minmax(0, 1fr); } body { padding: 0 .8rem; } }
table.routes td { font-size: .85rem; }
.bottom-line { background: #f5f7f8; border-left: 5px solid #455a64; padding: .5rem 1rem; margin: .6rem 0; }
.bottom-line p { margin: .3rem 0; } .bottom-line .lead { font-size: 1.1rem; font-weight: 600; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .6rem; border: 1px solid #90a4ae; font-size: .85em; font-weight: 600; white-space: nowrap; }
table { border-collapse: collapse; margin: .6rem 0; width: 100%; } th, td { border: 1px solid #cfd8dc; padding: .25rem .45rem; text-align: left; vertical-align: top; font-size: .9rem; } th { background: #eceff1; }
tr.chosen td { font-weight: 600; background: #fffde7; }
blockquote { margin: .4rem 0 .8rem 0; padding: .4rem .8rem; border-left: 4px solid #90a4ae; background: #fafafa; }
blockquote .cite { display: block; margin-top: .3rem; color: #546e7a; font-size: .85rem; }
.unverified { border-left-color: #e53935; } .missing { border-left-color: #bdbdbd; color: #757575; }
ol.steps li { margin-bottom: .3rem; } a.ref { font-size: .85rem; white-space: nowrap; }
figure.graph { margin: .5rem 0; text-align: center; }
.graph svg { max-width: 100%; height: auto; }
.top .graph svg { max-height: 82vh; width: auto; }
.graph figcaption { color: #546e7a; font-size: .85rem; }
.ids { color: #546e7a; font-size: .85rem; }
.finding.error { color: #b71c1c; } .finding.warning { color: #e65100; }
code { white-space: nowrap; background: #eceff1; padding: 0 .2rem; border-radius: .2rem; font-size: .88em; }
@media print { .top { display: block; } .top .graph svg { max-height: 48vh; } body { max-width: none; margin: 0; padding: 0; font-size: 10pt; } .bottom-line { padding: .2rem .8rem; } h2 { break-after: avoid; } figure.graph, tr, blockquote { break-inside: avoid; } .grant { break-before: page; } a { color: inherit; text-decoration: none; } }
"#;

pub fn to_html(
    analysis: &Analysis,
    corpus: &CorpusInfo,
    model: &crate::model::Model,
    sources: &Sources,
) -> String {
    let title = analysis
        .proposals
        .first()
        .map_or("lexcompat report".to_string(), |p| p.title.clone());
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:";
                title { (text(&title)) }
                style { (PreEscaped(CSS)) }
            }
            body {
                @let budget = std::cell::Cell::new(diagram::MOST_LAID_OUT_PER_PAGE);
                @let left = std::cell::Cell::new(super::analyst::MOST_GRANTS_IN_FULL);
                @for p in &analysis.proposals { (proposal(p, model, sources, &budget, &left)) }
                h2 { "Corpus" }
                p.meta {
                    (text(&corpus.origin)) " (" (corpus.files) " files, digest " code { (corpus.digest) } "), lexcompat " (env!("CARGO_PKG_VERSION")) "."
                    @if let Some(d) = analysis.as_of { " Judged at " (d) " (--as-of)." }
                }
            }
        }
    };
    with_line_breaks(&page.into_string())
}

/// One line per block element, so that a diff of two reports reads.
/// Only closing tags of our own are matched: text from files is escaped
/// and cannot contain `</`.
fn with_line_breaks(page: &str) -> String {
    const TAGS: [&str; 16] = [
        "</p>",
        "</li>",
        "</tr>",
        "</h1>",
        "</h2>",
        "</h3>",
        "</table>",
        "</ol>",
        "</ul>",
        "</section>",
        "</figure>",
        "</blockquote>",
        "</style>",
        "</head>",
        "<body>",
        "</title>",
    ];
    // One pass, not one per tag: a report of thousands of grants is
    // hundreds of megabytes.
    let mut out = String::with_capacity(page.len() + page.len() / 32);
    let mut rest = page;
    while let Some(at) = rest.find('<') {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        match TAGS.iter().find(|tag| from.starts_with(**tag)) {
            Some(tag) => {
                out.push_str(tag);
                out.push('\n');
                rest = &from[tag.len()..];
            }
            None => {
                out.push('<');
                rest = &from[1..];
            }
        }
    }
    out.push_str(rest);
    out.push('\n');
    out
}

fn proposal(
    p: &ProposalAnalysis,
    model: &crate::model::Model,
    sources: &Sources,
    budget: &std::cell::Cell<usize>,
    left: &std::cell::Cell<usize>,
) -> Markup {
    let written = super::analyst::written_in_full(p, left);
    let annex = quote_annex(p, written);
    let lines = briefing::bottom_line(model, p);
    html! {
        h1 { (text(&p.title)) }
        p.meta { "Proposal " code { (text(&p.id)) } ", judged at " (p.date) " by lexcompat " (env!("CARGO_PKG_VERSION")) "." }
        div.top {
            section.bottom-line {
                @for (i, line) in lines.iter().enumerate() {
                    p class=[(i == 1).then_some("lead")] { (prose(line)) }
                }
            }
            (drawing(p.overview.as_ref(), &format!("{}_overview", p.id), OVERVIEW_WRAP, "Each grant and its cheapest route, coloured by what it takes.", budget))
        }
        h2 { "Grant by grant" }
        table.grants {
            tr { th { "what" } th { "for" } th { "needs" } th { "cheapest route" } th { "who can block it" } }
            @for (n, g) in p.grants.iter().enumerate() {
                @let chosen = g.routes.iter().find(|r| r.chosen);
                tr {
                    td {
                        // Only a grant written in full has a section to link to.
                        @if n < written { a href={ "#" (anchor(p, g)) } { (text(&briefing::grant_phrase(g))) } }
                        @else { (text(&briefing::grant_phrase(g))) }
                        @if g.likely { " (likely)" }
                    }
                    td { (text(&g.beneficiary_title)) }
                    td { (badge(g.verdict)) }
                    td { @match chosen { Some(r) => (text(&briefing::route_phrase(model, r))), None => "none" } }
                    td { @match chosen { Some(r) => (text(&briefing::vetoes_phrase(&r.veto_players))), None => "—" } }
                }
            }
        }
        @for g in &p.grants[..written] { (grant(p, g, model, &annex, budget)) }
        @if let Some(sentence) = super::analyst::not_written_out(p, written) { p.meta { (prose(&sentence)) } }
        h2 { "Findings" }
        @if p.findings.is_empty() { p { "None." } }
        @else {
            ul {
                @for f in &p.findings {
                    li class={ "finding " (f.severity.word()) } {
                        strong { (f.severity.word()) " " (f.code) " " (f.rule) } " (" (text(&sources.locate(f.span).to_string())) "): " (prose(&f.message))
                    }
                }
            }
        }
        h2 { "The provisions quoted" }
        p.meta { "Each provision the reasoning relies on, word for word as the corpus has it, once." }
        @for (i, q) in annex.quotes.iter().enumerate() {
            @let class = match q.text_status(model) {
                crate::model::TextStatus::Unverified | crate::model::TextStatus::PartlyVerified => "unverified",
                crate::model::TextStatus::Missing => "missing",
                _ => "",
            };
            blockquote id=(annex.anchor(i)) class=(class) {
                @match q.text(model) {
                    Some(t) => {
                        @for (n, line) in t.lines().enumerate() { @if n > 0 { br; } (text(line)) }
                    }
                    None => "(no wording in the corpus)",
                }
                span.cite {
                    "— "
                    // A judgment is cited with a link to it by its ECLI.
                    @match q.link(model) { Some(link) => a href=(printable(&link).as_ref()) { (text(&q.citation(model))) }, None => (text(&q.citation(model))) }
                    " (" (q.text_status(model).describe()) ")"
                }
            }
        }
    }
}

fn grant(
    p: &ProposalAnalysis,
    g: &GrantAnalysis,
    model: &crate::model::Model,
    annex: &QuoteAnnex,
    budget: &std::cell::Cell<usize>,
) -> Markup {
    html! {
        section.grant id=(anchor(p, g)) {
            h2 { (text(&briefing::capitalised(&briefing::grant_phrase(g)))) (text(&briefing::group_phrase(g))) " " (badge(g.verdict)) }
            p.ids {
                code { (text(&g.right)) } @if !g.beneficiary.is_empty() { " for " code { (text(&g.beneficiary)) } }
                @if g.likely { " — the source says only that this is likely" }
            }
            @let facts = super::analyst::measure_facts(model, g);
            @if !facts.is_empty() { ul.facts { @for line in &facts { li { (prose(line)) } } } }
            (drawing(g.diagram.as_ref(), &anchor(p, g), diagram::WRAP, "Who holds it under the Treaties, what the group lacks, and the routes.", budget))
            @if !g.routes.is_empty() {
                h3 { "Routes" }
                table.routes {
                    tr { th { "needs" } th { "route" } th { "who takes part" } th { "who can block it" } th { "reaches" } }
                    @for r in &g.routes {
                        tr class=[r.chosen.then_some("chosen")] {
                            td { (badge(r.verdict)) }
                            td { (text(&briefing::route_phrase(model, r))) }
                            td { (text(&briefing::participants_phrase(r))) }
                            td { (text(&briefing::vetoes_phrase(&r.veto_players))) }
                            td { (prose(r.partial.as_deref().unwrap_or("the whole group"))) }
                        }
                    }
                }
            }
            h3 { "Reasoning" }
            ol.steps {
                @for step in &g.explanation {
                    li {
                        (prose(&step.words(model)))
                        @if let Some(q) = &step.quote {
                            @if let Some(i) = annex.index(q) {
                                " " a.ref href={ "#" (annex.anchor(i)) } title=(printable(&q.citation(model)).as_ref()) { "[" (text(short_citation(&q.citation(model)))) "]" }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::diagram::Diagram;

    /// Two boxes and an arrow.
    fn small() -> Diagram {
        let mut d = Diagram::default();
        let a = d.node("a".to_string(), "grant", "A".to_string(), None);
        let b = d.node("b".to_string(), "right", "B".to_string(), None);
        d.edge(&a, &b, "grants", false);
        d
    }

    #[test]
    fn drawings_are_laid_out_until_the_page_budget_is_spent() {
        let d = small();
        let budget = std::cell::Cell::new(7);
        let drawn: Vec<String> = (0..3)
            .map(|n| drawing(Some(&d), &format!("d{n}"), 20, "The drawing.", &budget).into_string())
            .collect();
        assert!(
            drawn[0].contains("<svg") && drawn[1].contains("<svg"),
            "{drawn:?}"
        );
        assert_eq!(budget.get(), 1);
        assert!(!drawn[2].contains("<svg"), "{}", drawn[2]);
        assert!(
            drawn[2].contains("The drawing: not drawn, as the drawings above already have"),
            "{}",
            drawn[2]
        );
        // No drawing at all costs nothing and says nothing.
        assert_eq!(
            drawing(None, "none", 20, "The drawing.", &budget).into_string(),
            ""
        );
        assert_eq!(budget.get(), 1);
    }
}
