/**
 * Failed sign-ins count against the API's failed-authentication limit (src/web/limits/failed-auth-limit.ts): with a
 * limit of 3, three wrong access keys on the sign-in page are answered 401, the fourth attempt 429 (an HTML page,
 * Retry-After), even with the right key; the API, from the same client, now answers 429 too, because the buckets are
 * shared. Another app (a fresh limit) shows the other direction: API failures block the sign-in page.
 */
import { createToken } from '../../src/auth/tokens.js';
import { createApp } from '../../src/web/app.js';
import { startServer } from '../../src/web/server.js';
import { describeEachDatabase } from '../support/database.js';
import { WebClient } from './web-client.js';

const WRONG = 'egov_0123456789_wrongsecretwrongsecretwrongsecret';

describeEachDatabase('failed sign-ins and the failed-authentication limit on $name', ({ open }) => {
  test('wrong access keys on the sign-in page get 429 after the limit, shared with the API', async () => {
    const database = await open();
    const analyst = await createToken(database.db, { role: 'federal-analyst', label: 'analyst' });
    const start = async () =>
      startServer(
        createApp({
          database,
          log: () => undefined,
          config: { reportsDir: '/nonexistent' },
          limits: { failedAuthPer15Minutes: 3 },
        }),
        0,
      );
    const server = await start();
    try {
      const web = new WebClient(server.url);
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await web.signIn(`${WRONG}${i}`)).status);
      expect(statuses).toEqual([401, 401, 401]);
      const blocked = await web.signIn(analyst.token);
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('retry-after')).toBe('900');
      expect(await blocked.text()).toContain('Слишком много неудачных попыток входа');
      expect(web.cookies.has('egov_session')).toBe(false);
      const english = await web.fetch('/sign-in?lang=en', {
        method: 'POST',
        body: new URLSearchParams({ key: analyst.token, csrf: await web.csrf('/sign-in') }),
      });
      expect(english.status).toBe(429);
      expect(await english.text()).toContain('Too many failed sign-ins');
      // The same client's bearer requests are blocked too.
      const api = await fetch(`${server.url}/api/v1/runs`, { headers: { Authorization: `Bearer ${analyst.token}` } });
      expect(api.status).toBe(429);
    } finally {
      await server.stop();
    }

    const other = await start();
    try {
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${other.url}/api/v1/runs`, { headers: { Authorization: `Bearer ${WRONG}${i}` } });
        expect(res.status).toBe(401);
      }
      expect((await new WebClient(other.url).signIn(analyst.token)).status).toBe(429);
    } finally {
      await other.stop();
      await database.close();
    }
  }, 120_000);
});
