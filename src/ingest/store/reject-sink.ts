/**
 * Collects rejects without holding them all: every reject is appended to the reject report (CSV: file, line,
 * column, value, reason, UTF-8 with BOM so Excel opens it), the first `keep` stay in memory for the summary, and
 * with `--allow-partial` the pending ones are drained into `ingest_reject` by the caller.
 */
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import type { Reject } from '../rows/reject.js';

export class RejectSink {
  count = 0;
  readonly first: Reject[] = [];
  private pending: Reject[] = [];
  private out: WriteStream | null = null;

  constructor(private readonly reportPath: string | null, private readonly keep: number, private readonly keepPending: boolean) {}

  add(reject: Reject): void {
    this.count++;
    if (this.first.length < this.keep) this.first.push(reject);
    if (this.keepPending) this.pending.push(reject);
    if (this.reportPath) {
      if (!this.out) {
        mkdirSync(dirname(this.reportPath), { recursive: true });
        this.out = createWriteStream(this.reportPath);
        this.out.write('\uFEFFfile,line,column,value,reason\n');
      }
      this.out.write(`${[reject.file, String(reject.line), reject.column, reject.value, reject.reason].map(csvCell).join(',')}\n`);
    }
  }

  /** The rejects not yet stored, emptied. */
  drain(): Reject[] {
    const pending = this.pending;
    this.pending = [];
    return pending;
  }

  /** The report's path when at least one reject was written. */
  async close(): Promise<string | null> {
    if (!this.out) return null;
    const out = this.out;
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    return this.reportPath;
  }
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
