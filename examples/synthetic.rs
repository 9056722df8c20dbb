//! Writes a synthetic problem (a corpus folder and proposal files) for the
//! benchmarks to a folder, so a measurement can be reproduced by hand:
//!
//!     cargo run --release --example synthetic -- --seed 1 --size 1000 OUT
//!     lexcompat --corpus OUT/corpus check OUT/proposals --timings
//!
//! The generator is benches/synthetic/mod.rs; docs/performance.md says more.

#[path = "../benches/synthetic/mod.rs"]
mod synthetic;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: synthetic [--seed N] [--size N] OUT";

fn main() -> ExitCode {
    let mut seed = 1u64;
    let mut size = 1usize;
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let number = |value: Option<String>| value.and_then(|v| v.parse::<u64>().ok());
        match arg.as_str() {
            "--seed" => match number(args.next()) {
                Some(n) => seed = n,
                None => return fail("--seed needs a whole number"),
            },
            "--size" => match number(args.next()).and_then(|n| usize::try_from(n).ok()) {
                Some(n) if n <= 100_000 => size = n,
                _ => return fail("--size needs a whole number up to 100000"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if out.is_none() && !arg.starts_with('-') => out = Some(PathBuf::from(arg)),
            _ => return fail(&format!("unexpected argument {arg:?}")),
        }
    }
    let Some(out) = out else {
        return fail("the output folder is missing");
    };
    let problem = synthetic::generate(seed, size);
    if let Err(e) = problem.write(&out) {
        return fail(&format!("cannot write under {}: {e}", out.display()));
    }
    let c = problem.counts;
    println!(
        "seed {seed}, size {size}: {} files, {:.1} MB; {} provisions, {} statuses, {} rights, {} legal bases, {} proposals, {} grants",
        problem.files.len(),
        problem.bytes() as f64 / 1e6,
        c.provisions,
        c.statuses,
        c.rights,
        c.bases,
        c.proposals,
        problem.grants.len()
    );
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}\n{USAGE}");
    ExitCode::from(2)
}
