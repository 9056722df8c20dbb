//! Diagnostics: the problems every stage reports about the text it was given.
//!
//! Owns the [`Diagnostic`] value (code, severity, message, labelled spans,
//! legal path, help) and the registry of diagnostic codes. Stages return
//! diagnostics beside their result and never stop at the first one; only the
//! reports (src/report/) know how a diagnostic is printed.

use crate::source::Span;

/// How serious a diagnostic is. Any error makes `lint` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// "error" or "warning", as every output prints it.
    pub fn word(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($( $(#[doc = $doc:literal])* $variant:ident = $code:literal, $severity:ident, $title:literal; )*) => {
        /// Every diagnostic code of the language checker. Codes are stable: a
        /// code, once published, keeps its meaning.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl Code {
            /// All codes, in order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The code as printed: `LX101`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code),* }
            }

            /// What the code is about, in a few words.
            pub fn title(self) -> &'static str {
                match self { $(Code::$variant => $title),* }
            }

            /// The severity every diagnostic with this code has.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity),* }
            }
        }
    };
}

codes! {
    /// A file could not be read.
    Unreadable = "LX001", Error, "file cannot be read";
    /// A file is not valid UTF-8.
    NotUtf8 = "LX002", Error, "file is not UTF-8 text";
    /// A file is larger than lexcompat reads.
    TooLarge = "LX003", Error, "file too large";
    /// The text does not follow the grammar.
    Syntax = "LX010", Error, "syntax error";
    /// A `"""` text block is never closed.
    UnclosedText = "LX011", Error, "unclosed text block";
    /// A `"` string is not closed on its line.
    UnclosedString = "LX012", Error, "unclosed string";
    /// A backslash escape that the language does not know.
    BadEscape = "LX013", Error, "unknown escape in a string";
    /// A date that does not exist, such as `2020-02-30`.
    BadDate = "LX014", Error, "invalid date";
    /// A fixed word (kind, text status, route, voting rule, power) that is not one of the allowed words.
    BadWord = "LX015", Error, "unknown word";
    /// The same entry given twice in one block, such as two `source` lines.
    RepeatedEntry = "LX016", Error, "entry given twice";
    /// A required entry is missing, such as an instrument's `kind` or an article's `text-status`.
    MissingEntry = "LX017", Error, "required entry missing";
    /// A name that no file declares.
    UnknownName = "LX101", Error, "unknown name";
    /// A name declared twice, or two articles with the same citation.
    Duplicate = "LX102", Error, "duplicate declaration";
    /// A name of the wrong kind in this place, such as a right where a status is expected.
    WrongKind = "LX103", Error, "name of the wrong kind";
    /// A condition given the wrong number of arguments, or an argument of the wrong kind.
    WrongArguments = "LX104", Error, "wrong arguments for a condition";
    /// Definitions that depend on each other in a circle.
    Cycle = "LX105", Error, "definition cycle";
    /// A citation of a provision that the corpus does not contain.
    UnknownProvision = "LX106", Error, "unknown provision";
    /// A citation of an instrument that the corpus does not contain.
    UnknownInstrument = "LX107", Error, "unknown instrument";
    /// A provision cited at a date when it was not in force.
    NotInForce = "LX108", Error, "provision not in force at the date";
    /// An article without its text.
    MissingText = "LX109", Error, "article without text";
    /// An article without a source for its text.
    MissingSource = "LX110", Error, "article without source";
    /// A period whose end comes before its start.
    BadPeriod = "LX111", Error, "period ends before it starts";
    /// A text status that contradicts the text: `missing` with a text.
    TextStatusMismatch = "LX112", Error, "text status contradicts the text";
    /// A proposal without a date, so no provision can be chosen for it.
    MissingDate = "LX113", Error, "proposal without date";
    /// An instrument without any in-force date.
    MissingInForce = "LX114", Error, "instrument without in-force date";
    /// A provision whose in-force dates fall outside its instrument's.
    OutsideInstrument = "LX115", Error, "provision in force outside its instrument";
    /// `extend article` names an article that no file declares.
    UnknownExtended = "LX116", Error, "extension of an unknown article";
    /// Two files give a provision different wording, source, status, heading or dates.
    ConflictingExtension = "LX117", Error, "extension changes what a provision says";
    /// A judgment or opinion without its case number or date.
    MissingCaseData = "LX118", Error, "judgment without case number or date";
    /// A `url` that is not an `https:` or `http:` address.
    BadUrl = "LX119", Error, "address that is not https or http";
    /// A proposal claim (group, created status, grant) without a note saying where the proposal makes it.
    ClaimWithoutNote = "LX201", Warning, "claim without a source note";
    /// A proposal without a source.
    MissingProposalSource = "LX202", Warning, "proposal without source";
    /// A group described as holding the nationality of two States: dual nationals are outside the model.
    DualNationality = "LX203", Warning, "group with two nationalities";
    /// A provision confers a right on, or empowers for, a status at a date when nothing defines who holds it.
    UndefinedStatus = "LX204", Warning, "status used where no definition is in force";
    /// A measure states it meets or fails a test that no limit in the corpus lays down for what it does.
    TestWithoutLimit = "LX205", Warning, "test stated that no limit requires";
    /// The configuration file cannot be used.
    Config = "LX301", Error, "invalid configuration";
}

/// A span with the words that explain its part in a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// One problem found in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    /// One sentence naming the thing: "unknown status `union-citzen`".
    pub message: String,
    /// The provision the problem sits in: "TFEU › Article 20 › paragraph 1".
    pub legal_path: Option<String>,
    /// The first label is the primary one; later labels may sit in other files.
    pub labels: Vec<Label>,
    /// What to do about it, in one line.
    pub help: Option<String>,
}

/// Words (runs without a space) longer than this are cut in a diagnostic:
/// no name is that long, and the text renderer wraps at this width.
pub const MAX_WORD_CHARS: usize = 100;
/// A message, label, help or legal path is cut after this many characters.
pub const MAX_TEXT_CHARS: usize = 2000;

/// Text of bounded length, whatever it quotes: every word longer than
/// [`MAX_WORD_CHARS`] cut to its start and its length, and the whole cut
/// after [`MAX_TEXT_CHARS`]. A name of fifteen million characters is quoted
/// in a message, a label and a help, and every output format (text, JSON,
/// SARIF, GitHub) would carry each whole.
pub fn bounded(text: impl Into<String>) -> String {
    let text = text.into();
    if text.len() <= MAX_WORD_CHARS {
        return text;
    }
    let mut out = String::with_capacity(text.len().min(MAX_TEXT_CHARS + MAX_WORD_CHARS));
    let mut shown = 0;
    let mut rest = text.as_str();
    while !rest.is_empty() {
        if shown > MAX_TEXT_CHARS {
            let left = rest.chars().count();
            out.push_str(&format!("… ({left} more characters)"));
            break;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, after) = rest.split_at(end);
        let count = word.chars().count();
        if count > MAX_WORD_CHARS {
            out.extend(word.chars().take(MAX_WORD_CHARS - 20));
            out.push_str(&format!("… ({count} characters)"));
            shown += MAX_WORD_CHARS;
        } else {
            out.push_str(word);
            shown += count;
        }
        let spaces = after.len() - after.trim_start().len();
        let (gap, after) = after.split_at(spaces);
        // A run of spaces is a word of its own for the limit.
        out.extend(gap.chars().take(MAX_WORD_CHARS));
        shown += gap.chars().count().min(MAX_WORD_CHARS);
        rest = after;
    }
    out
}

impl Diagnostic {
    pub fn new(code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.severity(),
            message: bounded(message),
            legal_path: None,
            labels: Vec::new(),
            help: None,
        }
    }

    pub fn label(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label {
            span,
            message: bounded(message),
        });
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(bounded(help));
        self
    }

    pub fn legal_path(mut self, path: Option<String>) -> Diagnostic {
        self.legal_path = path.map(bounded);
        self
    }

    /// The span the diagnostic is about, if it points into a file.
    pub fn primary_span(&self) -> Option<Span> {
        self.labels.first().map(|l| l.span)
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Sorts diagnostics by file, position and code so output does not depend on
/// the order in which checks ran.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            d.primary_span()
                .map(|s| (s.file, s.start(), s.end()))
                .unwrap_or((crate::source::FileId(u32::MAX), 0, 0))
        };
        key(a)
            .cmp(&key(b))
            .then(a.code.cmp(&b.code))
            .then(a.message.cmp(&b.message))
    });
}

/// The name closest to `wanted` among `candidates`, if one is close enough
/// to be a likely misspelling. The distance is Damerau-Levenshtein's: two
/// characters swapped count as one edit (`TFEU 272` is `TFEU 227` swapped);
/// between names as close, the one of the same length is the likelier.
pub fn suggest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    closest(wanted, candidates).map(|(_, _, c)| c)
}

/// The closest candidate to `wanted` within reach, with its distance and
/// its difference in length: the key [`suggest`] ranks candidates by.
pub fn closest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<(usize, usize, &'a str)> {
    let length = wanted.chars().count();
    let limit = (length / 3).clamp(1, 4);
    candidates
        .into_iter()
        .filter(|c| *c != wanted)
        // The distance is at least the difference in length: a name far
        // longer or shorter than every candidate costs nothing to rule out.
        .filter(|c| c.chars().count().abs_diff(length) <= limit)
        .map(|c| {
            (
                strsim::damerau_levenshtein(wanted, c),
                c.chars().count().abs_diff(length),
                c,
            )
        })
        .filter(|(d, _, _)| *d <= limit)
        .min()
}

/// Names a misspelling is looked for among, gathered once for every
/// unknown name that asks. A few are compared one by one, as [`suggest`]
/// does; more are indexed by each name and each name with one character
/// deleted, and only those sharing one of these with the unknown name are
/// compared: every name one edit away (a character added, dropped,
/// changed, or two swapped), and some two away. Comparing every unknown
/// name with every name grew as their product: 20,000 misspelt rights
/// against the 20,000 of a large corpus took 110 s.
pub struct Candidates {
    names: Vec<Box<str>>,
    /// Each name's forms (itself, and with one character deleted), hashed,
    /// with the name's place in `names`, in order of the hash; `None` when
    /// there are few enough names to compare them all.
    forms: Option<Vec<(u64, u32)>>,
}

impl Candidates {
    /// The most names compared one by one.
    pub const SCANNED: usize = 256;

    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Candidates {
        let mut names: Vec<Box<str>> = names.into_iter().map(Box::from).collect();
        names.sort_unstable();
        names.dedup();
        let forms = (names.len() > Self::SCANNED).then(|| {
            let mut forms = Vec::new();
            for (at, name) in names.iter().enumerate() {
                let at = u32::try_from(at).unwrap_or(u32::MAX);
                each_form(name, |form| forms.push((form, at)));
            }
            forms.sort_unstable();
            forms.dedup();
            forms
        });
        Candidates { names, forms }
    }

    /// The closest name to `wanted` within reach, as [`closest`] ranks them.
    pub fn closest(&self, wanted: &str) -> Option<(usize, usize, &str)> {
        let Some(forms) = &self.forms else {
            return closest(wanted, self.names.iter().map(AsRef::as_ref));
        };
        let mut sharing: Vec<u32> = Vec::new();
        each_form(wanted, |form| {
            let from = forms.partition_point(|(f, _)| *f < form);
            sharing.extend(
                forms[from..]
                    .iter()
                    .take_while(|(f, _)| *f == form)
                    .map(|(_, at)| *at),
            );
        });
        sharing.sort_unstable();
        sharing.dedup();
        closest(
            wanted,
            sharing
                .iter()
                .filter_map(|at| self.names.get(*at as usize))
                .map(AsRef::as_ref),
        )
    }
}

/// Each form of a name, hashed: the name itself and the name with each one
/// of its characters deleted. FNV-1a, so that the hashes, and the order of
/// the index, are the same in every run.
fn each_form(name: &str, mut form: impl FnMut(u64)) {
    use crate::digest::Digest;
    let bytes = name.as_bytes();
    form(Digest::default().update(bytes).value());
    // The hash of what comes before each character, carried along.
    let mut before = Digest::default();
    for (at, c) in name.char_indices() {
        let after = at + c.len_utf8();
        let mut rest = before;
        form(rest.update(&bytes[after..]).value());
        before.update(&bytes[at..after]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_name_within_reach() {
        let names = ["union-citizen", "third-country-national", "worker"];
        assert_eq!(suggest("union-citzen", names), Some("union-citizen"));
        assert_eq!(suggest("wroker", names), Some("worker"));
        assert_eq!(suggest("ombudsman", names), None);
    }

    /// Many names: the index finds what comparing every name finds, for
    /// names one edit away, and nothing for a name far from all.
    #[test]
    fn indexed_names_are_suggested_as_compared_ones_are() {
        let names: Vec<String> = (0..2000).map(|n| format!("right-{n:05}")).collect();
        let candidates = Candidates::new(names.iter().map(String::as_str));
        assert!(candidates.forms.is_some(), "indexed");
        for wanted in [
            "right-00042",  // itself: not suggested to itself, a neighbour is
            "rihgt-00042",  // two swapped
            "right-0042",   // one dropped
            "right-000421", // one added
            "night-01999",  // one changed
            "rigth-0199x",  // two edits, the swap and a change
            "ombudsman",    // nothing near
        ] {
            let compared = closest(wanted, names.iter().map(String::as_str));
            let indexed = candidates.closest(wanted);
            if compared.is_some_and(|(distance, _, _)| distance <= 1) {
                assert_eq!(indexed, compared, "{wanted}");
            } else {
                assert!(
                    indexed.is_none() || indexed.map(|c| c.0) >= compared.map(|c| c.0),
                    "{wanted}: {indexed:?} {compared:?}"
                );
            }
        }
        assert_eq!(candidates.closest("ombudsman"), None);
        assert_eq!(
            candidates.closest("right-0042").map(|c| c.2),
            Some("right-00042")
        );
    }

    #[test]
    fn a_swap_of_two_characters_is_one_edit() {
        assert_eq!(suggest("272", ["22", "227", "27"]), Some("227"));
        assert_eq!(suggest("TFUE", ["TEU", "TFEU", "CFR"]), Some("TFEU"));
    }

    #[test]
    fn a_huge_word_or_text_is_cut_with_its_length() {
        let name = "a".repeat(1_000_000);
        let cut = bounded(format!("unknown status `{name}`"));
        assert!(cut.len() < 200, "{}", cut.len());
        assert!(cut.ends_with("… (1000002 characters)"), "{cut}");
        let words = "word ".repeat(1_000_000);
        let cut = bounded(format!("title \"{words}\""));
        assert!(cut.chars().count() <= MAX_TEXT_CHARS + 60, "{}", cut.len());
        assert!(cut.ends_with("more characters)"), "{cut}");
        let spaces = format!("a{}b", " ".repeat(1_000_000));
        assert!(bounded(spaces).len() < MAX_TEXT_CHARS);
        assert_eq!(bounded("unknown status `x`"), "unknown status `x`");
    }

    #[test]
    fn codes_are_unique() {
        let mut seen: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), Code::ALL.len());
    }
}
