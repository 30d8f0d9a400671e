#!/usr/bin/env node
// Usage: node validate-sarif.mjs <schema.json> <log.sarif>
// Checks a SARIF log against a JSON schema of draft-04 (the SARIF 2.1.0 schema is one) with Ajv,
// formats included, and prints { "valid": true|false, "errors": [ … ] } as JSON.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const [schemaFile, logFile] = process.argv.slice(2);
if (!schemaFile || !logFile) fail('usage: node validate-sarif.mjs <schema.json> <log.sarif>');
const schema = readJson(schemaFile);
const log = readJson(logFile);
let validate;
try {
  // strict mode stays on, so that a keyword Ajv does not understand fails the run instead of being skipped.
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  validate = ajv.compile(schema);
} catch (e) {
  fail(`cannot compile ${schemaFile}: ${e.message}`);
}
const valid = validate(log);
const errors = (validate.errors ?? []).map(e => ({
  instancePath: e.instancePath, keyword: e.keyword, message: e.message, params: e.params,
}));
process.stdout.write(JSON.stringify({ valid, errors }, null, 2) + '\n');

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
}

function fail(message) {
  process.stderr.write(message + '\n');
  process.exit(2);
}
