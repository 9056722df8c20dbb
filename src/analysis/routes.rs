//! Routes: every lawful way to deliver a grant — existing law, a legal basis
//! and its procedure, or treaty revision — and the cheapest one, the route of
//! least procedure cost.

use super::explain::{self, quote, step};
use super::*;
use crate::table::{Map, Set};
use std::cell::OnceCell;
use std::sync::Arc;

/// One way to deliver a grant.
#[derive(Debug, Clone)]
pub struct Route {
    pub verdict: Verdict,
    /// The provision that delivers it: the conferring provision, the legal basis, or the amendment procedure.
    pub provision: Option<ProvisionId>,
    /// Other provisions that open the same route, at most [`MOST_ALSO`].
    pub also: Vec<ProvisionId>,
    /// How many more provisions open it, counted, not named.
    pub also_more: usize,
    /// Shared by every route through the procedure.
    pub procedure: Option<Arc<ProcedureView>>,
    /// Shared by every route through the procedure at the date.
    pub veto_players: Arc<[VetoPlayer]>,
    /// `None` for a route that reaches the whole group; else whom it reaches.
    pub partial: Option<String>,
    pub cost: u32,
    /// The route that decides the verdict.
    pub chosen: bool,
}

impl Route {
    /// The citation, in every numbering, of the provision that delivers it.
    pub fn basis<'m>(&self, model: &'m Model) -> Option<std::borrow::Cow<'m, str>> {
        self.provision.map(|p| model.cited(p))
    }
}

/// A procedure as reports show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcedureView {
    /// The procedure shown, whose id is `id`.
    pub procedure: ProcedureId,
    pub id: String,
    pub title: String,
    pub voting: &'static str,
    pub decides: Vec<String>,
    pub consent: Vec<String>,
    pub ratified_by: Vec<String>,
    pub steps: Vec<String>,
    pub notes: Vec<String>,
}

/// Every procedure as reports show it, made once for the whole analysis:
/// a grant has several routes and a corpus many grants, but few procedures.
pub fn procedure_views(model: &Model) -> Vec<Arc<ProcedureView>> {
    (0..model.procedures.len())
        .map(|i| Arc::new(procedure_view(model, ProcedureId::new(i))))
        .collect()
}

fn procedure_view(model: &Model, id: ProcedureId) -> ProcedureView {
    let p = &model.procedures[id.index()];
    let titles = |actors: &[ActorId]| {
        actors
            .iter()
            .map(|a| model.actors[a.index()].title.clone())
            .collect()
    };
    ProcedureView {
        procedure: id,
        id: p.id.clone(),
        title: p.title.clone(),
        voting: p.voting.word(),
        decides: titles(&p.decides),
        consent: titles(&p.consent),
        ratified_by: titles(&p.ratified_by),
        steps: p.steps.clone(),
        notes: p.notes.clone(),
    }
}

/// What every claim of one proposal shares about its routes at the date:
/// each procedure's veto players and the routes of treaty revision, made
/// the first time a claim asks and shared by the rest.
pub struct RoutesAtDate<'a> {
    views: &'a [Arc<ProcedureView>],
    date: Date,
    vetoes: Vec<OnceCell<Arc<[VetoPlayer]>>>,
    revision: OnceCell<Vec<Route>>,
    /// The same, merged where they say the same: what a grant's routes
    /// take in.
    revision_merged: OnceCell<Vec<Route>>,
}

impl<'a> RoutesAtDate<'a> {
    pub fn new(views: &'a [Arc<ProcedureView>], date: Date) -> RoutesAtDate<'a> {
        RoutesAtDate {
            views,
            date,
            vetoes: (0..views.len()).map(|_| OnceCell::new()).collect(),
            revision: OnceCell::new(),
            revision_merged: OnceCell::new(),
        }
    }

    fn view(&self, procedure: ProcedureId) -> Arc<ProcedureView> {
        Arc::clone(&self.views[procedure.index()])
    }

    fn veto_players(&self, model: &Model, procedure: ProcedureId) -> Arc<[VetoPlayer]> {
        Arc::clone(
            self.vetoes[procedure.index()]
                .get_or_init(|| veto_players(model, procedure, self.date).into()),
        )
    }
}

pub fn partial_note(model: &Model, unmet: &Unmet) -> String {
    const WORDS: &str = "only for those in the group who also meet `";
    let mut note = String::with_capacity(WORDS.len() + 48);
    note.push_str(WORDS);
    crate::model::words::push_condition(model, &mut note, &unmet.condition);
    note.push('`');
    note
}

/// Which routes are wanted: a judgement shown to the user lists those that
/// reach only part of the group too; the rest of a split group needs only
/// its cheapest route for the whole of it, which a partial route never is,
/// so its partial routes are not even worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    WholeOrPart,
    Whole,
}

/// Every route from existing law and the legal bases, merged where they say
/// the same, with treaty revision last; with [`Reach::Whole`], only those
/// that reach the whole group.
pub fn candidate_routes(
    context: &Context,
    conferrals: &[Check],
    bases: &[Check],
    reach: Reach,
) -> Vec<Route> {
    let model = context.model;
    let revision = context.routes.revision_merged.get_or_init(|| {
        let mut merged = Merged::default();
        for route in revision_routes(context) {
            merged.add(route);
        }
        merged.routes
    });
    // Room for the routes a grant usually has, not for every check: the
    // routes are kept with the analysis, and checks by the thousand merge
    // into a few routes (4,000 legal bases kept 2 GB of empty room).
    let mut merged = Merged {
        routes: Vec::with_capacity((conferrals.len() + bases.len() + revision.len()).min(SCANNED)),
        ..Merged::default()
    };
    let checks = conferrals
        .iter()
        .map(|c| (c, true))
        .chain(bases.iter().map(|c| (c, false)));
    for (check, conferral) in checks {
        let partial = match &check.result {
            Ok(()) => None,
            Err(unmet) if unmet.open && reach == Reach::WholeOrPart => {
                Some(partial_note(model, unmet))
            }
            Err(_) => continue,
        };
        let Some(route) = route_of(context, check, conferral) else {
            continue;
        };
        merged.add(Route { partial, ..route });
    }
    for route in revision {
        merged.add(route.clone());
    }
    merged.routes
}

/// The most other provisions a route names; more are counted. A few open
/// any route in the Treaties, but a corpus may give one thousands, and
/// every grant's routes would name them all.
pub const MOST_ALSO: usize = explain::MOST_NAMED;

/// How many routes, and how many provisions of one route, a merge scans
/// before it indexes them: a grant has a few routes through a few
/// provisions each, where a scan is cheaper than a table, but a corpus can
/// give one right thousands of provisions.
const SCANNED: usize = 8;

/// What makes two routes the same route: verdict, whom it reaches, procedure.
fn sameness(route: &Route) -> (Verdict, Option<&str>, Option<ProcedureId>) {
    (
        route.verdict,
        route.partial.as_deref(),
        route.procedure.as_ref().map(|p| p.procedure),
    )
}

/// [`sameness`], owned, for a table that outlives the route it was read from.
type RouteKey = (Verdict, Option<String>, Option<ProcedureId>);

fn route_key(route: &Route) -> RouteKey {
    let (verdict, partial, procedure) = sameness(route);
    (verdict, partial.map(str::to_owned), procedure)
}

/// Routes merged where they say the same (verdict, whom they reach,
/// procedure): a route opened again by another provision names it among
/// its `also`, once, or counts it once the route names [`MOST_ALSO`]. A
/// route that is itself merged brings the provisions it names and counts.
#[derive(Default)]
struct Merged {
    routes: Vec<Route>,
    /// Each route by its key, once there are more than [`SCANNED`].
    places: Option<Map<RouteKey, usize>>,
    /// The provisions a route names, by route, once it names more than
    /// [`SCANNED`].
    named: Option<Map<usize, Set<ProvisionId>>>,
}

impl Merged {
    fn add(&mut self, route: Route) {
        if self.places.is_none() && self.routes.len() >= SCANNED {
            let mut places = Map::default();
            for (i, r) in self.routes.iter().enumerate() {
                places.entry(route_key(r)).or_insert(i);
            }
            self.places = Some(places);
        }
        let at = match &mut self.places {
            Some(places) => {
                let key = route_key(&route);
                match places.get(&key) {
                    Some(&at) => Some(at),
                    None => {
                        places.insert(key, self.routes.len());
                        None
                    }
                }
            }
            None => {
                let wanted = sameness(&route);
                self.routes.iter().position(|r| sameness(r) == wanted)
            }
        };
        let Some(at) = at else {
            self.routes.push(route);
            return;
        };
        self.routes[at].also_more += route.also_more;
        for provision in route.provision.into_iter().chain(route.also) {
            self.name(at, provision);
        }
    }

    /// Names `provision` among the provisions that open route `at`, unless
    /// the route already names it; counts it once the route names enough.
    fn name(&mut self, at: usize, provision: ProvisionId) {
        let existing = &mut self.routes[at];
        let new = match self.named.as_mut().and_then(|named| named.get_mut(&at)) {
            Some(names) => names.insert(provision),
            None if existing.also.len() < SCANNED => {
                existing.provision != Some(provision) && !existing.also.contains(&provision)
            }
            None => {
                let mut names: Set<ProvisionId> = existing.also.iter().copied().collect();
                names.extend(existing.provision);
                let new = names.insert(provision);
                self.named
                    .get_or_insert_with(Map::default)
                    .insert(at, names);
                new
            }
        };
        if new && existing.also.len() < MOST_ALSO {
            existing.also.push(provision);
        } else if new {
            existing.also_more += 1;
        }
    }
}

/// The route a conferral or a legal basis opens, as if it reached the
/// whole group; `None` for a basis that names no procedure.
pub fn route_of(context: &Context, check: &Check, conferral: bool) -> Option<Route> {
    let model = context.model;
    let route = Route {
        verdict: Verdict::Compatible,
        provision: Some(check.statement.provision),
        also: Vec::new(),
        also_more: 0,
        procedure: None,
        veto_players: Arc::default(),
        partial: None,
        cost: 0,
        chosen: false,
    };
    if conferral {
        return Some(route);
    }
    let StatementKind::Empowers { procedure, .. } = &graph::statement(model, check.statement).kind
    else {
        return None;
    };
    let proc = &model.procedures[procedure.index()];
    Some(Route {
        verdict: Verdict::of_route(proc.route),
        procedure: Some(context.routes.view(*procedure)),
        veto_players: context.routes.veto_players(model, *procedure),
        cost: proc.cost_rank,
        ..route
    })
}

/// Treaty revision: every amendment procedure in force for primary law.
pub fn revision_routes(context: &Context) -> Vec<Route> {
    context
        .routes
        .revision
        .get_or_init(|| find_revision_routes(context))
        .clone()
}

fn find_revision_routes(context: &Context) -> Vec<Route> {
    let model = context.model;
    let mut routes = Vec::new();
    for statement in context.graph.amendments() {
        let StatementKind::Amends {
            instruments,
            procedure,
        } = &graph::statement(model, statement).kind
        else {
            continue;
        };
        let amends_primary_law = instruments.iter().any(|i| {
            model.instruments[i.index()].kind.is_primary_law()
                && model.instruments[i.index()].in_force_at(context.date)
        });
        if !amends_primary_law {
            continue;
        }
        let proc = &model.procedures[procedure.index()];
        routes.push(Route {
            verdict: Verdict::of_route(proc.route),
            provision: Some(statement.provision),
            also: Vec::new(),
            also_more: 0,
            procedure: Some(context.routes.view(*procedure)),
            veto_players: context.routes.veto_players(model, *procedure),
            partial: None,
            cost: proc.cost_rank,
            chosen: false,
        });
    }
    routes
}

/// Marks the cheapest full route: the one of least procedure cost among
/// those that reach the whole group; ties go to the route found first.
/// Each route is one step from the grant to "delivered", weighted by its
/// cost, so the shortest path through them is their least cost: no graph
/// is built or searched for it (that was 7 % of the analysis's
/// allocations).
pub fn choose(routes: &mut [Route]) -> Option<usize> {
    let (chosen, _) = routes
        .iter()
        .enumerate()
        .filter(|(_, r)| r.partial.is_none())
        .min_by_key(|(_, r)| r.cost)?;
    routes[chosen].chosen = true;
    Some(chosen)
}

pub fn sort_routes(routes: &mut [Route]) {
    routes.sort_by_key(|r| (!r.chosen, r.partial.is_some(), r.cost));
}

/// Which provisions confer the right, on whom, and whether the group meets them.
pub fn conferral_steps(context: &Context, claim: &Claim, conferrals: &[Check]) -> Vec<Step> {
    let model = context.model;
    // Room for a step or two per holder and the verdict's steps after them,
    // as far as a grant usually has them.
    let mut steps = Vec::with_capacity(2 * conferrals.len().min(16) + 2);
    let Some(right) = claim.right else {
        return steps;
    };
    if conferrals.is_empty() {
        steps.push(step(
            StepKind::Right,
            format!(
                "No provision in force on {} confers `{}` on anyone",
                context.date,
                model.rights[right.index()].id
            ),
            None,
        ));
    }
    // One quote per holder: the first provision (primary law first) that
    // confers the right on it. Each holder's conferrals are gathered in one
    // pass: a right may be conferred by thousands of provisions on
    // thousands of holders, and a search per conferral grew as their
    // product (20,000 took 0.6 s, 40,000 took 2.4 s).
    let mut holders: Vec<Holder> = Vec::new();
    let mut by_holder: Map<Holder, Vec<&Check>> = Map::default();
    for check in conferrals {
        let Some(holder) = check.holder else { continue };
        by_holder
            .entry(holder)
            .or_insert_with(|| {
                holders.push(holder);
                Vec::new()
            })
            .push(check);
    }
    for holder in holders {
        let Some((&check, rest)) = by_holder[&holder].split_first() else {
            continue;
        };
        let also: Box<[ProvisionId]> = rest
            .iter()
            .filter(|c| c.statement.provision != check.statement.provision)
            .map(|c| c.statement.provision)
            .collect();
        steps.push(Step {
            kind: StepKind::Provision,
            sentence: explain::Sentence::Confers {
                statement: check.statement,
                right,
                holder,
                also,
            },
            quote: Some(quote(check.statement.provision)),
        });
        match &check.result {
            Ok(()) => steps.push(Step {
                kind: StepKind::Condition,
                sentence: explain::Sentence::GroupMeets(claim.group),
                quote: None,
            }),
            Err(unmet) => steps.extend(explain::unmet_steps(model, unmet, Some(holder))),
        }
    }
    steps
}

pub fn route_step(chosen: Option<&Route>) -> Step {
    match chosen {
        None => step(
            StepKind::Route,
            "No route in the corpus can deliver it: no provision in force confers it on the group, no legal basis reaches it, and no procedure in force amends the Treaties",
            None,
        ),
        Some(route) => Step {
            kind: StepKind::Route,
            sentence: explain::Sentence::Route {
                verdict: route.verdict,
                provision: route.provision,
                procedure: route.procedure.clone(),
                veto_players: Arc::clone(&route.veto_players),
            },
            quote: route.provision.map(quote),
        },
    }
}

/// A created status: treaty revision where a rule found that it redefines a
/// status the Treaties define; otherwise what its rights cost.
pub fn analyse_creation(
    context: &Context,
    claim: &Claim,
    grants: &[GrantAnalysis],
) -> GrantAnalysis {
    let model = context.model;
    let creation = &model.proposals[context.proposal.index()].creates[claim.index];
    let status = &model.statuses[creation.status.index()];
    let group = &model.groups[creation.group.index()];
    let mut explanation = vec![explain::claim_step(context.proposal, claim)];
    let mut redefines = Vec::new();
    let (mut routes, chosen_verdict) = match super::redefinition::redefinition(context, claim) {
        Some(found) => {
            redefines = found
                .statuses
                .iter()
                .map(|s| Named {
                    id: model.statuses[s.index()].id.clone(),
                    title: model.statuses[s.index()].title.clone(),
                })
                .collect();
            explanation.extend(found.explanation.iter().skip(1).cloned());
            let mut routes = revision_routes(context);
            let chosen = choose(&mut routes);
            let verdict = chosen.map_or(Verdict::Incompatible, |i| routes[i].verdict);
            explanation.push(route_step(chosen.map(|i| &routes[i])));
            (routes, verdict)
        }
        None => {
            let carried: Vec<&GrantAnalysis> = context
                .carried_through(creation.status)
                .map(|(_, index)| &grants[index])
                .collect();
            let verdict = carried
                .iter()
                .map(|g| g.verdict)
                .max()
                .unwrap_or(Verdict::Compatible);
            let text = if carried.is_empty() {
                "The status carries no right in the proposal, so creating it changes no law"
                    .to_string()
            } else {
                let names: Vec<String> = carried
                    .iter()
                    .map(|g| format!("`{}` ({})", g.id, g.verdict.word()))
                    .collect();
                format!(
                    "Creating the status costs what its rights cost: {}",
                    names.join(", ")
                )
            };
            explanation.push(step(StepKind::Route, text, None));
            (Vec::new(), verdict)
        }
    };
    sort_routes(&mut routes);
    GrantAnalysis {
        id: claim.id.clone(),
        measure: claim.id.clone(),
        action: "create status",
        actor: explain::actor_words(model, creation.actor),
        applies_from: creation.applies_from,
        conditions: Vec::new(),
        cover: Vec::new(),
        breaches: Vec::new(),
        kind: ClaimKind::Status,
        right: status.id.clone(),
        right_title: status.title.clone(),
        beneficiary: group.id.clone(),
        beneficiary_title: group.title.clone(),
        likely: false,
        verdict: chosen_verdict,
        routes,
        redefines,
        explanation,
        diagram: None,
        span: claim.span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(cost: u32, partial: bool) -> Route {
        Route {
            verdict: Verdict::SecondaryLegislation,
            provision: None,
            also: Vec::new(),
            also_more: 0,
            procedure: None,
            veto_players: Arc::from(Vec::new()),
            partial: partial.then(|| "only some".to_string()),
            cost,
            chosen: false,
        }
    }

    fn chosen(routes: &mut [Route]) -> (Option<usize>, Vec<bool>) {
        let index = choose(routes);
        (index, routes.iter().map(|r| r.chosen).collect())
    }

    #[test]
    fn the_cheapest_full_route_is_chosen_and_the_first_of_equals() {
        let mut routes = [
            route(3, false),
            route(2, true),
            route(2, false),
            route(2, false),
        ];
        assert_eq!(
            chosen(&mut routes),
            (Some(2), vec![false, false, true, false])
        );
    }

    #[test]
    fn a_single_full_route_is_chosen_and_partial_routes_never_are() {
        let mut routes = [route(1, true), route(6, false)];
        assert_eq!(chosen(&mut routes), (Some(1), vec![false, true]));
        let mut partial_only = [route(1, true), route(2, true)];
        assert_eq!(chosen(&mut partial_only), (None, vec![false, false]));
        assert_eq!(chosen(&mut []), (None, vec![]));
    }
}
