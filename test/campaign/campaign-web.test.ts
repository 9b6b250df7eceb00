/**
 * The campaign over HTTP as a browser without JavaScript uses it: sign-in with an access key → session cookie
 * (HttpOnly, SameSite=Strict, expiring; only its hash stored), CSRF on every form, the region's page, the form
 * download, an upload with a bad row (every reject shown in Russian, nothing stored), the corrected resubmission,
 * a correction after acceptance (history kept), comments, another region refused, expiry and sign-out.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/connect.js';
import { createToken } from '../../src/auth/tokens.js';
import { openCampaign } from '../../src/campaign/campaign-store.js';
import { createApp } from '../../src/web/app.js';
import { startServer } from '../../src/web/server.js';
import { readAudit } from '../../src/auth/audit.js';
import { describeEachDatabase } from '../support/database.js';
import { fillForm } from './fill-form.js';
import { WebClient as Browser } from './web-client.js';

const START = new Date('2027-01-15T09:00:00Z');
const HOUR = 3_600_000;

async function stored(database: Database, region: string): Promise<number> {
  const rows = await database.db
    .selectFrom('measurement')
    .select('value')
    .where('region_code', '=', region)
    .where('period', '=', 2026)
    .execute();
  return rows.length;
}

describeEachDatabase('the campaign over HTTP on $name', ({ open }) => {
  test('a regional official signs in, uploads, sees the rejects, resubmits and corrects; CSRF, region and expiry hold', async () => {
    const database = await open();
    let clock = START;
    const regional = await createToken(database.db, { role: 'regional', regionCode: 'RU-TUL', label: 'Тула' });
    const analyst = await createToken(database.db, { role: 'federal-analyst', label: 'analyst' });
    const campaign = await openCampaign(
      database.db,
      { period: 2026, kinds: ['measurements'], indicators: ['info_complete', 'info_current'], deadline: '2027-02-01' },
      { actor: 'cli', role: 'operator' },
    );
    const app = createApp({
      database,
      clock: () => clock,
      log: () => undefined,
      config: { reportsDir: '/nonexistent' },
    });
    const server = await startServer(app, 0);
    const region = `/campaign/${campaign.id}/regions/RU-TUL`;
    try {
      const browser = new Browser(server.url);
      // No session: every campaign page sends the person to the sign-in page.
      const anonymous = await browser.fetch(region);
      expect([anonymous.status, anonymous.headers.get('location')]).toEqual([303, '/sign-in']);
      const signInCsrf = await browser.csrf('/sign-in');
      // Sign-in without the form's CSRF token: 403, no session.
      expect((await browser.post('/sign-in', { key: regional.token })).status).toBe(403);
      expect((await browser.post('/sign-in', { key: 'egov_0000000000_wrong', csrf: signInCsrf })).status).toBe(401);
      const csrfAgain = await browser.csrf('/sign-in');
      const signedIn = await browser.post('/sign-in', { key: regional.token, csrf: csrfAgain });
      expect([signedIn.status, signedIn.headers.get('location')]).toEqual([303, '/campaign']);
      const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith('egov_session='))!;
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Strict/);
      expect(cookie).toMatch(/; Max-Age=28800/);
      expect(cookie).not.toMatch(/Secure/);
      const sessionId = browser.cookies.get('egov_session')!;
      const sessions = await database.db.selectFrom('web_session').selectAll().execute();
      expect(sessions.map((s) => s.id_sha256)).toEqual([createHash('sha256').update(sessionId).digest('hex')]);
      expect(JSON.stringify(sessions)).not.toContain(sessionId);

      // The campaigns list links to the own region; another region's page is refused.
      expect(await (await browser.fetch('/campaign')).text()).toContain(`href="${region}"`);
      expect((await browser.fetch(`/campaign/${campaign.id}/regions/RU-SMO`)).status).toBe(403);
      expect((await browser.fetch(`/campaign/${campaign.id}/regions/RU-SMO/form.xlsx`)).status).toBe(403);

      // The form, filled with one bad row.
      const formResponse = await browser.fetch(`${region}/form.xlsx`);
      expect(formResponse.headers.get('content-disposition')).toContain(`egov-form-2026-c${campaign.id}-RU-TUL.xlsx`);
      const form = Buffer.from(await formResponse.arrayBuffer());
      const good = (_service: string, i: string) => (i === 'info_complete' ? 80 : 'да');
      const bad = await fillForm(form, (s, i) =>
        s === 'hunting_licence' && i === 'info_current' ? 'может быть' : good(s, i),
      );
      const csrf = await browser.csrf(region);
      // Without the CSRF token: 403 and nothing stored, nothing recorded.
      expect((await browser.upload(`${region}/submissions`, null, 'tula.xlsx', bad)).status).toBe(403);
      expect((await browser.upload(`${region}/submissions`, 'forged', 'tula.xlsx', bad)).status).toBe(403);
      // Upload to another region's page: 403.
      expect(
        (await browser.upload(`/campaign/${campaign.id}/regions/RU-SMO/submissions`, csrf, 'x.xlsx', bad)).status,
      ).toBe(403);
      const rejected = await browser.upload(`${region}/submissions`, csrf, 'tula.xlsx', bad);
      expect(rejected.status).toBe(303);
      const rejectPage = await (await browser.fetch(rejected.headers.get('location')!)).text();
      expect(rejectPage).toContain('Файл не принят, ничего не сохранено');
      expect(rejectPage).toMatch(/<td>value<\/td>\s*<td>может быть<\/td>/);
      expect(rejectPage).toContain('Исправьте значение в этой строке');
      expect(await stored(database, 'RU-TUL')).toBe(0);
      // The analysts' board: Tula "with rejects"; the regional user may not see the board.
      const board = `/campaign/${campaign.id}/board`;
      expect((await browser.fetch(board)).status).toBe(403);
      const analystBrowser = new Browser(server.url);
      await analystBrowser.post('/sign-in', { key: analyst.token, csrf: await analystBrowser.csrf('/sign-in') });
      const tulaCell = async (query = '') => {
        const text = await (await analystBrowser.fetch(`${board}${query}`)).text();
        return /data-region="RU-TUL">[\s\S]*?<td class="board-([a-z_]+)">/.exec(text)?.[1] ?? null;
      };
      expect(await tulaCell()).toBe('with_rejects');
      expect(await tulaCell('?status=not_submitted')).toBeNull();

      // The corrected file is accepted: 18 services × 2 indicators.
      const accepted = await browser.upload(`${region}/submissions`, csrf, 'tula.xlsx', await fillForm(form, good));
      const acceptedPage = await (await browser.fetch(accepted.headers.get('location')!)).text();
      expect(acceptedPage).toContain('Файл принят: сохранено значений — <strong>36</strong>');
      expect(await stored(database, 'RU-TUL')).toBe(36);
      expect(await tulaCell('?district=CFD&status=accepted')).toBe('accepted');

      // A correction after acceptance: one value changed, the old one kept in the history.
      const corrected = await fillForm(form, (s, i) =>
        s === 'hunting_licence' && i === 'info_complete' ? 55 : good(s, i),
      );
      const correction = await browser.upload(`${region}/submissions`, csrf, 'tula-2.xlsx', corrected);
      const correctionPage = await (await browser.fetch(correction.headers.get('location')!)).text();
      expect(correctionPage).toContain('Это исправление');
      const history = await database.db
        .selectFrom('measurement_revision')
        .selectAll()
        .where('region_code', '=', 'RU-TUL')
        .execute();
      expect(history.map((h) => [h.service_id, h.indicator_id, Number(h.old_value), Number(h.new_value)])).toEqual([
        ['hunting_licence', 'info_complete', 80, 55],
      ]);

      // The history of submissions and a comment answered on the region's page.
      expect((await browser.post(`${region}/comments`, { body: 'Ответ: исправили' })).status).toBe(403);
      expect((await browser.post(`${region}/comments`, { body: 'Ответ: исправили', csrf })).status).toBe(303);
      const regionPage = await (await browser.fetch(region)).text();
      expect(regionPage.match(/<td>tula(?:-2)?\.xlsx<\/td>/g)).toHaveLength(3);
      expect(regionPage).toContain('Ответ: исправили');
      const actions = (await readAudit(database.db)).map((a) => a.action);
      expect(actions.filter((a) => a === 'campaign.submit')).toHaveLength(3);
      expect(actions).toContain('session.create');
      expect(actions).toContain('campaign.comment');

      // The session expires: the next page asks to sign in again.
      clock = new Date(START.getTime() + 8 * HOUR + 1000);
      const expired = await browser.fetch(region);
      expect([expired.status, expired.headers.get('location')]).toEqual([303, '/sign-in?expired=1']);

      // Sign in again, then sign out (CSRF checked): the cookie no longer opens anything.
      const second = await browser.post('/sign-in', { key: regional.token, csrf: await browser.csrf('/sign-in') });
      expect(second.status).toBe(303);
      const pageCsrf = await browser.csrf(region);
      const oldCookie = browser.cookies.get('egov_session')!;
      expect((await browser.post('/sign-out', {})).status).toBe(403);
      expect((await browser.post('/sign-out', { csrf: pageCsrf })).status).toBe(303);
      browser.cookies.set('egov_session', oldCookie);
      expect((await browser.fetch(region)).status).toBe(303);
    } finally {
      await server.stop();
      await database.close();
    }
  }, 180_000);
});
