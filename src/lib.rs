//! lexcompat checks political proposals against the EU treaties.
//!
//! The crate is a pipeline, and its modules follow it:
//! source → [`syntax`] → [`model`] → (graph → analyses) → [`report`].
//! The binary (src/main.rs) is a thin shell over [`driver`].

// pest's derived parser names `alloc` when pest is built without `std`
// (see Cargo.toml).
extern crate alloc;

pub mod analysis;
pub mod baseline;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod digest;
pub mod driver;
pub mod fmt;
pub mod graph;
pub mod inert;
pub mod load;
pub mod lsp;
pub mod model;
pub mod output;
pub mod parallel;
pub mod report;
pub mod rules;
pub mod source;
pub mod syntax;
pub mod table;
pub mod timings;
pub mod yaml_guard;
