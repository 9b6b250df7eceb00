/**
 * The analysts' page to open and close a campaign, over HTTP as a browser without JavaScript uses it: the form's
 * fields have labels; a refused form comes back (400) with every problem in Russian (or English with ?lang=en), tied
 * to its field, and the entered values kept; nothing is stored; without the CSRF token 403; a good form opens the
 * campaign (stored as the CLI stores it, audited `campaign.open` with the analyst's name) and the list shows it; a
 * second campaign for the same year is refused; closing (CSRF checked) is audited `campaign.close`; a regional user
 * gets 403 on both.
 */
import { createToken } from '../../src/auth/tokens.js';
import { readAudit } from '../../src/auth/audit.js';
import { listCampaigns } from '../../src/campaign/campaign-store.js';
import { createApp } from '../../src/web/app.js';
import { startServer } from '../../src/web/server.js';
import { describeEachDatabase } from '../support/database.js';
import { WebClient } from './web-client.js';

/** The problems listed at the top of the form: [field, message] (the message's HTML entities decoded). */
const alerts = (page: string) =>
  [...page.matchAll(/<li><a href="#(\w+)">([^<]+)<\/a><\/li>/g)].map((m) => [m[1], m[2]!.replaceAll('&quot;', '"')]);

describeEachDatabase('opening and closing a campaign on the page on $name', ({ open }) => {
  test('validation in ru/en, CSRF, open and close audited, regional users refused', async () => {
    const database = await open();
    const analyst = await createToken(database.db, { role: 'federal-analyst', label: 'Иванова' });
    const regional = await createToken(database.db, { role: 'regional', regionCode: 'RU-TUL', label: 'Тула' });
    const app = createApp({
      database,
      clock: () => new Date('2027-01-10T09:00:00Z'),
      log: () => undefined,
      config: { reportsDir: '/nonexistent' },
    });
    const server = await startServer(app, 0);
    try {
      const actor = `token:${analyst.prefix} (Иванова)`;
      const web = new WebClient(server.url);
      await web.signIn(analyst.token);
      expect(await (await web.fetch('/campaign')).text()).toContain('<a href="/campaign/new">Открыть кампанию</a>');
      const formPage = await (await web.fetch('/campaign/new')).text();
      for (const id of ['period', 'deadline', 'note']) expect(formPage).toContain(`<label for="${id}">`);
      expect(formPage).toMatch(/<legend>Виды данных<\/legend>/);
      expect(formPage).toContain('name="indicator-info_complete"');
      const csrf = /name="csrf" value="([^"]+)"/.exec(formPage)![1]!;

      // Everything wrong at once: each problem named, in Russian, tied to its field; the entered values kept.
      const bad = await web.post('/campaign/new', {
        csrf,
        period: '26',
        deadline: '2027-02-30',
        note: 'Срок — 1 февраля',
      });
      expect(bad.status).toBe(400);
      const badPage = await bad.text();
      expect(alerts(badPage)).toEqual([
        ['period', 'Год должен быть числом от 2000 до 2100 (введено «26»).'],
        ['kinds', 'Отметьте хотя бы один вид данных.'],
        ['deadline', 'Срок — дата в виде ГГГГ-ММ-ДД (введено «2027-02-30»).'],
      ]);
      expect(badPage).toMatch(/id="period"[^>]*value="26"[^>]*aria-describedby="period-error"/);
      expect(badPage).toContain('Срок — 1 февраля</textarea');
      // The same in English.
      const english = await (
        await web.post('/campaign/new?lang=en', { csrf, period: '2026', 'kind-measurements': 'on', deadline: '' })
      ).text();
      expect(alerts(english)).toEqual([['deadline', 'The deadline is a date YYYY-MM-DD (got "").']]);
      expect(await listCampaigns(database.db)).toEqual([]);

      // Without the CSRF token, or with a forged one: 403, nothing opened.
      const good = {
        period: '2026',
        'kind-measurements': 'on',
        'indicator-info_complete': 'on',
        'indicator-info_current': 'on',
        deadline: '2027-02-01',
        note: 'Форма за 2026 год',
      };
      expect((await web.post('/campaign/new', good)).status).toBe(403);
      expect((await web.post('/campaign/new', { ...good, csrf: 'forged' })).status).toBe(403);
      expect(await listCampaigns(database.db)).toEqual([]);

      // The good form opens the campaign and the list shows it.
      const opened = await web.post('/campaign/new', { ...good, csrf });
      expect([opened.status, opened.headers.get('location')]).toEqual([303, '/campaign']);
      const [campaign] = await listCampaigns(database.db);
      expect(campaign).toMatchObject({
        period: 2026,
        kinds: ['measurements'],
        indicators: ['info_complete', 'info_current'],
        deadline: '2027-02-01',
        note: 'Форма за 2026 год',
        openedBy: actor,
        closedAt: null,
      });
      expect(await (await web.fetch('/campaign')).text()).toContain(`Кампания ${campaign!.id}: 2026 · Срок 2027-02-01`);
      // A second one for the same year is refused while the first is open.
      const second = await web.post('/campaign/new', { ...good, csrf });
      expect(second.status).toBe(400);
      expect(alerts(await second.text())).toEqual([
        ['period', `Кампания ${campaign!.id} за 2026 год ещё открыта: сначала закройте её.`],
      ]);

      // A regional user may neither open nor close.
      const official = new WebClient(server.url);
      await official.signIn(regional.token);
      expect((await official.fetch('/campaign/new')).status).toBe(403);
      const officialCsrf = await official.csrf('/campaign');
      expect((await official.post('/campaign/new', { ...good, csrf: officialCsrf })).status).toBe(403);
      expect((await official.post(`/campaign/${campaign!.id}/close`, { csrf: officialCsrf })).status).toBe(403);

      // Closing: CSRF checked, then closed and audited.
      expect((await web.post(`/campaign/${campaign!.id}/close`, {})).status).toBe(403);
      const closed = await web.post(`/campaign/${campaign!.id}/close`, { csrf });
      expect([closed.status, closed.headers.get('location')]).toEqual([303, '/campaign']);
      expect((await listCampaigns(database.db))[0]!.closedAt).toBe('2027-01-10T09:00:00.000Z');
      expect(await (await web.fetch('/campaign')).text()).toContain('Открытых кампаний сбора нет.');
      const audit = (await readAudit(database.db)).filter((a) => a.action.startsWith('campaign.'));
      expect(audit.map((a) => [a.action, a.actor, a.role, a.target])).toEqual([
        ['campaign.open', actor, 'federal-analyst', `campaign:${campaign!.id}`],
        ['campaign.close', actor, 'federal-analyst', `campaign:${campaign!.id}`],
      ]);
    } finally {
      await server.stop();
      await database.close();
    }
  }, 180_000);
});
