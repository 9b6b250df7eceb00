/**
 * Browser test in headless Chromium (Debian's package, driven by playwright-core): open the ranking, filter a
 * federal district, open a region, download the XLSX; open the programme page from the menu, switch district, follow a
 * region to its programme section. Screenshots go to test-artifacts/browser/. Without
 * /usr/bin/chromium the test fails under CI=true and is skipped locally (with a message).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type Browser } from 'playwright-core';
import { BROWSER_ARTIFACTS, describeWithChromium, launchChromium } from '../support/chromium.js';
import { openPgliteFromTemplate } from '../support/database.js';
import { call, startHarness, type Harness } from '../web/server-harness.js';
import { startProgrammeServer } from '../web/programme-server.js';

const ARTIFACTS = BROWSER_ARTIFACTS;
const maybe = describeWithChromium('browser test');

/** Stands in for src/report's XLSX writer: a workbook with the published ranking, in the run's export folder. */
async function writeRankingWorkbook(h: Harness): Promise<string> {
  const ranking = (await (await call(h, `/api/v1/runs/${h.publishedRunId}/ranking`)).json()) as {
    ranking: { rank: number; regionCode: string; score: number }[];
  };
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Ranking');
  sheet.addRow(['rank', 'region', 'score']);
  for (const row of ranking.ranking) sheet.addRow([row.rank, row.regionCode, row.score]);
  const name = 'ranking-2023-synthetic.xlsx';
  await book.xlsx.writeFile(join(h.reportsDir, 'runs', String(h.publishedRunId), name));
  return name;
}

maybe('browser: ranking → district → region → XLSX', () => {
  let h: Harness;
  let browser: Browser;
  beforeAll(async () => {
    h = await startHarness(openPgliteFromTemplate);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  test('a visitor filters the ranking, opens a region and downloads the XLSX', async () => {
    const xlsxName = await writeRankingWorkbook(h);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await page.goto(`${h.url}/`);
    expect(await page.locator('h1').textContent()).toBe('Рейтинг 2023');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('СИНТЕТИЧЕСКИЕ');
    await page.screenshot({ path: join(ARTIFACTS, '1-ranking.png'), fullPage: true });

    const own = await h.database.db
      .selectFrom('region')
      .select(['federal_district', 'name_ru'])
      .where('code', '=', h.ownRegion)
      .executeTakeFirstOrThrow();
    const inDistrict = await h.database.db
      .selectFrom('region')
      .select('code')
      .where('federal_district', '=', own.federal_district)
      .execute();
    await page.selectOption('#fd', own.federal_district);
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/fd=/), page.getByRole('button').click()]);
    expect(await page.locator('table[data-sortable] tbody tr').count()).toBe(inDistrict.length);
    await page.screenshot({ path: join(ARTIFACTS, '2-district.png'), fullPage: true });

    await Promise.all([
      page.waitForURL(/\/regions\//),
      page.getByRole('link', { name: own.name_ru, exact: true }).first().click(),
    ]);
    expect(await page.locator('h1').textContent()).toBe(own.name_ru);
    expect(await page.locator('svg.bars').getAttribute('role')).toBe('img');
    await page.screenshot({ path: join(ARTIFACTS, '3-region.png'), fullPage: true });

    // One click from the ranking page: the XLSX link sits above the table.
    await page.goto(`${h.url}/ratings/2023`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'XLSX', exact: true }).click(),
    ]);
    const saved = join(ARTIFACTS, xlsxName);
    await download.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const regions = await h.database.db.selectFrom('region').select('code').execute();
    expect(book.getWorksheet('Ranking')?.rowCount).toBe(regions.length + 1);
    await page.close();
  });

  test("a visitor opens the programme page from the menu, picks a district and reads a region's three answers", async () => {
    const server = await startProgrammeServer(openPgliteFromTemplate);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${server.url}/ratings/2024?lang=en`);
      await Promise.all([
        page.waitForURL(/\/programme\/2024/),
        page.getByRole('link', { name: 'Programme', exact: true }).click(),
      ]);
      expect(await page.locator('h1').textContent()).toBe('E-services: targets, channels, money: Russia, 2024');
      await expect(page.getByRole('alert').textContent()).resolves.toContain('SYNTHETIC');
      expect(await page.getByRole('img', { name: /Users, %: Russia, 2024/ }).count()).toBe(1);
      await page.screenshot({ path: join(ARTIFACTS, '4-programme.png'), fullPage: true });

      await page.selectOption('#fd', 'CFD');
      await Promise.all([page.waitForURL(/fd=CFD/), page.getByRole('button').click()]);
      const tula = await server.database.db
        .selectFrom('region')
        .select('name_en')
        .where('code', '=', 'RU-TUL')
        .executeTakeFirstOrThrow();
      await Promise.all([
        page.waitForURL(/\/regions\/RU-TUL/),
        page.getByRole('link', { name: tula.name_en, exact: true }).first().click(),
      ]);
      const section = page.locator('section#programme');
      expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe('Programme 2024');
      expect(await section.getByRole('table').count()).toBeGreaterThanOrEqual(4);
      await section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ARTIFACTS, '5-region-programme.png'), fullPage: true });
    } finally {
      await page.close();
      await server.stop();
    }
  });
});
