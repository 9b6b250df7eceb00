/**
 * The publication's charts, each as PNG and as SVG (same name, .svg): ranking bars (all regions and top/bottom 10), rank intervals, the biggest movers,
 * e-services adoption against target, the services × regions heatmap, the tile-grid map of Russia coloured by score,
 * and per region its stage profile (against the national and federal-district medians), its service profile (against the national median) and the documents issued by MFC and
 * mobile offices by municipality. Specs are
 * plain data; `png-renderer.ts` draws them with chart.js on @napi-rs/canvas, `tile-map.ts` draws the map directly.
 * `plan.ts` decides the files before anything is drawn (no chart for a region without data); `render-pool.ts` draws.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang, PublicationModel } from '../model.js';
import type { ChartFile } from '../write-publication.js';
import { planCharts, type PlannedCharts, svgFileOf } from './plan.js';
import { drawCharts } from './render-pool.js';

export type { ChartFile };
export { planCharts };

/**
 * Draws and writes the planned charts (planCharts by default) on all cores (render-pool.ts); returns the plan's files,
 * each PNG followed by its SVG (same kind, region, title and alt text), in the plan's order whatever the order the
 * charts finish in.
 */
export async function renderCharts(
  model: PublicationModel,
  dir: string,
  lang: Lang,
  plan: PlannedCharts = planCharts(model, lang),
  threads?: number,
): Promise<ChartFile[]> {
  await mkdir(join(dir, 'charts'), { recursive: true });
  await drawCharts(
    model,
    lang,
    plan.draws,
    async (i, { png, svg }) => {
      const file = plan.files[i]!.file;
      await Promise.all([writeFile(join(dir, file), png), writeFile(join(dir, svgFileOf(file)), svg)]);
    },
    threads,
  );
  return plan.files.flatMap((f) => [f, { ...f, file: svgFileOf(f.file) }]);
}
