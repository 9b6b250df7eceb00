/** Campaigns are stored, listed and closed; one open campaign per period; every write audited in its transaction. */
import { CampaignRequestError, closeCampaign, listCampaigns, openCampaign } from '../../src/campaign/campaign-store.js';
import { readAudit } from '../../src/auth/audit.js';
import { describeEachDatabase } from '../support/database.js';

const ANALYST = { actor: 'token:abc', role: 'federal-analyst' };

describeEachDatabase('campaigns on $name', ({ open }) => {
  test('open, list and close a campaign, audited; a second open campaign for the period is refused', async () => {
    const database = await open();
    try {
      const opened = await openCampaign(
        database.db,
        {
          period: 2026,
          kinds: ['measurements'],
          indicators: ['info_complete', 'info_current'],
          deadline: '2027-02-01',
          note: 'сбор 2026',
        },
        ANALYST,
      );
      expect(opened).toMatchObject({
        period: 2026,
        kinds: ['measurements'],
        indicators: ['info_complete', 'info_current'],
        deadline: '2027-02-01',
        note: 'сбор 2026',
        openedBy: 'token:abc',
        closedAt: null,
      });
      await expect(
        openCampaign(database.db, { period: 2026, kinds: ['measurements'], deadline: '2027-03-01' }, ANALYST),
      ).rejects.toThrow(`campaign ${opened.id} for 2026 is still open`);
      const closed = await closeCampaign(database.db, opened.id, ANALYST, new Date('2027-02-10T12:00:00Z'));
      expect(closed.closedAt).toBe('2027-02-10T12:00:00.000Z');
      await expect(closeCampaign(database.db, opened.id, ANALYST, new Date())).rejects.toThrow('was closed');
      // After closing, the next round of the same period may open; it asks for every monitoring indicator by default.
      const next = await openCampaign(
        database.db,
        { period: 2026, kinds: ['measurements', 'targets'], deadline: '2027-03-01' },
        ANALYST,
      );
      const monitoring = await database.db
        .selectFrom('indicator')
        .select('id')
        .where('source', '=', 'monitoring')
        .execute();
      expect([...next.indicators].sort()).toEqual(monitoring.map((i) => i.id).sort());
      expect((await listCampaigns(database.db)).map((c) => c.id)).toEqual([next.id, opened.id]);
      const audit = (await readAudit(database.db)).filter((a) => a.action.startsWith('campaign.'));
      expect(audit.map((a) => [a.action, a.target, a.actor, a.role])).toEqual([
        ['campaign.open', `campaign:${opened.id}`, 'token:abc', 'federal-analyst'],
        ['campaign.close', `campaign:${opened.id}`, 'token:abc', 'federal-analyst'],
        ['campaign.open', `campaign:${next.id}`, 'token:abc', 'federal-analyst'],
      ]);
    } finally {
      await database.close();
    }
  });

  test('bad requests are refused with the reason and write nothing', async () => {
    const database = await open();
    try {
      const cases: [Parameters<typeof openCampaign>[1], string][] = [
        [{ period: 2026, kinds: ['measurements'], deadline: '2027-02-30' }, 'deadline must be a date'],
        [{ period: 2026, kinds: ['forms'], deadline: '2027-02-01' }, 'data kinds must be among'],
        [{ period: 2026, kinds: [], deadline: '2027-02-01' }, 'data kinds must be among'],
        [{ period: 1999, kinds: ['measurements'], deadline: '2027-02-01' }, 'period must be a year'],
        [
          { period: 2026, kinds: ['measurements'], indicators: ['no_such'], deadline: '2027-02-01' },
          'unknown or not a monitoring indicator: no_such',
        ],
      ];
      for (const [request, message] of cases) {
        const attempt = openCampaign(database.db, request, ANALYST);
        await expect(attempt).rejects.toThrow(CampaignRequestError);
        await expect(openCampaign(database.db, request, ANALYST)).rejects.toThrow(message);
      }
      expect(await listCampaigns(database.db)).toEqual([]);
      expect((await readAudit(database.db)).filter((a) => a.action.startsWith('campaign.'))).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
