#!/usr/bin/env node
// Usage: node check-site.mjs <siteDir> <screenshotDir>
// Opens every .html file under siteDir from file:// in headless Chromium and prints one
// JSON object with what each page did; the Java test asserts on it.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail, isLocalUrl, launchChromium } from './lib/browser.mjs';

const [siteArg, shotArg] = process.argv.slice(2);
if (!siteArg || !shotArg) fail('usage: node check-site.mjs <siteDir> <screenshotDir>');
const siteDir = resolve(siteArg);
const shotDir = resolve(shotArg);
if (!statSync(siteDir, { throwIfNoEntry: false })?.isDirectory()) fail(`not a directory: ${siteDir}`);

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p);
    return /\.html?$/i.test(e.name) ? [p] : [];
  });
}

// Sorted, '/'-separated paths make the output stable across runs and systems.
const pages = htmlFiles(siteDir)
  .map((f) => relative(siteDir, f).split(sep).join('/'))
  .sort();
if (pages.length === 0) fail(`no .html files under ${siteDir}`);

const shots = new Map([['index.html', 'index.png']]);
const firstCase = pages.find((p) => p.startsWith('cases/'));
if (firstCase) shots.set(firstCase, 'case.png');
mkdirSync(shotDir, { recursive: true });

// Printed pages: the paper sheets handed out on the day, and the overview.
const printed = (path) => path === 'index.html' || path.startsWith('sheets/');
// Read once and evaluated through DevTools: no request for the offline checks to see, and
// unlike an injected <script>, a page's Content-Security-Policy cannot block it.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function runAxe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      resultTypes: ['violations'], // keeps passes small; violations stay complete
      // Preloading re-fetches stylesheets by XHR, which file:// refuses: it would add
      // console errors and failed requests. No rule of these tags needs the CSSOM.
      preload: false,
    });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
      // A target has several parts only inside frames or shadow roots; joined, one string.
      targets: v.nodes.slice(0, 3).map((n) => n.target.flat(Infinity).join(' >>> ')),
    }));
  });
}

// Words of table cells that the layout broke across lines ("Membe|rs"), at the page's width and at a
// phone's. A word longer than any line (a pasted address) may have to break: only words of at most
// 24 characters count. A line may end after a hyphen or a dash ("Food-|insecure", "Public–|private"),
// as in print: the parts between them are the words checked.
const NARROW = { width: 390, height: 844 };
function brokenWordsInTables() {
  const broken = [];
  for (const cell of document.querySelectorAll('th, td')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const re = /[^\s\u002D\u2010\u2011\u2013\u2014]+/g;
      for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
        // Lao, Thai, Khmer and Myanmar write no spaces between words: the browser breaks their lines
        // between words it finds itself, so a run of them is no one word.
        if (m[0].length > 24 || /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]/.test(m[0])) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        // A word on one line has one box per line it is on.
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
}

async function brokenWords(page) {
  const wide = (await page.evaluate(brokenWordsInTables)).map((w) => `${w} (${page.viewportSize().width} px)`);
  const size = page.viewportSize();
  await page.setViewportSize(NARROW);
  const narrow = (await page.evaluate(brokenWordsInTables)).map((w) => `${w} (${NARROW.width} px)`);
  await page.setViewportSize(size);
  return [...wide, ...narrow];
}

// Mirrors the page's path under print/, so sheets/x.html and x.html cannot collide.
async function printPdf(page, path) {
  const file = join(shotDir, 'print', path.replace(/\.html?$/i, '') + '.pdf');
  mkdirSync(dirname(file), { recursive: true });
  await page.emulateMedia({ media: 'print' });
  const bytes = (await page.pdf({ path: file, format: 'A4', printBackground: false })).length;
  return { path: file, bytes };
}

const browser = await launchChromium();
const result = { pages: [], screenshots: [] };
try {
  for (const path of pages) {
    // A fresh context per page: no state or cache leaks from one page to the next.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const rec = {
      path, failedRequests: [], externalRequests: [], consoleErrors: [], pageErrors: [],
      pwned: false, imagesWithoutAlt: 0, h1Count: 0, lang: null, axeViolations: null, pdf: null, brokenWords: [],
    };
    // The site must be fully offline: every non-local request is noted and aborted.
    await context.route((url) => !isLocalUrl(url.href), (route) => route.abort('blockedbyclient'));
    // A routed WebSocket that is never connected to its server stays inside the browser.
    await context.routeWebSocket(() => true, (ws) => { rec.externalRequests.push(ws.url()); ws.close(); });
    page.on('request', (r) => { if (!isLocalUrl(r.url())) rec.externalRequests.push(r.url()); });
    page.on('requestfailed', (r) => {
      if (isLocalUrl(r.url())) rec.failedRequests.push({ url: r.url(), error: r.failure()?.errorText ?? '' });
    });
    page.on('console', (m) => { if (m.type() === 'error') rec.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => rec.pageErrors.push(e.message));

    let loaded = false;
    try {
      await page.goto(pathToFileURL(join(siteDir, path)).href, { waitUntil: 'load', timeout: 15000 });
      // One macrotask lets timers and error handlers queued during load run first.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      Object.assign(rec, await page.evaluate(() => ({
        pwned: window.__casestudioPwned !== undefined,
        imagesWithoutAlt: [...document.images].filter((i) => !i.hasAttribute('alt')).length,
        h1Count: document.querySelectorAll('h1').length,
        lang: document.documentElement.getAttribute('lang'),
      })));
      loaded = true;
      rec.brokenWords = await brokenWords(page);
      if (shots.has(path)) {
        const file = join(shotDir, shots.get(path));
        await page.screenshot({ path: file, fullPage: true });
        result.screenshots.push(file);
      }
    } catch (e) {
      rec.pageErrors.push(`could not load page: ${e.message.split('\n')[0]}`);
    }
    // After the page's own checks, so axe's script cannot affect what they report.
    if (loaded) {
      try {
        rec.axeViolations = await runAxe(page);
      } catch (e) {
        rec.pageErrors.push(`could not run axe: ${e.message.split('\n')[0]}`);
      }
      if (printed(path)) {
        try {
          rec.pdf = await printPdf(page, path);
        } catch (e) {
          rec.pageErrors.push(`could not print page: ${e.message.split('\n')[0]}`);
        }
      }
    }
    await context.close();
    result.pages.push(rec);
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
