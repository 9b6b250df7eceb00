/**
 * The compare page in headless Chromium: from the ranking page follow the link to the comparison, type region A by
 * name and region B in the ingest's short spelling, submit the plain GET form, and read the shown index and service
 * scores and places: they equal the API's (/api/v1/runs/{id}/regions/{code}) rounded to one decimal, and the
 * difference column equals A − B. Screenshots go to test-artifacts/browser/.
 */
import { join } from 'node:path';
import { type Browser } from 'playwright-core';
import { BROWSER_ARTIFACTS as ARTIFACTS, describeWithChromium, launchChromium } from '../support/chromium.js';
import { openPgliteFromTemplate } from '../support/database.js';
import { seedRun } from '../web/fixtures.js';
import { call, startHarness, type Harness } from '../web/server-harness.js';

const maybe = describeWithChromium('compare browser test');

interface ApiRegion {
  result: { score: number; rank: number; components: { nodeId: string; score: number }[] };
}

/** A number as the Russian page shows it: decimal comma, a Unicode minus or a plus sign. */
const shown = (text: string): number => Number(text.trim().replace(',', '.').replace('−', '-').replace('+', ''));
const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

maybe('browser: compare two regions', () => {
  let h: Harness;
  let browser: Browser;
  beforeAll(async () => {
    h = await startHarness(openPgliteFromTemplate, { publicCacheMs: 0 });
    await seedRun(h.database.db, { period: 2022, status: 'published', offset: 2 });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  test('the values shown for Adygea against Amur equal the API’s', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${h.url}/ratings/2023`);
    await page.click('a[href="/ratings/2023/compare"]');
    await page.fill('#a', 'Республика Адыгея');
    await page.fill('#b', 'амурская обл.');
    await page.click('form.filters button[type="submit"]');
    await page.waitForSelector('#compare-index');
    expect(new URL(page.url()).pathname).toBe('/ratings/2023/compare');
    await page.screenshot({ path: join(ARTIFACTS, 'compare-1280.png'), fullPage: true });

    const api = async (code: string) =>
      ((await (await call(h, `/api/v1/runs/${h.publishedRunId}/regions/${code}`)).json()) as ApiRegion).result;
    const [a, b] = [await api('RU-AD'), await api('RU-AMU')];
    const cells = async (selector: string) =>
      page.$$eval(`${selector} td`, (tds) => tds.map((td) => td.textContent ?? ''));

    const score = await cells('#compare-index tr[data-row="score"]');
    expect(score.map(shown)).toEqual([oneDecimal(a.score), oneDecimal(b.score), oneDecimal(a.score - b.score)]);
    const rank = await cells('#compare-index tr[data-row="rank"]');
    expect(rank.slice(0, 2).map(Number)).toEqual([a.rank, b.rank]);
    expect(rank[2]!.trim()).toBe(`▲ ${b.rank - a.rank}`);
    for (const service of ['svc_a', 'svc_b']) {
      const own = a.components.find((c) => c.nodeId === service)!.score;
      const other = b.components.find((c) => c.nodeId === service)!.score;
      const row = await cells(`tr[data-node="${service}"]`);
      expect(row.map(shown)).toEqual([oneDecimal(own), oneDecimal(other), oneDecimal(own - other)]);
    }
    // The slope chart is drawn inline (no script): the page has its SVG with the two regions' lines.
    expect(await page.$$eval('svg.slope g[data-code]', (gs) => gs.map((g) => g.getAttribute('data-code')))).toEqual(
      expect.arrayContaining(['RU-AD', 'RU-AMU']),
    );
    await page.close();
  });
});
