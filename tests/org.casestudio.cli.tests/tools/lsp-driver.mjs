#!/usr/bin/env node
// An editor's side of the Language Server Protocol, on the protocol's own client library
// (vscode-jsonrpc, vscode-languageserver-protocol): starts a server command, works on one file of a
// workspace folder as an editor would, and prints what the server answered as JSON.
//
//   node lsp-driver.mjs session <folder> <file in it> -- <server command...>
//       initialize, open the file, its diagnostics, break it and see the error, then completion,
//       definition, references, hover (also after a change to the actor list), document symbols,
//       formatting, rename, code actions and semantic tokens, a folder tree made while the server
//       runs, shutdown and exit. Prints { steps: {...}, exitCode, problems: [...] }.
//   node lsp-driver.mjs keystrokes <folder> <file> <count> -- <server command...>
//       the benchmark: start -> first diagnostics of the file (whole process), then <count>
//       keystrokes (one character of a title, alternated) -> diagnostics, in ms.
//
// Exits 0 when the session ran to its end (whatever the answers were: the caller judges them), 1
// when it could not (a timeout, the server died, a protocol error), with the reason in problems.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, PublishDiagnosticsNotification,
  CompletionRequest, DefinitionRequest, ReferencesRequest, HoverRequest, DocumentSymbolRequest,
  DocumentFormattingRequest, RenameRequest, PrepareRenameRequest, CodeActionRequest, SemanticTokensRequest,
  ShowMessageNotification, DidChangeWatchedFilesNotification, FileChangeType,
} from 'vscode-languageserver-protocol/node';

const TIMEOUT_MS = Number(process.env.LSP_DRIVER_TIMEOUT_MS ?? 60000);
const [mode, ...rest] = process.argv.slice(2);
const dash = rest.indexOf('--');
if (!['session', 'keystrokes'].includes(mode) || dash < 2 || dash === rest.length - 1) {
  process.stderr.write('usage: node lsp-driver.mjs session|keystrokes <folder> <file> [count] -- <server command...>\n');
  process.exit(2);
}
const [folderArg, fileArg, countArg] = rest.slice(0, dash);
const command = rest.slice(dash + 1);
const folder = resolve(folderArg);
const file = resolve(folder, fileArg);
const uri = pathToFileURL(file).href;
const problems = [];
const report = { mode, folder: pathToFileURL(folder).href, uri, steps: {}, problems };

const started = performance.now();
const server = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
let serverErr = '';
server.stderr.on('data', chunk => { serverErr += chunk; });
const serverExit = new Promise(done => server.on('exit', (code, signal) => done({ code, signal })));

const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
// Anything but the protocol on the server's output breaks the stream: that is a failure here.
connection.onError(([error]) => problems.push(`protocol error: ${error?.message ?? error}`));
const diagnostics = new Map();
const waiting = [];
connection.onNotification(PublishDiagnosticsNotification.type, params => {
  diagnostics.set(params.uri, { at: performance.now(), version: params.version, diagnostics: params.diagnostics });
  for (const w of waiting.filter(w => w.uri === params.uri && w.test(params.diagnostics))) {
    waiting.splice(waiting.indexOf(w), 1);
    w.done(performance.now());
  }
});
const messages = [];
connection.onNotification(ShowMessageNotification.type, params => messages.push(params));
connection.onRequest((method, params) => {
  // The server may ask for configuration or register capabilities; a plain client says yes to nothing.
  return null;
});
connection.listen();

/** Waits for diagnostics of the file that pass the test; resolves with the time they came. */
function diagnosticsOf(fileUri, test = () => true) {
  return withTimeout(new Promise(done => waiting.push({ uri: fileUri, test, done })), `diagnostics of ${fileUri}`);
}

function withTimeout(promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`no answer within ${TIMEOUT_MS} ms: ${what}`)), TIMEOUT_MS); }),
  ]).finally(() => clearTimeout(timer));
}

const request = (type, params) => withTimeout(connection.sendRequest(type, params), type.method);

/** The position of the n-th (from 0) occurrence of a text in a string, plus a column offset. */
function positionOf(text, needle, { occurrence = 0, plus = 0 } = {}) {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`'${needle}' (occurrence ${occurrence}) is not in the file`);
  }
  index += plus;
  const before = text.slice(0, index).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function offsetOf(text, position) {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < position.line; i++) offset += lines[i].length + 1;
  return offset + position.character;
}

/** The text with the protocol's edits applied (each range read in the original text). */
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, offsetOf(text, edit.range.start)) + edit.newText + result.slice(offsetOf(text, edit.range.end));
  }
  return result;
}

/** Semantic tokens as { line, character, length, text, type, modifiers } with the legend's names. */
function decodeTokens(text, data, legend) {
  const lines = text.split('\n');
  const tokens = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const modifiers = legend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
    tokens.push({ line, character, length: data[i + 2], text: (lines[line] ?? '').substr(character, data[i + 2]),
      type: legend.tokenTypes[data[i + 3]], modifiers });
  }
  return tokens;
}

const summary = d => ({ severity: d.severity, code: d.code, message: d.message, range: d.range, data: d.data });
let version = 1;
const change = (text) => connection.sendNotification(DidChangeTextDocumentNotification.type,
  { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });

async function initialize() {
  const result = await request(InitializeRequest.type, {
    processId: process.pid,
    rootUri: report.folder,
    workspaceFolders: [{ uri: report.folder, name: 'workspace' }],
    capabilities: {
      textDocument: {
        synchronization: { didSave: false },
        publishDiagnostics: { relatedInformation: false },
        completion: { completionItem: { snippetSupport: false } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        rename: { prepareSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
      },
      workspace: { workspaceFolders: true },
    },
  });
  connection.sendNotification(InitializedNotification.type, {});
  return result;
}

async function session() {
  const original = readFileSync(file, 'utf8');
  const init = await initialize();
  const caps = init.capabilities;
  report.steps.initialize = {
    capabilities: Object.keys(caps).filter(k => caps[k] !== false && caps[k] != null).sort(),
    semanticTokensLegend: caps.semanticTokensProvider?.legend ?? null,
  };

  const firstDiagnostics = diagnosticsOf(uri);
  connection.sendNotification(DidOpenTextDocumentNotification.type,
    { textDocument: { uri, languageId: 'casestudio', version, text: original } });
  await firstDiagnostics;
  report.steps.open = { ms: Math.round(performance.now() - started),
    diagnostics: diagnostics.get(uri).diagnostics.map(summary),
    filesWithDiagnostics: [...diagnostics.keys()].sort(),
    errorsByFile: Object.fromEntries([...diagnostics].map(([u, d]) => [u, d.diagnostics.filter(x => x.severity === 1).length])) };

  // Break a reference: the id of the organiser no longer names an actor.
  const broken = original.replace('organised by procasur', 'organised by procasurr');
  const brokenAt = performance.now();
  const error = diagnosticsOf(uri, ds => ds.some(d => d.severity === 1));
  change(broken);
  await error;
  const errors = diagnostics.get(uri).diagnostics.filter(d => d.severity === 1);
  report.steps.broken = { ms: Math.round(performance.now() - brokenAt), diagnostics: errors.map(summary) };

  // The quick fixes of that error.
  const actions = await request(CodeActionRequest.type, {
    textDocument: { uri }, range: errors[0].range, context: { diagnostics: errors, only: ['quickfix'] },
  });
  report.steps.codeActions = (actions ?? []).map(a => ({ title: a.title, kind: a.kind,
    edits: Object.fromEntries(Object.entries(a.edit?.changes ?? {}).map(([u, es]) => [u, es])) }));
  const fix = (actions ?? []).find(a => a.title.includes("'procasur'"));
  const fixed = fix ? applyEdits(broken, fix.edit.changes[uri]) : broken;
  report.steps.codeActionApplied = { restoresTheFile: fixed === original };
  const clean = diagnosticsOf(uri, ds => !ds.some(d => d.severity === 1));
  change(original);
  await clean;
  report.steps.repaired = { diagnostics: diagnostics.get(uri).diagnostics.map(summary) };

  // Completion where the host programme's id goes.
  const completion = await request(CompletionRequest.type,
    { textDocument: { uri }, position: positionOf(original, 'host programme rlip', { plus: 'host programme '.length }) });
  const items = Array.isArray(completion) ? completion : completion?.items ?? [];
  report.steps.completion = { labels: items.map(i => i.label) };

  const procasur = positionOf(original, 'organised by procasur', { plus: 'organised by '.length + 2 });
  const definition = await request(DefinitionRequest.type, { textDocument: { uri }, position: procasur });
  report.steps.definition = (Array.isArray(definition) ? definition : [definition]).filter(Boolean)
    .map(l => ({ uri: l.uri ?? l.targetUri, range: l.range ?? l.targetSelectionRange }));

  const rlip = positionOf(original, 'host programme rlip', { plus: 'host programme '.length + 1 });
  const references = await request(ReferencesRequest.type,
    { textDocument: { uri }, position: rlip, context: { includeDeclaration: true } });
  report.steps.references = (references ?? []).map(l => ({ uri: l.uri, range: l.range }));

  const hover = await request(HoverRequest.type, { textDocument: { uri }, position: procasur });
  report.steps.hover = hover ? { contents: hover.contents, range: hover.range } : null;

  // Another open file changes under the route's references: the organiser's title in the actor
  // list. The route's hover then shows the new title, and the old one once the change is undone.
  const actorsUri = pathToFileURL(join(dirname(file), 'actors.actors')).href;
  const actorsText = readFileSync(join(dirname(file), 'actors.actors'), 'utf8');
  let actorsVersion = 1;
  const actorsChecked = () => diagnosticsOf(actorsUri);
  let checked = actorsChecked();
  connection.sendNotification(DidOpenTextDocumentNotification.type,
    { textDocument: { uri: actorsUri, languageId: 'casestudio', version: actorsVersion, text: actorsText } });
  await checked;
  const retitle = async (text) => {
    const done = actorsChecked();
    connection.sendNotification(DidChangeTextDocumentNotification.type,
      { textDocument: { uri: actorsUri, version: ++actorsVersion }, contentChanges: [{ text }] });
    await done;
    const answer = await request(HoverRequest.type, { textDocument: { uri }, position: procasur });
    return answer?.contents?.value ?? null;
  };
  report.steps.hoverAfterOtherFileChanged = {
    changed: await retitle(actorsText.replace('procasur "PROCASUR"', 'procasur "PROCASUR Laos"')),
    undone: await retitle(actorsText),
  };

  const symbols = await request(DocumentSymbolRequest.type, { textDocument: { uri } });
  const flatten = (list, depth = 0) => (list ?? []).flatMap(s => [{ name: s.name, kind: s.kind, depth,
    range: s.range ?? s.location?.range }, ...flatten(s.children, depth + 1)]);
  report.steps.documentSymbols = flatten(symbols);

  // Formatting a file whose layout was spoilt gives the layout back.
  const spoilt = original.replace('\n\tsubtitle', '\n        subtitle').replace('\n\tcountry "Lao PDR"', '\n\tcountry    "Lao PDR"  ');
  change(spoilt);
  const edits = await request(DocumentFormattingRequest.type,
    { textDocument: { uri }, options: { tabSize: 4, insertSpaces: false } });
  report.steps.formatting = { edits: (edits ?? []).length, restoresTheLayout: applyEdits(spoilt, edits ?? []) === original };
  change(original);

  const prepared = await request(PrepareRenameRequest.type, { textDocument: { uri }, position: procasur });
  const renamed = await request(RenameRequest.type, { textDocument: { uri }, position: procasur, newName: 'procasur_lao' });
  const changes = renamed?.changes ?? {};
  report.steps.rename = {
    prepared,
    files: Object.fromEntries(Object.entries(changes).map(([u, es]) => [u, es.map(e => ({ range: e.range, newText: e.newText }))])),
  };
  // A name that is no id changes nothing, and the server says why.
  const told = messages.length;
  const refused = await request(RenameRequest.type, { textDocument: { uri }, position: procasur, newName: 'not an id' });
  report.steps.rename.invalidName = { changes: Object.keys(refused?.changes ?? {}).length,
    messages: messages.slice(told).map(m => ({ type: m.type, message: m.message })) };

  const tokens = await request(SemanticTokensRequest.type, { textDocument: { uri } });
  const legend = caps.semanticTokensProvider?.legend ?? { tokenTypes: [], tokenModifiers: [] };
  report.steps.semanticTokens = { count: (tokens?.data?.length ?? 0) / 5, tokens: decodeTokens(original, tokens?.data ?? [], legend) };

  // A folder tree made while the server runs, as an editor reports it: the route alone, in a folder
  // of its own, is checked as a tree of its own, where its actors' and cases' ids name nothing.
  const laterFile = join(folder, 'later', 'attapeu.route');
  mkdirSync(dirname(laterFile));
  writeFileSync(laterFile, original);
  const laterUri = pathToFileURL(laterFile).href;
  const laterChecked = diagnosticsOf(laterUri);
  connection.sendNotification(DidChangeWatchedFilesNotification.type,
    { changes: [{ uri: laterUri, type: FileChangeType.Created }] });
  connection.sendNotification(DidOpenTextDocumentNotification.type,
    { textDocument: { uri: laterUri, languageId: 'casestudio', version: 1, text: original } });
  await laterChecked;
  report.steps.newFolderTree = { errors: diagnostics.get(laterUri).diagnostics.filter(d => d.severity === 1).map(summary) };
}

async function keystrokes() {
  const count = Number(countArg ?? 50);
  const original = readFileSync(file, 'utf8');
  await initialize();
  const first = diagnosticsOf(uri);
  connection.sendNotification(DidOpenTextDocumentNotification.type,
    { textDocument: { uri, languageId: 'casestudio', version, text: original } });
  await first;
  report.steps.firstDiagnostics = { ms: Math.round(performance.now() - started),
    errors: diagnostics.get(uri).diagnostics.filter(d => d.severity === 1).length };
  if (count === 0) return;
  // One character of a session title in the middle of the file, as a person types: incremental
  // changes of one character, each followed by the diagnostics of its version.
  const lines = original.split('\n');
  const line = lines.findIndex((l, i) => i >= lines.length / 2 && l.includes('"Session 1 of day'));
  const character = lines[line].indexOf('"Session') + 2;
  let current = lines[line][character];
  const times = [];
  for (let i = -10; i < count; i++) {
    const next = String.fromCharCode(97 + ((i + 26) % 26));
    const expected = ++version;
    const arrived = diagnosticsOf(uri);
    const sent = performance.now();
    connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: expected },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: next }],
    });
    const at = await arrived;
    current = next;
    if (i >= 0) times.push(at - sent);
  }
  const sorted = [...times].sort((a, b) => a - b);
  report.steps.keystrokes = { count, lines: lines.length, medianMs: sorted[Math.floor((sorted.length - 1) / 2)],
    minMs: sorted[0], maxMs: sorted[sorted.length - 1],
    errors: diagnostics.get(uri).diagnostics.filter(d => d.severity === 1).length, last: current };
}

let failed = false;
try {
  await (mode === 'session' ? session() : keystrokes());
  const shutdownAt = performance.now();
  await request(ShutdownRequest.type);
  connection.sendNotification(ExitNotification.type);
  const exit = await withTimeout(serverExit, 'the server to exit');
  report.exitCode = exit.code;
  report.exitMs = Math.round(performance.now() - shutdownAt);
} catch (e) {
  failed = true;
  problems.push(e.message);
  server.kill();
}
connection.dispose();
report.serverStderr = serverErr.split('\n').filter(Boolean).slice(-20);
if (problems.length > 0) failed = true;
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
process.exit(failed ? 1 : 0);
