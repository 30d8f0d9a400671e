// Starts `casestudio language-server` for Case Studio files; every feature comes from the server.
const { workspace } = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

exports.activate = async function activate() {
  const command = workspace.getConfiguration('casestudio').get('command') || 'casestudio';
  client = new LanguageClient('casestudio', 'Case Studio',
    { command, args: ['language-server'], transport: TransportKind.stdio },
    { documentSelector: [{ scheme: 'file', language: 'casestudio' }] });
  await client.start();
};

exports.deactivate = function deactivate() {
  return client ? client.stop() : undefined;
};
