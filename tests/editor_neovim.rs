//! A real editor against `lexcompat lsp`: Neovim, headless, with the
//! init.lua that docs/editors.md gives, opens a copy of the corpus's
//! tfeu.lex with a misspelt status and must show lint's diagnostic for it,
//! the text of TFEU 20 on hover, and complete `union-ci` once typed.
//! CI installs Neovim (.ci/run); elsewhere a missing Neovim is reported and
//! the test checks nothing more, unless it runs in CI.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;

fn nvim() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join("nvim"))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "nvim is missing: .ci/run installs it"
        );
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr().lock(),
            "note: nvim is not installed, so the Neovim test is skipped; install it (see .ci/run) to run it"
        );
    }
    found
}

/// The Lua snippet docs/editors.md tells Neovim users to write.
fn documented_init() -> String {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/editors.md"))
            .unwrap();
    let block = doc
        .split("<!-- neovim-init: begin -->")
        .nth(1)
        .and_then(|rest| rest.split("<!-- neovim-init: end -->").next())
        .expect("docs/editors.md marks its init.lua");
    block
        .trim()
        .strip_prefix("```lua")
        .and_then(|b| b.strip_suffix("```"))
        .expect("the init.lua is a lua block")
        .to_string()
}

/// Waits (bounded) for the editor to quit, killing it past the deadline.
fn wait(child: &mut std::process::Child, limit: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if let Ok(Some(_)) = child.try_wait() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    false
}

#[test]
fn neovim_shows_the_diagnostic_the_hover_of_tfeu_20_and_completes_a_status() {
    let Some(nvim) = nvim() else { return };
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"),
        &root.join("corpus"),
    );
    std::fs::write(root.join("lexcompat.yaml"), "corpus: corpus/\n").unwrap();
    let tfeu = root.join("corpus/lisbon/tfeu.lex");
    let original = std::fs::read_to_string(&tfeu).unwrap();
    let statement = "confers move-and-reside on union-citizen";
    let expected_line = original
        .lines()
        .position(|l| l.trim() == statement)
        .unwrap();
    let line = original.lines().nth(expected_line).unwrap();
    let planted = line.replace("union-citizen", "union-citzen");
    std::fs::write(&tfeu, original.replacen(line, &planted, 1)).unwrap();

    let hover_line = original
        .lines()
        .position(|l| l.starts_with("article TFEU 20 "))
        .unwrap();

    let init = root.join("init.lua");
    std::fs::write(&init, documented_init()).unwrap();
    let out = root.join("diagnostics.txt");
    let harness = root.join("harness.lua");
    std::fs::write(
        &harness,
        r#"
vim.cmd("edit " .. vim.fn.fnameescape(vim.env.LEX_FILE))
vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code
  if d.user_data and d.user_data.lsp and d.user_data.lsp.code then code = d.user_data.lsp.code end
  table.insert(lines, string.format("%s %d %d %s", tostring(code), d.lnum, d.col, (d.message:gsub("\n.*", ""))))
end
local function at(line, character)
  return { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = line, character = character } }
end
local hovers = vim.lsp.buf_request_sync(0, "textDocument/hover", at(tonumber(vim.env.HOVER_LINE), 8), 10000) or {}
for _, r in pairs(hovers) do
  if r.result then table.insert(lines, "hover: " .. (r.result.contents.value:gsub("\n.*", ""))) end
end
-- Type `union-ci` in place of the misspelt name, as a user would.
local row = tonumber(vim.env.DIAG_LINE)
local text = vim.api.nvim_buf_get_lines(0, row, row + 1, false)[1]
local first, last = text:find("union%-citzen")
vim.api.nvim_buf_set_text(0, row, first - 1, row, last, { "union-ci" })
vim.wait(1000)
local completions = vim.lsp.buf_request_sync(0, "textDocument/completion", at(row, first - 1 + 8), 10000) or {}
for _, r in pairs(completions) do
  for _, item in ipairs(r.result and (r.result.items or r.result) or {}) do
    table.insert(lines, "completion: " .. item.label)
  end
end
vim.fn.writefile(lines, vim.env.LEX_OUT)
vim.cmd("qall!")
"#,
    )
    .unwrap();
    let mut child = Command::new(nvim)
        .args(["--headless", "--clean", "-u"])
        .arg(&init)
        .arg("-c")
        .arg(format!("luafile {}", harness.display()))
        .current_dir(root)
        .env("LEXCOMPAT", env!("CARGO_BIN_EXE_lexcompat"))
        .env("LEX_FILE", &tfeu)
        .env("LEX_OUT", &out)
        .env("DIAG_LINE", expected_line.to_string())
        .env("HOVER_LINE", hover_line.to_string())
        .env("HOME", root)
        .env("XDG_STATE_HOME", root.join("state"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    assert!(
        wait(&mut child, Duration::from_secs(60)),
        "Neovim did not finish within a minute"
    );
    let shown = std::fs::read_to_string(&out).expect("the harness wrote the diagnostics it saw");
    let column = line.find("union-citizen").unwrap();
    assert_eq!(
        shown.trim(),
        format!(
            "LX101 {expected_line} {column} unknown status or group `union-citzen`\n\
             hover: TFEU 20 — Citizenship of the Union\n\
             completion: union-citizen"
        ),
    );
}
