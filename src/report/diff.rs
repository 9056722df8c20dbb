//! How `lexcompat fmt --check --diff` shows a change of layout: a unified
//! diff, as `diff -u` and `git diff` print it, made printable because the
//! lines come from a file.

use super::printable;

/// Finding the shortest diff of two very different files can take long; past
/// this, the diff is coarser but still correct.
const DIFF_TIME: std::time::Duration = std::time::Duration::from_secs(2);

/// The change from `old` to `new` of the file `name`, as a unified diff with
/// two lines of context.
pub fn unified(name: &str, old: &str, new: &str) -> String {
    let diff = similar::TextDiff::configure()
        .timeout(DIFF_TIME)
        .diff_lines(old, new);
    let text = diff
        .unified_diff()
        .context_radius(2)
        .header(
            &format!("{name}\t(as written)"),
            &format!("{name}\t(formatted)"),
        )
        .to_string();
    printable(&text).into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_changed_line_is_shown_removed_and_added_with_its_context() {
        let diff = super::unified("a.lex", "one\n  two\nthree\n", "one\ntwo\nthree\n");
        assert_eq!(
            diff,
            "--- a.lex\t(as written)\n+++ a.lex\t(formatted)\n@@ -1,3 +1,3 @@\n one\n-  two\n+two\n three\n"
        );
    }
}
