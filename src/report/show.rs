//! `show`: a provision with its wording, source, statements and succession,
//! or the list of instruments and articles; as text or as JSON.

use super::printable;
use crate::model::words as lang;
use crate::model::*;
use crate::source::Sources;
use serde::Serialize;

/// The list of every instrument and its articles.
pub fn index_text(model: &Model) -> String {
    let mut out = String::new();
    // Oldest first, so the list reads Maastricht, Amsterdam, Lisbon.
    let mut instruments: Vec<&Instrument> = model.instruments.iter().collect();
    instruments.sort_by_key(|i| (i.in_force.iter().map(|p| p.from).min(), i.id.clone()));
    for instrument in instruments {
        out.push_str(&format!(
            "{}  {} ({}, {})\n",
            instrument.id,
            printable(&instrument.title),
            instrument.kind.word(),
            periods(&instrument.in_force)
        ));
        let width = instrument
            .articles
            .iter()
            .map(|a| model.citation(*a).len())
            .max()
            .unwrap_or(0);
        for &article in &instrument.articles {
            let p = &model.provisions[article.index()];
            let heading = printable(p.heading.as_deref().unwrap_or("")).into_owned();
            let status = format!("[{}]", p.text_status.word());
            let line = format!(
                "  {:<width$}  {status:<17} {heading}",
                model.citation(article)
            );
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out.push('\n');
    }
    if model.instruments.is_empty() {
        out.push_str("The corpus has no instruments.\n");
    }
    out
}

fn periods(periods: &[Period]) -> String {
    if periods.is_empty() {
        return "no in-force date".to_string();
    }
    let parts: Vec<String> = periods
        .iter()
        .map(|p| match p.until {
            Some(until) => format!("in force {} to {until}", p.from),
            None => format!("in force from {}", p.from),
        })
        .collect();
    parts.join("; ")
}

/// A judgment or opinion, found by its case number or ECLI: what it is,
/// then each of its paragraphs in full.
pub fn case_text(model: &Model, sources: &Sources, instrument: InstrumentId) -> String {
    let i = &model.instruments[instrument.index()];
    let mut out = String::new();
    out.push_str(&format!(
        "{} — {}
",
        i.case.as_deref().map(printable).unwrap_or_default(),
        printable(&i.title)
    ));
    out.push_str(&format!("{} ({})", i.kind.word(), i.id));
    if let Some(court) = i.court {
        out.push_str(&format!(", {}", court.word()));
    }
    if let Some(decided) = i.decided {
        out.push_str(&format!(
            ", delivered {decided}; its holdings apply from that day"
        ));
    }
    out.push('\n');
    if let Some(ecli) = &i.ecli {
        out.push_str(&format!("ECLI: {}\n", printable(ecli)));
    }
    if let Some(address) = i.articles.first().and_then(|a| model.case_address(*a)) {
        out.push_str(&format!("Judgment: {address}\n"));
    }
    if let Some(celex) = &i.celex {
        out.push_str(&format!("CELEX: {}\n", printable(celex)));
    }
    if let Some(url) = &i.url {
        out.push_str(&format!("URL: {}\n", printable(url)));
    }
    for note in &i.notes {
        out.push_str(&format!("Note: {}\n", printable(note)));
    }
    for &article in &i.articles {
        out.push_str("\n────────\n");
        out.push_str(&provision_text(model, sources, article));
    }
    out
}

/// One provision in full.
pub fn provision_text(model: &Model, sources: &Sources, id: ProvisionId) -> String {
    let p = &model.provisions[id.index()];
    let instrument = &model.instruments[p.instrument.index()];
    let mut out = String::new();
    let heading = p
        .heading
        .as_deref()
        .map(|h| format!(" — {}", printable(h)))
        .unwrap_or_default();
    out.push_str(&format!("{}{heading}\n", model.display_citation(id)));
    out.push_str(&format!("{}\n", model.legal_path(id)));
    out.push_str(&format!(
        "{} ({}), {}\n",
        printable(&instrument.title),
        instrument.id,
        periods(&p.in_force)
    ));
    out.push('\n');
    out.push_str(&format!(
        "Text status: {} — {}\n",
        p.text_status.word(),
        p.text_status.describe()
    ));
    if let Some(source) = &p.source {
        out.push_str(&format!("Source: {}\n", printable(source)));
    }
    if !instrument.based_on.is_empty() {
        let bases: Vec<String> = instrument
            .based_on
            .iter()
            .map(|b| model.citation(*b))
            .collect();
        out.push_str(&format!("Adopted under: {}\n", bases.join(", ")));
    }
    match (p.journal(), &instrument.journal) {
        (Some(journal), _) => out.push_str(&format!("Official Journal: {}\n", printable(journal))),
        (None, Some(journal)) => out.push_str(&format!(
            "Official Journal: {} (the {})\n",
            printable(journal),
            instrument.id
        )),
        (None, None) => {}
    }
    if let Some(celex) = p.celex() {
        out.push_str(&format!("CELEX: {}\n", printable(celex)));
    }
    if let Some(url) = p.url() {
        out.push_str(&format!("EUR-Lex: {}\n", printable(url)));
    }
    let (chain, position) = model.succession(id);
    let describe = |c: &ProvisionId| {
        let q = &model.provisions[c.index()];
        let inst = &model.instruments[q.instrument.index()];
        format!(
            "{} — {}, {}",
            model.citation(*c),
            printable(&inst.title),
            periods(&q.in_force)
        )
    };
    if position > 0 {
        out.push_str("Predecessors:\n");
        for c in chain[..position].iter().rev() {
            out.push_str(&format!("  {}\n", describe(c)));
        }
    }
    if position + 1 < chain.len() {
        out.push_str("Successors:\n");
        for c in &chain[position + 1..] {
            out.push_str(&format!("  {}\n", describe(c)));
        }
    }
    if !p.equivalents().is_empty() {
        out.push_str("Equivalent:\n");
        for c in p.equivalents() {
            out.push_str(&format!("  {}\n", describe(c)));
        }
    }
    for note in p.notes() {
        out.push_str(&format!("Note: {}\n", printable(note)));
    }
    out.push('\n');
    write_body(model, sources, id, 0, &mut out);
    out
}

fn write_body(model: &Model, sources: &Sources, id: ProvisionId, depth: usize, out: &mut String) {
    let p = &model.provisions[id.index()];
    let indent = "    ".repeat(depth);
    if depth > 0 {
        let label = p.labels.last().map(String::as_str).unwrap_or("");
        let marker = match p.kind {
            ProvisionKind::Point => format!("({label})"),
            _ => format!("{label}."),
        };
        let status = if p
            .parent
            .map(|parent| model.provisions[parent.index()].text_status)
            != Some(p.text_status)
        {
            format!("  [text status: {}]", p.text_status.word())
        } else {
            String::new()
        };
        out.push_str(&format!("{}{marker}{status}\n", "    ".repeat(depth - 1)));
    }
    if let Some(text) = &p.text {
        for line in printable(text).lines() {
            out.push_str(&format!("{indent}{line}\n"));
        }
    }
    // Where each statement was written: an article may be extended from
    // other files, a team's folder among them.
    for statement in &p.statements {
        let at = sources.locate(statement.span);
        out.push_str(&format!(
            "{indent}  ⟶ {}   [{}:{}]\n",
            printable(&lang::statement(model, statement)),
            printable(&at.file),
            at.line
        ));
    }
    for &child in &p.children {
        write_body(model, sources, child, depth + 1, out);
    }
}

// ─── JSON ───────────────────────────────────────────────────────────────

#[derive(Serialize)]
struct JsonModel<'a> {
    instruments: Vec<JsonInstrument<'a>>,
    rights: Vec<JsonNamed<'a>>,
    statuses: Vec<JsonNamed<'a>>,
    conditions: Vec<JsonCondition<'a>>,
    groups: Vec<JsonGroup<'a>>,
    actors: Vec<JsonActor<'a>>,
    states: Vec<JsonState<'a>>,
    procedures: Vec<JsonProcedure<'a>>,
    proposals: Vec<JsonProposal<'a>>,
}

#[derive(Serialize)]
struct JsonPeriod {
    from: String,
    until: Option<String>,
}

fn json_periods(periods: &[Period]) -> Vec<JsonPeriod> {
    periods
        .iter()
        .map(|p| JsonPeriod {
            from: p.from.to_string(),
            until: p.until.map(|u| u.to_string()),
        })
        .collect()
}

#[derive(Serialize)]
struct JsonInstrument<'a> {
    id: &'a str,
    title: &'a str,
    kind: &'static str,
    journal: Option<&'a str>,
    celex: Option<&'a str>,
    url: Option<&'a str>,
    signed: Option<String>,
    in_force: Vec<JsonPeriod>,
    based_on: Vec<String>,
    articles: Vec<JsonProvision<'a>>,
}

#[derive(Serialize)]
struct JsonProvision<'a> {
    citation: String,
    kind: &'static str,
    heading: Option<&'a str>,
    text: Option<&'a str>,
    text_status: &'static str,
    source: Option<&'a str>,
    journal: Option<&'a str>,
    celex: Option<&'a str>,
    url: Option<&'a str>,
    in_force: Vec<JsonPeriod>,
    statements: Vec<String>,
    predecessors: Vec<String>,
    successors: Vec<String>,
    equivalents: Vec<String>,
    notes: &'a [String],
    subdivisions: Vec<JsonProvision<'a>>,
}

#[derive(Serialize)]
struct JsonNamed<'a> {
    id: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
struct JsonCondition<'a> {
    id: &'a str,
    parameters: Vec<&'static str>,
    title: &'a str,
}

#[derive(Serialize)]
struct JsonGroup<'a> {
    id: &'a str,
    title: &'a str,
    conditions: Vec<String>,
    proposal: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonActor<'a> {
    id: &'a str,
    title: &'a str,
    per_member_state: bool,
}

#[derive(Serialize)]
struct JsonState<'a> {
    id: &'a str,
    title: &'a str,
    membership: Vec<JsonPeriod>,
}

#[derive(Serialize)]
struct JsonProcedure<'a> {
    id: &'a str,
    title: &'a str,
    route: &'static str,
    cost_rank: u32,
    steps: &'a [String],
    decides: Vec<&'a str>,
    voting: &'static str,
    consent: Vec<&'a str>,
    ratified_by: Vec<&'a str>,
    veto: Vec<&'a str>,
    described_in: Option<String>,
}

#[derive(Serialize)]
struct JsonProposal<'a> {
    id: &'a str,
    title: &'a str,
    source: Option<&'a str>,
    date: Option<String>,
    proposed_by: Option<&'a str>,
    invented: Option<&'a str>,
    groups: Vec<&'a str>,
    creates: Vec<JsonCreation<'a>>,
    grants: Vec<JsonGrant<'a>>,
}

#[derive(Serialize)]
struct JsonCreation<'a> {
    status: &'a str,
    redefines: bool,
    group: &'a str,
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonGrant<'a> {
    id: &'a str,
    right: String,
    group: Option<&'a str>,
    through: Option<&'a str>,
    likely: bool,
    basis: Option<String>,
    basis_procedure: Option<&'a str>,
    note: Option<&'a str>,
}

fn json_provision(model: &Model, id: ProvisionId) -> JsonProvision<'_> {
    let p = &model.provisions[id.index()];
    let citations = |ids: &[ProvisionId]| ids.iter().map(|c| model.citation(*c)).collect();
    JsonProvision {
        citation: model.citation(id),
        kind: match p.kind {
            ProvisionKind::Article => "article",
            ProvisionKind::Paragraph => "paragraph",
            ProvisionKind::Subparagraph => "subparagraph",
            ProvisionKind::Point => "point",
        },
        heading: p.heading.as_deref(),
        text: p.text.as_deref(),
        text_status: p.text_status.word(),
        source: p.source.as_deref(),
        journal: p.journal(),
        celex: p.celex(),
        url: p.url(),
        in_force: json_periods(&p.in_force),
        statements: p
            .statements
            .iter()
            .map(|s| lang::statement(model, s))
            .collect(),
        predecessors: citations(p.predecessors()),
        successors: citations(p.successors()),
        equivalents: citations(p.equivalents()),
        notes: p.notes(),
        subdivisions: p
            .children
            .iter()
            .map(|c| json_provision(model, *c))
            .collect(),
    }
}

/// Pretty JSON with what a terminal acts on escaped (`report::inert_json`):
/// `show` prints the corpus's own text.
fn to_json<T: Serialize>(value: &T) -> String {
    let mut json = crate::report::inert_json(value);
    json.push('\n');
    json
}

/// One provision, with its subdivisions, as JSON.
pub fn provision_json(model: &Model, id: ProvisionId) -> String {
    to_json(&json_provision(model, id))
}

/// The whole resolved model as JSON, for other tools to read the corpus.
pub fn model_json(model: &Model) -> String {
    with_articles(model, &to_json(&json_model(model, false)), ARTICLES_A_BATCH)
}

/// [`model_json`] written to `out` as it is made, a batch of articles at a
/// time: at the read limit the document is 930 MB, more than the model.
pub fn write_model_json(model: &Model, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    write_with_articles(
        model,
        &to_json(&json_model(model, false)),
        ARTICLES_A_BATCH,
        out,
    )
}

/// The model as JSON values, with or without the instruments' articles.
fn json_model(model: &Model, articles: bool) -> JsonModel<'_> {
    let actors = |ids: &[ActorId]| -> Vec<&str> {
        ids.iter()
            .map(|a| model.actors[a.index()].id.as_str())
            .collect()
    };
    JsonModel {
        instruments: model
            .instruments
            .iter()
            .map(|i| JsonInstrument {
                id: &i.id,
                title: &i.title,
                kind: i.kind.word(),
                journal: i.journal.as_deref(),
                celex: i.celex.as_deref(),
                url: i.url.as_deref(),
                signed: i.signed.map(|d| d.to_string()),
                in_force: json_periods(&i.in_force),
                based_on: i.based_on.iter().map(|b| model.citation(*b)).collect(),
                articles: if articles {
                    i.articles
                        .iter()
                        .map(|a| json_provision(model, *a))
                        .collect()
                } else {
                    Vec::new()
                },
            })
            .collect(),
        rights: model
            .rights
            .iter()
            .map(|r| JsonNamed {
                id: &r.id,
                title: &r.title,
            })
            .collect(),
        statuses: model
            .statuses
            .iter()
            .map(|s| JsonNamed {
                id: &s.id,
                title: &s.title,
            })
            .collect(),
        conditions: model
            .conditions
            .iter()
            .map(|c| JsonCondition {
                id: &c.id,
                parameters: c.parameters.iter().map(|p| p.word()).collect(),
                title: &c.title,
            })
            .collect(),
        groups: model
            .groups
            .iter()
            .map(|g| JsonGroup {
                id: &g.id,
                title: &g.title,
                conditions: g
                    .conditions
                    .iter()
                    .map(|c| lang::condition(model, c))
                    .collect(),
                proposal: g.proposal.map(|p| model.proposals[p.index()].id.as_str()),
            })
            .collect(),
        actors: model
            .actors
            .iter()
            .map(|a| JsonActor {
                id: &a.id,
                title: &a.title,
                per_member_state: a.per_member_state,
            })
            .collect(),
        states: model
            .states
            .iter()
            .map(|s| JsonState {
                id: &s.id,
                title: &s.title,
                membership: json_periods(&s.membership),
            })
            .collect(),
        procedures: model
            .procedures
            .iter()
            .map(|p| JsonProcedure {
                id: &p.id,
                title: &p.title,
                route: p.route.word(),
                cost_rank: p.cost_rank,
                steps: &p.steps,
                decides: actors(&p.decides),
                voting: p.voting.word(),
                consent: actors(&p.consent),
                ratified_by: actors(&p.ratified_by),
                veto: actors(&p.veto),
                described_in: p.described_in.map(|d| model.citation(d)),
            })
            .collect(),
        proposals: model
            .proposals
            .iter()
            .map(|p| JsonProposal {
                id: &p.id,
                title: &p.title,
                source: p.source.as_deref(),
                date: p.date.map(|d| d.to_string()),
                proposed_by: p.proposed_by.as_deref(),
                invented: p.invented.as_deref(),
                groups: p
                    .groups
                    .iter()
                    .map(|g| model.groups[g.index()].id.as_str())
                    .collect(),
                creates: p
                    .creates
                    .iter()
                    .map(|c| JsonCreation {
                        status: &model.statuses[c.status.index()].id,
                        redefines: c.redefines,
                        group: &model.groups[c.group.index()].id,
                        note: c.note.as_deref(),
                    })
                    .collect(),
                grants: p
                    .measures
                    .iter()
                    .map(|g| JsonGrant {
                        id: &g.id,
                        right: model.object_words(g.object),
                        group: g.group.map(|g| model.groups[g.index()].id.as_str()),
                        through: g.through.map(|s| model.statuses[s.index()].id.as_str()),
                        likely: g.likely,
                        basis: g.basis.map(|b| model.citation(b)),
                        basis_procedure: g
                            .basis_procedure
                            .map(|p| model.procedures[p.index()].id.as_str()),
                        note: g.note.as_deref(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// How many articles are made into JSON together, on every core, before
/// they are added to the document: the document is built once, not held
/// twice.
const ARTICLES_A_BATCH: usize = 4096;

/// The model's JSON with each instrument's articles written into its empty
/// `"articles": []`. A corpus at the read limit is 930 MB of JSON, nearly
/// all of it articles: they are made on every core, a batch at a time, each
/// at its depth in the document, so that the bytes are those of the whole
/// document made at once (a test compares them).
fn with_articles(model: &Model, skeleton: &str, a_batch: usize) -> String {
    let mut out = Vec::with_capacity(skeleton.len());
    write_with_articles(model, skeleton, a_batch, &mut out).expect("a vector takes every write");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// [`with_articles`], written to `out` a batch at a time.
fn write_with_articles(
    model: &Model,
    skeleton: &str,
    a_batch: usize,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    // An instrument's fields stand three levels in; `articles` is its last.
    const EMPTY: &str = "\n      \"articles\": []";
    let mut rest = skeleton;
    for instrument in &model.instruments {
        let at = rest
            .find(EMPTY)
            .expect("each instrument's articles are written empty");
        let (before, after) = rest.split_at(at + EMPTY.len());
        rest = after;
        if instrument.articles.is_empty() {
            out.write_all(before.as_bytes())?;
            continue;
        }
        out.write_all(&before.as_bytes()[..before.len() - 1])?;
        for (n, batch) in instrument.articles.chunks(a_batch).enumerate() {
            let made = crate::parallel::map(batch, |&article| {
                let mut json = Vec::new();
                crate::report::write_inert_json(&json_provision(model, article), 4, &mut json);
                json
            });
            for (m, json) in made.iter().enumerate() {
                out.write_all(if n == 0 && m == 0 {
                    b"\n        "
                } else {
                    b",\n        "
                })?;
                out.write_all(json)?;
            }
        }
        out.write_all(b"\n      ]")?;
    }
    out.write_all(rest.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The model's JSON, its articles made apart in batches of 1, 3 and
    /// more, is byte for byte the document made at once.
    #[test]
    fn articles_made_apart_make_the_same_document() {
        let mut loaded = crate::load::Loaded::default();
        loaded.files = crate::load::embedded_corpus();
        let workspace = crate::driver::analyse_sources(loaded);
        let model = &workspace.model;
        let whole = to_json(&json_model(model, true));
        let skeleton = to_json(&json_model(model, false));
        assert!(
            whole.len() > 2 * skeleton.len(),
            "the articles are most of it"
        );
        for a_batch in [1, 3, ARTICLES_A_BATCH] {
            assert!(
                with_articles(model, &skeleton, a_batch) == whole,
                "batches of {a_batch}"
            );
        }
        assert!(model_json(model) == whole);
    }
}
