/**
 * The publication's PNG charts: ranking bars (all regions and top/bottom 10), rank intervals, the biggest movers,
 * e-services adoption against target, the services × regions heatmap, the tile-grid map of Russia coloured by score,
 * and per region its stage profile (against the national and federal-district medians), its service profile (against the national median) and the documents issued by MFC and
 * mobile offices by municipality. Specs are
 * plain data; `png-renderer.ts` draws them with chart.js on @napi-rs/canvas, `tile-map.ts` draws the map directly.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang, PublicationModel } from '../model.js';
import type { ChartFile } from '../write-publication.js';
import { rankingBars, rankIntervals, regionProfile } from './specs.js';
import { renderChartPng } from './png-renderer.js';
import { renderTileMapPng } from './tile-map.js';
import { renderHeatmapPng } from './heatmap.js';
import { adoptionAgainstTarget, movers, officeDocuments } from './more-specs.js';
import { stageProfile } from './stage-profile.js';

export type { ChartFile };

export async function renderCharts(model: PublicationModel, dir: string, lang: Lang): Promise<ChartFile[]> {
  await mkdir(join(dir, 'charts'), { recursive: true });
  const out: ChartFile[] = [];
  const save = async (file: string, png: Buffer, meta: Omit<ChartFile, 'file'>) => {
    await writeFile(join(dir, file), png);
    out.push({ file, ...meta });
  };
  const national = [rankingBars(model, lang, 'all'), rankingBars(model, lang, 'top'), rankingBars(model, lang, 'bottom'),
    rankIntervals(model, lang), movers(model, lang), adoptionAgainstTarget(model, lang)];
  for (const spec of national) {
    if (spec) await save(`charts/${spec.id}.png`, renderChartPng(spec), { kind: spec.kind, title: spec.title, alt: spec.alt });
  }
  const map = renderTileMapPng(model, lang);
  await save('charts/tile-map.png', map.png, { kind: 'tile-map', title: map.title, alt: map.alt });
  const heatmap = renderHeatmapPng(model, lang);
  await save('charts/services-heatmap.png', heatmap.png, { kind: 'services-heatmap', title: heatmap.title, alt: heatmap.alt });
  // Per-region charts only for the regions the run ranks: a region without scores has no profile to draw.
  for (const region of model.regions.filter((r) => model.ranking.some((row) => row.regionCode === r.code))) {
    if (region.tile) {
      const own = renderTileMapPng(model, lang, region.code);
      await save(`charts/map-${region.code}.png`, own.png, { kind: 'region-map', regionCode: region.code, title: own.title, alt: own.alt });
    }
    for (const spec of [stageProfile(model, lang, region.code), regionProfile(model, lang, region.code), officeDocuments(model, lang, region.code)]) {
      if (spec) await save(`charts/${spec.id}.png`, renderChartPng(spec), { kind: spec.kind, regionCode: region.code, title: spec.title, alt: spec.alt });
    }
  }
  return out;
}
