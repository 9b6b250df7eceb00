// `node --import ./test/support/trace-imports.mjs …`: appends the URL of every module the process loads, one a line,
// to the file named by EGOV_TRACE_IMPORTS (test/cli/lazy-commands.test.ts reads it).
import { register } from 'node:module';

register('./trace-imports-hooks.mjs', import.meta.url);
