/**
 * A factsheet downloaded from the site keeps its charts: every <img> is a data: URI holding the bytes of one of the
 * region's chart PNGs, and no image is linked by a relative path.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCharts } from '../../../src/report/charts/index.js';
import { writeFactsheets } from '../../../src/report/factsheet/index.js';
import { fixtureModel } from '../tables/fixture-model.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test('every factsheet image is its chart PNG embedded as a data: URI, none a relative path', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'egov-factsheet-images-'));
  try {
    const model = fixtureModel();
    const charts = (await renderCharts(model, dir, 'en')).filter((c) => c.file.endsWith('.png'));
    const pages = await writeFactsheets(model, dir, 'en', charts);
    expect(pages.length).toBe(model.ranking.length);
    for (const page of pages) {
      const html = readFileSync(join(dir, page.file), 'utf8');
      expect(html).not.toMatch(/src="\.\.\//);
      const sources = [...html.matchAll(/<img\b[^>]*\bsrc="([^"]*)"/g)].map((m) => m[1]!);
      // the region's own charts (stage and service profiles, its map or, without a tile, the national map)
      const own = charts.filter((c) => c.regionCode === page.regionCode);
      expect(sources.length).toBeGreaterThanOrEqual(Math.max(2, own.length));
      const pngs = charts.map((c) => readFileSync(join(dir, c.file)));
      for (const src of sources) {
        expect(src.startsWith('data:image/png;base64,')).toBe(true);
        const bytes = Buffer.from(src.slice('data:image/png;base64,'.length), 'base64');
        expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
        expect(pngs.some((png) => png.equals(bytes))).toBe(true);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
