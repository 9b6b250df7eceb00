/**
 * The collection campaign in headless Chromium (issue #17 item 7), as people use it: a regional official signs in
 * with an access key, downloads the form (a real download), the test fills it with exceljs with one bad row and
 * uploads it through the page's file input, the official sees the reject (row, column, value, reason, advice), fixes
 * the file — this time saved through LibreOffice (soffice --headless --convert-to xlsx) — and resubmits; an analyst,
 * signed in in another browser context, watches Tula's board cell change from "with rejects" to "accepted". The
 * official cannot open or upload to another region (403 page); a form sent without or with a wrong CSRF token is
 * refused (403 page); an expired session is sent to the sign-in page. Screenshots go to test-artifacts/browser/.
 */
import { readFileSync, writeFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Database } from '../../src/db/connect.js';
import { createToken } from '../../src/auth/tokens.js';
import { openCampaign, type Campaign } from '../../src/campaign/campaign-store.js';
import { FORM_DATA_SHEET, FORM_FIRST_DATA_ROW } from '../../src/campaign/region-form.js';
import { createApp } from '../../src/web/app.js';
import { startServer } from '../../src/web/server.js';
import { BROWSER_ARTIFACTS, describeWithChromium, launchChromium } from '../support/chromium.js';
import { openPgliteFromTemplate } from '../support/database.js';
import { fillForm } from '../campaign/fill-form.js';
import { SOFFICE, saveThroughLibreOffice } from '../campaign/libreoffice.js';

const maybe = describeWithChromium('campaign browser test');
if (!SOFFICE && process.env.CI === 'true') throw new Error('campaign browser test: LibreOffice (soffice) is missing');

const START = new Date('2027-01-15T09:00:00Z');
const HOUR = 3_600_000;

/** The good answers: 80 % for completeness, "да" for currency; the bad one: "может быть" for one cell. */
const good = (_service: string, indicator: string) => (indicator === 'info_complete' ? 80 : 'да');
const BAD_SERVICE = 'hunting_licence';

/** The spreadsheet row (as Excel numbers it) of a service × indicator in the form. */
async function formRow(form: Buffer, service: string, indicator: string): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(form as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(FORM_DATA_SHEET)!;
  for (let r = FORM_FIRST_DATA_ROW; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(4).value === service && row.getCell(6).value === indicator) return r;
  }
  throw new Error(`no row for ${service} × ${indicator}`);
}

async function signIn(page: Page, base: string, key: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Ключ доступа').fill(key);
  await Promise.all([page.waitForURL(/\/campaign$/), page.getByRole('button', { name: 'Войти' }).click()]);
}

/** Uploads a file through the region page's form and waits for the result page. */
async function upload(page: Page, regionUrl: string, file: string): Promise<void> {
  await page.goto(regionUrl);
  await page.getByLabel('Файл формы').setInputFiles(file);
  await Promise.all([page.waitForURL(/\/submissions\/\d+$/), page.getByRole('button', { name: 'Отправить' }).click()]);
}

/** The text of Tula's board cell as the analyst sees it, after a reload. */
async function tulaOnBoard(page: Page, boardUrl: string): Promise<string> {
  await page.goto(boardUrl);
  return (await page.locator('tr[data-region="RU-TUL"] td').first().innerText()).trim();
}

maybe('browser: a collection round', () => {
  let database: Database;
  let browser: Browser;
  let server: { url: string; stop(): Promise<void> };
  let campaign: Campaign;
  let clock = START;
  let regionalKey: string;
  let analystKey: string;
  let dir: string;
  beforeAll(async () => {
    database = await openPgliteFromTemplate();
    regionalKey = (await createToken(database.db, { role: 'regional', regionCode: 'RU-TUL', label: 'Тула' })).token;
    analystKey = (await createToken(database.db, { role: 'federal-analyst', label: 'analyst' })).token;
    campaign = await openCampaign(
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
    server = await startServer(app, 0);
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'egov-campaign-browser-'));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('sign in, download, upload with a bad row, see the reject, resubmit; the board follows; region, CSRF, expiry hold', async () => {
    const shot = (page: Page, name: string) =>
      page.screenshot({ path: join(BROWSER_ARTIFACTS, `campaign-${name}.png`), fullPage: true });
    const regionUrl = `${server.url}/campaign/${campaign.id}/regions/RU-TUL`;
    const boardUrl = `${server.url}/campaign/${campaign.id}/board`;
    const official: BrowserContext = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const analyst: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await official.newPage();
      // Without a session the region's page sends the official to sign in.
      await page.goto(regionUrl);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      await shot(page, '1-sign-in');
      await signIn(page, server.url, regionalKey);
      await Promise.all([
        page.waitForURL(regionUrl),
        page.getByRole('link', { name: 'Страница вашего региона' }).click(),
      ]);
      expect(await page.locator('h1').innerText()).toContain('Тульская область');

      // A real download of the form.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Скачать форму (XLSX)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`egov-form-2026-c${campaign.id}-RU-TUL.xlsx`);
      const formPath = join(dir, download.suggestedFilename());
      await download.saveAs(formPath);
      const form = readFileSync(formPath);
      const badRow = await formRow(form, BAD_SERVICE, 'info_current');

      // One bad row: the reject is on the page with its row, column, value, reason and advice; nothing stored.
      const badPath = join(dir, 'tula-bad.xlsx');
      writeFileSync(
        badPath,
        await fillForm(form, (s, i) => (s === BAD_SERVICE && i === 'info_current' ? 'может быть' : good(s, i))),
      );
      await upload(page, regionUrl, badPath);
      expect(await page.getByRole('status').innerText()).toBe('отклонено: есть ошибки');
      const rejects = page.locator('tr.reject');
      expect(await rejects.count()).toBe(1);
      const cells = (await rejects.first().locator('td').allInnerTexts()).map((t) => t.trim());
      expect(cells.slice(0, 3)).toEqual([String(badRow), 'value', 'может быть']);
      expect(cells[3]).not.toBe('');
      expect(cells[4]).toContain('Исправьте значение в этой строке');
      await shot(page, '2-reject');

      // The analyst, in another browser context, sees Tula "with rejects".
      const board = await analyst.newPage();
      await signIn(board, server.url, analystKey);
      expect(await tulaOnBoard(board, boardUrl)).toMatch(/^с ошибками/);
      await shot(board, '3-board-rejects');

      // The fixed file, saved through LibreOffice as an official's office suite would: accepted, 18 × 2 values.
      if (SOFFICE) {
        const fixed = join(dir, 'fixed', 'tula.xlsx');
        mkdirSync(join(dir, 'fixed'));
        writeFileSync(fixed, await fillForm(form, good));
        await upload(page, regionUrl, saveThroughLibreOffice(fixed, join(dir, 'lo')));
      } else {
        const fixed = join(dir, 'tula.xlsx');
        writeFileSync(fixed, await fillForm(form, good));
        await upload(page, regionUrl, fixed);
      }
      expect(await page.getByRole('status').innerText()).toBe('принято');
      expect(await page.locator('main').innerText()).toContain('Файл принят: сохранено значений — 36');
      const boardCell = await tulaOnBoard(board, boardUrl);
      expect(boardCell).toMatch(/^принято/);
      expect(boardCell).toContain('значений 36 · ошибок 0');
      await shot(board, '4-board-accepted');
      // The region's history lists both files.
      await page.goto(regionUrl);
      expect(await page.locator('#history + table tbody tr').count()).toBe(2);

      // Another region: neither its page nor an upload to it.
      const other = await page.goto(`${server.url}/campaign/${campaign.id}/regions/RU-SMO`);
      expect(other?.status()).toBe(403);
      expect(await page.getByRole('alert').innerText()).toBe('Эта страница другого региона вам недоступна.');
      await page.goto(regionUrl);
      await page.getByLabel('Файл формы').setInputFiles(badPath);
      await page.evaluate(`document.querySelector('form[enctype]').action =
          document.querySelector('form[enctype]').action.replace('RU-TUL', 'RU-SMO')`);
      const [refusedUpload] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Отправить' }).click(),
      ]);
      expect(refusedUpload.status()).toBe(403);

      // CSRF: the comment form with a wrong token, then without one, is refused; with the page's own it goes in.
      const postComment = async (token: 'wrong' | 'none' | 'own') => {
        await page.goto(regionUrl);
        await page.getByLabel('Комментарий или ответ').fill(`Ответ (${token})`);
        const field = 'form[action$="/comments"] input[name=csrf]';
        if (token === 'wrong') await page.evaluate(`document.querySelector('${field}').value = 'forged'`);
        if (token === 'none') await page.evaluate(`document.querySelector('${field}').remove()`);
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === 'POST'),
          page.getByRole('button', { name: 'Добавить' }).click(),
        ]);
        await page.waitForLoadState();
        return response.status();
      };
      expect(await postComment('wrong')).toBe(403);
      expect(await page.getByRole('alert').innerText()).toContain('проверка CSRF');
      expect(await postComment('none')).toBe(403);
      expect(await postComment('own')).toBe(303);
      const comments = await page.locator('ul.comments').innerText();
      expect(comments).toContain('Ответ (own)');
      expect(comments).not.toContain('Ответ (wrong)');
      expect(comments).not.toContain('Ответ (none)');

      // Nine hours later the session has expired: the next page is the sign-in page, saying so.
      clock = new Date(START.getTime() + 9 * HOUR);
      await page.goto(regionUrl);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/sign-in?expired=1');
      expect(await page.getByRole('alert').innerText()).toBe('Сеанс истёк или завершён: войдите снова.');
    } finally {
      await official.close();
      await analyst.close();
    }
  }, 300_000);
});
