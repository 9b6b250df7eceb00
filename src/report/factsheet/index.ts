/**
 * One printable HTML factsheet per region: place, score, change, band, rank interval, strongest and weakest stages
 * and services against the national and district medians, the gap to the next place and what would close it,
 * adoption against target, its charts, the synthetic-data banner, source and licence. All text is escaped.
 * The charts are embedded as data: URIs of their PNGs (read from the folder, so they must be drawn first): a factsheet
 * saved from the site, or mailed on its own, keeps its charts.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChartFile } from '../charts/index.js';
import type { AbsentChart, FactsheetFile } from '../write-publication.js';
import type { Lang, PublicationModel } from '../model.js';
import { factsheetHtml } from './factsheet-html.js';
import { modelFileMark } from '../marking.js';

export async function writeFactsheets(
  model: PublicationModel,
  dir: string,
  lang: Lang,
  charts: readonly ChartFile[],
  absent: readonly AbsentChart[] = [],
): Promise<FactsheetFile[]> {
  await mkdir(join(dir, 'factsheets'), { recursive: true });
  const files: FactsheetFile[] = [];
  for (const row of model.ranking) {
    const file = `factsheets/${row.regionCode}${modelFileMark(model)}.html`;
    // The region's own charts; the national map only when the region has no map of its own (no tile).
    const ownMap = charts.some((c) => c.regionCode === row.regionCode && c.kind === 'region-map');
    const own = charts.filter(
      (c) => c.file.endsWith('.png') && (c.regionCode === row.regionCode || (!ownMap && c.kind === 'tile-map')),
    );
    const images = new Map<string, string>();
    for (const c of own)
      images.set(
        c.file,
        `data:image/png;base64,${(
          await readFile(join(dir, c.file)).catch((error: Error) => {
            throw new Error(`factsheet of ${row.regionCode}: chart ${c.file} not drawn yet (${error.message})`);
          })
        ).toString('base64')}`,
      );
    await writeFile(
      join(dir, file),
      factsheetHtml(
        model,
        row.regionCode,
        lang,
        own,
        absent.filter((c) => c.regionCode === row.regionCode),
        images,
      ),
      'utf8',
    );
    files.push({ file, regionCode: row.regionCode });
  }
  return files;
}
