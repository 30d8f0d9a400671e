#!/usr/bin/env node
// Prints the absolute path of the Nu HTML Checker jar shipped by the vnu-jar package,
// so the Java test can run `java -jar <path> --errors-only --format json <files>` itself.
import { existsSync } from 'node:fs';
import vnuJar from 'vnu-jar';

const jar = String(vnuJar);
if (!existsSync(jar)) {
  process.stderr.write(`vnu.jar not found at ${jar}: run npm ci in ${import.meta.dirname}\n`);
  process.exit(2);
}
process.stdout.write(jar + '\n');
