import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { renderCharts } from '../../../src/report/charts/index.js';
import { renderChartPng } from '../../../src/report/charts/png-renderer.js';
import { rankingBars, regionProfile } from '../../../src/report/charts/specs.js';
import { fixtureModel } from '../tables/fixture-model.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Share of pixels in a rectangle that differ from white. */
async function inkShare(png: Buffer, x: number, y: number, w: number, h: number): Promise<number> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(x, y, w, h);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) ink++;
  return ink / (w * h);
}

describe('publication charts', () => {
  const model = fixtureModel();

  test('the same model gives the same pixels as the reviewed chart (hash committed; a change to the renderer, the font or the spec shows here)', async () => {
    const spec = rankingBars(model, 'ru', 'all')!;
    // Reviewed 2026-12-01 (issue 21): three bars (Tula 100, Smolensk 87.5 green as "высокий", the formula-named region
    // 12.5 red as "низкий") under the band legend, each labelled with its score with a decimal comma, Cyrillic labels,
    // the SYNTHETIC note. After a deliberate change to the renderer, font or spec: look at the new PNG, then update the hash.
    // The hash is of the decoded pixels, not of the file: the PNG encoder changed (png-file.ts) and the pixels did not.
    const image = await loadImage(renderChartPng(spec));
    const canvas = createCanvas(image.width, image.height);
    canvas.getContext('2d').drawImage(image, 0, 0);
    const { data } = canvas.getContext('2d').getImageData(0, 0, image.width, image.height);
    expect(sha(Buffer.from(data.buffer, data.byteOffset, data.byteLength))).toBe(
      'b8940190f56772f549cd92fe7e85cc0daf57878b12dc78d0889259f2ebbebf99',
    );
  });

  test('ranking bars are a non-blank PNG with one bar row per ranked region and Cyrillic labels that render', async () => {
    const spec = rankingBars(model, 'ru', 'all')!;
    expect(spec.categories).toHaveLength(model.ranking.length);
    expect(spec.categories[0]).toMatch(/^1\. /);
    const png = renderChartPng(spec);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // The label column (left third) holds text: if the Cyrillic font did not render, it would be blank.
    expect(await inkShare(png, 0, 60, Math.floor(spec.width / 3), spec.height - 120)).toBeGreaterThan(0.01);
  });

  test('a region profile sets the region beside the national median of every service', () => {
    const code = model.serviceScores.regionCodes[0];
    const spec = regionProfile(model, 'en', code)!;
    expect(spec.series.map((s) => s.mark ?? 'bar')).toEqual(['bar', 'point']);
    expect(spec.series[0].values).toEqual(model.serviceScores.values[0]);
    const column = model.serviceScores.values
      .map((row) => row[0])
      .filter((v): v is number => v !== null)
      .sort((a, b) => a - b);
    const mid = column.length >> 1;
    const median = column.length % 2 ? column[mid] : (column[mid - 1] + column[mid]) / 2;
    expect(spec.series[1].values[0]).toBeCloseTo(median, 12);
  });

  test('renderCharts writes every chart it lists, with alt texts, and says SYNTHETIC when the data are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'egov-charts-'));
    try {
      const charts = await renderCharts(fixtureModel({ synthetic: true }), dir, 'ru');
      expect(charts.map((c) => c.kind)).toEqual(expect.arrayContaining(['ranking-bars', 'tile-map', 'region-profile']));
      const png = charts.filter((c) => c.file.endsWith('.png'));
      expect(charts.map((c) => c.file)).toEqual(png.flatMap((c) => [c.file, c.file.replace(/\.png$/, '.svg')]));
      for (const chart of png) {
        expect(readFileSync(join(dir, chart.file)).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
        expect(chart.alt.length).toBeGreaterThan(10);
      }
      for (const chart of charts.filter((c) => c.file.endsWith('.svg')))
        expect(readFileSync(join(dir, chart.file), 'utf8')).toMatch(/^<\?xml[^>]*>\s*<svg /);
      expect(rankingBars(fixtureModel({ synthetic: true }), 'ru', 'top')!.note).toMatch(/СИНТЕТИЧЕСКИЕ/);
      expect(rankingBars(fixtureModel({ synthetic: false }), 'en', 'top')!.note).not.toMatch(/SYNTHETIC/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('movers, adoption and office charts', () => {
  test('movers are the regions whose place changed, signed so that moving up is positive', async () => {
    const { movers } = await import('../../../src/report/charts/more-specs.js');
    const base = fixtureModel();
    // Last year's order reversed: place p was n + 1 − p, so the leader gained n − 1 places and the last lost n − 1.
    const n = base.ranking.length;
    const model = {
      ...base,
      ranking: base.ranking.map((r) => ({ ...r, previous: { place: n + 1 - r.place, score: r.score } })),
    };
    expect(n).toBeGreaterThan(2);
    const spec = movers(model, 'en')!;
    const values = spec.series[0].values as number[];
    const moved = model.ranking.filter((r) => r.place !== n + 1 - r.place).length;
    expect(values.length).toBe(Math.min(20, moved));
    const leader = model.regions.find((g) => g.code === model.ranking[0].regionCode)!;
    expect(spec.categories[0].startsWith(leader.name.en)).toBe(true);
    expect(values[0]).toBe(n - 1);
    expect([...values]).toEqual([...values].sort((a, b) => b - a));
    // Nobody moved: no chart.
    expect(
      movers(
        { ...base, ranking: base.ranking.map((r) => ({ ...r, previous: { place: r.place, score: r.score } })) },
        'en',
      ),
    ).toBeNull();
  });

  test('adoption bars carry the road-map target as points, and offices split MFC from mobile offices', async () => {
    const { adoptionAgainstTarget, officeDocuments } = await import('../../../src/report/charts/more-specs.js');
    const model = fixtureModel({
      adoption: [
        { regionCode: 'RU-TUL', actual: 61.5, target: 70 },
        { regionCode: 'RU-SMO', actual: 72, target: null },
      ],
      offices: [
        {
          regionCode: 'RU-TUL',
          municipality: '70701000',
          municipalityName: 'город Тула',
          channel: 'mfc',
          documents: 12,
        },
        {
          regionCode: 'RU-TUL',
          municipality: '70701000',
          municipalityName: 'город Тула',
          channel: 'mobile_office',
          documents: 3,
        },
        {
          regionCode: 'RU-TUL',
          municipality: '70630000',
          municipalityName: 'Куркинский муниципальный район',
          channel: 'mobile_office',
          documents: 20,
        },
        { regionCode: 'RU-TUL', municipality: '70999000', municipalityName: null, channel: 'mfc', documents: 1 },
        {
          regionCode: 'RU-SMO',
          municipality: '66701000',
          municipalityName: 'город Смоленск',
          channel: 'mfc',
          documents: 99,
        },
      ],
    });
    const adoption = adoptionAgainstTarget(model, 'ru')!;
    expect(adoption.categories).toHaveLength(2);
    expect(adoption.series.map((s) => s.mark ?? 'bar')).toEqual(['bar', 'point']);
    expect(adoption.series[0].values).toEqual([72, 61.5]);
    expect(adoption.series[1].values).toEqual([null, 70]);
    const offices = officeDocuments(model, 'en', 'RU-TUL')!;
    // 70630000: 20 documents in all, 70701000: 15, 70999000 (unknown to the classifier): 1 → busiest first, named.
    expect(offices.categories).toEqual(['Куркинский р-н', 'город Тула', '70999000']);
    expect(offices.series.map((s) => [s.label, s.values])).toEqual([
      ['MFC', [0, 12, 1]],
      ['Mobile office', [20, 3, 0]],
    ]);
    expect(officeDocuments(model, 'en', 'RU-TVE')).toBeNull();
  });

  test("the adoption chart heads with Rosstat's real national value, in its own series and colour, sourced in the note", async () => {
    const { adoptionAgainstTarget } = await import('../../../src/report/charts/more-specs.js');
    const model = fixtureModel({
      adoption: [{ regionCode: 'RU-TUL', actual: 61.5, target: 70 }],
      realNationalAdoption: {
        indicatorCode: '2.6.12',
        year: 2018,
        value: 74.8,
        source: { ru: 'Росстат', en: 'Rosstat' },
      },
    });
    const chart = adoptionAgainstTarget(model, 'ru')!;
    expect(chart.categories[0]).toBe('Россия — Росстат, реальные данные (2.6.12)');
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([
      ['Россия — Росстат, реальные данные', [74.8, null]],
      ['Факт', [null, 61.5]],
      ['Цель дорожной карты', [null, 70]],
    ]);
    expect(chart.series[0].colour).not.toBe(chart.series[1].colour);
    expect(chart.note).toContain('Россия — Росстат, реальные данные: Росстат');
    expect(chart.alt).toContain('Россия 74,8 %');
  });
});
