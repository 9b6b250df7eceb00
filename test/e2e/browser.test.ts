/**
 * Browser test in headless Chromium (Debian's package, driven by playwright-core): open the ranking, filter a
 * federal district, open a region; download the XLSX of a run rated, published and exported by the project's own code
 * and check its ranking against the API with exceljs; open the programme page from the menu, switch district, follow a
 * region to its programme section. Screenshots go to test-artifacts/browser/. Without
 * /usr/bin/chromium the test fails under CI=true and is skipped locally (with a message).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type Browser } from 'playwright-core';
import { BROWSER_ARTIFACTS, describeWithChromium, launchChromium } from '../support/chromium.js';
import { openPgliteFromTemplate } from '../support/database.js';
import { startHarness, type Harness } from '../web/server-harness.js';
import { readZipDirectory } from '../../src/zip/zip-directory.js';
import { startProgrammeServer } from '../web/programme-server.js';
import { startExplorerServer } from '../web/explorer/explorer-server.js';
import { loadPublicationModel } from '../../src/report/load-model.js';
import { writePublication } from '../../src/report/write-publication.js';
import { refreshPublishedContent } from '../../src/web/published/precompute-public-content.js';

const ARTIFACTS = BROWSER_ARTIFACTS;
const maybe = describeWithChromium('browser test');

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

  test('a visitor filters the ranking and opens a region', async () => {
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

    await page.close();
  });
  test('the XLSX a visitor downloads with one click is the real export with the published ranking; the data page links every file and its ZIP holds them all', async () => {
    const s = await startExplorerServer(openPgliteFromTemplate);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    try {
      // The run exported by the project's own writer, where the server serves downloads from (as `egov export` does).
      const runDir = join(s.reportsDir, 'runs', String(s.runId));
      const model = await loadPublicationModel(s.database.db, s.runId, { lang: 'ru' });
      await writePublication(model, runDir, { lang: 'ru' });
      await refreshPublishedContent(s.database.db, s.reportsDir, 'http://localhost');

      await page.goto(`${s.url}/ratings/2018`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'XLSX', exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('rating-2018-SYNTHETIC.xlsx');
      const saved = join(ARTIFACTS, download.suggestedFilename());
      await download.saveAs(saved);

      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('Рейтинг')!;
      expect(String(sheet.getCell('A1').value)).toContain('синтетические демонстрационные данные');
      let header: unknown[] = [];
      const ranked: [number, string, number][] = [];
      sheet.eachRow((row) => {
        const values = row.values as unknown[];
        if (values.includes('код_региона')) header = values;
        else if (header.length > 0 && typeof values[header.indexOf('место')] === 'number')
          ranked.push([
            values[header.indexOf('место')] as number,
            values[header.indexOf('код_региона')] as string,
            values[header.indexOf('балл')] as number,
          ]);
      });
      // The published ranking, as the API serves it; the hand-worked scores in explorer-server.ts: 65, 50, 35.
      const api = (await (await fetch(`${s.url}/api/v1/runs/${s.runId}/ranking`)).json()) as {
        ranking: { rank: number | null; regionCode: string; score: number | null }[];
      };
      // Regions without data are listed by the API without a place; the sheet lists the ranked ones.
      expect(ranked).toEqual(api.ranking.filter((r) => r.rank !== null).map((r) => [r.rank, r.regionCode, r.score]));
      expect(ranked.map(([place, code, score]) => [place, code, Math.round(score * 1000) / 1000])).toEqual([
        [1, 'RU-TUL', 65],
        [2, 'RU-SMO', 50],
        [3, 'RU-TVE', 35],
      ]);

      // The data page links every file of the export, and its ZIP holds exactly the files the manifest lists.
      await page.goto(`${s.url}/ratings/2018/data`);
      await page.screenshot({ path: join(ARTIFACTS, 'data-page.png'), fullPage: true });
      const manifestFile = readdirSync(runDir).find((f) => f.startsWith('manifest'))!;
      const manifest = JSON.parse(readFileSync(join(runDir, manifestFile), 'utf8')) as {
        files: { file: string; kind: string; sha256: string }[];
      };
      const hrefs = await page
        .locator('a[href*="/downloads/"]')
        .evaluateAll((links) =>
          links.map((a) => decodeURIComponent(a.getAttribute('href')!.replace(/^.*\/downloads\//, ''))),
        );
      const linked = new Set(hrefs);
      expect(manifest.files.filter((f) => !linked.has(f.file)).map((f) => f.file)).toEqual([]);
      const archive = manifest.files.find((f) => f.kind === 'archive')!;
      const [zipDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`a[href$="/downloads/${archive.file}"]`).first().click(),
      ]);
      const zipPath = join(ARTIFACTS, zipDownload.suggestedFilename());
      await zipDownload.saveAs(zipPath);
      const zip = readFileSync(zipPath);
      const names = readZipDirectory(zip, { strict: true }).map((e) => e.name);
      expect(names.sort()).toEqual(
        [...manifest.files.filter((f) => f.kind !== 'archive').map((f) => f.file), manifestFile].sort(),
      );
    } finally {
      await page.close();
      await s.stop();
    }
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
