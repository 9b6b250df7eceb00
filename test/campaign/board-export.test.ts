/**
 * The analysts' board's XLSX export over HTTP: the board page links to it (with its filters); the file, read back
 * with exceljs, has one row per region of the board with the same status, values and rejects as the page; the
 * statuses are worked by hand from the submissions below (Tula accepted 36 values on time, Smolensk's latest file has
 * one reject, Kaluga corrected after the deadline, 82 regions not submitted); headers are Russian and English; every
 * file is marked DRAFT (a board is never published) and SYNTHETIC once the period's data comes from a synthetic
 * batch; a region name that looks like a formula is neutralised; a regional user gets 403.
 */
import ExcelJS from 'exceljs';
import type { Database } from '../../src/db/connect.js';
import { createToken } from '../../src/auth/tokens.js';
import { openCampaign, type Campaign } from '../../src/campaign/campaign-store.js';
import { loadRegionFormInput, regionFormWorkbook } from '../../src/campaign/region-form.js';
import { submitRegionFile } from '../../src/campaign/submissions.js';
import { createApp } from '../../src/web/app.js';
import { startServer } from '../../src/web/server.js';
import { describeEachDatabase } from '../support/database.js';
import { fillForm } from './fill-form.js';
import { WebClient } from './web-client.js';

const good = (_service: string, indicator: string) => (indicator === 'info_complete' ? 80 : 'да');

async function submit(database: Database, campaign: Campaign, region: string, at: string, bad = false) {
  const form = Buffer.from(
    await regionFormWorkbook(await loadRegionFormInput(database.db, campaign, region)).xlsx.writeBuffer(),
  );
  const late = at > '2027-02-01';
  const content = await fillForm(form, (s, i) =>
    bad && s === 'hunting_licence' && i === 'info_current'
      ? 'может быть'
      : late && s === 'hunting_licence' && i === 'info_complete'
        ? 55
        : good(s, i),
  );
  return submitRegionFile(database, {
    campaign,
    regionCode: region,
    kind: 'measurements',
    file: { name: `${region}.xlsx`, content },
    by: { actor: region, role: 'regional' },
    at: new Date(at),
  });
}

/** The board page's cells: region → [status text, "значений N · ошибок M"]. */
function pageCells(text: string): Map<string, [string, string]> {
  const cells = new Map<string, [string, string]>();
  for (const m of text.matchAll(
    /data-region="([A-Z-]+)">[\s\S]*?<td class="board-[a-z_]+">\s*<strong>([^<]+)<\/strong><br \/>\s*(\S+ \d+ · \S+ \d+)/g,
  ))
    cells.set(m[1]!, [m[2]!, m[3]!.replace(/\s+/g, ' ')]);
  return cells;
}

async function readBook(res: Response): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book.getWorksheet('Ход сбора')!;
}

const rowsOf = (sheet: ExcelJS.Worksheet) =>
  sheet.getSheetValues().slice(3).filter(Boolean) as unknown as (string | number | undefined)[][];

describeEachDatabase('the board export on $name', ({ open }) => {
  test('the XLSX has the board’s statuses and counts, bilingual headers, marks and neutralised text', async () => {
    const database = await open();
    const analyst = await createToken(database.db, { role: 'federal-analyst', label: 'analyst' });
    const regional = await createToken(database.db, { role: 'regional', regionCode: 'RU-TUL', label: 'Тула' });
    const campaign = await openCampaign(
      database.db,
      { period: 2026, kinds: ['measurements'], indicators: ['info_complete', 'info_current'], deadline: '2027-02-01' },
      { actor: 'cli', role: 'operator' },
    );
    await submit(database, campaign, 'RU-TUL', '2027-01-20T10:00:00Z');
    await submit(database, campaign, 'RU-SMO', '2027-01-21T10:00:00Z', true);
    await submit(database, campaign, 'RU-KLU', '2027-01-22T10:00:00Z');
    await submit(database, campaign, 'RU-KLU', '2027-02-05T10:00:00Z');
    await database.db
      .updateTable('region')
      .set({ name_ru: '=HYPERLINK("http://example.org","Москва")' })
      .where('code', '=', 'RU-MOW')
      .execute();
    const app = createApp({
      database,
      clock: () => new Date('2027-02-06T09:00:00Z'),
      log: () => undefined,
      config: { reportsDir: '/nonexistent' },
    });
    const server = await startServer(app, 0);
    try {
      const web = new WebClient(server.url);
      expect((await web.signIn(analyst.token)).status).toBe(303);
      const boardPage = await (await web.fetch(`/campaign/${campaign.id}/board`)).text();
      expect(boardPage).toContain(`href="/campaign/${campaign.id}/board.xlsx" download`);
      const filtered = await (await web.fetch(`/campaign/${campaign.id}/board?district=CFD&status=accepted`)).text();
      expect(filtered).toContain(`href="/campaign/${campaign.id}/board.xlsx?district=CFD&amp;status=accepted"`);

      const res = await web.fetch(`/campaign/${campaign.id}/board.xlsx`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(`egov-board-2026-c${campaign.id}-DRAFT.xlsx`);
      const sheet = await readBook(res);
      expect(sheet.getCell('A1').value).toBe(
        'ЧЕРНОВИК — не опубликован, под эмбарго / DRAFT — not published, under embargo',
      );
      expect(sheet.getRow(2).values).toEqual([
        undefined,
        'Код региона / Region code',
        'Регион / Region',
        'Федеральный округ / Federal district',
        'measurements: статус / status',
        'measurements: значений / values',
        'measurements: ошибок / rejects',
        'measurements: последняя отправка, UTC / last submission, UTC',
      ]);
      const rows = rowsOf(sheet);
      expect(rows).toHaveLength(85);
      const byCode = new Map(rows.map((r) => [r[1] as string, r]));
      // Hand-worked from the submissions above.
      expect(byCode.get('RU-TUL')!.slice(2)).toEqual([
        'Тульская область',
        'Центральный федеральный округ',
        'принято',
        36,
        0,
        '2027-01-20 10:00:00',
      ]);
      expect(byCode.get('RU-SMO')!.slice(4, 8)).toEqual(['с ошибками', 0, 1, '2027-01-21 10:00:00']);
      expect(byCode.get('RU-KLU')!.slice(4, 8)).toEqual(['исправлено после срока', 36, 0, '2027-02-05 10:00:00']);
      expect(rows.filter((r) => r[4] === 'не представлено')).toHaveLength(82);
      expect(byCode.get('RU-MOW')![2]).toBe(`'=HYPERLINK("http://example.org","Москва")`);
      // Equal to the page, region by region.
      const cells = pageCells(boardPage);
      expect(cells.size).toBe(85);
      for (const [code, [status, counts]] of cells) {
        const row = byCode.get(code)!;
        expect([code, row[4], `значений ${row[5]} · ошибок ${row[6]}`]).toEqual([code, status, counts]);
      }

      // Filtered and in English: the page's filter applies, statuses in English, headers still in both languages.
      const english = await readBook(
        await web.fetch(`/campaign/${campaign.id}/board.xlsx?status=with_rejects&lang=en`),
      );
      expect(rowsOf(english).map((r) => [r[1], r[2], r[4]])).toEqual([['RU-SMO', 'Smolensk Oblast', 'with rejects']]);
      expect(english.getCell('A2').value).toBe('Код региона / Region code');

      // Once the period's data is synthetic, the file and its banner say so.
      const tula = await database.db
        .selectFrom('campaign_submission')
        .select('batch_id')
        .where('region_code', '=', 'RU-TUL')
        .executeTakeFirstOrThrow();
      await database.db.updateTable('ingest_batch').set({ synthetic: true }).where('id', '=', tula.batch_id!).execute();
      const marked = await web.fetch(`/campaign/${campaign.id}/board.xlsx`);
      expect(marked.headers.get('content-disposition')).toContain(
        `egov-board-2026-c${campaign.id}-DRAFT-SYNTHETIC.xlsx`,
      );
      expect((await readBook(marked)).getCell('A1').value).toBe(
        'ЧЕРНОВИК — не опубликован, под эмбарго · СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ / ' +
          'DRAFT — not published, under embargo · SYNTHETIC DEMO DATA',
      );

      // A regional user may not export the board; nobody signed in is sent to sign in.
      const official = new WebClient(server.url);
      await official.signIn(regional.token);
      expect((await official.fetch(`/campaign/${campaign.id}/board.xlsx`)).status).toBe(403);
      const anonymous = await new WebClient(server.url).fetch(`/campaign/${campaign.id}/board.xlsx`);
      expect([anonymous.status, anonymous.headers.get('location')]).toEqual([303, '/sign-in']);
    } finally {
      await server.stop();
      await database.close();
    }
  });
});
