//! Work shared out over the machine's cores: files to parse, proposals to
//! judge, the graph's edges and its index. Results come back in the order
//! of the input, so the output never depends on which thread did what.
//! Knows nothing of the law.

use std::sync::atomic::{AtomicUsize, Ordering};

/// At most this many threads: beyond it, memory bandwidth, not cores, limits.
const MAX_THREADS: usize = 8;

/// `work` applied to every item, on as many threads as there are cores (and
/// items), each taking the next item as it finishes one; the results are in
/// the order of `items`.
pub fn map<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = cores().min(items.len());
    if threads <= 1 {
        return items.iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<R>> = (0..items.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let at = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(at) else {
                            break done;
                        };
                        done.push((at, work(item)));
                    }
                })
            })
            .collect();
        for worker in workers {
            // The work given here cannot panic on input (the parser and the
            // whole pipeline are fuzzed); if it ever did, the panic is the
            // bug to see, so it is passed on.
            let done = worker
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            for (at, result) in done {
                results[at] = Some(result);
            }
        }
    });
    results.into_iter().flatten().collect()
}

/// Two pieces of independent work at once, on two threads when the
/// machine has two cores, else one after the other.
pub fn join<A: Send, B: Send>(
    first: impl FnOnce() -> A + Send,
    second: impl FnOnce() -> B + Send,
) -> (A, B) {
    if cores() < 2 {
        return (first(), second());
    }
    std::thread::scope(|scope| {
        let other = scope.spawn(second);
        let a = first();
        // As in `map`: a panic here is a bug, passed on to be seen.
        let b = other
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (a, b)
    })
}

/// The threads worth starting: the machine's cores, up to [`MAX_THREADS`].
fn cores() -> usize {
    std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .clamp(1, MAX_THREADS)
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<u64> = (0..1000).collect();
        // Uneven work, so that threads finish out of order.
        let squares = super::map(&items, |&n| {
            let mut x = n;
            for _ in 0..(n % 7) * 1000 {
                x = std::hint::black_box(x);
            }
            x * x
        });
        assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
        assert!(super::map(&[] as &[u8], |_| 0).is_empty());
    }

    #[test]
    fn both_pieces_of_work_are_done_and_kept_apart() {
        let (a, b) = super::join(|| (0..1000u64).sum::<u64>(), || "second".to_string());
        assert_eq!((a, b.as_str()), (499_500, "second"));
    }
}
