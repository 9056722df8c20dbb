//! `lexcompat report`: the analyst's report, as Markdown or as one
//! self-contained HTML page (inline CSS and SVG; no script, font or style from
//! the network). Every text from the corpus or a proposal is escaped.

use super::diagram;
use crate::analysis::*;
use crate::source::Sources;
use std::fmt::Write as _;

/// What the analysis was run on, for the report's last section.
#[derive(Debug, Clone)]
pub struct CorpusInfo {
    /// Where the corpus came from: a folder, or the corpus built into lexcompat.
    pub origin: String,
    pub files: usize,
    /// A digest of the corpus files' names and contents: the corpus version.
    pub digest: String,
}

fn counts(p: &ProposalAnalysis) -> Vec<(Verdict, usize)> {
    Verdict::ALL
        .iter()
        .map(|v| (*v, p.grants.iter().filter(|g| g.verdict == *v).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

fn vetoes(players: &[VetoPlayer]) -> String {
    if players.is_empty() {
        return "none".to_string();
    }
    players
        .iter()
        .map(|v| format!("{} ({})", v.title, v.count))
        .collect::<Vec<_>>()
        .join(", ")
}

fn what(g: &GrantAnalysis) -> String {
    match g.kind {
        ClaimKind::Right if g.action == "grant" => format!("`{}` to `{}`", g.right, g.beneficiary),
        ClaimKind::Status => format!("new status `{}` for `{}`", g.right, g.beneficiary),
        _ => g.what(),
    }
}

/// What a measure's verdict depends on besides its routes, one line each,
/// unescaped: who acts and from when, the tests of the limits that apply,
/// and the parts of the group that routes cover between them.
fn measure_facts(g: &GrantAnalysis) -> Vec<String> {
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
            c.test, c.title, c.provision
        ));
    }
    for part in &g.cover {
        lines.push(format!(
            "For {}: {}{}.",
            part.part,
            part.verdict.word(),
            part.basis
                .as_ref()
                .map(|b| format!(" ({b})"))
                .unwrap_or_default()
        ));
    }
    lines
}

/// A route's cells after its verdict, unescaped: provision, procedure, who
/// decides, majority, consent, ratification, veto players, whom it reaches.
fn route_cells(r: &Route) -> [String; 8] {
    let p = r.procedure.as_ref();
    let join = |v: Option<&Vec<String>>| {
        v.map(|v| v.join(", "))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "—".to_string())
    };
    [
        r.basis.clone().unwrap_or_else(|| "—".to_string()),
        p.map_or("existing law".to_string(), |p| p.title.clone()),
        join(p.map(|p| &p.decides)),
        p.map_or("—", |p| p.voting).to_string(),
        join(p.map(|p| &p.consent)),
        join(p.map(|p| &p.ratified_by)),
        vetoes(&r.veto_players),
        r.partial
            .clone()
            .unwrap_or_else(|| "the whole group".to_string()),
    ]
}

fn cheapest(g: &GrantAnalysis) -> String {
    g.routes
        .iter()
        .find(|r| r.chosen)
        .map(|r| {
            let how = r
                .procedure
                .as_ref()
                .map_or("existing law".to_string(), |p| p.title.clone());
            format!("{how}: {}", r.basis.clone().unwrap_or_default())
        })
        .unwrap_or_else(|| "none".to_string())
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

pub fn to_markdown(analysis: &Analysis, corpus: &CorpusInfo, sources: &Sources) -> String {
    let mut out = String::new();
    for p in &analysis.proposals {
        let _ = writeln!(out, "# {}\n", md(&p.title));
        let _ = writeln!(
            out,
            "Proposal `{}`, judged at {} by lexcompat {}.\n",
            md(&p.id),
            p.date,
            env!("CARGO_PKG_VERSION")
        );
        let _ = writeln!(out, "## Summary\n");
        let _ = writeln!(
            out,
            "**Overall verdict: {}** (the verdict of its most expensive grant).\n",
            md(&p.verdict_words())
        );
        let _ = writeln!(
            out,
            "Veto players on the route that decides it: {}.\n",
            md(&vetoes(&p.veto_players))
        );
        let _ = writeln!(out, "| verdict | grants |\n| --- | --- |");
        for (verdict, n) in counts(p) {
            let _ = writeln!(out, "| {} | {n} |", verdict.word());
        }
        let _ = writeln!(
            out,
            "\n| grant | verdict | cheapest route |\n| --- | --- | --- |"
        );
        for g in &p.grants {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                md(&what(g)),
                md(&g.verdict_words()),
                md(&cheapest(g))
            );
        }
        out.push('\n');
        for g in &p.grants {
            let _ = writeln!(out, "## {} — {}\n", md(&what(g)), g.verdict.word());
            if g.likely {
                let _ = writeln!(out, "*The source says only that this is likely.*\n");
            }
            let facts = measure_facts(g);
            for line in &facts {
                let _ = writeln!(out, "- {}", md(line));
            }
            if !facts.is_empty() {
                out.push('\n');
            }
            let _ = writeln!(out, "### Reasoning\n");
            for (i, step) in g.explanation.iter().enumerate() {
                let _ = writeln!(out, "{}. {}", i + 1, md(&step.text));
                if let Some(q) = &step.quote {
                    // A judgment is cited with a link to it by its ECLI; the
                    // address was checked to hold no markup.
                    let citation = match &q.link {
                        Some(link) => format!("[{}](<{link}>)", md(&q.citation)),
                        None => md(&q.citation),
                    };
                    match &q.text {
                        Some(text) => {
                            for line in text.lines() {
                                let _ = writeln!(out, "   > {}", md(line));
                            }
                            let _ = writeln!(
                                out,
                                "   >\n   > — {citation} *({})*",
                                q.text_status.describe()
                            );
                        }
                        None => {
                            let _ = writeln!(out, "   > — {citation} *(no wording in the corpus)*");
                        }
                    }
                }
            }
            out.push('\n');
            if !g.routes.is_empty() {
                let _ = writeln!(out, "### Routes\n");
                let _ = writeln!(out, "| | verdict | provision | procedure | who decides | majority | consent | ratification | veto players | reaches |");
                let _ = writeln!(
                    out,
                    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
                );
                for r in &g.routes {
                    let cells: Vec<String> = route_cells(r).iter().map(|c| md(c)).collect();
                    let _ = writeln!(
                        out,
                        "| {} | {} | {} |",
                        if r.chosen { "→" } else { "" },
                        r.verdict.word(),
                        cells.join(" | ")
                    );
                }
                out.push('\n');
            }
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

// ─── HTML ─────────────────────────────────────────────────────────────────

fn h(text: &str) -> String {
    super::printable(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Inline code in prose: `name` becomes <code>name</code>, everything escaped.
fn h_code(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{}</code>", h(part));
        } else {
            out.push_str(&h(part));
        }
    }
    out
}

fn badge(verdict: Verdict) -> String {
    format!(
        "<span class=\"badge\" style=\"background:{}\">{}</span>",
        diagram::verdict_colour(verdict.word()),
        verdict.word()
    )
}

const CSS: &str = r#"
body { font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #212121; max-width: 72rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #cfd8dc; } h3 { font-size: 1.05rem; }
.meta { color: #546e7a; }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: .6rem; border: 1px solid #90a4ae; font-size: .85em; font-weight: 600; white-space: nowrap; }
.verdict { font-size: 1.3rem; }
table { border-collapse: collapse; margin: .8rem 0; width: 100%; } th, td { border: 1px solid #cfd8dc; padding: .3rem .5rem; text-align: left; vertical-align: top; font-size: .9rem; } th { background: #eceff1; }
tr.chosen td { font-weight: 600; background: #fffde7; }
table.counts { width: auto; } table.counts td, table.counts th { padding-right: 2rem; }
blockquote { margin: .4rem 0 .8rem 0; padding: .4rem .8rem; border-left: 4px solid #90a4ae; background: #fafafa; }
blockquote .cite { display: block; margin-top: .3rem; color: #546e7a; font-size: .85rem; }
.unverified { border-left-color: #e53935; } .missing { border-left-color: #bdbdbd; color: #757575; }
ol.steps li { margin-bottom: .4rem; }
.graph { overflow: auto; max-height: 90vh; border: 1px solid #cfd8dc; padding: .5rem; background: #fff; }
.graph svg { display: block; }
.legend span { margin-right: .6rem; }
.finding.error { color: #b71c1c; } .finding.warning { color: #e65100; }
code { background: #eceff1; padding: 0 .2rem; border-radius: .2rem; font-size: .9em; }
@media print { body { max-width: none; margin: 0; font-size: 11pt; } h2 { page-break-after: avoid; } .grant { page-break-inside: avoid; } .graph { border: none; overflow: visible; max-height: none; } .graph svg { max-width: 100%; height: auto; } a { color: inherit; text-decoration: none; } }
"#;

pub fn to_html(analysis: &Analysis, corpus: &CorpusInfo, sources: &Sources) -> String {
    let mut out = String::new();
    let title = analysis
        .proposals
        .first()
        .map_or("lexcompat report".to_string(), |p| p.title.clone());
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        h(&title)
    );
    for p in &analysis.proposals {
        let _ = writeln!(out, "<h1>{}</h1>", h(&p.title));
        let _ = writeln!(
            out,
            "<p class=\"meta\">Proposal <code>{}</code>, judged at {} by lexcompat {}.</p>",
            h(&p.id),
            p.date,
            env!("CARGO_PKG_VERSION")
        );
        let _ = writeln!(out, "<h2>Summary</h2>");
        let provided = p
            .verdict_words()
            .split_once(", ")
            .map(|(_, rest)| format!(", {}", h_code(rest)))
            .unwrap_or_default();
        let _ = writeln!(out, "<p class=\"verdict\">Overall verdict: {}{provided} <span class=\"meta\">(its most expensive grant)</span></p>", badge(p.verdict));
        let _ = writeln!(
            out,
            "<p>Veto players on the route that decides it: {}.</p>",
            h(&vetoes(&p.veto_players))
        );
        let _ = writeln!(
            out,
            "<table class=\"counts\"><tr><th>verdict</th><th>grants</th></tr>"
        );
        for (verdict, n) in counts(p) {
            let _ = writeln!(out, "<tr><td>{}</td><td>{n}</td></tr>", badge(verdict));
        }
        let _ = writeln!(out, "</table>");
        let _ = writeln!(out, "<table class=\"grants\"><tr><th>grant</th><th>verdict</th><th>cheapest route</th></tr>");
        for g in &p.grants {
            let _ = writeln!(
                out,
                "<tr><td><a href=\"#{}\">{}</a></td><td>{}</td><td>{}</td></tr>",
                h(&anchor(g)),
                h_code(&what(g)),
                badge(g.verdict),
                h(&cheapest(g))
            );
        }
        let _ = writeln!(out, "</table>");
        let _ = writeln!(out, "<h2>Dependency graph</h2>");
        let _ = writeln!(out, "<p class=\"legend\">Grants and routes are coloured by verdict: {}. Thick red arrows lead to the route that decides a verdict; dashed ones to routes that reach only part of the group. The drawing scrolls; it prints to the page width.</p>",
            Verdict::ALL.iter().map(|v| badge(*v)).collect::<Vec<_>>().join(" "));
        let _ = writeln!(
            out,
            "<div class=\"graph\">{}</div>",
            diagram::to_svg(&p.diagram)
        );
        for g in &p.grants {
            let _ = writeln!(out, "<section class=\"grant\" id=\"{}\">", h(&anchor(g)));
            let _ = writeln!(out, "<h2>{} {}</h2>", h_code(&what(g)), badge(g.verdict));
            if g.likely {
                let _ = writeln!(
                    out,
                    "<p><em>The source says only that this is likely.</em></p>"
                );
            }
            let facts = measure_facts(g);
            if !facts.is_empty() {
                let _ = writeln!(out, "<ul class=\"facts\">");
                for line in &facts {
                    let _ = writeln!(out, "<li>{}</li>", h_code(line));
                }
                let _ = writeln!(out, "</ul>");
            }
            let _ = writeln!(out, "<h3>Reasoning</h3>\n<ol class=\"steps\">");
            for step in &g.explanation {
                let _ = write!(out, "<li>{}", h_code(&step.text));
                if let Some(q) = &step.quote {
                    let class = match q.text_status {
                        crate::model::TextStatus::Unverified
                        | crate::model::TextStatus::PartlyVerified => "unverified",
                        crate::model::TextStatus::Missing => "missing",
                        _ => "",
                    };
                    let body = q
                        .text
                        .as_deref()
                        .map_or("(no wording in the corpus)".to_string(), |t| {
                            h(t).replace('\n', "<br>")
                        });
                    // A judgment is cited with a link to it by its ECLI.
                    let citation = match &q.link {
                        Some(link) => format!("<a href=\"{}\">{}</a>", h(link), h(&q.citation)),
                        None => h(&q.citation),
                    };
                    let _ = write!(
                        out,
                        "<blockquote class=\"{class}\">{body}<span class=\"cite\">— {citation} ({})</span></blockquote>",
                        h(q.text_status.describe())
                    );
                }
                let _ = writeln!(out, "</li>");
            }
            let _ = writeln!(out, "</ol>");
            if !g.routes.is_empty() {
                let _ = writeln!(out, "<h3>Routes</h3>\n<table class=\"routes\"><tr><th>verdict</th><th>provision</th><th>procedure</th><th>who decides</th><th>majority</th><th>consent</th><th>ratification</th><th>veto players</th><th>reaches</th></tr>");
                for r in &g.routes {
                    let cells: String = route_cells(r)
                        .iter()
                        .map(|c| format!("<td>{}</td>", h(c)))
                        .collect();
                    let _ = writeln!(
                        out,
                        "<tr{}><td>{}</td>{cells}</tr>",
                        if r.chosen { " class=\"chosen\"" } else { "" },
                        badge(r.verdict),
                    );
                }
                let _ = writeln!(out, "</table>");
            }
            let _ = writeln!(out, "</section>");
        }
        let _ = writeln!(out, "<h2>Findings</h2>");
        if p.findings.is_empty() {
            let _ = writeln!(out, "<p>None.</p>");
        } else {
            let _ = writeln!(out, "<ul>");
            for f in &p.findings {
                let severity = f.severity.word();
                let _ = writeln!(
                    out,
                    "<li class=\"finding {severity}\"><strong>{severity} {} {}</strong> ({}): {}</li>",
                    f.code,
                    f.rule,
                    h(&sources.locate(f.span).to_string()),
                    h_code(&f.message)
                );
            }
            let _ = writeln!(out, "</ul>");
        }
    }
    let _ = writeln!(
        out,
        "<h2>Corpus</h2>\n<p class=\"meta\">{} ({} files, digest <code>{}</code>), lexcompat {}.{}</p>\n</body>\n</html>",
        h(&corpus.origin),
        corpus.files,
        corpus.digest,
        env!("CARGO_PKG_VERSION"),
        analysis.as_of.map(|d| format!(" Judged at {d} (--as-of).")).unwrap_or_default()
    );
    out
}

fn anchor(g: &GrantAnalysis) -> String {
    format!("grant-{}", g.id)
}
