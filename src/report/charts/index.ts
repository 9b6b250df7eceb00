/**
 * The publication's PNG charts: ranking bars (all regions and top/bottom 10), rank intervals, the tile-grid map of
 * Russia coloured by score, and one profile per region (its service scores against the national median). Specs are
 * plain data; `png-renderer.ts` draws them with chart.js on @napi-rs/canvas, `tile-map.ts` draws the map directly.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang, PublicationModel } from '../model.js';
import type { ChartFile } from '../write-publication.js';
import { rankingBars, rankIntervals, regionProfile } from './specs.js';
import { renderChartPng } from './png-renderer.js';
import { renderTileMapPng } from './tile-map.js';

export type { ChartFile };

export async function renderCharts(model: PublicationModel, dir: string, lang: Lang): Promise<ChartFile[]> {
  await mkdir(join(dir, 'charts'), { recursive: true });
  const out: ChartFile[] = [];
  const save = async (file: string, png: Buffer, meta: Omit<ChartFile, 'file'>) => {
    await writeFile(join(dir, file), png);
    out.push({ file, ...meta });
  };
  for (const spec of [rankingBars(model, lang, 'all'), rankingBars(model, lang, 'top'), rankingBars(model, lang, 'bottom'), rankIntervals(model, lang)]) {
    if (spec) await save(`charts/${spec.id}.png`, renderChartPng(spec), { kind: spec.kind, title: spec.title, alt: spec.alt });
  }
  const map = renderTileMapPng(model, lang);
  await save('charts/tile-map.png', map.png, { kind: 'tile-map', title: map.title, alt: map.alt });
  for (const region of model.regions) {
    const spec = regionProfile(model, lang, region.code);
    if (spec) await save(`charts/region-${region.code}.png`, renderChartPng(spec), { kind: 'region-profile', regionCode: region.code, title: spec.title, alt: spec.alt });
  }
  return out;
}
