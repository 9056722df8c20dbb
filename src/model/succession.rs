//! Succession chains: the numberings one article has had (EEC 7, EC 12,
//! TFEU 18), linked by `succeeds` in either direction. Owns the chains,
//! each found once, when the model is resolved and every link is made;
//! knows nothing of how a chain is worded.

use super::*;
use crate::table::Set;
use std::borrow::Cow;

/// Every chain of the model, found once when it is resolved. The analysis
/// cites provisions by the ten thousand, each with its other numberings:
/// one table read here replaces a walk of the chain (and a read of every
/// provision in it) for each first citation.
#[derive(Debug, Clone, Default)]
pub struct Chains {
    /// For each provision the chains were found for: its chain in
    /// `members` and its place there; `None` when it has no other
    /// numbering.
    places: Vec<Option<(u32, u32)>>,
    /// Each chain, oldest first.
    members: Vec<Box<[ProvisionId]>>,
}

impl Chains {
    /// The chains of every provision of `model`, each walked once.
    pub fn found(model: &Model) -> Chains {
        let mut chains = Chains {
            places: vec![None; model.provisions.len()],
            members: Vec::new(),
        };
        for (index, p) in model.provisions.iter().enumerate() {
            let linked = !(p.predecessors().is_empty() && p.successors().is_empty());
            if !linked || chains.places[index].is_some() {
                continue;
            }
            let chain = walk(model, ProvisionId::new(index));
            let number = u32::try_from(chains.members.len()).unwrap_or(u32::MAX);
            for (place, member) in chain.iter().enumerate() {
                chains.places[member.index()] =
                    Some((number, u32::try_from(place).unwrap_or(u32::MAX)));
            }
            chains.members.push(chain.into());
        }
        chains
    }

    /// The chain of `id`, oldest first, and the place of `id` in it: lent
    /// from the table, or walked afresh for a provision the table was not
    /// made for (asked while resolving, before every link is made).
    pub fn of<'m>(&'m self, model: &Model, id: ProvisionId) -> (Cow<'m, [ProvisionId]>, usize) {
        let p = &model.provisions[id.index()];
        if p.predecessors().is_empty() && p.successors().is_empty() {
            return (Cow::Owned(vec![id]), 0);
        }
        if let Some(Some((chain, place))) = self.places.get(id.index()) {
            if let Some(members) = self.members.get(*chain as usize) {
                return (Cow::Borrowed(&members[..]), *place as usize);
            }
        }
        let chain = walk(model, id);
        let place = chain.iter().position(|m| *m == id).unwrap_or(0);
        (Cow::Owned(chain), place)
    }
}

/// The provisions linked to `id` through `succeeds` either way, oldest
/// first (by the start of their first period in force, then corpus order).
fn walk(model: &Model, id: ProvisionId) -> Vec<ProvisionId> {
    let mut seen: Set<ProvisionId> = Set::default();
    seen.insert(id);
    let mut chain = vec![id];
    let mut frontier = vec![id];
    while let Some(current) = frontier.pop() {
        let p = &model.provisions[current.index()];
        for next in p.predecessors().iter().chain(p.successors()) {
            if seen.insert(*next) {
                chain.push(*next);
                frontier.push(*next);
            }
        }
    }
    chain.sort_by_key(|p| {
        let provision = &model.provisions[p.index()];
        let start = provision.in_force.iter().map(|period| period.from).min();
        (start, p.index())
    });
    chain
}
