/**
 * Finding 6 replayed: client mistakes are 4xx with documented codes, never 500 — a comment naming an unknown region
 * (once a foreign-key error) and an upload named "." or ".." (once EISDIR, see audit.test.ts); nothing is logged
 * as a server error.
 */
import { describeEachDatabase } from '../support/database.js';
import { call, startHarness, type Harness } from './server-harness.js';

describeEachDatabase('client errors on $name', ({ open }) => {
  let h: Harness;
  const logged: string[] = [];
  beforeAll(async () => {
    h = await startHarness(open, { log: (m) => logged.push(m) });
  });
  afterAll(async () => {
    await h.stop();
  });

  test('a comment with a well-formed but unknown regionCode is 400 invalid_body, not 500', async () => {
    const response = await call(h, `/api/v1/runs/${h.draftRunId}/comments`, h.tokens.analyst, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ regionCode: 'RU-XXX', body: 'hi' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error).toEqual({ code: 'invalid_body', message: 'regionCode: unknown region code "RU-XXX"' });
    expect(logged).toEqual([]);
  });
});
