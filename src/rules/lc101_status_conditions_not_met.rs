//! LC101 status-conditions-not-met: the Treaties give the right only to
//! holders of a status whose conditions the beneficiaries do not meet.

use super::*;

pub struct StatusConditionsNotMet;

static INFO: RuleInfo = RuleInfo {
    code: "LC101",
    name: "status-conditions-not-met",
    severity: Severity::Warning,
    summary:
        "the beneficiaries do not meet the conditions of the status the Treaties give the right to",
    explain: r#"# LC101 status-conditions-not-met

## What it detects
A grant of a right that primary law (the Treaties, the Charter) in force at
the proposal's date confers only on holders of statuses, where the
beneficiary group's description rules out every one of those statuses.

## Why
Under the principle of conferral (Art. 5(2) TEU) a right exists for whom the
Treaties give it to. When the Treaties tie a right to a status — the right to
move and reside (Art. 21(1) TFEU) to citizenship of the Union, which Art. 20(1)
TFEU and Art. 9 TEU tie to holding a Member State's nationality — persons
outside that status do not hold the right under the Treaties, whatever else
secondary law or an agreement may give them. The finding quotes the
conferring provision, the status's definition and the condition that fails.

## Flagged
A grant of `move-and-reside` to a group described as nationals of a State that
is not a Member State at the proposal's date.

## Not flagged
The same grant to nationals of a Member State; a grant of a right no primary
law confers (secondary law or an agreement may still give it); a group that
might meet the status (for instance one not described by nationality at all).

## Limits
A group is read as holding only the nationalities that describe it; dual
nationals are outside what the tool judges. The routes of the grant still
show how else the right can be delivered.

## References
Art. 5(2) TEU; Art. 9 TEU; Art. 20(1) and 21(1) TFEU; Art. 8 and 8a EC (Maastricht).
"#,
};

impl Rule for StatusConditionsNotMet {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, context: &Context) -> Vec<Finding> {
        let model = context.model;
        let mut findings = Vec::new();
        for claim in right_claims(context) {
            let primary: Vec<_> = claim
                .conferrals
                .iter()
                .filter(|c| is_primary(model, c.statement.provision))
                .collect();
            let all_ruled_out = !primary.is_empty()
                && primary.iter().all(|c| {
                    matches!(c.holder, Some(Holder::Status(_)))
                        && matches!(&c.result, Err(u) if !u.open)
                });
            if !all_ruled_out {
                continue;
            }
            let right = &model.rights[claim.right.expect("right claim").0];
            let group = &model.groups[claim.group.0];
            let mut holders: Vec<String> = primary
                .iter()
                .filter_map(|c| match c.holder {
                    Some(Holder::Status(s)) => Some(format!("`{}`", model.statuses[s.0].id)),
                    _ => None,
                })
                .collect();
            holders.dedup();
            let first = primary[0];
            let Err(unmet) = &first.result else { continue };
            let mut explanation = vec![explain::claim_step(model, context.proposal, claim)];
            explanation.push(explain::step(
                crate::analysis::StepKind::Provision,
                format!(
                    "{} confers `{}` on {}",
                    explain::cite(model, first.statement.provision),
                    right.id,
                    explain::holder_words(model, first.holder.expect("a status holder"))
                ),
                Some(explain::quote(model, first.statement.provision)),
            ));
            explanation.extend(explain::unmet_steps(model, unmet, first.holder));
            let mut provisions: Vec<ProvisionId> =
                primary.iter().map(|c| c.statement.provision).collect();
            provisions.extend(unmet.source.map(|s| s.provision));
            findings.push(finding(
                &INFO,
                format!(
                    "`{}` do not hold {}, the status the Treaties give `{}` to: {}",
                    group.id,
                    holders.join(" or "),
                    right.id,
                    unmet.why
                ),
                claim,
                provisions,
                explanation,
            ));
        }
        findings
    }
}
