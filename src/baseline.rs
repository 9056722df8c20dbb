//! Baselines: findings a team has accepted, each with its reason, so that CI
//! fails only on new ones.
//!
//! Owns the baseline file (YAML or JSON, chosen by extension), reading it
//! into typed values, comparing it with an analysis, and writing it back
//! sorted and atomically. It decides nothing about the law; it matches
//! findings by fingerprint.

use crate::analysis::{Analysis, Finding};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Baseline files are small; anything larger is refused unread.
const MAX_BASELINE_BYTES: u64 = 8 * 1024 * 1024;
/// The reason written for a finding recorded without one.
pub const DEFAULT_REASON: &str =
    "recorded by --update-baseline: replace with why this finding is accepted";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    #[serde(default)]
    pub findings: Vec<Entry>,
}

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub fingerprint: String,
    pub code: String,
    pub proposal: String,
    #[serde(default)]
    pub grant: Option<String>,
    /// The finding's message when it was recorded, for a reader of the file.
    pub message: String,
    /// Why the finding is accepted.
    pub reason: String,
}

/// How a finding stands against the baseline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    New,
    Accepted { reason: String },
}

/// An analysis compared with a baseline.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    /// For each proposal, for each of its findings (in order), how it stands.
    pub standings: Vec<Vec<Standing>>,
    /// Entries that match no finding any more.
    pub stale: Vec<Entry>,
}

impl Comparison {
    /// Every finding is new: what `check` does without a baseline.
    pub fn none(analysis: &Analysis) -> Comparison {
        Comparison {
            standings: analysis
                .proposals
                .iter()
                .map(|p| vec![Standing::New; p.findings.len()])
                .collect(),
            stale: Vec::new(),
        }
    }

    pub fn is_new(&self, proposal: usize, finding: usize) -> bool {
        self.standings[proposal][finding] == Standing::New
    }
}

/// A baseline that cannot be read, with where in the file.
#[derive(Debug)]
pub struct BaselineError {
    pub message: String,
    /// One-based line and column, when the problem is in the text.
    pub at: Option<(usize, usize)>,
}

enum Format {
    Yaml,
    Json,
}

fn format_of(path: &Path) -> Result<Format, BaselineError> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("yaml" | "yml") => Ok(Format::Yaml),
        Some("json") => Ok(Format::Json),
        _ => Err(BaselineError {
            message: format!(
                "`{}`: a baseline file ends in .yaml, .yml or .json",
                path.display()
            ),
            at: None,
        }),
    }
}

/// Reads a baseline. A file that does not exist is an error, unless `create`
/// (`--update-baseline`, which writes it): then it is an empty baseline.
pub fn read(path: &Path, create: bool) -> Result<Baseline, BaselineError> {
    let format = format_of(path)?;
    let fail = |message: String, at| BaselineError { message, at };
    let name = path.display().to_string();
    let text = match crate::load::read_regular(path, MAX_BASELINE_BYTES) {
        Ok(bytes) => String::from_utf8(bytes)
            .map_err(|_| fail(format!("`{name}` is not UTF-8 text"), None))?,
        Err(crate::load::ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            if !create {
                return Err(fail(
                    format!("`{name}` does not exist; `--update-baseline` creates it"),
                    None,
                ));
            }
            return Ok(Baseline {
                version: 1,
                findings: Vec::new(),
            });
        }
        Err(e) => return Err(fail(e.describe(&name, MAX_BASELINE_BYTES), None)),
    };
    let baseline: Baseline = match format {
        Format::Yaml => crate::yaml_guard::check(&text, crate::yaml_guard::MAX_DEPTH)
            .map_err(|r| fail(format!("`{name}`: {}", r.message), Some((r.line, r.column))))
            .and_then(|()| {
                serde_yaml::from_str(&text).map_err(|e| {
                    let at = e.location().map(|l| (l.line(), l.column()));
                    fail(format!("`{}` is not a baseline: {e}", path.display()), at)
                })
            })?,
        Format::Json => serde_json::from_str(&text).map_err(|e| {
            fail(
                format!("`{}` is not a baseline: {e}", path.display()),
                Some((e.line(), e.column())),
            )
        })?,
    };
    if baseline.version != 1 {
        return Err(fail(
            format!(
                "`{}` is a baseline of version {}; this lexcompat reads version 1",
                path.display(),
                baseline.version
            ),
            None,
        ));
    }
    Ok(baseline)
}

/// The proposals an analysis checked, by name: the only ones whose baseline
/// entries a run may call stale or rewrite.
fn checked(analysis: &Analysis) -> BTreeSet<&str> {
    analysis.proposals.iter().map(|p| p.id.as_str()).collect()
}

/// Compares an analysis with a baseline, by fingerprint. Only the entries of
/// the proposals checked can be stale: the others are not looked at.
pub fn compare(analysis: &Analysis, baseline: &Baseline) -> Comparison {
    let by_fingerprint: BTreeMap<&str, &Entry> = baseline
        .findings
        .iter()
        .map(|e| (e.fingerprint.as_str(), e))
        .collect();
    let standings = analysis
        .proposals
        .iter()
        .map(|p| {
            p.findings
                .iter()
                .map(|f| match by_fingerprint.get(f.fingerprint.as_str()) {
                    Some(entry) => Standing::Accepted {
                        reason: entry.reason.clone(),
                    },
                    None => Standing::New,
                })
                .collect()
        })
        .collect();
    let current: BTreeSet<&str> = analysis
        .proposals
        .iter()
        .flat_map(|p| &p.findings)
        .map(|f| f.fingerprint.as_str())
        .collect();
    let checked = checked(analysis);
    let mut stale: Vec<Entry> = baseline
        .findings
        .iter()
        .filter(|e| {
            checked.contains(e.proposal.as_str()) && !current.contains(e.fingerprint.as_str())
        })
        .cloned()
        .collect();
    stale.sort();
    Comparison { standings, stale }
}

/// The baseline that accepts every current finding, keeping the reasons
/// already given, sorted so that the file diffs well. Entries of proposals
/// not checked are kept as they are, reasons and all; only the stale entries
/// of the proposals checked are dropped.
pub fn updated(analysis: &Analysis, previous: &Baseline) -> Baseline {
    let reasons: BTreeMap<&str, &str> = previous
        .findings
        .iter()
        .map(|e| (e.fingerprint.as_str(), e.reason.as_str()))
        .collect();
    let mut findings: Vec<Entry> = analysis
        .proposals
        .iter()
        .flat_map(|p| p.findings.iter().map(move |f| (p, f)))
        .map(|(p, f): (_, &Finding)| Entry {
            fingerprint: f.fingerprint.clone(),
            code: f.code.to_string(),
            proposal: p.id.clone(),
            grant: f.grant.clone(),
            message: f.message.clone(),
            reason: reasons
                .get(f.fingerprint.as_str())
                .map_or(DEFAULT_REASON, |r| r)
                .to_string(),
        })
        .collect();
    let checked = checked(analysis);
    findings.extend(
        previous
            .findings
            .iter()
            .filter(|e| !checked.contains(e.proposal.as_str()))
            .cloned(),
    );
    findings.sort_by(|a, b| {
        (&a.proposal, &a.grant, &a.code, &a.fingerprint).cmp(&(
            &b.proposal,
            &b.grant,
            &b.code,
            &b.fingerprint,
        ))
    });
    findings.dedup_by(|a, b| a.fingerprint == b.fingerprint);
    Baseline {
        version: 1,
        findings,
    }
}

/// How many entries of the proposals checked still have the placeholder
/// reason that `--update-baseline` writes: findings nobody has yet explained.
pub fn placeholders(analysis: &Analysis, baseline: &Baseline) -> usize {
    let checked = checked(analysis);
    baseline
        .findings
        .iter()
        .filter(|e| checked.contains(e.proposal.as_str()) && e.reason == DEFAULT_REASON)
        .count()
}

/// Writes a baseline atomically: to a temporary file beside it, then renamed
/// over it, so a reader never sees half a file. A message quotes the
/// proposal's words, and CI logs print the file: it is written inert.
pub fn write(path: &Path, baseline: &Baseline) -> Result<(), BaselineError> {
    let text = match format_of(path)? {
        Format::Yaml => crate::inert::inert_yaml(baseline),
        Format::Json => {
            let mut json = crate::inert::inert_json(baseline);
            json.push('\n');
            json
        }
    };
    crate::output::write_atomically(path, &text).map_err(|e| BaselineError {
        message: format!("cannot write `{}`: {e}", path.display()),
        at: None,
    })
}

#[cfg(test)]
mod tests {
    use super::{read, write, Baseline, Entry};

    /// A finding's message quotes names from the proposal: what a terminal
    /// acts on in them is escaped in the file, which reads back the same.
    #[test]
    fn a_baseline_is_written_inert_and_reads_back_the_same() {
        let hostile = "grant `g\u{202E}lanoitan` \u{1b}[2J over\u{2028}lines";
        let baseline = Baseline {
            version: 1,
            findings: vec![Entry {
                fingerprint: "lc103:0123456789abcdef".into(),
                code: "LC103".into(),
                proposal: "p\u{2066}".into(),
                grant: Some("g\u{202E}".into()),
                message: hostile.into(),
                reason: "accepted: 'quoted', and: more".into(),
            }],
        };
        let dir = tempfile::tempdir().unwrap();
        for name in ["baseline.yaml", "baseline.json"] {
            let path = dir.path().join(name);
            write(&path, &baseline).unwrap();
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                !text.chars().any(crate::inert::unsafe_char),
                "{name}: {text}"
            );
            assert_eq!(read(&path, false).unwrap(), baseline, "{name}: {text}");
        }
    }
}
