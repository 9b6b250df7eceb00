/**
 * Honest row counts of a batch: every data row read is exactly one of accepted, skipped (a total row, with why) or
 * rejected (at least one reject; a rejected row stores nothing, even with --allow-partial). So accepted never
 * exceeds read. `values` counts the value cells of the accepted rows (a wide row holds several). The period most
 * rejected rows seem to hold is kept for the "wrong --period" hint.
 */
import type { Reject, Skipped } from '../rows/reject.js';

export class RowTally {
  read = 0;
  skipped = 0;
  rejected = 0;
  values = 0;
  readonly firstSkipped: Skipped[] = [];
  private readonly periods = new Map<number, number>();

  constructor(private readonly keep: number) {}

  skip(entry: Skipped): void {
    this.skipped++;
    if (this.firstSkipped.length < this.keep) this.firstSkipped.push(entry);
  }

  reject(rejects: readonly Reject[]): void {
    this.rejected++;
    const seen = rejects.find((r) => r.periodSeen !== undefined)?.periodSeen;
    if (seen !== undefined) this.periods.set(seen, (this.periods.get(seen) ?? 0) + 1);
  }

  get accepted(): number {
    return this.read - this.skipped - this.rejected;
  }

  /** The period held by more than half of the rejected rows, when there is one. */
  periodHint(): { period: number; rows: number } | null {
    for (const [period, rows] of this.periods) if (rows * 2 > this.rejected) return { period, rows };
    return null;
  }
}
