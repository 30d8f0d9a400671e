#!/usr/bin/env node
// Usage: node parse-gift.mjs <file.gift>
// Parses a Moodle GIFT file with gift-pegjs and prints the questions as JSON.
import { readFileSync } from 'node:fs';
import gift from 'gift-pegjs';

const file = process.argv[2];
if (!file) fail('usage: node parse-gift.mjs <file.gift>');
let text;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${e.message}`);
}
try {
  process.stdout.write(JSON.stringify(gift.parse(text), null, 2) + '\n');
} catch (e) {
  const at = e.location ? `${file}:${e.location.start.line}:${e.location.start.column}: ` : `${file}: `;
  // The grammar does not expect a byte order mark, which then shows up as a puzzling error.
  const bom = text.startsWith('\uFEFF') ? ' (the file starts with a UTF-8 byte order mark)' : '';
  fail(`${at}${e.message}${bom}`, 1);
}

function fail(message, code = 2) {
  process.stderr.write(message + '\n');
  process.exit(code);
}
