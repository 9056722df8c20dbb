//! `lexcompat lsp`: a language server over stdio, for editors.
//!
//! A layer beside the reports: it reads the resolved model and the
//! diagnostics that the pipeline (src/driver.rs) returns for the corpus and
//! the open documents, and answers the editor's questions from them —
//! diagnostics, hover, definition, references, completion, document
//! symbols. It resolves no name and analyses nothing itself: where a name or
//! citation stands in the text and what it stands for is
//! [`crate::model::Model::references`].
//!
//! One thread reads a message, answers it and reads the next. Nothing a
//! client sends stops the server except `exit` or the end of its input: a
//! malformed message is skipped (answered with an error when it has an id),
//! an unknown request gets MethodNotFound, bad parameters InvalidParams, and
//! a message longer than [`MAX_MESSAGE_BYTES`] is skipped unread.

mod complete;
mod features;
mod position;
mod state;
mod symbols;

use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::Notification as _;
use lsp_types::request::Request as _;
use lsp_types::{notification, request};
use serde_json::Value;
use std::io::{self, BufRead, Read, Write};
use std::path::PathBuf;

pub use position::{path_to_uri, uri_to_path, LineIndex};

/// The longest message read: a document of the largest file lexcompat
/// reads (16 MiB), each byte escaped in JSON, fits.
pub const MAX_MESSAGE_BYTES: usize = 128 * 1024 * 1024;
/// The longest header line read before the message is given up.
const MAX_HEADER_LINE: usize = 1024;

/// Serves the editor on stdin and stdout until `exit` or the end of input.
/// Returns the process's exit status: 0 after `shutdown`, else 1, as the
/// protocol asks.
pub fn run(corpus: Option<PathBuf>, extra: Vec<PathBuf>) -> u8 {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut server = Server::new(corpus, extra);
    match server.serve(&mut stdin.lock(), &mut stdout.lock()) {
        Ok(()) if server.shut_down => 0,
        Ok(()) => 1,
        Err(e) => {
            eprintln!("lexcompat lsp: {e}");
            1
        }
    }
}

/// The server's state between messages.
pub struct Server {
    state: state::State,
    initialized: bool,
    shut_down: bool,
}

/// What a request handler could not do.
enum Failure {
    InvalidParams(String),
}

type Answer = Result<Value, Failure>;

impl Server {
    pub fn new(corpus: Option<PathBuf>, extra: Vec<PathBuf>) -> Server {
        Server {
            state: state::State {
                corpus_flag: corpus,
                extra_flags: extra,
                ..Default::default()
            },
            initialized: false,
            shut_down: false,
        }
    }

    /// Reads and answers messages until `exit` or the end of input.
    pub fn serve(&mut self, input: &mut impl BufRead, output: &mut impl Write) -> io::Result<()> {
        loop {
            let text = match read_message(input)? {
                Incoming::End => return Ok(()),
                Incoming::Skipped(why) => {
                    eprintln!("lexcompat lsp: {why}");
                    continue;
                }
                Incoming::Text(text) => text,
            };
            let value = match serde_json::from_str::<Value>(&text) {
                Ok(value) => value,
                Err(e) => {
                    eprintln!("lexcompat lsp: a message that is not JSON: {e}");
                    continue;
                }
            };
            let id = value.get("id").cloned();
            // Any object with an id reads as a response; one with a method was meant as a request.
            let meant_as_request = value.get("method").is_some();
            let message = match serde_json::from_value::<Message>(value) {
                Ok(Message::Response(_)) if meant_as_request => None,
                Ok(message) => Some(message),
                Err(_) => None,
            };
            let Some(message) = message else {
                match id.and_then(|id| serde_json::from_value::<RequestId>(id).ok()) {
                    Some(id) => send(
                        output,
                        Response::new_err(
                            id,
                            ErrorCode::InvalidRequest as i32,
                            "not a JSON-RPC request: `method` must be a string and `params` an object or array".to_string(),
                        ),
                    )?,
                    None => eprintln!("lexcompat lsp: a message that is not JSON-RPC"),
                }
                continue;
            };
            match message {
                Message::Request(request) => {
                    let response = self.request(request);
                    send(output, response)?;
                }
                Message::Notification(n) if n.method == notification::Exit::METHOD => {
                    return Ok(());
                }
                Message::Notification(n) => self.notification(n, output)?,
                // The server sends no requests, so expects no responses.
                Message::Response(_) => {}
            }
        }
    }

    fn request(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        if request.method == request::Initialize::METHOD {
            if self.initialized {
                return Response::new_err(
                    id,
                    ErrorCode::InvalidRequest as i32,
                    "initialize was already received".to_string(),
                );
            }
            self.initialized = true;
            return Response::new_ok(id, features::initialize_result());
        }
        if !self.initialized {
            return Response::new_err(
                id,
                ErrorCode::ServerNotInitialized as i32,
                "the first request must be initialize".to_string(),
            );
        }
        if self.shut_down {
            return Response::new_err(
                id,
                ErrorCode::InvalidRequest as i32,
                "the server is shut down; only exit is accepted".to_string(),
            );
        }
        let answer: Answer = match request.method.as_str() {
            request::Shutdown::METHOD => {
                self.shut_down = true;
                Ok(Value::Null)
            }
            request::HoverRequest::METHOD => {
                params(request.params).map(|p| features::hover(&self.state, p))
            }
            request::GotoDefinition::METHOD => {
                params(request.params).map(|p| features::definition(&self.state, p))
            }
            request::References::METHOD => {
                params(request.params).map(|p| features::references(&self.state, p))
            }
            request::Completion::METHOD => {
                params(request.params).map(|p| features::completion(&self.state, p))
            }
            request::DocumentSymbolRequest::METHOD => {
                params(request.params).map(|p| symbols::document_symbols(&self.state, p))
            }
            request::Formatting::METHOD => params(request.params)
                .and_then(|p| features::formatting(&self.state, p).map_err(Failure::InvalidParams)),
            other => {
                return Response::new_err(
                    id,
                    ErrorCode::MethodNotFound as i32,
                    format!("lexcompat does not answer `{other}`"),
                )
            }
        };
        match answer {
            Ok(value) => Response::new_ok(id, value),
            Err(Failure::InvalidParams(why)) => {
                Response::new_err(id, ErrorCode::InvalidParams as i32, why)
            }
        }
    }

    fn notification(&mut self, n: Notification, output: &mut impl Write) -> io::Result<()> {
        if !self.initialized || self.shut_down {
            return Ok(());
        }
        let project = match n.method.as_str() {
            notification::DidOpenTextDocument::METHOD => {
                let Ok(p) = params::<lsp_types::DidOpenTextDocumentParams>(n.params) else {
                    return Ok(());
                };
                let document = p.text_document;
                let uri = document.uri.as_str().to_string();
                if !state::is_lex(&uri, Some(&document.language_id)) {
                    return Ok(());
                }
                match self.state.open(uri.clone(), document.text) {
                    Some(project) => Some(project),
                    None => {
                        // No project: the document's configuration is broken.
                        let diagnostics = features::document_diagnostics(&self.state, &uri);
                        return send(output, diagnostics);
                    }
                }
            }
            notification::DidChangeTextDocument::METHOD => {
                let Ok(p) = params::<lsp_types::DidChangeTextDocumentParams>(n.params) else {
                    return Ok(());
                };
                let uri = p.text_document.uri.as_str().to_string();
                let Some(document) = self.state.documents.get_mut(&uri) else {
                    return Ok(());
                };
                for change in p.content_changes {
                    let text = match change.range {
                        None => change.text,
                        Some(range) => {
                            let start = document.lines.offset(&document.text, range.start);
                            let end = document.lines.offset(&document.text, range.end).max(start);
                            let mut text = document.text.clone();
                            text.replace_range(start..end, &change.text);
                            text
                        }
                    };
                    document.set_text(text);
                }
                match document.project.clone() {
                    Ok(project) => {
                        self.state.rebuild(project);
                        Some(project)
                    }
                    Err(_) => None,
                }
            }
            notification::DidSaveTextDocument::METHOD => {
                let Ok(p) = params::<lsp_types::DidSaveTextDocumentParams>(n.params) else {
                    return Ok(());
                };
                self.state.saved(p.text_document.uri.as_str())
            }
            notification::DidCloseTextDocument::METHOD => {
                let Ok(p) = params::<lsp_types::DidCloseTextDocumentParams>(n.params) else {
                    return Ok(());
                };
                let uri = p.text_document.uri.as_str().to_string();
                let project = self.state.close(&uri);
                // Its diagnostics go with it.
                send(output, features::cleared(&uri))?;
                project
            }
            _ => None,
        };
        if let Some(project) = project {
            for uri in self.state.documents_of(project) {
                send(output, features::document_diagnostics(&self.state, uri))?;
            }
        }
        Ok(())
    }
}

fn params<P: serde::de::DeserializeOwned>(value: Value) -> Result<P, Failure> {
    serde_json::from_value(value)
        .map_err(|e| Failure::InvalidParams(format!("invalid params: {e}")))
}

fn send(output: &mut impl Write, message: impl Into<Message>) -> io::Result<()> {
    message.into().write(output)
}

enum Incoming {
    Text(String),
    /// A message that could not be read, and why; the next one may be.
    Skipped(String),
    End,
}

/// Reads one message's headers and body. The length is checked before
/// anything is allocated for the body; a header line longer than any real
/// one ends the headers.
fn read_message(input: &mut impl BufRead) -> io::Result<Incoming> {
    let mut length: Option<usize> = None;
    let mut bad_header = None;
    loop {
        let mut line = Vec::new();
        let read = input
            .by_ref()
            .take(MAX_HEADER_LINE as u64)
            .read_until(b'\n', &mut line)?;
        if read == 0 {
            return Ok(Incoming::End);
        }
        let line = String::from_utf8_lossy(&line);
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            break;
        }
        match line.split_once(':') {
            Some((name, value)) if name.eq_ignore_ascii_case("content-length") => {
                match value.trim().parse::<usize>() {
                    Ok(n) => length = Some(n),
                    Err(_) => {
                        bad_header =
                            Some(format!("a Content-Length that is not a number: {value:?}"))
                    }
                }
            }
            Some(_) => {}
            None => bad_header = Some("a header line without a colon".to_string()),
        }
    }
    let Some(length) = length else {
        return Ok(Incoming::Skipped(bad_header.unwrap_or_else(|| {
            "a message without Content-Length".to_string()
        })));
    };
    if length > MAX_MESSAGE_BYTES {
        let skipped = io::copy(&mut input.by_ref().take(length as u64), &mut io::sink())?;
        if (skipped as usize) < length {
            return Ok(Incoming::End);
        }
        return Ok(Incoming::Skipped(format!(
            "a message of {length} bytes, more than the {MAX_MESSAGE_BYTES} read"
        )));
    }
    let mut body = Vec::with_capacity(length.min(1024 * 1024));
    input.by_ref().take(length as u64).read_to_end(&mut body)?;
    if body.len() < length {
        return Ok(Incoming::End);
    }
    match String::from_utf8(body) {
        Ok(text) => Ok(Incoming::Text(text)),
        Err(_) => Ok(Incoming::Skipped("a message that is not UTF-8".to_string())),
    }
}
