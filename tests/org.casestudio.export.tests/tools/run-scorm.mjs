#!/usr/bin/env node
// Usage: node run-scorm.mjs <package.zip>
// Plays each SCO of a SCORM 1.2 package the way an LMS would: the SCO page runs in an
// iframe of a host page whose window.API is scorm-again's Scorm12API. Prints JSON.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { fail, isLocalUrl, launchChromium } from './lib/browser.mjs';

const STEP_TIMEOUT = 10000;

const zipArg = process.argv[2];
if (!zipArg) fail('usage: node run-scorm.mjs <package.zip>');
let entries;
try {
  entries = unzipSync(readFileSync(resolve(zipArg)));
} catch (e) {
  fail(`cannot read zip ${zipArg}: ${e.message}`);
}

const root = mkdtempSync(join(tmpdir(), 'casestudio-scorm-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));
for (const [name, data] of Object.entries(entries)) {
  const target = resolve(root, name);
  // Refuse entries that would land outside the unpacked folder.
  if (!target.startsWith(root + sep)) fail(`zip entry escapes the package: ${name}`);
  if (name.endsWith('/')) { mkdirSync(target, { recursive: true }); continue; }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, data);
}
let manifest;
try {
  manifest = readFileSync(join(root, 'imsmanifest.xml'), 'utf8');
} catch {
  fail('imsmanifest.xml is missing at the root of the zip');
}

// The 'require' condition of scorm-again's exports is a classic script that defines
// a global Scorm12API class, so the host page can load it with a plain <script>.
const scormAgainJs = readFileSync(createRequire(import.meta.url).resolve('scorm-again/scorm12'));
const HOST_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/__lms/scorm12.js"></script>
<script>
  // A new API per SCO; every call is logged and calls the API rejects become errors.
  window.resetApi = () => {
    const api = new Scorm12API({ autocommit: false, logLevel: 5 });
    const log = { initialized: false, finished: false, calls: [], errors: [] };
    for (const name of ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']) {
      const call = api[name].bind(api);
      api[name] = (...args) => {
        const result = call(...args);
        const code = String(api.LMSGetLastError());
        const text = name + '(' + args.map((a) => JSON.stringify(a)).join(', ') + ')';
        log.calls.push(text + ' = ' + JSON.stringify(result));
        if (result === 'false' || code !== '0') {
          log.errors.push(text + ' failed with error ' + code + ': ' + api.LMSGetErrorString(code));
        }
        if (name === 'LMSInitialize' && result === 'true') log.initialized = true;
        if (name === 'LMSFinish' && result === 'true') log.finished = true;
        return result;
      };
    }
    window.API = api;
    window.lmsLog = log;
  };
</script></head>
<body><h1>LMS</h1><iframe id="sco" name="sco" title="SCO" src="about:blank" width="1000" height="700"></iframe></body></html>`;

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.css': 'text/css',
  '.js': 'text/javascript', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp',
  '.json': 'application/json', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  if (path === '/__lms/host.html') return send(res, 200, TYPES['.html'], HOST_PAGE);
  if (path === '/__lms/scorm12.js') return send(res, 200, TYPES['.js'], scormAgainJs);
  const file = resolve(root, '.' + path.slice('/pkg'.length));
  if (path.startsWith('/pkg/') && file.startsWith(root + sep)) {
    try {
      return send(res, 200, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', readFileSync(file));
    } catch { /* falls through to 404 */ }
  }
  send(res, 404, 'text/plain', 'not found');
});
function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium();
const out = { scos: [] };
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  // Only the local server may be reached; the package must not need the network.
  await context.route((url) => !isLocalUrl(url.href, origin), (route) => route.abort('blockedbyclient'));
  await context.routeWebSocket(() => true, (ws) => ws.close());
  const page = await context.newPage();
  let pageProblems = [];
  page.on('request', (r) => { if (!isLocalUrl(r.url(), origin)) pageProblems.push(`external request: ${r.url()}`); });
  page.on('requestfailed', (r) => {
    if (isLocalUrl(r.url(), origin)) pageProblems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => { if (r.status() >= 400) pageProblems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('pageerror', (e) => pageProblems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') pageProblems.push(`console error: ${m.text()}`); });

  await page.goto(`${origin}/__lms/host.html`);
  const scos = await page.evaluate(listScos, manifest);
  if (scos.error) fail(`imsmanifest.xml: ${scos.error}`);

  for (const { identifier, href } of scos) {
    const rec = { identifier, href, initialized: false, status: null, finished: false, errors: [], calls: [] };
    pageProblems = [];
    await page.evaluate(() => window.resetApi());
    try {
      const iframe = page.locator('#sco');
      // Relative to /pkg/, so a href with a query or fragment keeps it.
      await iframe.evaluate((el, url) => { el.src = url; }, new URL(href, `${origin}/pkg/`).href);
      rec.initialized = await waitFor(page, () => window.lmsLog.initialized);
      if (!rec.initialized) rec.errors.push(`LMSInitialize was not called within ${STEP_TIMEOUT} ms`);
      else {
        try {
          await iframe.contentFrame().locator('#sco-complete').click({ timeout: STEP_TIMEOUT });
          // The SCO sets the status in its click handler; give it a moment to do so.
          await waitFor(page, () => window.API.cmi.core.lesson_status === 'completed', 2000);
        } catch (e) {
          rec.errors.push(`could not click #sco-complete: ${e.message.split('\n')[0]}`);
        }
      }
      rec.status = await page.evaluate(() => window.API.cmi.core.lesson_status);
      // Leaving the page is what fires pagehide/unload, where the SCO calls LMSFinish.
      await iframe.evaluate((el) => { el.src = 'about:blank'; });
      rec.finished = await waitFor(page, () => window.lmsLog.finished, 5000);
      if (!rec.finished) rec.errors.push('LMSFinish was not called when the SCO page was left');
    } catch (e) {
      rec.errors.push(e.message.split('\n')[0]);
    }
    const log = await page.evaluate(() => window.lmsLog);
    rec.errors.push(...log.errors, ...pageProblems);
    rec.calls = log.calls;
    out.scos.push(rec);
  }
} finally {
  await browser.close();
  server.close();
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n');

async function waitFor(page, predicate, timeout = STEP_TIMEOUT) {
  try {
    await page.waitForFunction(predicate, undefined, { timeout, polling: 50 });
    return true;
  } catch {
    return false;
  }
}

// Runs in the browser, whose DOMParser reads the namespaced manifest without a dependency.
function listScos(xml) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
  const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
  const XML = 'http://www.w3.org/XML/1998/namespace';
  // xml:base on the manifest, <resources> and <resource> all prefix a resource's href.
  const base = (el) => {
    let b = '';
    for (let n = el; n && n.nodeType === 1; n = n.parentNode) b = (n.getAttributeNS(XML, 'base') ?? '') + b;
    return b;
  };
  return [...doc.getElementsByTagNameNS('*', 'resource')]
    .filter((r) => (r.getAttributeNS(ADLCP, 'scormtype') ?? '').toLowerCase() === 'sco')
    .map((r) => ({ identifier: r.getAttribute('identifier'), href: base(r) + (r.getAttribute('href') ?? '') }));
}
