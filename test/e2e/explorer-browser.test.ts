/**
 * Browser test of "build your own rating" in headless Chromium (Debian's package, driven by playwright-core): a reader
 * changes a service weight and a stage weight, the table reorders exactly as `egov score --weight` says (the places
 * and scores worked by hand in test/web/explorer/explorer-server.ts), the weighting is in the URL and a shared link
 * opens the same view; at 390 px the page does not scroll sideways. Screenshots go to test-artifacts/browser/.
 */
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { BROWSER_ARTIFACTS, describeWithChromium, launchChromium } from '../support/chromium.js';
import { openPgliteFromTemplate } from '../support/database.js';
import { startExplorerServer, type ExplorerServer } from '../web/explorer/explorer-server.js';

const ARTIFACTS = BROWSER_ARTIFACTS;
const maybe = describeWithChromium('explorer browser test');

/** The first three rows of the table: [region code, place, score text, official place, change]. */
async function topRows(page: Page): Promise<string[][]> {
  const rows = await page.locator('#explorer-table tbody tr').all();
  const out: string[][] = [];
  for (const row of rows.slice(0, 3)) {
    const cells = (await row.locator('td, th').allTextContents()).map((text) => text.trim());
    const [place, , score, official, change] = cells;
    out.push([(await row.getAttribute('data-unit')) ?? '', place!, score!, official!, change!]);
  }
  return out;
}

/** True when the page is no wider than the screen (nothing cut off, no sideways scrolling of the page). */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate('document.scrollingElement.scrollWidth <= window.innerWidth') as Promise<boolean>;
}

maybe('browser: build your own rating', () => {
  let s: ExplorerServer;
  let browser: Browser;
  beforeAll(async () => {
    s = await startExplorerServer(openPgliteFromTemplate);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await s?.stop();
  });

  test('a weight change reorders the regions exactly as egov score --weight does, and the link shares it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Every request of the page answers (the browser's own favicon request aside).
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        errors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${s.url}/ratings/2018/build?lang=en`);
    await page.waitForSelector('#explorer[data-ready="true"]');
    expect(await page.locator('#explorer-noscript').count()).toBe(0);
    expect(await topRows(page)).toEqual([
      ['RU-TUL', '1', '65.0', '1', '0'],
      ['RU-SMO', '2', '50.0', '2', '0'],
      ['RU-TVE', '3', '35.0', '3', '0'],
    ]);

    await page.locator('input[type="number"][data-weight="s.marriage_registration"]').fill('3');
    await page.locator('input[type="number"][data-weight="t.status"]').fill('0.25');
    expect(await topRows(page)).toEqual([
      ['RU-SMO', '1', '75.0', '2', '+1'],
      ['RU-TUL', '2', '57.5', '1', '−1'],
      ['RU-TVE', '3', '45.0', '3', '0'],
    ]);
    expect(await page.locator('input[type="range"][data-weight="s.marriage_registration"]').inputValue()).toBe('3');
    const shared = page.url();
    expect(new URL(shared).hash).toBe('#s.marriage_registration=3&t.status=0.25');
    expect(await page.locator('#explorer-cli').textContent()).toContain('--weight marriage_registration=3');
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-1-reweighted.png'), fullPage: true });

    // The core refuses a harmonic mean over a zero score, and the page says so instead of showing stale places.
    await page.selectOption('#aggregation', 'harmonic');
    expect(await page.locator('#explorer-status').textContent()).toContain('harmonic: value 0 is not > 0');
    await page.selectOption('#aggregation', 'arithmetic');
    expect(await page.locator('#explorer-status').textContent()).toBe('');

    // A shared link opens the same view, in a fresh page, on a phone-sized screen without sideways scrolling.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(shared);
    await phone.waitForSelector('#explorer[data-ready="true"]');
    expect((await topRows(phone)).map((r) => r[0])).toEqual(['RU-SMO', 'RU-TUL', 'RU-TVE']);
    expect(await fitsWidth(phone)).toBe(true);
    await phone.screenshot({ path: join(ARTIFACTS, 'explorer-2-phone.png'), fullPage: true });

    // Official weights again.
    await page.getByRole('button', { name: 'Official weights' }).click();
    expect((await topRows(page)).map((r) => r[0])).toEqual(['RU-TUL', 'RU-SMO', 'RU-TVE']);
    expect(new URL(page.url()).hash).toBe('');
    expect(errors).toEqual([]);
    await phone.close();
    await page.close();
  });
});
