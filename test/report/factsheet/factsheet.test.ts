import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCharts } from '../../../src/report/charts/index.js';
import { writeFactsheets } from '../../../src/report/factsheet/index.js';
import { fixtureModel } from '../tables/fixture-model.js';

describe('region factsheets', () => {
  test('one escaped, printable page per ranked region, linking charts that exist', async () => {
    const base = fixtureModel({ synthetic: true });
    const hostile = base.regions[0].code;
    const model = {
      ...base,
      regions: base.regions.map((r) =>
        r.code === hostile ? { ...r, name: { ru: '<script>alert(1)</script>', en: '<b>x</b>' } } : r,
      ),
    };
    const dir = mkdtempSync(join(tmpdir(), 'egov-factsheets-'));
    try {
      const charts = await renderCharts(model, dir, 'ru');
      const files = await writeFactsheets(model, dir, 'ru', charts);
      expect(files).toHaveLength(model.ranking.length);
      const html = readFileSync(join(dir, `factsheets/${hostile}-SYNTHETIC.html`), 'utf8');
      expect(html).not.toContain('<script>alert(1)</script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('@media print');
      expect(html).toMatch(/СИНТЕТИЧЕСКИЕ/);
      for (const [, src] of html.matchAll(/<img src="\.\.\/([^"]+)"/g))
        expect(() => readFileSync(join(dir, src))).not.toThrow();
      const row = model.ranking.find((r) => r.regionCode === hostile)!;
      expect(html).toContain(`<dd>${row.place}</dd>`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
