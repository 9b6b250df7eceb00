/** A batch refused because rows were rejected (without --allow-partial): invalid input, with its summary. */
import { InputError } from '../errors.js';
import type { IngestSummary } from './types.js';

export class IngestRejectedError extends InputError {
  constructor(readonly summary: IngestSummary) {
    const first = summary.firstRejects
      .slice(0, 5)
      .map((r) => `  ${r.file}:${r.line}:${r.column ? ` column "${r.column}":` : ''} ${r.reason}`);
    const report = summary.rejectReport ? `\nreject report: ${summary.rejectReport}` : '';
    const hint = summary.periodHint
      ? `\nthe file seems to hold period ${summary.periodHint.period} (${summary.periodHint.rows} of the rejected rows), not ${summary.period}: check --period`
      : '';
    super(
      `${summary.rowsRejected} of ${summary.rowsRead} row(s) rejected (${summary.rejects} reject(s)); nothing was written ` +
        `(use --allow-partial to keep the valid rows)\n${first.join('\n')}${hint}${report}`,
      summary,
    );
  }
}
