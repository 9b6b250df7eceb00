/**
 * Finding 1 replayed through HTTP with real tokens: the failed-authentication limit counts only failed
 * authentications (per client and per claimed token prefix), aborted and successful requests never count, `trust
 * proxy` separates clients behind a proxy only when configured, writes are limited per token (anonymous traffic from
 * the same address does not throttle an analyst), and only successful writes drop the public caches.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEachDatabase } from '../support/database.js';
import { call, startHarness, type Harness } from './server-harness.js';

const badSecret = (token: string): string => `${token.slice(0, 16)}${'A'.repeat(43)}`;
const unknownToken = (i: number): string => `egov_${i.toString(16).padStart(10, '0')}_${'B'.repeat(43)}`;

describeEachDatabase('limits on $name', ({ open }) => {
  describe('failed authentication (limit 5 per 15 minutes)', () => {
    let h: Harness;
    beforeEach(async () => {
      h = await startHarness(open, { limits: { failedAuthPer15Minutes: 5 } });
    });
    afterEach(async () => {
      await h.stop();
    });

    test('30 concurrent requests with a valid token all answer 200', async () => {
      const statuses = await Promise.all(
        Array.from({ length: 30 }, () => call(h, '/api/v1/runs', h.tokens.analyst).then((r) => r.status)),
      );
      expect(statuses).toEqual(Array(30).fill(200));
    });

    test('aborted requests with a valid token never count; 5 bad tokens then block that client, not before', async () => {
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          const controller = new AbortController();
          const pending = call(h, '/api/v1/runs', h.tokens.analyst, { signal: controller.signal }).catch(
            () => undefined,
          );
          controller.abort();
          await pending;
        }),
      );
      expect((await call(h, '/api/v1/runs', h.tokens.analyst)).status).toBe(200);
      for (let i = 0; i < 5; i++) expect((await call(h, '/api/v1/runs', unknownToken(i))).status).toBe(401);
      const blocked = await call(h, '/api/v1/runs', unknownToken(99));
      expect(blocked.status).toBe(429);
      expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe(
        'too_many_failed_authentications',
      );
      // Without `trust proxy`, X-Forwarded-For is ignored: the same socket address is the same client.
      expect(
        (await call(h, '/api/v1/runs', h.tokens.analyst, { headers: { 'X-Forwarded-For': '203.0.113.9' } })).status,
      ).toBe(429);
      // Anonymous reads are not authentication attempts and go on.
      expect((await call(h, '/api/v1/runs')).status).toBe(200);
    });

    test('bad secrets for one prefix from many clients block that prefix only', async () => {
      await h.stop();
      h = await startHarness(open, {
        limits: { failedAuthPer15Minutes: 5 },
        config: { reportsDir: '', trustProxy: 'loopback' },
      });
      const target = h.tokens.regionalOwn;
      for (let i = 0; i < 5; i++) {
        expect(
          (await call(h, '/api/v1/runs', badSecret(target), { headers: { 'X-Forwarded-For': `198.51.100.${i}` } }))
            .status,
        ).toBe(401);
      }
      expect(
        (await call(h, '/api/v1/runs', badSecret(target), { headers: { 'X-Forwarded-For': '198.51.100.77' } })).status,
      ).toBe(429);
      expect(
        (await call(h, '/api/v1/runs', h.tokens.analyst, { headers: { 'X-Forwarded-For': '198.51.100.0' } })).status,
      ).toBe(200);
    });
  });

  test("behind a trusted proxy, one client's bad tokens do not lock other clients out", async () => {
    const h = await startHarness(open, {
      limits: { failedAuthPer15Minutes: 5 },
      config: { reportsDir: '', trustProxy: 'loopback' },
    });
    try {
      const from = (ip: string) => ({ headers: { 'X-Forwarded-For': ip } });
      for (let i = 0; i < 21; i++) await call(h, '/api/v1/runs', unknownToken(i), from('203.0.113.66'));
      expect((await call(h, '/api/v1/runs', h.tokens.analyst, from('203.0.113.66'))).status).toBe(429);
      expect((await call(h, '/api/v1/runs', h.tokens.analyst, from('192.0.2.10'))).status).toBe(200);
      expect((await call(h, '/api/v1/runs', h.tokens.regionalOwn, from('192.0.2.11'))).status).toBe(200);
    } finally {
      await h.stop();
    }
  });

  test("anonymous POSTs to unknown paths neither throttle an analyst's writes nor empty the public cache", async () => {
    const h = await startHarness(open, { limits: { writesPerMinute: 5 }, publicCacheMs: 600_000 });
    try {
      const before = (await (await call(h, '/api/v1/changelog')).json()) as { changelog: { runId: number }[] };
      expect(before.changelog.map((c) => c.runId)).toEqual([h.publishedRunId]);
      // Another process publishes the draft directly in the database: the cached answer stays until a write here.
      await h.database.db
        .updateTable('rating_run')
        .set({
          status: 'published',
          version: 1,
          published_at: '2025-06-01T00:00:00Z',
          published_by: 'other',
          headline: true,
        })
        .where('id', '=', h.draftRunId)
        .execute();
      const anonymous = [];
      for (let i = 0; i < 7; i++)
        anonymous.push((await call(h, `/api/v1/nothing-${i}`, undefined, { method: 'POST' })).status);
      expect(anonymous.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
      expect(anonymous.slice(5)).toEqual([429, 429]);
      const cached = (await (await call(h, '/api/v1/changelog')).json()) as { changelog: { runId: number }[] };
      expect(cached.changelog.map((c) => c.runId)).toEqual([h.publishedRunId]);
      // A refused write (a wrong token: 401) keeps the cache too.
      expect(
        (await call(h, `/api/v1/runs/${h.publishedRunId}/withdraw`, unknownToken(1), { method: 'POST' })).status,
      ).toBe(401);
      expect(((await (await call(h, '/api/v1/changelog')).json()) as { changelog: unknown[] }).changelog).toHaveLength(
        1,
      );
      // The analyst's own write budget is untouched by the anonymous traffic, and a successful write drops the cache.
      const withdraw = await call(h, `/api/v1/runs/${h.publishedRunId}/withdraw`, h.tokens.analyst, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ reason: 'test' }),
      });
      expect(withdraw.status).toBe(200);
      const after = (await (await call(h, '/api/v1/changelog')).json()) as { changelog: { runId: number }[] };
      expect(after.changelog.map((c) => c.runId).sort()).toEqual([h.publishedRunId, h.draftRunId].sort());
    } finally {
      await h.stop();
    }
  });

  test("an analyst's writes are limited per token: the 6th write in a minute answers 429 too_many_writes", async () => {
    const h = await startHarness(open, { limits: { writesPerMinute: 5 } });
    try {
      const statuses = [];
      for (let i = 0; i < 6; i++) {
        statuses.push(
          (
            await call(h, `/api/v1/runs/${h.draftRunId}/comments`, h.tokens.analyst, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ regionCode: h.ownRegion, body: `n${i}` }),
            })
          ).status,
        );
      }
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
      // Another token from the same address still writes.
      expect(
        (
          await call(h, `/api/v1/runs/${h.draftRunId}/comments`, h.tokens.regionalOwn, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ regionCode: h.ownRegion, body: 'own' }),
          })
        ).status,
      ).toBe(201);
    } finally {
      await h.stop();
    }
  });

  test('expensive reads are limited per client: the 4th uncached ranking page in a minute answers 429', async () => {
    const h = await startHarness(open, {
      limits: { expensivePerMinute: 3 },
      publicCacheMs: 0,
      config: { reportsDir: '', trustProxy: 'loopback' },
    });
    try {
      const from = (ip: string) => ({ headers: { 'X-Forwarded-For': ip } });
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await call(h, '/ratings/2023', undefined, from('203.0.113.5'))).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await call(h, '/api/v1/programme/2023', undefined, from('203.0.113.5'));
      expect(limited.status).toBe(429);
      expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('too_many_requests');
      // Another client is not affected; cheap API reads of the same client are not limited.
      expect((await call(h, '/ratings/2023', undefined, from('192.0.2.20'))).status).toBe(200);
      expect((await call(h, '/api/v1/runs', undefined, from('203.0.113.5'))).status).toBe(200);
    } finally {
      await h.stop();
    }
  });

  test('aborted downloads are not logged as errors and count to no limit', async () => {
    const logged: string[] = [];
    const h = await startHarness(open, {
      limits: { failedAuthPer15Minutes: 2, writesPerMinute: 2, expensivePerMinute: 2 },
      log: (message) => logged.push(message),
    });
    try {
      // A large publication file, so the download is still streaming when the client goes away.
      const file = join(h.reportsDir, 'runs', String(h.publishedRunId), 'ranking.csv');
      writeFileSync(file, Buffer.alloc(64 * 1024 * 1024, 0x31));
      const path = `/api/v1/runs/${h.publishedRunId}/downloads/ranking.csv`;
      for (let i = 0; i < 6; i++) {
        const controller = new AbortController();
        const response = await call(h, path, h.tokens.analyst, { signal: controller.signal });
        expect(response.status).toBe(200);
        const reader = response.body!.getReader();
        await reader.read();
        controller.abort();
        await reader.read().catch(() => undefined);
      }
      // Let the server see the resets before looking at its log.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(logged).toEqual([]);
      // The same token still authenticates and downloads (nothing counted towards the failed-auth limit of 2).
      const complete = await call(h, path, h.tokens.analyst);
      expect(complete.status).toBe(200);
      expect((await complete.arrayBuffer()).byteLength).toBe(64 * 1024 * 1024);
      expect((await call(h, '/api/v1/runs', h.tokens.analyst)).status).toBe(200);
      expect(logged).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});
