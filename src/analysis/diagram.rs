//! The diagrams reports draw of a proposal, as data: the whole proposal
//! (grants → rights → the statuses that hold them → the conditions that fail
//! → the provisions that set them; and each grant → its routes), one small
//! diagram per grant, and an overview of each grant and its cheapest route.
//! Labels are the model's titles; ids stay in the node ids.

use super::*;
use crate::graph::diagram::{slug, Diagram};

pub fn proposal_diagram(model: &Model, claims: &ClaimsByName, grants: &[GrantAnalysis]) -> Diagram {
    let mut d = Diagram::default();
    for grant in grants {
        let grant_id = slug("grant", &grant.id);
        let label = match grant.kind {
            ClaimKind::Right | ClaimKind::Other if grant.beneficiary.is_empty() => {
                format!("{} {}", grant.action, grant.right)
            }
            ClaimKind::Right | ClaimKind::Other => {
                let preposition = if grant.action == "grant" {
                    "to"
                } else {
                    "from"
                };
                format!(
                    "{}s {} {preposition} {}",
                    grant.action, grant.right, grant.beneficiary
                )
            }
            ClaimKind::Status => {
                format!("creates status {} for {}", grant.right, grant.beneficiary)
            }
        };
        d.node(grant_id.clone(), "grant", label, Some(grant.verdict.word()));
        if let Some(claim) = claims.of(grant) {
            match claim.kind {
                ClaimKind::Right => {
                    let right = &model.rights[claim.right.expect("a right claim").index()];
                    let right_id =
                        d.node(slug("right", &right.id), "right", right.id.clone(), None);
                    d.edge(&grant_id, &right_id, "grants", false);
                    holders(model, claim, &right_id, &mut d);
                }
                ClaimKind::Other => {}
                ClaimKind::Status => {
                    if let Some(status) = claim.status {
                        let s = &model.statuses[status.index()];
                        let status_id = d.node(slug("status", &s.id), "status", s.id.clone(), None);
                        d.edge(&grant_id, &status_id, "creates", false);
                    }
                }
            }
        }
        for route in &grant.routes {
            let basis = route
                .provision
                .map(|p| model.citation(p))
                .unwrap_or_default();
            let how = route
                .procedure
                .as_ref()
                .map_or("existing law".to_string(), |p| p.title.clone());
            let route_id = d.node(
                slug("route", &format!("{}_{basis}", route.verdict.word())),
                "route",
                format!("{}: {basis} ({how})", route.verdict.word()),
                Some(route.verdict.word()),
            );
            let label = if route.chosen {
                "cheapest"
            } else if route.partial.is_some() {
                "for part of the group"
            } else {
                "also"
            };
            d.edge(&grant_id, &route_id, label, route.chosen);
        }
    }
    d
}

/// A holder's node: its slug, its kind, its id and its title.
fn holder_box(model: &Model, holder: Holder) -> (String, &'static str, String, String) {
    let (kind, named_id, title) = match holder {
        Holder::Status(s) => (
            "status",
            &model.statuses[s.index()].id,
            &model.statuses[s.index()].title,
        ),
        Holder::Group(g) => (
            "group",
            &model.groups[g.index()].id,
            &model.groups[g.index()].title,
        ),
    };
    (slug(kind, named_id), kind, named_id.clone(), title.clone())
}

/// Each holder the right is conferred on (the first provision for each), and
/// why the group does not hold it.
fn holders(model: &Model, claim: &Claim, right_id: &str, d: &mut Diagram) {
    let mut seen = crate::table::Set::default();
    for check in &claim.conferrals {
        let Some(holder) = check.holder else { continue };
        if !seen.insert(holder) {
            continue;
        }
        let (holder_id, kind, name, _) = holder_box(model, holder);
        d.node(holder_id.clone(), kind, name, None);
        d.edge(
            right_id,
            &holder_id,
            format!("held by ({})", model.citation(check.statement.provision)),
            false,
        );
        if let Err(unmet) = &check.result {
            let required = unmet.required(model);
            let condition_id = d.node(slug("condition", &required), "condition", required, None);
            d.edge(
                &holder_id,
                &condition_id,
                if unmet.open {
                    "requires (open)"
                } else {
                    "requires (not met)"
                },
                false,
            );
            if let Some(source) = unmet.source {
                let citation = model.citation(source.provision);
                let provision_id =
                    d.node(slug("provision", &citation), "provision", citation, None);
                d.edge(&condition_id, &provision_id, "set by", false);
            }
        }
    }
}

/// One route as a node: its procedure and provision, coloured by verdict.
/// Routes that differ only in whom they reach are one node.
fn route_node(model: &Model, d: &mut Diagram, route: &Route, prefix: &str) -> String {
    let citation = route
        .provision
        .map(|p| model.citation(p))
        .unwrap_or_default();
    let how = route
        .procedure
        .as_ref()
        .map_or("existing law".to_string(), |p| p.title.clone());
    let label = if citation.is_empty() {
        format!("{prefix}{how}")
    } else {
        format!("{prefix}{how}: {citation}")
    };
    d.node(
        slug("route", &format!("{}_{citation}", route.verdict.word())),
        "route",
        label,
        Some(route.verdict.word()),
    )
}

/// What a grant gives, in the words of its titles: "the right to move and
/// reside freely ...", "the status of citizen of the Union".
fn grant_label(grant: &GrantAnalysis) -> String {
    match grant.kind {
        ClaimKind::Status => format!("the status of {}", grant.right_title),
        ClaimKind::Right if grant.action == "grant" => format!("the right {}", grant.right_title),
        _ => format!("{}: {}", grant.action, grant.right_title),
    }
}

/// One grant alone: whom it is for, who holds it under the Treaties and
/// why the group does not, the treaty status a new status would redefine,
/// and its routes. Labels are titles; the ids stay in the node ids.
pub fn grant_diagram(model: &Model, claims: &ClaimsByName, grant: &GrantAnalysis) -> Diagram {
    let mut d = Diagram::default();
    let grant_id = d.node(
        slug("grant", &grant.id),
        "grant",
        grant_label(grant),
        Some(grant.verdict.word()),
    );
    if !grant.beneficiary.is_empty() {
        let group = d.node(
            slug("group", &grant.beneficiary),
            "group",
            format!("for: {}", grant.beneficiary_title),
            None,
        );
        d.edge(&grant_id, &group, "for", false);
    }
    for status in &grant.redefines {
        let treaty = d.node(
            slug("status", &status.id),
            "status",
            format!("redefines: {}", status.title),
            None,
        );
        d.edge(&grant_id, &treaty, "redefines", true);
    }
    if let Some(claim) = claims.of(grant).filter(|c| c.kind == ClaimKind::Right) {
        let mut seen = crate::table::Set::default();
        for check in &claim.conferrals {
            let Some(holder) = check.holder else { continue };
            if !seen.insert(holder) {
                continue;
            }
            // Each box says what its arrow means, since the drawing has no arrow labels.
            let (id, kind, _, title) = holder_box(model, holder);
            let holder_id = d.node(
                id,
                kind,
                format!(
                    "held by: {title} ({})",
                    model.citation(check.statement.provision)
                ),
                None,
            );
            d.edge(
                &grant_id,
                &holder_id,
                format!("held by ({})", model.citation(check.statement.provision)),
                false,
            );
            if let Err(unmet) = &check.result {
                let required = unmet.required(model);
                let condition = d.node(
                    slug("condition", &required),
                    "condition",
                    if unmet.open {
                        format!("only those who meet {required}")
                    } else {
                        format!("not met: {required}")
                    },
                    None,
                );
                d.edge(
                    &holder_id,
                    &condition,
                    if unmet.open {
                        "requires (open)"
                    } else {
                        "requires (not met)"
                    },
                    false,
                );
            }
        }
    }
    for route in &grant.routes {
        let (label, prefix) = if route.chosen {
            ("cheapest", "cheapest: ")
        } else if route.partial.is_some() {
            ("for part of the group", "for part of the group: ")
        } else {
            ("also", "also: ")
        };
        let route_id = route_node(model, &mut d, route, prefix);
        d.edge(&grant_id, &route_id, label, route.chosen);
    }
    d
}

/// The proposal at a glance: each grant and the route that decides it,
/// grants sharing a route sharing its node.
pub fn overview(model: &Model, grants: &[GrantAnalysis]) -> Diagram {
    let mut d = Diagram::default();
    for grant in grants {
        let grant_id = d.node(
            slug("grant", &grant.id),
            "grant",
            grant_label(grant),
            Some(grant.verdict.word()),
        );
        if let Some(route) = grant.routes.iter().find(|r| r.chosen) {
            let route_id = route_node(model, &mut d, route, "");
            // Every arrow here leads to the cheapest route: a label would only repeat it.
            d.edge(&grant_id, &route_id, "", true);
        }
    }
    d
}
