/**
 * The programme report cache with a counting loader and a hand-moved clock: one load per key within the TTL, shared
 * by concurrent callers; a new load after the TTL or after clear() (a successful write, see test/web/limits.test.ts); a failed load is not kept; empty
 * national totals (0 applications, share 0/0) are dropped.
 */
import type { ProgrammeReport } from '../../../src/programme/report.js';
import { programmeReports, type ProgrammeKey } from '../../../src/web/programme/report-cache.js';

const KEY: ProgrammeKey = { year: 2024, regionCode: 'RU-TUL', grain: 'quarter' };

function fakeReport(year: number): ProgrammeReport {
  const empty = {
    regionCode: 'RU',
    channel: 'all',
    applications: 0,
    share: Number.NaN,
    medianDaysToResult: null,
    deadlineCompliance: null,
    refusalShare: null,
    meanRating: null,
    ratings: 0,
  };
  return {
    year,
    channels: { source: 'none', regions: [], nation: [empty], mobileOffices: [], grain: 'quarter' },
  } as unknown as ProgrammeReport;
}

function setup(ttlMs = 1_000) {
  let clock = 0;
  const loads: ProgrammeKey[] = [];
  let fail = false;
  const cache = programmeReports(
    async (key) => {
      loads.push(key);
      if (fail) throw new Error('database down');
      return fakeReport(key.year);
    },
    () => clock,
    ttlMs,
  );
  return {
    cache,
    loads,
    tick: (ms: number) => {
      clock += ms;
    },
    failNext: (value: boolean) => {
      fail = value;
    },
  };
}

test('loads once per key within the TTL, shared by concurrent callers, and again after it', async () => {
  const { cache, loads, tick } = setup();
  const [a, b] = await Promise.all([cache.get(KEY), cache.get(KEY)]);
  expect(a).toBe(b);
  await cache.get({ ...KEY, grain: 'month' });
  expect(loads).toHaveLength(2);
  tick(999);
  await cache.get(KEY);
  expect(loads).toHaveLength(2);
  tick(1);
  await cache.get(KEY);
  expect(loads).toHaveLength(3);
});

test('clear() drops every entry', async () => {
  const { cache, loads } = setup();
  await cache.get(KEY);
  await cache.get(KEY);
  expect(loads).toHaveLength(1);
  cache.clear();
  await cache.get(KEY);
  expect(loads).toHaveLength(2);
});

test('a failed load is not kept, and national rows with share 0/0 are dropped', async () => {
  const { cache, loads, failNext } = setup();
  failNext(true);
  await expect(cache.get(KEY)).rejects.toThrow('database down');
  failNext(false);
  const report = await cache.get(KEY);
  expect(loads).toHaveLength(2);
  expect(report.channels.nation).toEqual([]);
});
