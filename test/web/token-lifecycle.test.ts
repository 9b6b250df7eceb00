/**
 * Finding 8 replayed through HTTP with real tokens: an analyst revokes a token with POST /api/v1/tokens/{prefix}/revoke
 * (audited), the revoked token's very next request is 401 (no verification cache), and `last_used_at` is written at
 * most once a minute per token (an injected clock moves time; nothing sleeps).
 */
import { createToken } from '../../src/auth/tokens.js';
import { describeEachDatabase } from '../support/database.js';
import { call, startHarness, type Harness } from './server-harness.js';

const errorCode = async (response: Response): Promise<string> =>
  ((await response.json()) as { error: { code: string } }).error.code;

describeEachDatabase('token lifecycle on $name', ({ open }) => {
  let h: Harness;
  let now = new Date('2026-03-01T12:00:00Z');
  beforeAll(async () => {
    h = await startHarness(open, { clock: () => now });
  });
  afterAll(async () => {
    await h.stop();
  });
  const revoke = (prefix: string, token?: string) =>
    call(h, `/api/v1/tokens/${prefix}/revoke`, token, { method: 'POST' });

  test('an analyst revokes a token over HTTP: its next request is 401, the revocation is audited', async () => {
    const leaked = await createToken(h.database.db, { role: 'regional', regionCode: h.ownRegion, label: 'leaked' });
    expect((await call(h, `/api/v1/runs/${h.draftRunId}`, leaked.token)).status).toBe(200);

    // Only an analyst may revoke: anonymous 401, a regional token (even its own) 403; malformed 400, unknown 404.
    expect((await revoke(leaked.prefix)).status).toBe(401);
    const byRegional = await revoke(leaked.prefix, leaked.token);
    expect([byRegional.status, await errorCode(byRegional)]).toEqual([403, 'forbidden']);
    const malformed = await revoke('NOT-A-PREFIX', h.tokens.analyst);
    expect([malformed.status, await errorCode(malformed)]).toEqual([400, 'bad_request']);
    const unknown = await revoke('0123456789', h.tokens.analyst);
    expect([unknown.status, await errorCode(unknown)]).toEqual([404, 'not_found']);
    expect((await call(h, `/api/v1/runs/${h.draftRunId}`, leaked.token)).status).toBe(200);

    const revoked = await revoke(leaked.prefix, h.tokens.analyst);
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toEqual({ prefix: leaked.prefix, status: 'revoked' });
    // Immediately: the very next request with the revoked token is refused.
    const after = await call(h, `/api/v1/runs/${h.draftRunId}`, leaked.token);
    expect([after.status, await errorCode(after)]).toEqual([401, 'unauthenticated']);
    const again = await revoke(leaked.prefix, h.tokens.analyst);
    expect([again.status, await errorCode(again)]).toEqual([409, 'already_revoked']);

    const audit = await h.database.db
      .selectFrom('audit_log')
      .select(['actor', 'role', 'target'])
      .where('action', '=', 'token.revoke')
      .execute();
    expect(audit).toEqual([
      {
        actor: expect.stringMatching(/^token:[0-9a-f]{10} \(analyst\)$/),
        role: 'federal-analyst',
        target: expect.stringContaining(leaked.prefix),
      },
    ]);
  });

  test('last_used_at is written on first use, not again within the minute, then again after it', async () => {
    const { token, prefix } = await createToken(h.database.db, { role: 'federal-analyst', label: 'clocked' });
    const lastUsed = async () => {
      const row = await h.database.db
        .selectFrom('api_token')
        .select('last_used_at')
        .where('token_prefix', '=', prefix)
        .executeTakeFirstOrThrow();
      return row.last_used_at === null ? null : new Date(row.last_used_at as unknown as string).toISOString();
    };
    expect(await lastUsed()).toBeNull();

    now = new Date('2026-03-01T12:00:00Z');
    expect((await call(h, '/api/v1/runs', token)).status).toBe(200);
    expect(await lastUsed()).toBe('2026-03-01T12:00:00.000Z');

    now = new Date('2026-03-01T12:00:59Z'); // 59 s later: within the minute, not written
    expect((await call(h, '/api/v1/runs', token)).status).toBe(200);
    expect(await lastUsed()).toBe('2026-03-01T12:00:00.000Z');

    now = new Date('2026-03-01T12:01:00Z'); // a full minute after the last write: written
    expect((await call(h, '/api/v1/runs', token)).status).toBe(200);
    expect(await lastUsed()).toBe('2026-03-01T12:01:00.000Z');
  });
});
