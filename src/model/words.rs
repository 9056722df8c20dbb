//! Model pieces written back in the lexcompat language: a statement or a
//! condition reads as an editor would have written it. Used by the analyses
//! for their explanations and by `show`.

use super::*;
use std::sync::OnceLock;

/// Words worth keeping for a provision, one cell per provision, filled on
/// first use by whichever thread asks first.
#[derive(Debug, Clone, Default)]
pub struct Citations(OnceLock<Box<[OnceLock<Box<str>>]>>);

impl Citations {
    /// The words of provision `index` of `count`, worded by `word` the first
    /// time. A provision beyond the count the cells were made for (a model
    /// grown since) is worded every time rather than kept.
    pub fn words(
        &self,
        count: usize,
        index: usize,
        word: impl FnOnce() -> String,
    ) -> std::borrow::Cow<'_, str> {
        match self.cell(count, index) {
            Some(cell) => std::borrow::Cow::Borrowed(cell.get_or_init(|| word().into())),
            None => std::borrow::Cow::Owned(word()),
        }
    }

    fn cell(&self, count: usize, index: usize) -> Option<&OnceLock<Box<str>>> {
        self.0
            .get_or_init(|| (0..count).map(|_| OnceLock::new()).collect())
            .get(index)
    }
}

/// The most provisions, tests, breaches or names one sentence names, and the
/// most limits and prohibitions a grant's reasoning quotes a step each; the
/// rest are counted. The Treaties put a few on a measure, but a
/// corpus may put thousands, and every grant and every finding of it
/// repeated them all: 2,000 limits on 2,000 grants wrote 4 GB of JSON in
/// 29 s. What is counted stays named where it is data: among a grant's
/// conditions and a finding's provisions. A diagnostic's help that lists
/// what the corpus has names as many: an instrument may have thousands of
/// articles.
pub const MOST_NAMED: usize = 12;

/// Each item written by `write`, `separator` between them, the first
/// [`MOST_NAMED`] of them; the rest are counted ("… and 30 more"), not
/// written.
pub fn push_named<T>(
    text: &mut String,
    items: impl IntoIterator<Item = T>,
    separator: &str,
    mut write: impl FnMut(&mut String, T),
) {
    let mut more = 0usize;
    for (at, item) in items.into_iter().enumerate() {
        if at >= MOST_NAMED {
            more += 1;
            continue;
        }
        if at > 0 {
            text.push_str(separator);
        }
        write(text, item);
    }
    if more > 0 {
        // "a and b and 3 more", "a or b or 3 more", "a; b; and 3 more".
        text.push_str(separator);
        if !(separator.ends_with("and ") || separator.ends_with("or ")) {
            text.push_str("and ");
        }
        text.push_str(&more.to_string());
        text.push_str(" more");
    }
}

/// See [`Model::cited`].
pub fn every_numbering(model: &Model, provision: ProvisionId) -> String {
    let mut out = model.display_citation(provision);
    let article = model.article_of(provision);
    let labels = &model.provisions[provision.index()].labels;
    let (chain, position) = model.succession(article);
    if chain.len() < 2 {
        return out;
    }
    // The same paragraph in another numbering, where that article has it.
    let same_place = |other: &ProvisionId| model.subdivision(*other, labels).unwrap_or(*other);
    out.reserve(32 * chain.len().min(2 * MOST_NUMBERINGS + 1));
    push_citations(
        model,
        &mut out,
        ", formerly ",
        chain[..position].iter().rev().map(same_place),
    );
    push_citations(
        model,
        &mut out,
        ", now ",
        chain[position + 1..].iter().map(same_place),
    );
    out
}

/// The most numberings named on either side of a citation's own; more
/// are counted. An article of the Treaties has had at most four (EEC, EC
/// as Maastricht and as Amsterdam numbered it, TFEU), so no real citation
/// is cut, and a corpus with a chain of thousands gets citations of a few
/// lines, not of the whole chain each.
const MOST_NUMBERINGS: usize = 6;

/// `lead` and the provisions cited, nearest first, "A, B and C", written
/// at the end of `out`, at most [`MOST_NUMBERINGS`] of them and then "and
/// 12 more"; nothing for none.
fn push_citations(
    model: &Model,
    out: &mut String,
    lead: &str,
    provisions: impl ExactSizeIterator<Item = ProvisionId>,
) {
    let count = provisions.len();
    let named = count.min(MOST_NUMBERINGS);
    for (i, p) in provisions.take(named).enumerate() {
        out.push_str(match i {
            0 => lead,
            _ if i + 1 == count => " and ",
            _ => ", ",
        });
        model.push_citation(out, p);
    }
    if count > named {
        out.push_str(" and ");
        out.push_str(&(count - named).to_string());
        out.push_str(" more");
    }
}

pub fn holder(model: &Model, holder: Holder) -> &str {
    match holder {
        Holder::Status(s) => &model.statuses[s.index()].id,
        Holder::Group(g) => &model.groups[g.index()].id,
    }
}

pub fn condition(model: &Model, c: &Condition) -> String {
    let mut out = String::new();
    push_condition(model, &mut out, c);
    out
}

/// [`condition`], written onto the end of `out`: the analysis words
/// conditions by the thousand, and one growing string spares an allocation
/// for each name, list and join.
pub fn push_condition(model: &Model, out: &mut String, c: &Condition) {
    // Writing into a `String` cannot fail.
    let _ = write_condition(model, out, c);
}

/// [`condition`], for a sentence's `format!`: written straight into the
/// sentence, with no string of its own.
pub fn shown_condition<'m>(model: &'m Model, c: &'m Condition) -> impl std::fmt::Display + 'm {
    struct Shown<'m>(&'m Model, &'m Condition);
    impl std::fmt::Display for Shown<'_> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write_condition(self.0, f, self.1)
        }
    }
    Shown(model, c)
}

fn write_condition(
    model: &Model,
    out: &mut impl std::fmt::Write,
    c: &Condition,
) -> std::fmt::Result {
    if c.negated {
        out.write_str("not ")?;
    }
    match &c.kind {
        ConditionKind::Holds(s) => out.write_str(&model.statuses[s.index()].id),
        ConditionKind::InGroup(g) => out.write_str(&model.groups[g.index()].id),
        ConditionKind::Test(id, arguments) => {
            out.write_str(&model.conditions[id.index()].id)?;
            if arguments.is_empty() {
                return Ok(());
            }
            out.write_char('(')?;
            for (i, a) in arguments.iter().enumerate() {
                if i > 0 {
                    out.write_str(", ")?;
                }
                out.write_str(match a {
                    Argument::State(s) => model.states[s.index()].id.as_str(),
                    Argument::StateClass(c) => c.word(),
                    Argument::Status(s) => model.statuses[s.index()].id.as_str(),
                    Argument::Group(g) => model.groups[g.index()].id.as_str(),
                })?;
            }
            out.write_char(')')
        }
    }
}

pub fn conditions(model: &Model, conditions: &[Condition]) -> String {
    let mut out = String::new();
    push_conditions(model, &mut out, conditions);
    out
}

/// [`conditions`], written onto the end of `out`.
pub fn push_conditions(model: &Model, out: &mut String, conditions: &[Condition]) {
    for (i, c) in conditions.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_condition(model, out, c);
    }
}

/// A group's alternatives: `a, b or c`.
pub fn alternatives(model: &Model, alternatives: &[Vec<Condition>]) -> String {
    let mut out = String::new();
    push_alternatives(model, &mut out, alternatives);
    out
}

/// [`alternatives`], written onto the end of `out`.
pub fn push_alternatives(model: &Model, out: &mut String, alternatives: &[Vec<Condition>]) {
    for (i, a) in alternatives.iter().enumerate() {
        if i > 0 {
            out.push_str(" or ");
        }
        push_conditions(model, out, a);
    }
}

/// What an `empowers`, `limits` or `forbids` acts on, as written.
pub fn object(model: &Model, object: &Object) -> String {
    match object {
        Object::Rights(Scope::Any) => "any right".to_string(),
        Object::Rights(Scope::Only(r)) => {
            list(r.iter().map(|r| model.rights[r.index()].id.as_str()))
        }
        Object::Nationality => "nationality".to_string(),
        Object::Statuses(s) => format!(
            "status {}",
            list(s.iter().map(|s| model.statuses[s.index()].id.as_str()))
        ),
        Object::Arrangements(a) => {
            list(a.iter().map(|a| model.arrangements[a.index()].id.as_str()))
        }
        Object::Instruments(i) => list(i.iter().map(|i| model.instruments[i.index()].id.as_str())),
    }
}

/// `limits member-state to withdraw nationality from any person where ...`.
fn limit_words(
    model: &Model,
    keyword: &str,
    actor: LimitActor,
    power: Power,
    target: &Object,
    holders: &Scope<Holder>,
    c: &[Condition],
) -> String {
    let mut s = format!(
        "{keyword} {} to {} {} {}",
        actor.word(),
        power.word(),
        object(model, target),
        holders_words(model, power, holders)
    );
    if !c.is_empty() {
        s.push_str(&format!(" where {}", conditions(model, c)));
    }
    s
}

fn holders_words(model: &Model, power: Power, holders: &Scope<Holder>) -> String {
    let preposition = match power {
        Power::Withhold | Power::Withdraw => "from",
        _ => "to",
    };
    match holders {
        Scope::Any => format!("{preposition} any person"),
        Scope::Only(h) => format!(
            "{preposition} {}",
            list(h.iter().map(|h| holder(model, *h)))
        ),
    }
}

fn list<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    let names: Vec<&str> = names.into_iter().collect();
    match names.as_slice() {
        [one] => one.to_string(),
        _ => format!("[{}]", names.join(", ")),
    }
}

/// A statement as one line of the language.
pub fn statement(model: &Model, statement: &Statement) -> String {
    match &statement.kind {
        StatementKind::Defines {
            status,
            conditions: c,
        } => {
            format!(
                "defines {} as {}",
                model.statuses[status.index()].id,
                conditions(model, c)
            )
        }
        StatementKind::Confers {
            rights,
            holders,
            conditions: c,
            limits,
        } => {
            let mut s = format!(
                "confers {} on {}",
                list(rights.iter().map(|r| model.rights[r.index()].id.as_str())),
                list(holders.iter().map(|h| holder(model, *h)))
            );
            if !c.is_empty() {
                s.push_str(&format!(" where {}", conditions(model, c)));
            }
            if !limits.is_empty() {
                s.push_str(&format!(" unless {}", conditions(model, limits)));
            }
            s
        }
        StatementKind::Empowers {
            actor,
            procedure,
            power,
            object: target,
            holders,
            conditions: c,
            excluding,
        } => {
            let mut s = format!(
                "empowers {} by {} to {} {} {}",
                model.actors[actor.index()].id,
                model.procedures[procedure.index()].id,
                power.word(),
                object(model, target),
                holders_words(model, *power, holders)
            );
            if !c.is_empty() {
                s.push_str(&format!(" where {}", conditions(model, c)));
            }
            if !excluding.is_empty() {
                s.push_str(&format!(
                    " excluding {}",
                    list(
                        excluding
                            .iter()
                            .map(|r| model.rights[r.index()].id.as_str())
                    )
                ));
            }
            s
        }
        StatementKind::Limits {
            actor,
            power,
            object: target,
            holders,
            conditions: c,
            tests,
        } => {
            let mut s = limit_words(model, "limits", *actor, *power, target, holders, c);
            s.push_str(&format!(
                " requires {}",
                list(tests.iter().map(|t| model.tests[t.index()].id.as_str()))
            ));
            s
        }
        StatementKind::Forbids {
            actor,
            power,
            object: target,
            holders,
            conditions: c,
        } => limit_words(model, "forbids", *actor, *power, target, holders, c),
        StatementKind::Amends {
            instruments,
            procedure,
        } => format!(
            "amends {} by {}",
            list(
                instruments
                    .iter()
                    .map(|i| model.instruments[i.index()].id.as_str())
            ),
            model.procedures[procedure.index()].id
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(count: usize, separator: &str) -> String {
        let mut text = String::new();
        push_named(&mut text, 1..=count, separator, |text, n| {
            text.push_str(&n.to_string())
        });
        text
    }

    #[test]
    fn twelve_are_named_and_the_rest_counted() {
        assert_eq!(named(0, "; "), "");
        assert_eq!(named(1, "; "), "1");
        assert_eq!(named(12, ", "), "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12");
        assert_eq!(
            named(13, "; "),
            "1; 2; 3; 4; 5; 6; 7; 8; 9; 10; 11; 12; and 1 more"
        );
        assert_eq!(
            named(40, " and "),
            "1 and 2 and 3 and 4 and 5 and 6 and 7 and 8 and 9 and 10 and 11 and 12 and 28 more"
        );
        assert_eq!(
            named(14, " or "),
            "1 or 2 or 3 or 4 or 5 or 6 or 7 or 8 or 9 or 10 or 11 or 12 or 2 more"
        );
    }
}
