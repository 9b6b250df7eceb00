/**
 * What the ranking charts say beyond their bars (issue 21 item 3, issue 20 item 5): top/bottom-10 bars carry their
 * scores as labels (decimal comma on Russian charts), rises and falls differ in colour under a legend, the rank
 * intervals leave the last place's dot whole, and the ranking bars and the tile map are coloured by the index's bands
 * with a legend of the bands' names in the chart's language, for threshold and quantile bands alike; a methodology
 * without bands gives no band legend and no crash.
 *
 * Fixture (tables/fixture-model.ts): 1. Tula 100, 2. Smolensk 87.5, 3. the formula-named region 12.5; bands high
 * (≥ 50, #1a9850) and low (< 50, #d73027).
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { bandsOf } from '../../../src/report/load/bands.js';
import { movers, RISE_COLOUR, FALL_COLOUR } from '../../../src/report/charts/more-specs.js';
import { renderChartPng } from '../../../src/report/charts/png-renderer.js';
import { planCharts } from '../../../src/report/charts/plan.js';
import { rankingBars, rankIntervals } from '../../../src/report/charts/specs.js';
import { drawTileMap, tileMapCaption } from '../../../src/report/charts/tile-map.js';
import type { PublicationModel } from '../../../src/report/model.js';
import { fixtureModel } from '../tables/fixture-model.js';
import { fullFixtureModel } from './fixture.js';

async function pixels(png: Buffer): Promise<{ width: number; height: number; at: (x: number, y: number) => number[] }> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  return {
    width: image.width,
    height: image.height,
    at: (x, y) => [...data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)],
  };
}
const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 6);

describe('value labels and rise/fall colours', () => {
  test('top-10 bars are labelled with the score, decimal comma in Russian and point in English', () => {
    const model = fixtureModel({
      ranking: fixtureModel().ranking.map((r, i) => ({ ...r, score: [81.04, 72.46, 12.5][i]! })),
    });
    expect(rankingBars(model, 'ru', 'top')!.series[0]!.valueLabels).toEqual(['81,0', '72,5', '12,5']);
    expect(rankingBars(model, 'en', 'bottom')!.series[0]!.valueLabels).toEqual(['81.0', '72.5', '12.5']);
  });

  test('two places that would show the same score get the decimals that part them; equal scores stay short', () => {
    const base = fixtureModel().ranking;
    const parted = fixtureModel({ ranking: base.map((r, i) => ({ ...r, score: [85.347, 85.312, 12.5][i]! })) });
    expect(rankingBars(parted, 'ru', 'top')!.series[0]!.valueLabels).toEqual(['85,35', '85,31', '12,5']);
    const equal = fixtureModel({ ranking: base.map((r, i) => ({ ...r, score: [68.1, 68.1, 12.5][i]! })) });
    expect(rankingBars(equal, 'ru', 'top')!.series[0]!.valueLabels).toEqual(['68,1', '68,1', '12,5']);
  });

  test('movers: rises blue, falls orange, each bar labelled with its signed change, a legend naming both', () => {
    // fixture: Tula 2 → 1 (+1), Smolensk 1 → 2 (−1), the third not rated last year
    const ru = movers(fixtureModel(), 'ru')!;
    expect(ru.series[0]!.values).toEqual([1, -1]);
    expect(ru.series[0]!.colours).toEqual([RISE_COLOUR, FALL_COLOUR]);
    expect(RISE_COLOUR).not.toBe(FALL_COLOUR);
    expect(ru.series[0]!.valueLabels).toEqual(['+1', '\u22121']);
    expect(ru.legend).toEqual([
      { label: 'Поднялись', colour: RISE_COLOUR },
      { label: 'Опустились', colour: FALL_COLOUR },
    ]);
    expect(movers(fixtureModel(), 'en')!.legend!.map((e) => e.label)).toEqual(['Moved up', 'Moved down']);
  });

  test('the rendered movers chart shows both colours', async () => {
    const spec = movers(fullFixtureModel(), 'ru')!;
    const { width, height, at } = await pixels(renderChartPng(spec));
    let rise = 0;
    let fall = 0;
    for (let y = 0; y < height; y += 2)
      for (let x = 0; x < width; x += 2) {
        if (near(at(x, y), hex(RISE_COLOUR))) rise++;
        if (near(at(x, y), hex(FALL_COLOUR))) fall++;
      }
    expect(rise).toBeGreaterThan(500);
    expect(fall).toBeGreaterThan(500);
  });
});

describe('numbers in the chart language', () => {
  test('every planned chart spec carries its language, so the axis reads 1 000 in Russian and 1,000 in English', () => {
    for (const lang of ['ru', 'en'] as const) {
      const specs = planCharts(fullFixtureModel(), lang).draws.flatMap((d) => (d.kind === 'spec' ? [d.spec] : []));
      expect(specs.length).toBeGreaterThan(100);
      expect(specs.filter((s) => s.lang !== lang)).toEqual([]);
    }
  });
});

describe('rank intervals', () => {
  test('the place axis runs past the last place by more than a dot, and its ticks are real places', () => {
    const spec = rankIntervals(fullFixtureModel(), 'en')!;
    // 85 places on a ~620 px plot: 7.3 px a place; a dot of radius 5 px needs more than 0.7 of a place
    expect(spec.valueAxis.max! - 85).toBeGreaterThan(0.7);
    expect(1 - spec.valueAxis.min!).toBeGreaterThan(0.7);
    expect(spec.valueAxis.ticks).toEqual([1, 10, 20, 30, 40, 50, 60, 70, 80, 85]);
  });

  test('the dot of the last place is as wide as the dot of the first (not cut by the plot edge)', async () => {
    const spec = rankIntervals(fullFixtureModel(), 'en')!;
    const { width, height, at } = await pixels(renderChartPng(spec));
    const dot = hex('#1f5fa8');
    // the widest run of dot-blue pixels on a row, for the rows of the first and the last category
    const widest = (fromY: number, toY: number) => {
      let best = 0;
      let end = 0;
      for (let y = fromY; y < toY; y++) {
        let run = 0;
        for (let x = 200; x < width; x++) {
          run = near(at(x, y), dot) ? run + 1 : 0;
          if (run > best) [best, end] = [run, x];
        }
      }
      return { best, end };
    };
    // below the title and the legend (whose "median place" swatch is the same blue)
    const rowsBlue = [...Array(height).keys()].filter((y) => {
      if (y < 70) return false;
      for (let x = 300; x < width; x++) if (near(at(x, y), dot)) return true;
      return false;
    });
    const first = rowsBlue[0]!;
    const last = rowsBlue[rowsBlue.length - 1]!;
    const firstDot = widest(first, first + 12);
    const lastDot = widest(last - 12, last + 1);
    expect(firstDot.best).toBeGreaterThanOrEqual(9);
    expect(Math.abs(lastDot.best - firstDot.best)).toBeLessThanOrEqual(1); // anti-aliasing
    // and it stands clear of the right edge, where chart.js's plot area (and its clip) ends: with half a place of
    // margin it touched it (last blue pixel at x = 993 of 1000)
    expect(lastDot.end).toBeLessThan(width - 8);
  });
});

describe('band colours and legends', () => {
  const THRESHOLDS = {
    bands: [
      {
        node: 'index',
        by: 'thresholds',
        bands: [
          { label: { ru: 'высокий', en: 'high' }, min: 50 },
          { label: { ru: 'низкий', en: 'low' }, min: 0 },
        ],
      },
    ],
  };
  const QUANTILES = {
    bands: [
      {
        node: 'index',
        by: 'quantiles',
        labels: [
          { ru: 'верхняя треть', en: 'top third' },
          { ru: 'средняя треть', en: 'middle third' },
          { ru: 'нижняя треть', en: 'bottom third' },
        ],
      },
    ],
  };
  const banded = (document: unknown, ids: (string | null)[]): PublicationModel => {
    const ranking = fixtureModel().ranking.map((r, i) => ({ ...r, bandId: ids[i]! }));
    return fixtureModel({ ranking, bands: bandsOf(document, 'index', [], ranking) });
  };

  test('threshold bands: each bar in its band colour, legend of the names in the chart language', () => {
    const model = banded(THRESHOLDS, ['high', 'high', 'low']);
    const ru = rankingBars(model, 'ru', 'top')!;
    expect(ru.series[0]!.colours).toEqual(['#1a9850', '#1a9850', '#d73027']);
    expect(ru.legend).toEqual([
      { label: 'высокий', colour: '#1a9850' },
      { label: 'низкий', colour: '#d73027' },
    ]);
    expect(rankingBars(model, 'en', 'bottom')!.legend!.map((e) => e.label)).toEqual(['high', 'low']);
  });

  test('quantile bands: the thirds in their colours (RdYlGn of three), named in Russian on Russian charts', () => {
    const model = banded(QUANTILES, ['top third', 'middle third', 'bottom third']);
    const spec = rankingBars(model, 'ru', 'all')!;
    expect(spec.series[0]!.colours).toEqual(['#1a9850', '#fee08b', '#d73027']);
    expect(spec.legend!.map((e) => e.label)).toEqual(['верхняя треть', 'средняя треть', 'нижняя треть']);
    expect(tileMapCaption(model, 'ru').alt).toContain('цвет — класс: верхняя треть, средняя треть, нижняя треть');
  });

  test('a region in no band is grey with a legend entry of its own', () => {
    const spec = rankingBars(banded(THRESHOLDS, ['high', 'high', null]), 'en', 'top')!;
    expect(spec.series[0]!.colours![2]).toBe('#bdbdbd');
    expect(spec.legend!.map((e) => e.label)).toEqual(['high', 'no band']);
  });

  test('no bands in the methodology: one colour, no legend, the map on its score scale, nothing crashes', async () => {
    const model = fixtureModel({ bands: [], ranking: fixtureModel().ranking.map((r) => ({ ...r, bandId: null })) });
    const spec = rankingBars(model, 'ru', 'top')!;
    expect(spec.series[0]!.colours).toBeUndefined();
    expect(spec.legend).toEqual([]);
    expect(renderChartPng(spec).length).toBeGreaterThan(1000);
    expect(tileMapCaption(model, 'en').alt).toContain('coloured by score from 12.5 to 100.0');
    expect(drawTileMap(model, 'en').toBuffer('image/png').length).toBeGreaterThan(1000);
  });

  test("the rendered map fills Tula's tile and the legend swatches with the band colours", async () => {
    const model = banded(QUANTILES, ['top third', 'middle third', 'bottom third']);
    const { at } = await pixels(drawTileMap(model, 'ru').toBuffer('image/png'));
    // tile (row 5, col 4): x = 20 + 3·56 + 2, y = 70 + 4·56 + 2 (a corner inside the 52 px square, away from text)
    expect(at(20 + 3 * 56 + 2, 70 + 4 * 56 + 2)).toEqual(hex('#1a9850'));
    // Smolensk (row 4, col 3) in the middle third
    expect(at(20 + 2 * 56 + 2, 70 + 3 * 56 + 2)).toEqual(hex('#fee08b'));
    // the first legend swatch, under the 11 rows of tiles
    expect(at(20 + 8, 70 + 11 * 56 + 20 + 8)).toEqual(hex('#1a9850'));
  });
});
