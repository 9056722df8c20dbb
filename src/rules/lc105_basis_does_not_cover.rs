//! LC105 basis-does-not-cover: the legal basis the proposal claims does not
//! reach the right or the beneficiaries, or its procedure is misstated.

use super::*;
use crate::analysis::conditions::Unmet;
use crate::analysis::StepKind;

#[doc = include_str!("lc105_basis_does_not_cover.md")]
pub struct BasisDoesNotCover;

static INFO: RuleInfo = RuleInfo {
    code: "LC105",
    name: "basis-does-not-cover",
    severity: Severity::Error,
    summary: "the legal basis claimed does not cover the right or the group, or its procedure is misstated",
    explain: include_str!("lc105_basis_does_not_cover.md"),
};

impl Rule for BasisDoesNotCover {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        let model = context.model;
        let proposal = &model.proposals[context.proposal.index()];
        let mut findings = Vec::new();
        for claim in right_claims(context) {
            let grant = &proposal.measures[claim.index];
            let Some(basis) = grant.basis else { continue };
            if !context.graph.contains(basis) {
                continue; // LC107 reports a basis not in force
            }
            let Some(right) = grant.right() else { continue };
            let statements: Vec<(ProvisionId, &crate::model::Statement)> = model
                .article_provisions(basis)
                .into_iter()
                .filter(|p| *p == basis || is_within(model, *p, basis))
                .flat_map(|p| {
                    model.provisions[p.index()]
                        .statements
                        .iter()
                        .map(move |s| (p, s))
                })
                .filter(|(_, s)| matches!(s.kind, StatementKind::Empowers { .. }))
                .collect();
            let mut explanation = vec![
                explain::claim_step(context.proposal, claim),
                explain::step(
                    StepKind::Provision,
                    format!(
                        "The proposal claims {} as its legal basis",
                        model.cited(basis)
                    ),
                    Some(explain::quote(basis)),
                ),
            ];
            let problem = if statements.is_empty() {
                Some(format!(
                    "{} is not a legal basis: it empowers no one to act",
                    model.citation(basis)
                ))
            } else {
                coverage_problem(
                    context,
                    claim,
                    right,
                    grant.basis_procedure,
                    &statements,
                    &mut explanation,
                )
            };
            if let Some(message) = problem {
                findings.push(finding(&INFO, message, claim, vec![basis], explanation));
            }
        }
        findings
    }
}

/// Whether `p` is a subdivision of `ancestor`.
fn is_within(model: &Model, mut p: ProvisionId, ancestor: ProvisionId) -> bool {
    while let Some(parent) = model.provisions[p.index()].parent {
        if parent == ancestor {
            return true;
        }
        p = parent;
    }
    false
}

/// Why none of the basis's statements delivers the grant, or `None` if one does.
fn coverage_problem(
    context: &Context,
    claim: &Claim,
    right: RightId,
    claimed_procedure: Option<ProcedureId>,
    statements: &[(ProvisionId, &crate::model::Statement)],
    explanation: &mut Vec<Step>,
) -> Option<String> {
    let model = context.model;
    let right_name = &model.rights[right.index()].id;
    let group = claim
        .group
        .map_or("", |g| model.groups[g.index()].id.as_str());
    let mut reasons: Vec<String> = Vec::new();
    let mut group_failure: Option<Box<Unmet>> = None;
    let described = crate::analysis::conditions::Described::new(&claim.have);
    for (provision, statement) in statements {
        let StatementKind::Empowers {
            procedure,
            power,
            object,
            holders,
            conditions,
            excluding,
            ..
        } = &statement.kind
        else {
            continue;
        };
        let citation = model.citation(*provision);
        let reaches = object.reaches(MeasureObject::Right(right));
        if !reaches {
            reasons.push(format!("{citation} does not reach `{right_name}`"));
            continue;
        }
        if excluding.contains(&right) {
            reasons.push(format!("{citation} excludes `{right_name}`"));
            continue;
        }
        if *power != Power::Grant {
            reasons.push(format!("{citation} only facilitates the exercise of `{right_name}` where it already exists"));
            continue;
        }
        let holder_result = match holders {
            Scope::Any => Ok(()),
            Scope::Only(list) => {
                crate::analysis::best_holder(context.evaluator, &described, list).1
            }
        };
        if let Err(unmet) = holder_result.and_then(|()| {
            context
                .evaluator
                .described_meets_all(&described, conditions)
        }) {
            reasons.push(format!(
                "{citation} does not reach `{group}`: `{}` fails because {}",
                unmet.required(model),
                unmet.why(model)
            ));
            group_failure.get_or_insert(unmet);
            continue;
        }
        match claimed_procedure {
            Some(claimed) if claimed != *procedure => reasons.push(format!(
                "{citation} takes the procedure `{}`, not `{}`",
                model.procedures[procedure.index()].id,
                model.procedures[claimed.index()].id
            )),
            _ => return None,
        }
    }
    if let Some(unmet) = &group_failure {
        explanation.extend(explain::unmet_steps(model, unmet, None));
    }
    Some(format!(
        "the legal basis claimed for `{}` cannot deliver it: {}",
        claim.id,
        reasons.join("; ")
    ))
}
