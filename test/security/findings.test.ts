/**
 * Regression suite of issue #13: the ten findings of the outside tester, each replayed as written. Most are replayed
 * by the test file that owns the code (through HTTP with real tokens, on both databases where the database matters);
 * REPLAYED_ELSEWHERE names them, and the first test checks every named test still exists, so a finding cannot lose
 * its replay silently. What no other file replayed is replayed here (finding 10: `?nocache=N` and unknown
 * parameters of the programme API must not make new expensive cache keys).
 */
import { readFileSync } from 'node:fs';
import { describeEachDatabase } from '../support/database.js';
import { call, startHarness, type Harness } from '../web/server-harness.js';

/** Finding → [test file (from the repository root), words of the test's title that replay it]. */
const REPLAYED_ELSEWHERE: Record<string, readonly (readonly [string, string])[]> = {
  '1. the failed-authentication limit blocks valid users': [
    ['test/web/limits.test.ts', '30 concurrent requests with a valid token all answer 200'],
    ['test/web/limits.test.ts', 'aborted requests with a valid token never count'],
    ['test/web/limits.test.ts', "behind a trusted proxy, one client's bad tokens do not lock other clients out"],
    ['test/web/limits.test.ts', "anonymous POSTs to unknown paths neither throttle an analyst's writes nor empty"],
    ['test/web/limits.test.ts', 'bad secrets for one prefix from many clients block that prefix only'],
  ],
  '2. XLSX bombs pass when they lie': [
    ['test/web/upload-bomb.test.ts', 'POST /ingest of the lying bomb answers 400 invalid_file within seconds'],
    ['test/web/upload-bomb.test.ts', 'egov ingest refuses the lying bomb with exit 2'],
  ],
  "3. a regional token learns another region's draft place": [
    ['test/web/draft-leaks.test.ts', 'nextUp is {gap} only, no other region anywhere'],
  ],
  '4. formula injection': [
    ['test/ingest/reject-report.test.ts', ''],
    ['test/report/tables/csv.test.ts', ''],
    ['test/report/tables/xlsx.test.ts', ''],
    ['test/cli/score.test.ts', 'writes hostile unit labels as inert text through the one CSV writer'],
  ],
  '5. SIGTERM under keep-alive load': [
    ['test/web/graceful-shutdown.test.ts', 'SIGTERM under keep-alive load: running requests finish, new ones get 503'],
  ],
  '6. 500 where a client error is meant': [
    [
      'test/web/client-errors.test.ts',
      'a comment with a well-formed but unknown regionCode is 400 invalid_body, not 500',
    ],
    ['test/web/audit.test.ts', 'X-File-Name "." and ".." are 400 bad_request (not 500)'],
    ['test/web/limits.test.ts', 'aborted downloads are not logged as errors and count to no limit'],
  ],
  '7. audit': [
    ['test/web/audit.test.ts', 'audit_log is append-only: UPDATE, DELETE and TRUNCATE are refused by the database'],
    ['test/web/audit.test.ts', 'CLI writes are audited (reference load, ingest with batch id and content hash'],
    ['test/web/audit.test.ts', 'refused uploads are audited'],
    ['test/web/audit.test.ts', 'an upload over 20 MB is refused with 413 entity_too_large and audited as refused'],
  ],
  '8. tokens': [
    ['test/web/token-lifecycle.test.ts', 'an analyst revokes a token over HTTP: its next request is 401'],
    ['test/web/token-lifecycle.test.ts', 'last_used_at is written on first use, not again within the minute'],
    ['test/web/audit.test.ts', 'token create/revoke'],
  ],
  '9. HSTS and upgrade-insecure-requests over plain HTTP': [
    ['test/web/security-headers.test.ts', 'plain HTTP (the default): no HSTS, no upgrade-insecure-requests'],
  ],
  '10. cost amplification': [
    ['test/web/limits.test.ts', 'expensive reads are limited per client: the 4th uncached ranking page'],
    ['test/security/findings.test.ts', '?nocache=N is served from the public cache'],
    ['test/security/findings.test.ts', 'unknown parameters of the programme API are ignored'],
  ],
};

test('every finding has a replay, and every replay it names exists', () => {
  expect(Object.keys(REPLAYED_ELSEWHERE)).toHaveLength(10);
  for (const [finding, replays] of Object.entries(REPLAYED_ELSEWHERE)) {
    expect([finding, replays.length > 0]).toEqual([finding, true]);
    for (const [file, title] of replays) {
      const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      expect([finding, file, text.includes(title)]).toEqual([finding, file, true]);
    }
  }
});

describeEachDatabase('finding 10 (cost amplification) on $name', ({ open }) => {
  let h: Harness;
  beforeAll(async () => {
    // Two uncached expensive reads a minute per client: a third one that computes anything is 429, so every cache
    // miss below would show as a 429.
    h = await startHarness(open, { limits: { expensivePerMinute: 2 }, publicCacheMs: 600_000 });
  });
  afterAll(async () => {
    await h.stop();
  });

  test('?nocache=N is served from the public cache: ten distinct N render the ranking page once', async () => {
    const first = await call(h, '/ratings/2023?nocache=0');
    expect(first.status).toBe(200);
    const page = await first.text();
    for (let n = 1; n < 10; n++) {
      const response = await call(h, `/ratings/2023?nocache=${n}&x${n}=${n}`);
      expect([n, response.status]).toEqual([n, 200]);
      expect(await response.text()).toBe(page);
    }
  });

  test('unknown parameters of the programme API are ignored: one computed report per (year, region, grain)', async () => {
    const first = await call(h, '/api/v1/programme/2023?grain=year&junk=0');
    expect(first.status).toBe(200);
    const report = await first.json();
    for (let n = 1; n < 10; n++) {
      const response = await call(h, `/api/v1/programme/2023?junk=${n}&grain=year&utm=${n}`);
      expect([n, response.status]).toEqual([n, 200]);
      expect(await response.json()).toEqual(report);
    }
    // The limit is what stops a new key each time: with two computed reads used up, a third distinct one is 429.
    const another = await call(h, '/api/v1/programme/2023?grain=month');
    expect(another.status).toBe(429);
    expect(((await another.json()) as { error: { code: string } }).error.code).toBe('too_many_requests');
  });
});
