// Module-loader hooks of trace-imports.mjs: records each loaded URL (they run on the loader thread).
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (process.env.EGOV_TRACE_IMPORTS) appendFileSync(process.env.EGOV_TRACE_IMPORTS, `${url}\n`);
  return nextLoad(url, context);
}
