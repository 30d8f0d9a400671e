#!/usr/bin/env node
// Usage: node lao-fonts.mjs <page.html> <screenshot.png> <selector>
// Opens one page from file:// in headless Chromium, screenshots the first element matching the
// selector and prints, as JSON, the fonts Chromium drew that element's text with (DevTools'
// CSS.getPlatformFontsForNode: family, whether a web font, glyph count). Which fonts the system
// has is fontconfig's business: the Java test runs this with FONTCONFIG_FILE set.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail, isLocalUrl, launchChromium } from './lib/browser.mjs';

const [pageArg, shotArg, selector] = process.argv.slice(2);
if (!pageArg || !shotArg || !selector) fail('usage: node lao-fonts.mjs <page.html> <screenshot.png> <selector>');
const file = resolve(pageArg);
if (!statSync(file, { throwIfNoEntry: false })?.isFile()) fail(`not a file: ${file}`);

const browser = await launchChromium();
try {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 900, height: 700 } });
  const page = await context.newPage();
  const external = [];
  page.on('request', (r) => { if (!isLocalUrl(r.url())) external.push(r.url()); });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  // Web fonts load lazily, when text needs them: wait until they are in or failed.
  await page.evaluate(() => document.fonts.ready);
  const element = page.locator(selector).first();
  await element.screenshot({ path: resolve(shotArg) });
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  const text = await element.innerText();
  process.stdout.write(JSON.stringify({ text, fonts, external }) + '\n');
} finally {
  await browser.close();
}
