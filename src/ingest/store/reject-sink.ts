/**
 * Collects rejects without holding them all: every reject is appended to the reject report, the first `keep` stay
 * in memory for the summary, and with `--allow-partial` the pending ones are drained into `ingest_reject` by the
 * caller. The report (file, line, column, value, reason) is written by the publication's CSV writer
 * (src/report/csv/csv-text.ts, comma dialect: UTF-8 with BOM, CRLF, formulas neutralised, quoting as published), in
 * chunks of `CHUNK` rows so memory stays bounded.
 */
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { csvText } from '../../report/csv/csv-text.js';
import type { Reject } from '../rows/reject.js';

const HEADER = ['file', 'line', 'column', 'value', 'reason'];
const CHUNK = 1000;
/** The writer's output for the header alone: stripped from every chunk after the first. */
const HEAD = csvText(HEADER, [], 'comma');

export class RejectSink {
  count = 0;
  readonly first: Reject[] = [];
  private pending: Reject[] = [];
  private buffered: Reject[] = [];
  private out: WriteStream | null = null;

  constructor(
    private readonly reportPath: string | null,
    private readonly keep: number,
    private readonly keepPending: boolean,
  ) {}

  add(reject: Reject): void {
    this.count++;
    if (this.first.length < this.keep) this.first.push(reject);
    if (this.keepPending) this.pending.push(reject);
    if (this.reportPath) {
      this.buffered.push(reject);
      if (this.buffered.length >= CHUNK) this.flush();
    }
  }

  private flush(): void {
    if (!this.reportPath || this.buffered.length === 0) return;
    const text = csvText(
      HEADER,
      this.buffered.map((r) => [r.file, r.line, r.column, r.value, r.reason]),
      'comma',
    );
    if (!this.out) {
      mkdirSync(dirname(this.reportPath), { recursive: true });
      this.out = createWriteStream(this.reportPath);
      this.out.write(text);
    } else {
      this.out.write(text.slice(HEAD.length));
    }
    this.buffered = [];
  }

  /** The rejects not yet stored, emptied. */
  drain(): Reject[] {
    const pending = this.pending;
    this.pending = [];
    return pending;
  }

  /** The report's path when at least one reject was written. */
  async close(): Promise<string | null> {
    this.flush();
    if (!this.out) return null;
    const out = this.out;
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    return this.reportPath;
  }
}
