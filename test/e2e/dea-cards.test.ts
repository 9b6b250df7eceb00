/**
 * The DEA summary cards (issue 21 item 5) in headless Chromium, on the programme server's hand-made data: on the
 * region page (Tula, not efficient: its efficiency cards list its peers) and the programme page, at desktop width
 * (1280 px) and on a phone (390 px), every card of a summary has the same width and height and every row of the grid
 * is full (no card alone on a last row). Screenshots go to test-artifacts/browser/.
 */
import { join } from 'node:path';
import { type Browser } from 'playwright-core';
import { BROWSER_ARTIFACTS as ARTIFACTS, describeWithChromium, launchChromium } from '../support/chromium.js';
import { openPgliteFromTemplate } from '../support/database.js';
import { startProgrammeServer, type ProgrammeServer } from '../web/programme-server.js';

const maybe = describeWithChromium('DEA cards browser test');

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

maybe('browser: DEA summary cards', () => {
  let s: ProgrammeServer;
  let browser: Browser;
  beforeAll(async () => {
    s = await startProgrammeServer(openPgliteFromTemplate, { publicCacheMs: 0 });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await s?.stop();
  });

  test.each([
    ['region', '/regions/RU-TUL?period=2024', 1280],
    ['region', '/regions/RU-TUL?period=2024', 390],
    ['programme', '/programme/2024', 1280],
    ['programme', '/programme/2024', 390],
  ])('%s page %s at %i px: cards of one size in full rows', async (name, path, width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, isMobile: width < 500 });
    await page.goto(`${s.url}${path}`);
    const summaries = page.locator('dl.facts');
    expect(await summaries.count()).toBeGreaterThan(0);
    await summaries.last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, `dea-cards-${name}-${width}.png`), fullPage: true });
    for (let i = 0; i < (await summaries.count()); i++) {
      await summaries.nth(i).screenshot({ path: join(ARTIFACTS, `dea-cards-${name}-${width}-${i}.png`) });
      const boxes = (await summaries
        .nth(i)
        .locator(':scope > div')
        .evaluateAll((cards) =>
          cards.map((c) => {
            const r = c.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          }),
        )) as Box[];
      expect(boxes.length).toBeGreaterThan(1);
      const rows = [...new Set(boxes.map((b) => Math.round(b.y)))];
      const perRow = rows.map((y) => boxes.filter((b) => Math.round(b.y) === y).length);
      expect(new Set(perRow).size).toBe(1); // every row as full as the first
      expect(Math.max(...boxes.map((b) => b.width)) - Math.min(...boxes.map((b) => b.width))).toBeLessThan(1);
      expect(Math.max(...boxes.map((b) => b.height)) - Math.min(...boxes.map((b) => b.height))).toBeLessThan(1);
      // and the cards fit the screen
      for (const b of boxes) expect(b.x + b.width).toBeLessThanOrEqual(width);
    }
    await page.close();
  });
});
