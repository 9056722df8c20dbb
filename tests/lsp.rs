//! `lexcompat lsp` driven over its stdin and stdout by a small JSON-RPC
//! client, as an editor would: initialize, open documents, ask questions,
//! send what no editor should, shut down.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

/// How long any answer may take before the test fails rather than hangs.
const PATIENCE: Duration = Duration::from_secs(60);

struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    next_id: i64,
}

impl Client {
    /// Starts the server on a corpus folder and initializes it.
    fn start(corpus: &Path) -> Client {
        let mut command = Command::new(env!("CARGO_BIN_EXE_lexcompat"));
        command.arg("lsp").arg("--corpus").arg(corpus);
        Client::spawn(command)
    }

    fn spawn(mut command: Command) -> Client {
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("lexcompat starts");
        let stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let (sender, incoming) = channel();
        std::thread::spawn(move || loop {
            let mut length = None;
            loop {
                let mut line = String::new();
                if stdout.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                if let Some(n) = line.strip_prefix("Content-Length: ") {
                    length = n.parse::<usize>().ok();
                }
            }
            let mut body = vec![0; length.expect("a Content-Length header")];
            if stdout.read_exact(&mut body).is_err() {
                return;
            }
            if sender.send(serde_json::from_slice(&body).unwrap()).is_err() {
                return;
            }
        });
        let mut client = Client {
            child,
            stdin,
            incoming,
            next_id: 0,
        };
        let init = client.request("initialize", json!({ "capabilities": {} }));
        assert_eq!(init["result"]["serverInfo"]["name"], "lexcompat");
        client.notify("initialized", json!({}));
        client
    }

    fn send_raw(&mut self, body: &[u8]) {
        write!(self.stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
        self.stdin.write_all(body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn send(&mut self, message: Value) {
        self.send_raw(message.to_string().as_bytes());
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    fn receive(&mut self) -> Value {
        self.incoming
            .recv_timeout(PATIENCE)
            .expect("the server answers in time and is still running")
    }

    /// Sends a request and returns its response, setting notifications aside.
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        self.response(id)
    }

    fn response(&mut self, id: i64) -> Value {
        loop {
            let message = self.receive();
            if message["id"] == id {
                return message;
            }
        }
    }

    /// The next diagnostics published for a document.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        loop {
            let message = self.receive();
            if message["method"] == "textDocument/publishDiagnostics"
                && message["params"]["uri"] == uri
            {
                return message["params"]["diagnostics"].as_array().unwrap().clone();
            }
        }
    }

    fn open(&mut self, uri: &str, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "lexcompat", "version": 1, "text": text } }),
        );
        self.diagnostics(uri)
    }

    fn at(&mut self, method: &str, uri: &str, (line, character): (usize, usize)) -> Value {
        let mut params = json!({
            "textDocument": { "uri": uri },
            "position": { "line": line, "character": character },
        });
        if method == "textDocument/references" {
            params["context"] = json!({ "includeDeclaration": true });
        }
        let response = self.request(method, params);
        assert!(response.get("error").is_none(), "{response}");
        response["result"].clone()
    }

    /// Shuts down and exits; the exit status of the server.
    fn stop(mut self) -> i32 {
        let response = self.request("shutdown", Value::Null);
        assert_eq!(response["result"], Value::Null);
        self.notify("exit", Value::Null);
        self.child.wait().unwrap().code().unwrap()
    }
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// The `file:` URI of a path, as an editor writes it: percent-encoded.
fn uri_of(path: &Path) -> String {
    let path = std::fs::canonicalize(path).unwrap();
    let mut uri = String::from("file://");
    for b in path.to_str().unwrap().bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

/// The zero-based line and UTF-16 column of the first `needle` on a line holding `line_has`.
fn find(text: &str, line_has: &str, needle: &str) -> (usize, usize) {
    let (line, content) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(line_has))
        .unwrap_or_else(|| panic!("no line holds {line_has:?}"));
    let byte = content.find(needle).unwrap();
    (line, content[..byte].encode_utf16().count())
}

fn tfeu() -> (String, String) {
    let path = corpus().join("lisbon/tfeu.lex");
    (uri_of(&path), std::fs::read_to_string(&path).unwrap())
}

#[test]
fn hover_over_tfeu_20_gives_its_text_source_verification_and_succession() {
    let mut client = Client::start(&corpus());
    let (uri, text) = tfeu();
    assert_eq!(client.open(&uri, &text), Vec::<Value>::new());
    let head = find(&text, "article TFEU 20 ", "TFEU 20");
    let hover = client.at("textDocument/hover", &uri, head);
    assert_eq!(hover["contents"]["kind"], "plaintext");
    insta::assert_snapshot!(
        "hover_tfeu_20",
        hover["contents"]["value"].as_str().unwrap()
    );
    // The citation in `succeeds EC-1997 17` stands for the older article.
    let cited = find(&text, "succeeds EC-1997 17", "EC-1997");
    let hover = client.at("textDocument/hover", &uri, cited);
    insta::assert_snapshot!(
        "hover_ec_1997_17",
        hover["contents"]["value"].as_str().unwrap()
    );
    // A status: its title and the provisions defining it.
    let status = find(
        &text,
        "confers move-and-reside on union-citizen",
        "union-citizen",
    );
    let value = client.at("textDocument/hover", &uri, status)["contents"]["value"].clone();
    let value = value.as_str().unwrap();
    assert!(value.starts_with("status union-citizen — "), "{value}");
    assert!(
        value.contains("TFEU 20(1): defines union-citizen as holds-nationality(member-state)"),
        "{value}"
    );
    assert_eq!(client.stop(), 0);
}

#[test]
fn definition_and_references_cross_files() {
    let mut client = Client::start(&corpus());
    let (uri, text) = tfeu();
    client.open(&uri, &text);
    let status = find(
        &text,
        "confers move-and-reside on union-citizen",
        "union-citizen",
    );
    let definition = client.at("textDocument/definition", &uri, status);
    let vocabulary = corpus().join("vocabulary.lex");
    assert_eq!(definition["uri"], uri_of(&vocabulary));
    let line = definition["range"]["start"]["line"].as_u64().unwrap() as usize;
    let declared = std::fs::read_to_string(&vocabulary).unwrap();
    assert!(declared
        .lines()
        .nth(line)
        .unwrap()
        .starts_with("status union-citizen "));
    let references = client.at("textDocument/references", &uri, status);
    let references = references.as_array().unwrap();
    let in_tfeu = references.iter().filter(|r| r["uri"] == uri).count();
    assert_eq!(in_tfeu, text.matches("union-citizen").count());
    assert!(references.iter().any(|r| r["uri"] == uri_of(&vocabulary)));
    // A citation goes to the article's head.
    let cited = find(&text, "succeeds EC-1997 17", "EC-1997");
    let definition = client.at("textDocument/definition", &uri, cited);
    assert!(definition["uri"]
        .as_str()
        .unwrap()
        .ends_with("/amsterdam/ec-1997.lex"));
    assert_eq!(client.stop(), 0);
}

fn labels(completion: &Value) -> Vec<String> {
    completion
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["label"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn completion_knows_what_each_place_takes() {
    let mut client = Client::start(&corpus());
    let (uri, text) = tfeu();
    client.open(&uri, &text);
    let (line, column) = find(
        &text,
        "confers move-and-reside on union-citizen",
        "union-citizen",
    );
    let edit = |client: &mut Client, version: i64, start: usize, end: usize, new: &str| {
        client.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{
                "range": { "start": { "line": line, "character": start }, "end": { "line": line, "character": end } },
                "text": new }] }),
        );
        client.diagnostics(&uri)
    };
    let diagnostics = edit(
        &mut client,
        2,
        column,
        column + "union-citizen".len(),
        "union-ci",
    );
    assert_eq!(diagnostics[0]["code"], "LX101");
    let completion = client.at("textDocument/completion", &uri, (line, column + 8));
    assert_eq!(labels(&completion), ["union-citizen"]);
    let edit_range = &completion[0]["textEdit"]["range"];
    assert_eq!(edit_range["start"]["character"], column);
    // After `confers`, rights only.
    let confers = find(
        &text,
        "confers move-and-reside on union-citizen",
        "move-and-reside",
    )
    .1;
    let completion = client.at("textDocument/completion", &uri, (line, confers + 4));
    assert_eq!(labels(&completion), ["move-and-reside", "move-for-work"]);
    let everything = labels(&client.at("textDocument/completion", &uri, (line, confers)));
    assert!(everything.contains(&"vote-ep".to_string()));
    assert!(
        !everything.contains(&"union-citizen".to_string()),
        "a status is not a right"
    );
    // After `succeeds TFEU `, the article numbers of the TFEU.
    edit(&mut client, 3, 0, 200, "  succeeds TFEU 2");
    let completion = client.at("textDocument/completion", &uri, (line, 17));
    let numbers = labels(&completion);
    assert!(
        numbers.contains(&"20".to_string()) && numbers.contains(&"21".to_string()),
        "{numbers:?}"
    );
    assert!(numbers.iter().all(|n| n.starts_with('2')));
    // At the start of a line, the grammar's keywords.
    edit(&mut client, 4, 0, 200, "pro");
    let completion = client.at("textDocument/completion", &uri, (line, 3));
    assert_eq!(labels(&completion), ["procedure", "proposal"]);
    assert_eq!(client.stop(), 0);
}

#[test]
fn document_symbols_outline_instruments_articles_and_subdivisions() {
    let mut client = Client::start(&corpus());
    let (uri, text) = tfeu();
    client.open(&uri, &text);
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    let mut outline = String::new();
    let mut stack: Vec<(usize, &Value)> = symbols["result"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .map(|s| (0, s))
        .collect();
    while let Some((depth, symbol)) = stack.pop() {
        outline.push_str(&format!(
            "{}{}\n",
            "  ".repeat(depth),
            symbol["name"].as_str().unwrap()
        ));
        if let Some(children) = symbol["children"].as_array() {
            stack.extend(children.iter().rev().map(|c| (depth + 1, c)));
        }
    }
    let head: String = outline.lines().take(24).map(|l| format!("{l}\n")).collect();
    insta::assert_snapshot!("outline_tfeu", head);
    assert_eq!(client.stop(), 0);
}

#[test]
fn diagnostics_columns_count_utf16_units_after_non_ascii_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("åland.lex");
    let text = "proposal p \"Åland — 𝕏\" {\n  date 2020-01-01\n  group g \"Åland — 𝕏\" where holds-nationality(maltaa)\n}\n";
    std::fs::write(&path, text).unwrap();
    let mut client = Client::start(&corpus());
    let uri = uri_of(&path);
    assert!(uri.contains("%C3%A5land.lex"), "{uri}");
    let diagnostics = client.open(&uri, text);
    let unknown = diagnostics
        .iter()
        .find(|d| d["code"] == "LX101")
        .expect("the unknown state is reported");
    let expected = find(text, "group g", "maltaa");
    assert_eq!(
        unknown["range"]["start"],
        json!({ "line": expected.0, "character": expected.1 })
    );
    assert_eq!(unknown["range"]["end"]["character"], expected.1 + 6);
    assert!(unknown["message"]
        .as_str()
        .unwrap()
        .contains("did you mean `malta`?"));
    assert_eq!(client.stop(), 0);
}

#[test]
fn bad_messages_unknown_methods_and_other_files_do_not_stop_the_server() {
    let mut client = Client::start(&corpus());
    // Not JSON, JSON that is not JSON-RPC, with and without an id.
    client.send_raw(b"{ this is not json");
    client.send_raw(br#"{"jsonrpc": "2.0", "id": 41, "method": 5}"#);
    assert_eq!(client.response(41)["error"]["code"], -32600);
    client.send_raw(b"[1, 2, 3]");
    // A header without a length, then a proper message.
    client.stdin.write_all(b"X-Nothing: 1\r\n\r\n").unwrap();
    let unknown = client.request("textDocument/unknownThing", json!({}));
    assert_eq!(unknown["error"]["code"], -32601);
    let malformed = client.request("textDocument/hover", json!({ "textDocument": 7 }));
    assert_eq!(malformed["error"]["code"], -32602);
    let missing = client.request("textDocument/completion", Value::Null);
    assert_eq!(missing["error"]["code"], -32602);
    // A document that is not .lex is not read, and questions about it get nothing.
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": "file:///tmp/notes.md", "languageId": "markdown", "version": 1, "text": "union-citizen" } }),
    );
    assert_eq!(
        client.at("textDocument/hover", "file:///tmp/notes.md", (0, 3)),
        Value::Null
    );
    assert_eq!(
        client.at("textDocument/completion", "file:///tmp/notes.md", (0, 3)),
        Value::Null
    );
    // A position far outside the document is clamped, not a crash.
    let (uri, text) = tfeu();
    client.open(&uri, &text);
    assert_eq!(
        client.at("textDocument/hover", &uri, (1_000_000, 4_000_000)),
        Value::Null
    );
    let head = find(&text, "article TFEU 20 ", "20");
    let hover = client.at("textDocument/hover", &uri, head);
    assert!(hover["contents"]["value"]
        .as_str()
        .unwrap()
        .starts_with("TFEU 20 — Citizenship of the Union"));
    assert_eq!(client.stop(), 0);
}

#[test]
fn a_document_with_syntax_errors_still_gets_hover_and_completion() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.lex");
    let text = "group movers \"Movers\" where union-citizen, resides-in(other-member-state)\n\nproposal p \"Broken\" {\n  date 2020-01-01\n  grants [vote-ep] to union-ci\n";
    let mut client = Client::start(&corpus());
    let uri = uri_of(dir.path()).to_string() + "/broken.lex";
    assert!(!path.exists(), "the document lives in the editor only");
    let diagnostics = client.open(&uri, text);
    assert!(
        diagnostics
            .iter()
            .any(|d| d["code"] == "LX011" || d["code"] == "LX010"),
        "{diagnostics:?}"
    );
    let hover = client.at(
        "textDocument/hover",
        &uri,
        find(text, "group movers", "union-citizen"),
    );
    assert!(hover["contents"]["value"]
        .as_str()
        .unwrap()
        .starts_with("status union-citizen"));
    let end = find(text, "grants", "union-ci");
    let completion = client.at("textDocument/completion", &uri, (end.0, end.1 + 8));
    assert_eq!(labels(&completion), ["union-citizen"]);
    assert_eq!(client.stop(), 0);
}

#[test]
fn exit_without_shutdown_is_status_1_and_requests_before_initialize_are_refused() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lexcompat"))
        .args(["lsp", "--corpus"])
        .arg(corpus())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for body in [
        json!({ "jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {} }),
        json!({ "jsonrpc": "2.0", "method": "exit" }),
    ] {
        let body = body.to_string();
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    }
    drop(stdin);
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    assert!(out.contains("\"code\":-32002"), "{out}");
    assert_eq!(child.wait().unwrap().code(), Some(1));
}

/// The resident memory of a process, in kilobytes.
fn resident_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

#[test]
fn memory_does_not_grow_across_thousands_of_edits() {
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("corpus");
    std::fs::create_dir(&small).unwrap();
    std::fs::copy(
        corpus().join("vocabulary.lex"),
        small.join("vocabulary.lex"),
    )
    .unwrap();
    let mut client = Client::start(&small);
    let uri = uri_of(&small.join("vocabulary.lex"));
    let text = std::fs::read_to_string(small.join("vocabulary.lex")).unwrap();
    client.open(&uri, &text);
    let edit = |client: &mut Client, version: i64| {
        // Type a character and take it back, as an editor sends it.
        let changes = if version % 2 == 0 {
            json!([{ "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 0, "character": 0 } }, "text": "#" }])
        } else {
            json!([{ "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 0, "character": 1 } }, "text": "" }])
        };
        client.notify("textDocument/didChange", json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": changes }));
        client.diagnostics(&uri)
    };
    for version in 2..500 {
        edit(&mut client, version);
    }
    let Some(before) = resident_kb(client.child.id()) else {
        return; // No /proc: nothing to measure on this system.
    };
    for version in 500..2999 {
        edit(&mut client, version);
    }
    let after = resident_kb(client.child.id()).unwrap();
    assert!(
        after < before + 4096,
        "resident memory grew from {before} kB to {after} kB over 2500 edits"
    );
    assert_eq!(edit(&mut client, 3000), Vec::<Value>::new());
    assert_eq!(client.stop(), 0);
}

#[test]
fn a_broken_lexcompat_yaml_is_shown_on_the_document_and_the_server_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::write(dir.path().join("lexcompat.yaml"), "corpsu: corpus/\n").unwrap();
    std::fs::create_dir(dir.path().join("proposals")).unwrap();
    let path = dir.path().join("proposals/p.lex");
    std::fs::write(&path, "").unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_lexcompat"));
    command.arg("lsp").current_dir(dir.path());
    let mut client = Client::spawn(command);
    let uri = uri_of(&path);
    let diagnostics = client.open(&uri, "right r \"R\"\n");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0]["code"], "LX301");
    let message = diagnostics[0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("unknown key `corpsu` in `lexcompat.yaml`"),
        "{message}"
    );
    // Without a corpus nothing is answered, and nothing fails.
    assert_eq!(client.at("textDocument/hover", &uri, (0, 6)), Value::Null);
    // Once the file is fixed, saving the document finds the corpus (the built-in one).
    std::fs::write(dir.path().join("lexcompat.yaml"), "").unwrap();
    client.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert_eq!(client.diagnostics(&uri), Vec::<Value>::new());
    let hover = client.at("textDocument/hover", &uri, (0, 6));
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .starts_with("right r — R"),
        "{hover}"
    );
    assert_eq!(client.stop(), 0);
}

#[test]
fn formatting_gives_fmt_s_layout_as_one_edit_and_refuses_a_broken_document() {
    let dir = tempfile::tempdir().unwrap();
    let mut client = Client::start(&corpus());
    let uri = uri_of(dir.path()).to_string() + "/messy.lex";
    let messy = "right   walk \"to walk\"\ncondition  tired \"is tired\"   # why not\n";
    client.open(&uri, messy);
    let edits = client.request(
        "textDocument/formatting",
        json!({"textDocument": {"uri": uri}, "options": {"tabSize": 2, "insertSpaces": true}}),
    );
    let expected = lexcompat::fmt::format_source(messy).unwrap();
    assert_ne!(expected, messy);
    assert_eq!(edits["result"][0]["newText"], expected.as_str(), "{edits}");
    assert_eq!(
        edits["result"][0]["range"]["start"],
        json!({"line": 0, "character": 0})
    );
    assert_eq!(
        edits["result"][0]["range"]["end"],
        json!({"line": 2, "character": 0})
    );

    let tidy = "right walk \"to walk\"\n";
    let tidy_uri = uri_of(dir.path()).to_string() + "/tidy.lex";
    client.open(&tidy_uri, tidy);
    let none = client.request(
        "textDocument/formatting",
        json!({"textDocument": {"uri": tidy_uri}, "options": {"tabSize": 2, "insertSpaces": true}}),
    );
    assert_eq!(none["result"], json!([]), "{none}");

    let broken_uri = uri_of(dir.path()).to_string() + "/broken.lex";
    client.open(&broken_uri, "right walk \"to walk\n");
    let refused = client.request(
        "textDocument/formatting",
        json!({"textDocument": {"uri": broken_uri}, "options": {"tabSize": 2, "insertSpaces": true}}),
    );
    assert_eq!(refused["error"]["code"], -32602, "{refused}");
    assert_eq!(client.stop(), 0);
}
