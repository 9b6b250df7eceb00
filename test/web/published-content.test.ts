/**
 * Publication precomputes what the public reads (issue 15 item 2, issue 13 item 10): publishing through the API
 * stores the ranking JSON, the ranking pages per language and district, the region pages and the year's programme
 * reports in the same transaction; anonymous reads of those keys are lookups (unknown query parameters ignored, ETag
 * and 304), equal byte for byte to the live rendering; a correction replaces them, a withdrawal removes them, drafts
 * never enter, and an ingest after the publication makes the rows that depend on ingested inputs fall back to live.
 */
import { jest } from '@jest/globals';
import { sql } from 'kysely';
import { refreshPublishedContent } from '../../src/web/published/precompute-public-content.js';
import { describeEachDatabase } from '../support/database.js';
import { seedRun } from './fixtures.js';
import { call, startHarness, type Harness } from './server-harness.js';

const MARK = '<!-- served from the store -->';

jest.setTimeout(180_000);

describeEachDatabase('precomputed public content on $name', ({ open }) => {
  let h: Harness;
  let draft2025: number;
  const storedKeys = async () =>
    (await h.database.db.selectFrom('published_page').select('key').execute()).map((r) => r.key).sort();
  const storedRow = async (key: string) =>
    h.database.db.selectFrom('published_page').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
  const mark = async (key: string) =>
    h.database.db
      .updateTable('published_page')
      .set({ body: sql<string>`body || ${MARK}` })
      .where('key', '=', key)
      .execute();
  const post = (path: string, body: unknown) =>
    call(h, path, h.tokens.analyst, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    // No in-memory caches: every answer below is the store's or the live renderer's.
    h = await startHarness(open, { publicCacheMs: 0, programmeCacheMs: 0 });
    draft2025 = await seedRun(h.database.db, { period: 2025, status: 'draft', offset: 1 });
  });
  afterAll(async () => {
    await h.stop();
  });

  test('publishing stores the ranking JSON, ranking pages per language and district, and region pages', async () => {
    expect(await storedKeys()).toEqual([]);
    expect((await post(`/api/v1/runs/${h.draftRunId}/publish`, {})).status).toBe(200);
    const keys = await storedKeys();
    for (const key of [
      '/api/v1/periods/2024/rating?',
      '/api/v1/periods/2023/rating?',
      '/?',
      '/?lang=en',
      '/?fd=CFD',
      '/?fd=SFD&lang=en',
      '/ratings/2024?',
      '/ratings/2024?lang=en',
      '/ratings/2024?fd=NWFD&lang=en',
      '/ratings/2023?fd=FEFD',
      `/regions/${h.ownRegion}?`,
      `/regions/${h.otherRegion}?lang=en`,
    ])
      expect(keys).toContain(key);
    // 8 districts + no filter, 2 languages, for /, /ratings/2024 and /ratings/2023; 2 JSON; 85 regions × 2.
    expect(keys.filter((k) => k.startsWith('/?') || k.startsWith('/ratings/'))).toHaveLength(3 * 2 * 9);
    expect(keys.filter((k) => k.startsWith('/regions/'))).toHaveLength(85 * 2);
    const programme = await h.database.db.selectFrom('published_programme_report').select(['year', 'grain']).execute();
    expect(programme.map((r) => `${r.year} ${r.grain}`).sort()).toEqual([
      '2023 month',
      '2023 quarter',
      '2023 year',
      '2024 month',
      '2024 quarter',
      '2024 year',
    ]);
    // The draft of 2025 is nowhere: no key, no link to it, no run of it in any body.
    expect(keys.some((k) => k.includes('2025'))).toBe(false);
    const bodies = await h.database.db.selectFrom('published_page').select(['key', 'body']).execute();
    for (const { key, body } of bodies) {
      expect([key, body.includes('/ratings/2025')]).toEqual([key, false]);
      expect([key, body.includes(`"id":${draft2025},`)]).toEqual([key, false]);
    }
  });

  test('anonymous reads are lookups by the normalised key, with ETag, 304 and Cache-Control; others stay live', async () => {
    await mark('/ratings/2024?');
    await mark('/api/v1/periods/2024/rating?');
    await mark(`/regions/${h.ownRegion}?lang=en`);
    for (const path of ['/ratings/2024', '/ratings/2024?x=1', '/ratings/2024?nocache=7&utm=a']) {
      const response = await call(h, path);
      expect([path, response.status, (await response.text()).endsWith(MARK)]).toEqual([path, 200, true]);
    }
    expect((await (await call(h, '/api/v1/periods/2024/rating?junk=1')).text()).endsWith(MARK)).toBe(true);
    expect((await (await call(h, `/regions/${h.ownRegion}?lang=en&x=2`)).text()).endsWith(MARK)).toBe(true);
    // Not stored: a search, a sort, another period of a region page, and every read with a token.
    expect((await (await call(h, '/ratings/2024?q=a')).text()).endsWith(MARK)).toBe(false);
    expect((await (await call(h, '/ratings/2024?sort=score')).text()).endsWith(MARK)).toBe(false);
    expect((await (await call(h, '/ratings/2024', h.tokens.analyst)).text()).endsWith(MARK)).toBe(false);

    const row = await storedRow('/ratings/2024?');
    const response = await call(h, '/ratings/2024?x=3');
    expect(response.headers.get('etag')).toBe(row.etag);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const revalidated = await call(h, '/ratings/2024?x=4', undefined, {
      // fetch adds "Cache-Control: no-cache" to conditional requests unless the caller sets one, as a browser does.
      headers: { 'If-None-Match': row.etag, 'Cache-Control': 'max-age=0' },
    });
    expect(revalidated.status).toBe(304);
    const json = await call(h, '/api/v1/periods/2024/rating');
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.headers.get('vary')).toBe('Authorization');
  });

  test('a stored page equals the page rendered live, byte for byte', async () => {
    await refreshPublishedContent(h.database.db, h.reportsDir); // drops the marks of the previous test
    const paths = [
      '/',
      '/?lang=en&fd=UFD',
      '/ratings/2024',
      '/ratings/2023?lang=en',
      '/ratings/2024?fd=CFD',
      '/api/v1/periods/2024/rating',
      '/api/v1/periods/2023/rating',
      `/regions/${h.ownRegion}`,
      `/regions/${h.otherRegion}?lang=en`,
    ];
    const fromStore = await Promise.all(paths.map(async (p) => (await call(h, p)).text()));
    await h.database.db.deleteFrom('published_page').execute();
    await h.database.db.deleteFrom('published_programme_report').execute();
    const live = await Promise.all(paths.map(async (p) => (await call(h, p)).text()));
    for (const [i, path] of paths.entries()) expect([path, fromStore[i]]).toEqual([path, live[i]]);
    expect(fromStore[2]).toContain('2024');
    await refreshPublishedContent(h.database.db, h.reportsDir);
  });

  test('a correction replaces the stored content in its transaction; a withdrawal removes it', async () => {
    const before = await storedRow('/ratings/2024?');
    const correction = await seedRun(h.database.db, { period: 2024, status: 'draft', offset: 4 });
    expect((await post(`/api/v1/runs/${correction}/publish`, { reason: 'error in one file' })).status).toBe(200);
    const rating = (await (await call(h, '/api/v1/periods/2024/rating')).json()) as { run: { id: number } };
    expect(rating.run.id).toBe(correction);
    expect(JSON.parse((await storedRow('/api/v1/periods/2024/rating?')).body).run.id).toBe(correction);
    const after = await storedRow('/ratings/2024?');
    expect(after.body).not.toBe(before.body);
    expect(after.etag).not.toBe(before.etag);

    expect((await post(`/api/v1/runs/${correction}/withdraw`, { reason: 'wrong methodology' })).status).toBe(200);
    expect((await call(h, '/api/v1/periods/2024/rating?x=1')).status).toBe(404);
    expect((await call(h, '/ratings/2024')).status).toBe(404);
    const keys = await storedKeys();
    expect(keys.some((k) => k.includes('2024'))).toBe(false);
    expect(keys).toContain('/ratings/2023?');
    const programme = await h.database.db.selectFrom('published_programme_report').select('year').execute();
    expect(new Set(programme.map((r) => r.year))).toEqual(new Set([2023]));
  });

  test('an ingest after the publication sends the pages built from ingested inputs back to live rendering', async () => {
    await mark('/ratings/2023?');
    await mark(`/regions/${h.ownRegion}?`);
    expect((await (await call(h, `/regions/${h.ownRegion}`)).text()).endsWith(MARK)).toBe(true);
    await h.database.db
      .insertInto('ingest_batch')
      .values({
        kind: 'spending',
        period: 2023,
        content_sha256: 'b'.repeat(64),
        source_name: 'late spending file',
        status: 'committed',
        committed_at: new Date(),
      })
      .execute();
    // The region page carries the programme section (ingested inputs): live now. The ranking page does not.
    expect((await (await call(h, `/regions/${h.ownRegion}`)).text()).endsWith(MARK)).toBe(false);
    expect((await (await call(h, '/ratings/2023')).text()).endsWith(MARK)).toBe(true);
  });
});
