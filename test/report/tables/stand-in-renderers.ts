/** Stand-in chart and factsheet renderers: one small PNG-named chart, one factsheet per ranked region. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PublicationRenderers } from '../../../src/report/write-publication.js';

export const standIns: PublicationRenderers = {
  planCharts: () => ({
    files: [{ file: 'charts/ranking-all.png', kind: 'ranking-all', title: 'Ranking', alt: 'bars' }],
    absent: [],
  }),
  async renderCharts(model, dir, _lang, plan) {
    await mkdir(join(dir, 'charts'), { recursive: true });
    await writeFile(join(dir, 'charts', 'ranking-all.png'), `png of ${model.period} `.repeat(50));
    return [...plan.files];
  },
  async writeFactsheets(model, dir) {
    await mkdir(join(dir, 'factsheets'), { recursive: true });
    return Promise.all(
      model.ranking.map(async (r) => {
        await writeFile(join(dir, 'factsheets', `${r.regionCode}.html`), `<p>${r.regionCode}</p>`.repeat(40));
        return { file: `factsheets/${r.regionCode}.html`, regionCode: r.regionCode };
      }),
    );
  },
};
