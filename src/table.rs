//! The hash tables of the pipeline (names, instruments, articles, the law's
//! indexes), with a fast hasher: their keys are short names and ids, hashed
//! millions of times at a large corpus's size, where SipHash took a sixth of
//! resolving. Seeds are random per process, as with the standard hasher, so
//! no output may depend on a table's order (none does: outputs are sorted or
//! follow the files).

pub type Map<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
pub type Set<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;
