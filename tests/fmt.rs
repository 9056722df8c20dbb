//! `lexcompat fmt`: the layout of a few readable fixtures (snapshotted), the
//! properties that make it safe (the formatted text means the same, keeps
//! every comment, and formatting twice changes nothing) over every corpus and
//! proposal file and over inputs generated from them, and the command's exit
//! statuses and refusals.

mod common;

use assert_cmd::Command;
use lexcompat::fmt::format_source;
use lexcompat::source::FileId;
use lexcompat::syntax::tokens::tokens;
use std::path::{Path, PathBuf};

fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn lexcompat(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lexcompat").unwrap();
    cmd.current_dir(dir).env("NO_COLOR", "1");
    cmd
}

/// Every `.lex` file of the corpus and the proposals, in sorted order.
fn repository_files() -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut folders = vec![repository().join("corpus"), repository().join("proposals")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "lex") {
                let name = path
                    .strip_prefix(repository())
                    .unwrap()
                    .display()
                    .to_string();
                found.push((name, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    found.sort();
    assert!(found.len() > 50, "the corpus and proposals were not found");
    found
}

/// The syntax tree of a text with every position left out, so that two
/// layouts of the same words compare equal; the syntax layer's diagnostics
/// are compared by code and message.
fn meaning(text: &str) -> String {
    let (tree, diagnostics) = lexcompat::syntax::parse(FileId(0), text);
    let mut shown = format!("{tree:?}");
    for d in diagnostics {
        shown.push_str(&format!("\n{} {}", d.code.as_str(), d.message));
    }
    // `Span { file: FileId(0), start: 12, end: 15 }` → `Span`
    let mut out = String::with_capacity(shown.len());
    let mut rest = shown.as_str();
    while let Some(at) = rest.find("Span { ") {
        out.push_str(&rest[..at + 4]);
        let close = rest[at..].find('}').unwrap();
        rest = &rest[at + close + 1..];
    }
    out.push_str(rest);
    out
}

/// The comments of a text, in order: the gaps between tokens, from `#` to the end of the line.
fn comments(text: &str) -> Vec<String> {
    let tokens = tokens(text).expect("the text parses");
    let mut found = Vec::new();
    let mut from = 0;
    for (start, end) in tokens
        .iter()
        .map(|t| (t.start, t.end))
        .chain([(text.len(), text.len())])
    {
        let gap = &text[from..start];
        let mut at = 0;
        while let Some(hash) = gap[at..].find('#') {
            let begin = at + hash;
            let finish = gap[begin..]
                .find(['\n', '\r'])
                .map_or(gap.len(), |e| begin + e);
            found.push(gap[begin..finish].to_string());
            at = finish;
        }
        from = end;
    }
    found
}

/// Formats, and checks what every formatting must keep: the meaning, the
/// comments, and that formatting again changes nothing.
fn format_safely(name: &str, text: &str) -> String {
    let formatted = format_source(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(
        meaning(&formatted),
        meaning(text),
        "{name}: the meaning changed"
    );
    assert_eq!(
        comments(&formatted),
        comments(text),
        "{name}: a comment changed"
    );
    assert_eq!(
        format_source(&formatted).unwrap(),
        formatted,
        "{name}: formatting twice changes the text"
    );
    formatted
}

#[test]
fn every_fixture_is_laid_out_as_snapshotted() {
    insta::glob!("fixtures/fmt/*.lex", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let formatted = format_safely(&path.display().to_string(), &text);
        assert_ne!(formatted, text, "a fixture shows a change of layout");
        insta::assert_snapshot!(formatted);
    });
}

#[test]
fn the_corpus_and_the_proposals_are_formatted() {
    let unformatted: Vec<String> = repository_files()
        .into_iter()
        .filter(|(name, text)| format_safely(name, text) != *text)
        .map(|(name, _)| name)
        .collect();
    assert!(
        unformatted.is_empty(),
        "run `lexcompat fmt corpus proposals` and commit: {unformatted:?}"
    );
}

#[test]
fn fmt_check_on_the_corpus_and_the_proposals_exits_0() {
    lexcompat(repository())
        .args(["fmt", "--check", "corpus", "proposals"])
        .assert()
        .code(0)
        .stdout("");
}

/// A small deterministic generator (xorshift64), so a failure is the same on every run.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    /// Spaces and tabs, at least `min` of them.
    fn blanks(&mut self, min: u64) -> String {
        (0..min + self.below(4))
            .map(|_| if self.below(3) == 0 { '\t' } else { ' ' })
            .collect()
    }

    /// Whitespace holding exactly `breaks` line breaks, some of them `\r\n`;
    /// after a comment it starts with the line break, or the comment would grow.
    fn whitespace(&mut self, breaks: usize, min: u64, after_comment: bool) -> String {
        let mut out = if after_comment {
            String::new()
        } else {
            self.blanks(if breaks == 0 { min } else { 0 })
        };
        for _ in 0..breaks {
            out.push_str(if self.below(4) == 0 { "\r\n" } else { "\n" });
            out.push_str(&self.blanks(0));
        }
        out
    }
}

/// The text with the whitespace of every gap between tokens changed at
/// random, and comments added at random when `comment` is set. What the
/// layout keeps is kept: whether a comment ends the line of a word or has a
/// line of its own, and whether a blank line stands before something.
fn scramble(text: &str, random: &mut Random, comment: bool) -> String {
    let tokens = tokens(text).unwrap();
    let mut out = String::with_capacity(text.len() * 2);
    let mut from = 0;
    let mut added = 0;
    for (start, end) in tokens
        .iter()
        .map(|t| (t.start, t.end))
        .chain([(text.len(), text.len())])
    {
        let gap = &text[from..start];
        // Split the gap into comments and the line breaks before each.
        let mut rest = gap;
        let mut after_comment = false;
        loop {
            let (before, comment_text) = match rest.find('#') {
                Some(hash) => {
                    let finish = rest[hash..].find('\n').map_or(rest.len(), |e| hash + e);
                    (&rest[..hash], Some(&rest[hash..finish]))
                }
                None => (rest, None),
            };
            let breaks = before.matches('\n').count();
            let scrambled_breaks = match breaks {
                // Between two words of one line, a line break changes nothing.
                0 | 1 if comment_text.is_none() && !after_comment && !before.is_empty() => {
                    random.below(2) as usize
                }
                0 | 1 => breaks,
                _ => 2 + random.below(2) as usize,
            };
            let separated = !before.is_empty() || comment_text.is_some();
            out.push_str(&random.whitespace(scrambled_breaks, u64::from(separated), after_comment));
            if comment && comment_text.is_none() && random.below(6) == 0 {
                added += 1;
                let own_line = random.below(2) == 0 || from == 0;
                out.push_str(if own_line { "\n" } else { " " });
                out.push_str(&format!("# generated comment {added}\n"));
                out.push_str(&random.blanks(1));
            }
            match comment_text {
                Some(c) => {
                    out.push_str(c);
                    rest = &rest[before.len() + c.len()..];
                    after_comment = true;
                }
                None => break,
            }
        }
        out.push_str(&text[start..end]);
        from = end;
    }
    out
}

#[test]
fn scrambled_whitespace_formats_back_to_the_original_layout() {
    for (name, text) in repository_files() {
        for seed in 1..=2u64 {
            let mut random = Random(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ text.len() as u64);
            let scrambled = scramble(&text, &mut random, false);
            assert_eq!(
                meaning(&scrambled),
                meaning(&text),
                "{name}: the generator changed the meaning"
            );
            let formatted = format_safely(&format!("{name} (scrambled, seed {seed})"), &scrambled);
            assert!(
                formatted == text,
                "{name}, seed {seed}: the layout depends on the whitespace written\n{}",
                lexcompat::report::diff::unified(&name, &text, &formatted)
            );
        }
    }
}

#[test]
fn comments_added_anywhere_are_kept_and_the_model_is_the_same() {
    let originals = repository_files();
    let mut scrambled_files = Vec::new();
    let mut added = 0;
    for (seed, (name, text)) in (1u64..).zip(&originals) {
        let mut random = Random(seed.wrapping_mul(0x2545_F491_4F6C_DD1D));
        let scrambled = scramble(text, &mut random, true);
        added += comments(&scrambled).len() - comments(text).len();
        let formatted = format_safely(&format!("{name} (with comments)"), &scrambled);
        scrambled_files.push((name.clone(), formatted));
    }
    assert!(added > 500, "only {added} comments were added");
    // The whole corpus, formatted with comments everywhere, resolves to the
    // same model with the same diagnostics.
    let as_pairs = |files: &[(String, String)]| -> lexcompat::driver::Workspace {
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        common::workspace(&refs)
    };
    let before = as_pairs(&originals);
    let after = as_pairs(&scrambled_files);
    assert_eq!(common::codes(&after), common::codes(&before));
    assert_eq!(
        lexcompat::report::show::model_json(&after.model),
        lexcompat::report::show::model_json(&before.model)
    );
}

#[test]
fn check_names_the_files_that_would_change_exits_1_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let messy = "right   r \"r\"\n";
    std::fs::write(dir.path().join("messy.lex"), messy).unwrap();
    std::fs::write(dir.path().join("tidy.lex"), "right t \"t\"\n").unwrap();
    lexcompat(dir.path())
        .args(["fmt", "--check", "."])
        .assert()
        .code(1)
        .stdout("messy.lex\n")
        .stderr("lexcompat: 1 of 2 file(s) would be reformatted\n");
    lexcompat(dir.path())
        .args(["fmt", "--check", "--diff", "messy.lex"])
        .assert()
        .code(1)
        .stdout("messy.lex\n--- messy.lex\t(as written)\n+++ messy.lex\t(formatted)\n@@ -1 +1 @@\n-right   r \"r\"\n+right r \"r\"\n");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("messy.lex")).unwrap(),
        messy
    );
}

#[test]
fn fmt_writes_only_the_files_that_change_and_keeps_their_permissions() {
    let dir = tempfile::tempdir().unwrap();
    let messy = dir.path().join("messy.lex");
    let tidy = dir.path().join("tidy.lex");
    std::fs::write(&messy, "right   r \"r\"\n").unwrap();
    std::fs::write(&tidy, "right t \"t\"\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&messy, std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    let tidy_modified = std::fs::metadata(&tidy).unwrap().modified().unwrap();
    lexcompat(dir.path())
        .args(["fmt", "."])
        .assert()
        .code(0)
        .stdout("messy.lex\n");
    assert_eq!(std::fs::read_to_string(&messy).unwrap(), "right r \"r\"\n");
    assert_eq!(
        std::fs::metadata(&tidy).unwrap().modified().unwrap(),
        tidy_modified
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&messy).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }
    lexcompat(dir.path())
        .args(["fmt", "--check", "."])
        .assert()
        .code(0);
    let left: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(left.len(), 2, "no temporary file is left: {left:?}");
}

#[test]
fn a_file_with_a_syntax_error_is_reported_as_lint_reports_it_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let broken = "right   r \"r\"\nright s oops\n";
    std::fs::write(dir.path().join("broken.lex"), broken).unwrap();
    std::fs::write(dir.path().join("messy.lex"), "right   t \"t\"\n").unwrap();
    let lint = lexcompat(dir.path())
        .args(["lint", "broken.lex"])
        .output()
        .unwrap();
    let lint_error = String::from_utf8(lint.stdout).unwrap();
    // The diagnostic, without lint's summary line.
    let syntax_error = lint_error.split("\n1 error").next().unwrap().to_string();
    assert!(
        syntax_error.contains("expected `\"`, found `oops`"),
        "{lint_error}"
    );
    let fmt = lexcompat(dir.path())
        .args(["fmt", "broken.lex", "messy.lex"])
        .assert()
        .code(2)
        .stdout("messy.lex\n");
    let stderr = String::from_utf8(fmt.get_output().stderr.clone()).unwrap();
    assert!(stderr.starts_with(&syntax_error), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("broken.lex")).unwrap(),
        broken
    );
    lexcompat(dir.path())
        .args(["fmt", "--check", "broken.lex"])
        .assert()
        .code(2)
        .stdout("");
}

#[cfg(unix)]
#[test]
fn a_link_or_a_read_only_file_is_not_written_and_the_others_are() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("target.lex");
    std::fs::write(&target, "right   r \"r\"\n").unwrap();
    std::os::unix::fs::symlink(&target, dir.path().join("link.lex")).unwrap();
    let protected = dir.path().join("protected.lex");
    std::fs::write(&protected, "right   p \"p\"\n").unwrap();
    std::fs::set_permissions(&protected, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::write(dir.path().join("messy.lex"), "right   m \"m\"\n").unwrap();
    lexcompat(dir.path())
        .args(["fmt", "link.lex", "protected.lex", "messy.lex"])
        .assert()
        .code(2)
        .stdout("messy.lex\n")
        .stderr(predicates::str::contains(
            "error: cannot write `link.lex`: it is a symbolic link; lexcompat does not write through links",
        ))
        .stderr(predicates::str::contains(
            "error: cannot write `protected.lex`: it is read-only",
        ));
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "right   r \"r\"\n"
    );
    assert_eq!(
        std::fs::read_to_string(&protected).unwrap(),
        "right   p \"p\"\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("messy.lex")).unwrap(),
        "right m \"m\"\n"
    );
    // A folder with a link that leads out of it is refused before anything is written.
    lexcompat(dir.path())
        .args(["fmt", "."])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("leads out of the folder"));
}

#[test]
fn standard_input_is_formatted_to_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    lexcompat(dir.path())
        .args(["fmt", "-"])
        .write_stdin("right   r \"r\" # why\n\n\n\nstatus s \"s\"")
        .assert()
        .code(0)
        .stdout("right r \"r\" # why\n\nstatus s \"s\"\n");
    lexcompat(dir.path())
        .args(["fmt", "--check", "-"])
        .write_stdin("right r \"r\"\n")
        .assert()
        .code(0)
        .stdout("");
    lexcompat(dir.path())
        .args(["fmt", "-"])
        .write_stdin("right r oops\n")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("(standard input):1:9"));
    lexcompat(dir.path())
        .args(["fmt", "-", "other.lex"])
        .assert()
        .code(2)
        .stderr("error: `-` (standard input) must be the only PATH of `fmt`\n");
}
