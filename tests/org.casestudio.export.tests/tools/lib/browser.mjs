// Starts Debian's Chromium through playwright-core; shared by check-site and run-scorm.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

// playwright-core downloads no browser, so a system one is required.
export const CHROMIUM = process.env.CASESTUDIO_CHROMIUM || '/usr/bin/chromium';

// Flags keep Chromium from phoning home, so any request seen comes from the pages.
const ARGS = [
  '--no-sandbox', // running as root in a container
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium() {
  if (!existsSync(CHROMIUM)) {
    fail(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium)`
      + ' or set CASESTUDIO_CHROMIUM to its path');
  }
  try {
    // Playwright gives every launch a fresh temporary profile.
    return await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  } catch (e) {
    fail(`could not start Chromium at ${CHROMIUM} (install Debian's chromium): ${e.message}`);
  }
}

export function fail(message, code = 2) {
  process.stderr.write(message.trimEnd() + '\n');
  process.exit(code);
}

// data:, blob: and about: never touch the network; besides them only file: (or the
// test server's own origin, when given) is local, everything else is external.
export function isLocalUrl(url, origin) {
  if (/^(data|blob|about):/i.test(url)) return true;
  return origin ? url.startsWith(origin + '/') : /^file:/i.test(url);
}
