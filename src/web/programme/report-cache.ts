/**
 * A cache of programme reports per (year, region, grain) for the API and the pages: the national comparison behind
 * every report takes seconds on a large application log. Entries live `ttlMs` (default 60 s) and are all dropped
 * by a successful write through this app (drop-caches-after-write.ts), the same rule as the public response cache;
 * a change made by another process (an `egov ingest` or `egov publish` against the same PostgreSQL) shows within the
 * TTL. Concurrent requests for the same key share one load; a failed load is not kept. Only published runs feed a
 * report, so one entry serves every caller; callers show it through public-report.ts (embargo of the money).
 */
import type { PeriodGrain } from '../../core/programme/index.js';
import type { ProgrammeReport } from '../../programme/report.js';

export interface ProgrammeKey {
  readonly year: number;
  readonly regionCode: string | null;
  readonly grain: PeriodGrain;
}

export interface ProgrammeReports {
  get(key: ProgrammeKey): Promise<ProgrammeReport>;
  /** Drops every entry (after a successful write). */
  clear(): void;
}

/** `load` builds one report (in the app: `(key) => loadProgrammeReport(db, key)`); `now` is a millisecond clock. */
export function programmeReports(
  load: (key: ProgrammeKey) => Promise<ProgrammeReport>,
  now: () => number,
  ttlMs = 60_000,
  maxEntries = 200,
): ProgrammeReports {
  const entries = new Map<string, { readonly until: number; readonly report: Promise<ProgrammeReport> }>();
  return {
    get(key) {
      const id = `${key.year}|${key.regionCode ?? ''}|${key.grain}`;
      const hit = entries.get(id);
      if (hit && hit.until > now()) return hit.report;
      const report = load(key).then(withoutEmptyTotals);
      if (ttlMs > 0) {
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
        entries.set(id, { until: now() + ttlMs, report });
        report.catch(() => {
          if (entries.get(id)?.report === report) entries.delete(id);
        });
      }
      return report;
    },
    clear: () => entries.clear(),
  };
}

/**
 * Drops channel rows whose share is not a number. On a year without applications the national query's grand-total
 * grouping set still yields one row (0 applications, share 0/0 = NaN, which JSON turns into null); such a row says
 * nothing and would read as "0 applications" on the pages. (To be fixed in src/programme/channel-queries.ts.)
 */
export function withoutEmptyTotals(report: ProgrammeReport): ProgrammeReport {
  const finite = (rows: ProgrammeReport['channels']['nation']) => rows.filter((r) => Number.isFinite(r.share));
  return {
    ...report,
    channels: { ...report.channels, nation: finite(report.channels.nation), regions: finite(report.channels.regions) },
  };
}
