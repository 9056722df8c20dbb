//! The time each stage of a run takes, for `--timings` (or
//! `LEXCOMPAT_TIMINGS=1`): a user whose run is slow can see where it goes.
//!
//! Stages record themselves through [`stage`]; nothing is kept unless the
//! binary asked for it with [`enable`], so a long-running caller (the
//! language server) does not collect an ever-growing list. This module
//! measures and never prints: the binary does.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

static ENABLED: AtomicBool = AtomicBool::new(false);
static STAGES: Mutex<Vec<(&'static str, Duration)>> = Mutex::new(Vec::new());

/// Starts recording.
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}

/// Runs one stage, adding its time to the stage of that name (a stage run
/// once per file adds up).
pub fn stage<T>(name: &'static str, run: impl FnOnce() -> T) -> T {
    if !ENABLED.load(Ordering::Relaxed) {
        return run();
    }
    let start = Instant::now();
    let result = run();
    let took = start.elapsed();
    if let Ok(mut stages) = STAGES.lock() {
        match stages.iter_mut().find(|(n, _)| *n == name) {
            Some((_, total)) => *total += took,
            None => stages.push((name, took)),
        }
    }
    result
}

/// The stages recorded so far, in the order they first ran.
pub fn recorded() -> Vec<(&'static str, Duration)> {
    STAGES.lock().map(|s| s.clone()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stage_run_twice_adds_up_and_order_is_first_run() {
        enable();
        stage("first", || std::thread::sleep(Duration::from_millis(2)));
        stage("second", || ());
        stage("first", || std::thread::sleep(Duration::from_millis(2)));
        let found = recorded();
        let names: Vec<&str> = found.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["first", "second"]);
        assert!(found[0].1 >= Duration::from_millis(4));
    }
}
