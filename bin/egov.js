#!/usr/bin/env node
// Entry point of the `egov` command: runs the compiled CLI (dist/, built by `npm run build`, which `npm install` and
// `npm ci` run through the prepare script). No TypeScript is compiled at start.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/cli/egov.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('egov: the compiled program (dist/) is missing: run `npm run build` (npm install runs it)\n');
  process.exit(1);
}
await import(entry.href);
