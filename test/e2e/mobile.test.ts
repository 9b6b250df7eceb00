/**
 * Phone-sized screens (390 px, issue #18 item 8) in headless Chromium: the ranking (its table and tile map) and a
 * region page never make the page scroll sideways (wide content scrolls inside its own container), checked with
 * document.scrollingElement.scrollWidth ≤ innerWidth; screenshots go to test-artifacts/browser/.
 */
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { BROWSER_ARTIFACTS, describeWithChromium, launchChromium } from '../support/chromium.js';
import { openPgliteFromTemplate } from '../support/database.js';
import { startHarness, type Harness } from '../web/server-harness.js';

const ARTIFACTS = BROWSER_ARTIFACTS;
const maybe = describeWithChromium('mobile browser test');

/** [page width, screen width]: the page fits when the first is not larger. */
async function widths(page: Page): Promise<[number, number]> {
  return page.evaluate('[document.scrollingElement.scrollWidth, window.innerWidth]') as Promise<[number, number]>;
}

maybe('browser: 390 px screens', () => {
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

  test.each([
    ['ranking', '/ratings/2023'],
    ['ranking-en', '/ratings/2023?lang=en'],
    ['region', `/regions/RU-MOW?period=2023`],
  ])('%s page fits a 390 px screen', async (name, path) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${h.url}${path}`);
    await page.screenshot({ path: join(ARTIFACTS, `mobile-${name}.png`), fullPage: true });
    const [pageWidth, screen] = await widths(page);
    expect(screen).toBe(390);
    expect(pageWidth).toBeLessThanOrEqual(screen);
    if (name.startsWith('ranking')) {
      // The table and the map are all there, reachable by scrolling inside their containers.
      expect(await page.locator('table[data-sortable] tbody tr').count()).toBeGreaterThan(80);
      expect(await page.locator('svg.map').count()).toBe(1);
    }
    await page.close();
  });
});
