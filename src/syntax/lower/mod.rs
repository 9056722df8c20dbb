//! Lowering: pest pairs into the owned syntax tree, one function per rule.
//!
//! Checks what the text alone can tell — escapes, dates, entries given twice —
//! and reports it as diagnostics while still building the tree.

use super::ast::*;
use super::Rule;
use crate::diagnostic::{Code, Diagnostic};
use crate::source::{FileId, Span};
use pest::iterators::{Pair, Pairs};

mod proposals;

type P<'i> = Pair<'i, Rule>;

pub(super) fn lower_file(
    file: FileId,
    offset: usize,
    mut pairs: Pairs<'_, Rule>,
    tree: &mut File,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut lowerer = Lowerer {
        file,
        offset,
        diagnostics,
    };
    let Some(file_pair) = pairs.next() else {
        return;
    };
    for item in file_pair.into_inner() {
        if item.as_rule() == Rule::item {
            let inner = first(item);
            tree.items.push(lowerer.item(inner));
        }
    }
}

/// A provision's body with its lists cut to their length: a vector grown
/// one push at a time holds room for four, and a subdivision is 384 bytes,
/// so most articles' bodies were three quarters empty room.
fn fitted(mut body: ProvisionBody) -> ProvisionBody {
    body.statements.shrink_to_fit();
    body.subdivisions.shrink_to_fit();
    if let Some(details) = &mut body.details {
        details.notes.shrink_to_fit();
        details.in_force.shrink_to_fit();
    }
    body
}

/// The items in a list of exactly their number: collecting from a filtered
/// iterator reserves room for four, and a large corpus holds hundreds of
/// thousands of one-name lists.
fn fitted_list<T>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut list: Vec<T> = items.collect();
    list.shrink_to_fit();
    list
}

/// Lowers a `citation` pair parsed on its own.
pub(super) fn citation(file: FileId, pair: P<'_>) -> Citation {
    let mut diagnostics = Vec::new();
    let mut lowerer = Lowerer {
        file,
        offset: 0,
        diagnostics: &mut diagnostics,
    };
    lowerer.citation(pair)
}

struct Lowerer<'d> {
    file: FileId,
    offset: usize,
    diagnostics: &'d mut Vec<Diagnostic>,
}

fn first(pair: P<'_>) -> P<'_> {
    pair.into_inner()
        .next()
        .expect("grammar guarantees an inner pair")
}

/// Fills an entry that may appear once, reporting a repeat with both spans.
fn once<T>(
    slot: &mut Option<Spanned<T>>,
    value: Spanned<T>,
    what: &str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if let Some(earlier) = slot {
        diagnostics.push(
            Diagnostic::new(Code::RepeatedEntry, format!("`{what}` is given twice"))
                .label(value.span, "given again here")
                .label(earlier.span, "first given here")
                .help(format!("keep one `{what}` entry")),
        );
    } else {
        *slot = Some(value);
    }
}

impl Lowerer<'_> {
    fn span(&self, pair: &P<'_>) -> Span {
        let s = pair.as_span();
        Span::new(self.file, self.offset + s.start(), self.offset + s.end())
    }

    fn name(&self, pair: P<'_>) -> Name {
        Spanned::new(pair.as_str().to_string(), self.span(&pair))
    }

    fn item(&mut self, pair: P<'_>) -> Item {
        match pair.as_rule() {
            Rule::instrument => Item::Instrument(Box::new(self.instrument(pair))),
            Rule::article => Item::Article(self.article(pair)),
            Rule::extension => Item::Extension(self.article(pair)),
            Rule::test_decl => Item::Test(self.vocabulary(pair)),
            Rule::arrangement_decl => Item::Arrangement(self.vocabulary(pair)),
            Rule::procedure => Item::Procedure(Box::new(self.procedure(pair))),
            Rule::actor => Item::Actor(self.actor(pair)),
            Rule::state => Item::State(self.state(pair)),
            Rule::right => Item::Right(self.vocabulary(pair)),
            Rule::status => Item::Status(self.vocabulary(pair)),
            Rule::condition => Item::Condition(self.condition_decl(pair)),
            Rule::group => Item::Group(self.group(pair)),
            Rule::proposal => Item::Proposal(Box::new(self.proposal(pair))),
            other => unreachable!("not an item: {other:?}"),
        }
    }

    fn instrument(&mut self, pair: P<'_>) -> Instrument {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let id = self.name(inner.next().unwrap());
        let title = self.string(inner.next().unwrap());
        let mut instrument = Instrument {
            id,
            title,
            kind: None,
            journal: None,
            celex: None,
            url: None,
            signed: None,
            in_force: Vec::new(),
            based_on: Vec::new(),
            court: None,
            case: None,
            ecli: None,
            decided: None,
            notes: Vec::new(),
            span,
        };
        for entry in inner.filter(|p| p.as_rule() == Rule::instrument_entry) {
            let entry = first(entry);
            match entry.as_rule() {
                Rule::kind_entry => {
                    let word = self.name(second(entry));
                    once(&mut instrument.kind, word, "kind", self.diagnostics);
                }
                Rule::journal_entry => {
                    let s = self.string(second(entry));
                    once(&mut instrument.journal, s, "journal", self.diagnostics);
                }
                Rule::celex_entry => {
                    let s = self.string(second(entry));
                    once(&mut instrument.celex, s, "celex", self.diagnostics);
                }
                Rule::url_entry => {
                    let s = self.string(second(entry));
                    once(&mut instrument.url, s, "url", self.diagnostics);
                }
                Rule::signed_entry => {
                    let d = self.date(second(entry));
                    once(&mut instrument.signed, d, "signed", self.diagnostics);
                }
                Rule::in_force_entry => instrument.in_force.push(self.period(entry)),
                Rule::based_on_entry => instrument.based_on.push(self.citation(second(entry))),
                Rule::court_entry => {
                    let word = self.name(second(entry));
                    once(&mut instrument.court, word, "court", self.diagnostics);
                }
                Rule::case_entry => {
                    let s = self.string(second(entry));
                    once(&mut instrument.case, s, "case", self.diagnostics);
                }
                Rule::ecli_entry => {
                    let s = self.string(second(entry));
                    once(&mut instrument.ecli, s, "ecli", self.diagnostics);
                }
                Rule::decided_entry => {
                    let d = self.date(second(entry));
                    once(&mut instrument.decided, d, "decided", self.diagnostics);
                }
                Rule::note_entry => instrument.notes.push(self.string(second(entry))),
                other => unreachable!("instrument entry {other:?}"),
            }
        }
        instrument
    }

    fn article(&mut self, pair: P<'_>) -> Article {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let mut keyword = inner.next().unwrap();
        let mut judgment_paragraph = false;
        if keyword.as_rule() == Rule::kw_extend {
            // `extend article`: the head runs from `extend` to the reference.
            inner.next();
        } else {
            judgment_paragraph = first(keyword.clone()).as_rule() == Rule::kw_paragraph;
        }
        let reference = inner.next().unwrap();
        if keyword.as_rule() == Rule::article_keyword {
            keyword = first(keyword);
        }
        let head_span = Span::new(
            self.file,
            self.span(&keyword).start(),
            self.span(&reference).end(),
        );
        let mut parts = reference.into_inner();
        let instrument = self.name(parts.next().unwrap());
        let number = self.name(parts.next().unwrap());
        let mut heading = None;
        let mut body = ProvisionBody::default();
        for part in inner {
            match part.as_rule() {
                Rule::string => heading = Some(self.string(part)),
                Rule::article_entry => self.provision_entry(first(part), &mut body),
                Rule::open_brace | Rule::close_brace => {}
                other => unreachable!("article part {other:?}"),
            }
        }
        Article {
            judgment_paragraph,
            instrument,
            number,
            heading,
            body: fitted(body),
            head_span,
            span,
        }
    }

    fn subdivision(&mut self, pair: P<'_>) -> Subdivision {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let kind_pair = inner.next().unwrap();
        let kind = Spanned::new(kind_pair.as_str().to_string(), self.span(&kind_pair));
        let label_pair = inner.next().unwrap();
        let label = self.name(label_pair);
        let head_span = Span::new(self.file, kind.span.start(), label.span.end());
        let mut heading = None;
        let mut body = ProvisionBody::default();
        for part in inner {
            match part.as_rule() {
                Rule::string => heading = Some(self.string(part)),
                Rule::subdivision_1_entry
                | Rule::subdivision_2_entry
                | Rule::subdivision_3_entry => self.provision_entry(first(part), &mut body),
                Rule::open_brace | Rule::close_brace => {}
                other => unreachable!("subdivision part {other:?}"),
            }
        }
        Subdivision {
            kind,
            label,
            heading,
            body: fitted(body),
            head_span,
            span,
        }
    }

    fn provision_entry(&mut self, pair: P<'_>, body: &mut ProvisionBody) {
        match pair.as_rule() {
            Rule::provision_field => self.provision_field(first(pair), body),
            Rule::statement => {
                let statement = self.statement(first(pair));
                body.statements.push(statement);
            }
            Rule::subdivision_1 | Rule::subdivision_2 | Rule::subdivision_3 => {
                let subdivision = self.subdivision(pair);
                body.subdivisions.push(subdivision);
            }
            other => unreachable!("provision entry {other:?}"),
        }
    }

    fn provision_field(&mut self, pair: P<'_>, body: &mut ProvisionBody) {
        match pair.as_rule() {
            Rule::text_entry => {
                let text = self.text_block(second(pair));
                once(&mut body.text, text, "text", self.diagnostics);
            }
            Rule::source_entry => {
                let s = self.string(second(pair));
                once(&mut body.source, s, "source", self.diagnostics);
            }
            Rule::text_status_entry => {
                let word = self.name(second(pair));
                once(&mut body.text_status, word, "text-status", self.diagnostics);
            }
            Rule::journal_entry => {
                let s = self.string(second(pair));
                once(
                    &mut body.details_mut().journal,
                    s,
                    "journal",
                    self.diagnostics,
                );
            }
            Rule::celex_entry => {
                let s = self.string(second(pair));
                once(&mut body.details_mut().celex, s, "celex", self.diagnostics);
            }
            Rule::url_entry => {
                let s = self.string(second(pair));
                once(&mut body.details_mut().url, s, "url", self.diagnostics);
            }
            Rule::in_force_entry => {
                let period = self.period(pair);
                body.details_mut().in_force.push(period);
            }
            Rule::note_entry => {
                let note = self.string(second(pair));
                body.details_mut().notes.push(note);
            }
            other => unreachable!("provision field {other:?}"),
        }
    }

    fn statement(&mut self, pair: P<'_>) -> Statement {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let mut inner = pair.into_inner().filter(|p| !is_keyword(p.as_rule()));
        let kind = match rule {
            Rule::defines => {
                let status = self.name(inner.next().unwrap());
                let conditions = self.one_alternative(inner.next().unwrap());
                StatementKind::Defines { status, conditions }
            }
            Rule::confers => {
                let rights = self.name_list(inner.next().unwrap());
                let holders = self.name_list(inner.next().unwrap());
                let mut conditions = Vec::new();
                let mut limits = Vec::new();
                for clause in inner {
                    match clause.as_rule() {
                        Rule::where_clause => conditions = self.one_alternative(second(clause)),
                        Rule::unless_clause => limits = self.one_alternative(second(clause)),
                        other => unreachable!("confers clause {other:?}"),
                    }
                }
                StatementKind::Confers {
                    rights,
                    holders,
                    conditions,
                    limits,
                }
            }
            Rule::empowers => {
                let actor = self.name(inner.next().unwrap());
                let procedure = self.name(inner.next().unwrap());
                let act = self.act(inner.next().unwrap());
                let mut holders = Scope::Any(act.power.span);
                let mut conditions = Vec::new();
                let mut excluding = Vec::new();
                for clause in inner {
                    match clause.as_rule() {
                        Rule::holder_clause => holders = self.scope(second(clause)),
                        Rule::where_clause => conditions = self.one_alternative(second(clause)),
                        Rule::excluding_clause => excluding = self.name_list(second(clause)),
                        other => unreachable!("empowers clause {other:?}"),
                    }
                }
                StatementKind::Empowers(Box::new(Empowers {
                    actor,
                    procedure,
                    act,
                    holders,
                    conditions,
                    excluding,
                }))
            }
            Rule::limits | Rule::forbids => {
                let actor = self.name(inner.next().unwrap());
                let act = self.act(inner.next().unwrap());
                let mut holders = Scope::Any(act.power.span);
                let mut conditions = Vec::new();
                let mut tests = Vec::new();
                for clause in inner {
                    match clause.as_rule() {
                        Rule::holder_clause => holders = self.scope(second(clause)),
                        Rule::where_clause => conditions = self.one_alternative(second(clause)),
                        Rule::requires_clause => tests = self.name_list(second(clause)),
                        other => unreachable!("limit clause {other:?}"),
                    }
                }
                if rule == Rule::limits {
                    StatementKind::Limits(Box::new(Limit {
                        actor,
                        act,
                        holders,
                        conditions,
                        tests,
                    }))
                } else {
                    StatementKind::Forbids(Box::new(Prohibition {
                        actor,
                        act,
                        holders,
                        conditions,
                    }))
                }
            }
            Rule::amends => {
                let instruments = self.name_list(inner.next().unwrap());
                let procedure = self.name(inner.next().unwrap());
                StatementKind::Amends {
                    instruments,
                    procedure,
                }
            }
            Rule::succeeds => {
                StatementKind::Succeeds(Box::new(self.citation(inner.next().unwrap())))
            }
            Rule::equivalent => {
                StatementKind::Equivalent(Box::new(self.citation(inner.next().unwrap())))
            }
            other => unreachable!("statement {other:?}"),
        };
        Statement { kind, span }
    }

    /// `grant [vote-ep]`, `withdraw nationality`, `accede ECHR`.
    fn act(&mut self, pair: P<'_>) -> Act {
        let mut inner = pair.into_inner();
        let power_pair = inner.next().unwrap();
        let power_span = self.span(&power_pair);
        let power = match first(power_pair).as_rule() {
            Rule::kw_grant => Power::Grant,
            Rule::kw_facilitate => Power::Facilitate,
            Rule::kw_withhold => Power::Withhold,
            Rule::kw_withdraw => Power::Withdraw,
            Rule::kw_arrange => Power::Arrange,
            _ => Power::Accede,
        };
        let object_pair = first(inner.next().unwrap());
        let object_span = self.span(&object_pair);
        let object = match object_pair.as_rule() {
            Rule::any_right => ActObject::AnyRight(object_span),
            Rule::kw_nationality => ActObject::Nationality(object_span),
            Rule::status_object => ActObject::Statuses(self.name_list(second(object_pair))),
            Rule::instrument_list => ActObject::Instruments(self.name_list(object_pair)),
            _ => ActObject::Names(self.name_list(object_pair)),
        };
        Act {
            power: Spanned::new(power, power_span),
            object,
        }
    }

    fn scope(&mut self, pair: P<'_>) -> Scope {
        let inner = first(pair);
        match inner.as_rule() {
            Rule::any_right | Rule::any_person => Scope::Any(self.span(&inner)),
            _ => Scope::Names(self.name_list(inner)),
        }
    }

    /// A `name_list` or `instrument_list`: the names in it, without punctuation.
    fn name_list(&mut self, pair: P<'_>) -> Vec<Name> {
        fitted_list(
            pair.into_inner()
                .filter(|p| matches!(p.as_rule(), Rule::name | Rule::instrument_id))
                .map(|p| self.name(p)),
        )
    }

    /// Conditions where alternatives make no sense (a statement's): an `or`
    /// is reported, and only the first alternative is kept.
    fn one_alternative(&mut self, pair: P<'_>) -> Vec<ConditionTerm> {
        let mut alternatives = self.conditions(pair).into_iter();
        let first_alternative = alternatives.next().unwrap_or_default();
        if let Some(second) = alternatives.next() {
            let Some(at) = second.first().map(|t| t.span) else {
                return first_alternative;
            };
            self.diagnostics.push(
                Diagnostic::new(Code::Syntax, "`or` is only allowed in a group's conditions")
                    .label(at, "an alternative here")
                    .help("a statement's conditions must all hold; write one statement for each alternative"),
            );
        }
        first_alternative
    }

    fn conditions(&mut self, pair: P<'_>) -> Conditions {
        fitted_list(
            pair.into_inner()
                .filter(|p| p.as_rule() == Rule::alternative)
                .map(|alternative| self.alternative(alternative)),
        )
    }

    fn alternative(&mut self, pair: P<'_>) -> Vec<ConditionTerm> {
        fitted_list(
            pair.into_inner()
                .filter(|p| p.as_rule() == Rule::condition_term)
                .map(|term| self.condition_term(term)),
        )
    }

    fn condition_term(&mut self, term: P<'_>) -> ConditionTerm {
        let span = self.span(&term);
        let mut negated = false;
        let mut name = None;
        let mut arguments = Vec::new();
        for part in term.into_inner() {
            match part.as_rule() {
                Rule::negation => negated = true,
                Rule::name => name = Some(self.name(part)),
                Rule::arguments => {
                    arguments = fitted_list(
                        part.into_inner()
                            .filter(|p| p.as_rule() == Rule::argument)
                            .map(|argument| self.name_list(argument)),
                    )
                }
                other => unreachable!("condition part {other:?}"),
            }
        }
        ConditionTerm {
            negated,
            name: name.expect("grammar guarantees a name"),
            arguments,
            span,
        }
    }

    fn citation(&mut self, pair: P<'_>) -> Citation {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let instrument = self.name(inner.next().unwrap());
        let article = inner.next().unwrap().as_str().to_string();
        let labels = fitted_list(inner.map(|l| first(l).as_str().to_string()));
        Citation {
            instrument,
            article,
            labels,
            span,
        }
    }

    fn procedure(&mut self, pair: P<'_>) -> Procedure {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let id = self.name(inner.next().unwrap());
        let title = self.string(inner.next().unwrap());
        let mut procedure = Procedure {
            id,
            title,
            route: None,
            cost_rank: None,
            steps: Vec::new(),
            decides: Vec::new(),
            voting: None,
            consent: Vec::new(),
            ratified_by: Vec::new(),
            veto: Vec::new(),
            described_in: None,
            notes: Vec::new(),
            span,
        };
        for entry in inner.filter(|p| p.as_rule() == Rule::procedure_entry) {
            let entry = first(entry);
            let entry_span = self.span(&entry);
            match entry.as_rule() {
                Rule::route_entry => {
                    let word = self.name(second(entry));
                    once(&mut procedure.route, word, "route", self.diagnostics);
                }
                Rule::cost_rank_entry => {
                    let number = second(entry);
                    let number_span = self.span(&number);
                    match number.as_str().parse::<u32>() {
                        Ok(n) => once(
                            &mut procedure.cost_rank,
                            Spanned::new(n, number_span),
                            "cost-rank",
                            self.diagnostics,
                        ),
                        Err(_) => self.diagnostics.push(
                            Diagnostic::new(Code::Syntax, "cost rank is too large")
                                .label(number_span, "this number")
                                .help("cost ranks are small whole numbers, cheapest first"),
                        ),
                    }
                }
                Rule::step_entry => procedure.steps.push(self.string(second(entry))),
                Rule::decides_entry => procedure.decides.extend(self.name_list(second(entry))),
                Rule::voting_entry => {
                    let word = self.name(second(entry));
                    once(&mut procedure.voting, word, "voting", self.diagnostics);
                }
                Rule::consent_entry => procedure.consent.extend(self.name_list(second(entry))),
                Rule::ratified_by_entry => {
                    procedure.ratified_by.extend(self.name_list(second(entry)))
                }
                Rule::veto_entry => procedure.veto.extend(self.name_list(second(entry))),
                Rule::described_in_entry => {
                    let citation = self.citation(second(entry));
                    if procedure.described_in.is_some() {
                        self.diagnostics.push(
                            Diagnostic::new(Code::RepeatedEntry, "`described-in` is given twice")
                                .label(entry_span, "given again here")
                                .help("keep one `described-in` entry"),
                        );
                    } else {
                        procedure.described_in = Some(citation);
                    }
                }
                Rule::note_entry => procedure.notes.push(self.string(second(entry))),
                other => unreachable!("procedure entry {other:?}"),
            }
        }
        procedure
    }

    fn actor(&mut self, pair: P<'_>) -> Actor {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let id = self.name(inner.next().unwrap());
        let title = self.string(inner.next().unwrap());
        Actor {
            id,
            title,
            per_member_state: inner.next().is_some(),
            span,
        }
    }

    fn state(&mut self, pair: P<'_>) -> State {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let id = self.name(inner.next().unwrap());
        let title = self.string(inner.next().unwrap());
        let mut territory_of = None;
        let mut treaties_apply = None;
        let mut membership = Vec::new();
        for part in inner {
            match part.as_rule() {
                Rule::territory_clause => {
                    let mut clause = part.into_inner().filter(|p| !is_keyword(p.as_rule()));
                    territory_of = clause.next().map(|p| self.name(p));
                    treaties_apply = clause.next().map(|p| self.name(p));
                }
                _ => membership.push(self.period(part)),
            }
        }
        State {
            id,
            title,
            territory_of,
            treaties_apply,
            membership,
            span,
        }
    }

    fn vocabulary(&mut self, pair: P<'_>) -> Vocabulary {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let id = self.name(inner.next().unwrap());
        let title = self.string(inner.next().unwrap());
        Vocabulary { id, title, span }
    }

    fn condition_decl(&mut self, pair: P<'_>) -> ConditionDecl {
        // An optional clause at the end makes pest take the whitespace after
        // the declaration into its pair: the span ends with its last part.
        let mut span = self.span(&pair);
        if let Some(last) = pair.clone().into_inner().last() {
            span = Span::new(self.file, span.start(), self.span(&last).end());
        }
        let mut inner = pair.into_inner().skip(1);
        let id = self.name(inner.next().unwrap());
        let mut parameters = Vec::new();
        let mut title = None;
        let mut implies = Vec::new();
        for part in inner {
            match part.as_rule() {
                Rule::implies_clause => implies = self.name_list(second(part)),
                Rule::parameters => {
                    parameters = part
                        .into_inner()
                        .filter(|p| p.as_rule() == Rule::name)
                        .map(|p| self.name(p))
                        .collect()
                }
                Rule::string => title = Some(self.string(part)),
                other => unreachable!("condition part {other:?}"),
            }
        }
        ConditionDecl {
            id,
            parameters,
            title: title.expect("grammar guarantees a title"),
            implies,
            span,
        }
    }

    fn group(&mut self, pair: P<'_>) -> Group {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let id = self.name(inner.next().unwrap());
        let title = self.string(inner.next().unwrap());
        let mut conditions = Vec::new();
        let mut note = None;
        for part in inner {
            match part.as_rule() {
                Rule::where_clause => conditions = self.conditions(second(part)),
                Rule::note_entry => note = Some(self.string(second(part))),
                other => unreachable!("group part {other:?}"),
            }
        }
        Group {
            id,
            title,
            conditions,
            note,
            span,
        }
    }

    fn period(&mut self, pair: P<'_>) -> Period {
        let span = self.span(&pair);
        let mut from = None;
        let mut until = None;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::date => from = Some(self.date(part)),
                Rule::until_clause => until = Some(self.date(second(part))),
                _ => {}
            }
        }
        Period {
            from: from.expect("grammar guarantees a date"),
            until,
            span,
        }
    }

    fn date(&mut self, pair: P<'_>) -> Spanned<Date> {
        let span = self.span(&pair);
        let text = pair.as_str();
        let year: u16 = text[0..4].parse().unwrap_or(0);
        let month: u8 = text[5..7].parse().unwrap_or(0);
        let day: u8 = text[8..10].parse().unwrap_or(0);
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => 0,
        };
        if days_in_month == 0 || day == 0 || day > days_in_month {
            let why = if days_in_month == 0 {
                format!("there is no month {month:02}")
            } else {
                format!("month {month:02} of {year} has {days_in_month} days")
            };
            self.diagnostics.push(
                Diagnostic::new(Code::BadDate, format!("`{text}` is not a date"))
                    .label(span, why)
                    .help("write dates as year-month-day, such as `2020-01-31`"),
            );
        }
        Spanned::new(Date { year, month, day }, span)
    }

    /// A one-line string with its escapes decoded.
    fn string(&mut self, pair: P<'_>) -> Text {
        let span = self.span(&pair);
        let content = pair
            .into_inner()
            .find(|p| p.as_rule() == Rule::string_content)
            .expect("grammar guarantees string content");
        let content_start = self.offset + content.as_span().start();
        let raw = content.as_str();
        if !raw.contains('\\') {
            // Most strings have no escape: copied whole, not a character at a time.
            return Spanned::new(raw.to_owned(), span);
        }
        let mut value = String::with_capacity(raw.len());
        let mut chars = raw.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c != '\\' {
                value.push(c);
                continue;
            }
            let escape_start = content_start + i;
            match chars.next() {
                Some((_, '"')) => value.push('"'),
                Some((_, '\\')) => value.push('\\'),
                Some((_, 'n')) => value.push('\n'),
                Some((_, 't')) => value.push('\t'),
                Some((j, 'u')) => {
                    let rest = &raw[j + 1..];
                    let decoded = rest
                        .strip_prefix('{')
                        .and_then(|r| r.split_once('}'))
                        .filter(|(hex, _)| (1..=6).contains(&hex.len()))
                        .and_then(|(hex, _)| u32::from_str_radix(hex, 16).ok().map(|n| (hex.len(), n)))
                        .and_then(|(len, n)| char::from_u32(n).map(|ch| (len, ch)));
                    match decoded {
                        Some((len, ch)) => {
                            value.push(ch);
                            for _ in 0..len + 2 {
                                chars.next();
                            }
                        }
                        None => self.bad_escape(escape_start, 2, "a `\\u` escape is written `\\u{E9}`, with one to six hexadecimal digits of a Unicode character"),
                    }
                }
                Some((_, other)) => self.bad_escape(
                    escape_start,
                    1 + other.len_utf8(),
                    "the escapes are `\\\"`, `\\\\`, `\\n`, `\\t` and `\\u{...}`; write `\\\\` for a backslash",
                ),
                None => self.bad_escape(escape_start, 1, "write `\\\\` for a backslash"),
            }
        }
        Spanned::new(value, span)
    }

    fn bad_escape(&mut self, start: usize, len: usize, help: &str) {
        self.diagnostics.push(
            Diagnostic::new(Code::BadEscape, "unknown escape in a string")
                .label(Span::new(self.file, start, start + len), "this escape")
                .help(help),
        );
    }

    /// A `"""` block's wording: the first and last lines dropped when blank,
    /// the indentation common to all lines removed, trailing spaces trimmed.
    fn text_block(&mut self, pair: P<'_>) -> Wording {
        let span = self.span(&pair);
        let content = pair
            .into_inner()
            .find(|p| p.as_rule() == Rule::text_content)
            .expect("grammar guarantees text content");
        Spanned::new(dedent(content.as_str()).into(), span)
    }
}

/// The second inner pair: the value after an entry's keyword.
fn second(pair: P<'_>) -> P<'_> {
    pair.into_inner()
        .nth(1)
        .expect("grammar guarantees a value after the keyword")
}

/// Whether a rule is one of the grammar's keywords (`kw_...`): read from the
/// rules' names once, since every statement's parts are asked.
fn is_keyword(rule: Rule) -> bool {
    static KEYWORDS: std::sync::OnceLock<Vec<bool>> = std::sync::OnceLock::new();
    KEYWORDS
        .get_or_init(|| {
            let rules = Rule::all_rules();
            let mut keywords =
                vec![false; rules.iter().map(|&r| r as usize + 1).max().unwrap_or(0)];
            for &r in rules {
                keywords[r as usize] = format!("{r:?}").starts_with("kw_");
            }
            keywords
        })
        .get(rule as usize)
        .copied()
        .unwrap_or(false)
}

/// Removes the indentation a text block shares, so the wording is stored as
/// the treaty prints it whatever the layout of the file.
pub fn dedent(raw: &str) -> String {
    let mut lines: Vec<&str> = raw.lines().map(str::trim_end).collect();
    // Wording may start on the line of the opening `"""`; that line has no
    // indentation of its own and must not count towards the common one.
    let starts_on_opening_line = lines.first().is_some_and(|l| !l.trim().is_empty());
    if !starts_on_opening_line && !lines.is_empty() {
        lines.remove(0);
    }
    if lines.len() > 1 && lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    let indentation = |l: &str| l.len() - l.trim_start_matches([' ', '\t']).len();
    let indent = lines
        .iter()
        .skip(usize::from(starts_on_opening_line))
        .filter(|l| !l.trim().is_empty())
        .map(|l| indentation(l))
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 && starts_on_opening_line {
                l.trim_start_matches([' ', '\t'])
            } else {
                // Only ASCII spaces and tabs count as indentation, so the cut
                // always falls on a character boundary.
                &l[indent.min(indentation(l))..]
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::dedent;

    #[test]
    fn dedent_keeps_relative_indentation_and_drops_blank_edges() {
        assert_eq!(
            dedent("\n    One.\n      (a) two;\n    Three.  \n  "),
            "One.\n  (a) two;\nThree."
        );
        assert_eq!(dedent("Single line."), "Single line.");
        assert_eq!(dedent("First.\n      Second.\n    "), "First.\nSecond.");
        assert_eq!(dedent("\n  \u{a0}x\n   y\n"), "\u{a0}x\n y");
    }
}
