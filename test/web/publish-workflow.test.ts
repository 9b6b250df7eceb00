/**
 * Draft → published → corrected → withdrawn through the HTTP API, with the audit log checked after each write, and
 * authentication failures (unknown token, wrong secret, wrong role, rate limit on failed attempts).
 */
import { jest } from '@jest/globals';
import { describeEachDatabase } from '../support/database.js';
import { seedRun } from './fixtures.js';
import { CLOCK, call, startHarness, type Harness } from './server-harness.js';

const postJson = (h: Harness, path: string, token: string | undefined, body: unknown) =>
  call(h, path, token, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

// Each publication renders the public pages in its transaction (precompute-public-content.ts): slow on a loaded machine.
jest.setTimeout(180_000);

describeEachDatabase('publish workflow on $name', ({ open }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(open, { limits: { failedAuthPer15Minutes: 3 } });
  });
  afterAll(async () => {
    await h.stop();
  });

  test('only a federal analyst publishes; then the draft becomes public, immutable, and the write is audited', async () => {
    const path = `/api/v1/runs/${h.draftRunId}/publish`;
    expect((await postJson(h, path, undefined, {})).status).toBe(401);
    expect((await postJson(h, path, h.tokens.regionalOwn, {})).status).toBe(403);
    expect((await call(h, `/api/v1/runs/${h.draftRunId}/ranking`)).status).toBe(404);

    const published = await postJson(h, path, h.tokens.analyst, {});
    expect(published.status).toBe(200);
    expect(await published.json()).toEqual({
      runId: h.draftRunId,
      version: 1,
      supersededRunId: null,
      headline: true,
      headlineTakenFromRunId: null,
    });
    expect((await call(h, `/api/v1/periods/2024/rating`)).status).toBe(200);

    const again = await postJson(h, path, h.tokens.analyst, {});
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('not_draft');

    const audit = await h.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target', '=', `run:${h.draftRunId}`)
      .where('action', '!=', 'run.create')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['run.publish']);
    expect(audit[0]!.actor).toMatch(/^token:[0-9a-f]{10} \(analyst\)$/);
    expect(new Date(audit[0]!.at as unknown as string).toISOString()).toBe(CLOCK.toISOString());
  });

  test('a correction is a new version with a reason; the old version is withdrawn and both appear in the changelog', async () => {
    const correctionId = await seedRun(h.database.db, { period: 2024, status: 'draft', offset: 4 });
    const path = `/api/v1/runs/${correctionId}/publish`;
    const withoutReason = await postJson(h, path, h.tokens.analyst, {});
    expect(withoutReason.status).toBe(400);
    expect(((await withoutReason.json()) as { error: { code: string } }).error.code).toBe('reason_required');

    const corrected = await postJson(h, path, h.tokens.analyst, { reason: 'Исправлена ошибка в данных региона' });
    expect(await corrected.json()).toEqual({
      runId: correctionId,
      version: 2,
      supersededRunId: h.draftRunId,
      headline: true,
      headlineTakenFromRunId: null,
    });
    const rating = (await (await call(h, '/api/v1/periods/2024/rating')).json()) as {
      run: { id: number; version: number };
    };
    expect(rating.run).toMatchObject({ id: correctionId, version: 2 });

    const changelog = (await (await call(h, '/api/v1/changelog')).json()) as {
      changelog: { runId: number; version: number; correctionReason: string | null; withdrawnReason: string | null }[];
    };
    const entries = new Map(changelog.changelog.map((c) => [c.runId, c]));
    expect(entries.get(correctionId)).toMatchObject({
      version: 2,
      correctionReason: 'Исправлена ошибка в данных региона',
    });
    expect(entries.get(h.draftRunId)?.withdrawnReason).toContain(`superseded by run ${correctionId}`);
    const page = await (await call(h, '/changelog')).text();
    expect(page).toContain('Исправлена ошибка в данных региона');
  });

  test('withdrawing needs a reason and is audited', async () => {
    const path = `/api/v1/runs/${h.publishedRunId}/withdraw`;
    expect((await call(h, '/api/v1/periods/2023/rating')).status).toBe(200);
    expect((await postJson(h, path, h.tokens.analyst, {})).status).toBe(400);
    expect((await postJson(h, path, h.tokens.analyst, { reason: 'methodology error' })).status).toBe(200);
    // The public response cache must not serve the withdrawn rating as current.
    expect((await call(h, '/api/v1/periods/2023/rating')).status).toBe(404);
    expect((await postJson(h, path, h.tokens.analyst, { reason: 'twice' })).status).toBe(409);
    const audit = await h.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('target', '=', `run:${h.publishedRunId}`)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['run.create', 'run.withdraw']);
  });

  test('bad bodies and oversized bodies are JSON errors without stack traces', async () => {
    const bad = await call(h, `/api/v1/runs/${h.publishedRunId}/withdraw`, h.tokens.analyst, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).not.toMatch(/at .*\.ts:\d+/);
    const big = await postJson(h, `/api/v1/runs/${h.publishedRunId}/withdraw`, h.tokens.analyst, {
      reason: 'x'.repeat(100_000),
    });
    expect(big.status).toBe(413);
  });

  test('an upload with a bad row answers 422 with the rejects (line, column, reason) and stores nothing', async () => {
    const count = async (table: 'ingest_batch' | 'measurement') =>
      Number(
        (
          await h.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = { batches: await count('ingest_batch'), measurements: await count('measurement') };
    // Line 2 is valid; line 3 names a region that does not exist, so the whole file must be refused.
    const csv = `region,service,indicator,value,period\n${h.ownRegion},marriage_registration,info_complete,80,2024\nRU-XX,marriage_registration,info_complete,70,2024\n`;
    const upload = (token: string | undefined) =>
      call(h, '/api/v1/ingest?period=2024&kind=measurements', token, {
        method: 'POST',
        headers: { 'X-File-Name': 'bad.csv', 'Content-Type': 'text/csv' },
        body: csv,
      });
    expect((await upload(h.tokens.regionalOwn)).status).toBe(403);
    const response = await upload(h.tokens.analyst);
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { code: string };
      rejects: { file: string; line: number; column: string; reason: string }[];
    };
    expect(body.error.code).toBe('rejected_rows');
    expect(body.rejects).toHaveLength(1);
    expect(body.rejects[0]).toMatchObject({ file: 'bad.csv', line: 3 });
    expect(await count('ingest_batch')).toBe(before.batches);
    expect(await count('measurement')).toBe(before.measurements);
    const audit = await h.database.db
      .selectFrom('audit_log')
      .select(['action', 'target'])
      .where('action', '=', 'ingest.reject')
      .execute();
    expect(audit).toEqual([{ action: 'ingest.reject', target: 'file:bad.csv' }]);
  });

  test('a Cyrillic file name sent as RFC 5987 is read back in the rejects as the region wrote it', async () => {
    const csv = `region,service,indicator,value,period\nRU-XX,marriage_registration,info_complete,70,2024\n`;
    const response = await call(h, '/api/v1/ingest?period=2024&kind=measurements', h.tokens.analyst, {
      method: 'POST',
      headers: {
        'X-File-Name': `UTF-8''${encodeURIComponent('Смоленская обл. 2024.csv')}`,
        'Content-Type': 'text/csv',
      },
      body: csv,
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { rejects: { file: string }[] };
    expect(body.rejects[0].file).toBe('Смоленская обл. 2024.csv');
  });

  test('a valid upload answers 200 with the batch summary, stores the batch and is audited', async () => {
    const csv = `region,service,indicator,value,period\n${h.ownRegion},marriage_registration,info_complete,80,2024\n${h.otherRegion},marriage_registration,info_complete,70,2024\n`;
    const response = await call(h, '/api/v1/ingest?period=2024&kind=measurements', h.tokens.analyst, {
      method: 'POST',
      headers: { 'X-File-Name': 'good.csv', 'Content-Type': 'text/csv' },
      body: csv,
    });
    expect(response.status).toBe(200);
    const summary = (await response.json()) as { status: string; rowsAccepted: number; batchId: string };
    expect(summary).toMatchObject({ status: 'committed', rowsAccepted: 2 });
    const stored = await h.database.db
      .selectFrom('measurement')
      .select(['region_code', 'value'])
      .where('batch_id', '=', summary.batchId)
      .orderBy('region_code')
      .execute();
    expect(stored).toEqual(
      [
        { region_code: h.ownRegion, value: 80 },
        { region_code: h.otherRegion, value: 70 },
      ].sort((a, b) => a.region_code.localeCompare(b.region_code)),
    );
    // Audited by the database inside the ingest's transaction: batch id, content hash and the uploading token.
    const audit = await h.database.db
      .selectFrom('audit_log')
      .select(['target', 'actor', 'details'])
      .where('action', '=', 'ingest.commit')
      .execute();
    expect(audit).toEqual([
      {
        target: `batch:${summary.batchId}`,
        actor: expect.stringMatching(/^token:[0-9a-f]{10} \(analyst\)$/),
        details: expect.objectContaining({
          kind: 'measurements',
          period: 2024,
          contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
          rowsAccepted: 2,
        }),
      },
    ]);
  });

  test('wrong tokens get 401, and repeated failures are rate limited', async () => {
    const forged = h.tokens.analyst.slice(0, -4) + 'AAAA';
    const first = await call(h, '/api/v1/runs', forged);
    expect(first.status).toBe(401);
    expect(((await first.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    expect((await call(h, '/api/v1/runs', 'egov_nonsense')).status).toBe(401);
    expect((await call(h, '/api/v1/runs', forged)).status).toBe(401);
    expect((await call(h, '/api/v1/runs', forged)).status).toBe(429);
    expect((await call(h, '/api/v1/runs')).status).toBe(200);
  });
});
