//! One measure judged: what it does (grant, withhold, withdraw, arrange,
//! accede, implement), by whom, to whom, and from when. Each kind finds its
//! candidate routes; what is common to every kind is then applied in one
//! place: the actor keeps only the routes it can take (a Member State cannot
//! legislate for the Union; the Union does not legislate by agreement), the
//! limits of Union law that apply give tests met, failed or open, and a group
//! that no single route reaches may be covered by routes over its parts.
//!
//! `incompatible` comes out when the measure, as it stands, by the actor and
//! route it names, breaches the Treaties: a prohibition applies, a test is
//! failed, a conferred right is withheld without a provision that allows
//! it, or no route open to the actor reaches it. The routes that would cure
//! it (treaty revision, a Union act) are still shown beside it.

use super::conditions::Evaluator;
use super::explain::{self, quote, step};
use super::nationality;
use super::routes::{self, Route};
use super::*;
use std::borrow::Cow;

/// What a judgement is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Judging {
    /// The group, or one alternative of it: shown with its reasoning, and
    /// split into parts when no single route reaches it.
    Shown,
    /// The rest of a group a cheaper route reaches in part: only its
    /// verdict and route count, so nothing is worded and nothing split.
    Rest,
}

/// What one group (or part of one) gets from the routes.
struct Judgement {
    breaches: Vec<Breach>,
    /// Conditions of a provision the measure relies on that the group leaves open.
    conditions: Vec<TestCondition>,
    routes: Vec<Route>,
    chosen: Option<usize>,
    verdict: Verdict,
    steps: Vec<Step>,
    cover: Vec<CoverPart>,
}

pub fn analyse_measure(context: &Context, claim: &Claim) -> GrantAnalysis {
    let model = context.model;
    let measure = &model.proposals[context.proposal.index()].measures[claim.index];
    // A measure that applies from its own day reads the facts then.
    let own_evaluator;
    let evaluator: &Evaluator = match measure.applies_from {
        Some(day) => {
            own_evaluator = context.evaluator.on_day(day);
            &own_evaluator
        }
        None => context.evaluator,
    };
    let alternatives: Vec<std::rc::Rc<[Condition]>> = match measure.group {
        Some(g) if model.groups[g.index()].alternatives.len() > 1 => model.groups[g.index()]
            .alternatives
            .iter()
            .map(|a| evaluator.expand(a).into())
            .collect(),
        _ => vec![std::rc::Rc::clone(&claim.have)],
    };
    let mut judgement = if alternatives.len() == 1 {
        let known = measure
            .applies_from
            .is_none()
            .then_some((claim.conferrals.as_slice(), claim.bases.as_slice()));
        judge(
            context,
            evaluator,
            claim,
            &alternatives[0],
            Judging::Shown,
            known,
        )
    } else {
        // Each alternative of the group is judged on its own; the group
        // gets the most expensive, and every part is shown.
        let mut parts = Vec::new();
        for (i, have) in alternatives.iter().enumerate() {
            parts.push((
                i,
                judge(context, evaluator, claim, have, Judging::Shown, None),
            ));
        }
        let verdict = parts
            .iter()
            .map(|(_, j)| j.verdict)
            .max()
            .unwrap_or(Verdict::Compatible);
        let mut routes = Vec::new();
        let mut cover = Vec::new();
        let mut steps = Vec::new();
        let mut parts_breaches = Vec::new();
        let mut parts_conditions = Distinct::default();
        let written = measure.group.map(|g| &model.groups[g.index()].alternatives);
        for (i, part) in parts {
            parts_breaches.extend(part.breaches);
            for condition in part.conditions {
                parts_conditions.push(condition);
            }
            // The alternative as the proposal wrote it, not as expanded.
            let words = match written {
                Some(written) => words::conditions(model, &written[i]),
                None => words::conditions(model, &alternatives[i]),
            };
            cover.push(CoverPart {
                part: format!("those who meet {words}"),
                verdict: part.verdict,
                basis: part.chosen.and_then(|c| part.routes[c].provision),
            });
            // The reasoning of the first parts is written out, the rest
            // counted: each grant to the group repeats it, and `cover` and
            // the routes name every part.
            if i < explain::MOST_NAMED {
                steps.push(step(
                    StepKind::Condition,
                    format!("For those in the group who meet {words}:"),
                    None,
                ));
                steps.extend(part.steps);
            }
            for mut route in part.routes {
                route.partial = Some(match route.partial {
                    Some(p) => format!("for those who meet {words}; {p}"),
                    None => format!("for those who meet {words}"),
                });
                route.chosen = false;
                routes.push(route);
            }
        }
        if alternatives.len() > explain::MOST_NAMED {
            steps.push(step(
                StepKind::Condition,
                format!(
                    "Not written out here: the reasoning for {} more parts of the group; the grant's cover gives each part's verdict",
                    alternatives.len() - explain::MOST_NAMED
                ),
                None,
            ));
        }
        Judgement {
            breaches: parts_breaches,
            conditions: parts_conditions.list,
            routes,
            chosen: None,
            verdict,
            steps,
            cover,
        }
    };
    let mut explanation = Vec::with_capacity(judgement.steps.len() + 2);
    explanation.push(explain::claim_step(context.proposal, claim));
    explanation.append(&mut judgement.steps);

    // Limits of Union law on the use of the competence, and what follows
    // from the measure (a nationality withdrawn takes Union citizenship with it).
    let consequences = consequences(model, evaluator, context.nationality, measure, &claim.have);
    for (status, gained) in &consequences {
        explanation.push(step(
            StepKind::Status,
            format!(
                "As a consequence the group {} `{}` ({})",
                if *gained { "acquires" } else { "loses" },
                model.statuses[status.index()].id,
                model.statuses[status.index()].title
            ),
            None,
        ));
    }
    let (mut conditions, mut breaches) = apply_limits(
        context,
        evaluator,
        claim,
        measure,
        &consequences,
        &mut explanation,
    );
    conditions.splice(0..0, std::mem::take(&mut judgement.conditions));
    let mut verdict = judgement.verdict;
    if !breaches.is_empty() {
        verdict = Verdict::Incompatible;
        let mut text = String::from("As it stands the measure breaches the Treaties: ");
        explain::push_named(&mut text, &breaches, "; ", |text, b| text.push_str(&b.text));
        explanation.push(step(StepKind::Route, text, None));
    } else if verdict != Verdict::Incompatible {
        let mut open = conditions
            .iter()
            .filter(|c| c.status == TestStatus::Open)
            .peekable();
        if open.peek().is_some() {
            let mut text = String::from("The verdict holds provided that the measure meets ");
            explain::push_named(&mut text, open, " and ", |text, c| {
                text.push('`');
                text.push_str(&c.test_words(model));
                text.push_str("` (");
                text.push_str(c.title(model));
                text.push_str(", ");
                model.push_display_citation(text, c.provision);
                text.push(')');
            });
            text.push_str(": the proposal does not say whether it does");
            explanation.push(step(StepKind::Route, text, None));
        }
    }
    let mut routes = judgement.routes;
    routes::sort_routes(&mut routes);
    GrantAnalysis {
        id: claim.id.clone(),
        measure: measure.measure.clone(),
        action: action_word(measure.power),
        actor: explain::actor_words(model, measure.actor),
        applies_from: measure
            .applies_from
            .or(model.proposals[context.proposal.index()].applies_from)
            .filter(|d| *d != context.law_date),
        conditions,
        cover: judgement.cover,
        breaches: {
            breaches.extend(judgement.breaches);
            breaches
        },
        kind: claim.kind,
        right: model.object_words(measure.object),
        right_title: model.object_title(measure.object),
        beneficiary: measure
            .group
            .map_or_else(String::new, |g| model.groups[g.index()].id.clone()),
        beneficiary_title: measure
            .group
            .map_or_else(String::new, |g| model.groups[g.index()].title.clone()),
        likely: measure.likely,
        verdict,
        routes,
        redefines: Vec::new(),
        explanation,
        diagram: None,
        span: claim.span,
    }
}

/// The word of what a measure does, as outputs print it.
pub fn action_word(power: Power) -> &'static str {
    match power {
        Power::Grant => "grant",
        Power::Facilitate => "implement",
        Power::Withhold => "withhold",
        Power::Withdraw => "withdraw",
        Power::Arrange => "arrange",
        Power::Accede => "accede",
    }
}

/// Judges a measure for one description of its group.
fn judge(
    context: &Context,
    evaluator: &Evaluator,
    claim: &Claim,
    have: &[Condition],
    judging: Judging,
    known: Option<(&[Check], &[Check])>,
) -> Judgement {
    let model = context.model;
    let measure = &model.proposals[context.proposal.index()].measures[claim.index];
    // The claim's own checks serve when the group and the day are the
    // claim's; a part of the group, or a later day, needs its own.
    let (conferrals, bases): (Cow<[Check]>, Cow<[Check]>) = match known {
        Some((conferrals, bases)) => (Cow::Borrowed(conferrals), Cow::Borrowed(bases)),
        None => {
            let (conferrals, bases) = checks_for(
                model,
                context.graph,
                evaluator,
                measure.power,
                measure.object,
                have,
            );
            (Cow::Owned(conferrals), Cow::Owned(bases))
        }
    };
    let shown = judging == Judging::Shown;
    let mut steps = if shown {
        routes::conferral_steps(context, claim, &conferrals)
    } else {
        Vec::new()
    };
    let mut open_permissions: Vec<(ProvisionId, TestCondition)> = Vec::new();
    let mut breaches = Vec::new();
    // A provision allowing a restriction on conditions the group leaves
    // open, or a competence left to a Member State on such conditions when a
    // Member State acts, makes the verdict conditional on them (unless
    // another provision allows it outright), instead of leaving no route.
    let member_state_acts = measure.actor.kind != ActorKind::Union;
    let bases: Cow<[Check]> = if measure.power == Power::Withhold || member_state_acts {
        let conditional = |check: &Check| {
            measure.power == Power::Withhold
                || matches!(&graph::statement(model, check.statement).kind,
                    StatementKind::Empowers { procedure, .. }
                        if model.procedures[procedure.index()].route == RouteKind::NationalCompetence)
        };
        let outright = bases.iter().any(|c| c.result.is_ok() && conditional(c));
        bases
            .iter()
            .cloned()
            .map(|mut check| {
                if let Err(unmet) = &check.result {
                    if unmet.open && conditional(&check) {
                        // A rest's conditions are never shown.
                        if !outright && shown {
                            open_permissions.push((
                                check.statement.provision,
                                TestCondition {
                                    test: Requirement::RelyOn(unmet.required(model).into()),
                                    provision: check.statement.provision,
                                    status: TestStatus::Open,
                                },
                            ));
                        }
                        check.result = Ok(());
                    }
                }
                check
            })
            .collect()
    } else {
        bases
    };
    let reach = if shown {
        routes::Reach::WholeOrPart
    } else {
        routes::Reach::Whole
    };
    let mut routes = match measure.power {
        Power::Grant => routes::candidate_routes(context, &conferrals, &bases, reach),
        Power::Withhold => withhold_routes(context, claim, &conferrals, &bases, &mut steps),
        // Arrangements for exercising a right, nationality, statuses,
        // institutional arrangements and accession: only a power to do it.
        _ => {
            if bases.is_empty() && shown {
                steps.push(step(
                    StepKind::Provision,
                    format!(
                        "No provision in force on {} empowers anyone to {} `{}`",
                        context.law_date,
                        action_word(measure.power),
                        model.object_words(measure.object)
                    ),
                    None,
                ));
            }
            routes::candidate_routes(context, &[], &bases, reach)
        }
    };
    restrict_to_actor(model, measure.actor, &mut routes);
    // A State decides only its own nationality.
    if let (MeasureObject::Nationality(state), Some(acting)) = (measure.object, measure.actor.state)
    {
        if state != acting {
            for route in routes
                .iter_mut()
                .filter(|r| r.verdict == Verdict::NationalCompetence)
            {
                route.partial = Some(format!(
                    "only by `{}`, whose nationality it is",
                    model.states[state.index()].id
                ));
            }
        }
    }
    let mut chosen = routes::choose(&mut routes);
    let mut verdict = chosen.map_or(Verdict::Incompatible, |i| routes[i].verdict);
    let mut cover = Vec::new();
    if shown {
        if let Some((parts, cover_verdict)) = split(
            context,
            evaluator,
            claim,
            have,
            (&conferrals, &bases),
            verdict,
        ) {
            verdict = cover_verdict;
            cover = parts;
            for route in &mut routes {
                route.chosen = false;
            }
            chosen = None;
        }
    }
    if !shown {
        // A rest's routes are read, its reasoning never shown.
    } else if !cover.is_empty() {
        let split: Vec<String> = cover
            .iter()
            .map(|p| format!("{}: {}", p.part, p.verdict.word()))
            .collect();
        steps.push(step(
            StepKind::Route,
            format!(
                "No single route reaches the whole group, but routes over its parts cover it: {}",
                split.join("; ")
            ),
            None,
        ));
    } else if chosen.is_none() {
        let step = incompatible_step(context, measure, &routes);
        let withheld =
            measure.power == Power::Withhold && conferrals.iter().any(|c| c.result.is_ok());
        breaches.push(Breach {
            kind: if withheld {
                BreachKind::ConferredRightWithheld
            } else {
                BreachKind::NoRouteForActor
            },
            provision: if withheld {
                conferrals
                    .iter()
                    .find(|c| c.result.is_ok())
                    .map(|c| c.statement.provision)
            } else {
                None
            },
            text: step.words(model).into_owned(),
        });
        steps.push(step);
    } else {
        steps.push(routes::route_step(chosen.map(|i| &routes[i])));
    }
    // Only the conditions of the provision the verdict rests on count; a
    // restriction that needs no permission has none.
    let chosen_provision = chosen.and_then(|i| routes[i].provision);
    let conditions: Vec<TestCondition> = open_permissions
        .into_iter()
        .filter(|(p, _)| Some(*p) == chosen_provision)
        .map(|(_, c)| c)
        .collect();
    Judgement {
        breaches,
        conditions,
        routes,
        chosen,
        verdict,
        steps,
        cover,
    }
}

/// Why nothing open to the actor delivers the measure, and what would cure it.
fn incompatible_step(context: &Context, measure: &Measure, routes: &[Route]) -> Step {
    let model = context.model;
    let cure = routes
        .iter()
        .filter(|r| r.verdict != Verdict::Compatible)
        .min_by_key(|r| r.cost);
    let mut text = format!(
        "No route open to {} delivers it, so as it stands the measure breaches the Treaties",
        explain::actor_words(model, measure.actor)
    );
    if let Some(cure) = cure {
        text.push_str(&format!(
            "; it could be cured by {} ({}{})",
            cure.procedure
                .as_ref()
                .map_or_else(|| cure.verdict.word().to_string(), |p| p.title.clone()),
            cure.basis(model).as_deref().unwrap_or_default(),
            cure.partial
                .as_ref()
                .map(|p| format!(", {p}"))
                .unwrap_or_default()
        ));
    }
    step(StepKind::Route, text, None)
}

/// Withholding a right: free where no provision gives the group the right;
/// else only under a provision that allows the restriction.
fn withhold_routes(
    context: &Context,
    claim: &Claim,
    conferrals: &[Check],
    bases: &[Check],
    steps: &mut Vec<Step>,
) -> Vec<Route> {
    let model = context.model;
    let measure = &model.proposals[context.proposal.index()].measures[claim.index];
    let held = conferrals.iter().any(|c| c.result.is_ok());
    let held_in_part = conferrals
        .iter()
        .any(|c| matches!(&c.result, Err(u) if u.open));
    let mut routes = routes::candidate_routes(context, &[], bases, routes::Reach::WholeOrPart);
    if !held {
        // Nothing gives the whole group the right: withholding it breaches
        // no provision, for those at least whom no provision reaches.
        let national = measure.actor.kind != ActorKind::Union;
        let partial = held_in_part
            .then(|| "only for those in the group whom no provision gives the right".to_string());
        steps.push(step(
            StepKind::Right,
            format!(
                "No provision in force gives the group as a whole `{}`, so withholding it {}",
                model.object_words(measure.object),
                if held_in_part {
                    "breaches no provision for those it does not reach"
                } else {
                    "breaches no provision"
                }
            ),
            None,
        ));
        routes.insert(
            0,
            Route {
                verdict: if national {
                    Verdict::NationalCompetence
                } else {
                    Verdict::Compatible
                },
                provision: None,
                also: Vec::new(),
                also_more: 0,
                procedure: None,
                veto_players: std::sync::Arc::default(),
                partial,
                cost: u32::from(national),
                chosen: false,
            },
        );
    } else {
        steps.push(step(
            StepKind::Right,
            format!(
                "The group holds `{}`, so it may be withheld only where a provision allows the restriction",
                model.object_words(measure.object)
            ),
            None,
        ));
    }
    routes
}

/// Keeps full only the routes the actor can take; the others stay visible,
/// marked, as what another actor could do.
fn restrict_to_actor(model: &Model, actor: MeasureActor, routes: &mut [Route]) {
    for route in routes.iter_mut() {
        let not_for_actor: Option<String> = match (actor.kind, route.verdict) {
            (_, Verdict::Compatible) => None,
            (ActorKind::Union, Verdict::InternationalAgreement | Verdict::TreatyRevision) => None,
            (ActorKind::Union, Verdict::SecondaryLegislation | Verdict::SpecialProcedure)
                if actor.with.is_none() =>
            {
                None
            }
            // A Member State delivers it for itself only: for the Union asked
            // to act, that is a partial route.
            (ActorKind::Union, Verdict::NationalCompetence) => {
                route.partial = Some(match route.partial.take() {
                    Some(p) => format!("{ONE_STATE}; {p}"),
                    None => ONE_STATE.to_string(),
                });
                None
            }
            (ActorKind::Union, _) => Some(format!(
                "the Union acting alone, not by an agreement with `{}`",
                actor
                    .with
                    .map_or("", |s| model.states[s.index()].id.as_str())
            )),
            // The Member State acts for itself, which is what the measure asks.
            (_, Verdict::NationalCompetence) => None,
            (_, Verdict::TreatyRevision) => {
                Some("the Member States together, by amending the Treaties".to_string())
            }
            (_, _) => Some("the Union, not a Member State acting alone".to_string()),
        };
        if let Some(reason) = not_for_actor {
            route.partial = Some(match route.partial.take() {
                Some(p) => format!("only by {reason}; {p}"),
                None => format!("only by {reason}"),
            });
        }
    }
}

/// The words a national route carries when the Union is asked.
const ONE_STATE: &str = "one Member State at a time, each for its own territory";

/// Routes over parts: when a cheaper route reaches those who also meet a
/// condition the group leaves open, and the rest of the group (those who do
/// not) is reached by another route, the two cover the group. The verdict
/// is the dearer of the two, if cheaper than the best single route.
fn split(
    context: &Context,
    evaluator: &Evaluator,
    claim: &Claim,
    have: &[Condition],
    (conferrals, bases): (&[Check], &[Check]),
    verdict: Verdict,
) -> Option<(Vec<CoverPart>, Verdict)> {
    let model = context.model;
    let measure = &model.proposals[context.proposal.index()].measures[claim.index];
    if measure.power != Power::Grant {
        return None;
    }
    let mut best: Option<(Vec<CoverPart>, Verdict)> = None;
    let open_checks = conferrals
        .iter()
        .map(|c| (c, true))
        .chain(bases.iter().map(|c| (c, false)))
        .filter_map(|(c, conferral)| match &c.result {
            Err(unmet) if unmet.open => Some((c, conferral, unmet.condition.clone())),
            _ => None,
        });
    for (check, conferral, condition) in open_checks {
        // The part that meets the open condition is reached by the check's
        // own route; treaty revision reaches everyone and splits nothing.
        let Some(part_route) = routes::route_of(context, check, conferral)
            .filter(|r| r.verdict != Verdict::TreatyRevision)
        else {
            continue;
        };
        // The cover costs at least what the part's route costs: one that
        // cannot beat the best single route, or the best cover found, is
        // not worth judging the rest of the group for.
        if part_route.verdict >= verdict
            || best.as_ref().is_some_and(|(_, v)| *v <= part_route.verdict)
        {
            continue;
        }
        let mut rest = Vec::with_capacity(have.len() + 1);
        rest.extend_from_slice(have);
        rest.push(Condition {
            negated: !condition.negated,
            ..condition.clone()
        });
        let rest = evaluator.expand(&rest);
        let rest_judgement = judge(context, evaluator, claim, &rest, Judging::Rest, None);
        if rest_judgement.chosen.is_none() {
            continue;
        }
        let cover_verdict = part_route.verdict.max(rest_judgement.verdict);
        if cover_verdict >= verdict || best.as_ref().is_some_and(|(_, v)| *v <= cover_verdict) {
            continue;
        }
        let words = words::condition(model, &condition);
        let rest_route = rest_judgement.chosen.map(|i| &rest_judgement.routes[i]);
        best = Some((
            vec![
                CoverPart {
                    part: format!("those who also meet `{words}`"),
                    verdict: part_route.verdict,
                    basis: part_route.provision,
                },
                CoverPart {
                    part: format!("those who do not meet `{words}`"),
                    verdict: rest_judgement.verdict,
                    basis: rest_route.and_then(|r| r.provision),
                },
            ],
            cover_verdict,
        ));
    }
    best
}

/// Statuses the group gains or loses by the measure: a nationality granted
/// or withdrawn carries the statuses defined by holding it.
fn consequences(
    model: &Model,
    evaluator: &Evaluator,
    dependents: &std::sync::OnceLock<nationality::Dependents>,
    measure: &Measure,
    have: &[Condition],
) -> Vec<(StatusId, bool)> {
    let MeasureObject::Nationality(state) = measure.object else {
        return match (measure.power, measure.object) {
            (Power::Withdraw, MeasureObject::Status(s)) => vec![(s, false)],
            _ => Vec::new(),
        };
    };
    let dependents = dependents.get_or_init(|| nationality::Dependents::new(model));
    let Some(nationality) = dependents.condition else {
        return Vec::new();
    };
    let holds = Condition {
        negated: false,
        kind: ConditionKind::Test(nationality, [Argument::State(state)].into()),
        span: measure.span,
    };
    let before: Vec<Condition> = match measure.power {
        Power::Grant => have.to_vec(),
        _ => {
            let mut v = have.to_vec();
            v.push(holds.clone());
            v
        }
    };
    let after: Vec<Condition> = match measure.power {
        Power::Grant => {
            let mut v = have.to_vec();
            v.push(holds.clone());
            v
        }
        _ => have
            .iter()
            .filter(|c| c.negated || c.kind != holds.kind)
            .cloned()
            .chain(std::iter::once(Condition {
                negated: true,
                ..holds.clone()
            }))
            .collect(),
    };
    let before = evaluator.expand(&before);
    let after = evaluator.expand(&after);
    let mut out = Vec::new();
    for &id in &dependents.statuses {
        if model.statuses[id.index()].created_by.is_some() {
            continue;
        }
        let was = evaluator.meets_holder(&before, Holder::Status(id)).is_ok();
        let is = evaluator.meets_holder(&after, Holder::Status(id)).is_ok();
        if was != is {
            out.push((id, is));
        }
    }
    out
}

/// The limits and prohibitions in force that bind this actor for this act:
/// the tests with their status, and the breaches found.
fn apply_limits(
    context: &Context,
    evaluator: &Evaluator,
    claim: &Claim,
    measure: &Measure,
    consequences: &[(StatusId, bool)],
    explanation: &mut Vec<Step>,
) -> (Vec<TestCondition>, Vec<Breach>) {
    let model = context.model;
    let mut conditions = Distinct::default();
    let mut breaches = Vec::new();
    // What the measure does, and what follows from it.
    let mut acts: Vec<(Power, MeasureObject)> = vec![(measure.power, measure.object)];
    for (status, gained) in consequences {
        let power = if *gained {
            Power::Grant
        } else {
            Power::Withdraw
        };
        acts.push((power, MeasureObject::Status(*status)));
    }
    let mut candidates: Vec<graph::Statement> = acts
        .iter()
        .flat_map(|(_, object)| context.graph.limits(*object))
        .collect();
    candidates.sort();
    candidates.dedup();
    let group = super::conditions::Described::new(&claim.have);
    // Each limit and prohibition is a quoted step of the reasoning up to
    // [`explain::MOST_NAMED`]; the rest are counted in one.
    let mut quoted = Quoted {
        steps: explanation,
        written: 0,
        more: 0,
    };
    for statement in candidates {
        let (actor, power, object, holders, required, tests) =
            match &graph::statement(model, statement).kind {
                StatementKind::Limits {
                    actor,
                    power,
                    object,
                    holders,
                    conditions,
                    tests,
                } => (actor, power, object, holders, conditions, Some(tests)),
                StatementKind::Forbids {
                    actor,
                    power,
                    object,
                    holders,
                    conditions,
                } => (actor, power, object, holders, conditions, None),
                _ => continue,
            };
        if !actor.binds(measure.actor.kind)
            || !acts.iter().any(|(p, o)| p == power && object.reaches(*o))
        {
            continue;
        }
        let reaches_group = match holders {
            Scope::Any => Ok(()),
            Scope::Only(list) => best_holder(evaluator, &group, list).1,
        }
        .and_then(|()| evaluator.described_meets_all(&group, required));
        match &reaches_group {
            Err(unmet) if !unmet.open => continue,
            _ => {}
        }
        let provision = statement.provision;
        // Worded only for the steps written here, not for every limit: the
        // reports word the rest.
        let citation = || model.cited(provision);
        match (tests, &reaches_group) {
            // A prohibition that reaches only part of the group: lawful
            // provided the measure spares that part.
            (None, Err(unmet)) => {
                quoted.push(|| {
                    step(
                        StepKind::Provision,
                        format!(
                            "{} forbids {} to {} `{}` for those who meet `{}`: the group leaves it open",
                            citation(),
                            actor.word(),
                            action_word(*power),
                            model.object_words(measure.object),
                            unmet.required(model)
                        ),
                        Some(quote(provision)),
                    )
                });
                let condition = TestCondition {
                    test: Requirement::Spares(unmet.required(model).into()),
                    provision,
                    status: TestStatus::Open,
                };
                conditions.push(condition);
            }
            (None, Ok(())) => {
                breaches.push(Breach {
                    kind: BreachKind::Prohibited,
                    provision: Some(provision),
                    text: format!("{} forbids it", citation()),
                });
                quoted.push(|| {
                    step(
                        StepKind::Provision,
                        format!(
                            "{} forbids {} to {} `{}`",
                            citation(),
                            actor.word(),
                            action_word(*power),
                            model.object_words(measure.object)
                        ),
                        Some(quote(provision)),
                    )
                });
            }
            (Some(tests), reaches_group) => {
                // Whom of the group the limit reaches, when not all of it.
                let for_part: Option<Box<str>> = reaches_group
                    .as_ref()
                    .err()
                    .map(|unmet| unmet.required(model).into());
                for test in tests {
                    let status = if measure.fails.contains(test) {
                        TestStatus::Failed
                    } else if measure.meets.contains(test) {
                        TestStatus::Met
                    } else {
                        TestStatus::Open
                    };
                    quoted.push(|| Step {
                        kind: StepKind::Condition,
                        sentence: super::explain::Sentence::Limit {
                            provision,
                            test: *test,
                            status,
                            for_part: for_part.clone(),
                        },
                        quote: Some(quote(provision)),
                    });
                    if status == TestStatus::Failed {
                        breaches.push(Breach {
                            kind: BreachKind::TestFailed,
                            provision: Some(provision),
                            text: format!(
                                "it fails `{}`, which {} requires",
                                model.tests[test.index()].id,
                                citation()
                            ),
                        });
                    }
                    let condition = TestCondition {
                        test: Requirement::Test(*test),
                        provision,
                        status,
                    };
                    conditions.push(condition);
                }
            }
        }
    }
    if quoted.more > 0 {
        quoted.steps.push(step(
            StepKind::Provision,
            format!(
                "Not quoted here: {} more provisions that limit or forbid the measure, each named among the grant's conditions or its findings' provisions",
                quoted.more
            ),
            None,
        ));
    }
    (conditions.list, breaches)
}

/// A grant's reasoning as limits and prohibitions add their steps: the
/// first [`explain::MOST_NAMED`] written, the rest counted.
struct Quoted<'s> {
    steps: &'s mut Vec<Step>,
    written: usize,
    more: usize,
}

impl Quoted<'_> {
    /// Made only when written: a step words and quotes its provision.
    fn push(&mut self, step: impl FnOnce() -> Step) {
        if self.written < explain::MOST_NAMED {
            self.steps.push(step());
            self.written += 1;
        } else {
            self.more += 1;
        }
    }
}

/// Test conditions in the order found, each once. A measure may meet the
/// same test under thousands of limits: a scan of those before for each
/// grew as their square (1,000 limits and 1,000 grants took 5.8 s).
#[derive(Default)]
struct Distinct {
    list: Vec<TestCondition>,
    /// Those in the list, once it is longer than a scan is worth.
    seen: Option<crate::table::Set<TestCondition>>,
}

impl Distinct {
    /// The most conditions scanned before they are indexed.
    const SCANNED: usize = 8;

    fn push(&mut self, condition: TestCondition) {
        if self.seen.is_none() && self.list.len() >= Self::SCANNED {
            self.seen = Some(self.list.iter().cloned().collect());
        }
        let new = match &mut self.seen {
            Some(seen) if seen.contains(&condition) => false,
            Some(seen) => seen.insert(condition.clone()),
            None => !self.list.contains(&condition),
        };
        if new {
            self.list.push(condition);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn condition(test: usize, provision: usize) -> TestCondition {
        TestCondition {
            test: Requirement::Test(TestId::new(test)),
            provision: ProvisionId::new(provision),
            status: TestStatus::Open,
        }
    }

    #[test]
    fn each_test_condition_is_kept_once_in_the_order_first_found() {
        // Few conditions are scanned, many are indexed: both must agree.
        for count in [3, Distinct::SCANNED, 5 * Distinct::SCANNED] {
            let mut distinct = Distinct::default();
            for round in 0..3 {
                for n in (0..count).rev() {
                    distinct.push(condition(n % 4, n));
                    if round == 0 {
                        // The same test under the same provision, again at once.
                        distinct.push(condition(n % 4, n));
                    }
                }
            }
            let expected: Vec<TestCondition> =
                (0..count).rev().map(|n| condition(n % 4, n)).collect();
            assert_eq!(distinct.list, expected, "{count} conditions");
        }
        // Another status is another condition.
        let mut distinct = Distinct::default();
        distinct.push(condition(1, 1));
        distinct.push(TestCondition {
            status: TestStatus::Met,
            ..condition(1, 1)
        });
        assert_eq!(distinct.list.len(), 2);
    }
}
