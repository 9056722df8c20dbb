// Starts `lexcompat lsp` for .lex files through VS Code's language client.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("lexcompat").get("path") || "lexcompat";
  const server = { command, args: ["lsp"] };
  client = new LanguageClient(
    "lexcompat",
    "lexcompat",
    { run: server, debug: server },
    { documentSelector: [{ scheme: "file", language: "lexcompat" }] }
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
