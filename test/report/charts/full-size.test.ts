/**
 * All charts and factsheets for the full 85-region fixture: every chart is a PNG of a plausible size with ink on it
 * and an SVG of the same size,
 * every region gets its profile chart and a factsheet linking only to chart files that exist.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCharts } from '../../../src/report/charts/index.js';
import { writeFactsheets } from '../../../src/report/factsheet/index.js';
import { fullFixtureModel } from './fixture.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Width and height from the PNG's IHDR chunk (bytes 16–23, big-endian). */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('publication charts and factsheets for 85 regions', () => {
  const model = fullFixtureModel();
  let dir = '';
  beforeAll(() => {
    dir = process.env.P2_KEEP ?? mkdtempSync(join(tmpdir(), 'egov-charts-85-'));
  });
  afterAll(() => process.env.P2_KEEP === undefined && rmSync(dir, { recursive: true, force: true }));

  test('every chart is a PNG at least 400 px wide and 150 px high, and every region has a profile and a factsheet', async () => {
    const started = performance.now();
    const written = await renderCharts(model, dir, 'ru');
    const charts = written.filter((c) => c.file.endsWith('.png'));
    // each PNG with its SVG, the same size
    expect(written.map((c) => c.file)).toEqual(charts.flatMap((c) => [c.file, c.file.replace(/\.png$/, '.svg')]));
    for (const chart of charts) {
      const { width, height } = pngSize(readFileSync(join(dir, chart.file)));
      expect(readFileSync(join(dir, chart.file.replace(/\.png$/, '.svg')), 'utf8')).toContain(
        ` width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
      );
    }
    if (process.env.P2_KEEP)
      console.log(`renderCharts: ${charts.length} charts in ${Math.round(performance.now() - started)} ms`);
    for (const chart of charts) {
      const png = readFileSync(join(dir, chart.file));
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      const { width, height } = pngSize(png);
      expect(width).toBeGreaterThanOrEqual(400);
      expect(height).toBeGreaterThanOrEqual(150);
      expect(chart.alt.length).toBeGreaterThan(20);
    }
    for (const kind of ['tile-map', 'services-heatmap']) expect(charts.some((c) => c.kind === kind)).toBe(true);
    const profiled = new Set(charts.filter((c) => c.regionCode !== undefined).map((c) => c.regionCode));
    expect(profiled.size).toBe(85);

    const pages = await writeFactsheets(model, dir, 'ru', charts);
    expect(pages).toHaveLength(85);
    for (const page of pages) {
      const html = readFileSync(join(dir, page.file), 'utf8');
      // self-contained: every image is its chart's PNG as a data: URI, none a relative path
      const sources = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]!);
      expect(sources.length).toBeGreaterThan(0);
      for (const src of sources) {
        expect(src).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
        expect(
          Buffer.from(src.slice(src.indexOf(',') + 1), 'base64')
            .subarray(0, 8)
            .equals(PNG_SIGNATURE),
        ).toBe(true);
      }
    }
    // The top region's factsheet states its place and score in Russian notation (decimal comma).
    const top = model.ranking[0]!;
    const topHtml = readFileSync(join(dir, `factsheets/${top.regionCode}-SYNTHETIC.html`), 'utf8');
    expect(topHtml).toContain(top.score.toFixed(2).replace('.', ','));
    // …and shows its own stage profile and its own map (the region outlined), not the national map.
    const embedded = (file: string) => `data:image/png;base64,${readFileSync(join(dir, file)).toString('base64')}"`;
    expect(topHtml).toContain(embedded(`charts/stages-${top.regionCode}-SYNTHETIC.png`));
    expect(topHtml).toContain(embedded(`charts/map-${top.regionCode}-SYNTHETIC.png`));
    expect(topHtml).not.toContain(embedded('charts/tile-map-SYNTHETIC.png'));
  }, 240_000); // ~350 charts: the worker threads start from the TypeScript sources, slow on a loaded shared machine
});
