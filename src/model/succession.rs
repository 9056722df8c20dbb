//! Succession chains: the numberings one article has had (EEC 7, EC 12,
//! TFEU 18), linked by `succeeds` in either direction. Owns the chains,
//! each found once, when one of its provisions is first asked about; knows
//! nothing of how a chain is worded.

use super::*;
use crate::table::Set;
use std::sync::Arc;
use std::sync::OnceLock;

/// Every chain of the model, each found the first time one of its
/// provisions asks, by whichever thread asks first, and kept for all its
/// provisions: citing every provision of a long chain walks the chain once,
/// not once for each.
#[derive(Debug, Clone, Default)]
pub struct Chains(OnceLock<Box<[OnceLock<Place>]>>);

/// A provision's chain, oldest first, and its place in it.
type Place = (Arc<[ProvisionId]>, usize);

impl Chains {
    /// The chain of `id`, oldest first, and the place of `id` in it. A
    /// provision beyond those the cells were made for (a model grown since)
    /// has its chain walked afresh.
    pub fn of(&self, model: &Model, id: ProvisionId) -> (Arc<[ProvisionId]>, usize) {
        let p = &model.provisions[id.index()];
        if p.predecessors.is_empty() && p.successors.is_empty() {
            return (Arc::from([id]), 0);
        }
        let cells = self.0.get_or_init(|| {
            (0..model.provisions.len())
                .map(|_| OnceLock::new())
                .collect()
        });
        if let Some(known) = cells.get(id.index()).and_then(OnceLock::get) {
            return known.clone();
        }
        let chain: Arc<[ProvisionId]> = walk(model, id).into();
        let mut own = 0;
        for (place, member) in chain.iter().enumerate() {
            if *member == id {
                own = place;
            }
            if let Some(cell) = cells.get(member.index()) {
                // Another thread may have walked the same chain meanwhile:
                // its cell holds the same.
                let _ = cell.set((Arc::clone(&chain), place));
            }
        }
        (chain, own)
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
        for next in p.predecessors.iter().chain(&p.successors) {
            if seen.insert(*next) {
                chain.push(*next);
                frontier.push(*next);
            }
        }
    }
    chain.sort_by_key(|p| {
        let provision = &model.provisions[p.index()];
        let start = provision.in_force.iter().map(|period| period.from).min();
        (start, p.0)
    });
    chain
}
